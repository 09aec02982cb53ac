"""Words beside a trigger that tell a sense of commerce or the post, with no political
event (trigger_senses.tsv): a parcel written like the verb of expelling, buyers' demand
written like a request; sentences written for the tests."""
from core import analyze


def events(text, published="2023-01-17"):
    return [(v.type, v.actors, v.trigger.text) for v in analyze(text, published).events]


def test_a_parcel_sent_to_an_embassy_expels_nobody():
    got = events("وتحقق الشرطة البريطانية في إرسال طرد يحتوي على مسحوق أبيض إلى السفارة الأمريكية في لندن.")
    assert not [e for e in got if e[0] == "SANCTION"]


def test_a_suspect_parcel_expels_nobody():
    got = events("وعثرت الشرطة على طرد مشبوه أمام السفارة الأمريكية في القاهرة.")
    assert not [e for e in got if e[0] == "SANCTION"]


def test_an_expulsion_of_diplomats_still_stands():
    assert [e for e in events("وطرد الأردن السفير الإسرائيلي.") if e[0] == "SANCTION" and e[1] == ["JOR", "ISR"]]


def test_customers_demand_asks_nothing_of_anyone():
    got = events("وعادت طيران الإمارات لتشهد انتعاشا في طلب العملاء، وأعادت رحلاتها إلى الولايات المتحدة.")
    assert not [e for e in got if e[0] == "REQUEST"]


def test_market_demand_asks_nothing_of_anyone():
    got = events("وفي إشارة على قوة الطلب قال معهد النفط الأمريكي إن مخزونات الخام الأمريكية انخفضت.")
    assert not [e for e in got if e[0] == "REQUEST"]


def test_a_request_of_a_state_still_stands():
    got = events("وطلب الرئيس الأمريكي من الصين وقف دعمها لكوريا الشمالية.")
    assert [e for e in got if e[0] == "REQUEST" and e[1] == ["USA", "CHN"]]


def test_armed_groups_driven_out_are_attacked_not_expelled():
    """"طرد ميليشيات الحوثي من مواقع": fighting (ASSAULT), no envoy expelled."""
    got = events("وطرد الجيش اليمني ميليشيات الحوثي من مواقع جنوب الحديدة.")
    assert [e for e in got if e[0] == "ASSAULT" and e[1] == ["YEM", "houthis"]]
    assert not [e for e in got if e[0] == "SANCTION"]


def test_a_turn_reached_is_no_visit():
    got = events("وتولت سوريا رئاسة المؤتمر الأممي بعد أن وصل الدور إلى دمشق.")
    assert not [e for e in got if e[0] == "CONSULT"]

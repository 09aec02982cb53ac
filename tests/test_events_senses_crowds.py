"""Words beside a trigger that tell a sense with no political event (trigger_senses.tsv):
a crowd one speaks before, support rallied rather than troops massed, hostile relations
described rather than an accusation made, a principle of reciprocity invoked, a categorical refusal; sentences written for the tests."""
from core import analyze


def events(text, published="2023-01-17"):
    return [(v.type, v.actors, v.trigger.text) for v in analyze(text, published).events]


def test_a_crowd_one_speaks_before_masses_no_troops():
    got = events("وخطب الرئيس الإندونيسي جوكو ويدودو الأحد أمام حشد من مواطنيه في ماليزيا.")
    assert not [e for e in got if e[0] == "MOBILIZE"]


def test_rallying_support_masses_no_troops():
    got = events("وتحاول فرنسا حاليا حشد الدعم لفرض قيود جديدة على روسيا.")
    assert not [e for e in got if e[0] == "MOBILIZE"]


def test_troops_massed_stay_a_mobilisation():
    got = events("وحشد الجيش التركي دبابات ومدرعات على الحدود مع سوريا.")
    assert [e for e in got if e[0] == "MOBILIZE"]


def test_hostile_relations_between_two_states_are_no_accusation():
    # "العلاقات العدائية بين X وY": the state of their ties, told by neither against the other
    assert not [e for e in events("وقالت هافانا إن العلاقات العدائية بين كوبا والولايات المتحدة دامت ستة عقود.")
                if e[0] == "ACCUSE"]


def test_a_policy_called_hostile_is_still_an_accusation():
    assert [e for e in events("ووصف وزير الخارجية الإيراني السياسة الأمريكية بأنها عدائية.") if e[0] == "ACCUSE"]


def test_the_principle_of_reciprocity_invoked_is_no_sanction():
    got = events("وقال الكرملين إن موسكو ستتصرف وفق مبدأ المعاملة بالمثل إذا أغلقت واشنطن قنصليات روسية.")
    assert not [e for e in got if e[0] == "SANCTION" and e[2] == "المعاملة بالمثل"]


def test_a_categorical_refusal_boycotts_nobody():
    # "رفضا قاطعا": the adjective, not the dual verb "قاطعا" (they boycotted)
    got = events('ورفض ماكرون "رفضا قاطعا" تصريحات بوتين الأخيرة.')
    assert not [e for e in got if e[0] == "SANCTION"]
    assert [e for e in got if e[0] == "REJECT" and e[1] == ["FRA", "RUS"]]


def test_an_offer_stays_an_offer_beside_pictures_shown():
    """Media words beside "عرض" are the channel or another clause's, not what is offered."""
    got = events("وعرضت قطر الوساطة بين إثيوبيا وإريتريا، ونشر التلفزيون القطري صورا للقاء.")
    assert [e for e in got if e[0] == "AGREE"]


def test_troops_massed_amid_talks_stay_a_mobilisation():
    """"وسط حشد عسكري": amid a build-up of troops, no crowd."""
    got = events("وتجري المشاورات وسط حشد عسكري تركي على حدود سوريا الشمالية.")
    assert [e for e in got if e[0] == "MOBILIZE"]

"""Every partner of a meeting named one after the other with و meets the source
(core.events.partners); sentences written for the tests."""
from core import analyze


def events(text, published="2023-01-17"):
    return [(v.type, v.actors, v.trigger.text) for v in analyze(text, published).events]


def test_a_call_with_two_leaders_is_a_call_with_each():
    got = events("وأجرت رئيسة الوزراء البريطانية اتصالات هاتفية مع الرئيس الفرنسي والمستشارة الألمانية لبحث الأزمة.")
    assert {tuple(e[1]) for e in got if e[0] == "CONSULT"} == {("GBR", "FRA"), ("GBR", "DEU")}


def test_counterparts_named_by_two_adjectives_are_both_met():
    got = events("والتقى وزير الخارجية المصري نظيريه الأردني والسعودي في عمان.")
    assert {tuple(e[1]) for e in got if e[0] == "CONSULT"} == {("EGY", "JOR"), ("EGY", "SAU")}


def test_a_clause_joined_after_the_partner_adds_nobody():
    got = events("والتقى وزير الخارجية المصري نظيره الأردني وأعلن أن الولايات المتحدة ستشارك في المؤتمر.")
    assert {tuple(e[1]) for e in got if e[0] == "CONSULT"} == {("EGY", "JOR")}


def test_every_partner_of_a_list_signs_with_the_source():
    got = events("أبرمت تشيلي صفقة مع بيرو والإكوادور لتبادل الغاز.")
    assert {tuple(e[1]) for e in got if e[0] == "SUPPORT"} == {("CHL", "ECU"), ("CHL", "PER")}


def test_a_joint_agreement_with_a_list_is_one_with_each_member():
    got = events("اتفقت كوبا مع الصين وفرنسا على تعزيز التجارة.")
    assert {tuple(e[1]) for e in got if e[0] == "AGREE"} == {("CUB", "CHN"), ("CUB", "FRA")}


def test_the_partners_before_the_one_kept_are_met_too():
    got = events("التقى وزير الخارجية الكوبي نظراءه من الصين وفرنسا وبريطانيا في هافانا.")
    assert {tuple(e[1]) for e in got if e[0] == "CONSULT"} == {("CUB", "CHN"), ("CUB", "FRA"), ("CUB", "GBR")}


def test_a_directed_act_on_a_list_is_left_to_the_role_model():
    got = events("اتهمت كوبا الصين وفرنسا بالتدخل في شؤونها.")
    assert {tuple(e[1]) for e in got if e[0] == "ACCUSE"} == {("CUB", "CHN"), ("CUB", "FRA")}


def test_a_later_list_naming_a_partner_again_adds_nobody():
    got = events("وكانت كوبا وتشيلي قد وقعتا اتفاق توريد الغاز في ديسمبر الماضي، في خطوة عمقت العلاقات "
                 "بين تشيلي عضو حلف شمال الأطلسي وكوبا.")
    assert {tuple(e[1]) for e in got if e[0] == "SUPPORT"} == {("CUB", "CHL")}


def test_a_pair_kept_inside_one_list_is_not_spread_over_it():
    got = events("وسعت كوبا إلى جذب الشركات الأجنبية بعد إبرام اتفاق عام 2015 مع الولايات المتحدة وروسيا "
                 "والصين وفرنسا وألمانيا رفعت بموجبه العقوبات.")
    assert len({tuple(e[1]) for e in got if e[0] == "SUPPORT"}) <= 1


def test_a_list_after_a_subjectless_act_pairs_none_of_its_members():
    got = events("ورغم التقدم في تحسين العلاقات التجارية مع تشيلي وبيرو والإكوادور، فإن المصالحة تمنح كوبا فرصا أكبر.")
    assert len({tuple(e[1]) for e in got if e[0] == "SUPPORT"}) <= 1


def test_a_state_opening_a_clause_of_its_own_is_no_partner():
    got = events("وقعت الإمارات اتفاق سلام مع إسرائيل، وإيران تندد بالخطوة.")
    assert {tuple(e[1]) for e in got if e[0] == "SUPPORT"} == {("ARE", "ISR")}



def test_a_verb_after_a_list_without_a_comma_is_the_sentence_s():
    got = events("وأجرت كوبا محادثات مع الصين وفرنسا تناولت التجارة والاستثمار.")
    assert {tuple(e[1]) for e in got if e[0] == "CONSULT"} == {("CUB", "CHN"), ("CUB", "FRA")}

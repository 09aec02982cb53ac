"""The side another act falls on is no target of a stance taken on that act
(core.events.acted_on); sentences written for the tests."""
from core import analyze


def events(text, published="2023-01-17"):
    return [(v.type, v.actors, v.trigger.text) for v in analyze(text, published).events]


def test_criticising_sanctions_on_a_state_accuses_no_state():
    got = events("وانتقد الوزير الفرنسي فرض العقوبات على كوبا.")
    assert not [e for e in got if e[0] == "ACCUSE"]


def test_refusing_an_attack_on_a_state_refuses_no_state():
    assert not [e for e in events("ورفضت تركيا الاعتداء على فنزويلا.") if e[0] == "REJECT"]


def test_backing_a_blockade_of_a_state_is_no_support_of_it():
    assert not [e for e in events("وأيدت الحكومة الألمانية الحصار المفروض على فنزويلا.") if e[0] == "SUPPORT"]


def test_backing_a_war_on_a_state_after_a_backing_noun_is_no_support_of_it():
    assert not [e for e in events("وأعلنت الحكومة الألمانية دعمها للحرب على فنزويلا.") if e[0] == "SUPPORT"]


def test_the_blamed_after_a_noun_of_blame_stays_the_target():
    assert ("ACCUSE", ["FRA", "CUB"], "ألقى") in events("وألقى الوزير الفرنسي باللوم على كوبا في الأزمة.")


def test_a_state_criticised_by_name_stays_the_target():
    assert ("ACCUSE", ["FRA", "CUB"], "انتقدت") in events("وانتقدت فرنسا كوبا بسبب الهجوم على فنزويلا.")


def test_refusing_to_cancel_a_treaty_refuses_not_its_other_side():
    got = events("وأعربت فرنسا وألمانيا عن رفضهما لإلغاء الاتفاق الذي وقعته الدول الكبرى مع كوبا.")
    assert not [e for e in got if e[0] == "REJECT" and "CUB" in e[1]]


def test_backing_a_withdrawal_from_a_treaty_backs_not_its_other_side():
    got = events("وأعلنت الإمارات تأييدها قرار الرئيس الأمريكي بالانسحاب من الاتفاق مع كوبا.")
    assert not [e for e in got if e[0] == "SUPPORT" and "CUB" in e[1]]


def test_denying_collusion_with_a_state_answers_not_that_state():
    assert not [e for e in events("ونفى الرئيس الأمريكي أي تواطؤ مع روسيا.") if e[0] == "REJECT"]


def test_refusing_talks_with_a_state_refuses_that_state():
    assert ("REJECT", ["IRN", "USA"], "رفضت") in events("ورفضت إيران إجراء أي مفاوضات مع الولايات المتحدة.")


def test_praising_the_keeping_of_ties_with_a_state_supports_it():
    assert ("SUPPORT", ["EGY", "CUB"], "أشاد") in events("وأشاد الرئيس المصري بالحفاظ على العلاقات مع كوبا.")


def test_a_phrase_between_the_verb_and_its_own_ala_leaves_the_target():
    """"أثنى X في كلمته على Y": the word before "على" is the phrase's, not an act's object."""
    from core import analyze
    got = [(e.type, e.actors) for e in analyze("أثنى الرئيس الفرنسي في كلمته على المغرب.", "2020-03-01").events]
    assert ("SUPPORT", ["FRA", "MAR"]) in got


def test_a_subject_between_the_backing_and_its_act_noun_is_skipped():
    """"أيدت بريطانيا الضغوط على إيران": the subject stands between the verb and the act
    backed; the act is definite, so no demand is read, and Iran is no one's target."""
    from core import analyze
    got = [(e.type, e.actors) for e in analyze("أيدت بريطانيا الضغوط على إيران.", "2020-03-01").events]
    assert ("SUPPORT", ["GBR", "IRN"]) not in got

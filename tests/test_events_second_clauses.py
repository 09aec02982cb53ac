"""A name after "و" followed by its own verb opens a second clause whose subject is no side of
the act before it (core.events.second_clauses); sentences written for the tests."""
from core import analyze


def events(text, published="2018-05-10"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_the_subject_of_a_second_clause_is_not_accused():
    """"أدانت X التفجير وY تواصل التحقيق": X condemns the bombing, not Y."""
    got = events("وأدانت الجزائر التفجير الإرهابي وفرنسا تواصل التحقيق في ملابساته.")
    assert not [e for e in got if "FRA" in e[1]]


def test_the_subject_of_a_second_clause_is_not_asked():
    """"طالبت X بوقف القتال وY ترسل مساعدات": no demand on Y."""
    got = events("وطالبت قطر بوقف القتال والإمارات ترسل مساعدات إلى عدن.")
    assert not [e for e in got if e[0] == "REQUEST" and "ARE" in e[1]]


def test_a_noun_with_its_adjective_does_not_make_a_list():
    """"انتقدت X القرار الأمريكي وY تلتزم الصمت": Y is silent, not criticised."""
    got = events("انتقدت روسيا القرار الأمريكي والصين تلتزم الصمت.")
    assert ("ACCUSE", ["RUS", "USA"]) in got and not [e for e in got if "CHN" in e[1]]


def test_two_names_joined_stay_one_list():
    """"المحادثات بين X وY تتواصل": both meet."""
    assert ("CONSULT", ["IRN", "SAU"]) in events("المحادثات بين إيران والسعودية تتواصل في بغداد.")


def test_the_object_of_a_verb_joined_after_a_comma_is_not_accused():
    """"أدانت X الهجوم، ودعت Y إلى ضبط النفس": Y is asked, not condemned."""
    got = events("وأدانت مصر الهجوم، ودعت إسرائيل إلى ضبط النفس.")
    assert not [e for e in got if e[0] == "ACCUSE" and "ISR" in e[1]]


def test_a_verb_of_saying_after_a_comma_may_tell_whom_the_act_was_on():
    """"انتقدت X بشدة، وقالت إن الضربات الأمريكية ...": the United States is criticised."""
    got = events("وانتقدت روسيا بشدة، وقالت إن الضربات الأمريكية على سوريا غير قانونية.")
    assert ("ACCUSE", ["RUS", "USA"]) in got


def test_a_denial_keeps_the_accuser_the_next_clause_names():
    """"نفت X أي ضلوع لها، وحذرت Y من ...": X denies Y's charge."""
    got = events("ونفت موسكو أي ضلوع لها في الحادث، وحذرت لندن من أن توجيه اللوم إليها سيكون خطيرا.")
    assert ("REJECT", ["RUS", "GBR"]) in got


def test_a_titled_person_after_a_titled_person_is_in_the_same_list():
    got = events("بحث الرئيس التونسي مع الرئيس الإيطالي والمستشار الألماني تطوير التبادل التجاري.")
    assert ("CONSULT", ["TUN", "DEU"]) in got


def test_a_verb_carrying_waw_after_the_name_goes_on_with_the_first_clause():
    got = events("التقى الرئيس الجزائري نظيره التونسي والرئيس الموريتاني وبحثوا الوضع في الساحل.")
    assert ("CONSULT", ["DZA", "MRT"]) in got or ("CONSULT", ["MRT", "DZA"]) in got


def test_an_act_whose_object_comes_only_after_the_comma_keeps_it():
    got = events("انتقدت الجزائر بشدة، وحملت فرنسا مسؤولية تعثر الحوار.")
    assert ("ACCUSE", ["DZA", "FRA"]) in got

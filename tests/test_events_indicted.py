"""Charges brought against named persons and arrests told in the feminine plural
(core.events.indicted, the charging rows of triggers.tsv, implied.RELATIVE); sentences
and names written for the tests."""
from core import analyze


def events(text, published="2023-01-17"):
    a = analyze(text, published)
    names = {e.id: e for e in a.entities}
    return [(v.type, v.actors, names[v.actors[1]].type if v.actors[1] in names else None) for v in a.events]


def person_id(text, published="2023-01-17"):
    (pid,) = [e.id for e in analyze(text, published).entities if e.type == "PERSON"]
    return pid


def test_a_charge_brought_after_إلى_falls_on_the_named_person():
    text = "وجهت النيابة العامة الأردنية إلى رجل الأعمال سامر خليل تهمة غسل الأموال."
    assert events(text) == [("ACCUSE", ["JOR", person_id(text)], "PERSON")]


def test_a_charge_brought_to_a_description_with_ل_falls_on_the_named_person():
    text = "وجهت النيابة العامة المصرية للناشط عمرو زكي تهمة التخابر."
    assert events(text) == [("ACCUSE", ["EGY", person_id(text)], "PERSON")]


def test_a_charge_brought_to_a_pronoun_falls_on_the_person_arrested_before():
    got = events("اعتقلت الشرطة المصرية الناشطة هالة منصور أمس. ووجهت النيابة إليها تهمة التظاهر.")
    assert [e[0] for e in got] == ["COERCE", "ACCUSE"]
    assert got[0][1] == got[1][1] and got[1][1][0] == "EGY" and got[1][2] == "PERSON"


def test_a_charge_brought_against_a_named_group_keeps_it_as_target():
    assert events("وجهت السلطات التركية إلى حزب العمال الكردستاني تهمة الإرهاب.") == [("ACCUSE", ["TUR", "pkk"], "ORG")]


def test_a_charge_with_no_one_charged_in_its_phrase_reads_no_pair_of_other_actors():
    got = events("وقالت مصر إن النيابة وجهت تهمة التخابر مع إيران.")
    assert [e for e in got if e[0] == "ACCUSE"] == []


def test_a_lawsuit_keeps_its_sides():
    assert events("رفعت شركة أبل دعوى ضد الحكومة الأمريكية.") == [("ACCUSE", ["apple", "USA"], None)]


def test_women_arrested_in_the_feminine_plural_after_their_relative_pronoun():
    got = events("وطالبت المنظمة بالإفراج عن الناشطات سلمى عادل وهدى ناصر اللواتي اعتقلن في طهران الشهر الماضي.")
    assert [(e[0], e[1][0], e[2]) for e in got] == [("COERCE", "IRN", "PERSON")]


def test_a_body_of_a_state_with_no_nationality_charges_for_the_state_told_arresting_the_person():
    got = events("اعتقلت الشرطة المصرية الناشط عمرو زكي أمس. ووجه القضاء إلى الناشط عمرو زكي ثلاث تهم تتعلق بالتظاهر.")
    assert [(e[0], e[1][0], e[2]) for e in got] == [("COERCE", "EGY", "PERSON"), ("ACCUSE", "EGY", "PERSON")]
    assert got[0][1] == got[1][1]


def test_a_body_of_a_state_with_no_nationality_and_no_country_named_charges_for_no_state():
    assert events("ووجه القضاء إلى هالة منصور ثلاث تهم تتعلق بالتظاهر.") == []


def test_a_charge_retold_in_the_pluperfect_keeps_its_own_year():
    (v,) = analyze("وكانت النيابة العامة الأردنية قد وجهت إلى رجل الأعمال سامر خليل عام 2015 تهمة غسل الأموال.",
                   "2023-01-17").events
    assert (v.type, v.actors[0], v.date) == ("ACCUSE", "JOR", "2015")


def test_a_charge_on_a_pronoun_no_one_was_told_arrested_reads_no_pair_of_the_charge_content():
    assert events("ووجهت له السلطات التركية عدة تهم أبرزها الارتباط بحزب العمال الكردستاني.") == []


def test_a_fine_imposed_on_a_company_is_a_sanction_on_it():
    assert events("قضت محكمة فرنسية بتغريم شركة أبل مليون يورو.") == [("SANCTION", ["FRA", "apple"], "ORG")]


def test_a_body_of_a_state_with_no_nationality_charges_for_the_country_of_the_article():
    text = "تتسع في مصر ملاحقة الكتاب على الإنترنت. ووجهت النيابة العامة للكاتب رامي فؤاد تهمة إهانة مؤسسات الدولة."
    assert events(text) == [("ACCUSE", ["EGY", person_id(text)], "PERSON")]


def test_a_charge_with_no_one_named_leaves_the_next_act_of_its_sentence_its_pair():
    got = events("ووجهت السلطات الهولندية التهم لرجل وزوجته بالتخطيط لتفجير مؤتمر في باريس، كما اعتقلت النمسا دبلوماسيا روسيا.")
    assert got == [("COERCE", ["AUT", "RUS"], "COUNTRY")]

"""A date inside a phrase that names another, earlier act ("منذ"، "الذكرى"، a relative
clause about another noun) does not date the sentence's event (core.events.dating,
event_cues.tsv kind date_owner); sentences written for the tests."""
from core import analyze


def dates(text, typ, published="2023-01-17"):
    return [v.date for v in analyze(text, published).events if v.type == typ]


def test_a_since_date_dates_no_event_before_it():
    got = dates("واتهمت فرنسا إيران بتهريب الأسلحة إلى لبنان منذ بدء الحرب عام 2006.", "ACCUSE")
    assert got and all(not str(d).startswith("2006") for d in got)


def test_an_anniversary_date_is_the_recalled_act_s():
    got = dates("وطالبت الجزائر فرنسا بالاعتذار في الذكرى الستين لاستقلال البلاد عام 1962.", "REQUEST")
    assert got and all(not str(d).startswith("1962") for d in got)


def test_a_trigger_inside_the_since_phrase_keeps_its_date():
    got = dates("وتحسنت الأوضاع منذ توقيع مصر وإسرائيل معاهدة السلام عام 1979.", "SUPPORT")
    assert got and all(str(d).startswith("1979") for d in got)


def test_a_relative_clause_after_a_verb_dates_its_object():
    got = dates("وانتقدت إيران العقوبات الأمريكية التي فرضتها واشنطن في عام 2018.", "ACCUSE")
    assert got and all(not str(d).startswith("2018") for d in got)


def test_a_relative_clause_about_the_trigger_noun_dates_it():
    got = dates("وكان اتفاق السلام بين مصر وإسرائيل الذي وقع عام 1979 أول اتفاق من نوعه.", "AGREE")
    assert got and all(str(d).startswith("1979") for d in got)


def test_a_year_after_a_noun_names_that_noun_s_act():
    got = dates("واتهمت فرنسا سوريا بارتكاب مجزرة 1982 في حماة.", "ACCUSE")
    assert got and all(not str(d).startswith("1982") for d in got)



def test_a_day_an_event_noun_names_dates_no_other_act():
    got = dates("ورفض قاض أمريكي إسقاط دعوى لمقاضاة السعودية بسبب هجمات 11 سبتمبر.", "REJECT")
    assert got and all(not str(d).startswith("2001") for d in got)


def test_a_signing_participle_dates_the_treaty_not_an_act_on_it():
    got = dates("وأعلن بومبيو أن الولايات المتحدة انسحبت من معاهدة الصداقة مع إيران الموقعة عام 1955.", "SANCTION")
    assert got and all(not str(d).startswith("1955") for d in got)


def test_a_day_in_what_a_later_verb_of_saying_reports_dates_no_act_before_it():
    got = dates("ودعا الوزير الفرنسي إيران إلى وقف التصعيد، وقال إن قصف المدينة أمس جريمة.", "REQUEST")
    assert got and all(d != "2023-01-16" for d in got)

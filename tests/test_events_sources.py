"""Sides that are not who acts: the speaker who reports an act done by an event ("أعلنت
X أن هجوما استهدف", core.events.reported), a state named as the channel of a message
("عبر مصر", core.events.channels), the nationality of a private person
("المتطرف التونسي", topic_cues.tsv kind private) or of an outlet ("قناة X
القطرية", core.events.filters), the city a treaty was signed in ("الموقع بفيينا",
core.events.screen), the guest of the meeting a statement was made at ("خلال استقباله
الرئيس الفرنسي", core.events.occasions), the body whose gathering a meeting was held at
("على هامش اجتماعات الجمعية العامة", core.events.venues). Sentences written for the tests."""
from core import analyze


def events(text, published="2023-01-17"):
    return [(v.type, v.actors, v.trigger.text) for v in analyze(text, published).events]


def test_who_reports_an_attack_whose_subject_is_the_attack_is_not_its_author():
    got = events("وأعلنت مصادر رسمية عراقية أن هجوما انتحاريا استهدف مقر المفوضية العليا المستقلة للانتخابات"
                 " في بغداد الثلاثاء.")
    assert not [e for e in got if e[0] == "ASSAULT" and e[1][0] == "IRQ"]


def test_who_reports_a_risk_an_event_brings_threatens_no_one():
    got = events("وتقول منظمة الصحة العالمية إن وقوع هجوم على المدينة يهدد بإجبار آلاف السوريين على النزوح.")
    assert not [e for e in got if e[0] == "THREATEN"]


def test_a_speaker_who_reports_his_own_strike_stays_its_author():
    assert ("ASSAULT", ["ISR", "hamas"], "قصفت") in events("وأعلنت إسرائيل أنها قصفت مواقع لحركة حماس في غزة.")
    assert ("ASSAULT", ["USA", "SYR"], "قصفت") in events("وقالت الولايات المتحدة إن قواتها قصفت مواقع للجيش السوري.")
    got = events("وقال وزير الدفاع الإسرائيلي إن قصف إسرائيل عام 2010 للمنشأة السورية كان رسالة واضحة.")
    assert [e for e in got if e[0] == "ASSAULT" and e[1] == ["ISR", "SYR"]]


def test_a_state_a_message_goes_through_is_no_side_of_it():
    got = events("وقالت الصحيفة إن إسرائيل نقلت لقيادة حماس رسالة تهديد عبر مصر.")
    assert not [e for e in got if "EGY" in e[1]]
    got = events("وذكرت تقارير أن إيران نقلت لقيادة الحوثيين رسالة تحذير عبر سلطنة عمان.")
    assert not [e for e in got if "OMN" in e[1]]


def test_the_verb_expressed_written_as_via_keeps_its_subject():
    assert ("SUPPORT", ["FRA", "UKR"], "عبر") in events("وعبر الرئيس الفرنسي عن دعمه لأوكرانيا.")


def test_a_nationality_after_an_outlet_past_a_quotation_mark_is_the_quotation_s_subject():
    got = events('وقال المسؤول الكردي لفرانس برس "الروس وعدوا بحماية المدينة من أي هجوم تركي".')
    assert ("AGREE", ["RUS", "TUR"], "وعدوا") in got


def test_the_nationality_of_an_extremist_is_no_state_side():
    got = events("واعتقلت الشرطة الفرنسية المتطرف التونسي بتهمة التخطيط لهجوم.")
    assert not [e for e in got if "TUN" in e[1]]


def test_the_nationality_of_an_outlet_is_no_state_side_of_what_it_reports():
    got = events("وبثت قناة الجزيرة القطرية تقريرا تتهم فيه السعودية بتمويل الحملة.")
    assert not [e for e in got if "QAT" in e[1]]
    got = events('ونشرت صحيفة "لوموند" الفرنسية تقريرا تتهم فيه روسيا بقصف المدنيين.')
    assert not [e for e in got if "FRA" in e[1]]


def test_the_city_a_treaty_was_signed_in_is_no_side_of_a_withdrawal_from_it():
    got = events("وتريد إيران الإبقاء على الاتفاق رغم انسحاب الولايات المتحدة من الاتفاق النووي الموقع بفيينا في 2015.")
    assert not [e for e in got if "AUT" in e[1]]
    got = events("وانتقدت الحكومة السودانية انسحاب الحركة من اتفاقية السلام المبرمة في الدوحة.")
    assert not [e for e in got if "QAT" in e[1]]
    assert ("SANCTION", ["USA", "FRA"], "انسحابها") in events("وأعلنت واشنطن انسحابها من الاتفاق الموقع في باريس مع فرنسا.")


def test_the_guest_of_the_meeting_a_warning_was_made_at_is_not_warned():
    got = events("وحذر الرئيس الأمريكي خلال استقباله للرئيس الفرنسي إيمانويل ماكرون، طهران من استئناف برنامجها النووي.")
    assert ("THREATEN", ["USA", "IRN"], "حذر") in got
    assert not [e for e in got if e[0] == "THREATEN" and "FRA" in e[1]]
    got = events("وانتقد الرئيس الروسي لدى لقائه نظيره التركي العقوبات الأمريكية على موسكو.")
    assert not [e for e in got if e[0] == "ACCUSE" and "TUR" in e[1]]
    assert ("THREATEN", ["USA", "FRA"], "حذر") in events("وحذر الرئيس الأمريكي الرئيس الفرنسي من فرض رسوم على الشركات الأمريكية.")


def test_the_body_whose_gathering_two_met_at_is_no_side_of_their_meeting():
    got = events(("والتقى الأمين العام لمجلس التعاون الخليجي وزير الخارجية الكويتي على هامش اجتماعات"
                 " الجمعية العامة للأمم المتحدة."))
    assert not [e for e in got if e[0] == "CONSULT" and "unga" in e[1]]
    got = events("وعقد الرئيس السوري لقاء موسعا خلال اجتماع اللجنة المركزية لحزب البعث في دمشق.")
    assert not [e for e in got if e[0] == "CONSULT" and "baath-party" in e[1]]
    got = events("والتقى الأمين العام لجامعة الدول العربية وزير الخارجية الأردني في عمان.")
    assert ("CONSULT", ["arab-league", "JOR"], "التقى") in got
    assert not events("وشارك رئيس الوزراء الكندي في قمة لمجموعة السبع في إيطاليا.")
    assert ("CONSULT", ["MAR", "eu"], "بحث") in events("وبحث وزير الخارجية المغربي في اجتماع مع الاتحاد الأوروبي ملف الهجرة.")

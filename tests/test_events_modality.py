"""Modality phrase cues are read through a leading conjunction (core.events.modality);
sentences written for the tests."""
from core import analyze


def test_a_condition_opened_with_and_is_still_a_condition():
    got = analyze("وفي حالة عقد القمة بين الولايات المتحدة وكوريا الشمالية ستكون الأولى.", "2023-01-17").events
    assert not [v for v in got if v.type == "CONSULT"]


def test_what_a_question_asks_about_is_not_asserted():
    got = analyze("وهل ستدعم فرنسا خيارات تركيا في معركتها الاقتصادية؟", "2023-01-17").events
    assert not [v for v in got if v.type in ("SUPPORT", "AGREE")]


def test_what_a_speaker_hopes_for_is_not_asserted():
    got = analyze("وقال الوزير الكوري: نأمل أن تساعد الولايات المتحدة في تهدئة التوتر مع كوريا الشمالية.", "2023-01-17").events
    assert not [v for v in got if v.type == "RETREAT"]


def test_a_meeting_whose_date_is_set_is_not_yet_held():
    got = analyze("وقال الرئيس الأمريكي إنه حدد موعد لقائه مع الرئيس الروسي في فنلندا.", "2023-01-17").events
    assert not [v for v in got if v.type == "CONSULT"]


def test_what_is_feared_or_guarded_against_is_not_asserted():
    for text in ("وفتحت إسرائيل الملاجئ في الشمال تحسبا لأي هجوم إيراني من سوريا.",
                 "وأغلقت الشركات مكاتبها خوفا من هجوم روسي على أوكرانيا.",
                 "وقال الوزير إنه يخشى من هجوم تركي على سوريا."):
        got = analyze(text, "2023-01-17").events
        assert not [v for v in got if v.type == "ASSAULT" and v.modality == "asserted"], text


def test_a_fearing_verb_alone_leaves_the_act_of_its_subject_asserted():
    got = analyze("ويخشى الأردن الذي هاجمته إسرائيل الشهر الماضي تصعيدا جديدا.", "2023-01-17").events
    assert [v for v in got if v.type == "ASSAULT" and v.modality == "asserted"]


def test_what_may_happen_is_not_asserted_what_has_happened_is():
    got = analyze("وقال مسؤول إن إسرائيل قد تهاجم المطارات في سوريا.", "2023-01-17").events
    assert not [v for v in got if v.type == "ASSAULT" and v.modality == "asserted"]
    got = analyze("وكانت الولايات المتحدة قد فرضت عقوبات على روسيا.", "2023-01-17").events
    assert [v for v in got if v.type == "SANCTION"]
    got = analyze("فقد نفذت إسرائيل عدة ضربات جوية في سوريا.", "2023-01-17").events
    assert [v for v in got if v.type == "ASSAULT" and v.modality == "asserted"]


def test_what_is_possible_is_not_asserted():
    for text, possible in (("وأعرب الوزير عن قلقه من احتمال شن إيران هجمات على إسرائيل.", "شن"),
                           ("وبحث الوزيران إمكانية عقد قمة بين الولايات المتحدة وإيران.", "قمة"),
                           ("وقال ترامب إن من الممكن أن يجتمع مع الرئيس الروسي هذا الصيف.", "يجتمع")):
        got = analyze(text, "2023-01-17").events
        assert not [v for v in got if v.trigger.text == possible and v.modality == "asserted"], text


def test_an_act_that_may_come_of_a_present_verb_after_qad_is_no_event():
    """"قد تصل لحد قطع العلاقات": what may come to pass; the pluperfect ("وكانت ... قد
    تمكنت") and the past of verbs written with ت first ("وقد تسببت") tell what was done."""
    def events(text):
        return [(e.type, e.actors) for e in analyze(text, "2018-10-10").events]

    assert not events("قال أردوغان إن تركيا قد تصل لحد قطع العلاقات الدبلوماسية مع إسرائيل.")
    assert ("SANCTION", ["USA", "IRN"]) in events("وقد تسببت إعادة فرض العقوبات الأمريكية على إيران في انهيار العملة.")


def test_any_agreement_is_none_made():
    """"أي اتفاق للسلام"، "ردا على أي هجوم": any one of its kind, none asserted."""
    assert not analyze("ويعد وضع القدس عقبة في سبيل أي اتفاق للسلام بين إسرائيل والفلسطينيين.", "2018-10-10").events
    assert not analyze("وقال إن واشنطن سترد على أي هجوم كيماوي في سوريا.", "2018-10-10").events


def test_a_wished_strike_is_not_asserted():
    """"رغبة X باغتيال Y": a wish governs the act noun after it."""
    got = analyze("وكشفت الصحيفة عن رغبة الرئيس الفرنسي باغتيال زعيم تنظيم القاعدة.", "2023-01-17").events
    assert not [v for v in got if v.type == "ASSAULT"]


def test_a_hoped_for_siege_is_not_asserted():
    """"أعرب عن أمله في حصار X": hoped, not done."""
    got = analyze("وأعرب الرئيس التركي عن أمله في حصار مدينة منبج السورية بحلول الأحد.", "2023-01-17").events
    assert not [v for v in got if v.type == "ASSAULT"]

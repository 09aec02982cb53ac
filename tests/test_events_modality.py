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



def _may(before: str, verbal: bool = False) -> bool:
    """Whether the words before an act make it what may come (modality._may_govern)."""
    from types import SimpleNamespace

    from core.events.modality import _may_govern
    from core.text import normalize_with_offsets, tokenize

    return _may_govern([t.norm for t in tokenize(normalize_with_offsets(before))], SimpleNamespace(verbal=verbal))


def test_may_reaches_an_act_noun_past_its_verbs_object_or_subject():
    """"قد تتمكن غدا من إيصال [مساعدات]"، "قد تشكل فيه إيران [تهديدا]"، "قد ينجم عنه
    أعظم [اتفاق]": what may come; not a verb there ("قد يهمك/ الرئيس [يحذر]")."""
    assert _may("قالت الوكالة الأممية إنها قد تتمكن غدا من إيصال")
    assert _may("في الوقت الذي قد تشكل فيه إيران")
    assert _may("إن لقاءه قد ينجم عنه أعظم")
    assert not _may("قد يهمك الرئيس المصري", verbal=True)


def test_may_does_not_reach_an_act_told_as_cause_time_or_subject():
    """"قد تكون خطيرة جراء [قصف]"، "قد يطغى الجانب على [زيارة]"، "قد يكون قرار X [بالانسحاب]"،
    "وقد تبع الإعلان [زيارة]" (a past): the act is told as done."""
    assert not _may("أصيب بجروح قد تكون خطيرة جراء")
    assert not _may("وقد يطغى الجانب الاقتصادي على")
    assert not _may("قد يكون قرار ترامب")
    assert not _may("وقد تبع الإعلان عن")


def test_an_aim_after_so_that_is_not_done():
    """"حتى تتمكن الحكومة من توقيع اتفاق": the signing is the aim of the talks."""
    got = analyze("وتواصل لندن المفاوضات حتى تتمكن الحكومة البريطانية من توقيع اتفاق تجاري مع الاتحاد الأوروبي.",
                  "2023-01-17").events
    assert [v for v in got if v.type == "CONSULT"] and not [v for v in got if v.type == "SUPPORT"]


def test_even_before_a_past_verb_is_no_aim():
    """"وحتى تركيا انتقدت": حتى before a name means "even"; the act is told as done."""
    got = analyze("وحتى تركيا انتقدت إسرائيل بشدة بعد الغارة.", "2023-01-17").events
    assert [v for v in got if v.type == "ACCUSE" and v.actors == ["TUR", "ISR"]]


def test_an_act_told_as_the_cause_of_what_may_be_stays_done():
    """"قد تكون خطيرة جراء قصف": the possibility is the wounds', the shelling happened."""
    got = analyze("وأصيب ثلاثة مدنيين بجروح قد تكون خطيرة جراء قصف إسرائيلي على غزة.", "2023-01-17").events
    assert [v for v in got if v.type == "ASSAULT"]


def test_the_subject_of_may_be_is_told_as_done():
    """"قد يكون قرار X بطرد السفير خطأ": the expulsion was decided; only its judgement may be."""
    got = analyze("وقال الخبير إن قرار مصر بطرد السفير التركي قد يكون خطأ، وقد يكون طرد السفير التركي مفيدا.",
                  "2023-01-17").events
    assert [v for v in got if v.type == "SANCTION"]


def _told(text):
    return [(v.type, v.actors, v.modality) for v in analyze(text, "2023-01-17").events]


def test_ghayr_negates_the_first_of_two_joined_evaluations_only():
    assert _told("ووصفت فرنسا السلوك الروسي بأنه غير مسؤول ومزعزع للاستقرار.") == [("ACCUSE", ["FRA", "RUS"], "asserted")]


def test_what_is_said_to_be_out_of_the_question_is_still_negated():
    assert _told("وقال الرئيس اليوناني إنه من غير الوارد مبادلة جنديين يونانيين بالجنود الأتراك.") == []


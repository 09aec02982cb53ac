"""Cooperative events (AGREE, SUPPORT, REQUEST, CONSULT): proposals, thanks and the
other wordings of cooperation; sentences written for the tests."""
from core import analyze


def events(text, published="2023-01-17"):
    return [(v.type, v.actors, v.trigger.text) for v in analyze(text, published).events]


def test_submitting_proposals_to_a_counterpart_is_a_request():
    got = events("وقدم الرئيس الفرنسي مجموعة مقترحات لنظيره الألماني بشأن الطاقة.")
    assert ("REQUEST", ["FRA", "DEU"], "قدم") in got


def test_giving_thanks_is_support_for_whom_it_thanks():
    assert ("SUPPORT", ["JOR", "SAU"], "قدم") in events("وقدم وزير الخارجية الأردني شكره للسعودية على استضافة الاجتماع.")
    assert ("SUPPORT", ["EGY", "KWT"], "تقدم") in events("وتقدم الوزير المصري بالشكر إلى الكويت على دعمها.")


def test_a_press_or_cabinet_meeting_is_no_meeting_between_the_sides_named():
    assert not [e for e in events("وقال الرئيس الروسي في لقاء صحافي في موسكو إن بلاده لن تتخلى عن سوريا.")
                if e[0] == "CONSULT"]
    assert not [e for e in events("وسئل الرئيس الأمريكي خلال اجتماع حكومي أمس عن الصين.") if e[0] == "CONSULT"]


def test_a_joint_press_meeting_is_still_one_sided_only_when_not_joint():
    from types import SimpleNamespace

    from core.events.meetings import one_sided

    hit = SimpleNamespace(verbal=False, j=1)
    assert one_sided(["لقاء", "صحفي", "في"], hit)
    assert not one_sided(["لقاء", "صحفي", "مشترك"], hit)
    assert not one_sided(["لقاء", "مع", "الرئيس"], hit)


def test_two_actors_after_the_with_of_a_meeting_did_not_meet_each_other():
    from types import SimpleNamespace

    from core.events.meetings import not_both_partners

    actors = [SimpleNamespace(i=0, actor="TUR"), SimpleNamespace(i=5, actor="JOR"), SimpleNamespace(i=8, actor="EGY")]
    st = SimpleNamespace(actors=actors, tj=10)
    hit = SimpleNamespace(verbal=False, i=2, j=3)
    norms = ["x", "اثر", "لقاء", "مع", "وزير", "الخارجيه", "الاردني", "ونظيره", "المصري", "."]
    pairs = [(["JOR", "EGY"], False), (["TUR", "JOR"], False)]
    assert not_both_partners(st, hit, norms, pairs) == [(["TUR", "JOR"], False)]


def test_a_word_is_read_as_written_before_through_a_proclitic():
    got = events("وبحث الرئيس الأمريكي أمس في البيت الأبيض ملف التجارة الذي يهم الصين.")
    assert not [e for e in got if e[0] == "REQUEST"]


def test_persuading_recommending_and_instructing_are_requests():
    from core.events import load_triggers
    from core.text import normalize_for_match

    forms = [f for lst in load_triggers().by_first.values() for f in lst]
    assert any(f.type == "REQUEST" and f.tokens == (normalize_for_match("إقناع"),) for f in forms)
    assert ("REQUEST", ["JOR", "ISR"], "أوصت") in events("وأوصت الحكومة الأردنية إسرائيل بوقف البناء في المدينة.")
    assert ("REQUEST", ["EGY", "hamas"], "أعطت") in events("وأعطت السلطات المصرية تعليمات لحماس بإغلاق المعبر.")


def test_a_press_conference_with_a_counterpart_is_a_meeting():
    got = events("وجاءت التصريحات في مؤتمر صحفي لوزير الخارجية الأردني ونظيره المصري في عمان.")
    assert [(e[0], sorted(e[1])) for e in got if e[0] == "CONSULT"] == [("CONSULT", ["EGY", "JOR"])]
    got = events("وقال الرئيس الفرنسي في مؤتمر صحافي عقده مع الرئيس الأمريكي إن البلدين متفقان.")
    assert ("CONSULT", ["FRA", "USA"], "مؤتمر صحافي") in got


def test_a_request_named_by_its_author_after_it_is_the_authors():
    assert ("REQUEST", ["KWT", "unsc"], "طلب") in events("وعقد مجلس الأمن جلسة طارئة بناء على طلب الكويت.")


def test_confirming_what_another_concluded_backs_it():
    got = events("وقالت الوكالة الدولية للطاقة الذرية إن الاختبارات تؤكد ما خلصت إليه بريطانيا بشأن المادة السامة.")
    assert ("SUPPORT", ["iaea", "GBR"], "تؤكد ما خلصت إليه") in got


def test_a_subjectless_dual_verb_acts_for_both_sides_just_told():
    """"والتقى وزير الخارجية الأمريكي نظيره الأردني، وأشادا بدور مصر": the praise is both
    ministers'. (Whether a pair reaches this rule at all is the role model's call.)"""
    from types import SimpleNamespace as NS

    from core.events.dual import both_subjects

    met = NS(actors=["USA", "JOR"], trigger=NS(end=10))
    praised = NS(verbal=True, form=NS(joint=False, tokens=("اشادا",)), start=60, j=7)
    got = both_subjects(NS(events=[met]), NS(actors=[NS(i=8)]), praised, [(["USA", "EGY"], True)])
    assert got == [(["USA", "EGY"], True), (["JOR", "EGY"], True)]
    named = NS(actors=[NS(i=7)])  # "وأشادا مصر وتونس": a subject of its own right after
    assert both_subjects(NS(events=[met]), named, praised, [(["USA", "EGY"], True)]) == [(["USA", "EGY"], True)]


def test_dual_verb_forms():
    from core.events.dual import _dual

    assert _dual("اشادا") and _dual("تعهدتا") and _dual("يتعهدان")
    assert not _dual("اشادوا") and not _dual("تعهدنا") and not _dual("اشاد")

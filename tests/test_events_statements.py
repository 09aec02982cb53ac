"""Acts told inside a statement ("أصدرت X بيانا اتهمت فيه Y"): the statement's author acts
on the actor after the verb (core.events.statements; sentences written for the tests)."""

from core import analyze


def events(text):
    return [(v.type, v.actors) for v in analyze(text, "2023-01-17").events]


def test_the_author_of_a_statement_accuses_the_actor_after_the_verb(rules_only):
    got = events("وأصدرت وزارة الخارجية الكينية بيانا اتهمت فيه إثيوبيا بتأجيج الصراع الحدودي.")
    assert ("ACCUSE", ["KEN", "ETH"]) in got and ("ACCUSE", ["ETH", "KEN"]) not in got


def test_a_platform_before_the_verb_is_no_side_of_the_statement(rules_only):
    got = events("ونشر الرئيس الكيني تغريدة على تويتر، حذر فيها إثيوبيا من عواقب التصعيد.")
    assert ("THREATEN", ["KEN", "ETH"]) in got and not any("twitter" in a for _, a in got)


def test_the_owner_named_after_the_statement_is_its_author(rules_only):
    got = events("وفي بيان لوزارة الخارجية الكينية اتهمت فيه الحكومة الإثيوبية بإيواء المسلحين.")
    assert ("ACCUSE", ["KEN", "ETH"]) in got


def test_a_subject_right_after_the_pronoun_is_the_verbs_own(rules_only):
    """"رسالة دعا فيها الرئيس X الدولة Y": the verb names its subject; the actor before the
    statement (who reports it) is no side."""
    got = events("وأشارت الصحيفة الكينية إلى رسالة دعا فيها الرئيس الإثيوبي أوغندا إلى فتح الحدود.")
    assert ("REQUEST", ["ETH", "UGA"]) in got and not any(a[0] == "KEN" for _, a in got)


def test_a_plural_object_right_after_the_pronoun_is_no_subject(rules_only):
    """"دعا فيه الكينيين إلى ...": a plural ending in ين is the object; the author acts."""
    got = events("وأصدر الرئيس الإثيوبي بيانا حذر فيه الكينيين من دعم حركة الشباب.")
    assert not any(a[0] == "KEN" for _, a in got)


def test_a_participle_after_an_authored_statement_is_its_authors_act(rules_only):
    """"جاء ذلك في بيان لـX، داعيا Y": "جاء" has no subject; the statement's author calls."""
    got = events("وجاء ذلك في بيان للاتحاد الأفريقي مساء الأحد، داعيا كينيا وأوغندا إلى ضبط النفس.")
    assert ("REQUEST", ["african-union", "KEN"]) in got and ("REQUEST", ["african-union", "UGA"]) in got


def test_an_outlet_that_was_told_a_statement_is_no_author(rules_only):
    """"في تصريحات لوكالة X": said to the outlet, which asks no one."""
    got = events("وأضاف في تصريحات لوكالة الأناضول، داعيا كينيا إلى مراجعة موقفها.")
    assert not any(a[0] == "anadolu" for _, a in got)


def test_a_statement_answered_is_not_the_participles_author(rules_only):
    """"جاء ذلك ردا على بيان لـX، متهما Y": the statement answered is X's; the one who
    answers (the previous sentence's subject) accuses."""
    got = events("وكان وزير الخارجية التركي قد انتقد الموقف اليوناني. وجاء ذلك ردا على بيان لوزارة الدفاع الروسية، "
                 "متهما اليونان بعسكرة الجزر.")
    assert ("ACCUSE", ["RUS", "GRC"]) not in got

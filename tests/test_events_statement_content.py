"""Events a sentence tells without asserting them, or of sides it names otherwise than as
their authors or targets: wishes and intentions (event_cues.tsv), a clause of time after
an act (core.events.when_clauses), a relative clause's verb with its object pronoun
(core.events.taken_up), the nameless group a statement tells of (core.events.reported).
Sentences and names made up for the tests."""
from core import analyze


def _events(text: str) -> list[tuple[str, list[str]]]:
    return [(v.type, v.actors) for v in analyze(text, "2019-03-01").events]


def test_a_wish_is_no_act():
    """"يريد الرئيس فرض عقوبات على X": wanted, not imposed."""
    assert _events("ويريد الرئيس الأمريكي فرض عقوبات على إيران.") == []
    assert _events("وفرض الرئيس الأمريكي عقوبات على إيران.") == [("SANCTION", ["USA", "IRN"])]


def test_a_target_named_only_in_a_clause_of_time_is_none():
    """"احتجزت السلطات الرجل عندما كان ينتظر طائرته إلى X": X is where he was going."""
    assert _events("وكانت السلطات التركية قد احتجزت الرجل في مطار إسطنبول عندما كان ينتظر طائرته إلى واشنطن.") == []
    # a side named before the clause is still the target
    assert _events("واحتجزت السلطات التركية مواطنا أمريكيا في مطار إسطنبول عندما كان ينتظر طائرته إلى واشنطن.") == [
        ("COERCE", ["TUR", "USA"])]


def test_the_subject_after_a_relative_verb_with_its_pronoun_acts():
    """"منظمة X التي انتقدتها Y": Y criticises X."""
    assert _events("قالت منظمة أوبك التي انتقدتها واشنطن إن الأسعار مستقرة.") == [("ACCUSE", ["USA", "opec"])]


def test_the_speaker_is_no_side_of_what_a_nameless_group_does():
    """"قال X إن الجماعات المسلحة قصفت مواقع Y": X tells of the shelling, does not shell;
    "إن طائراته قصفت" is X's own."""
    assert _events("وقال الجيش الروسي إن الجماعات المسلحة قصفت مواقع القوات السورية.") == []
    assert _events("وقال الجيش الروسي إن طائراته قصفت مواقع تنظيم داعش في إدلب.") == [("ASSAULT", ["RUS", "isis"])]


def test_a_pronoun_underwent_the_act_of_the_side_named_after_it():
    """"إثر تعرضهم لهجوم من X": X attacked those named before."""
    assert _events("لقي عشرة من الجنود السوريين مصرعهم إثر تعرضهم لهجوم من تنظيم داعش في ريف حمص.") == [
        ("ASSAULT", ["isis", "SYR"])]


def test_a_side_named_only_after_while_is_no_target():
    """"تساهم X في تمويل القوة بينما تعتبر Y ...": Y is named in a clause of its own, and gets no aid."""
    assert _events("وتساهم قطر في تمويل القوة الأفريقية بينما تعتبر إيطاليا أمن المنطقة أولوية.") == []
    assert _events("وقدمت قطر مساعدات مالية إلى الصومال بينما تعتبر إيطاليا أمن المنطقة أولوية.") == [
        ("AID", ["QAT", "SOM"])]


def test_keenness_to_cooperate_is_an_intention():
    """"X حريصة على التعاون مع Y": an intention to cooperate (AGREE), no cooperation told."""
    assert _events("وقالت الخارجية السورية إن سوريا حريصة على التعاون مع منظمة حظر الأسلحة الكيميائية.") == [
        ("AGREE", ["SYR", "opcw"])]

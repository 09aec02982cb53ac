"""The subject of a verb after a relative clause (core.events.relatives). Sentences
written for the tests."""
from core import analyze


def assaults(text, published="2024-01-01"):
    return [v.actors for v in analyze(text, published).events if v.type == "ASSAULT"]


def test_the_backer_in_a_relative_clause_does_not_attack():
    """"X التي تدعمها Y قد شنت هجوما على Z": X attacks Z, Y only backs X."""
    got = assaults("وكانت قوات سوريا الديمقراطية التي تدعمها فرنسا قد شنت هجوما على مدينة الرقة.")
    assert got and all(a[0] != "FRA" for a in got)


def test_the_antecedent_of_a_relative_verb_is_its_subject():
    """"X التي تتهم Y بـ...": X accuses Y, not Y X."""
    got = [v.actors for v in analyze("وأثار القرار غضب أثينا التي تتهم أنقرة بانتهاك مجالها الجوي.", "2024-01-01").events
           if v.type == "ACCUSE"]
    assert ["GRC", "TUR"] in got and ["TUR", "GRC"] not in got


def test_a_relative_verb_with_its_own_subject_and_a_pronoun_keeps_its_reading():
    """"الاحتجاجات التي دعا إليها ناشطون": the activists call, the antecedent is called for."""
    from core.events import relatives
    from core.events.actors import _ActorMention
    from core.events.triggers import _Hit
    from core.text import normalize_with_offsets, tokenize

    class Doc:  # the words and the text only
        pass
    doc = Doc()
    doc.nt = normalize_with_offsets("الاحتجاجات التي دعا إليها ناشطون")
    doc.toks = tokenize(doc.nt)
    doc.norms = [t.norm for t in doc.toks]
    st = type("St", (), {"ti": 0, "actors": [_ActorMention("protests", 0, 1, 0, 0), _ActorMention("activists", 4, 5, 0, 0)]})()
    hit = _Hit(form=type("F", (), {"tokens": ("دعا",)})(), i=2, j=3, start=0, end=0, verbal=True)
    assert relatives.antecedent_acts(doc, st, hit, [(["activists", "protests"], True)]) == [(["activists", "protests"], True)]


def _accusations(text):
    return [v.actors for v in analyze(text, "2024-01-01").events if v.type == "ACCUSE"]


def test_a_pronoun_taking_the_antecedent_up_after_the_names_keeps_the_reading():
    """"العميلة الروسية التي تتهم لندن موسكو بتسميمها": London accuses Moscow."""
    assert _accusations("وتوفيت العميلة الروسية التي تتهم لندن موسكو بتسميمها.") == [["GBR", "RUS"]]


def test_a_feminine_verb_after_alladhi_has_a_subject_of_its_own():
    """"الضابط الروسي الذي تتهم لندن موسكو بالوقوف وراء تسميمه": London accuses Moscow."""
    assert _accusations("وتوفي الضابط الروسي الذي تتهم لندن موسكو بالوقوف وراء تسميمه.") == [["GBR", "RUS"]]

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

"""States listed in brackets after the group they make up are the sides of the act
(core.events.listed_states, read by core.events.clauses.clause_break). Sentences written
for the tests."""
from core import analyze


def events(text, published="2023-01-17"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_a_demand_of_a_group_of_states_listed_in_brackets_is_made_of_each():
    got = events("طالبت قطر دول الحصار (السعودية والإمارات والبحرين ومصر) برفع الإجراءات.")
    assert all(("REQUEST", ["QAT", s]) in got for s in ("SAU", "ARE", "BHR", "EGY"))


def test_a_bracketed_aside_still_ends_the_clause():
    got = events("وهاجمت قوات سوريا الديمقراطية (المدعومة من واشنطن) مواقع لتنظيم داعش.")
    assert ("SUPPORT", ["USA", "sdf"]) in got  # the aside is read as a clause of its own
    assert not [e for e in got if e[0] == "ASSAULT" and "USA" in e[1]]

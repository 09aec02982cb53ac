"""The sides a clause opened after a trigger names for the first time (core.events.clauses.
named_only_after), which the later-clause and the clause-of-time filters both drop as
targets: one boundary, the opener's token counting as before the clause."""
from types import SimpleNamespace

import pytest

from core import analyze
from core.events import constructions
from core.events.clauses import named_only_after
from core.events.when_clauses import CLAUSE_KINDS
from core.lexicon import read_table


def _at(i: int, actor: str):
    return SimpleNamespace(i=i, actor=actor)


def test_a_side_named_at_the_opener_is_named_before_the_clause():
    """The later clause opened by a comma's verb (token 2): a side read at the verb itself is
    no new side of the clause, one named only after it is."""
    actors = [_at(0, "EGY"), _at(2, "TUN"), _at(6, "TUN"), _at(5, "JOR")]
    assert named_only_after(actors, 2) == {"JOR"}
    assert named_only_after(actors, 6) == set()


def _clause_words() -> list[str]:
    return [r["cue"] for _, r in read_table("construction_cues.tsv") if r["kind"] in CLAUSE_KINDS]


@pytest.mark.parametrize("word", _clause_words())
def test_a_clause_of_time_opens_on_no_side(word):
    """The clause of time's opener ("عندما"، "بينما") is never a side's word, so the boundary
    the later clause needs is the one it needs too."""
    assert constructions.kind(word) in CLAUSE_KINDS
    a = analyze(f"اعتقلت الشرطة المصرية رجلا {word} كان في طريقه إلى الأردن.", "2024-01-01")
    assert [(e.id, [m.text for m in e.mentions]) for e in a.entities] == [
        ("org-al-shrth-al-msryh", ["الشرطة المصرية"]), ("JOR", ["الأردن"])]


def test_an_act_in_a_clause_of_contrast_is_not_done_with_the_other_clauses_sides():
    """"قدمت X وY دعما ...، بينما دعمت Z ...": Z's act is its clause's own; neither X
    nor Y, named only before "بينما", is its side, with the clause's verb and a pronoun
    before its subject too ("بينما رحبت به Z")."""
    for text in ("وقدمت كل من اليابان وكوريا الجنوبية دعما كبيرا للحكومة، بينما دعمت الصين فصائل المعارضة.",
                 "ورفضت فرنسا الاتفاق بينما أيدته ألمانيا.", "وانتقدت البرازيل القرار بينما رحبت به الأرجنتين."):
        got = [e.actors for e in analyze(text, "2024-01-01").events if e.type == "SUPPORT"]
        assert got == [], (text, got)


@pytest.mark.parametrize("text, typ, pair", [
    ("طردت بولندا دبلوماسيين روس، بينما توعدت موسكو بالرد.", "THREATEN", ["RUS", "POL"]),
    ("فرضت الولايات المتحدة عقوبات على شركات صينية، بينما هددت بكين بالرد.", "THREATEN", ["CHN", "USA"]),
    ("اتهمت الولايات المتحدة إيران بدعم الحوثيين، بينما نفت طهران هذه الاتهامات.", "REJECT", ["IRN", "USA"]),
])
def test_a_side_answering_in_a_clause_of_contrast_answers_the_first_clauses_doer(text, typ, pair):
    """The side the first clause's act was done to, answering in the clause of contrast,
    answers its doer: that pair stays, though the doer is named only before "بينما"."""
    got = [e.actors for e in analyze(text, "2024-01-01").events if e.type == typ]
    assert pair in got, (text, got)

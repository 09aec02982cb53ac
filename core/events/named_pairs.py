"""Dual words that name two given states: "قمة نادرة بين الكوريتين"، "وتعهدت الكوريتان".

"البلدين" points back to the last two states an article named (core.events.actors); a dual
made of a country's own name ("الكوريتين": North and South Korea) needs no antecedent,
and news writes it where it names neither state otherwise, so without it a summit or a
pledge between the two finds no sides. Each such word stands for both states, as
"البلدين" does. The words are data (named_pairs.tsv).
"""
from __future__ import annotations

from itertools import compress, count
from operator import itemgetter

from core import prepared
from core.events.named_only import without_named_only
from core.lexicon import read_table, split_cell
from core.text import normalize_for_match, proclitic_forms, without_conjunction

PAIR_KIND = "PAIR"  # the kind of the mentions "البلدين" makes: both sides by one word
# words of a place between the two ("المنطقة المنزوعة السلاح بين الكوريتين"، "على الحدود بين
# الكوريتين"، "خط الحدود العسكري الفاصل بين"): a dual after their "بين" says where, names no side
BETWEEN = "بين"
PLACE_WORDS = frozenset(normalize_for_match(w) for w in (
    "المنطقة", "منطقة", "المنزوعة", "منزوعة", "الحدود", "حدود", "الحدودية", "الحدودي", "الفاصل", "الفاصلة"))
PLACE_REACH = 3  # words before "بين" that may name the place ("المنطقة المنزوعة السلاح بين")
OWNER_REACH = 2  # adjectives between a noun and the "بين" of its dual ("المحادثات رفيعة المستوى بين")


@prepared.table()
def named_pairs() -> dict[str, tuple[str, ...]]:
    """Every written form of a listed dual (with its proclitics: "وللكوريتين") → the ISO3
    codes of the two states it names."""
    out: dict[str, tuple[str, ...]] = {}
    for _, r in read_table("named_pairs.tsv"):
        states = split_cell(r["states"])
        for w in proclitic_forms(normalize_for_match(r["form"])):
            out.setdefault(w, states)
    return out


_NORM = itemgetter(0)  # Token.norm, read as a tuple's item (in C, without the attribute's look-up)


def pair_mentions(toks, covered: set[int]) -> list:
    """One actor mention per state for each listed dual word of the article that no
    entity covers."""
    from core.events.actors import _ActorMention  # it calls this module

    table = named_pairs()
    out = []
    for k in compress(count(), map(table.__contains__, map(_NORM, toks))):  # the few dual words, picked in C
        t = toks[k]
        states = table[t.norm]
        if states and k not in covered and not _a_place_between(toks, k):
            out += [_ActorMention(iso, k, k + 1, t.start, t.end, kind=PAIR_KIND) for iso in states]
    return out


def _a_place_between(toks, k: int) -> bool:
    """The dual at k follows "بين" after a word of a place within PLACE_REACH words."""
    if k < 2 or toks[k - 1].norm != BETWEEN:
        return False
    return any(without_conjunction(toks[m].norm, 1) in PLACE_WORDS for m in range(max(0, k - 1 - PLACE_REACH), k - 1))


def foreign_duals(doc, st, h, pairs: list) -> list:
    """The pairs of a one-word trigger less the sides named only by a listed dual after the
    "بين" of another word.

    "قد تقوض العلاقات بين الكوريتين": the dual is the pair of the relations, not whom the
    verb acts on; the noun right before "بين" (past an adjective or two: "المحادثات رفيعة
    المستوى بين") takes it as its sides, and so may a definite noun of the clause ("اللقاء"،
    "القمم"). A dual that points back ("بين البلدين") is left alone: news writes a verb's own
    sides with it ("اتفق الرجلان على عقد قمة بين البلدين"), and reading it so lost as many
    right events on corpus news as wrong ones."""
    if not pairs or h.j - h.i > 1 or without_conjunction(doc.norms[h.i], 1).startswith("ال"):
        return pairs
    return _foreign_duals(doc, st, h, pairs)


def _foreign_duals(doc, st, h, pairs: list) -> list:
    """foreign_duals past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    table = named_pairs()
    return without_named_only(pairs, st.actors, lambda a: (
        a.kind == PAIR_KIND and doc.norms[a.i] in table and a.i > h.j and doc.norms[a.i - 1] == BETWEEN
        and not _governs(doc, h.j, a.i - 1)))


def _governs(doc, j: int, b: int) -> bool:
    """The trigger ending before token j is the word right before the "بين" at b, past at most
    OWNER_REACH words none of which may begin a trigger."""
    return b - j <= OWNER_REACH and not any(
        doc.trig.first_keys(doc.norms[k], flag) for k in range(j, b) for flag in (False, True))

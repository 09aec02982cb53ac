"""Dual words that name two given states: "قمة نادرة بين الكوريتين"، "وتعهدت الكوريتان".

"البلدين" points back to the last two states an article named (core.events.actors); a dual
made of a country's own name ("الكوريتين": North and South Korea) needs no antecedent,
and news writes it where it names neither state otherwise, so without it a summit or a
pledge between the two finds no sides. Each such word stands for both states, as
"البلدين" does. The words are data (named_pairs.tsv).
"""
from __future__ import annotations

from functools import lru_cache

from core.events.named_only import named_only, without_sides
from core.lexicon import read_table, split_cell
from core.text import normalize_for_match, proclitic_forms, without_conjunction

PAIR_KIND = "PAIR"  # the kind of the mentions "البلدين" makes: both sides by one word
# words of a place between the two ("المنطقة المنزوعة السلاح بين الكوريتين"، "على الحدود بين
# الكوريتين"، "خط الحدود العسكري الفاصل بين"): a dual after their "بين" says where, names no side
BETWEEN = "بين"
PLACE_WORDS = frozenset(normalize_for_match(w) for w in (
    "المنطقة", "منطقة", "المنزوعة", "منزوعة", "الحدود", "حدود", "الحدودية", "الحدودي", "الفاصل", "الفاصلة"))
PLACE_REACH = 3  # words before "بين" that may name the place ("المنطقة المنزوعة السلاح بين")
# words from the end of a noun of meeting or relations to the "بين" of its dual ("المحادثات رفيعة
# المستوى بين الكوريتين"): the dual's "بين" names the sides of that noun alone
OWNER_REACH = 2


@lru_cache(maxsize=1)
def named_pairs() -> dict[str, tuple[str, ...]]:
    """Every written form of a listed dual (with its proclitics: "وللكوريتين") → the ISO3
    codes of the two states it names."""
    out: dict[str, tuple[str, ...]] = {}
    for _, r in read_table("named_pairs.tsv"):
        states = split_cell(r["states"])
        for w in proclitic_forms(normalize_for_match(r["form"])):
            out.setdefault(w, states)
    return out


def pair_mentions(toks, covered: set[int]) -> list:
    """One actor mention per state for each listed dual word of the article that no
    entity covers."""
    from core.events.actors import _ActorMention  # it calls this module

    table = named_pairs()
    out = []
    for k, t in enumerate(toks):
        states = table.get(t.norm)
        if states and k not in covered and not _a_place_between(toks, k):
            out += [_ActorMention(iso, k, k + 1, t.start, t.end, kind=PAIR_KIND) for iso in states]
    return out


def _a_place_between(toks, k: int) -> bool:
    """The dual at k follows "بين" after a word of a place within PLACE_REACH words."""
    if k < 2 or toks[k - 1].norm != BETWEEN:
        return False
    return any(without_conjunction(toks[m].norm, 1) in PLACE_WORDS for m in range(max(0, k - 1 - PLACE_REACH), k - 1))


def foreign_duals(doc, st, h, pairs: list) -> list:
    """The pairs less the sides named only by a dual after "بين" that another word governs.

    "وألغت كوريا الشمالية لقاء بين الكوريتين": the dual is the meeting's pair, not whom the
    cancelling acted on; "قد تقوض العلاقات بين الكوريتين": relations between the two, no side
    undermined. Only the trigger whose last word is the noun right before its "بين" (past an
    adjective or two, no trigger word between) takes the dual's states as its sides."""
    if not pairs:
        return pairs
    return without_sides(pairs, named_only(st.actors, lambda a: _governed_elsewhere(doc, h, a)))


def _governed_elsewhere(doc, h, a) -> bool:
    norms = doc.norms
    if a.kind != PAIR_KIND or a.i < 1 or norms[a.i - 1] != BETWEEN:
        return False
    b = a.i - 1  # the بين
    if h.verbal and h.j - h.i < 2 or not h.j <= b <= h.j + OWNER_REACH:
        return True  # a one-word verb governs no "بين" ("استأنفت المحادثات بين": the phrase's noun may)
    return any(doc.trig.first_keys(norms[k], flag) for k in range(h.j, b) for flag in (False, True))

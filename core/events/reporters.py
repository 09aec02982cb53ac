"""A reporter is no side: "انتقد مراسل التلفزيون الروسي ..."، "دعت X صحفيين من Y".

A side named as a reporter's outlet or origin ("مراسل القناة الإسرائيلية"، "الصحفي
الأمريكي"، "صحفيين من كوريا الجنوبية") stands for a journalist, not for its state: the
reporter's question or criticism is not the state's, and journalists invited, asked or held
are not their state invited or asked. Pairs with such a side are dropped, unless the side
is also named in the sentence on its own. The words are data (data/lexicons/reading_cues.tsv,
kinds reporter and press).
"""
from __future__ import annotations

from core.events.reading_cues import cue_kind, in_span, related, words_of
from core.text import COMMAS, mark_before

REPORTER_REACH = 3  # words from a reporter's word to the side it names ("مراسل القناة الإسرائيلية")
BETWEEN = ("press",)  # kinds of the words that may stand between
# the singular of a reporter's word is also the adjective of the press ("حديث صحفي"، "بيانها
# الصحفي"); the plural names journalists ("لقائه صحفيين من X")
PRESS_ADJECTIVES = frozenset({"صحفي", "صحفيه", "صحافي", "صحافيه"})


def _reporter_side(doc, a) -> bool:
    """The mention a names a reporter's outlet or origin: a word of a reporter before it
    (not the adjective of a statement's or a meeting's noun: "مؤتمر صحفي"، "حديث صحفي"),
    with only an outlet's noun or من between, and no mark."""
    for k in range(a.i - 1, max(a.i - 1 - REPORTER_REACH, -1), -1):
        if mark_before(doc.toks, doc.nt.original, k + 1, COMMAS + (".", ":", "؛")):
            return False
        kind = cue_kind(doc.norms[k])
        if kind == "reporter":  # "مؤتمر صحفي بواشنطن"، "في حديث صحفي فرنسا": an adjective
            adjective = doc.norms[k].removeprefix("ال") in PRESS_ADJECTIVES
            return not (adjective and k > 0 and cue_kind(doc.norms[k - 1]) == "statement")
        if kind not in BETWEEN and doc.norms[k] != "من":
            return False
    return False


def no_reporter_sides(doc, st, h, pairs: list) -> list:
    """A trigger's pairs less those with a side named only as a reporter's outlet or origin;
    they count as told."""
    if not pairs or not in_span(doc, st.ti, st.tj, words_of("reporter")):
        return pairs
    return _no_reporter_sides(doc, st, h, pairs)


def _no_reporter_sides(doc, st, h, pairs: list) -> list:
    """no_reporter_sides past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    reporters, own = set(), set()
    for a in st.actors:
        (reporters if _reporter_side(doc, a) else own).add(a.actor)
    reporters -= own
    if not reporters:
        return pairs
    kept = [(p, d) for p, d in pairs if reporters.isdisjoint(p)]
    if len(kept) < len(pairs):
        related(doc, st, pairs)
    return kept

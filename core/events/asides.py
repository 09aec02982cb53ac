"""A relative clause set between commas after a subject ("وتحذر الأردن، التي استقبلت
آلاف اللاجئين، من هجوم إسرائيلي"): an aside on the subject. The verb before it is the
subject's act, its complement named after the closing comma, so the subject is the source
and whom the complement names the target; an act told inside the aside ("استقبلت") reaches
no one named after it. A side named only inside the aside ("، الذي يزور لبنان،") is no
side of the acts outside it.
"""
from __future__ import annotations

from core.events.turned import turned_round
from core.text import RELATIVE_PRONOUNS, mark_before

COMMAS = ("،", ",")
ASIDE_REACH = 25  # words from the relative to the comma closing the aside
VERB_GAP = 1  # words between the verb and its subject ("وتحذر الحكومة الأردنية،": the name's words aside)


def asides(doc, st) -> list[tuple[object, int, int]]:
    """(subject mention, first token of the relative, first token after the closing comma)
    of each aside in the sentence: a comma, a relative right after an actor's name, and a
    comma closing it before the sentence ends."""
    out = []
    for a in st.actors:
        k = a.j
        if k >= st.tj - 2 or doc.norms[k] not in RELATIVE_PRONOUNS or not mark_before(doc.toks, doc.nt.original, k, COMMAS):
            continue
        close = next((c for c in range(k + 2, min(k + ASIDE_REACH, st.tj))
                      if mark_before(doc.toks, doc.nt.original, c, COMMAS)), None)
        if close is not None:
            out.append((a, k, close))
    return out


def _after_only(st, actor: str, close: int) -> bool:
    """Every mention of the actor in the sentence stands after the aside."""
    return all(a.i >= close for a in st.actors if a.actor == actor)


def _inside_only(st, actor: str, k: int, close: int) -> bool:
    """Every mention of the actor in the sentence stands inside the aside."""
    return all(k < a.i < close for a in st.actors if a.actor == actor)


def aside_sides(doc, st, h, pairs: list) -> list:
    """The pairs as the aside reads them: the act of the verb right before the subject has
    the subject as its source; an act inside the aside takes no side named after it, one
    outside it none named only inside it."""
    if not pairs or h.form.inverse:
        return pairs
    return _aside_sides(doc, st, h, pairs)


def _aside_sides(doc, st, h, pairs: list) -> list:
    """aside_sides past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    for a, k, close in asides(doc, st):  # loops, not comprehensions: no closure cells
        inside = k < h.i < close
        kept = []
        for p, d in pairs:
            for x in p:
                # "التي استقبلت ..." : the aside's act stops at its comma; "اتهم الوزير، الذي يزور
                # لبنان، إيران": Lebanon is where he is
                if _after_only(st, x, close) if inside else _inside_only(st, x, k, close):
                    break
            else:
                kept.append((p, d))
        pairs = kept
        if not inside and h.verbal and h.j <= a.i <= h.j + VERB_GAP:  # "وتحذر الأردن، ...، من": the subject acts
            pairs = _subject_acts(st, a, close, pairs)
    return pairs


def _subject_acts(st, a, close: int, pairs: list) -> list:
    """The pairs turned round whose target is the aside's subject ``a`` and whose source is
    named only after the aside (apart: its lambda's cells made only when needed)."""
    return turned_round(pairs, lambda s, t: t == a.actor and _after_only(st, s, close))

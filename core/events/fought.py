"""What an act of backing is for: in "دعمت X Y في مكافحة Z" and "يدعمانها في مواجهة Z",
Z is what the backing fights, never what is backed; a side named only after a word of
fighting (event_cues.tsv kind combat) that follows the trigger is no target of support,
aid or cooperation.
"""
from __future__ import annotations

FRIENDLY = frozenset({"SUPPORT", "AID", "COOPERATE"})
FIGHT_REACH = 8  # words from the trigger to the word of fighting ("يدعمانها في مكافحة تنظيم")
FOUGHT_REACH = 2  # words from the word of fighting to the side fought ("مكافحة تنظيم داعش")


def _fought(doc, st, h, a) -> bool:
    """The mention stands right after a word of fighting that follows the trigger."""
    lo = max(h.j, a.i - FOUGHT_REACH)
    return a.i - h.j <= FIGHT_REACH and any("combat" in doc.trig.cue_kinds(doc.norms[k]) for k in range(lo, a.i))


def no_fought_targets(doc, st, h, pairs: list) -> list:
    """The pairs of a friendly act less those whose target the sentence names only as
    what the act fights."""
    fought, other = set(), set()
    for a in st.actors:
        (fought if a.i >= h.j and _fought(doc, st, h, a) else other).add(a.actor)
    fought -= other
    if not fought:
        return pairs
    return [(p, d) for p, d in pairs if not d or len(p) != 2 or p[1] not in fought]

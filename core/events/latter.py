""""الأخيرة" / "الأخير" (the latter): an actor taken up again without its name.

News Arabic names two sides and then goes on with "the latter" instead of repeating the
second: "خلاف الرياض مع قطر، بسبب دعم الأخيرة لجماعة الإخوان"، "وكانت الأخيرة قد
رفضت". An event whose side is written so has no actor unless the word stands for the
actor named last before it.

The same word is far more often an adjective (last, latest): "الفترة الأخيرة"،
"تصريحاته الأخيرة"، "خلال السنوات الأخيرة"، "قبل الأخير". It is read as "the latter"
only where it cannot describe the word before it: that word is not definite, carries
no attached pronoun, is no number, no name and none of the words after which it means
"last" (LAST_AFTER); and an actor must have been named within LATTER_REACH words.
"""
from __future__ import annotations

import bisect

from core.text import Token
from core.events.actors import _ActorMention

LATTER_WORDS = frozenset({"الاخيره", "الاخير", "للاخيره", "للاخير", "والاخيره", "والاخير", "فالاخيره", "فالاخير",
                          "بالاخيره", "بالاخير"})  # normalised (ة → ه)
LAST_AFTER = frozenset({"قبل", "هو", "هي", "وهو", "وهي"})  # "قبل الأخير" (last but one), "هو الأخير" (is the last)
LATTER_REACH = 40  # words back to the actor "the latter" takes up
PRONOUN_ENDINGS = ("ه", "ها", "هم", "هما", "هن", "ي", "نا", "كم")


def _describes(prev: str, prev_in_name: bool) -> bool:
    """Whether "الأخيرة" after the word ``prev`` is an adjective of it (last, latest)."""
    return (not prev or prev_in_name or prev in LAST_AFTER or prev.startswith(("ال", "لل", "وال", "بال", "فال"))
            or prev.endswith(PRONOUN_ENDINGS) or prev.endswith("ا") and prev not in ("ما", "لدى", "لدي")
            or any(c.isdigit() for c in prev))


def latter_mentions(actors: list[_ActorMention], toks: list[Token], norms: list[str],
                    in_entity: set[int]) -> list[_ActorMention]:
    """The actor mentions with one for each "الأخيرة/الأخير" that stands for the actor
    named last before it (sorted by token, as the mentions are)."""
    if not actors or LATTER_WORDS.isdisjoint(norms):
        return actors  # most articles: no "the latter" at all
    found = [k for k, w in enumerate(norms) if w in LATTER_WORDS and k not in in_entity]
    if not found or not actors:
        return actors
    starts = [a.i for a in actors]
    added = []
    for k in found:
        prev = norms[k - 1] if k > 0 else ""
        if _describes(prev, k - 1 in in_entity):
            continue
        b = bisect.bisect_left(starts, k) - 1
        if b < 0 or k - actors[b].j > LATTER_REACH:
            continue
        ref = actors[b]
        t = toks[k]
        added.append(_ActorMention(ref.actor, k, k + 1, t.start, t.end, kind=ref.kind))
    if not added:
        return actors
    return sorted(actors + added, key=lambda a: a.i)

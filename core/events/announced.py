"""The actor named right before an announced or decided attack noun, for
core.events.violence.announcer, read with loops: a generator, a comprehension or a lambda
there made the names it read closure cells, made and freed at every call of the rule,
which is asked of many triggers and ends at its first test for most."""
from __future__ import annotations


def named_before(h, actors: list, ti: int, gap: int):
    """(the last actor of the sentence from token ``ti`` on that ends at most ``gap`` words
    before the trigger, not a pair's; its first mention, at most one word before it), or
    None for no such actor."""
    a = None
    for b in actors:
        if ti <= b.i and b.j <= h.i and h.i - b.j <= gap and not b.kind.startswith("PAIR"):
            a = b
    if a is None:
        return None
    first = None
    for b in actors:  # the first of the least start, as min() kept
        if b.actor == a.actor and b.j <= h.i and b.i >= ti and a.i - b.j <= 1 and (first is None or b.i < first.i):
            first = b
    return a, (first if first is not None else a)

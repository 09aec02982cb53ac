"""The lists of actors the word-order rules (core.events.roles) read around a trigger,
written as loops: a comprehension or generator that reads a name of the rule around it
makes that name a closure cell, made and freed at every call of the rule, even one that
ends at its first test, and the rules are asked of every trigger.
"""
from __future__ import annotations

from core.events.actors import _group_forward, _uniq, prepositional


def positions(seq: list, hi: int, hj: int, reach: int) -> tuple[list[int], list[int], list[int]]:
    """The indexes in ``seq`` of the actors (before, after within ``reach`` words, inside)
    a trigger at tokens [hi, hj)."""
    before, after, inside = [], [], []
    for k, a in enumerate(seq):
        if a.j <= hi:
            before.append(k)
        if a.i >= hj and a.i - hj <= reach:
            after.append(k)
        if hi < a.i < hj:
            inside.append(k)
    return before, after, inside


def near_envoy(seq: list, ks: list[int], at: int) -> list[int]:
    """The indexes ``ks`` of the actors that start at most three words after the envoy at ``at``."""
    out = []
    for x in ks:
        if 0 < seq[x].i - at <= 3:
            out.append(x)
    return out


def inside_before(seq: list, ks: list[int], at: int, taken: list[str]) -> list[int]:
    """The indexes ``ks`` of the actors before the envoy at ``at``, none of ``taken``."""
    out = []
    for x in ks:
        if seq[x].i < at and seq[x].actor not in taken:
            out.append(x)
    return out


def not_in_group(seq: list, ks: list[int], group: list) -> list[int]:
    """The indexes ``ks`` of the actors that are not of ``group``."""
    out = []
    for x in ks:
        if seq[x] not in group:
            out.append(x)
    return out


def other_ids(ids: list[str], taken: list[str]) -> list[str]:
    """The ids of ``ids`` not among ``taken``, in order."""
    out = []
    for x in ids:
        if x not in taken:
            out.append(x)
    return out


def earlier_subjects(s_actors: list, hi: int, toks, nt) -> list:
    """The actors named before token ``hi`` without a preposition (subjects and speakers
    never carry one: "لسكاي نيوز عربية")."""
    out = []
    for a in s_actors:
        if a.j <= hi and not prepositional(a, toks, nt):
            out.append(a)
    return out


def agents_after(seq: list, hj: int, toks) -> list[str]:
    """The ids of the actors after token ``hj`` that "من" or "قبل" introduces."""
    out = []
    for a in seq:
        if a.i > hj and toks[a.i - 1].norm in ("من", "قبل"):
            out.append(a.actor)
    return out


def all_pairs(group: list[str], directed: bool) -> list:
    """Every pair of ``group`` in order, as [(actors, directed)]."""
    out = []
    for x, a in enumerate(group):
        for b in group[x + 1:]:
            out.append(([a, b], directed))
    return out


def denied_claim(h, s_actors: list, toks, nt, prev: tuple[list[str], list[str]] | None):
    """"اتهمت بيرو تشيلي بالتجسس، الأمر الذي نفته سانتياغو": a rejection tied by a relative
    and its returning pronoun to what the sentence said before (speech_acts.claim_link, the
    caller's test) rejects the claim of that clause's subject (the source of the sentence's
    last event, else its first actor); the actor after the verb rejects."""
    after = []
    for k, a in enumerate(s_actors):
        if h.j <= a.i <= h.j + 3:
            after.append(k)
    if not after:
        return None
    if after[1:] and s_actors[after[1]].adjective and s_actors[after[1]].i == s_actors[after[0]].j:
        after = after[1:]  # "السلطات السعودية": the adjective, not the state "السلطات" was taken for
    src = _uniq([g.actor for g in _group_forward(s_actors, after[0], toks, nt)])
    claimants = (prev[0] if prev else []) + [a.actor for a in earlier_subjects(s_actors, h.i, toks, nt)]
    tgt = other_ids(claimants, src)[:1]
    return (src, tgt, []) if tgt else None


"""Unnamed members of a named side: "قناصة في الجيش الإسرائيلي"، "مسلحين من حركة حماس".

Words such as "قناصة" or "مسلحين" name an UNNAMED actor (core.events.unnamed). When
"في" or "من" ties them at once to an army, a security body or an armed group, the text
has named their side: the snipers of the Israeli army act for Israel, gunmen of Hamas
for Hamas. Their mention then stands for that side, as an official's title stands for
his state. A country or a place after "من"/"في" says where they come from or are, not
whose they are ("مسلحين من سوريا"، "ناشطين في القاهرة"): those stay unnamed.
"""
from __future__ import annotations

from dataclasses import replace

from core.events.roles import NAME_HEADS

LINKS = frozenset({"في", "من"})  # normalised
# the kinds of mention whose members act for it (core.events.actors: type or STATE>, then the entity's kind)
SIDES = ("STATE>:military", "STATE>:security", "ORG:armed_group", "ORG:military", "ORG:security")


def members_of_sides(actors: list, norms: list[str]) -> list:
    """The actor mentions with each unnamed one that "في"/"من" ties to the army, security
    body or armed group right after it read as a mention of that side."""
    out = list(actors)
    for k, a in enumerate(actors[:-1]):
        if not a.kind.startswith("UNNAMED"):
            continue
        b = actors[k + 1]
        # "من حركة حماس": the head of the name may stand outside its mention
        named_at = a.j + 1 if b.i == a.j + 2 and norms[a.j + 1] in NAME_HEADS else a.j + 1 if b.i == a.j + 1 else None
        if named_at is not None and norms[a.j] in LINKS and b.kind.startswith(SIDES):
            out[k] = replace(a, actor=b.actor, kind=b.kind)
    return out

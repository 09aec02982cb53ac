"""Protests told without a named target ("موجة من الاحتجاجات المناهضة للحكومة"، "تظاهر
المحتجون في طهران").

The protesters are the UNNAMED side the words imply (core.events.unnamed: the protest
nouns themselves name them when no one else is said to protest). When the sentence names
no state or body but the one country the protest is held in, the other side is that
country: ACLED and PLOVER code a protest with no stated target as one against the
government of the place. A second named actor leaves the reading to the ordinary rules.
"""
from __future__ import annotations

from core.model import Entity

PROTESTERS = "unnamed-protesters"


def protest_pair(h, norms: list[str], s_actors: list, entities: list[Entity], start: int, end: int) -> list[str] | None:
    """[protesters, country] for a protest trigger that made no event, or None: one
    unnamed protesters side in the sentence, and the sentence naming no country but theirs
    and no other actor (an unnamed side placed by the article alone keeps its country).
    Some "of the protesters" ("مقتل 250 من المحتجين") are whom something befell: the
    protest is told elsewhere, if at all."""
    if h.i > 0 and norms[h.i - 1] == "من" and norms[h.i].endswith(("ين", "ون")):
        return None  # persons, not "موجة من الاحتجاجات"
    sides = {a.actor for a in s_actors if a.actor.startswith(PROTESTERS)}
    if len(sides) != 1:
        return None
    (side,) = sides
    iso = side[len(PROTESTERS) + 1:].upper()
    if not iso:
        return None
    named = {e.id if e.type == "COUNTRY" else e.country for e in entities
             if e.type in ("COUNTRY", "PLACE") and any(start <= m.start < end for m in e.mentions)}
    if named - {iso, None}:
        return None  # another country named: whose protest against whom is the rules' reading
    places = {e.id for e in entities if e.type == "PLACE" and e.country == iso}
    if any(a.actor not in places | {iso} and not a.actor.startswith("unnamed-") for a in s_actors):
        return None
    return [side, iso]

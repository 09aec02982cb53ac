"""The state that made a weapon is no side of what is done with it: in "أطلق المتمردون
صواريخ إيرانية الصنع على المدينة" Iran fires nothing, and in "قصف الجيش المواقع بمدافع
روسية الصنع" Russia shells no one. A nationality adjective right before a word of making
("الصنع"، construction_cues.tsv kind made) or right after it ("من صنع روسي") names the
maker; a state named another way in the sentence as well stays a side.
"""
from __future__ import annotations

from core.events import constructions
from core.events.named_only import named_only, without_sides
from core.events.sentence_sides import unsided

MADE = "made"  # construction_cues.tsv kind: "الصنع"، "صنع"
# the acts done with a weapon, whose maker takes no part (attacks, fights, threats, shows of force)
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE"})


def _maker(norms: list[str], a) -> bool:
    """Nationality adjective ``a`` stands right before a word of making ("إيرانية الصنع")
    or right after one ("من صنع إيراني")."""
    if not a.adjective:
        return False
    words = constructions.written(MADE)
    return a.j < len(norms) and norms[a.j] in words or a.i > 0 and norms[a.i - 1] in words


def _maker_sides(doc, st) -> set[str]:
    """The actors the sentence names only as a weapon's maker (read once per sentence:
    core.events.sentence_sides)."""
    return named_only(st.actors, lambda a: _maker(doc.norms, a))


def no_makers(doc, st, h, pairs: list) -> list:
    """The pairs of an act done with force none of whose sides the sentence names only as
    a weapon's maker. A purchase or a deal is done with the maker ("اشترت تركيا منظومة
    صواريخ روسية الصنع": Turkey and Russia), so its pairs stay."""
    if not pairs or h.form.type not in FORCE_TYPES:
        return pairs
    return without_sides(pairs, unsided(doc, st, _maker_sides))

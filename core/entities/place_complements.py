"""Words after a place head that name people, not a place: "سجن المدافعين عن الحقوق"
is the imprisoning of the defenders (سجن as a verbal noun), "مخيم المحتجين" the
protesters' camp, no place named so. A place's name is a place, a person or a thing
("سجن إيفين"، "ساحة التحرير"), not a sound plural of people."""
from __future__ import annotations

from core.entities.heads import _definite_number
from core.entities.org_complements import pronoun_complement

# How often news must write a plural's other case (-ون for -ين) for it to read as one.
OTHER_CASE_MIN = 3


def people_plural(ctx, w: str) -> bool:
    """A definite masculine sound plural of people: a nisba plural ("الصحافيين"), a
    participle's ("المحكومين"، "المثقفون") or one whose other case news writes
    ("المدافعين" beside "المدافعون"); not a number ("السبعين")."""
    if len(w) < 7 or not w.startswith("ال") or not w.endswith(("ين", "ون")) or _definite_number(ctx, w):
        return False
    other = w[:-2] + ("ون" if w.endswith("ين") else "ين")
    return w.endswith(("يين", "يون")) or w.startswith("الم") or ctx.counts.get(other, 0) >= OTHER_CASE_MIN


def no_place_name(ctx, k: int, j: int) -> bool:
    """The word at k, right after the head or later, names no place: a plural of people
    right after the head, or a word with a pronoun ("سجن زملائهم")."""
    return k == j and people_plural(ctx, ctx.norms[k]) or pronoun_complement(ctx, k)

"""Words after a place head that name no place: "سجن المدافعين عن الحقوق" is the
imprisoning of the defenders (سجن as a verbal noun), not a prison named for them as
"سجن إيفين" is named for its place; a word with a pronoun ("سجن زملائهم") refers back
to what the text named before."""
from __future__ import annotations

from core.entities.heads import _definite_number
from core.entities.org_complements import pronoun_complement

# How often news must write a plural's other case (-ون for -ين) for it to read as one.
OTHER_CASE_MIN = 3
# How often news may write the rest of a word in و for the و to be a letter of a name.
NO_WORD_MAX = 2


def people_plural(ctx, w: str) -> bool:
    """A definite masculine sound plural of people: a nisba plural ("الصحافيين"), a
    participle's ("المحكومين"، "المثقفون") or one whose other case news writes
    ("المدافعين" beside "المدافعون"); not a number ("السبعين")."""
    if len(w) < 7 or not w.startswith("ال") or not w.endswith(("ين", "ون")) or _definite_number(ctx, w):
        return False
    other = w[:-2] + ("ون" if w.endswith("ين") else "ين")
    return w.endswith(("يين", "يون")) or w.startswith("الم") or ctx.counts.get(other, 0) >= OTHER_CASE_MIN


# Heads that are also a verbal noun whose object is a person: "سجن" is a prison and
# imprisoning. Other facilities may be named for people ("ميناء الصيادين", the fishermen's port).
_VERBAL_NOUN_KINDS = frozenset(("prison",))


def no_place_name(ctx, k: int, j: int, kind: str) -> bool:
    """The word at k, right after the head or later, names no place: a plural of people
    right after a head that is also a verbal noun ("سجن المدافعين"), or a word with a
    pronoun ("سجن زملائهم")."""
    return k == j and kind in _VERBAL_NOUN_KINDS and people_plural(ctx, ctx.norms[k]) or pronoun_complement(ctx, k)


def foreign_conjunction_name(ctx, w: str) -> bool:
    """A name in و right after a place head whose rest is no word news writes ("ملعب
    ويمبلي"، "مقاطعة ويلتشاير": no و + "يمبلي"): the و is the name's own letter, not a
    conjunction ("ميناء وتقع"، "مستشفى وهو"). Asked of the name's first word only: a
    later word in و joins another place ("جبل حمالة والهشمة")."""
    rest = w[1:]
    return w[:1] == "و" and len(w) > 4 and not ctx.stop(rest) and ctx.counts.get(rest, 0) <= NO_WORD_MAX \
        and not rest.isdigit() and not ctx.verb_like(rest) and not _inflected_word(ctx, rest)


# a pronoun or a dual ending on a noun ("وملحقاته"، "ومكتبته"، "وعيادتين"، "ومبنيان"), longest first
_NOUN_ENDINGS = ("هما", "هم", "ها", "ه", "ين", "ان")


def _inflected_word(ctx, rest: str) -> bool:
    """A word news writes, with a pronoun or a dual ending on it: its form alone is rare
    ("مكتبته"), its stem is not ("مكتبة": a ت before the ending is the stem's ة; a plural's
    ات is read off too, "ملحقاته": "ملحق")."""
    for end in _NOUN_ENDINGS:
        if rest.endswith(end) and len(rest) - len(end) >= 2:
            stem = rest[:-len(end)]
            stems = (stem, stem[:-1] + "ه", stem[:-2]) if stem.endswith("ت") else (stem,)
            if any(ctx.counts.get(x, 0) > NO_WORD_MAX for x in stems if len(x) >= 2):
                return True
    return False

"""A nationality noun right before a private person's name: "اختفاء الصيني X".

A definite nationality adjective that describes no noun before it (the word before is
neither definite nor made definite by a pronoun: "اختفاء الصيني"، "محاكمة الألمانية") stands
as a noun, the person whose name follows it ("الصيني X": the Chinese X). When that person
holds no office of that state (none, or another body's: "الصيني X رئيس المنظمة الدولية")
the adjective is where he comes from, no state that acts or is acted on (SCHEMA.md: a private person's nationality names
no state). A head before it keeps the state ("الرئيس الصيني X"، "وزير الخارجية الفرنسي X"،
"ونظيره الأمريكي X": an office); so does a plural ("الفلسطينيين X": a list of people).
"""
from __future__ import annotations

import bisect

from core.events.nationality_nouns import PLURALS, _definite, _describes

NAME_GAP = 1  # words between the noun and the name the tagger found ("الصيني لي X": a first name left out)


def before_private_name(doc, a) -> bool:
    """Whether adjective mention ``a`` is a nationality noun right before a private person's name."""
    norms = doc.norms
    if a.i == 0:
        return False
    word = _definite(norms[a.i])
    if not word or word.endswith(PLURALS) or _describes(norms[a.i - 1]):
        return False
    starts, limit = doc.tok_starts, a.j + NAME_GAP
    end = starts[limit + 1] if limit + 1 < len(starts) else len(doc.nt.original)
    if a.j >= len(starts):
        return False
    # a person named from the word after the noun (or one later), who does not act for its
    # state (loops, not generators: their names would be cells of every call)
    first = starts[a.j]
    for e in doc.entities:
        if e.type == "PERSON" and e.actor != a.actor:
            for m in e.mentions:
                if first <= m.start < end and bisect.bisect_left(starts, m.start) <= limit:
                    return True
    return False

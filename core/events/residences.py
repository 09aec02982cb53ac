"""Where a person lives is no side of what is done to him or said of him: "تتهم X الداعية
Y المقيم في ألمانيا بالوقوف وراء ..." accuses the preacher, not Germany.

News names an exile, a preacher or a former agent by where he lives ("المقيم في
الولايات المتحدة"، "المعارض المنفي في لندن"، "المقيمة ببريطانيا"); the role model, seeing
a state after the person, often makes it the target or the source of the act. A side
named in the sentence only right after such a word (and "في", or a ب on the name) is
none of its acts; named another way as well, it stays one (core.events.named_only). The
words are data (data/lexicons/reading_cues.tsv, kind residence): participles and nouns,
not the verb "يقيم", which also sets up ("يقيم علاقات").
"""
from __future__ import annotations

from core.events.named_only import without_named_only
from core.events.reading_cues import cue_kind

IN = "في"
RESIDENCE = "residence"


def _resident_at(norms: list[str], a) -> bool:
    """Whether the mention ``a`` follows a word of residence and "في" ("المقيم في X"), or
    the word alone with a ب on the name ("المقيم ببريطانيا")."""
    k = a.i - 1
    if k >= 1 and norms[k] == IN:
        return cue_kind(norms[k - 1]) == RESIDENCE
    return k >= 0 and norms[a.i][:1] == "ب" and cue_kind(norms[k]) == RESIDENCE


def no_residences(doc, st, pairs: list) -> list:
    """The pairs less those with a side the sentence names only as where a person lives."""
    return without_named_only(pairs, st.actors, lambda a: not a.adjective and _resident_at(doc.norms, a))

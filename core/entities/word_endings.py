"""The attached pronouns and the plural endings the entity rules cut or test, read from
``data/lexicons/word_endings.tsv`` (the language knowledge lives in the tables). They are
read once, when the module is imported, so a rule pays nothing per call for them."""
from __future__ import annotations

from core.entities.tables import _read_column

_ROWS = _read_column("word_endings.tsv", "ending", "kind")
# Attached pronouns, longest first: "هما" is cut before "ه".
PRONOUN_SUFFIXES: tuple[str, ...] = tuple(sorted((e for e, k in _ROWS if k == "pronoun"), key=len, reverse=True))
# Endings of sound plurals and duals ("المعلمون"، "الطرفين"، "الطرفان").
PLURAL_ENDINGS: tuple[str, ...] = tuple(e for e, k in _ROWS if k == "plural")


def pronoun_suffix(w: str) -> str:
    """The attached pronoun ``w`` ends on, if any ("" when none): the longest that fits."""
    return next((s for s in PRONOUN_SUFFIXES if w.endswith(s)), "")


def pronoun_cut(w: str) -> list[str]:
    """The word without an attached pronoun, when one may be there: "بكعبه" → بكعب,
    "صلاتها" → صلاة (written صلاه), "استغرابه" → استغراب."""
    if w.endswith("يه"):
        return []  # a nisba ("الفرنسيه") or a foreign name ("بوليه"), not a pronoun
    suf = pronoun_suffix(w)
    if suf and len(w) - len(suf) >= 3:
        bare = w[:-len(suf)]
        return [bare, bare[:-1] + "ه"] if bare.endswith("ت") else [bare]
    return []

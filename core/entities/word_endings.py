"""The attached pronouns and the plural endings the entity rules cut or test, in one
place: the one-word people's test and the second reading cut the same pronouns."""
from __future__ import annotations

# Attached pronouns, longest first (normalised: ة is written ه): "هما" is cut before "ه".
PRONOUN_SUFFIXES = ("هما", "كما", "ها", "هم", "هن", "كم", "ه")
# Endings of sound plurals and duals ("المعلمون"، "الطرفين"، "الطرفان").
PLURAL_ENDINGS = ("ون", "ين", "ان")


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

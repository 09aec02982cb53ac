"""A prison head that is the verbal noun of a sentence, not a place.

"قضت محكمة مصرية بسجن صحفيي صحيفة X ثلاث سنوات": "بسجن" is "by imprisoning", and the
words after it are whom the court sentences, not a prison's name. The place rule read the
head of place_heads.tsv (kind prison) and the two words after it as a prison ("سجن صحفيي"),
which took the persons out of the sentence. This reads one construction: the head written
with its ب ("بسجن") within SENTENCE_REACH words after a verb of ruling or ordering
(SENTENCING); "في سجن إيفين" and "بسجن إيفين" after no such verb stay prisons.
"""
from __future__ import annotations

PRISON = "prison"  # place_heads.tsv kind
SENTENCING = frozenset({"قضت", "قضي", "يقضي", "تقضي", "حكمت", "حكم", "يحكم", "تحكم", "امرت", "امر", "يامر", "تامر"})
SENTENCE_REACH = 5  # words between the verb and "بسجن" ("قضت محكمة الجنايات في القاهرة بسجن")


def sentencing_noun(norms: list[str], i: int, kind: str) -> bool:
    """Whether the prison head at token ``i`` is "بسجن" after a verb of ruling or ordering."""
    if kind != PRISON or not norms[i].startswith("ب"):
        return False
    return any(norms[m].removeprefix("و").removeprefix("ف") in SENTENCING for m in range(max(i - SENTENCE_REACH, 0), i))

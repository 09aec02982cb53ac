"""A prison head that is the verbal noun of a sentence, not a place.

"قضت محكمة مصرية بسجن صحفيي صحيفة X ثلاث سنوات": "بسجن" is "by imprisoning", and the
words after it are whom the court sentences, not a prison's name. The place rule read the
head of place_heads.tsv (kind prison) and the two words after it as a prison ("سجن صحفيي"),
which took the persons out of the sentence. This reads one construction: the head written
with its ب ("بسجن") within SENTENCE_REACH words after a verb of ruling or ordering
(sentencing_cues.tsv, kind ruling). "في سجن إيفين" stays a prison, and so does "بسجن إيفين"
after the same verb in the sense of serving, with the sentence served between them (kind
served: "تقضي عقوبتها بسجن إيفين"), unless a person or a noun of people follows "بسجن" (kind
people, a title of titles.tsv, a given name, a count).
"""
from __future__ import annotations


from core import prepared
from core.lexicon import read_table

PRISON = "prison"  # place_heads.tsv kind
SENTENCE_REACH = 5  # words between the verb and "بسجن" ("قضت محكمة الجنايات في القاهرة بسجن")


@prepared.table()  # imaged: first asked after the warm-up article
def _cues() -> dict[str, frozenset[str]]:
    got: dict[str, set[str]] = {}
    for _, r in read_table("sentencing_cues.tsv"):
        got.setdefault(r["kind"], set()).add(r["cue"])
    return {k: frozenset(v) for k, v in got.items()}


def sentencing_noun(norms: list[str], i: int, kind: str, lex) -> bool:
    """Whether the prison head at token ``i`` is "بسجن" after a verb of ruling or ordering,
    with whom it sentences after it."""
    if kind != PRISON or not norms[i].startswith("ب") or i + 1 >= len(norms):
        return False
    cues = _cues()
    verb = next((m for m in range(i - 1, max(i - SENTENCE_REACH, 0) - 1, -1)
                 if norms[m].removeprefix("و").removeprefix("ف") in cues["ruling"]), None)
    if verb is None:
        return False
    after = norms[i + 1]
    if after in cues["people"] or after in lex.title_index or after in lex.given_names or after.isdigit():
        return True
    return not any(norms[m] in cues["served"] for m in range(verb + 1, i))  # "تقضي عقوبتها بسجن X": a prison

"""What counts as one word in a trigger phrase's gap: a name of several words, a date of
several words (``core.events.triggers`` lets up to MAX_GAP words stand between a phrase's
verb and its object, VSO news writing the subject there, as long as its name and title).

Apart from the scan itself so that the scan's module stays within its size; the
functions read only token positions and words.
"""
from __future__ import annotations

from core.times.words import month_words

MAX_GAP = 6  # words a phrase's gap may hold (a name or a date of several words counting one)


def name_ends(spans) -> dict[int, int]:
    """First token → token after, of the entity mentions (``(entity, mention, i, j)``) of
    more than one word: each is one word in a trigger phrase's gap."""
    return {i: j for _, _, i, j in spans if j - i > 1}


def _gap_end(k: int, n: int, names: dict[int, int] | None) -> int:
    """The last token a word after a gap opening at token k may stand at: MAX_GAP words
    on, a name counting as one word ("فرض وزير الخزانة الأمريكي ستيفن منوتشين عقوبات":
    a verb's subject is as long as its name and title, VSO news writes it in between)."""
    if not names:  # one word a step: MAX_GAP steps, or the text's end
        return min(k + MAX_GAP, n - 1)
    m, get = k, names.get  # asked some twenty times an article: the look-up bound once, not tested each step
    for _ in range(MAX_GAP):
        if m >= n:
            break
        m = get(m, m + 1)
    return min(m, n - 1)


def date_ends(norms: list[str]) -> dict[int, int]:
    """First token → token after, of the dates of several words ("20 كانون الثاني/يناير
    2018"): each is one word in a trigger phrase's gap, as a name is (news writes the date
    between a verb with its subject and the object: "وتشن تركيا منذ 20 كانون الثاني/يناير
    هجوما")."""
    words, alone = month_words()
    out: dict[int, int] = {}
    # the date words' positions first (a digit or a month word: a few per article), their
    # runs then read; one comprehension is a quarter faster than three maps in C (the
    # month set's test and the or_ of two bools were calls for every word)
    isdigit = str.isdigit
    dated = [k for k, w in enumerate(norms) if w in words or isdigit(w)]
    end = -1  # the token after the run being read
    for k in dated:
        if k < end:
            continue
        m = k + 1
        while m < len(norms) and (norms[m].isdigit() or norms[m] in words):
            m += 1
        end = m
        if m - k > 1 and any(w.isdigit() or w in alone for w in norms[k:m]):
            out[k] = m
    return out

"""The Viterbi search of the CRF tagger over one run of words, with a beam.

Plain Python: a run is a few words and 7 labels, where numpy's cost per call exceeds
the arithmetic. Each word's candidate labels come as a bit mask (the labels within the
beam of its best one); the candidate tuple and the transition weights into each label
from a candidate set are kept per mask, in lists made with the model (2^labels entries,
128 for 7 labels: indexing a list is the interpreter's quickest look-up), so a step is
one C-level ``max(map(...))`` per label. The forward pass keeps only the scores; the
traceback repeats the one comparison of the label it follows at each step, which
gives the same choice as storing every back-pointer at a fraction of the cost.
"""
from __future__ import annotations

from operator import add
from typing import Callable, Sequence

# Up to this many labels the tables are lists over every mask (2^labels entries, made with
# the model); a model of more labels makes them per mask when first asked for.
MAX_LISTED_LABELS = 10


class _ByMask(dict):
    """Values made from a label mask when first asked for (a model of many labels)."""

    def __init__(self, make: Callable[[int], object]):
        super().__init__()
        self.make = make

    def __missing__(self, mask: int):
        self[mask] = value = self.make(mask)
        return value


class Transitions:
    """A model's label transition weights (``trans[a][b]``: the weight of a → b), with
    the label O that stands outside every searched run.

    ``candidates[mask]``: the labels of ``mask`` in label order, and O last when the
    mask leaves it out (a word may always be outside a name). ``into[mask][y]``: the
    weights a → y for a in ``candidates[mask]``, in that order."""

    def __init__(self, trans: list[list[float]], o: int):
        self.trans = trans
        self.o = o
        self.labels = range(len(trans))
        if len(trans) <= MAX_LISTED_LABELS:
            masks = range(1 << len(trans))
            self.candidates = [self._candidates(m) for m in masks]
            self.into = [self._into(m) for m in masks]
        else:
            self.candidates = _ByMask(self._candidates)
            self.into = _ByMask(self._into)

    def _candidates(self, mask: int) -> tuple[int, ...]:
        c = [y for y in self.labels if mask >> y & 1]
        if not mask >> self.o & 1:
            c.append(self.o)
        return tuple(c)

    def _into(self, mask: int) -> list[tuple[float, ...]]:
        prev = self.candidates[mask]
        return [tuple(self.trans[a][y] for a in prev) for y in self.labels]


def viterbi(emissions: Sequence[Sequence[float]], masks: Sequence[int], tr: Transitions,
            after_o: bool, before_o: bool) -> list[int]:
    """Best label indexes of a run, given O just before it (``after_o``) and just after
    it (``before_o``). Each position only considers its candidate labels
    (``tr.candidates[masks[i]]``: the labels whose emission is within the beam of its
    best one, and O): a label that far behind never wins in news text, and the search
    shrinks from 49 label pairs a word to a few. Of equal scores the first candidate
    wins, at every step and at the end."""
    o = tr.o
    cands, into = tr.candidates, tr.into
    first = emissions[0]
    prev = cands[masks[0]]
    # loops, not comprehensions, here: the names they read would be cells made at every call
    if after_o:
        from_o = tr.trans[o]
        score = list(map(add, map(first.__getitem__, prev), map(from_o.__getitem__, prev)))
    else:
        score = list(map(first.__getitem__, prev))
    steps = []  # (scores before the step, the candidates they belong to, weights into each label)
    before = masks[0]
    for i in range(1, len(masks)):  # no slices of the run made
        ei, mask = emissions[i], masks[i]
        cols = into[before]
        cur = cands[mask]
        steps.append((score, prev, cols))
        if len(cur) == 1:  # one candidate (a quarter of the words): no comprehension run
            y = cur[0]
            score = [(score[0] + cols[y][0] if len(score) == 1 else max(map(add, score, cols[y]))) + ei[y]]
        elif len(score) == 1:  # one way in: no choice to make
            s = score[0]
            score = []
            for y in cur:
                score.append(s + cols[y][0] + ei[y])
        else:
            last, score = score, []
            for y in cur:
                score.append(max(map(add, last, cols[y])) + ei[y])
        prev, before = cur, mask
    if before_o:
        t = tr.trans
        last, score = score, []
        for v, y in zip(last, prev):
            score.append(v + t[y][o])
    y = prev[score.index(max(score))]
    path = [y]
    for score, prev, cols in reversed(steps):  # the step into y, taken again
        if len(prev) == 1:  # one way in (a word with one candidate): nothing to compare
            y = prev[0]
        else:
            vals = list(map(add, score, cols[y]))
            y = prev[vals.index(max(vals))]
        path.append(y)
    path.reverse()
    return path

"""The tokens of one text as the time grammar sees them.

A pattern asks the view about token ``i``: its word, the text between it and the next
token, the lexicon readings that start there (looked up once per token and cached), a
digit token's number, the sentence it belongs to. Every question about a position
outside the text answers "nothing" (an empty word, no reading, no gap), so patterns
may look around a token without checking bounds first.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import itemgetter

from core.crf_features import word_counts
from core.text import NormText, Token, WordCache, char_offsets, dediac, future_imperfect, token_norms
from core.times.words import NO_PLAN, TimeWords, time_words

_WORD = re.compile(r"[^\W_]+(?:['’_][^\W_]+)*")
# a number with the proclitics it may carry and a suffix م (AD) or ه (AH)
_DIGITS = re.compile(r"((?:[وف]?في)?(?:[وفبل]{0,2}ال)?[وفبل]{0,2})(\d{1,4})([مه]?)")
_UNDERSCORE = re.compile("_")
_WORD_OF, _END = itemgetter(0), itemgetter(2)  # of a token tuple
_BREAK_CHARS = ".!?؟\n"  # the characters that end a sentence for the time grammar (see _break_offsets)
# punctuation that glues two numbers into one (thousands, decimals, clock times)
_NUMBER_GLUE_BEFORE = (",", ".", ":", "٫", "٬", "،")
_NUMBER_GLUE_AFTER = (",", ".", ":", "٫", "٬")
_VERB_SUFFIXES = ("ان", "ون", "وا")  # dual and plural endings of an imperfect verb
_FUTURE_REACH = 4  # a future verb this many words before a date makes it future
_CUE_REACH = 7  # a future cue (من المقرر) this many words before
_FUTURE_STEM_COUNT = 20  # news count from which a س-less imperfect is a verb (word_stats.tsv)
_FUTURE_STEM_LETTERS = 3  # letters of that imperfect, at least (سيد leaves يد, a hand)


def join_underscores(norm: str, toks: list) -> list:
    """The time grammar's tokens from the text layer's: the grammar reads words joined by
    one underscore as one (a hashtag's parts, "2023_01_17"), the text layer as several.
    Two neighbouring tokens merge when exactly one "_" lies between them, which is all
    that tells the two tokenisations apart (a test checks it on random texts); cheaper
    than tokenising the whole text a second time. ``toks`` itself is left as it is."""
    joins = []
    for m in _UNDERSCORE.finditer(norm):
        k = bisect_left(toks, m.start(), key=_END)  # the token that ends at this underscore, if any
        if k + 1 < len(toks) and toks[k][2] == m.start() and toks[k + 1][1] == m.end():
            joins.append(k)
    if not joins:
        return toks
    out = list(toks)
    for k in reversed(joins):  # right to left, so a chain a_b_c folds into its first token
        start, end = out[k][1], out[k + 1][2]
        out[k] = (norm[start:end], start, end)
        del out[k + 1]
    return out


def read_digits(w: str):
    """(number, n_digits, clitic chars, suffix) of a written number, else None."""
    if not (w[-1].isdigit() or w[-1] in "مه"):
        return None
    m = _DIGITS.fullmatch(w)
    if not m:
        return None
    return int(m.group(2)), len(m.group(2)), len(m.group(1)), m.group(3)


# what read_digits says of each word, since patterns ask about the same tokens many
# times and the same numbers recur across articles
_DIGIT_READINGS = WordCache()
_UNREAD = object()


def _break_offsets(norm: str) -> list[int]:
    """The offsets of the characters that end a sentence (_BREAK_CHARS) in ``norm``, in
    order, read only when the resolver or a future cue asks for a sentence."""
    return char_offsets(norm, _BREAK_CHARS)


class _Sentences:
    """Sentence number of a token, computed on demand from the break positions."""

    def __init__(self, norm: str, toks: list):
        self.norm = norm
        self.breaks: list[int] | None = None  # found when first asked: most articles never ask
        self.toks = toks

    def __getitem__(self, i: int) -> int:
        if self.breaks is None:
            self.breaks = _break_offsets(self.norm)
        return bisect_right(self.breaks, self.toks[i][1])

    def opening(self, i: int) -> int:
        """Offset of the break that opens token i's sentence (-1 in the first): an earlier
        token is in the same sentence when it starts at or after it, one comparison
        instead of a search per token."""
        s = self[i]
        return self.breaks[s - 1] if s else -1


class TokenView:
    def __init__(self, nt: NormText, toks: list[Token] | None = None, starts: list | None = None):
        """``starts``: what each token of ``toks`` may start (``patterns.word_plan`` of its
        word, None for most), when the caller has read it with the words' other records."""
        self.nt = nt
        norm = nt.norm
        self.lex: TimeWords = time_words()
        self.starts = None  # the grammar's tokens are the text layer's only without an underscore
        # (word, start, end, ...) of each token, offsets into nt.norm: the text layer's
        # tokens themselves when given (no copy of their offsets is made)
        if toks is not None and "_" not in norm:
            self.toks = toks
            self.words = token_norms(toks)  # shared with the later stages, which ask for them too
            self.starts = starts
        else:
            self.toks = join_underscores(norm, toks) if toks is not None else [
                (m.group(), m.start(), m.end()) for m in _WORD.finditer(norm)]
            self.words = list(map(_WORD_OF, self.toks))
        self.n = len(self.words)
        self._readings: dict = {}
        self.sentence = _Sentences(norm, self.toks)

    def start(self, i: int) -> int:
        """Offset of token i in nt.norm."""
        return self.toks[i][1]

    def end(self, i: int) -> int:
        """Offset just past token i in nt.norm."""
        return self.toks[i][2]

    def written(self, i: int) -> str:
        """Token i as the original text writes it, without diacritics."""
        a, b = self.nt.orig_span(self.toks[i][1], self.toks[i][2])
        return dediac(self.nt.original[a:b])

    # --- words and what lies between them --------------------------------------------
    def word(self, i: int) -> str:
        return self.words[i] if 0 <= i < self.n else ""

    def role(self, i: int, name: str) -> bool:
        """Token i is one of the words of a context role (time_context.tsv)."""
        return 0 <= i < self.n and self.words[i] in self.lex.roles[name]

    def gap(self, i: int) -> str | None:
        """Text between token i and token i+1 (None past the end)."""
        if i + 1 >= self.n or i < 0:
            return None
        toks = self.toks
        return self.nt.norm[toks[i][2]:toks[i + 1][1]]

    def spaced(self, i: int) -> bool:
        """Tokens i and i+1 are separated by spaces only, on one line."""
        g = self.gap(i)
        return g is not None and g.isspace() and "\n" not in g

    def gap_ok(self, i: int, allowed=("", ",", "،", ")", "-")) -> bool:
        g = self.gap(i)
        return g is not None and "\n" not in g and len(g) <= 4 and g.strip() in allowed

    # --- lexicon readings -------------------------------------------------------------
    def readings(self, i: int) -> list:
        """Lexicon readings starting at token i: (end, classes, dropped), longest first."""
        r = self._readings.get(i)
        if r is not None:
            return r
        r = []
        if 0 <= i < self.n:  # loops, not generators: their names would be cells made at every call
            longer, single = self.lex.plans.get(self.words[i], NO_PLAN)  # (reading_plan without its call)
            if longer and i + 1 < self.n:
                for k, key, e, drop in longer.get(self.words[i + 1], ()):
                    if i + k <= self.n and self._spelled(i, k, key):
                        r.append((i + k, e, drop))
            for e, drop in single:
                r.append((i + 1, e, drop))
        self._readings[i] = r
        return r

    def _spelled(self, i: int, k: int, key: tuple) -> bool:
        """Tokens i+1 .. i+k-1 are the words key[1:], spaced as one phrase."""
        words = self.words
        for t in range(1, k):
            if words[i + t] != key[t] or not self.spaced(i + t - 1):
                return False
        return True

    def reading(self, i: int, c: str, single: bool = False):
        """(value, end, dropped) of the longest reading of class c at token i."""
        r = self._readings.get(i)
        for j, e, d in (r if r is not None else self.readings(i)):
            if c in e and (not single or j == i + 1):
                return e[c], j, d
        return None

    def bare_reading(self, i: int, c: str) -> bool:
        """A one-word reading of class c at token i with no proclitic."""
        r = self.reading(i, c, single=True)
        return r is not None and r[2] == 0

    def word_reading(self, w: str, c: str):
        """(value, None, 0) of class c of a word already stripped of its clitics."""
        e = self.lex.entries.get((w,))
        if e and c in e:
            return e[c], None, 0
        return None

    def stem(self, i: int, drop: int) -> str:
        """The lexicon form read at token i with ``drop`` proclitic characters."""
        for s, d in self.lex.surface.get(self.words[i], ()):
            if d == drop:
                return s
        return self.words[i][drop:]

    def is_lexicon_word(self, w: str) -> bool:
        """Some reading of the written word w is a temporal word."""
        for stem, _ in self.lex.surface.get(w, ((w, 0),)):
            if (stem,) in self.lex.entries:
                return True
        return False

    # --- numbers ----------------------------------------------------------------------
    def digits(self, i: int):
        """(number, n_digits, clitic chars, suffix) of a digit token, else None."""
        if not (0 <= i < self.n):
            return None
        w = self.words[i]
        d = _DIGIT_READINGS.get(w, _UNREAD)
        return d if d is not _UNREAD else _DIGIT_READINGS.put(w, read_digits(w))

    def plain_number(self, i: int) -> bool:
        """Digit token i is not glued to other numbers by , . : (thousands, decimals, times)."""
        if self.gap(i - 1) in _NUMBER_GLUE_BEFORE and self.digits(i - 1):
            return False
        if self.gap(i) in _NUMBER_GLUE_AFTER and self.digits(i + 1):
            return False
        return True

    # --- the future -------------------------------------------------------------------
    def future_verb(self, k: int) -> bool:
        """A verb in the future tense: سيزور، ستعقد، وسنبحث، سيلتقيان، ستسير. Its verb is one
        of the lexicon's, or, for any other, its imperfect without س is a common word of
        news (تسير، يظل): a word that only begins with س and an imperfect letter (سياسة،
        سيارة، سنوات) leaves no such word behind; the few that do (سيد، سنية) are listed
        under the role ``not_future``."""
        imperfect = future_imperfect(self.words[k])
        if imperfect is None:
            return False
        fv = self.lex.future_verbs
        stem = "ي" + imperfect[1:]
        if stem in fv:
            return True
        for suf in _VERB_SUFFIXES:  # a loop, not a generator: its names would be cells of every call
            if stem.endswith(suf) and stem[:-len(suf)] in fv:
                return True
        return (len(imperfect) >= _FUTURE_STEM_LETTERS and word_counts().get(imperfect, 0) >= _FUTURE_STEM_COUNT
                and not self.role(k, "not_future"))

    def future_context(self, i: int) -> bool:
        """The words before token i, in its sentence, announce the future."""
        if i >= self.n:
            return False
        opening, toks, words, cues = self.sentence.opening(i), self.toks, self.words, self.lex.future_cues
        for k in range(i - 1, max(-1, i - _CUE_REACH - 1), -1):
            if toks[k][1] < opening:
                break
            if k >= i - _FUTURE_REACH and self.future_verb(k):
                return True
            if words[k] in cues:  # a one-word reading of class future
                return not any(self.role(q, "past_aux") for q in range(k - 1, max(-1, k - 4), -1))
        return False

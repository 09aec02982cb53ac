"""Text layer: normalisation for matching, sentences, tokens with offsets, proclitics.

Matching happens on a normalised copy of the text (no diacritics or tatweel; alef,
yeh and teh marbuta forms unified; Latin lower-cased) whose every character remembers
its position in the original, so a match on the copy maps back to an exact span of
what the user wrote. camel-tools provides the character knowledge (Unicode
normalisation, diacritics); the mapping is done one character at a time so that no
offset is ever lost.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, NamedTuple, Sequence
from functools import lru_cache
from itertools import accumulate, count, groupby, repeat
from operator import itemgetter

from camel_tools.utils.normalize import normalize_unicode

from core import prepared

# camel-tools' Arabic diacritics (``camel_tools.utils.charsets.AR_DIAC_CHARSET``, which
# ``dediac_ar`` removes), written out here because importing that module scans all of
# Unicode (0.5-1.2 s of every process's start-up); a test pins the two sets together.
AR_DIACRITICS = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670")
_NO_DIACRITICS = {ord(c): None for c in AR_DIACRITICS}


def dediac(s: str) -> str:
    """``s`` without Arabic diacritics (what camel-tools' ``dediac_ar`` does)."""
    return s.translate(_NO_DIACRITICS)


def hamza_article(written: str) -> bool:
    """The word as written (diacritics removed) carries a hamza or a madda on the alef
    of a leading "ال" ("آلان" Alain, "ألان" Alan): the article is never written so, so
    the word is none of the definite words its normalised form reads as ("الان": "الآن"
    now)."""
    return written[:2] in _HAMZA_ARTICLES


_HAMZA_ARTICLES = frozenset(("آل", "أل", "إل"))

TATWEEL = "\u0640"
_ALEFS = "أإآٱ"
# Characters that carry no meaning for matching: bidi marks, zero-width joiners, BOM.
_INVISIBLE = set("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")
_ARABIC_INDIC = {ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}
_ARABIC_INDIC.update({ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")})


@lru_cache(maxsize=None)
def normalize_char(c: str) -> str:
    """Matching form of one character ('' when it carries nothing)."""
    if c in _INVISIBLE or c == TATWEEL:
        return ""
    if unicodedata.category(c) == "Cc" and c not in "\n\t":
        return " "
    s = normalize_unicode(c)
    s = dediac(s)
    out = []
    for ch in s:
        if ch in _ALEFS:
            ch = "ا"
        elif ch == "ة":
            ch = "ه"
        elif ch == "ى":
            ch = "ي"
        elif ch in ("ؤ",):
            ch = "ؤ"
        ch = ch.translate(_ARABIC_INDIC)
        out.append(ch.lower())
    return "".join(out)


def normalize_for_match(s: str) -> str:
    """Normalised matching key of a string (the same function lexicons are keyed by)."""
    # one pass in C (see _Table); its runs of whitespace made one space by split and join,
    # not a regex substitution (the same answer for every code point, in about half the time)
    return " ".join(s.translate(_TABLE).split())


@dataclass(frozen=True)
class NormText:
    """A normalised copy of a text with, for each of its characters, the offset of the
    original character it came from (``offsets[len(norm)] == len(original)``)."""
    original: str
    norm: str
    offsets: Sequence[int]  # a range when nothing was dropped

    def orig_span(self, nstart: int, nend: int) -> tuple[int, int]:
        """Original (start, end) covering normalised [nstart, nend)."""
        start = self.offsets[nstart]
        if nend <= nstart:
            return start, start
        end = self.offsets[nend - 1] + 1
        if isinstance(self.offsets, range):  # nothing of the text normalised to nothing
            return start, end
        # swallow trailing characters that normalised to nothing (diacritics on the last
        # letter): those the table maps to None
        original = self.original
        while end < len(original) and _TABLE[ord(original[end])] is None and not original[end].isspace():
            end += 1
        return start, end


class _Table(dict):
    """ord → matching form, for str.translate; learns each character the first time a
    text contains it, so that normalising an article is one pass in C."""

    def __missing__(self, o: int) -> str | None:
        n = normalize_char(chr(o)) or None
        self[o] = n
        if n is None:
            _PATTERNS["dropped"] = _char_class(k for k, v in self.items() if v is None)
        elif len(n) > 1:
            _PATTERNS["expanding"] = _char_class(k for k, v in self.items() if v is not None and len(v) > 1)
        return n


def _char_class(ords) -> re.Pattern[str]:
    return re.compile("[" + re.escape("".join(sorted(map(chr, ords)))) + "]+")


_TABLE = _Table()
# characters met so far that normalise to nothing (diacritics, tatweel) or to more than
# one character (ligatures such as ﻻ); a pattern that matches nothing until one is met
_PATTERNS: dict[str, re.Pattern[str]] = {"dropped": re.compile("(?!)"), "expanding": re.compile("(?!)")}


# Where most news text lives: ASCII and Latin-1, the Arabic block, general punctuation.
# The characters of these ranges that normalise to themselves are the ones a text need
# not be translated for (about 1,900 normalise_char calls, made on first use).
_COMMON_RANGES = ((0x0000, 0x0700), (0x2000, 0x2070))


@lru_cache(maxsize=1)
def _changing_char() -> re.Pattern[str]:
    """A character that is not one of the common ones that normalise to themselves."""
    return re.compile("[^" + _unchanged_class() + "]")


@prepared.table()  # read from the prepared image: made, 5 ms of every start-up
def _unchanged_class() -> str:
    """The common characters that normalise to themselves, as the runs of a regex class
    (1,226 characters in 306 runs: a quarter of the time to compile)."""
    runs: list[list[int]] = []
    for lo, hi in _COMMON_RANGES:
        for o in range(lo, hi):
            if normalize_char(chr(o)) == chr(o):
                if runs and runs[-1][1] == o - 1:
                    runs[-1][1] = o
                else:
                    runs.append([o, o])
    return "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in runs)


def _replace_changing(text: str) -> str | None:
    """``text.translate(_TABLE)`` by replacing only the few distinct characters of the
    text that change (alef and teh marbuta forms, diacritics, digits): finding them is a
    regex scan over a fixed character class, and each replacement is one pass in C, three
    times faster than translating every character through the table. None when some
    character expands into several or into one that changes again: the caller then
    translates (replacing one character at a time could not give the same result)."""
    return _replaced(text)[0]


def _replaced(text: str) -> tuple[str | None, list[str]]:
    """(``_replace_changing(text)``, the characters of the text it removed): the removed
    ones tell ``_normalized`` where the kept characters are without a second scan."""
    norm = text
    dropped = []
    for c in set(_changing_char().findall(text)):
        n = _TABLE[ord(c)]
        if n is None:
            norm = norm.replace(c, "")
            dropped.append(c)
        elif n != c:
            if len(n) != 1 or _TABLE[ord(n)] != n:
                return None, dropped
            norm = norm.replace(c, n)
    return norm, dropped


class _Rising(list):
    """Offsets of a text some of whose characters normalised to nothing and none to more
    than one: each is above the one before, so a word's original end is the offset of
    the character after it, and ``tokenize`` reads every word's offsets in C."""


# (text, its NormText) of the last normalize_with_offsets call: a batch worker's search
# row normalises the text its extraction has just normalised (a tuple, swapped in one
# assignment, so that two threads never pair one text with another's form)
_LAST_NORMALISED: tuple = (None, None)


def normalize_with_offsets(text: str) -> NormText:
    global _LAST_NORMALISED
    nt = _normalized(text)
    _LAST_NORMALISED = (text, nt)
    return nt


def matching_form(text: str) -> str:
    """``normalize_with_offsets(text).norm``: the last call's when it was given this very
    string (the batch's search row reads the article its extraction read just before:
    0.02 ms of a corpus article), else made without the offsets (its first two steps)."""
    last, nt = _LAST_NORMALISED
    if last is text:
        return nt.norm
    norm = _replace_changing(text)
    return text.translate(_TABLE) if norm is None else norm


def _normalized(text: str) -> NormText:
    norm, dropped = _replaced(text)
    if norm is None:
        norm = text.translate(_TABLE)
        if _PATTERNS["expanding"].search(text):
            offsets = [i for i, c in enumerate(text) for _ in range(len(_TABLE[ord(c)] or ""))]
            offsets.append(len(text))
            return NormText(text, norm, offsets)
        if len(norm) == len(text):
            return NormText(text, norm, range(len(text) + 1))
        return NormText(text, norm, _kept_offsets(text, [m.span() for m in _PATTERNS["dropped"].finditer(text)]))
    if len(norm) == len(text):
        return NormText(text, norm, range(len(text) + 1))
    return NormText(text, norm, _kept_offsets(text, _dropped_runs(text, dropped)))


def char_offsets(text: str, chars) -> list[int]:
    """The offsets in ``text`` of every one of the characters ``chars``, in order: each
    character found by str.find (a scan in C) instead of a regex test of every character
    of the text (a third of the normalisation's cost, half the time grammar's breaks')."""
    at = []
    for c in chars:
        k = text.find(c)
        while k != -1:
            at.append(k)
            k = text.find(c, k + 1)
    at.sort()
    return at


def _dropped_runs(text: str, dropped: list[str]) -> list[tuple[int, int]]:
    """The (start, end) of each removed character of ``text`` (``dropped``: the distinct
    ones), in order; adjacent ones are runs of one character each, which ``_kept_offsets``
    reads as one run."""
    return [(k, k + 1) for k in char_offsets(text, dropped)]


# 0, 1, 2 ...: the offsets of a text up to this length are slices of these (no new int per
# character: a text's offsets list was a tenth of its normalisation)
_OFFSETS = list(range(20_001))


def _kept_offsets(text: str, runs: list[tuple[int, int]]) -> list[int]:
    """The offsets of the characters of ``text`` outside ``runs`` (the removed ones' spans,
    in order), then ``len(text)``: the kept positions are the ranges between the runs."""
    kept = _Rising()
    pos = 0
    ints = _OFFSETS if len(text) < len(_OFFSETS) else range(len(text) + 1)
    for a, b in runs:
        if a > pos:
            kept += ints[pos:a]
        pos = b
    kept += ints[pos:len(text) + 1]
    return kept


# --- tokens --------------------------------------------------------------------------
# A word is a run of letters/digits (Arabic or Latin) with optional inner apostrophes;
# everything else is punctuation. Underscores separate words, so a hashtag such as
# "#سيرغي_سكريبال" reads as two name tokens. Linear-time pattern.
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_WORD_SPLIT = re.compile("(" + _WORD.pattern + ")")  # the same words, kept by re.split
# The same split for a text with no underscore, where a word character is a word's
# (\w is one category test per character, [^\W_] a class with a negation: a tenth less)
_WORD_SPLIT_PLAIN = re.compile(r"(\w++(?:['’]\w++)*+)")  # possessive: a word never gives letters back
# ... and for a text with no apostrophe either (most news), where a word is a run of \w:
# a quarter less of the regex's time
_WORD_SPLIT_BARE = re.compile(r"(\w++)")
_WORD_SPLIT_NO_APOSTROPHE = re.compile(r"([^\W_]++)")  # with an underscore (hashtags), no apostrophe


class Token(NamedTuple):
    """A word: a tuple, because an article has hundreds and they are made in a loop."""
    norm: str  # normalised form
    nstart: int  # offsets into NormText.norm
    nend: int
    start: int  # offsets into the original text
    end: int
    index: int


def tokenize(nt: NormText) -> list[Token]:
    """The words of a normalised text with their offsets in it and in the original.

    Splitting on the word pattern (one capturing group) gives the text between words
    and the words in turn, whose running lengths are the words' offsets: no match
    object is made per word, and unless a character expanded the tokens come from
    zipped columns in C."""
    bound_word_caches()
    norm = nt.norm
    parts = _word_split(norm).split(norm)  # [gap, word, gap, word, ..., gap]
    bounds = list(accumulate(map(len, parts)))
    words, starts, ends = parts[1::2], bounds[0:-1:2], bounds[1::2]
    offsets = nt.offsets
    if isinstance(offsets, range):
        return list(map(tuple.__new__, repeat(Token), zip(words, starts, ends, starts, ends, count())))
    if type(offsets) is _Rising:  # 7 in 10 news articles (diacritics, tatweel, invisible marks)
        at = offsets.__getitem__
        return list(map(tuple.__new__, repeat(Token), zip(words, starts, ends, map(at, starts), map(at, ends), count())))
    # Characters between a word's last kept character and the next kept one normalised to
    # nothing (diacritics, tatweel), so the word's original span runs up to that next one;
    # here some character expanded (a ligature such as ﻻ), so the next kept character may
    # come from the same original one as the word's last.
    make = tuple.__new__  # Token(...) without the keyword-argument wrapper: hundreds per article
    return [make(Token, (w, a, b, offsets[a], e if (e := offsets[b]) > offsets[b - 1] else e + 1, i))
            for i, w, a, b in zip(count(), words, starts, ends)]




def _word_split(norm: str) -> re.Pattern[str]:
    """The cheapest of the four equal word splits that fits the text (each test a search in C)."""
    apostrophe = "'" in norm or "’" in norm
    if "_" in norm:
        return _WORD_SPLIT if apostrophe else _WORD_SPLIT_NO_APOSTROPHE
    return _WORD_SPLIT_PLAIN if apostrophe else _WORD_SPLIT_BARE


_NORM = itemgetter(0)


# (token list, its words) of the last call: the stages of one article ask in turn for the
# words of the same token list (a tuple, swapped in one assignment, so that two threads
# can never pair one article's tokens with another's words)
_LAST_NORMS: tuple = ((), [])


COMMAS = ("،", ",")  # the Arabic comma and the Latin one, both in Arabic news
# the relative pronouns, normalised: the clause after one describes the noun before it
# typographic quotation marks, opening and closing; the straight " does both, and some
# rules also take ' for one
OPEN_QUOTES = "«“"
CLOSE_QUOTES = "»”"
RELATIVE_PRONOUNS = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})
# object pronouns written on a verb or a preposition, normalised ("أيدته"، "عليها"، "لهم"، "منهما")
SINGULAR_OBJECT_SUFFIXES = ("ه", "ها")
OBJECT_SUFFIXES = SINGULAR_OBJECT_SUFFIXES + ("هم", "هما")
LONG_OBJECT_SUFFIXES = OBJECT_SUFFIXES[1:]  # not ه, which ends many stems ("وجه"، "نبه")


def with_pronouns(words: Iterable[str], suffixes: Sequence[str] = OBJECT_SUFFIXES) -> frozenset[str]:
    """Each of ``words`` (normalised) with each pronoun of ``suffixes`` written on it:
    ``with_pronouns(("عن",), SINGULAR_OBJECT_SUFFIXES)`` is {"عنه", "عنها"}."""
    return frozenset(w + p for w in words for p in suffixes)


def mark_before(toks: Sequence[Token], text: str, k: int, marks: Sequence[str]) -> bool:
    """Whether one of ``marks`` stands between token k-1 and token k of ``text``: tokens
    hold words only, so a comma or a bracket is read from the gap between two of them.
    The gap is cut once and each mark tested in C (some seventy calls an article; a
    generator cut the gap again for every mark)."""
    return k > 0 and any(map(text[toks[k - 1].end:toks[k].start].__contains__, marks))


def mark_between(toks: Sequence[Token], text: str, a: int, b: int, marks: Sequence[str]) -> bool:
    """Whether one of ``marks`` stands anywhere between tokens a and b (a < b)."""
    return any(mark_before(toks, text, m, marks) for m in range(a + 1, b + 1))


def token_norms(toks: list[Token]) -> list[str]:
    """The normalised words of ``toks`` (in C: the rules look words up a whole article at a time).

    Each caller gets a list of its own (a copy is one memory copy, cheaper than reading the
    word out of every token again); token lists are never changed once made."""
    global _LAST_NORMS
    last_toks, norms = _LAST_NORMS
    if last_toks is not toks or len(norms) != len(toks):
        norms = list(map(_NORM, toks))
        _LAST_NORMS = (toks, norms)
    return norms[:]


# --- proclitics ----------------------------------------------------------------------
# Proclitic sequences that can precede a noun, longest first, with what they leave
# behind: "لل" before a noun is ل + ال, so the stem gets its article back.
_NOUN_PROCLITICS = (
    ("وبال", "ال"), ("فبال", "ال"), ("وكال", "ال"), ("وللل", "ال"), ("ولل", "ال"), ("فلل", "ال"),
    ("وال", "ال"), ("فال", "ال"), ("بال", "ال"), ("كال", "ال"), ("لل", "ال"),
    ("وب", ""), ("وك", ""), ("ول", ""), ("فب", ""), ("فل", ""), ("فك", ""),
    ("و", ""), ("ف", ""), ("ب", ""), ("ك", ""), ("ل", ""),
)
MIN_STEM = 2


class WordCache(dict):
    """Word → what a rule learnt of it, emptied when it holds ``limit`` words so that a
    process that reads millions of articles keeps bounded memory (like the lru caches
    here, without their bookkeeping on every hit; ``map(cache.get, words)`` stays in C)."""

    def __init__(self, limit: int = 200_000):
        super().__init__()
        self.limit = limit

    def put(self, word: str, value):
        if len(self) >= self.limit:
            self.clear()
        self[word] = value
        return value


_PROCLITICS_BY_FIRST = {c: tuple(p for p in _NOUN_PROCLITICS if p[0][0] == c) for c in "وفبكل"}
# The letters a proclitic starts with: a word that starts with none of them is its only
# reading (clitic_variants gives it alone), which a caller may know without asking.
PROCLITIC_LETTERS = frozenset(c for c, ps in _PROCLITICS_BY_FIRST.items() if ps)


# How many words clitic_variants keeps before it starts again (see bound_word_caches).
VARIANTS_LIMIT = 200_000


def bound_word_caches() -> None:
    """Empty clitic_variants' cache once it holds VARIANTS_LIMIT words, so that a process
    that reads millions of articles keeps bounded memory. tokenize() calls it once per
    text: the cache itself is unbounded, because a bounded lru_cache reorders its list on
    every hit, and this function is asked some 275 times an article (unbounded, each
    hit costs about 150 ns less)."""
    if len(_VARIANTS) >= VARIANTS_LIMIT:
        _VARIANTS.clear()


# clitic_variants' answers: a plain dict (not an lru_cache's) so that the prepared image's
# answers for the news vocabulary can be put in (core.events.prefilled.install)
_VARIANTS: dict[str, tuple[tuple[str, int], ...]] = {}


def clitic_variants(word: str, _get=_VARIANTS.get) -> tuple[tuple[str, int], ...]:
    """``_clitic_variants(word)``, kept per word (bounded by bound_word_caches()): a call
    costs what an lru_cache's hit did."""
    got = _get(word)
    return got if got is not None else _VARIANTS.setdefault(word, _clitic_variants(word))


def _clitic_variants(word: str) -> tuple[tuple[str, int], ...]:
    """Readings of a normalised word with its proclitics removed: (stem, chars dropped).

    The stem may start with a restored ``ال`` (for ``لل``), in which case the number of
    characters dropped counts only what is really written before the stem's letters:
    ``للامم`` gives ("الامم", 1) — the mention then starts at ``لامم``.
    """
    candidates = _PROCLITICS_BY_FIRST.get(word[:1])
    if not candidates:
        return ((word, 0),)
    out = [(word, 0)]
    seen = {word}
    for pre, restore in candidates:
        if word.startswith(pre) and len(word) - len(pre) >= MIN_STEM:
            stem = restore + word[len(pre):]
            if stem in seen:
                continue
            seen.add(stem)
            dropped = len(pre) - len(restore)
            if restore and pre.endswith("ل") and not pre.endswith("ال"):
                # لل: the written ل of ال is shared; mention starts after the first ل
                dropped = len(pre) - 1
            out.append((stem, dropped))
    return tuple(out)


clitic_variants.__wrapped__ = _clitic_variants  # type: ignore[attr-defined]  # the answer without the cache


def without_lam(word: str, longer_than: int = 0) -> str:
    """A normalised word with the preposition ل on its article read as the article
    ("للناشط" → "الناشط", "للمجلس" → "المجلس"): ل + ال is written "لل", the article's
    alif dropped, so the rules that look a definite word up in a table must put it back.
    Any other word, and one of at most ``longer_than`` letters ("لله"), comes back as it
    is. (``clitic_variants`` gives this reading among all a word's proclitics.)"""
    return "ال" + word[2:] if word.startswith("لل") and len(word) > longer_than else word


def proclitic_forms(stem: str) -> list[str]:
    """The inverse of clitic_variants: every word that may read as ``stem`` once its
    proclitics are cut (a superset; "الامم" → الامم، والامم، بالامم، للامم …), so that a
    few stems can be looked up in an article instead of every word being cut. The
    proclitics that restore one part are tested together (``_PROCLITIC_RUNS``): the rules
    ask it of an article's names, and a test per proclitic cost 8 us a name (2 us now)."""
    if " " in stem:
        return []
    out = [stem]
    for restore, pres in _PROCLITIC_RUNS:
        if stem.startswith(restore) and len(stem) - len(restore) >= MIN_STEM:
            rest = stem[len(restore):]
            for pre in pres:  # a loop: a comprehension reading rest would make it a cell of every call
                out.append(pre + rest)
    return out


def written_forms(stems) -> frozenset[str]:
    """Every written word that reads as one of ``stems`` once its proclitics are cut
    (proclitic_forms checked by clitic_variants): a rule's few words ("دول"، "الدول") with
    the conjunctions and prepositions they may carry, made once so that each word of an
    article is tested by one set look-up."""
    stems = frozenset(stems)
    return frozenset(w for s in stems for w in proclitic_forms(s) if any(v in stems for v, _ in clitic_variants(w)))


# _NOUN_PROCLITICS in its order as runs of the proclitics that leave one part behind:
# (the part restored, the proclitics)
_PROCLITIC_RUNS = tuple((restore, tuple(pre for pre, _ in run))
                        for restore, run in groupby(_NOUN_PROCLITICS, key=itemgetter(1)))


# Proclitic sequences as the time grammar reads them: before a word that has its article
# (وال، بال ... the article kept in the stem) and before any other word.
ARTICLE_PROCLITICS = ("وبال", "فبال", "وكال", "وال", "فال", "بال", "كال")
# a definite word with a conjunction or preposition written on it ("واللواء"، "بالمجلس"، "وللجيش")
DEFINITE_CLITIC = ("وال", "فال", "بال", "وبال", "ولل", "فلل")
# the letters of a conjunction or preposition written on a word that a name does not begin
# with as often (ك begins many names: كمال، كريم), so a word in them may be a proclitic
# and a common word ("وداعش"، "بالأرض")
NAME_PROCLITIC_LETTERS = frozenset("وفبل")
PLAIN_PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")


# --- verbs ---------------------------------------------------------------------------
# The future is a prefix, not a word: س before the imperfect's person prefix (ي ت ن),
# itself possibly after the conjunction و or ف (سيزور، وستعقد، فسنبحث).
_FUTURE_CONJUNCTIONS = "وف"
_FUTURE_MARK = "س"
_IMPERFECT_PERSONS = "يتن"


def future_imperfect(word: str, min_len: int = 4, after_conjunction: bool = True) -> str | None:
    """The imperfect verb a future prefix is written on (سيزور → يزور، وستعقد → تعقد),
    else None. ``min_len`` counts the word from its س, so that short words that merely
    begin with س are not read as verbs; ``after_conjunction=False`` for a word whose
    proclitics were already cut."""
    w = word
    if after_conjunction and word[:1] in _FUTURE_CONJUNCTIONS and word[1:2] == _FUTURE_MARK:
        w = word[1:]
    if len(w) < max(min_len, 2) or w[:1] != _FUTURE_MARK or w[1] not in _IMPERFECT_PERSONS:
        return None
    return w[1:]


def without_conjunction(word: str, longer_than: int = 3) -> str:
    """A word without the conjunction و or ف written on it ("وبرصاص" → "برصاص"), when it is
    longer than ``longer_than`` letters: shorter, the letter is mostly the word's own ("وفد"،
    "فوز"). The event rules compare words to their cue lists through this one test."""
    return word[1:] if word[:1] in "وف" and len(word) > longer_than else word


def without_prefix(word: str, prefixes: tuple[str, ...], min_stem: int = 3) -> str:
    """A word without the first of ``prefixes`` it starts with, when at least ``min_stem``
    letters stay ("وللطيران" → "طيران" with the article among them): the rules that look a
    bare noun up in their word lists each name the prefixes their lists are written without."""
    for pre in prefixes:
        if word.startswith(pre) and len(word) - len(pre) >= min_stem:
            return word[len(pre):]
    return word


# sentences and clauses live in their own module; read from here too
from core.sentences import (_CLAUSE_END, _SENT_END, _abbreviation_dot, split_clauses,  # noqa: E402,F401
                            split_sentences)

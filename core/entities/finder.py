"""The phrase index of the lexicons and the matching of phrases at a token, proclitics
seen through."""
from __future__ import annotations

import re
from operator import itemgetter
from dataclasses import dataclass, field
from functools import partial
from typing import Callable

from core.entities.clitic_names import proclitic_name_holds
from core.entities.tables import _JOINERS, _read_column, _word_counts
from core import prepared
from core.lexicon import LexEntry, Lexicon, load_lexicon
from core.text import (
    NormText,
    Token,
    WordCache,
    clitic_variants,
    normalize_for_match,
    normalize_with_offsets,
    proclitic_forms,
)


# --- phrase index --------------------------------------------------------------------
@dataclass
class _Index:
    """First normalised token → candidate phrases (token tuples), longest first."""
    by_first: dict[str, list[tuple[tuple[str, ...], object]]] = field(default_factory=dict)
    # (word, stem, dropped) → whether a one-word phrase read under a proclitic holds
    # (``clitic_names``); None: every reading holds
    clitic_check: Callable[[str, str, int], bool] | None = None

    def add(self, phrase: str, payload: object) -> None:
        toks = tuple(normalize_for_match(phrase).replace("_", " ").split())
        if not toks:
            return
        lst = self.by_first.setdefault(toks[0], [])
        if all(t != toks or p is not payload for t, p in lst):
            lst.append((toks, payload))
            lst.sort(key=lambda x: -len(x[0]))
            self._by_two = self._by_first_second = self._word_starts = None

    _by_two: dict | None = None
    _by_first_second: dict | None = None
    _word_starts: WordCache | None = None

    def word_starts(self, word: str) -> tuple[tuple[dict, int], ...]:
        """The readings of a written word (proclitics cut, ``clitic_variants`` order) that
        begin a phrase here, as (``by_first_second()[stem]``, characters dropped): kept
        per word, because _match_at asks at the same words in every article, and most of
        a word's readings begin nothing."""
        cache = self._word_starts
        if cache is None:
            cache = self._word_starts = WordCache()
        hit = cache.get(word)
        if hit is None:
            firsts, check = self.by_first_second(), self.clitic_check
            hit = []
            for stem, dropped in clitic_variants(word):
                two = firsts.get(stem)
                if two is not None and dropped and None in two and check and not check(word, stem, dropped):
                    two = {k: v for k, v in two.items() if k is not None} or None  # no one-word name
                if two is not None:
                    hit.append((two, dropped))
            hit = cache.put(word, tuple(hit))
        return hit

    def by_first_second(self) -> dict[str, dict[str | None, list[tuple[tuple[str, ...], object]]]]:
        """``by_two`` as first word → second word (None: one-word phrases) → phrases:
        _match_at asks it dozens of times an article, and a word that begins no phrase
        then costs one look-up of the word instead of a pair built and looked up per
        reading."""
        if self._by_first_second is None:
            nested: dict[str, dict] = {}
            for (first, second), lst in self.by_two().items():
                nested.setdefault(first, {})[second] = lst
            self._by_first_second = nested
        return self._by_first_second

    def by_two(self) -> dict[tuple[str, str | None], list[tuple[tuple[str, ...], object]]]:
        """(first word, second word or None for one-word phrases) → phrases, longest
        first: a phrase is looked for only where its first two words stand."""
        if self._by_two is None:
            two: dict[tuple[str, str | None], list] = {}
            for first, lst in self.by_first.items():
                for phrase, payload in lst:
                    two.setdefault((first, phrase[1] if len(phrase) > 1 else None), []).append((phrase, payload))
            self._by_two = two
        return self._by_two


@dataclass
class _Finder:
    lex: Lexicon
    phrases: _Index
    aliases: _Index
    titles: _Index
    heads: _Index
    generic: dict[str, str]
    place_heads: _Index = field(default_factory=_Index)
    _masks: WordCache = field(default_factory=WordCache)
    name_words: tuple[WordCache, WordCache] = field(default_factory=lambda: (WordCache(), WordCache()))
    # answers of the rules' word questions that depend on the word and the lexicon only
    # (``_Context.whole_name``, ``person_names._plural_people``), kept across articles
    whole_names: WordCache = field(default_factory=WordCache)
    plural_people: WordCache = field(default_factory=WordCache)
    _generic_forms: frozenset[str] | None = None

    def generic_forms(self) -> frozenset[str]:
        """Every written word that may read as a generic reference ("المملكة"، "وللمملكة")."""
        if self._generic_forms is None:
            self._generic_forms = frozenset(w for g in self.generic for w in proclitic_forms(g))
        return self._generic_forms

    def start_mask(self, word: str) -> int:
        """Bit k set when a reading of ``word`` (proclitics cut) begins a phrase of the
        k-th of ``indexes``; bit GIVEN_NAME_BIT when the word itself is a given name,
        COMPOUND_FIRST_BIT when it begins one of two words, CANDIDATE_BIT when it may be
        part of a name no table holds (``name_candidate``: the tagger's windows read it
        from the same mask, so that an article's words are looked up once for both).
        Kept per distinct word, because articles share most of their words."""
        m = self._masks.get(word)
        if m is None:
            bits = self.first_bits()
            m = 0
            for stem, _ in clitic_variants(word):
                m |= bits.get(stem, 0)
            if word in self.lex.given_names:
                m |= GIVEN_NAME_BIT
            if word in self.compound_given() or word == SERVANT:
                m |= COMPOUND_FIRST_BIT
            if name_candidate(self.lex, word):
                m |= CANDIDATE_BIT
            self._masks.put(word, m)
        return m

    _first_bits: dict[str, int] | None = None
    _compound_given: dict[str, frozenset[str]] | None = None

    def compound_given(self) -> dict[str, frozenset[str]]:
        """First word of a given name of two words ("عبد الله"، "أبو بكر") → the second
        words it takes: such a name is no single given-name word, and "عبد" alone reads
        as a common noun ("الرئيس عبد الله" lost the name to the title's complement)."""
        if self._compound_given is None:
            out: dict[str, set[str]] = {}
            for name in self.lex.given_names:
                parts = name.split()
                if len(parts) == 2:
                    out.setdefault(parts[0], set()).add(parts[1])
            self._compound_given = {k: frozenset(v) for k, v in out.items()}
        return self._compound_given

    def first_bits(self) -> dict[str, int]:
        """First word of any phrase → the bits of the indexes it begins a phrase of."""
        if self._first_bits is None:
            bits: dict[str, int] = {}
            for bit, index in enumerate(self.indexes):
                for first in index.by_first:
                    bits[first] = bits.get(first, 0) | 1 << bit
            self._first_bits = bits
        return self._first_bits

    @property
    def indexes(self) -> tuple[_Index, ...]:
        return (self.phrases, self.aliases, self.titles, self.heads, self.place_heads)


GIVEN_NAME_BIT = 1 << 5
COMPOUND_FIRST_BIT = 1 << 6  # the word begins a given name of two words (``compound_given``)
CANDIDATE_BIT = 1 << 7  # the word may be part of a name no table holds (``name_candidate``)
PHRASE_BITS = CANDIDATE_BIT - 1  # the bits of the phrases, given names and compound names a word may begin
# "عبد" and any definite word after it are a given name ("عبد الله"، "عبد الواحد"، "عبد
# القوي"): so in all 106 of ANERcorp's train part, 16 of them with a second word the
# given-name table lacks.
SERVANT = "عبد"
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")

# A free word rarer than this in news (under every proclitic reading) may be part of a
# name no table holds: the tagger looks at the words around it.
NAME_CANDIDATE_MAX = 10


def name_candidate(lex: Lexicon, w: str) -> bool:
    """A word that may be part of a name no table holds: a given name, or a word rarer
    than NAME_CANDIDATE_MAX in news under every proclitic reading."""
    if len(w) < 3 or w in lex.stopwords or w.isdigit():
        return False
    counts = _word_counts()
    return w in lex.given_names or max(counts.get(stem, 0) for stem, _ in clitic_variants(w)) < NAME_CANDIDATE_MAX


_FINDERS: dict[int, tuple[Lexicon, "_Finder"]] = {}


def _finder(lex: Lexicon) -> _Finder:
    """The indexes of a lexicon, built once per loaded lexicon (the default lexicon's
    from the prepared image, with its word caches filled: ``_default_finder``)."""
    hit = _FINDERS.get(id(lex))
    if hit is not None and hit[0] is lex:
        return hit[1]
    f = None
    if lex is load_lexicon():
        f = _default_finder()
        if f.lex is not lex:  # the lexicon was loaded again since
            f = None
    if f is None:
        f = _build_finder(lex)
    _FINDERS[id(lex)] = (lex, f)
    return f


@prepared.table()
def _default_finder() -> _Finder:
    """The default lexicon's finder, its per-word caches (the phrases a word may begin,
    the readings that begin them, whether it may be a name) filled for the news
    vocabulary (the word clusters' words): a fresh process otherwise works them out for
    some 50 new words an article over its first few hundred articles
    (``crf_features.news_vocabulary``). The answers depend on the word and the lexicon
    only."""
    f = _build_finder(load_lexicon())
    from core.crf_features import news_vocabulary
    from core.entities.context import _Context

    ctx = _Context(normalize_with_offsets(""), [], f.lex, f)
    for rank, w in enumerate(dict.fromkeys(news_vocabulary())):
        if len(f._masks) >= f._masks.limit // 2:
            break
        m = f.start_mask(w)
        for bit, index in enumerate(f.indexes):
            if m >> bit & 1:
                index.word_starts(w)  # the phrases its readings begin (``_match_at``)
        for first in (False, True):
            f.name_words[first].put(w, ctx._name_word(w, first))
        _fill_word_answers(ctx, w, rank < ADJECTIVES_PREFILLED)
    return f


# How many of the most frequent words of news have their nationality-adjective reading in
# the prepared image: of the words a fresh process asked it of in its first 2,000 news
# articles, 93 in 100 of those in the vocabulary were among its first 20,000 words (each
# answer costs about as much to read from the image as to work out).
ADJECTIVES_PREFILLED = 20_000


def _fill_word_answers(ctx, w: str, adjective: bool) -> None:
    """The name rules' other answers for a word of the news vocabulary: whether it is a
    name of its own (``_Context.whole_name``), a plural of people
    (``person_names._plural_people``) and, for the most frequent words, a nationality
    adjective (``Lexicon.adjective_of``). Each depends on the word and the default tables
    only; of the words a fresh process asked them of in its first 2,000 news articles,
    three in four were in the vocabulary, each answer worked out in the first article
    that met it."""
    from core.entities.person_names import _plural_people

    ctx.whole_name(w)
    _plural_people(ctx, w)
    if adjective:
        ctx.lex.adjective_of(w)


def _build_finder(lex: Lexicon) -> _Finder:
    phrases, aliases, titles, heads = _Index(), _Index(), _Index(), _Index()
    for e in lex.entries:
        ambiguous = {normalize_for_match(a) for a in e.ambiguous}
        for v in e.variants:
            # a variant that is also a common word ("العربية", "الريال") counts only
            # once an unambiguous name of the same entry has occurred
            (aliases if normalize_for_match(v) in ambiguous else phrases).add(v, e)
        for a in e.aliases:
            aliases.add(a, e)
    for t in lex.titles:
        titles.add(t.form, t)
    for h in lex.org_heads:
        heads.add(h.form, h)
    place_heads = _Index()
    for row in _read_column("place_heads.tsv", "form", "kind", "common_name", "with_head", "english"):
        place_heads.add(row[0], _PlaceHead(row[1], row[2] == "1", row[3] == "1", row[4]))
    phrases.clitic_check = aliases.clitic_check = partial(proclitic_name_holds, lex.given_names)
    return _Finder(lex, phrases, aliases, titles, heads, dict(lex.generic_refs), place_heads)


@dataclass(frozen=True)
class _PlaceHead:
    kind: str
    common_name: bool  # the name after it may be a common word ("مستشفى الشفاء")
    with_head: bool  # the head is part of the name ("نهر الراين"), not only a kind ("مدينة نيس")
    english: str = ""  # how English writes a name with the head ("{} Prison"), for display names


# --- matching helpers ----------------------------------------------------------------
@dataclass
class _Span:
    i: int  # first token
    j: int  # last token + 1
    start: int  # original offsets
    end: int
    kind: str  # lexicon, org, person, alias, generic, flag
    entry: LexEntry | None = None
    country: str | None = None
    name_norm: str = ""
    acts_for: str | None = None
    org_kind: str | None = None
    former: bool = False  # a person described by a role he no longer holds (affiliation._former)


def _joined(nt: NormText, a: Token, b: Token) -> bool:
    """Whether two words may belong to one name: only spaces, "_" or "#" between them,
    or a hyphen attached to the first ("جان-كلود", "مون جاي- إن"), not a free dash."""
    gap = nt.norm[a.nend:b.nstart]
    if gap == " ":  # most words of a text: no generator made for them
        return True
    return len(gap) <= 3 and all(c in _JOINERS for c in gap) or gap in ("-", "- ")


def _match_at(nt: NormText, toks: list[Token], i: int, index: _Index, clitics: bool = True):
    """Longest phrase of `index` starting at token i: (payload, j, dropped_chars) or None."""
    word = toks[i][0]
    if clitics:
        cache = index._word_starts  # asked here first: most words were met before
        starts = cache.get(word) if cache is not None else None
        if starts is None:
            starts = index.word_starts(word)
    else:
        two = index.by_first_second().get(word)
        starts = ((two, 0),) if two is not None else ()
    if not starts:
        return None
    size = len(toks)
    second = toks[i + 1][0] if i + 1 < size else None
    if len(starts) == 1:  # one reading begins something (most words): its longest phrase
        two, dropped = starts[0]
        for phrase, payload in two.get(second, ()):
            n = len(phrase)
            if i + n <= size and (n == 1 or _joined(nt, toks[i], toks[i + 1]) and (n == 2 or _rest_at(
                    nt, toks, i, phrase))):
                return payload, i + n, dropped
        one = two.get(None)
        return (one[0][1], i + 1, dropped) if one else None
    best = None
    for two, dropped in starts:
        found = None
        for phrase, payload in two.get(second, ()):  # longest first; their second word is ``second``
            n = len(phrase)
            if i + n <= size and (n == 1 or _joined(nt, toks[i], toks[i + 1]) and (n == 2 or _rest_at(
                    nt, toks, i, phrase))):
                found = (payload, i + n, dropped)
                break
        if found is None:
            one = two.get(None)
            if one:
                found = (one[0][1], i + 1, dropped)
        if found is not None and (best is None or found[1] > best[1]):
            best = found
    return best


def _rest_at(nt: NormText, toks: list[Token], i: int, phrase: tuple[str, ...]) -> bool:
    """Whether the third and later words of ``phrase`` follow token i + 1, joined."""
    n = len(phrase)
    if tuple(map(_NORM, toks[i + 2:i + n])) != phrase[2:]:
        return False
    for k in range(2, n):  # a loop, not all() over a generator: its names would be cells of every call
        if not _joined(nt, toks[i + k - 1], toks[i + k]):
            return False
    return True


_NORM = itemgetter(0)  # a token's word


def _span_offsets(nt: NormText, toks: list[Token], i: int, j: int, dropped: int) -> tuple[int, int]:
    """Original (start, end) of tokens [i, j), the first ``dropped`` characters (a
    proclitic) left out: the start is ``orig_span``'s first offset, read directly."""
    last = toks[j - 1]
    return nt.offsets[toks[i].nstart + dropped], nt.orig_span(last.nstart, last.nend)[1]


_BLOCK = _Span(-1, -1, -1, -1, "blocked")

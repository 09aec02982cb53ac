"""Entities: lexicon phrases, organisation patterns, titled people, aliases and flags.

Rules run in order of reliability and each claims the tokens it covers, so a later,
weaker rule never splits a span found by a stronger one:

1. lexicon phrases (countries, places, organisations), longest match first;
2. organisation patterns: a head noun (وزارة، وكالة، جبهة ...) and the noun phrase
   that completes it, absorbing country names and adjectives inside it;
3. people: a title or role (الرئيس الفلبيني، مدير مكتب ... بوزارة الدفاع الإسرائيلية)
   followed by name-like tokens, or a known given name followed by a surname;
4. aliases: a surname alone after the full name, short forms of lexicon entries
   after their full form ("الصحراء" after "الصحراء الغربية");
5. generic references ("المملكة" for the article's kingdom) and emoji flags.

Proclitics are seen through (clitic_variants) and never included in a mention.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from core.lexicon import DATA_DIR, Lexicon, LexEntry, load_lexicon, read_tsv
from core.model import Entity, Mention
from core.text import (NormText, Token, WordCache, clitic_variants, future_imperfect, normalize_for_match,
                       proclitic_forms, token_norms)

DATA = DATA_DIR  # the one data directory (core.lexicon)
MAX_ORG_TOKENS = 7
MAX_COMPLEMENT_TOKENS = 9
MAX_NAME_TOKENS = 4
# A definite word seen this often in news (or an indefinite one whose definite form is)
# is a common noun, not a name.
COMMON_NOUN_MIN = 8
_FLAG = re.compile("[\U0001F1E6-\U0001F1FF]{2}")
_JOINERS = set(" \t_#\u00a0")  # what may separate the words of one name ("#سيرغي_سكريبال", "سيرغي #لافروف")


@lru_cache(maxsize=1)
def _word_counts() -> dict[str, int]:
    """Corpus frequency of each normalised word (data/lexicons/word_stats.tsv)."""
    path = DATA / "word_stats.tsv"
    if not path.exists():
        return {}
    return {r["word"]: int(r["count"]) for _, r in read_tsv(path, ("word", "count"), required=("word", "count"))}


def _read_column(name: str, *columns: str) -> list[tuple[str, ...]]:
    """Rows of a small hand-written TSV as tuples of the named columns."""
    return [tuple(r[c] for c in columns) for _, r in read_tsv(DATA / name, columns, required=columns[:1])]


@lru_cache(maxsize=1)
def _name_particles() -> tuple[frozenset[str], frozenset[str]]:
    """(particles before a name part, second parts of compound names), normalised."""
    rows = _read_column("name_particles.tsv", "form", "position")
    before = frozenset(normalize_for_match(r[0]) for r in rows if r[1] == "before")
    after = frozenset(normalize_for_match(r[0]) for r in rows if r[1] == "after")
    return before, after


@lru_cache(maxsize=1)
def _surface_stopwords() -> frozenset[str]:
    from camel_tools.utils.dediac import dediac_ar

    return frozenset(dediac_ar(r[0]) for r in _read_column("surface_stopwords.tsv", "word"))


@lru_cache(maxsize=1)
def _surface_stopword_keys() -> frozenset[str]:
    return frozenset(normalize_for_match(w) for w in _surface_stopwords())


@lru_cache(maxsize=1)
def _romanization() -> dict[str, str]:
    return dict(_read_column("romanization.tsv", "letter", "latin"))


@lru_cache(maxsize=50_000)
def romanize(ar: str) -> str:
    """Readable Latin form of an Arabic name for display ("درور شالوم" → "Drwr Shalwm")."""
    table = _romanization()
    words = []
    for w in ar.split():
        if w.startswith("ال") and len(w) > 3:
            w = w[2:]
            prefix = "al-"
        else:
            prefix = ""
        lat = "".join(table.get(c, c if c.isascii() else "") for c in w)
        words.append(prefix + lat[:1].upper() + lat[1:])
    return " ".join(words).strip() or ar


def slugify(s: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    return s or "x"


# --- phrase index --------------------------------------------------------------------
@dataclass
class _Index:
    """First normalised token → candidate phrases (token tuples), longest first."""
    by_first: dict[str, list[tuple[tuple[str, ...], object]]] = field(default_factory=dict)

    def add(self, phrase: str, payload: object) -> None:
        toks = tuple(normalize_for_match(phrase).replace("_", " ").split())
        if not toks:
            return
        lst = self.by_first.setdefault(toks[0], [])
        if all(t != toks or p is not payload for t, p in lst):
            lst.append((toks, payload))
            lst.sort(key=lambda x: -len(x[0]))
            self._by_two = None

    _by_two: dict | None = None

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
    candidates: WordCache = field(default_factory=WordCache)  # words the tagger should look around
    _generic_forms: frozenset[str] | None = None

    def generic_forms(self) -> frozenset[str]:
        """Every written word that may read as a generic reference ("المملكة"، "وللمملكة")."""
        if self._generic_forms is None:
            self._generic_forms = frozenset(w for g in self.generic for w in proclitic_forms(g))
        return self._generic_forms

    def start_mask(self, word: str) -> int:
        """Bit k set when a reading of ``word`` (proclitics cut) begins a phrase of the
        k-th of ``indexes``; bit GIVEN_NAME_BIT when the word itself is a given name.
        Kept per distinct word, because articles share most of their words."""
        m = self._masks.get(word)
        if m is None:
            bits = self.first_bits()
            m = 0
            for stem, _ in clitic_variants(word):
                m |= bits.get(stem, 0)
            if word in self.lex.given_names:
                m |= GIVEN_NAME_BIT
            self._masks.put(word, m)
        return m

    _first_bits: dict[str, int] | None = None

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
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")


_FINDERS: dict[int, tuple[Lexicon, "_Finder"]] = {}


def _finder(lex: Lexicon) -> _Finder:
    """The indexes of a lexicon, built once per loaded lexicon."""
    hit = _FINDERS.get(id(lex))
    if hit is not None and hit[0] is lex:
        return hit[1]
    f = _build_finder(lex)
    _FINDERS[id(lex)] = (lex, f)
    return f


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
    for row in _read_column("place_heads.tsv", "form", "kind", "common_name", "with_head"):
        place_heads.add(row[0], _PlaceHead(row[1], row[2] == "1", row[3] == "1"))
    return _Finder(lex, phrases, aliases, titles, heads, dict(lex.generic_refs), place_heads)


@dataclass(frozen=True)
class _PlaceHead:
    kind: str
    common_name: bool  # the name after it may be a common word ("مستشفى الشفاء")
    with_head: bool  # the head is part of the name ("نهر الراين"), not only a kind ("مدينة نيس")


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


def _joined(nt: NormText, a: Token, b: Token) -> bool:
    """Whether two words may belong to one name: only spaces, "_" or "#" between them,
    or a hyphen attached to the first ("جان-كلود", "مون جاي- إن"), not a free dash."""
    gap = nt.norm[a.nend:b.nstart]
    return len(gap) <= 3 and all(c in _JOINERS for c in gap) or gap in ("-", "- ")


def _match_at(nt: NormText, toks: list[Token], i: int, index: _Index, clitics: bool = True):
    """Longest phrase of `index` starting at token i: (payload, j, dropped_chars) or None."""
    two = index.by_two()
    variants = clitic_variants(toks[i].norm) if clitics else ((toks[i].norm, 0),)
    best = None
    size = len(toks)
    second = toks[i + 1].norm if i + 1 < size else None
    for stem, dropped in variants:
        found = None
        for phrase, payload in two.get((stem, second), ()):  # longest first
            n = len(phrase)
            if i + n <= size and all(toks[i + k].norm == phrase[k] and _joined(nt, toks[i + k - 1], toks[i + k])
                                     for k in range(1, n)):
                found = (payload, i + n, dropped)
                break
        if found is None:
            one = two.get((stem, None))
            if one:
                found = (one[0][1], i + 1, dropped)
        if found is not None and (best is None or found[1] > best[1]):
            best = found
    return best


def _span_offsets(nt: NormText, toks: list[Token], i: int, j: int, dropped: int) -> tuple[int, int]:
    start, _ = nt.orig_span(toks[i].nstart + dropped, toks[i].nend)
    _, end = nt.orig_span(toks[j - 1].nstart, toks[j - 1].nend)
    return start, end


_BLOCK = _Span(-1, -1, -1, -1, "blocked")


class _Context:
    def __init__(self, nt: NormText, toks: list[Token], lex: Lexicon, f: _Finder):
        self.nt, self.toks, self.lex, self.f = nt, toks, lex, f
        self.owner: list[_Span | None] = [None] * len(toks)
        self.counts = _word_counts()
        self._surface: dict[int, str] = {}
        # the indexes each word may begin a phrase of, looked up in C for the whole
        # article, so that the start positions of an index come without a scan per rule
        self.norms = norms = token_norms(toks)
        masks = list(map(f._masks.get, norms))
        self._marked = [(i, m if m is not None else f.start_mask(norms[i]))
                        for i, m in enumerate(masks) if m is None or m]
        self._cands: dict[int, frozenset[int]] = {}
        self.claimed: list[_Span] = []
        self.tagged: list[tuple[int, int, str]] = []  # a statistical tagger's proposals
        self._word_counts: dict[str, int] | None = None
        self._live: list[_Span] | None = None  # spans() until the next claim or release
        self._tagged_org: tuple[list, frozenset[int]] | None = None

    def starts(self, index: _Index) -> frozenset[int]:
        """Token positions where a phrase of `index` may start (computed once per text)."""
        hit = self._cands.get(id(index))
        if hit is None:
            bit = 1 << self.f.indexes.index(index)
            hit = self._cands[id(index)] = frozenset(i for i, m in self._marked if m & bit)
        return hit

    def given_names(self) -> list[int]:
        """Positions of words that are given names."""
        return [i for i, m in self._marked if m & GIVEN_NAME_BIT]

    def free(self, i: int, j: int) -> bool:
        return all(self.owner[k] is None for k in range(i, j))

    def claim(self, span: _Span) -> None:
        for k in range(span.i, span.j):
            self.owner[k] = span
        self.claimed.append(span)
        self._live = None

    def release(self, sp: _Span, i: int, j: int) -> None:
        """Give the words [i, j) of a span back (no rule owns them any more)."""
        for k in range(i, j):
            if self.owner[k] is sp:
                self.owner[k] = None
        self._live = None

    def spans(self) -> list[_Span]:
        """The spans that still own a word, in text order (a later rule may have taken
        over all the words of an earlier span: "منظمة حظر الأسلحة" swallows a lexicon
        name). A few dozen spans instead of a walk over every word; kept until a span
        is claimed or released."""
        if self._live is not None:
            return list(self._live)
        owner = self.owner
        live = {}
        for sp in self.claimed:
            if id(sp) not in live:
                first = next((k for k in range(sp.i, sp.j) if owner[k] is sp), None)
                if first is not None:
                    live[id(sp)] = (first, sp)
        self._live = [sp for _, sp in sorted(live.values(), key=lambda x: x[0])]
        return list(self._live)

    def tagged_org_words(self) -> frozenset[int]:
        """Positions of the words inside organisations the tagger proposed."""
        if self._tagged_org is None or self._tagged_org[0] is not self.tagged:  # proposals came since
            self._tagged_org = (self.tagged, frozenset(k for a, b, typ in self.tagged if typ == "ORG" for k in range(a, b)))
        return self._tagged_org[1]

    def word_count(self, w: str) -> int:
        """How often the article has this exact word (counted once per article)."""
        if self._word_counts is None:
            self._word_counts = {}
            for x in self.norms:
                self._word_counts[x] = self._word_counts.get(x, 0) + 1
        return self._word_counts.get(w, 0)

    def punct_between(self, a: int, b: int) -> bool:
        return not _joined(self.nt, self.toks[a], self.toks[b])

    def adjective(self, i: int) -> str | None:
        return self.lex.adjective_of(self.toks[i].norm)

    def common_noun(self, w: str) -> bool:
        definite = w if w.startswith("ال") else "ال" + w
        n = self.counts.get(definite, 0)
        if w in self.lex.given_names and n < 4 * COMMON_NOUN_MIN:
            return False
        return n >= COMMON_NOUN_MIN

    def common_word(self, w: str) -> bool:
        """A frequent word that news also writes with و/ب/ال attached is a verb or a
        noun, not a name: "نجحت" (و: 40%), "مختلف"; names rarely take them ("ترامب": 1%)."""
        n = self.counts.get(w, 0)
        if n < 20 or w in self.lex.given_names:
            return False
        attached = self.counts.get("و" + w, 0) + self.counts.get("ب" + w, 0) + self.counts.get("ال" + w, 0)
        return attached / n >= 0.1

    def function_word(self, i: int) -> bool:
        """A function word that normalisation made look like a name ("على" → "علي")."""
        return self.toks[i].norm in _surface_stopword_keys() and self.surface(i) in _surface_stopwords()

    def surface(self, i: int) -> str:
        """The word as written, without diacritics (cached per token)."""
        hit = self._surface.get(i)
        if hit is None:
            from camel_tools.utils.dediac import dediac_ar

            t = self.toks[i]
            hit = self._surface[i] = dediac_ar(self.nt.original[t.start:t.end])
        return hit

    def stop(self, w: str) -> bool:
        return w in self.lex.stopwords

    def name_like(self, i: int, first: bool) -> bool:
        tok = self.toks[i]
        if self.owner[i] is not None or self.function_word(i):
            return False
        cache = self.f.name_words[first]
        hit = cache.get(tok.norm)
        if hit is None:
            hit = cache.put(tok.norm, self._name_word(tok.norm, first))
        return hit

    def _name_word(self, w: str, first: bool) -> bool:
        """Whether a word can be part of a name, whatever its place in the article (kept
        per word by the finder: the answer depends only on the lexicon)."""
        if not w or w.isdigit() or len(w) < 2:
            return False
        if w.startswith("لل") or self.common_word(w):
            return False
        if self.stop(w) or self.lex.adjective_of(w) or w in self.generic_refs:
            return False
        if not _ARABIC_WORD.fullmatch(w):
            return False
        if w in self.lex.given_names:
            return True
        if self.common_noun(w):
            return False
        if w[0] in "وفبل" and len(w) >= 3 and (self.common_noun(w[1:]) or self.stop(w[1:]) or w[1:] in self.lex.given_names and not first):
            return False
        return True

    @property
    def generic_refs(self) -> dict[str, str]:
        return self.lex.generic_refs


# --- the rules -----------------------------------------------------------------------
def _lexicon_spans(ctx: _Context, f: _Finder) -> None:
    toks = ctx.toks
    pos = 0
    for i in sorted(ctx.starts(f.phrases)):
        if i < pos:
            continue
        m = _match_at(ctx.nt, toks, i, f.phrases)
        if m and ctx.free(i, m[1]):
            e, j, dropped = m
            if j - i > 1 and e.type == "ORG" and _generic_head_before_name(ctx, f, e, i, j, dropped):
                i, dropped = i + 1, 0  # "تنظيم داعش": the name is داعش, the head says what it is
            s, t = _span_offsets(ctx.nt, toks, i, j, dropped)
            ctx.claim(_Span(i, j, s, t, "lexicon", entry=e, country=e.country, acts_for=e.acts_for))
            pos = j


def _generic_head_before_name(ctx: _Context, f: _Finder, e: LexEntry, i: int, j: int, dropped: int) -> bool:
    """Whether a lexicon match is a generic head (تنظيم، حركة، ميليشيات: the optional heads
    of org_heads.tsv) followed by another name of the same entry."""
    head = f.heads.by_two().get((ctx.toks[i].norm[dropped:], None))
    if not head or not head[0][1].optional:
        return False
    rest = " ".join(tk.norm for tk in ctx.toks[i + 1:j])
    return any(normalize_for_match(v) == rest for v in e.variants)


_OPEN_QUOTES = set('"«“\'')
_CLOSE_QUOTES = set('"»”\'')
# The most words of a quoted name after an organisation head.
MAX_QUOTED_NAME = 5


def _quoted_names(ctx: _Context, f: _Finder) -> None:
    """An organisation head followed by a name in quotes: the name is the organisation
    ("صحيفة "اليوم السابع""، "قناة «المسيرة»"، "مؤسسة "كيد غالوب""), written without
    its head as the news names it again later. A quoted common adjective ("منظمة
    "إرهابية"") names nothing."""
    toks, norm = ctx.toks, ctx.nt.norm
    for i in sorted(ctx.starts(f.heads)):
        m = _match_at(ctx.nt, toks, i, f.heads)
        if not m or not ctx.free(i, m[1]):
            continue
        head, k, _ = m
        if k >= len(toks) or norm[toks[k - 1].nend:toks[k].nstart].strip() not in _OPEN_QUOTES:
            continue  # only a space and an opening quote between the head and the name
        end = k + 1
        while end < len(toks) and end - k < MAX_QUOTED_NAME and _joined(ctx.nt, toks[end - 1], toks[end]):
            end += 1
        after = norm[toks[end - 1].nend:toks[end].nstart] if end < len(toks) else norm[toks[end - 1].nend:]
        if after.strip()[:1] not in _CLOSE_QUOTES or not ctx.free(k, end) or _quoted_adjective(ctx, k, end):
            continue
        s, t = _span_offsets(ctx.nt, toks, k, end, 0)
        ctx.claim(_Span(k, end, s, t, "org", name_norm=" ".join(ctx.norms[k:end]), org_kind=head.kind))


def _quoted_adjective(ctx: _Context, k: int, end: int) -> bool:
    """A single quoted word that is a common indefinite adjective ("إرهابية"، "تكفيرية")."""
    w = ctx.norms[k]
    if end - k > 1 or w.startswith("ال"):
        return False
    return ctx.stop(w) or w.endswith(("يه", "يين", "يون")) or _adjectival(w) and ctx.counts.get(w, 0) >= 20


def _org_spans(ctx: _Context, f: _Finder) -> None:
    starts_heads = ctx.starts(f.heads)
    toks = ctx.toks
    pos = 0
    for i in sorted(starts_heads):
        if i < pos:
            continue
        m = _match_at(ctx.nt, toks, i, f.heads)
        if not m or not ctx.free(i, m[1]):
            continue
        head, j, dropped = m
        start_j = j
        if j < len(toks) and not ctx.punct_between(j - 1, j) and _match_at(ctx.nt, toks, j, f.heads, clitics=False):
            continue  # "قيادة القوات المسلحة": the organisation starts at the inner head
        seen_definite = any(tk.norm.startswith(("ال", "لل")) for tk in toks[i:j])
        country = None
        last_ok = j  # end of the longest acceptable phrase so far
        k = j
        while k < len(toks) and k - i < MAX_ORG_TOKENS:
            if ctx.punct_between(k - 1, k):
                break
            w = toks[k].norm
            owner = ctx.owner[k]
            if owner is not None:
                if owner.kind != "lexicon" or owner.i != k or owner.start > toks[k].start or owner.entry.type == "PERSON":
                    break  # "لجنة مشتركة بالرباط": a preposition ends the name; so does a person
                # a country, place or organisation named inside the organisation's name
                e = owner.entry
                country = country or (e.id if e.type == "COUNTRY" else e.country)
                k = owner.j
                last_ok = k
                continue
            iso = ctx.adjective(k)
            if iso and w.startswith("ال"):
                country = country or iso
                k += 1
                last_ok = k
                break  # a nationality adjective closes the name
            if ctx.stop(w) or w.isdigit() or k > start_j and k in starts_heads and _match_at(ctx.nt, toks, k, f.heads):
                break
            if w.startswith("ال") and len(w) > 3 and ctx.common_noun(w):
                if seen_definite and k > start_j and not _adjectival(w):
                    break  # "وزارة الداخلية السائقين": a second definite noun starts a new phrase
                k += 1
                last_ok = k
                seen_definite = True
                continue
            if w.startswith("لل") and len(w) > 4 and ctx.common_noun("ال" + w[2:]) and (seen_definite or k > start_j):
                k += 1
                last_ok = k
                continue
            if w[:1] in "بكو" and not w.startswith("ال") or seen_definite:
                break  # after a definite word only adjectives follow: the name is closed
            # an indefinite word is part of the name when a definite word or a name
            # follows it (idafa: حظر الأسلحة، لحقوق الإنسان، شورى حزب الله)
            if k + 1 < len(toks) and not ctx.punct_between(k, k + 1) and (
                toks[k + 1].norm.startswith("ال") or ctx.owner[k + 1] is not None
            ) and not ctx.stop(toks[k + 1].norm):
                k += 1
                continue
            # a foreign or proper name right after the head (وكالة إنترفاكس)
            if (k == start_j and not ctx.common_noun(w) and not ctx.common_word(w) and w[:1] not in "ولب"
                    and re.fullmatch(r"[\u0621-\u064a]{3,}", w)):
                k += 1
                last_ok = k
                continue
            break
        end = last_ok
        if end == start_j and not head.optional and len(m[0].form.split()) < 2:
            continue
        if _one_lexicon_org(ctx, start_j, end):
            continue  # "حركة حماس"، "تنظيم داعش": the head describes a known organisation
        if end == start_j and end - i < 2:
            continue
        # drop lexicon spans now inside the organisation
        s, t = _span_offsets(ctx.nt, toks, i, end, dropped)
        first = next((st for st, d in clitic_variants(toks[i].norm) if d == dropped), toks[i].norm)
        name_norm = " ".join([first] + [tk.norm for tk in toks[i + 1:end]])
        span = _Span(i, end, s, t, "org", country=country, name_norm=name_norm,
                     acts_for=country if head.acts_for_country else None, org_kind=head.kind)
        span.optional = head.optional  # type: ignore[attr-defined]
        span.head_j = j  # type: ignore[attr-defined]
        ctx.claim(span)
        pos = end


# Endings of definite adjectives that may follow the definite noun of a name: nisba
# (الدولية، الكيميائية، الإيرانيين), feminine (العامة), elative (العليا، الكبرى).
_ADJECTIVE_ENDINGS = ("ي", "يه", "يين", "يون", "ه", "ا")


def _adjectival(w: str) -> bool:
    return w.endswith(_ADJECTIVE_ENDINGS)


def _one_lexicon_org(ctx: _Context, j: int, end: int) -> bool:
    """Whether the words after a head start with an organisation the lexicon knows
    ("حركة حماس", "تنظيم داعش في سوريا"): the head describes it, the name is its own."""
    owner = ctx.owner[j] if j < end else None
    return (owner is not None and owner.kind == "lexicon" and owner.entry is not None
            and owner.entry.type == "ORG" and owner.i == j)


def _named_inside(ctx: _Context, j: int, end: int) -> bool:
    """Whether the words after a generic head (الحكومة، السلطات، القوات) name something:
    a known organisation or place, a rare word (a foreign or proper name), or a span the
    tagger read as an organisation. "الحكومة العراقية", "السلطات المصرية" and "قوات الأمن"
    name nothing: they are bodies of a state, not named organisations."""
    toks = ctx.toks
    for k in range(j, end):
        owner = ctx.owner[k]
        if owner is not None and owner.kind == "lexicon" and owner.entry is not None:
            if owner.entry.type != "COUNTRY":
                return True
            continue
        w = toks[k].norm
        if ctx.adjective(k) or ctx.stop(w):
            continue
        bare = w[2:] if w.startswith("ال") else w
        if ctx.counts.get(w, 0) + ctx.counts.get(bare, 0) < 30 and len(bare) > 2:
            return True
    return j - 1 in ctx.tagged_org_words()


def _place_spans(ctx: _Context, f: _Finder) -> None:
    """"محافظة صعدة"، "مخيم اليرموك": a place head and the name after it, when no lexicon
    names the place (a known place keeps its own entity: "مدينة دوما" is Douma)."""
    toks = ctx.toks
    pos = 0
    for i in sorted(ctx.starts(f.place_heads)):
        if i < pos:
            continue
        m = _match_at(ctx.nt, toks, i, f.place_heads)
        if not m or not ctx.free(i, m[1]) or m[1] >= len(toks) or ctx.punct_between(m[1] - 1, m[1]):
            continue
        head, j, dropped = m
        k = _place_name_end(ctx, j, head)
        if k == j:
            continue
        first = i if head.with_head else j
        s, t = _span_offsets(ctx.nt, toks, first, k, dropped if head.with_head else 0)
        ctx.claim(_Span(first, k, s, t, "place", name_norm=" ".join(tk.norm for tk in toks[j:k]), org_kind=head.kind))
        pos = k


def _place_name_end(ctx: _Context, j: int, head: _PlaceHead) -> int:
    """End of the name after a place head: up to two name-like words; after a facility
    head ("مستشفى", "ساحة") one definite common noun is a name too ("مستشفى الشفاء"), an
    adjective is not ("المستشفى الميداني"). A frequent indefinite word ("ميناء رئيسيا",
    "ميناء تتوفر") is no name."""
    toks = ctx.toks
    k = j
    while k < len(toks) and k - j < 2 and ctx.owner[k] is None and not ctx.punct_between(k - 1, k):
        w = toks[k].norm
        if ctx.stop(w) or ctx.adjective(k) or w.isdigit() or ctx.function_word(k):
            break
        if head.common_name and k == j and w.startswith("ال") and len(w) > 3 and not w.endswith(("ي", "يه")):
            return k + 1
        if ctx.common_word(w):
            break
        if ctx.common_noun(w) if w.startswith("ال") else (ctx.common_noun(w) or w[:1] in "وبل" and len(w) > 3):
            break
        if not w.startswith("ال") and w not in ctx.lex.given_names and ctx.counts.get(w, 0) >= 30:
            break
        k += 1
    return k


def _complement_end(ctx: _Context, k: int) -> tuple[int, str | None]:
    """Skip the role words after a title (الخارجية الروسي، مكتب ... بوزارة الدفاع الإسرائيلية)
    and return (first token after them, the country they name)."""
    toks = ctx.toks
    country = None
    start = k
    while k < len(toks) and k - start < MAX_COMPLEMENT_TOKENS:
        if k > start and ctx.punct_between(k - 1, k):
            gap = ctx.nt.norm[toks[k - 1].nend:toks[k].nstart]
            if gap.strip() not in ("،", ","):
                break
        owner = ctx.owner[k]
        if owner is not None:
            if owner.kind in ("person", "blocked"):
                break
            e = owner.entry
            if owner.kind == "lexicon" and e is not None:
                if e.type == "PLACE" and e.kind not in ("capital",):
                    break
                country = country or (e.id if e.type == "COUNTRY" else e.country)
            else:
                country = country or owner.country
            k = owner.j
            continue
        w = toks[k].norm
        iso = ctx.adjective(k)
        if iso:
            country = country or iso
            k += 1
            continue
        if w in ("باسم", "لدي", "في", "العام", "السابق", "الاسبق", "الحالي"):
            k += 1
            continue
        if (w.startswith("ال") or w.startswith("لل")) and ctx.common_noun(w if w.startswith("ال") else "ال" + w[2:]):
            k += 1
            continue
        if w[:1] in "بل" and ctx.common_noun(w[1:]) and len(w) > 3:
            k += 1
            continue
        # idafa: an indefinite common noun followed by a definite word (مدير مكتب الشؤون)
        if not w.startswith("ال") and ctx.common_noun(w) and k + 1 < len(toks) and toks[k + 1].norm.startswith("ال"):
            k += 1
            continue
        break
    return k, country


def _name_tokens(ctx: _Context, k: int) -> int:
    """End of the run of name-like tokens starting at k (k itself when none).

    A name is up to MAX_NAME_TOKENS words, not counting the particles that join its
    parts (عبد، أبو، بن) and the second halves of compound names (نصر الله)."""
    toks = ctx.toks
    before, after = _name_particles()
    n = k
    words = 0
    while n < len(toks) and words < MAX_NAME_TOKENS:
        if n > k and ctx.punct_between(n - 1, n):
            break
        w = toks[n].norm
        if n > k and w in after:
            n += 1
            continue
        if w in before and n + 1 < len(toks) and not ctx.punct_between(n, n + 1):
            n += 1
            continue
        if not ctx.name_like(n, first=n == k):
            break
        if n > k and w.startswith("ال") and w not in ctx.lex.given_names and toks[n - 1].norm not in before \
                and not _surname_like(ctx, n):
            break
        if n > k and w[:1] in "وف" and w not in ctx.lex.given_names:
            break  # "نصر الله وأمثاله": a conjunction ends the name
        if words >= 2 and w not in ctx.lex.given_names and ctx.counts.get(w, 0) >= 20:
            break  # a third word must be a name part, not "مخاطبا"
        n += 1
        words += 1
    while n > k and toks[n - 1].norm in before:
        n -= 1
    return n


def _surname_like(ctx: _Context, n: int) -> bool:
    """A definite word after a first name is a family name ("حيدر العبادي") when the
    bare word is rare in news: common nouns ("الخارجية") and adjectives are not."""
    w = ctx.toks[n].norm
    return (len(w) > 4 and ctx.counts.get(w[2:], 0) < 30 and not ctx.adjective(n)
            and not ctx.stop(w) and not ctx.function_word(n))


def _confirmed_single(ctx: _Context, k: int) -> bool:
    """A one-word name after a title ("الرئيس ترامب") is trusted when the word is rare
    in news (a foreign name) or the article repeats it."""
    w = ctx.toks[k].norm
    if ctx.counts.get(w, 0) < 5 and len(w) >= 4:
        return True
    return ctx.word_count(w) >= 2


def _person_spans(ctx: _Context, f: _Finder) -> None:
    starts_titles = ctx.starts(f.titles)
    toks = ctx.toks
    pos = 0
    for i in sorted(starts_titles.union(ctx.given_names())):
        if i < pos:
            continue
        m = _match_at(ctx.nt, toks, i, f.titles) if i in starts_titles else None
        if m and ctx.free(i, m[1]):
            title, j, _ = m
            k, country = _complement_end(ctx, j)
            if k < len(toks) and k > 0 and ctx.punct_between(k - 1, k):
                gap = ctx.nt.norm[toks[k - 1].nend:toks[k].nstart].strip()
                if gap not in ("،", ","):
                    pos = k
                    continue
            n = _name_tokens(ctx, k)
            if n == k + 1 and not _confirmed_single(ctx, k):
                n = k
            if n > k:
                dropped = _given_name_proclitic(ctx, k)
                s, t = _span_offsets(ctx.nt, toks, k, n, dropped)
                span = _Span(k, n, s, t, "person", country=country,
                             name_norm=" ".join([toks[k].norm[dropped:]] + [tk.norm for tk in toks[k + 1:n]]),
                             acts_for=country if title.represents_state else None)
                ctx.claim(span)
                pos = n
                continue
            pos = max(k, i + 1)
            continue
        # a known given name followed by a surname
        if ctx.owner[i] is None and toks[i].norm in ctx.lex.given_names and i + 1 < len(toks) and not ctx.punct_between(i, i + 1):
            if ctx.function_word(i) and toks[i].norm not in _name_particles()[0]:
                continue  # "على" is no "علي": no name starts here (what _name_tokens would find)
            n = _name_tokens(ctx, i)
            if n - i >= 2:
                s, t = _span_offsets(ctx.nt, toks, i, n, 0)
                ctx.claim(_Span(i, n, s, t, "person", name_norm=" ".join(tk.norm for tk in toks[i:n])))
                pos = n


def _tagged_spans(ctx: _Context, tagged: list[tuple[int, int, str]]) -> None:
    """Names a statistical tagger proposed (token spans typed PER, ORG or LOC) where no
    rule claimed any of the words: the rules and lexicons win every conflict. A span
    that the lexicon resolves (a country, a known place) was claimed already; what is
    left is a person, an organisation or a place no table knows."""
    toks = ctx.toks
    for i, j, typ in tagged:
        if j <= i or j > len(toks) or not ctx.free(i, j):
            continue
        while i < j and (ctx.stop(toks[i].norm) or ctx.function_word(i)):
            i += 1
        while j > i and (ctx.stop(toks[j - 1].norm) or typ != "ORG" and _definite_adjective(ctx, j - 1)):
            j -= 1
        if j <= i or _all_common(ctx, i, j):
            continue
        dropped = _proclitic_cut(ctx, i)
        s, t = _span_offsets(ctx.nt, toks, i, j, dropped)
        first = toks[i].norm[dropped:]
        name_norm = " ".join([first] + [tk.norm for tk in toks[i + 1:j]])
        kind = {"PER": "person", "ORG": "org", "LOC": "place"}[typ]
        country = _country_inside(ctx, i, j) or (_country_before(ctx, i) if typ == "PER" else None)
        span = _Span(i, j, s, t, kind, name_norm=name_norm, country=country)
        span.tagged = True  # type: ignore[attr-defined]
        ctx.claim(span)


def _definite_adjective(ctx: _Context, k: int) -> bool:
    """A nationality adjective that describes the name before it ("ماكرون الفرنسي");
    an indefinite one is more often a name's own last word ("ويلبور روس")."""
    return ctx.norms[k].startswith("ال") and ctx.adjective(k) is not None


def _country_before(ctx: _Context, i: int, reach: int = 4) -> str | None:
    """The country a person's description just before the name gives ("الناشطة السعودية
    لجين الهذلول", "وزير خارجية إيران ..."): a nationality adjective or a country within
    a few words, in the same clause, with no other name in between."""
    k = i - 1
    while k >= 0 and i - k <= reach and not ctx.punct_between(k, k + 1):
        owner = ctx.owner[k]
        if owner is not None:
            if owner.kind == "lexicon" and owner.entry is not None and owner.entry.type == "COUNTRY":
                return owner.entry.id
            return None
        iso = ctx.adjective(k)
        if iso:
            return iso
        k -= 1
    return None


# A word seen this often in news (under any of its proclitic readings) and not a given
# name is a common word when the tagger does not read it as part of a name.
COMMON_WORD_MIN = 20


def _frequent(ctx: _Context, k: int) -> bool:
    w = ctx.toks[k].norm
    if w in ctx.lex.given_names:
        return False
    return max(ctx.counts.get(stem, 0) for stem in _readings(w)) >= COMMON_WORD_MIN


# A free word rarer than this in news (under every proclitic reading) may be part of a
# name no table holds: the tagger looks at the words around it.
NAME_CANDIDATE_MAX = 10


def _open_windows(ctx: _Context) -> list[tuple[int, int]]:
    """Token ranges the tagger should read: two words either side of every free word
    rare enough to be an unknown name, of every person the rules found (for a second
    opinion) and of every organisation whose head alone is generic (to confirm a name)."""
    out: list[tuple[int, int]] = []
    cache = ctx.f.candidates
    owner = ctx.owner
    for k, w in enumerate(ctx.norms):
        if owner[k] is not None:
            continue
        hit = cache.get(w)
        if hit is None:
            hit = cache.put(w, _name_candidate(ctx, w))
        if hit and not ctx.function_word(k):  # "على" written so is no "علي"
            out.append((k - 2, k + 3))
    for sp in ctx.spans():
        if sp.kind == "person" or sp.kind == "org" and getattr(sp, "optional", False):
            out.append((sp.i - 2, sp.j + 2))
    return out


def _name_candidate(ctx: _Context, w: str) -> bool:
    """A word that may be part of a name no table holds: a given name, or a word rarer
    than NAME_CANDIDATE_MAX in news under every proclitic reading (kept per word)."""
    if len(w) < 3 or ctx.stop(w) or w.isdigit():
        return False
    return w in ctx.lex.given_names or max(ctx.counts.get(stem, 0) for stem, _ in clitic_variants(w)) < NAME_CANDIDATE_MAX


def _mark_generic(ctx: _Context) -> None:
    """An organisation found from a generic head (الحكومة، السلطات، القوات) is a named
    organisation only with a name inside it (_named_inside)."""
    for sp in ctx.spans():
        if sp.kind == "org" and getattr(sp, "optional", False):
            sp.generic = not _named_inside(ctx, getattr(sp, "head_j", sp.j), sp.j)  # type: ignore[attr-defined]


def _second_opinion(ctx: _Context) -> None:
    """The tagger checks the people the title and given-name rules found: a name made
    only of frequent words that the tagger reads as no name at all is dropped ("رئيسة
    الوزراء وخطتها", "بوتن يتحمل"); frequent words the rule took beyond the tagger's
    name are cut off ("قال لافروف مبتسما", "أورتيغا مستعدا"); free words the tagger
    reads as part of the name on either side are taken in ("زيد بن رعد الحسين",
    "الوليد بن طلال", "محمد بن عبد الرحمن آل ثاني": family names the rules stop at)."""
    people = [(a, b) for a, b, typ in ctx.tagged if typ == "PER"]
    for sp in ctx.spans():
        if sp.kind != "person" or getattr(sp, "alias", False):
            continue
        over = [(a, b) for a, b in people if a < sp.j and sp.i < b]
        if not over:
            if all(_frequent(ctx, k) for k in range(sp.i, sp.j)):
                _release(ctx, sp, sp.i, sp.j)
            continue
        a, b = over[0][0], over[-1][1]
        i = a if a > sp.i and all(_frequent(ctx, k) for k in range(sp.i, a)) else sp.i
        j = b if b < sp.j and all(_frequent(ctx, k) for k in range(b, sp.j)) else sp.j
        i, j = _grown(ctx, i, j, a, b)
        if (i, j) != (sp.i, sp.j):
            _release(ctx, sp, sp.i, sp.j)
            dropped = _given_name_proclitic(ctx, i)
            s, t = _span_offsets(ctx.nt, ctx.toks, i, j, dropped)
            name_norm = " ".join([ctx.toks[i].norm[dropped:]] + [tk.norm for tk in ctx.toks[i + 1:j]])
            ctx.claim(_Span(i, j, s, t, "person", country=sp.country, acts_for=sp.acts_for, name_norm=name_norm))


# The most words a person's name grows to when the tagger reads more of it.
MAX_GROWN_NAME = 6


def _grown(ctx: _Context, i: int, j: int, a: int, b: int) -> tuple[int, int]:
    """[i, j) grown towards the tagger's name [a, b) over free words in the same clause
    that are no function words; a name ends on no particle (بن، عبد، أبو)."""
    before, _ = _name_particles()

    def takes(k: int) -> bool:
        w = ctx.toks[k].norm
        return ctx.owner[k] is None and not ctx.stop(w) and not ctx.function_word(k)

    while i > a and j - i < MAX_GROWN_NAME and takes(i - 1) and not ctx.punct_between(i - 1, i):
        i -= 1
    end = j
    while end < b and end - i < MAX_GROWN_NAME and takes(end) and not ctx.punct_between(end - 1, end):
        end += 1
    while end > j and ctx.toks[end - 1].norm in before:
        end -= 1
    return i, end


def _given_name_proclitic(ctx: _Context, i: int) -> int:
    """Letters of a proclitic written onto the given name that starts a name ("وسيف",
    "بميشيل"): only when the word itself is no given name and its stem is one."""
    w = ctx.toks[i].norm
    if w in ctx.lex.given_names:
        return 0
    for stem, dropped in clitic_variants(w)[1:]:
        if stem in ctx.lex.given_names:
            return dropped
    return 0


def _release(ctx: _Context, sp: _Span, i: int, j: int) -> None:
    ctx.release(sp, i, j)


def _all_common(ctx: _Context, i: int, j: int) -> bool:
    """Every word of the span is a common word of news under one of its proclitic
    readings, or a function word (a tagger's slip: "المسؤولين", "وأكد على ضرورة")."""
    return all(_common_reading(ctx, tk.norm) for tk in ctx.toks[i:j])


def _common_reading(ctx: _Context, w: str) -> bool:
    if w in ctx.lex.given_names:
        return False
    return any(ctx.stop(stem) or ctx.common_word(stem) or ctx.common_noun(stem) and stem not in ctx.lex.given_names
               for stem in _readings(w))


def _readings(w: str) -> list[str]:
    """What a word may be with its proclitics cut, its future prefix cut ("سيرفع" →
    يرفع) or its accusative alif cut ("ملفا" → ملف, "هاتفيا" → هاتفي)."""
    out = [stem for stem, _ in clitic_variants(w)]
    verb = future_imperfect(w)
    if verb:
        out.append(verb)
    if len(w) > 3 and w.endswith("ا"):
        out.append(w[:-1])
    return out


def _proclitic_cut(ctx: _Context, i: int) -> int:
    """Letters of an attached proclitic at the start of a tagged span ("وماكرون")."""
    w = ctx.toks[i].norm
    if w in ctx.lex.given_names:
        return 0
    best, best_n = 0, ctx.counts.get(w, 0)
    for stem, dropped in clitic_variants(w)[1:]:
        if stem in ctx.lex.given_names:
            return dropped  # "بميشيل": ب + a given name
        n = ctx.counts.get(stem, 0)
        if n > best_n:
            best, best_n = dropped, n
    return best


def _country_inside(ctx: _Context, i: int, j: int) -> str | None:
    """The country a nationality adjective inside a tagged span names."""
    for k in range(i, j):
        iso = ctx.adjective(k)
        if iso:
            return iso
    return None


def _alias_spans(ctx: _Context, f: _Finder) -> None:
    """Surnames alone after the full name; lexicon short forms after their full form."""
    starts_aliases = ctx.starts(f.aliases)
    toks = ctx.toks
    persons = {}
    seen_entries = set()
    for sp in ctx.spans():
        if sp.kind == "person":
            parts = sp.name_norm.split()
            if len(parts) >= 2:
                persons.setdefault(parts[-1], sp)
                persons.setdefault(" ".join(parts[-2:]), sp) if len(parts) > 2 else None
        elif sp.kind == "lexicon" and sp.entry is not None:
            seen_entries.add(sp.entry.id)
    # only the words that can be an alias: a reading is a known surname, or a short
    # form of an entry already named
    cands = set(starts_aliases) if seen_entries else set()
    forms = {w for key in persons for w in proclitic_forms(key)}
    if forms:
        cands.update(i for i in [i for i, w in enumerate(ctx.norms) if w in forms]
                     if any(stem in persons for stem, _ in clitic_variants(ctx.norms[i])))
    for i in sorted(cands):
        tok = toks[i]
        if ctx.owner[i] is not None:
            continue
        if ctx.function_word(i):
            continue
        for stem, dropped in clitic_variants(tok.norm):
            sp = persons.get(stem)
            if sp is not None and (dropped == 0 or stem not in ctx.lex.given_names):
                s, t = _span_offsets(ctx.nt, toks, i, i + 1, dropped)
                alias = _Span(i, i + 1, s, t, "person", country=sp.country, name_norm=sp.name_norm, acts_for=sp.acts_for)
                alias.alias = True  # type: ignore[attr-defined]
                ctx.claim(alias)
                break
        if ctx.owner[i] is not None:
            continue
        m = _match_at(ctx.nt, toks, i, f.aliases) if i in starts_aliases else None
        if m and m[0].id in seen_entries and ctx.free(i, m[1]):
            e, j, dropped = m
            s, t = _span_offsets(ctx.nt, toks, i, j, dropped)
            ctx.claim(_Span(i, j, s, t, "lexicon", entry=e, country=e.country, acts_for=e.acts_for))


def _generic_spans(ctx: _Context) -> None:
    """"المملكة" alone stands for the kingdom the article talks about most."""
    monarchies: dict[str, int] = {}  # kingdom → words naming it
    for sp in ctx.spans():
        if sp.kind == "lexicon" and sp.entry is not None and sp.entry.monarchy:
            words = sum(1 for k in range(sp.i, sp.j) if ctx.owner[k] is sp)
            monarchies[sp.entry.id] = monarchies.get(sp.entry.id, 0) + words
    if not monarchies:
        return
    forms = ctx.f.generic_forms()
    for i in [i for i, w in enumerate(ctx.norms) if w in forms]:
        tok = ctx.toks[i]
        if ctx.owner[i] is not None:
            continue
        for stem, dropped in clitic_variants(tok.norm):
            how = ctx.lex.generic_refs.get(stem)
            if how == "monarchy" and monarchies:
                iso = max(monarchies, key=lambda k: (monarchies[k], k))
                e = ctx.lex.by_id.get(iso)
                if e is None:
                    break
                s, t = _span_offsets(ctx.nt, ctx.toks, i, i + 1, dropped)
                ctx.claim(_Span(i, i + 1, s, t, "generic", entry=e, country=iso, acts_for=iso))
                break


@lru_cache(maxsize=None)
def _iso2_to_3(iso2: str) -> str | None:
    import pycountry

    c = pycountry.countries.get(alpha_2=iso2)
    return c.alpha_3 if c else None


def _flag_mentions(text: str) -> list[tuple[str, int, int]]:
    out = []
    for m in _FLAG.finditer(text):
        iso2 = "".join(chr(ord(c) - 0x1F1E6 + ord("A")) for c in m.group())
        iso3 = _iso2_to_3(iso2)
        if iso3:
            out.append((iso3, m.start(), m.end()))
    return out


# --- assembly ------------------------------------------------------------------------
Tagger = Callable[[list[Token], list[tuple[int, int]]], list[tuple[int, int, str]]]


def find_entities(nt: NormText, toks: list[Token], lex: Lexicon | None = None,
                  blocked: list[tuple[int, int]] | None = None,
                  tagged: list[tuple[int, int, str]] | Tagger | None = None) -> list[Entity]:
    """All entities of a text, one record per real-world entity with all its mentions.

    `tagged` is what a statistical tagger proposes: token spans typed PER/ORG/LOC, or a
    tagger called with the token windows the rules leave open (``_open_windows``) that
    returns them. Lexicons and rules win every conflict.

    `blocked` spans (time expressions) are never part of an entity, so that
    "بيان القوات المسلحة الملكية الثلاثاء" does not grow a weekday."""
    lex = lex or load_lexicon()
    f = _finder(lex)
    ctx = _Context(nt, toks, lex, f)
    ctx.tagged = tagged if isinstance(tagged, list) else []
    if blocked:
        _block(ctx, blocked)
    _lexicon_spans(ctx, f)
    _quoted_names(ctx, f)
    _org_spans(ctx, f)
    _place_spans(ctx, f)
    _person_spans(ctx, f)
    if callable(tagged):
        ctx.tagged = tagged(toks, _open_windows(ctx))
    if tagged is not None:
        _second_opinion(ctx)
    if ctx.tagged:
        _tagged_spans(ctx, ctx.tagged)
    _mark_generic(ctx)
    _alias_spans(ctx, f)
    _generic_spans(ctx)

    text = nt.original
    entities: dict[str, Entity] = {}
    for sp in ctx.spans():
        surface = text[sp.start:sp.end]
        if getattr(sp, "generic", False):
            continue  # a state body named by its kind only: no named organisation
        if sp.kind in ("lexicon", "generic"):
            e = sp.entry
            assert e is not None
            ent = entities.get(e.id)
            if ent is None:
                ent = entities[e.id] = Entity(e.id, e.type, e.name, e.name_ar, e.country if e.type != "COUNTRY" else e.id, [], e.kind,
                                              actor=_lexicon_actor(e))
            ent.mentions.append(Mention(surface, sp.start, sp.end, sp.kind if sp.kind == "generic" else "lexicon"))
            continue
        etype = {"org": "ORG", "place": "PLACE"}.get(sp.kind, "PERSON")
        key_norm = _canonical_norm(sp.name_norm)
        prefix = {"ORG": "org", "PLACE": "plc"}.get(etype, "per")
        eid = f"{prefix}-{slugify(romanize(key_norm))}"
        ent = entities.get(eid)
        if ent is None:
            name_ar = surface.strip()
            ent = entities[eid] = Entity(eid, etype, _display_name(etype, key_norm, name_ar), name_ar, sp.country, [],
                                         sp.org_kind if etype in ("ORG", "PLACE") else None)
        if ent.country is None and sp.country:
            ent.country = sp.country
        if ent.actor is None:
            if sp.acts_for:
                ent.actor = sp.acts_for
            elif etype == "ORG" and not getattr(sp, "generic", False) and sp.org_kind not in _STATE_BODY_KINDS:
                ent.actor = eid
        ent.mentions.append(Mention(surface, sp.start, sp.end, "alias" if getattr(sp, "alias", False) else ("title" if etype == "PERSON" else "pattern")))
    for iso3, s, t in _flag_mentions(text):
        rec = lex.by_id.get(iso3)
        if rec is None:
            continue
        ent = entities.get(iso3)
        if ent is None:
            ent = entities[iso3] = Entity(iso3, "COUNTRY", rec.name, rec.name_ar, iso3, [], rec.kind, actor=iso3)
        ent.mentions.append(Mention(text[s:t], s, t, "flag"))
    out = _merge_name_parts(list(entities.values()), text)
    for e in out:
        e.mentions.sort(key=lambda m: m.start)
    out.sort(key=lambda e: e.first_offset)
    return out


def _name_words(e: Entity) -> tuple[str, ...]:
    """The words of a person's longest mention, normalised."""
    return _mention_words(max(e.mentions, key=lambda m: len(m.text)).text)


def _merge_name_parts(entities: list[Entity], text: str = "") -> list[Entity]:
    """One name, one entity: a person entity whose every mention is a run of the words
    of exactly one longer person's name ("سيرغي" or "لافروف" beside "سيرغي لافروف",
    "محمود أبو زيد يشيد" beside ...) joins that person; so does an organisation or place
    found by pattern or tagger inside a longer one of the same type ("الخارجية الإيرانية"
    beside "وزارة الخارجية الإيرانية"). A part shared by two ("محمد" beside "محمد بن
    سلمان" and "محمد مرسي") stays as it is. Lexicon entries keep their own identity."""
    merged: set[int] = set()
    _merge_bracketed(entities, text, merged)
    _merge_kind_heads(entities, merged)
    _merge_spellings(entities, merged)
    for etype in ("PERSON", "ORG", "PLACE"):
        _merge_type(entities, etype, merged)
    return [e for e in entities if id(e) not in merged]


# What may stand between an organisation's name and a bracketed short form: at most one
# word ("وكالة الأنباء السودانية الرسمية (سونا)").
_BRACKET_GAP = re.compile(r"\s*(?:[^\s()]+\s*)?\(\s*")


def _merge_bracketed(entities: list[Entity], text: str, merged: set[int]) -> None:
    """"وكالة الأنباء السعودية (واس)", "حلف شمال الأطلسي (ناتو)": an organisation named in
    brackets right after another is another name of it. The entity the rules or the
    tagger made up joins the one a lexicon knows (two lexicon entries stay apart)."""
    orgs = [e for e in entities if e.type == "ORG"]
    opened: dict[int, Entity] = {}  # where a bracketed name would start -> the name before
    for e in orgs:
        for m in e.mentions:
            gap = _BRACKET_GAP.match(text, m.end)
            if gap:
                opened[gap.end()] = e
    for e in orgs:
        for m in e.mentions:
            host = opened.get(m.start)
            if host is None or host is e or id(host) in merged or id(e) in merged \
                    or not text[m.end:m.end + 3].lstrip().startswith(")"):
                continue
            if e.id.startswith("org-"):
                _join(host, e, merged)
            elif host.id.startswith("org-"):
                _join(e, host, merged)


@lru_cache(maxsize=1)
def _kind_heads() -> frozenset[str]:
    """Place heads that only say what kind of place the name after them is (محافظة،
    ولاية، مدينة: with_head 0 in place_heads.tsv)."""
    return frozenset(normalize_for_match(form) for form, with_head in _read_column("place_heads.tsv", "form", "with_head")
                     if with_head == "0")


def _merge_kind_heads(entities: list[Entity], merged: set[int]) -> None:
    """"محافظة إدلب" beside "إدلب" in one article is one place, as the news reads it
    (even when the lexicon holds the province and the city apart)."""
    places = [e for e in entities if e.type == "PLACE" and e.mentions]
    bare = {_name_words(e): e for e in places}
    heads = _kind_heads()
    for e in places:
        words = _name_words(e)
        host = bare.get(words[1:]) if len(words) > 1 and words[0] in heads else None
        if host is not None and host is not e and id(host) not in merged and id(e) not in merged:
            _join(host, e, merged)


def _join(into: Entity, part: Entity, merged: set[int]) -> None:
    into.mentions.extend(part.mentions)
    into.country = into.country or part.country
    into.actor = into.actor or part.actor
    merged.add(id(part))


def _merge_spellings(entities: list[Entity], merged: set[int]) -> None:
    """Two spellings of one person's name in one article ("جيمس جيفري" and "جيم جيفري",
    "شهباز شريف" and "شاهباز شريف"): the same family name and first names one letter
    apart. Brothers ("نواز شريف", "شهباز شريف") differ by more. Only names of the same
    length and family name are compared (a long text holds hundreds of people)."""
    families: dict[tuple[int, str], list[tuple[Entity, tuple[str, ...]]]] = {}
    for e in entities:
        if e.type == "PERSON" and e.mentions:
            words = _name_words(e)
            if len(words) >= 2:
                families.setdefault((len(words), words[-1]), []).append((e, words))
    for people in families.values():
        for k, (e, we) in enumerate(people):
            if id(e) in merged:
                continue
            for o, wo in people[k + 1:]:
                if id(o) in merged or wo == we:
                    continue
                if all(a == b or _one_letter_apart(a, b) for a, b in zip(we[:-1], wo[:-1])):
                    e.mentions.extend(o.mentions)
                    e.country = e.country or o.country
                    e.actor = e.actor or o.actor
                    merged.add(id(o))


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter added, dropped or changed (and names long enough for that to say so)."""
    if min(len(a), len(b)) < 3 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


def _merge_type(entities: list[Entity], etype: str, merged: set[int]) -> None:
    group = [e for e in entities if e.type == etype and e.mentions]
    if len(group) < 2:
        return
    words = {id(e): _name_words(e) for e in group}
    holding: dict[str, list[Entity]] = {}  # word (without ال) -> the names that hold it
    for o in group:
        for w in {_bare(w) for w in words[id(o)]}:
            holding.setdefault(w, []).append(o)
    for e in sorted(group, key=lambda e: len(words[id(e)])):
        if etype != "PERSON" and not e.id.startswith(("org-", "plc-")):
            continue
        mine = {_mention_words(m.text) for m in e.mentions}
        if () in mine:
            continue
        size = len(words[id(e)])
        # a host's name is longer than e's, so (unless a mention of e has more words
        # than its longest-written one) each mention must be a run of the host's words:
        # only names holding a mention's first word can host
        if all(len(w) <= size for w in mine):
            candidates = holding.get(_bare(next(iter(mine))[0]), ())
        else:
            candidates = group
        hosts = []
        for o in candidates:
            wo = words[id(o)]
            if len(wo) > size and o is not e and id(o) not in merged \
                    and all(_run_of(w, wo) or _run_of(wo, w) or etype == "ORG" and _shortened(w, wo) for w in mine):
                hosts.append(o)
                if len(hosts) > 1:
                    break  # a part shared by two stays as it is
        if len(hosts) == 1:
            host = hosts[0]
            host.mentions.extend(e.mentions)
            host.country = host.country or e.country
            host.actor = host.actor or e.actor
            merged.add(id(e))


@lru_cache(maxsize=20_000)
def _mention_words(text: str) -> tuple[str, ...]:
    """A mention's normalised words, a leading proclitic of "لل" read as the article."""
    words = normalize_for_match(text.replace("_", " ").replace("#", " ")).split()
    if words and words[0].startswith("لل"):
        words[0] = "ال" + words[0][2:]
    return tuple(words)


def _shortened(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Whether an organisation's name ``part`` is ``whole`` with inner words left out, its
    head and last word kept ("المخابرات المصرية" for "المخابرات العامة المصرية")."""
    if len(part) < 2 or _bare(part[0]) != _bare(whole[0]) or part[-1] != whole[-1]:
        return False
    rest = iter(whole[1:-1])
    return all(w in rest for w in part[1:-1])


def _bare(w: str) -> str:
    """A word without its article ("الوكالة" and "وكالة" head one name)."""
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


def _run_of(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Whether ``part`` is a run of consecutive words of ``whole``."""
    n = len(part)
    return 0 < n <= len(whole) and any(whole[k:k + n] == part for k in range(len(whole) - n + 1))


def _block(ctx: _Context, spans: list[tuple[int, int]]) -> None:
    import bisect

    starts = [t.start for t in ctx.toks]
    for a, b in spans:
        i = bisect.bisect_right(starts, a) - 1
        i = max(i, 0)
        while i < len(ctx.toks) and ctx.toks[i].start < b:
            if ctx.toks[i].end > a:
                ctx.owner[i] = _BLOCK
            i += 1


def _display_name(etype: str, key_norm: str, name_ar: str) -> str:
    """The English name of an entity no lexicon holds: composed from known name parts or
    a readable romanisation for people and places (core.names); otherwise, and for
    organisations (whose words translate rather than transliterate), the Arabic."""
    if etype in ("PERSON", "PLACE"):
        from core.names import english_name

        return english_name(key_norm) or name_ar
    return name_ar


def _canonical_norm(name_norm: str) -> str:
    """Identity key of a pattern entity: its normalised words, proclitics already cut."""
    return " ".join(name_norm.split())


# Bodies that only ever act for a state: without a known state they are no actor.
_STATE_BODY_KINDS = {"ministry", "government", "army", "military", "police", "embassy", "parliament",
                     "central_bank", "security", "government_body", "court", "consulate"}


# Named in the news but not a party to its events: the outlet reporting them, clubs.
NON_ACTOR_KINDS = {"media", "sports_club"}


def _lexicon_actor(e: LexEntry) -> str | None:
    if e.kind in NON_ACTOR_KINDS:
        return None
    if e.type == "COUNTRY":
        return e.id
    if e.acts_for:
        return e.acts_for
    if e.type == "ORG":
        return e.id
    return None

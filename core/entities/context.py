"""One article's state while the rules run: tokens, claimed spans, what was found."""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from itertools import compress, count, repeat
from operator import and_, itemgetter

from core import prepared
from core.entities.finder import (
    _ARABIC_WORD,
    COMPOUND_FIRST_BIT,
    GIVEN_NAME_BIT,
    PHRASE_BITS,
    SERVANT,
    _Finder,
    _Index,
    _joined,
    _match_at,
    _Span,
)
from core.entities.tables import (
    COMMON_NOUN_MIN,
    _name_particles,
    _read_column,
    _surface_stopword_keys,
    _surface_stopwords,
    _word_counts,
)
from core.lexicon import Lexicon, two_word_adjectives
from core.names import known_parts
from core.text import (
    NormText,
    Token,
    WordCache,
    clitic_variants,
    dediac,
    future_imperfect,
    hamza_article,
    normalize_for_match,
    proclitic_forms,
    token_norms,
)


_ALI = "علي"
_UNSEEN = object()  # a word the lexicon's adjective cache has not met
# How often news must write the other persons of a verb for a word to read as that verb.
VERB_FORMS_MIN = 10
# How often news must write an imperfect verb for the future prefix on it to read so
# (20 left "سيغيب", يغيب 17 times, inside a player's name; NER.md, 2026-12-04 6 a.m.).
FUTURE_VERB_MIN = 12
FUTURE_FORM_MIN = 3
# How often news must write a word without its final ا, bare and with the article, for
# that ا to be the accusative ending of a common word ("فجرا": فجر، الفجر).
ACCUSATIVE_STEM_MIN = (100, 30)
ACCUSATIVE_ALONE_MIN = (30, 30)  # the same for a one-word name
# Function words that end in ى, written with ي (the spelling of a text that writes every
# final ى so), and their normalised forms.
_YA_SPELT = frozenset(("إلي", "حتي", "لدي"))
_YA_KEYS = frozenset(("الي", "حتي", "لدي"))


# From how many words ``_Context.positions`` finds them in one pass over the tokens (a set
# look-up per token, about 2.5 times a search's comparison per token) rather than one
# list search per word.
POSITIONS_BY_SET = 3


_FIRST = itemgetter(0)  # a (first word, span) pair's first word: the sort key read in C
_SECOND = itemgetter(1)  # its span

# The rules' tables ``_Context.words_in`` has met (kept alive here, so that an id names one
# table), every word they hold, and how many times that union grew.
_TABLES: dict[int, object] = {}
_TABLE_UNION: set[str] = set()
_TABLES_VERSION = [0]


def _add_table(table) -> None:
    """Register a rule table for ``words_in``. Its words join the union once, so a table
    must not gain words after its first use (a word added later would never be found):
    only tables kept for the process, frozen sets or dicts built once, are passed."""
    assert not isinstance(table, set), "a mutable set cannot be a rule table of words_in"
    _TABLES[id(table)] = table
    _TABLE_UNION.update(table)
    _TABLES_VERSION[0] += 1


def _first_owned(owner: list, sp) -> int | None:
    """The first word of span ``sp`` that it still owns, None for none."""
    for k in range(sp.i, sp.j):
        if owner[k] is sp:
            return k
    return None


class _Context:
    def __init__(self, nt: NormText, toks: list[Token], lex: Lexicon, f: _Finder, masks: list[int] | None = None):
        self.nt, self.toks, self.lex, self.f = nt, toks, lex, f
        self.owner: list[_Span | None] = [None] * len(toks)
        self.counts = _word_counts()
        self._surface: dict[int, str] = {}
        # the indexes each word may begin a phrase of, looked up in C for the whole
        # article, so that the start positions of an index come without a scan per rule
        self.norms = norms = token_norms(toks)
        if masks is None:  # (masks given are the words' start masks, never None: not searched for it)
            masks = list(map(f._masks.get, norms))
            if None in masks:  # words the finder has not met yet
                for i in [i for i, m in enumerate(masks) if m is None]:
                    masks[i] = f.start_mask(norms[i])
        self.masks = masks  # with each word's CANDIDATE_BIT, which the tagger's windows read
        # (position, mask) of the words that begin something: picked in C, since most
        # words of an article begin nothing
        self._marked = list(compress(enumerate(masks), map(and_, masks, repeat(PHRASE_BITS))))
        self._marked_columns = tuple(zip(*self._marked)) or ((), ())  # (positions, masks) of _marked
        self._cands: dict[int, frozenset[int]] = {}
        self._compounds: list[int] | None = None  # compound_starts, once asked
        self.claimed: list[_Span] = []
        self.tagged: list[tuple[int, int, str]] = []  # a statistical tagger's proposals
        self._word_counts: dict[str, int] | None = None
        self._word_set: set[str] | None = None
        self._live: list[_Span] | None = None  # spans() until a release or a claim over owned words
        self._live_at: list[int] = []
        self._live_ids: set[int] = set()
        self._tagged_org: tuple[list, frozenset[int]] | None = None
        self._two_word: dict[int, tuple[str, int]] | None = None  # two-word nationality adjectives
        self._adjective_words = lex.adjective_words  # word -> lex.adjective_of(word), filled as read
        self._matches: dict[int, list[tuple[int, tuple | None]]] = {}  # id(index) -> matches(index)
        self.home: tuple[str | None] | None = None  # (the article's home country,) once home.home_country read it
        self._table_words: set[str] | None = None  # words_in's article words that some table holds
        self._table_version = 0
        self._stop_keys = _surface_stopword_keys()  # what function_word asks some forty times an article

    def starts(self, index: _Index) -> frozenset[int]:
        """Token positions where a phrase of `index` may start (computed once per text)."""
        hit = self._cands.get(id(index))
        return hit if hit is not None else self._starts(index)

    def _starts(self, index: _Index) -> frozenset[int]:
        """starts(index) computed, apart from the cache's test: its generator's name would
        be a cell made at every call."""
        # the index's bit found by identity (== on two indexes compares their tables),
        # its positions picked in C
        for k, x in enumerate(self.f.indexes):  # a loop, not a generator: no closure cell
            if x is index:
                break
        else:
            raise ValueError("an index of another finder")  # (next() of the generator raised StopIteration)
        bit = 1 << k
        at, masks = self._marked_columns
        hit = self._cands[id(index)] = frozenset(compress(at, map(and_, masks, repeat(bit))))
        return hit

    def matches(self, index: _Index) -> list[tuple[int, tuple | None]]:
        """(position, ``_match_at`` there) of every word that may begin a phrase of
        `index`, in text order: matched once per article for the rules that walk all of
        an index's starts (four the organisation heads, three the aliases); the match
        depends on the words only, not on what the rules claimed."""
        hit = self._matches.get(id(index))
        if hit is None:  # a loop, not a comprehension: its names would be cells of every call
            hit = []
            for i in sorted(self.starts(index)):
                hit.append((i, _match_at(self.nt, self.toks, i, index)))
            self._matches[id(index)] = hit
        return hit

    def given_names(self) -> list[int]:
        """Positions of words that are given names, and of the first words of given
        names of two words ("عبد الله غل": ``compound_given``)."""
        out = self._marked_with(GIVEN_NAME_BIT)
        firsts = self.compound_starts()
        return sorted(out + firsts) if firsts else out

    def whole_name(self, w: str) -> bool:
        """The word as written is a name of its own: a given name, a one-word name of the
        name-parts table ("ليون" Leon) or a one-word form of a lexicon entry ("ليون" Lyon,
        "أتلانتا"): no proclitic is read off it ("ليون" is no ل + "يون"). Kept per word
        by the finder: the name rules ask it of the same words in every article."""
        hit = self.f.whole_names.get(w)
        if hit is None:
            hit = self.f.whole_names.put(w, self._whole_name(w))
        return hit

    def _whole_name(self, w: str) -> bool:
        if w in _name_particles()[0]:
            return False  # "فإن" written so is ف + إن, not the particle "فان"
        return w in self.lex.given_names or (w,) in known_parts() or bool(self.lex.lookup(w))

    def given_name_then_name(self, i: int) -> bool:
        """The word as written is a given name, and a word that may be a name follows it
        in the same clause: a one-word place read under a proclitic gives way to the
        person ("كلاوس إيبرمان" is no ك + لاوس)."""
        return self.norms[i] in self.lex.given_names and i + 1 < len(self.norms) \
            and not self.punct_between(i, i + 1) and self.name_like(i + 1, first=False)

    def compound_starts(self) -> list[int]:
        """Positions where a given name of two words begins ("عبد الفتاح"، "أبو بكر"), in
        text order: worked out once per article from the few words that may begin one."""
        hit = self._compounds
        if hit is None:
            hit = self._compounds = list(filter(self._compound_at, self._marked_with(COMPOUND_FIRST_BIT)))
        return hit

    def _marked_with(self, bit: int) -> list[int]:
        """Positions of the marked words whose mask has ``bit``, in text order (picked in
        C: a comprehension over the marked words cost a Python step each)."""
        at, masks = self._marked_columns
        return list(compress(at, map(and_, masks, repeat(bit))))

    def compound_given(self, i: int) -> bool:
        """Words i and i + 1 are a given name of two words, no pause between them."""
        return i in (self._compounds if self._compounds is not None else self.compound_starts())

    def _compound_at(self, i: int) -> bool:
        norms = self.norms
        if i + 1 >= len(norms):
            return False
        w, nxt = norms[i], norms[i + 1]
        seconds = self.f.compound_given().get(w)
        if seconds is not None and nxt in seconds or w == SERVANT and nxt[:2] == "ال" and len(nxt) > 3:
            return not self.punct_between(i, i + 1)
        return False

    def free(self, i: int, j: int) -> bool:
        """No rule owns a word of [i, j) (a slice searched in C: spans are always true)."""
        return not any(self.owner[i:j])

    def claim(self, span: _Span) -> None:
        if self._live is not None:
            self._keep_live(span)
        for k in range(span.i, span.j):
            self.owner[k] = span
        self.claimed.append(span)

    def _keep_live(self, span: _Span) -> None:
        """Before ``span`` claims its words: a span over free words changes no other
        span's words, so it joins the live spans at its first word (about half of an
        article's claims) instead of their being worked out again by the next
        ``spans()``; any other claim lets them go."""
        i, j = span.i, span.j
        if i < j and not any(self.owner[i:j]) and id(span) not in self._live_ids:
            k = bisect_left(self._live_at, i)
            self._live.insert(k, span)
            self._live_at.insert(k, i)
            self._live_ids.add(id(span))
        else:
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
        is released or claims words another span owns (``_keep_live``)."""
        if self._live is not None:
            return list(self._live)
        owner = self.owner
        live = {}
        for sp in self.claimed:
            if id(sp) not in live:
                # most spans still own their first word; a loop, not a generator, for the rest
                first = sp.i if sp.i < sp.j and owner[sp.i] is sp else _first_owned(owner, sp)
                if first is not None:
                    live[id(sp)] = (first, sp)
        ordered = sorted(live.values(), key=_FIRST)
        self._live = list(map(_SECOND, ordered))
        self._live_at = list(map(_FIRST, ordered))  # each live span's first word, for _keep_live
        self._live_ids = set(live)
        return list(self._live)

    def tagged_org_words(self) -> frozenset[int]:
        """Positions of the words inside organisations the tagger proposed."""
        if self._tagged_org is None or self._tagged_org[0] is not self.tagged:  # proposals came since
            self._tagged_org = (self.tagged, frozenset(k for a, b, typ in self.tagged if typ == "ORG" for k in range(a, b)))
        return self._tagged_org[1]

    def word_set(self) -> set[str]:
        """The article's distinct words (made once), to intersect with a table's forms."""
        if self._word_set is None:
            self._word_set = set(self.norms)
        return self._word_set

    def words_in(self, table) -> set[str]:
        """The article's words that ``table`` holds (``word_set() & table``; a dict: its
        keys), for a table of the rules kept for the process. The article's words that
        any such table holds (some 8 of 160 distinct words) are found once, and each
        table is intersected with those: a dozen rules intersected all the article's
        words with tables of hundreds to 28,000 forms."""
        if _TABLES.get(id(table)) is not table:
            _add_table(table)
        cand = self._table_words
        if cand is None or self._table_version != _TABLES_VERSION[0]:
            self._table_version = _TABLES_VERSION[0]  # read first: a table added meanwhile makes it stale
            cand = self._table_words = self.word_set() & _TABLE_UNION
        return cand & table.keys() if isinstance(table, dict) else cand & table

    def positions(self, words: set[str]) -> list[int]:
        """Positions of the tokens whose word is one of a few ``words`` (found by the
        list's own search, not a walk over every token in Python), in text order. From
        three words on, one pass that tests each token against the set costs less than a
        search of the whole list per word (POSITIONS_BY_SET)."""
        norms = self.norms
        if len(words) >= POSITIONS_BY_SET:
            return list(compress(count(), map(words.__contains__, norms)))
        out: list[int] = []
        for w in words:
            i = -1
            try:
                while True:
                    i = norms.index(w, i + 1)
                    out.append(i)
            except ValueError:
                pass
        out.sort()
        return out

    def word_count(self, w: str) -> int:
        """How often the article has this exact word (counted once per article)."""
        if self._word_counts is None:
            self._word_counts = Counter(self.norms)  # counted in C
        return self._word_counts.get(w, 0)

    def punct_between(self, a: int, b: int) -> bool:
        """Whether the two words may not belong to one name (``_joined``); a single
        space, the gap between most words, is read here without the call."""
        nt, toks = self.nt, self.toks
        ta, tb = toks[a], toks[b]
        return nt.norm[ta.nend:tb.nstart] != " " and not _joined(nt, ta, tb)

    def adjective(self, i: int) -> str | None:
        """ISO3 of the nationality adjective at token i (one word, or either word of two).
        Asked some thirty times an article, mostly of words met before: the lexicon's
        cache of words is read here first, and the two-word table only when it says none."""
        w = self.norms[i]
        iso = self._adjective_words.get(w, _UNSEEN)
        if iso is _UNSEEN:
            iso = self.lex.adjective_of(w)
        if iso is not None:
            return iso
        two = self._two_word if self._two_word is not None else self._two_words()
        hit = two.get(i)
        return hit[0] if hit is not None else None

    def listed_adjective(self, i: int) -> bool:
        """A nationality adjective with و after another ("الجانبين المصري والأردني"): the
        second of a list describing the noun before the first, standing for no man."""
        return i > 0 and self.norms[i][:1] == "و" and not self.punct_between(i - 1, i) \
            and self.adjective(i - 1) is not None

    def adjective_end(self, i: int) -> int:
        """The token after the nationality adjective at i (two words for "الكوري الشمالي")."""
        return self._two_words().get(i, (None, i + 1))[1]

    def _two_words(self) -> dict[int, tuple[str, int]]:
        """Both words of each two-word nationality adjective -> (ISO3, the token after it)."""
        if self._two_word is None:
            self._two_word = {}
            for i, iso in two_word_adjectives(self.lex, self.norms).items():
                self._two_word[i] = self._two_word[i + 1] = (iso, i + 2)
        return self._two_word

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

    def verb_like(self, w: str) -> bool:
        """A word that news also writes in another person of the same verb ("تنجز" beside
        "ينجز"، "رفعنا" beside "رفعت") is a verb, not a name after an organisation head
        ("حكومة تنجز"); a foreign name has no such forms ("تاس" beside no "ياس" of note)."""
        if w in self.lex.given_names:
            return False
        stem = w[:-2] if w.endswith(("ها", "هم")) and len(w) > 5 else w
        n = self.persons(stem, "يتن", own=w, names=True) if stem[:1] in "يتن" and len(stem) > 3 else 0
        if stem.endswith("نا") and len(stem) > 4:
            n += sum(self.counts.get(x, 0) for x in (stem[:-2] + "ت", stem[:-2] + "وا") if x not in self.lex.given_names)
        return n >= VERB_FORMS_MIN

    def persons(self, stem: str, prefixes: str, own: str = "", names: bool = False) -> int:
        """How often news writes the imperfect ``stem`` with each of ``prefixes`` in place
        of its own first letter (its persons: "يعلم"، "تعلم"، "نعلم"), the word as written
        (``own``, default ``stem``) left out, and with ``names`` the given names too
        ("تونس" beside the name "يونس"): the one count of a verb's other persons the
        rules read."""
        own = own or stem
        forms = {p + stem[1:] for p in prefixes} - {own}
        return sum(self.counts.get(x, 0) for x in forms if not (names and x in self.lex.given_names))

    def verb_form(self, w: str, later: bool = False) -> bool:
        """A verb, by its form: a future prefix on a frequent imperfect ("سيسجل" → يسجل),
        or a past verb in the first person plural that news also writes in other persons
        ("هددنا" beside "هددت"). The imperfect's other persons are no evidence here:
        "نورا" beside "تورا", "تومي" beside "يومي" are names. ``later``: a word after a
        name's first, where a future form news rarely writes itself still ends the name
        ("برلسكوني سيتجه"، "ظريف سينفي") once its imperfect has four letters."""
        if w in self.lex.given_names:
            return False
        verb = future_imperfect(w)
        if verb is not None:  # "سيشاركان": the dual or plural of a frequent imperfect too;
            # news must write the future form itself a few times: "سيوم"، "سيزوران" are names
            stem = verb[:-2] if verb.endswith(("ان", "ون")) and len(verb) > 5 else verb
            return (self.counts.get(w, 0) >= FUTURE_FORM_MIN or later and len(verb) >= 4) \
                and max(self.counts.get(verb, 0), self.counts.get(stem, 0)) >= FUTURE_VERB_MIN
        return w.endswith("نا") and self.verb_like(w)

    def accusative(self, w: str, alone: bool = False) -> bool:
        """An indefinite accusative, by its form: a common word that also takes the
        article, with the ending ا ("فجرا"، "برنامجا"), ends no name the tagger runs over
        it ("جاسم محمد فجرا"); a name in ا has no such stem ("سولانا"، "لانا"), or is
        written far more often than it ("كوريا" beside "كوري"). ``alone``: the whole of
        a name the tagger read ("عزيزا أبيا كريما"), where a less frequent stem will do."""
        stem = w[:-1]
        if w[-1:] != "ا" or len(stem) < 3 or w in self.lex.given_names:
            return False
        bare, definite = ACCUSATIVE_ALONE_MIN if alone else ACCUSATIVE_STEM_MIN
        n = self.counts.get(stem, 0)  # and news writes the stem far more: "كوريا" is no "كوري" + ا
        return n >= bare and self.counts.get("ال" + stem, 0) >= definite and 4 * self.counts.get(w, 0) <= n

    def circumstantial(self, w: str) -> bool:
        """A participle in the accusative that says how the one named acts ("قال لافروف
        مبتسما"، "ممازحا"، "متجهما"): مـ...ـا with no ي inside and no ا after its م. Such
        words are rare one by one, so no count of news tells them; the foreign names of that
        shape hold a long vowel ("ماريا"، "مونيكا"، "ميستورا") or are in the tables."""
        return (len(w) >= 5 and w[0] == "م" and w[-1] == "ا" and w[1] != "ا" and "ي" not in w[1:-1]
                and w not in self.lex.given_names)

    def function_word(self, i: int) -> bool:
        """A function word that normalisation made look like a name ("على" → "علي"); in a
        text that writes the final ى as ي ("إلي"، "حتي"), "علي" written so is "على" too."""
        if self.norms[i] not in self._stop_keys:
            return False
        w = self.surface(i)
        return w in _surface_stopwords() or w == _ALI and self.ya_for_maqsura()

    _ya: bool | None = None

    def ya_for_maqsura(self) -> bool:
        """Whether the text writes a function word's final ى as ي ("إلي"، "حتي"، "لدي")."""
        if self._ya is None:
            self._ya = any(self.surface(k) in _YA_SPELT for k in self.positions(_YA_KEYS & self.word_set()))
        return self._ya

    def surface(self, i: int) -> str:
        """The word as written, without diacritics (cached per token)."""
        hit = self._surface.get(i)
        if hit is None:
            t = self.toks[i]
            hit = self._surface[i] = dediac(self.nt.original[t.start:t.end])
        return hit

    def stop(self, w: str) -> bool:
        """A stop word of the lexicon, unless every time the article writes it, it writes
        a hamza the stop word has not (``named_stops``)."""
        return w in self.lex.stopwords and w not in self.named_stops()

    _named_stops: frozenset[str] | None = None

    def named_stops(self) -> frozenset[str]:
        """The article's stop words written as names every time (``named_stops``), once."""
        named = self._named_stops
        if named is None:
            named = self._named_stops = named_stops(self)
        return named

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
        if w in self.lex.stopwords or self.lex.adjective_of(w) or w in self.generic_refs:
            return False  # the lexicon's stop words: the answer is kept across articles
        if not _ARABIC_WORD.fullmatch(w):
            return False
        if w in self.lex.given_names:
            return True
        if self.common_noun(w):
            return False
        if w[0] in "وفبل" and len(w) >= 3 and (self.common_noun(w[1:]) or w[1:] in self.lex.stopwords
                                              or w[1:] in self.lex.given_names and not first):
            return False
        return True

    @property
    def generic_refs(self) -> dict[str, str]:
        return self.lex.generic_refs


def named_stops(ctx: _Context) -> frozenset[str]:
    """The article's definite stop words ("الان") that it writes every time with a hamza
    or a madda on the article's alef ("آلان" Alain, "ألان" Alan: ``hamza_article``), so
    names, not the stop word ("الآن" now); and the stop words it writes every time with
    a hamza the stop word never takes ("إمام" for "أمام")."""
    norms = ctx.norms
    # the first time decides for most ("الذي" written plainly): the rest is read only then
    out = []  # loops, not comprehensions: no closure cells
    for w in ctx.words_in(_definite_stops()):
        if hamza_article(ctx.surface(norms.index(w))) and _written_so(ctx, w, None):
            out.append(w)
    naming = _hamza_stops()
    for w in ctx.word_set() & naming.keys():  # "إمام" (imam) is no "أمام" (in front of)
        letters = naming[w]
        if ctx.surface(norms.index(w))[:1] in letters and _written_so(ctx, w, letters):
            out.append(w)
    return frozenset(out)


def _written_so(ctx: _Context, w: str, letters: frozenset[str] | None) -> bool:
    """Whether the article writes ``w`` every time with a hamza on its article (``letters``
    None) or beginning with one of ``letters``."""
    for k in ctx.positions({w}):
        surface = ctx.surface(k)
        if not (hamza_article(surface) if letters is None else surface[:1] in letters):
            return False
    return True


@prepared.table()
def _hamza_stops() -> dict[str, frozenset[str]]:
    """The prepositions of four letters or more the table writes with a hamza on their
    first alef, normalised, and the first letters that make them another word: any other
    hamza ("إمام", an imam or a family name: "وديع إمام", no "أمام" in front of). An
    article must write the word so every time. (Other stop words written with another
    hamza are the same word or a foreign letter: "إنه" and "أنه", "إثر" and the noun
    "أثر", "آي" in "سي آي إيه".)"""
    out: dict[str, set[str]] = {}
    for w, kind in _read_column("stopwords.tsv", "word", "kind"):
        if w[:1] in "أإ":
            other = set("أإآ") - {w[0]} if kind == "preposition" and len(w) >= 4 else set()
            out.setdefault(normalize_for_match(w), set()).update(other)
    for (w,) in _read_column("stopwords.tsv", "word"):  # a form the table writes is never another word
        if w[:1] in "أإآ" and normalize_for_match(w) in out:
            out[normalize_for_match(w)].discard(w[0])
    return {w: frozenset(letters) for w, letters in out.items() if letters}


@prepared.table()
def _definite_stops() -> frozenset[str]:
    """The stop words that begin with the article, normalised: as the table writes them
    ("الآن"; not "إلا"، "ألا", whose alef is no article's)."""
    return frozenset(normalize_for_match(w) for (w,) in _read_column("stopwords.tsv", "word") if w.startswith("ال"))


def words_reading_as(ctx: _Context, stems: frozenset[str], known: WordCache) -> set[str]:
    """The article's words some reading of which (through its proclitics) is one of
    ``stems``. A word reads as a stem only when it is the stem or a proclitic written on
    it, so the written forms (``proclitic_forms``, each checked by clitic_variants) are
    made once per table, and an article's words are one set intersection
    in C (``known``, the table's cache of answers by word, is no longer filled: a look-up
    of each distinct word of every article in it was 0.1 ms of an article per table)."""
    forms = _READING_FORMS.get(stems)
    if forms is None:
        forms = _READING_FORMS[stems] = frozenset(
            w for stem in stems for w in proclitic_forms(stem) if any(s == stem for s, _ in clitic_variants(w)))
    return ctx.words_in(forms)


_READING_FORMS: dict[frozenset, frozenset] = {}  # a table of stems → the written words that read as one of them

"""The entity rules' tables (word counts, name particles, stop words, romanisation) and
the naming helpers: readable names, canonical keys, the actor an entity stands for."""
from __future__ import annotations

import re
from functools import lru_cache

from core import prepared
from core.crf_features import word_counts
from core.lexicon import DATA_DIR, LexEntry, Lexicon, load_lexicon, per_lexicon, read_table, read_tsv
from core.names import english_name
from core.org_names import english_org_name
from core.text import normalize_for_match

DATA = DATA_DIR  # the one data directory (core.lexicon)
MAX_ORG_TOKENS = 7
MAX_COMPLEMENT_TOKENS = 9
MAX_NAME_TOKENS = 4
# A definite word seen this often in news (or an indefinite one whose definite form is)
# is a common noun, not a name.
COMMON_NOUN_MIN = 8
_FLAG = re.compile("[\U0001F1E6-\U0001F1FF]{2}")
_JOINERS = set(" \t_#\u00a0")  # what may separate the words of one name ("#سيرغي_سكريبال", "سيرغي #لافروف")


# Corpus frequency of each normalised word: the one loader of data/lexicons/word_stats.tsv,
# which the tagger's features, the time grammar and these rules all read.
_word_counts = word_counts


def _read_column(name: str, *columns: str) -> list[tuple[str, ...]]:
    """Rows of a small hand-written TSV as tuples of the named columns."""
    return [tuple(r[c] for c in columns) for _, r in read_tsv(DATA / name, columns, required=columns[:1])]


@prepared.table()
def _name_particles() -> tuple[frozenset[str], frozenset[str]]:
    """(particles before a name part, second parts of compound names), normalised."""
    rows = _read_column("name_particles.tsv", "form", "position")
    before = frozenset(normalize_for_match(r[0]) for r in rows if r[1] == "before")
    after = frozenset(normalize_for_match(r[0]) for r in rows if r[1] == "after")
    return before, after


@lru_cache(maxsize=None)
def _particles_of_kind(*kinds: str) -> frozenset[str]:
    """The words of name_particles.tsv of the given kinds (servant, kunya, descent,
    family, foreign), normalised."""
    return frozenset(normalize_for_match(r[0]) for r in _read_column("name_particles.tsv", "form", "kind")
                     if r[1] in kinds)


@prepared.table()  # imaged: first asked after the warm-up article
def _allah_units() -> frozenset[str]:
    """Words besides عبد that make one name with الله after them ("نصر الله"، "حسب الله"),
    normalised (``allah`` rows of name_particles.tsv)."""
    return frozenset(normalize_for_match(r[0]) for r in _read_column("name_particles.tsv", "form", "position")
                     if r[1] == "allah")


# Names of God that a personal name holds only as the second half of one unit ("عبد
# الله"، "نصر الله"، "عبد الرحمن"), normalised: alone, or after a verb or a preposition
# ("أطال الله"، "رحمه الله"، "بإذن الله"), they name no one.
GOD = normalize_for_match("الله")
_GOD_NAMES = frozenset((GOD, normalize_for_match("الرحمن"), normalize_for_match("الرحيم")))
SERVANT_WORD = normalize_for_match("عبد")
_SIGN = normalize_for_match("آية")


def _god_name(w: str) -> bool:
    return w in _GOD_NAMES


def _god_unit(prev: str, w: str, given_names, surface: str = "") -> bool:
    """Whether ``prev`` and the name of God ``w`` after it make one personal name: عبد
    before any of them; a word of the ``allah`` rows, a given name ("نعيم الرحمن"، "حبيب
    الله") or the first word of a given name of two words ("خير الله"); before الله
    also a noun in the construct state, written with ة (``surface``: "حجة الله"،
    "نعمة الله"; "رحمه الله" has a pronoun). A word that is no name of God needs no unit."""
    if w not in _GOD_NAMES:
        return True
    from core.text import clitic_variants

    for stem, _ in clitic_variants(prev):  # "وعبد الرحمن"، "ونصر الله"
        if stem == SERVANT_WORD or stem in _allah_units() or stem in given_names or f"{stem} {w}" in given_names:
            return True
    return w == GOD and surface.endswith("ة") and prev != _SIGN  # "آية الله" is a title


@per_lexicon
def _variant_key_table(lex: Lexicon) -> dict[int, frozenset[str]]:
    """id(entry) -> ``variant_keys``, filled as asked (the lexicon keeps its entries alive)."""
    return {}


def variant_keys(lex: Lexicon, e: LexEntry) -> frozenset[str]:
    """An entry's variants normalised for matching, made once per entry: a rule compares
    a phrase with them at every match of the entry (``rules._generic_head_before_name``)."""
    table = _variant_key_table(lex)
    hit = table.get(id(e))
    if hit is None:
        hit = table[id(e)] = frozenset(map(normalize_for_match, e.variants))
    return hit


@prepared.table()
def _surface_stopwords() -> frozenset[str]:
    from core.text import dediac as dediac_ar

    return frozenset(dediac_ar(r[0]) for r in _read_column("surface_stopwords.tsv", "word"))


@prepared.table()
def ordinal_words() -> frozenset[str]:
    """The one-word ordinals of time_words.tsv, masculine and feminine ("الخامس"،
    "الخامسة"): a numbered unit is named by one ("الفرقة السابعة"، "الفيلق الخامس"), so the
    word after a head noun that is one makes another body of it than the one named before."""
    forms = {normalize_for_match(r["form"]) for _, r in read_table("time_words.tsv")
             if r["class"] == "ord" and " " not in r["form"]}
    return frozenset(forms | {f + "ه" for f in forms})


@prepared.table()
def _descriptive_adjectives() -> frozenset[str]:
    """Adjectives that describe a body instead of naming it (المتمردة، الرئيسية): an
    organisation found from its head ends before them (core.entities.false_orgs)."""
    return frozenset(normalize_for_match(r[0]) for r in _read_column("descriptive_adjectives.tsv", "word"))


@prepared.table()  # imaged: first asked after the warm-up article
def _name_adjectives() -> frozenset[str]:
    """Definite adjectives of names that their ending does not show (العام، المسلح)."""
    return frozenset(normalize_for_match(r[0]) for r in _read_column("name_adjectives.tsv", "word"))


@prepared.table()
def _surface_stopword_keys() -> frozenset[str]:
    return frozenset(normalize_for_match(w) for w in _surface_stopwords())


@prepared.table()
def _romanization() -> dict[str, str]:
    return dict(_read_column("romanization.tsv", "letter", "latin"))


class _Latin(dict):
    """ord → the Latin letters of a character for str.translate: the romanisation
    table's, the character itself when ASCII, else nothing. Learns each character the
    first time a name holds it, so that a name is romanised in one pass in C (most
    pattern names are new to the caches above: their romanisation is paid per article)."""

    def __missing__(self, o: int) -> str:
        c = chr(o)
        lat = self[o] = _romanization().get(c, c if c.isascii() else "")
        return lat


_LATIN = _Latin()


@lru_cache(maxsize=50_000)
def romanize(ar: str) -> str:
    """Readable Latin form of an Arabic name for display ("درور شالوم" → "Drwr Shalwm")."""
    words = []
    for w in ar.split():
        if w.startswith("ال") and len(w) > 3:
            w = w[2:]
            prefix = "al-"
        else:
            prefix = ""
        lat = w.translate(_LATIN)
        words.append(prefix + lat[:1].upper() + lat[1:])
    return " ".join(words).strip() or ar


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(s: str) -> str:
    s = _NOT_SLUG.sub("-", s.lower()).strip("-")
    return s or "x"


def _display_name(etype: str, key_norm: str, name_ar: str, kind: str | None = None) -> str:
    """The English name of an entity no lexicon holds: composed from known name parts or
    a readable romanisation for people and places (core.names), a place's head translated
    when it is part of the name ("al-Qanatir Prison"); for an organisation of one word, the
    lexicon's organisation of that word ("Liverpool FC") or, for a club written as its city
    (core.entities.club_cues), the city's name; for other organisations, whose words
    translate rather than transliterate, a name composed of their words
    (core.org_names); otherwise the Arabic."""
    if etype == "PLACE":
        return _headed_place_name(key_norm, name_ar, kind) or english_name(key_norm) or name_ar
    if etype == "PERSON":
        return english_name(key_norm) or name_ar
    if " " not in key_norm:  # one word: an organisation of the lexicon by that word, or a club by its city
        entries = load_lexicon().lookup(key_norm)
        known = next((e for e in entries if e.type == "ORG" and not _other_body_than_club(e, kind)), None)
        if known is not None:  # "الأناضول" told alone: the agency ("Anadolu Agency"), not the region
            return known.name
        city = next((e for e in entries if e.type == "PLACE"), None) if kind == "league" else None
        if city is not None:  # "مدرب مانشستر": the club, named as its city
            return city.name
    return english_org_name(key_norm) or name_ar


def _headed_place_name(key_norm: str, name_ar: str, kind: str | None) -> str | None:
    """"سجن القناطر" → "al-Qanatir Prison": a head that is part of the name (a prison, an
    airport, a mountain) translates, around the rest's readable name, as English writes it;
    the rest is the identity key less the head when the key holds it. Only when the place
    is of the head's kind: "مدينة سوق أهراس" is a town whose name begins with "سوق"."""
    from core.entities.finder import _finder  # the finder's index of place heads (it imports this module)

    words, key = normalize_for_match(name_ar).split(), key_norm.split()
    if len(words) < 2 or not key:
        return None
    heads = _finder(load_lexicon()).place_heads.by_first.get(words[0], ())
    head = next((h for toks, h in heads if len(toks) == 1 and h.with_head and "{}" in h.english), None)
    if head is None or head.kind != kind:
        return None
    rest = " ".join(key[1:] if key[0] == words[0] else key)
    name = english_name(rest) if rest else None
    return head.english.replace("{}", name) if name else None


def _other_body_than_club(e: LexEntry, kind: str | None) -> bool:
    """Whether a club of the lexicon is not the body of its word: the words around it read
    it as a body of another kind (an electoral list's "النصر", a channel's "العربي")."""
    return e.kind == "sports_club" and kind not in (None, "league")


def _canonical_norm(name_norm: str) -> str:
    """Identity key of a pattern entity: its normalised words, proclitics already cut."""
    return " ".join(name_norm.split())


# Bodies that only ever act for a state: without a known state they are no actor.
_STATE_BODY_KINDS = {"ministry", "government", "army", "military", "police", "embassy", "parliament",
                     "central_bank", "security", "government_body", "court", "consulate"}


def _pattern_id(sp) -> str:
    """The entity id of a span the rules or the tagger found (no lexicon entry): its
    type's prefix and its romanised identity key, so that every spelling of one name
    meets under one id."""
    prefix = {"org": "org", "place": "plc"}.get(sp.kind, "per")
    return f"{prefix}-{_id_key(sp.name_norm)}"


@lru_cache(maxsize=50_000)
def _id_key(name_norm: str) -> str:
    """The romanised identity key of a name, kept per name: every mention of an entity
    asks for it, and slugify's regex is most of its cost."""
    return slugify(romanize(_canonical_norm(name_norm)))


def _pattern_actor(sp) -> str | None:
    """Whom such a span acts for: what a rule read (a title's state, a role's
    organisation), else a named organisation itself; a state body or a generic body
    without a known state is no actor."""
    if sp.acts_for:
        return sp.acts_for
    if sp.kind == "org" and not getattr(sp, "generic", False) and sp.org_kind not in _STATE_BODY_KINDS:
        return _pattern_id(sp)
    return None


# Named in the news but not a party to its events: the outlet reporting them, clubs.
NON_ACTOR_KINDS = {"media", "sports_club"}

# Lexicon places that name a community of countries rather than a territory ("العالم
# العربي"، "العالم الإسلامي"): the SCHEMA's gold leaves them optional and ANERcorp does
# not tag them, so they are read (their words name no one else) but make no entity.
NO_PLACE_KINDS = frozenset({"sphere"})


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


@prepared.table()  # read from the prepared image
def _person_word_forms() -> tuple[dict[str, tuple[str, int]], frozenset[str]]:
    """Words that name a person on their own in news (person_words.tsv), and each form
    they take with proclitics: (form -> (word, letters of proclitic), the forms)."""
    from core.text import proclitic_forms

    out: dict[str, tuple[str, int]] = {}
    for (word,) in _read_column("person_words.tsv", "word"):
        w = normalize_for_match(word)
        for form in proclitic_forms(w):
            out.setdefault(form, (w, len(form) - len(w)))
    return out, frozenset(out)

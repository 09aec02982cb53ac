"""The one loader of the curated lexicons in ``data/lexicons/``.

Every file is a UTF-8 TSV with a header row; lines starting with ``#`` are comments.
Multi-valued cells are ``|``-separated. Keys of every index are
``core.text.normalize_for_match`` forms (computed by ``match_key``), so that alef/hamza,
teh marbuta, alef maqsura, diacritics and tatweel never decide whether a word is found.

Entries (countries, places, organisations) list their surface ``variants``; ``aliases``
are short forms valid only once a full form occurred in the document (الصحراء after
الصحراء الغربية); ``ambiguous`` names the variants that are also common words or other
names (مالي، عمان، الجزيرة) and need supporting context. See data/lexicons/SOURCES.md.

Every table of the data directory (``DATA_DIR``), with its columns, the columns no row
may leave empty and the columns that make a row unique, is listed in ``TABLES`` and read
through ``read_table``; one data test checks them all.

Nationality adjectives are generated here from their masculine singular stem
(``مغربي`` -> ``مغربية``, ``مغربيان``, ``مغربيين``, ``مغربيون`` ... with and without
``ال``); irregular plurals (``مغاربة``, ``روس``) are listed in the data.
A malformed file raises :class:`LexiconError` naming the file and the line.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import wraps
from itertools import compress, count
from pathlib import Path

from core import prepared
from core.text import WordCache, clitic_variants, normalize_char, proclitic_forms

DEFAULT_DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "lexicons"
ENTRY_TYPES = ("COUNTRY", "PLACE", "ORG")

# Suffixes that turn the base of a nisba adjective (مغرب- of مغربي) into its
# inflections: m./f. singular, m./f. dual (nominative, oblique), m. sound plural
# (nominative, oblique), f. plural.
NISBA_SUFFIXES = ("ي", "ية", "يان", "يين", "يون", "يتان", "يتين", "يات")
ARTICLE = "ال"
KINGDOM = "kingdom"  # the monarchy kind that LexEntry.monarchy flags


class _CharTable(dict):
    """str.translate table computing each character's matching form once."""

    def __missing__(self, code: int) -> str:
        value = normalize_char(chr(code))
        self[code] = value
        return value


_TABLE = _CharTable()


def match_key(s: str) -> str:
    """Same result as core.text.normalize_for_match, computed with str.translate (the
    loader keys ~10,000 forms, and this keeps loading well under 0.3 s)."""
    return " ".join(s.translate(_TABLE).split())


class LexiconError(ValueError):
    """A lexicon data file is malformed; the message names the file and the line."""

    def __init__(self, path: Path | str, line: int, message: str):
        self.path = str(path)
        self.line = line
        super().__init__(f"{Path(path).name}:{line}: {message}")


@dataclass(frozen=True)
class LexEntry:
    id: str  # ISO3 for countries, slug otherwise
    type: str  # COUNTRY | PLACE | ORG
    name: str  # English
    name_ar: str  # canonical Arabic
    country: str | None  # ISO3 it belongs to
    kind: str
    variants: tuple[str, ...]  # Arabic surface forms as written (include canonical)
    aliases: tuple[str, ...]  # short forms valid only after a full form occurred in the document
    acts_for: str | None  # ISO3 of the state it stands for as an event actor (a person: or the organisation's id)
    monarchy: bool = False  # a kingdom: what "المملكة" alone can stand for
    ambiguous: tuple[str, ...] = ()  # variants that are also common words or other names: need context
    monarchy_kind: str = ""  # kingdom, sultanate, emirate, principality ... ('' for republics)


@dataclass(frozen=True)
class Title:
    form: str
    kind: str
    represents_state: bool


@dataclass(frozen=True)
class OrgHead:
    form: str
    kind: str
    acts_for_country: bool
    optional: bool
    # the head with nothing after it that names a country or anything else is a body of
    # no one in particular ("القوات المسلحة"، "الأجهزة الأمنية"): no named organisation,
    # while "القوات المسلحة الإيرانية" is one (SCHEMA: generic bodies are optional)
    generic_alone: bool = False


_UNSEEN = object()  # a word adjective_of has not been asked about


@dataclass(frozen=True)
class Lexicon:
    entries: tuple[LexEntry, ...]
    by_id: dict[str, LexEntry]
    adjectives: dict[str, str]  # normalised inflected form -> ISO3
    titles: tuple[Title, ...]
    org_heads: tuple[OrgHead, ...]
    generic_refs: dict[str, str]  # normalised form -> resolution kind
    given_names: frozenset[str]  # normalised
    stopwords: frozenset[str]  # normalised
    # normalised variant -> ids of the entries that have it (more than one only across types)
    by_form: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # normalised alias -> ids (valid only once a full form of that entry occurred)
    by_alias: dict[str, tuple[str, ...]] = field(default_factory=dict)
    title_index: dict[str, Title] = field(default_factory=dict)  # normalised form -> Title
    org_head_index: dict[str, OrgHead] = field(default_factory=dict)
    # normalised generic form -> monarchy kind it resolves to ('' when any country)
    generic_monarchy: dict[str, str] = field(default_factory=dict)
    # normalised written word -> adjective_of(word): filled as articles are read
    _adjective_words: WordCache = field(default_factory=WordCache, repr=False, compare=False)

    def lookup(self, form: str) -> list[LexEntry]:
        """Entries one of whose variants is ``form`` (any spelling; no clitics removed)."""
        return [self.by_id[i] for i in self.by_form.get(match_key(form), ())]

    def adjective_country(self, form: str) -> str | None:
        """ISO3 of the country a nationality adjective names ("الأميركية" -> USA)."""
        return self.adjectives.get(match_key(form))

    @property
    def adjective_words(self) -> WordCache:
        """The words adjective_of has been asked about -> its answer (ISO3 or None), for a
        caller that asks it of the same words many times and reads the cache first (a
        word absent here has not been asked yet; fill it only through adjective_of)."""
        return self._adjective_words

    def adjective_of(self, norm: str) -> str | None:
        """ISO3 a normalised written word names as a nationality adjective, read through
        its proclitics ("والروسية" -> RUS). Kept per word: the organisation, place and
        person rules ask it of the same words again and again."""
        iso = self._adjective_words.get(norm, _UNSEEN)
        if iso is _UNSEEN:
            iso = None
            for stem, _ in clitic_variants(norm):
                iso = self.adjectives.get(stem)
                if iso:
                    break
            iso = self._adjective_words.put(norm, iso or None)
        return iso

    def title(self, form: str) -> Title | None:
        return self.title_index.get(match_key(form))


def per_lexicon(build):
    """A table made of a lexicon, built once per loaded lexicon: ``build(lex)`` is called
    the first time a lexicon asks, then its result kept with the lexicon, which it keeps
    alive, so that a lexicon loaded later at the same id() is not given an older one's
    table (the rules' derived tables: nationality adjectives' forms, ambiguous places ...)."""
    kept: dict[int, tuple] = {}  # id(lexicon) -> (lexicon, table)

    @wraps(build)
    def table(lex):
        hit = kept.get(id(lex))
        if hit is None or hit[0] is not lex:
            hit = kept[id(lex)] = (lex, build(lex))
        return hit[1]
    return table


@per_lexicon
def _two_word_adjectives(lex: Lexicon) -> tuple[frozenset[str], dict[tuple[str, str], str]]:
    """The nationality adjectives of two words ("الكوري الشمالي"، "الجنوب أفريقي"): every
    written form of their first word, with proclitics, and (first, second) -> ISO3."""
    pairs = {}
    for form, iso in lex.adjectives.items():
        parts = form.split()
        if len(parts) == 2:
            pairs[(parts[0], parts[1])] = iso
    return frozenset(f for first, _ in pairs for f in proclitic_forms(first)), pairs


def two_word_adjectives(lex: Lexicon, norms: list[str]) -> dict[int, str]:
    """Position of the first word -> ISO3 of each two-word nationality adjective in a
    text's normalised words. Neither word names a country alone ("الكوري" may be either
    Korea, "الجنوب" is a direction), so per-word readings miss them."""
    firsts, pairs = _two_word_adjectives(lex)
    out: dict[int, str] = {}
    if firsts.isdisjoint(norms):
        return out
    # the few positions of a first word picked in C ("الجنوب" is in many articles, where a
    # test of every word in Python was the cost)
    for i in compress(count(), map(firsts.__contains__, norms[:-1])):
        for stem, _ in clitic_variants(norms[i]):
            iso = pairs.get((stem, norms[i + 1]))
            if iso:
                out[i] = iso
                break
    return out


# --- reading -----------------------------------------------------------------------
def read_tsv(path: Path, columns: tuple[str, ...], required: tuple[str, ...] = ()) -> list[tuple[int, dict[str, str]]]:
    """Rows of a TSV as (line number, {column: value}); checks the header and widths."""
    if not path.is_file():
        raise LexiconError(path, 0, "file is missing")
    rows: list[tuple[int, dict[str, str]]] = []
    header: list[str] | None = None
    with path.open(encoding="utf-8", newline="") as f:
        for lineno, line in enumerate(f, start=1):
            line = line.rstrip("\r\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                missing = [c for c in columns if c not in header]
                if missing:
                    raise LexiconError(path, lineno, f"header lacks column(s) {', '.join(missing)}")
                continue
            if len(cells) != len(header):
                raise LexiconError(path, lineno, f"expected {len(header)} columns, found {len(cells)}")
            row = {h: c.strip() for h, c in zip(header, cells)}
            for col in required:
                if not row.get(col):
                    raise LexiconError(path, lineno, f"empty {col!r}")
            rows.append((lineno, row))
    if header is None:
        raise LexiconError(path, 1, "no header row")
    return rows


# --- the registry ------------------------------------------------------------------
DATA_DIR = DEFAULT_DATA_DIR  # the one data directory every module reads its tables from


@dataclass(frozen=True)
class Table:
    """What a data file must hold, so that one test can check every table the same way."""
    file: str
    columns: tuple[str, ...]  # the header names the readers rely on
    required: tuple[str, ...]  # columns no row may leave empty
    key: tuple[str, ...] = ()  # columns no two rows share all of, as written ('' = rows may repeat)
    reader: str = ""  # the module that reads it


_ENTRY_COLUMNS = ("id", "name", "name_ar", "variants", "aliases", "country", "kind", "acts_for", "ambiguous")
_ENTRY_REQUIRED = ("id", "name", "name_ar", "kind")
TABLES: dict[str, Table] = {t.file: t for t in (
    Table("countries.tsv", ("iso3", "name", "name_ar", "variants", "monarchy", "status", "ambiguous", "source"),
          ("iso3", "name", "name_ar", "variants"), ("iso3",), "core.lexicon"),
    Table("nationalities.tsv", ("iso3", "stems", "irregular", "exclude"), ("iso3",), ("iso3",), "core.lexicon"),
    Table("places.tsv", _ENTRY_COLUMNS, _ENTRY_REQUIRED, ("id",), "core.lexicon"),
    Table("organisations.tsv", _ENTRY_COLUMNS, _ENTRY_REQUIRED, ("id",), "core.lexicon"),
    Table("persons.tsv", _ENTRY_COLUMNS, _ENTRY_REQUIRED, ("id",), "core.lexicon"),
    Table("titles.tsv", ("form", "kind", "represents_state"), ("form", "kind"), ("form",), "core.lexicon"),
    Table("org_heads.tsv", ("form", "kind", "acts_for_country", "optional", "generic_alone"), ("form", "kind"), ("form",), "core.lexicon"),
    Table("generic_refs.tsv", ("form", "resolve", "monarchy"), ("form", "resolve"), ("form",), "core.lexicon"),
    Table("given_names.tsv", ("name", "source"), ("name",), ("name",), "core.lexicon"),
    Table("stopwords.tsv", ("word", "kind"), ("word",), ("word",), "core.lexicon"),
    Table("word_stats.tsv", ("word", "count"), ("word", "count"), ("word",), "core.entities"),
    Table("word_clusters.tsv", ("word", "coarse", "mid", "fine"), ("word", "coarse", "mid", "fine"), ("word",),
          "core.crf_features"),
    Table("name_particles.tsv", ("form", "position", "kind"), ("form", "position"), ("form", "position"), "core.entities"),
    Table("word_endings.tsv", ("ending", "kind"), ("ending", "kind"), ("ending",), "core.entities"),
    Table("surface_stopwords.tsv", ("word", "note"), ("word",), ("word",), "core.entities"),
    Table("accusative_persons.tsv", ("form", "note"), ("form",), ("form",), "core.entities.accusative_nisbas"),
    Table("name_adjectives.tsv", ("word", "note"), ("word",), ("word",), "core.entities"),
    Table("descriptive_adjectives.tsv", ("word", "note"), ("word",), ("word",), "core.entities"),
    Table("romanization.tsv", ("letter", "latin"), ("letter", "latin"), ("letter",), "core.entities"),
    Table("vessel_heads.tsv", ("form", "note"), ("form",), ("form",), "core.entities"),
    Table("naming_participles.tsv", ("form", "note"), ("form",), ("form",), "core.entities.naming_participles"),
    Table("place_heads.tsv", ("form", "kind", "common_name", "with_head", "english"), ("form", "kind"), ("form",), "core.entities"),
    Table("place_prepositions.tsv", ("form", "note"), ("form",), ("form",), "core.entities.pronoun_places"),
    Table("times_after_names.tsv", ("form", "note"), ("form",), ("form",), "core.entities.times_after_names"),
    Table("shared_party_names.tsv", ("form", "note"), ("form",), ("form",), "core.entities.shared_party_names"),
    Table("role_words.tsv", ("form", "kind", "by_nationality"), ("form", "kind", "by_nationality"), ("form",),
          "core.entities"),
    Table("person_words.tsv", ("word", "in_names", "alone", "articles"), ("word",), ("word",), "core.entities"),
    Table("name_words.tsv", ("word", "in_names", "corpus"), ("word",), ("word",), "core.entities"),
    Table("name_parts.tsv", ("form", "latin"), ("form", "latin"), ("form",), "core.names"),
    Table("org_name_words.tsv", ("form", "latin", "part", "gender"), ("form", "latin", "part"), ("form", "part"),
          "core.org_names"),
    Table("months.tsv", ("form", "month", "family", "strength"), ("form", "month", "family", "strength"), ("form",),
          "core.times"),
    Table("time_words.tsv", ("form", "class", "value"), ("form", "class", "value"), ("form", "class"), "core.times"),
    Table("time_context.tsv", ("form", "role"), ("form", "role"), ("form", "role"), "core.times"),
    Table("cameo.tsv", ("code", "label", "goldstein", "plover"), ("code", "label", "goldstein"), ("code",), "core.events"),
    Table("triggers.tsv", ("type", "cameo", "form", "pos", "joint", "note"), ("type", "cameo", "form", "pos"),
          ("form", "type", "cameo", "pos"), "core.events"),
    Table("trigger_lemmas.tsv", ("type", "cameo", "past", "present", "participle", "nouns", "complement", "joint",
                                 "note"), ("type", "cameo"), (), "core.events"),
    Table("event_cues.tsv", ("cue", "kind", "note"), ("cue", "kind"), ("cue",), "core.events, core.cue_words"),
    Table("trigger_context.tsv", ("form", "type", "cameo", "context"), ("form", "type", "cameo", "context"),
          ("form", "context"), "core.events"),
    Table("trigger_senses.tsv", ("head", "where", "words", "type", "cameo", "note"), ("head", "where", "words", "type"),
          ("head", "where"), "core.events"),
    Table("speech_triggers.tsv", ("type", "cameo", "form", "pos", "joint", "note"), ("type", "cameo", "form", "pos"),
          ("form", "type", "cameo", "pos"), "core.events"),
    Table("event_frames.tsv", ("lead", "link", "type", "cameo"), ("lead", "link", "type", "cameo"), ("lead", "link"),
          "core.events"),
    Table("pair_refs.tsv", ("form", "note"), ("form",), ("form",), "core.events"),
    Table("imminent_words.tsv", ("word", "scope", "note"), ("word", "scope"), ("word",),
          "core.events.imminent, core.events.triggers"),
    Table("dual_refs.tsv", ("form", "of", "note"), ("form", "of"), ("form",), "core.events.references"),
    Table("named_pairs.tsv", ("form", "states", "note"), ("form", "states"), ("form",), "core.events.named_pairs"),
    Table("owned_objects.tsv", ("form", "note"), ("form",), ("form",), "core.events.owned_objects"),
    Table("kind_heads.tsv", ("form", "kinds", "in_name", "note"), ("form", "kinds"), ("form",), "core.events.descriptions"),
    Table("currency_words.tsv", ("form",), ("form",), ("form",), "core.events.actors"),
    Table("masthead_words.tsv", ("form",), ("form",), ("form",), "core.entities"),
    Table("club_cues.tsv", ("form", "note"), ("form",), ("form",), "core.entities.club_cues"),
    Table("ministry_portfolios.tsv", ("form", "note"), ("form",), ("form",), "core.entities.bare_ministries"),
    Table("topic_cues.tsv", ("cue", "kind", "note"), ("cue", "kind"), ("cue",), "core.topics"),
    Table("opinion_cues.tsv", ("cue", "kind", "note"), ("cue", "kind"), ("cue",), "core.events.opinions"),
    Table("trigger_names.tsv", ("word", "note"), ("word",), ("word",), "core.events.given"),
    Table("unnamed_actors.tsv", ("form", "label", "scope", "adjective", "note"), ("form", "label", "scope"), ("form",),
          "core.events.unnamed"),
    Table("naming_words.tsv", ("form", "note"), ("form",), ("form",), "core.entities.called"),
    Table("violence_cues.tsv", ("cue", "kind", "note"), ("cue", "kind"), ("cue",), "core.events.violence"),
    Table("direction_words.tsv", ("word", "kind", "note"), ("word", "kind"), ("word",), "core.events.struck"),
    Table("construction_cues.tsv", ("cue", "kind", "note"), ("cue", "kind"), ("cue",), "core.events.constructions"),
    Table("sentencing_cues.tsv", ("cue", "kind", "note"), ("cue", "kind"), ("cue",), "core.entities.sentenced"),
    Table("drill_partners.tsv", ("word", "note"), ("word",), ("word",), "core.events.drills"),
    Table("demand_content.tsv", ("word", "kind", "note"), ("word", "kind"), ("word",), "core.events.demand_content"),
    Table("incident_words.tsv", ("cue", "kind", "note"), ("cue", "kind"), ("cue",), "core.events.incidents"),
    Table("incident_cues.tsv", ("cue", "kind", "note"), ("cue", "kind"), ("cue",), "core.events.incident_cues"),
    Table("reading_cues.tsv", ("cue", "kind", "note"), ("cue", "kind"), ("cue",), "core.events.reading_cues"),
    Table("agreement_cues.tsv", ("cue", "note"), ("cue",), ("cue",), "core.store"),
    Table("holding_verbs.tsv", ("verb", "tense", "note"), ("verb", "tense"), ("verb",), "core.events.venues, core.events.dated_to_come"),
    Table("type_labels.tsv", ("code", "kind", "en", "ar"), ("code", "kind", "en", "ar"), ("code",), "core.charts"),
)}


def read_table(name: str, data_dir: Path | None = None) -> list[tuple[int, dict[str, str]]]:
    """Rows of a registered table, checked against what the registry says it holds."""
    t = TABLES[name]
    return read_tsv((data_dir or DATA_DIR) / t.file, t.columns, t.required)


def split_cell(cell: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in cell.split("|") if p.strip())


def parse_flag(path: Path, lineno: int, value: str, column: str) -> bool:
    if value not in ("0", "1", ""):
        raise LexiconError(path, lineno, f"{column} must be 0 or 1, not {value!r}")
    return value == "1"


def _unique(forms: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out = []
    for f in forms:
        if f not in seen:
            seen.add(f)
            out.append(f)
    return tuple(out)


# --- adjectives --------------------------------------------------------------------
def inflect_nisba(stem: str) -> list[str]:
    """All inflections of a nisba adjective given its masculine singular, with and
    without the article. Multi-word stems inflect every word ending in ي together
    ("كوري جنوبي" -> "الكوريين الجنوبيين"); other words stay as they are, the article
    going on the first word only ("جنوب أفريقي" -> "الجنوب أفريقية")."""
    words = stem.split()
    inflects = [w.endswith("ي") and len(w) > 2 for w in words]
    if not any(inflects):
        return [stem, ARTICLE + stem]
    out = []
    for suffix in NISBA_SUFFIXES:
        bare = [w[:-1] + suffix if inf else w for w, inf in zip(words, inflects)]
        out.append(" ".join(bare))
        if all(inflects):
            out.append(" ".join(ARTICLE + w for w in bare))
        else:
            out.append(" ".join([ARTICLE + bare[0]] + bare[1:]))
    return out


def with_article(form: str) -> list[str]:
    words = form.split()
    if form.startswith(ARTICLE):
        return [form]
    return [form, " ".join(ARTICLE + w for w in words)]


def is_state_id(actor: str | None) -> bool:
    """Whether an actor id names a state: states are keyed by their ISO alpha-3 code
    (countries.tsv, checked on loading), every other actor by a lower-case slug."""
    return bool(actor) and len(actor) == 3 and actor.isupper()


# --- loading -----------------------------------------------------------------------
ENTRY_FILES = {"COUNTRY": "countries.tsv", "PLACE": "places.tsv", "ORG": "organisations.tsv"}


def _load_countries(d: Path) -> list[tuple[int, LexEntry]]:
    path = d / "countries.tsv"
    out = []
    for lineno, r in read_table("countries.tsv", d):
        iso3 = r["iso3"]
        if not is_state_id(iso3):
            raise LexiconError(path, lineno, f"bad ISO alpha-3 code {iso3!r}")
        variants = _unique((r["name_ar"],) + split_cell(r["variants"]))
        out.append((lineno, LexEntry(
            id=iso3, type="COUNTRY", name=r["name"], name_ar=r["name_ar"], country=iso3,
            kind=r["status"] or "member", variants=variants, aliases=(), acts_for=iso3,
            monarchy=r["monarchy"] == KINGDOM, ambiguous=split_cell(r["ambiguous"]),
            monarchy_kind=r["monarchy"],
        )))
    return out


def _load_places(d: Path, name: str = "places.tsv", type_: str = "PLACE") -> list[tuple[int, LexEntry]]:
    """places.tsv, and persons.tsv which has the same columns (known people named
    without a title or by surname alone: "ترامب"، "الأسد")."""
    path = d / name
    if type_ == "PERSON" and not path.is_file():
        return []
    out = []
    for lineno, r in read_table(name, d):
        country = r["country"] or None
        out.append((lineno, LexEntry(
            id=r["id"], type=type_, name=r["name"], name_ar=r["name_ar"], country=country,
            kind=r["kind"], variants=_unique((r["name_ar"],) + split_cell(r["variants"])),
            aliases=split_cell(r["aliases"]),
            acts_for=r["acts_for"] or None,
            ambiguous=split_cell(r["ambiguous"]),
        )))
    return out


def _load_orgs(d: Path) -> list[tuple[int, LexEntry]]:
    out = []
    for lineno, r in read_table("organisations.tsv", d):
        out.append((lineno, LexEntry(
            id=r["id"], type="ORG", name=r["name"], name_ar=r["name_ar"], country=r["country"] or None,
            kind=r["kind"], variants=_unique((r["name_ar"],) + split_cell(r["variants"])),
            aliases=split_cell(r["aliases"]), acts_for=r["acts_for"] or None,
            ambiguous=split_cell(r["ambiguous"]),
        )))
    return out


def _load_adjectives(d: Path, countries: set[str]) -> dict[str, str]:
    path = d / "nationalities.tsv"
    adjectives: dict[str, str] = {}
    for lineno, r in read_table("nationalities.tsv", d):
        iso3 = r["iso3"]
        if iso3 not in countries:
            raise LexiconError(path, lineno, f"{iso3} is not in countries.tsv")
        forms: list[str] = []
        for stem in split_cell(r["stems"]):
            forms.extend(inflect_nisba(stem))
        for irr in split_cell(r["irregular"]):
            forms.extend(with_article(irr))
        exclude = {match_key(x) for x in split_cell(r["exclude"])}
        for form in forms:
            key = match_key(form)
            if key in exclude:
                continue
            if adjectives.get(key, iso3) != iso3:
                raise LexiconError(path, lineno, f"adjective {form!r} already names {adjectives[key]}")
            adjectives[key] = iso3
    return adjectives


def _load_titles(d: Path) -> tuple[Title, ...]:
    path = d / "titles.tsv"
    return tuple(
        Title(r["form"], r["kind"], parse_flag(path, n, r["represents_state"], "represents_state"))
        for n, r in read_table("titles.tsv", d)
    )


def _load_org_heads(d: Path) -> tuple[OrgHead, ...]:
    path = d / "org_heads.tsv"
    return tuple(
        OrgHead(r["form"], r["kind"], parse_flag(path, n, r["acts_for_country"], "acts_for_country"),
                parse_flag(path, n, r["optional"], "optional"),
                parse_flag(path, n, r["generic_alone"], "generic_alone"))
        for n, r in read_table("org_heads.tsv", d)
    )


def _load_generic_refs(d: Path) -> tuple[dict[str, str], dict[str, str]]:
    refs, monarchy = {}, {}
    for _, r in read_table("generic_refs.tsv", d):
        key = match_key(r["form"])
        refs[key] = r["resolve"]
        monarchy[key] = r["monarchy"]
    return refs, monarchy


def _load_word_set(d: Path, name: str, column: str) -> frozenset[str]:
    return frozenset(match_key(r[column]) for _, r in read_table(name, d))


def build_lexicon(data_dir: Path) -> Lexicon:
    numbered = _load_countries(data_dir)
    countries = [e for _, e in numbered]
    numbered = numbered + _load_places(data_dir) + _load_orgs(data_dir) + _load_places(data_dir, "persons.tsv", "PERSON")
    entries = tuple(e for _, e in numbered)
    by_id: dict[str, LexEntry] = {}
    for lineno, e in numbered:
        if e.id in by_id:
            raise LexiconError(data_dir / ENTRY_FILES[e.type], lineno,
                               f"duplicate id {e.id!r} (already a {by_id[e.id].type})")
        by_id[e.id] = e
    by_form: dict[str, list[str]] = {}
    by_alias: dict[str, list[str]] = {}
    for e in entries:
        for v in e.variants:
            ids = by_form.setdefault(match_key(v), [])
            if e.id not in ids:
                ids.append(e.id)
        for a in e.aliases:
            ids = by_alias.setdefault(match_key(a), [])
            if e.id not in ids:
                ids.append(e.id)
    titles = _load_titles(data_dir)
    org_heads = _load_org_heads(data_dir)
    refs, monarchy = _load_generic_refs(data_dir)
    return Lexicon(
        entries=entries,
        by_id=by_id,
        adjectives=_load_adjectives(data_dir, {c.id for c in countries}),
        titles=titles,
        org_heads=org_heads,
        generic_refs=refs,
        given_names=_load_word_set(data_dir, "given_names.tsv", "name"),
        stopwords=_load_word_set(data_dir, "stopwords.tsv", "word"),
        by_form={k: tuple(v) for k, v in by_form.items()},
        by_alias={k: tuple(v) for k, v in by_alias.items()},
        title_index={match_key(t.form): t for t in titles},
        org_head_index={match_key(h.form): h for h in org_heads},
        generic_monarchy=monarchy,
    )


@prepared.table(imaged=lambda data_dir: data_dir == str(DEFAULT_DATA_DIR))  # the default data: imaged
def _load_cached(data_dir: str) -> Lexicon:
    return build_lexicon(Path(data_dir))


def load_lexicon(data_dir: str | Path | None = None) -> Lexicon:
    """The lexicon in ``data_dir`` (default: the repository's data/lexicons), loaded once."""
    return _load_cached(str(Path(data_dir).resolve()) if data_dir else str(DEFAULT_DATA_DIR))


def country_record(iso3: str) -> LexEntry | None:
    """The country entry of an ISO alpha-3 code, or None."""
    e = load_lexicon().by_id.get(iso3)
    return e if e is not None and e.type == "COUNTRY" else None

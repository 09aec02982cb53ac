"""One analysis as the rows the store writes (articles and child tables), the
deduplication scope of a writer, and the words the full-text search indexes. Pure
functions: the batch builds rows with them in its worker processes."""
from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
import secrets
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple, Sequence

from core import prepared
from core.headline import headline
from core.model import Analysis, Event
from core.relations import event_pairs_of  # noqa: F401 - the store writes its pair rows with it
from core.store.schema import AGREEMENT_CAMEO, AGREEMENT_WINDOW, CHILD_TABLES, articles
from core.timex import timex_range

PUBLIC_SCOPE = "*"  # owner tokens are letters, digits, - and _: neither marker is a token
UNOWNED_SCOPE = "~"


def dedup_scope(owner: str | None, public: bool) -> str:
    """The set of articles a new article is deduplicated against (see the module doc)."""
    if public:
        return PUBLIC_SCOPE
    return owner or UNOWNED_SCOPE


def _reusable(owner: str | None, public: bool) -> Any:
    """Stored articles a writer may reuse for the same text: its own scope, and the
    public library, which every writer sees anyway."""
    scope = dedup_scope(owner, public)
    return articles.c.scope.in_(sorted({scope, PUBLIC_SCOPE}))


def content_hash(text: str) -> str:
    """Hash that ignores line-ending and surrounding-space differences."""
    if "\r" in text:  # (one scan instead of two replaces that find nothing, for most texts)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    norm = "\n".join(line.rstrip() for line in text.strip().split("\n"))
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def new_token(nbytes: int = 12) -> str:
    """An unguessable URL-safe token (article ids, owner tokens). Never one that starts
    with "-": pasted after an option of the command line ("export-gold --article ID") it
    would read as another option."""
    while True:
        token = secrets.token_urlsafe(nbytes)
        if not token.startswith("-"):
            return token


def _search_key(*names: str | None) -> str:
    return _search_key_cached(names)


@lru_cache(maxsize=65_536)
def _search_key_cached(names: tuple[str | None, ...]) -> str:
    """(an entity's names recur across articles: each key is normalised once per process)"""
    from core.text import normalize_for_match  # camel-tools import only when needed

    return " ".join(normalize_for_match(n) for n in names if n)


def event_mod(event: Event, analysis: Analysis) -> str | None:
    """The TIMEX ``mod`` of the expression an event's date came from, if any."""
    if not event.date:
        return None
    s0, s1 = event.sentence_start, event.sentence_start + len(event.sentence)
    same = [t for t in analysis.times if t.value == event.date]
    inside = [t for t in same if s0 <= t.start < s1]
    pick = (inside or same or [None])[0]
    return pick.mod if pick else None


def is_agreement(event: Event, text: str) -> bool:
    """AGREE events, and SUPPORT events that sign or conclude an agreement."""
    if event.type == "AGREE":
        return True
    if event.type != "SUPPORT":
        return False
    if event.cameo and event.cameo.startswith(AGREEMENT_CAMEO):
        return True
    t = event.trigger
    window = text[max(0, t.start - AGREEMENT_WINDOW): t.end + AGREEMENT_WINDOW] if text else t.text
    return any(c in window for c in agreement_cues())


@lru_cache(maxsize=1)
def agreement_cues() -> tuple[str, ...]:
    from core.lexicon import read_table

    return tuple(r["cue"] for _, r in read_table("agreement_cues.tsv"))


def _to_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s, _, p = _date_range(str(value)[:10], None)  # every article's publication date: cached
    return s if p == "day" else None


# timex_range is pure and an archive's dates repeat (the same days, months, years): each
# (value, mod) is worked out once per process
_date_range = lru_cache(maxsize=16_384)(timex_range)


# Each child table's columns, in the order its rows are built and sent: one tuple per
# table, shared by every block of the process (a chunk's pickle writes it once).
ROW_COLUMNS: dict[str, tuple[str, ...]] = {
    "entities": ("article_id", "entity_id", "type", "name", "name_ar", "country", "kind", "n_mentions",
                 "search_key", "corrected"),
    "mentions": ("article_id", "entity_id", "text", "start_offset", "end_offset", "rule"),
    "times": ("article_id", "idx", "text", "start_offset", "end_offset", "type", "value", "mod", "date_start",
              "date_end", "precision", "corrected"),
    "events": ("article_id", "idx", "type", "actor_ids", "source_id", "target_id", "directed", "date",
               "date_start", "date_end", "precision", "mod", "goldstein", "modality", "cameo", "trigger",
               "trigger_start", "sentence", "agreement", "corrected"),
    "event_pairs": ("article_id", "event_idx", "a", "b", "type", "goldstein", "date_start", "date_end"),
    "actors": ("article_id", "actor_id", "name", "name_ar", "type", "country"),
}


def analysis_rows(analysis: Analysis, article_id: str = "") -> dict[str, list[dict[str, Any]]]:
    """The rows one Analysis contributes to each child table (pure; used for display too)."""
    return {k: b.dicts() for k, b in analysis_blocks(analysis, article_id).items()}


def analysis_blocks(analysis: Analysis, article_id: str = "") -> dict[str, RowBlock]:
    """:func:`analysis_rows` as a :class:`RowBlock` per table (an empty table's block
    has no columns, as :func:`row_block` makes it): the tuples the batch sends and
    inserts, built without a dict per row first (0.14 -> 0.06 ms per corpus article)."""
    text = analysis.text
    marks = (analysis.meta or {}).get(MARKS_KEY) or {}  # a corrected view names what was corrected
    ents: list[tuple[Any, ...]] = []
    ments: list[tuple[Any, ...]] = []
    for e in analysis.entities:
        ents.append((article_id, e.id, e.type, e.name, e.name_ar, e.country, e.kind, len(e.mentions),
                     _search_key_cached((e.name_ar, e.name)), marks.get(f"entity:{e.id}") if marks else None))
        eid = e.id
        ments.extend([(article_id, eid, m.text, m.start, m.end, m.source) for m in e.mentions])
    times = []
    for i, t in enumerate(analysis.times):
        s, e_, p = _date_range(t.value, t.mod) if t.type == "DATE" else (None, None, "none")
        times.append((article_id, i, t.text, t.start, t.end, t.type, t.value, t.mod, s, e_, p,
                      marks.get(f"time:{t.start}-{t.end}") if marks else None))
    evs: list[tuple[Any, ...]] = []
    pairs: list[tuple[Any, ...]] = []
    for i, ev in enumerate(analysis.events):
        mod = event_mod(ev, analysis)
        s, e_, p = _date_range(ev.date, mod)
        ids = [a for a in ev.actors if a]
        g = float(ev.goldstein or 0.0)
        evs.append((article_id, i, ev.type, "|" + "|".join(ids) + "|", ids[0] if ids else None,
                    ids[1] if len(ids) > 1 else None, bool(ev.directed), ev.date, s, e_, p, mod, g, ev.modality,
                    ev.cameo, ev.trigger.text, ev.trigger.start, ev.sentence, is_agreement(ev, text),
                    marks.get(f"event:{i}") if marks else None))
        for a, b in event_pairs_of(ev):
            lo, hi = sorted((a, b))
            pairs.append((article_id, i, lo, hi, ev.type, g, s, e_))
    built = {"entities": ents, "mentions": ments, "times": times, "events": evs, "event_pairs": pairs,
             "actors": _actor_tuples(analysis, article_id)}
    return {t.name: RowBlock(ROW_COLUMNS[t.name], built[t.name]) if built[t.name] else RowBlock((), [])
            for t in CHILD_TABLES}


def _actor_tuples(analysis: Analysis, article_id: str) -> list[tuple[Any, ...]]:
    """The actors rows: the core's actor records, then each entity that has none."""
    out = [(article_id, aid, a.name, a.name_ar, a.type, a.country) for aid, a in analysis.actors.items()]
    seen = set(analysis.actors)
    for e in analysis.entities:  # entities double as actors when the core gave no record (the first of an id)
        if e.id not in seen:
            seen.add(e.id)
            out.append((article_id, e.id, e.name, e.name_ar, e.type, e.country))
    return out


MARKS_KEY = "corrections"  # Analysis.meta key of a corrected view's marks (core.corrections)


def article_row(analysis: Analysis, article_id: str, owner: str | None, public: bool,
                rows: dict[str, Any], text_hash: str | None = None, utf8: bool = False) -> dict[str, Any]:
    """The articles row of an analysis (``text_hash``: its text's :func:`content_hash`,
    when the caller has it already). ``rows``: its child rows, as :func:`analysis_rows`
    or :func:`analysis_blocks` gives them. ``utf8``: the analysis JSON as UTF-8 bytes
    (:func:`analysis_json`), for a writer that binds them as text (the batch)."""
    meta = analysis.meta or {}
    ev, tm = rows["events"], rows["times"]
    starts = [v for v in _column(ev, "date_start") + _column(tm, "date_start") if v]
    ends = [v for v in _column(ev, "date_end") + _column(tm, "date_end") if v]
    published = _to_date(meta.get("published")) or _to_date(analysis.document_date.value)
    return dict(
        id=article_id, content_hash=text_hash or content_hash(analysis.text), scope=dedup_scope(owner, public),
        title=(meta.get("title") or "").strip() or headline(analysis.text), source=meta.get("source") or None,
        url=meta.get("url") or None, published=published,
        created=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None), public=bool(public), owner=owner,
        n_chars=len(analysis.text), n_entities=len(analysis.entities),
        n_countries=sum(1 for e in analysis.entities if e.type == "COUNTRY"),
        n_events=len(analysis.events), n_agreements=sum(1 for v in _column(ev, "agreement") if v),
        n_times=len(analysis.times), span_start=min(starts, default=None), span_end=max(ends, default=None),
        analysis_json=analysis_json(analysis, utf8),
    )


def _column(rows: Any, name: str) -> list[Any]:
    """One column of a table's rows, a :class:`RowBlock` or a list of dicts."""
    return rows.column(name) if isinstance(rows, RowBlock) else [r[name] for r in rows]


def analysis_json(analysis: Analysis, utf8: bool = False) -> str | bytes:
    """The stored JSON of an analysis: the document ``analysis.to_json()`` writes (same
    keys in the same order, same values; ``Analysis.from_json`` reads back the same
    analysis), encoded by orjson straight from the dataclasses when it is installed,
    without separating spaces. About 4x cheaper than building the plain dicts and
    encoding them with the json module, which cost the batch 0.17 ms of its 0.85 ms of
    row building per article. Anything orjson would encode differently from the json
    module (a float that is not finite, which it writes as null; a datetime or a
    subclass of a built-in type, a key that is not a string, an integer over 64 bits,
    which it refuses) goes through ``to_json``.

    ``utf8``: the document as UTF-8 bytes, as orjson makes it, instead of a str; the text
    of an analysis that cannot be written in UTF-8 (a lone surrogate) stays a str. Why:
    the batch's JSON goes from its worker to the writer and into SQLite, and each step
    turned the str into UTF-8 again or back (decoded here, encoded by the pickle that
    sends it, decoded by the one that receives it, encoded again when SQLite binds it):
    four passes over the longest value of an article, about 0.35 M instructions of its
    32 M. The store binds these bytes as text (``core.store.schema.UTF8_TEXT_COLUMNS``)."""
    if _orjson is not None and _plain_json_values(analysis):
        try:
            doc = _orjson.dumps(analysis, option=_ORJSON_OPTIONS)
            return doc if utf8 else doc.decode("utf-8")
        except TypeError:  # orjson.JSONEncodeError
            pass
    doc = analysis.to_json()
    if utf8:
        try:
            return doc.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: the str as the json module gives it
            pass
    return doc


try:
    import orjson as _orjson

    _ORJSON_OPTIONS = _orjson.OPT_PASSTHROUGH_DATETIME | _orjson.OPT_PASSTHROUGH_SUBCLASS
except ImportError:  # optional: the json module gives the same document
    _orjson = None
    _ORJSON_OPTIONS = 0


def _plain_json_values(analysis: Analysis) -> bool:
    """No float orjson would write differently from the json module: the model's floats
    are the events' Goldstein scores (the relations' net scores are their sums), and
    ``meta`` holds whatever the input record had."""
    for ev in analysis.events:
        g = ev.goldstein
        if type(g) is float and not math.isfinite(g):
            return False
    for v in (analysis.meta or {}).values():
        if type(v) is float and not math.isfinite(v):
            return False
        if type(v) not in _SIMPLE:
            return False  # nested or unusual metadata: leave it to the json module
    return True


_SIMPLE = (str, int, float, bool, type(None))



def _search_forms(word: str, variants: Sequence[tuple[str, int]] | None = None) -> tuple[str, ...]:
    """A word and its proclitic-free readings, each once (not cached here: search_body
    keeps them joined, and clitic_variants has its own cache). ``variants``: the word's
    ``clitic_variants``, when the caller has them."""
    if variants is None:
        variants = (_TEXT or _text()).clitic_variants(word)
    return tuple(dict.fromkeys([word, *(v for v, k in variants if k and len(v) > 1)]))


_WORDS = re.compile(r"\w+")


def search_words(*parts: str | None) -> list[str]:
    """The words of a text as the search indexes and asks them: normalised
    (``normalize_for_match``), split on anything that is not a letter or digit.

    The matching form is ``normalize_with_offsets(...).norm`` of each part
    (``core.text.matching_form``: the extraction's own when the part is the text it has
    just read; normalising is character by character, so the parts' forms joined are the
    joined parts' form), without ``normalize_for_match``'s squeezing of white space,
    which the split ignores: the same words at 0.06 instead of 0.12 ms for a corpus
    article (the batch builds a search row for each), 0.035 when the text's form is the
    extraction's."""
    return _WORDS.findall(" ".join(map((_TEXT or _text()).matching_form, filter(None, parts))))


class _JoinedForms(dict):
    """word -> its search forms joined by spaces, worked out the first time a word is
    looked up (``map(cache.__getitem__, words)`` stays in C for the words seen before).

    A batch worker meets some 40 new words an article: a word whose first letter starts
    no proclitic (most words) is its own only form, known without asking
    ``clitic_variants`` (which returns the word alone for it), and the text module is
    imported once, not once per new word (0.20 -> 0.16 ms per article for the search
    bodies of a fresh worker's first 1,000 articles)."""

    def __missing__(self, word: str) -> str:
        text = _TEXT or _text()
        if word[:1] not in text.PROCLITIC_LETTERS:  # clitic_variants gives the word alone
            joined = word
        else:
            variants = text.clitic_variants(word)
            if len(variants) == 1 and variants[0][0] == word:  # no proclitic reading
                joined = word
            else:
                joined = " ".join(_search_forms(word, variants))
        self[word] = joined
        return joined


_TEXT: Any = None  # core.text once imported (it brings camel-tools: not at this module's import)


def _text() -> Any:
    global _TEXT
    import core.text

    _TEXT = core.text
    return _TEXT


_FORMS_JOINED = _JoinedForms()  # search_body's cache


@prepared.table()
def vocabulary_forms() -> dict[str, str]:
    """The joined search forms of every word of the news vocabulary, for the prepared
    image. Made (0.06 CPU-s) by the first batch run after a change of the code or data,
    or after an image made by a process that does not seed them (the app's, a
    benchmark's): ``prepared.save`` then writes them into that image beside the tables
    it already held, and every later run reads them from it."""
    return vocabulary_forms_made()


def vocabulary_forms_made() -> dict[str, str]:
    """The joined forms of the 60,000 words of ``core.crf_features.word_counts``, as
    :class:`_JoinedForms` makes them."""
    from core.crf_features import word_counts

    forms = _JoinedForms()
    for word in word_counts():
        forms[word]  # noqa: B018 - made by __missing__
    return dict(forms)


def seed_search_forms() -> None:
    """Fill search_body's cache with the vocabulary's forms (from the prepared image).

    Why: every batch worker met each word of its articles for the first time itself,
    some 43 an article over its first 1,000, and worked out their forms (0.13 against
    0.10 ms per article for the search bodies of a fresh process's first 1,000 corpus
    articles; three in four of those words are in the vocabulary). Seeded in the batch's
    main process before its workers fork, the forms are shared by all of them; the
    table costs about 10 ms to read from the image, once per run."""
    _FORMS_JOINED.update(vocabulary_forms())


def search_body(title: str | None, source: str | None, text: str | None) -> str:
    """What the search table holds for one article: every word and its proclitic-free forms."""
    cache = _FORMS_JOINED
    if len(cache) > 200_000:  # news vocabulary is large but not unbounded; keep memory flat
        cache.clear()
    return " ".join(map(cache.__getitem__, search_words(title, source, text)))


def search_row(article: dict[str, Any], text: str) -> dict[str, Any]:
    """The search table's row of an article row (built where the article was analysed)."""
    return {"article_id": article["id"], "body": search_body(article["title"], article["source"], text)}


class RowBlock(NamedTuple):
    """Rows of one table as tuples, each in the order of ``columns``: how the batch sends
    an article's child rows from its workers to the writer (less to pickle and unpickle
    than one dict per row, and the shape the database driver takes).
    :meth:`core.store.Store.insert_rows` takes these or lists of dicts."""

    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]

    def dicts(self) -> list[dict[str, Any]]:
        cols = self.columns
        return [dict(zip(cols, r)) for r in self.rows]

    def column(self, name: str) -> list[Any]:
        if not self.rows:  # an empty block has no columns
            return []
        i = self.columns.index(name)
        return [r[i] for r in self.rows]


_BLOCK_COLUMNS: dict[tuple[str, ...], tuple[tuple[str, ...], Any]] = {}  # columns -> (same, getter)


def row_block(rows: Sequence[dict[str, Any]]) -> RowBlock:
    """Rows of one shape (the keys of the first) as a :class:`RowBlock`. The column
    tuple is shared by every block of that shape in this process, so that pickling a
    chunk's results writes it once."""
    if not rows:
        return RowBlock((), [])
    key = tuple(rows[0])
    cols, get = _BLOCK_COLUMNS.get(key) or _BLOCK_COLUMNS.setdefault(key, (key, _getter(key)))
    return RowBlock(cols, list(map(get, rows)))


def _getter(cols: tuple[str, ...]) -> Any:
    from operator import itemgetter

    if len(cols) == 1:  # itemgetter of one key gives the value, not a 1-tuple
        return lambda r, k=cols[0]: (r[k],)
    return itemgetter(*cols)


def join_blocks(blocks: Sequence[RowBlock]) -> RowBlock:
    """The rows of several blocks of one table in one block (empty blocks have no
    columns; blocks of other columns are put in the first block's order)."""
    blocks = [b for b in blocks if b.rows]
    if not blocks:
        return RowBlock((), [])
    cols = blocks[0].columns
    out: list[tuple[Any, ...]] = []
    for b in blocks:
        if b.columns is cols or b.columns == cols:
            out.extend(b.rows)
        else:
            out.extend(map(_getter(cols), b.dicts()))
    return RowBlock(cols, out)


@dataclass
class ArticleRecord:
    id: str
    title: str | None
    source: str | None
    url: str | None
    published: dt.date | None
    created: dt.datetime
    public: bool
    owner: str | None
    analysis: Analysis  # the corrected view when an analyst corrected the article
    corrected: bool = False  # store.original(id) then gives the extraction as it was


@dataclass
class Filters:
    """What the Timeline and Relations pages filter events by."""
    types: Sequence[str] = ()
    actors: Sequence[str] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    article_id: str | None = None
    agreements_only: bool = False
    # private articles a share link's sender chose to show its recipients (their ids,
    # which open them anyway: the link is the capability)
    include: Sequence[str] = ()

"""The work of one chunk of articles, in whichever process or thread runs it: analyse,
build the store's rows, and turn any failure of one article into a result instead of
an exception, under a CPU limit per article."""
from __future__ import annotations

import contextlib
import gc
import importlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from core.limits import ArticleTimeout, CpuLimit


@dataclass
class Item:
    seq: int  # position in the input stream
    text: str
    where: str
    meta: dict[str, Any]
    published: str | None  # as the input gave it: core.analyze_record decides what a bad one costs
    hash: str
    dests: tuple[int, ...] = ()  # indexes of the sinks that lack this article


_ANALYZERS: dict[str, Callable[..., Any]] = {}
DEFAULT_ANALYZER = "core:analyze"


def _analyzer(spec: str) -> Callable[..., Any]:
    """The analyse function named ``module:function``, loaded and warmed up once per
    process (lexicons load on the first call, which must not count against a time limit)."""
    fn = _ANALYZERS.get(spec)
    if fn is None:
        # the collector paused until the tables are frozen: the imports, and reading the
        # image, make millions of objects and next to no garbage (the first young
        # collection after the image walked its million objects: 25 ms; those during
        # the imports 10 ms more)
        paused = gc.isenabled()
        gc.disable()
        try:
            fn = _prepared(spec)
        finally:
            gc.freeze()
            if paused:
                gc.enable()
        if spec != DEFAULT_ANALYZER:
            try:
                fn("اتفق المغرب وإسرائيل على التعاون", None, None)
            except Exception:  # noqa: BLE001 - the real articles will report it
                pass
        _ANALYZERS[spec] = fn
    return fn


def _prepared(spec: str) -> Callable[..., Any]:
    """The analyse function of ``spec``, with every table loaded (see _analyzer)."""
    mod, _, attr = spec.partition(":")
    fn = getattr(importlib.import_module(mod), attr or "analyze")
    from core import prepared
    from core.pipeline import prepare

    # the row builders too: imported here, before the local pool forks, its workers
    # share them instead of each importing the store package (0.3 CPU-s a process),
    # and out of the collector's full passes like the tables; the search forms of the
    # vocabulary are seeded before prepare(), whose image then holds them when they
    # had to be made (made each run, 0.06 CPU-s, they would cost a 2,000-article run
    # what they save, and a smaller one more)
    import core.store.rows

    if prepared.enabled():
        core.store.rows.seed_search_forms()
    prepare()  # every table loaded (none on an article's clock), kept out of full GC passes
    return fn


# Collections of the youngest generation every 20,000 new objects instead of 700: an
# article allocates hundreds of thousands of short-lived ones (words, spans, rows), most
# gone before a collection would look at them, and a collection of the young also
# promotes the chunk's live results, which the older generations then walk again. In a
# batch worker the collector took 0.37 CPU-s per 1,000 articles at the default, 0.08 at
# this one. The older generations keep their default ratios.
BATCH_GC_THRESHOLD = 20_000


@contextlib.contextmanager
def batch_gc() -> Iterator[None]:
    """The batch's garbage-collection thresholds in this process while the block runs
    (the local engine's workers are forked inside it and keep them)."""
    old = gc.get_threshold()
    if old[0]:  # 0: automatic collection is off, leave it so
        gc.set_threshold(max(old[0], BATCH_GC_THRESHOLD), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


class ArticleResult(NamedTuple):
    """What became of one article of a chunk: its articles row, or why it has none.

    A tuple rather than a dataclass: a chunk's results cross from the worker to the
    writer, and pickling a dataclass writes its field names with every instance (0.03 ms
    of an article's 0.13 ms round trip)."""

    seq: int
    seconds: float
    article: dict[str, Any] | None = None  # the articles row
    rows: dict[str, Any] | None = None  # child table (and article_search) -> RowBlock; None once in a Chunk
    error: str | None = None  # "ErrorType: message" or the timeout's reason
    kind: str | None = None  # "timeout" or "extract-error" when there is an error
    note: str | None = None  # analysed, with a remark (a publication date that could not be read)

    @property
    def ok(self) -> bool:
        return self.error is None


class Chunk(NamedTuple):
    """A chunk's results as they travel back to the writer: one :class:`ArticleResult`
    per article (without its child rows) and the child rows of all its articles, one
    :class:`core.store.RowBlock` per table. Fewer, larger objects than a block per table
    per article: pickling and unpickling a chunk cost about 40 % less, and the writer
    has nothing left to join."""

    results: list[ArticleResult]
    rows: dict[str, Any]  # table -> RowBlock of the chunk's analysed articles, in input order


def pack_chunk(results: list[ArticleResult]) -> Chunk:
    """The results of a chunk with their child rows joined per table."""
    from core.store import join_blocks

    tables: dict[str, list[Any]] = {}
    for r in results:
        if r.rows is not None:
            for k, v in r.rows.items():
                tables.setdefault(k, []).append(v)
    return Chunk([r._replace(rows=None) if r.rows is not None else r for r in results],
                 {k: join_blocks(v) for k, v in tables.items()})


def store_rows(a: Any, owner: str | None, public: bool,
               text_hash: str | None = None) -> tuple[dict[str, Any], dict[str, Any]]:
    """An analysis as the store's rows under a new id: the articles row, and its child
    tables' rows with the search row, each table's as a :class:`core.store.RowBlock`
    (tuples: less to send to the writer than dicts), built here in the worker so that
    the one writer process only inserts. ``text_hash``: the content hash of ``a.text``,
    when the caller has it (the batch's main process hashed every text already).

    The two longest values, the analysis JSON and the search body, are UTF-8 bytes,
    which the store binds as text (``core.store.schema.UTF8_TEXT_COLUMNS``): sent as
    str, each was encoded by the pickle that sends it, decoded by the one that receives
    it and encoded again by SQLite's binding (the JSON also decoded from orjson's bytes
    first)."""
    from core.store import RowBlock, analysis_blocks, article_row, new_token, search_body

    aid = new_token()
    blocks = analysis_blocks(a, aid)
    art = article_row(a, aid, owner, public, blocks, text_hash, utf8=True)
    body = search_body(art["title"], art["source"], a.text)  # search_row's, as bytes
    blocks["article_search"] = RowBlock(_SEARCH_COLUMNS, [(aid, body.encode("utf-8"))])
    return art, blocks


_SEARCH_COLUMNS = ("article_id", "body")  # search_row's keys, one tuple for every block


def extract_chunk(items: list[Item], owner: str | None = None, public: bool = True,
                  analyzer: str = DEFAULT_ANALYZER, timeout: float | None = None) -> Chunk:
    """Analyse a chunk: one :class:`ArticleResult` per item and the rows of those analysed,
    as a :class:`Chunk`. Never raises for one bad article.

    ``timeout`` is CPU seconds per article, enforced by :class:`CpuLimit` in whichever
    thread runs the chunk, so the local pool and Dask workers (local or remote) stop the
    same articles and report them the same way."""
    analyze = _analyzer(analyzer)
    limit = CpuLimit(timeout) if timeout and timeout > 0 else None
    try:
        return pack_chunk([_extract_one(it, analyze, limit, owner, public, timeout) for it in items])
    finally:
        if limit is not None:
            limit.close()


def _extract_one(it: Item, analyze: Callable[..., Any], limit: CpuLimit | None, owner: str | None,
                 public: bool, timeout: float | None) -> ArticleResult:
    from core import analyze_record

    t0 = time.perf_counter()
    try:
        if limit is not None:
            limit.arm()
        try:
            a, note = analyze_record(it.text, it.published, it.meta, analyze_fn=analyze)
        finally:
            if limit is not None and limit.disarm():
                raise ArticleTimeout()
        # the hash made in the main process, when the analysis kept the text it was given
        art, rows = store_rows(a, owner, public, it.hash if a.text is it.text else None)
        return ArticleResult(it.seq, time.perf_counter() - t0, art, rows, note=note)
    except ArticleTimeout:
        return ArticleResult(it.seq, time.perf_counter() - t0, error=f"timeout: no result after {timeout:g} CPU "
                             "seconds", kind="timeout")
    except Exception as e:  # noqa: BLE001 - one article must not stop the run
        msg = str(e).strip().splitlines()[0] if str(e).strip() else ""
        return ArticleResult(it.seq, time.perf_counter() - t0, error=f"{type(e).__name__}: {msg}"[:300],
                             kind="extract-error")

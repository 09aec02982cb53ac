"""The work of one chunk of articles, in whichever process or thread runs it: analyse,
build the store's rows, and turn any failure of one article into a result instead of
an exception, under a CPU limit per article."""
from __future__ import annotations

import importlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

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
        mod, _, attr = spec.partition(":")
        fn = getattr(importlib.import_module(mod), attr or "analyze")
        from core.pipeline import prepare

        prepare()  # every table loaded (none on an article's clock), kept out of full GC passes
        if spec != DEFAULT_ANALYZER:
            try:
                fn("اتفق المغرب وإسرائيل على التعاون", None, None)
            except Exception:  # noqa: BLE001 - the real articles will report it
                pass
        _ANALYZERS[spec] = fn
    return fn


@dataclass
class ArticleResult:
    """What became of one article of a chunk: its rows, or why it has none."""

    seq: int
    seconds: float
    article: dict[str, Any] | None = None  # the articles row
    rows: dict[str, list[dict[str, Any]]] | None = None  # child table -> rows
    error: str | None = None  # "ErrorType: message" or the timeout's reason
    kind: str | None = None  # "timeout" or "extract-error" when there is an error
    note: str | None = None  # analysed, with a remark (a publication date that could not be read)

    @property
    def ok(self) -> bool:
        return self.error is None


def store_rows(a: Any, owner: str | None, public: bool) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """An analysis as the store's rows under a new id: the articles row, and its child
    tables' rows with the search row, built here in the worker so that the one writer
    process only inserts."""
    from core.store import analysis_rows, article_row, new_token, search_row

    aid = new_token()
    rows = analysis_rows(a, aid)
    art = article_row(a, aid, owner, public, rows)
    rows["article_search"] = [search_row(art, a.text)]
    return art, rows


def extract_chunk(items: list[Item], owner: str | None = None, public: bool = True,
                  analyzer: str = DEFAULT_ANALYZER, timeout: float | None = None) -> list[ArticleResult]:
    """Analyse a chunk, one :class:`ArticleResult` per item. Never raises for one bad article.

    ``timeout`` is CPU seconds per article, enforced by :class:`CpuLimit` in whichever
    thread runs the chunk, so the local pool and Dask workers (local or remote) stop the
    same articles and report them the same way."""
    analyze = _analyzer(analyzer)
    limit = CpuLimit(timeout) if timeout and timeout > 0 else None
    try:
        return [_extract_one(it, analyze, limit, owner, public, timeout) for it in items]
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
        art, rows = store_rows(a, owner, public)
        return ArticleResult(it.seq, time.perf_counter() - t0, art, rows, note=note)
    except ArticleTimeout:
        return ArticleResult(it.seq, time.perf_counter() - t0, error=f"timeout: no result after {timeout:g} CPU "
                             "seconds", kind="timeout")
    except Exception as e:  # noqa: BLE001 - one article must not stop the run
        msg = str(e).strip().splitlines()[0] if str(e).strip() else ""
        return ArticleResult(it.seq, time.perf_counter() - t0, error=f"{type(e).__name__}: {msg}"[:300],
                             kind="extract-error")

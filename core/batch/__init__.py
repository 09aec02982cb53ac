"""Whole archives: stream articles from files, extract them in parallel, store the rows.

    python -m core batch INPUT... [--store URL] [--out DIR] [--engine local|dask]
                                  [--scheduler ADDRESS] [--workers N] [--chunk N]

Inputs are ``.jsonl`` / ``.jsonl.gz`` / ``.ndjson`` files (one JSON object per line),
``.csv`` files (a ``text`` column), folders (walked recursively; ``.txt``, ``.html``,
``.pdf``, ``.docx`` are one article each, ``.jsonl``/``.csv``/``.zip`` are read as
above) and ``.zip`` archives (members read by the same rules, nested folders and
nested archives included). Fields: ``text`` and, when present, ``id``, ``title``,
``source``, ``published``, ``url`` (the aliases of :mod:`core.ingest` are accepted).

Rows go to the SQL store the dashboard reads (:class:`core.store.Store`, same tables,
same row builders, same content-hash dedup) and/or to Parquet files in ``--out DIR``
(``DIR/<table>/part-<run>-<chunk>.parquet``, one file per table per chunk).

How a run works:

* the main process streams the inputs, hashes each text, drops what is already in
  every destination (resume) or already seen in this run (duplicate), and groups the
  rest into chunks of ``--chunk`` articles (with several workers, the last few hundred
  in chunks that shrink, so that the workers finish together);
* an engine maps :func:`extract_chunk` over the chunks, keeping at most a few chunks
  in flight (memory stays flat however large the archive): ``local`` uses a pool of
  processes, ``dask`` a distributed cluster (``--scheduler`` or a LocalCluster);
* results come back in input order and each chunk is written in one transaction
  (articles and all their rows, or nothing), so an interrupted run leaves a
  consistent store and the next run continues where it stopped; the summaries (and
  the indexes a run into a new store makes at its end) are caught up while the
  workers extract the last chunks, or at the end.

A bad article (invalid JSON line, no text, undecodable bytes, over ``--max-chars``,
an exception in extraction, more than ``--timeout`` CPU seconds under either engine) is
reported once with its place (file and line, row or archive member) and skipped; the
run goes on.

The package, one module per job: :mod:`~core.batch.readers` (inputs as a stream of
records and problems), :mod:`~core.batch.work` (one chunk, in a worker),
:mod:`~core.batch.sinks` (store and Parquet), :mod:`~core.batch.engines` (process pool,
Dask), :mod:`~core.batch.run` (the run), :mod:`~core.batch.cli` (the command).
"""
from __future__ import annotations

from core.batch.cli import add_cli, cmd_batch
from core.batch.engines import (
                                BatchError,
                                DaskEngine,
                                LocalEngine,
                                make_engine,
                                ordered_map,
)
from core.batch.readers import (
                                Problem,
                                Record,
                                estimate_count,
                                iter_csv,
                                iter_file,
                                iter_inputs,
                                iter_jsonl,
                                iter_zip,
)
from core.batch.run import (
                                DEFAULT_CHUNK,
                                DEFAULT_MAX_CHARS,
                                DEFAULT_TIMEOUT,
                                Summary,
                                run_batch,
)
from core.batch.sinks import ParquetSink, StoreSink
from core.batch.work import (
                                _ANALYZERS,
                                DEFAULT_ANALYZER,
                                ArticleResult,
                                Item,
                                extract_chunk,
)
from core.limits import ArticleTimeout, CpuLimit

__all__ = [
                                "DEFAULT_ANALYZER",
                                "DEFAULT_CHUNK",
                                "DEFAULT_MAX_CHARS",
                                "DEFAULT_TIMEOUT",
                                "_ANALYZERS",
                                "ArticleResult",
                                "ArticleTimeout",
                                "BatchError",
                                "CpuLimit",
                                "DaskEngine",
                                "Item",
                                "LocalEngine",
                                "ParquetSink",
                                "Problem",
                                "Record",
                                "StoreSink",
                                "Summary",
                                "add_cli",
                                "cmd_batch",
                                "estimate_count",
                                "extract_chunk",
                                "iter_csv",
                                "iter_file",
                                "iter_inputs",
                                "iter_jsonl",
                                "iter_zip",
                                "make_engine",
                                "ordered_map",
                                "run_batch",
]

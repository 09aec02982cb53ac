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
  rest into chunks of ``--chunk`` articles;
* an engine maps :func:`extract_chunk` over the chunks, keeping at most a few chunks
  in flight (memory stays flat however large the archive): ``local`` uses a pool of
  processes, ``dask`` a distributed cluster (``--scheduler`` or a LocalCluster);
* results come back in input order and each chunk is written in one transaction
  (articles and all their rows, or nothing), so an interrupted run leaves a
  consistent store and the next run continues where it stopped.

A bad article (invalid JSON line, no text, undecodable bytes, over ``--max-chars``,
an exception in extraction, more than ``--timeout`` CPU seconds under either engine) is
reported once with its place (file and line, row or archive member) and skipped; the
run goes on.
"""
from __future__ import annotations

import argparse
import collections
import csv
import datetime as dt
import gzip
import importlib
import io
import json
import logging
import os
import secrets
import signal
import sys
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from core.errors import AkhbarError
from core.limits import ArticleTimeout, CpuLimit  # noqa: F401 - ArticleTimeout is part of this API

log = logging.getLogger("akhbar.batch")

DEFAULT_CHUNK = 100
DEFAULT_TIMEOUT = 10.0  # CPU seconds per article; a typical article takes milliseconds
DEFAULT_MAX_CHARS = 100_000  # the longest corpus article has about 21,000 characters
SINGLE_DOC_EXT = (".txt", ".md", ".text", ".html", ".htm", ".xhtml", ".pdf", ".docx")
JSONL_EXT = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
CSV_EXT = (".csv", ".csv.gz")
JSON_EXT = (".json",)
ZIP_EXT = (".zip",)
TABLE_NAMES = ("articles", "entities", "mentions", "times", "events", "event_pairs", "actors")


# --- records and problems ---------------------------------------------------------------
@dataclass
class Record:
    """One article read from an input, not yet analysed."""
    text: str
    where: str  # "file line 12", "archive.zip:folder/a.txt", "file.csv row 7"
    meta: dict[str, Any] = field(default_factory=dict)  # id, title, source, url, published


@dataclass
class Problem:
    """Something in the input that was skipped (or, ``fatal=False``, only noted)."""
    where: str
    reason: str
    kind: str = "bad-input"
    skipped: bool = True

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


def _ext(name: str) -> str:
    low = name.lower()
    for e in (".jsonl.gz", ".ndjson.gz", ".csv.gz"):
        if low.endswith(e):
            return e
    return os.path.splitext(low)[1]


# --- reading inputs (streaming) ----------------------------------------------------------
def _record_from_obj(obj: Any, where: str) -> Record | Problem:
    from core.ingest import IngestError, record_to_article

    try:
        art = record_to_article(obj, where)
    except IngestError as e:
        msg = str(e)
        reason = msg[len(where) + 2:] if msg.startswith(where + ": ") else msg
        return Problem(where, reason.replace("no 'text' field", "empty text (no 'text' field)"), "empty")
    meta = {k: art.get(k) for k in ("title", "source", "url", "published") if art.get(k) not in (None, "")}
    ext_id = obj.get("id") if isinstance(obj, dict) else None
    if ext_id not in (None, ""):
        meta["id"] = str(ext_id)
    return Record(art["text"], where, meta)


def _decode_line(raw: bytes, where: str) -> str | Problem:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from core.ingest import IngestError, decode_bytes

    try:
        text, _enc = decode_bytes(raw, where)
    except IngestError:
        return Problem(where, "undecodable bytes (not UTF-8, UTF-16 or Windows-1256)", "undecodable")
    return text


def iter_jsonl(stream: Iterable[bytes], name: str) -> Iterator[Record | Problem]:
    """Records of a JSON-lines byte stream, one line at a time."""
    no = 0
    try:
        for no, raw in enumerate(stream, 1):
            if no == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            where = f"{name} line {no}"
            line = _decode_line(raw, where)
            if isinstance(line, Problem):
                yield line
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                yield Problem(where, f"not valid JSON ({e.msg})", "bad-json")
                continue
            yield _record_from_obj(obj, where)
    except (OSError, EOFError, zipfile.BadZipFile) as e:  # truncated gzip, bad CRC ...
        yield Problem(name, f"stopped reading after line {no} ({type(e).__name__}: {e})", "corrupt-file")


def _sniff_encoding(head: bytes, name: str) -> str:
    """Encoding of a text stream from its first bytes (a multi-byte letter may be cut at the end)."""
    import codecs

    from core.ingest import decode_bytes

    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    cut = head[:head.rfind(b"\n") + 1] or head
    return decode_bytes(cut, name)[1]


def iter_csv(binary: io.BufferedIOBase | Any, name: str) -> Iterator[Record | Problem]:
    """Records of a CSV byte stream (encoding sniffed from the first 64 KB), row by row."""
    from core.ingest import TEXT_FIELDS, IngestError

    head = binary.read(65536)
    if not head.strip():
        yield Problem(name, "empty file", "empty")
        return
    try:
        enc = _sniff_encoding(head, name)
    except IngestError as e:
        yield Problem(name, str(e).removeprefix(name + ": "), _kind_of(e))
        return
    stream = io.TextIOWrapper(io.BufferedReader(_Prepend(head, binary)), encoding=enc, newline="")
    csv.field_size_limit(max(csv.field_size_limit(), 50_000_000))
    sample = head[:4096].decode(enc, errors="ignore")
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(stream, dialect=dialect)
    try:
        fields = reader.fieldnames or []
    except (csv.Error, UnicodeDecodeError) as e:
        yield Problem(name, f"unreadable CSV header ({e})", "corrupt-file")
        return
    if not any(str(f).strip().lower().lstrip("\ufeff") in TEXT_FIELDS for f in fields):
        yield Problem(name, f"no 'text' column (found: {', '.join(map(str, fields))})", "bad-input")
        return
    no = 1
    try:
        for no, row in enumerate(reader, 2):
            yield _record_from_obj(row, f"{name} row {no}")
    except (csv.Error, UnicodeDecodeError, OSError, EOFError) as e:
        yield Problem(name, f"stopped reading after row {no} ({type(e).__name__}: {e})", "corrupt-file")


class _Prepend(io.RawIOBase):
    """A byte stream with some already-read bytes put back in front."""

    def __init__(self, head: bytes, rest: Any):
        self._head, self._rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        if self._head:
            n = min(len(b), len(self._head))
            b[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(b))
        b[:len(data)] = data
        return len(data)


def _single_document(data: bytes, where: str) -> Iterator[Record | Problem]:
    from core.ingest import IngestError, read_upload

    try:
        res = read_upload(where, data)
    except IngestError as e:
        yield Problem(where, str(e).removeprefix(where + ": "), _kind_of(e))
        return
    for art in res.articles:
        text = art.get("text") or ""
        if not text.strip():
            yield Problem(where, "empty text", "empty")
            continue
        meta = {"title": art["title"]} if art.get("title") else {}
        yield Record(text, where, meta)


def _kind_of(e: Exception) -> str:
    name = type(e).__name__
    return {"BinaryFile": "not-text", "UndecodableText": "undecodable", "EmptyText": "empty",
            "FileTooLarge": "too-long", "UnsupportedFormat": "not-text",
            "CorruptDocument": "corrupt-file"}.get(name, "bad-input")


def iter_zip(source: Any, name: str) -> Iterator[Record | Problem]:
    """Records of every member of a zip archive (nested folders and archives too)."""
    from core.ingest import MAX_BYTES

    try:
        zf = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, EOFError) as e:
        yield Problem(name, f"not a readable zip archive ({e})", "corrupt-file")
        return
    with zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            where = f"{name}:{info.filename}"
            ext = _ext(info.filename)
            try:
                if ext in JSONL_EXT:
                    with zf.open(info) as f:
                        yield from iter_jsonl(gzip.open(f) if ext.endswith(".gz") else f, where)
                elif ext in CSV_EXT:
                    with zf.open(info) as f:
                        yield from iter_csv(gzip.open(f) if ext.endswith(".gz") else f, where)
                elif ext in ZIP_EXT:
                    with zf.open(info) as f:
                        yield from iter_zip(io.BytesIO(f.read()), where)
                elif ext in SINGLE_DOC_EXT or ext in JSON_EXT:
                    if info.file_size > MAX_BYTES:
                        yield Problem(where, f"{info.file_size / 2**20:.1f} MB is over the "
                                             f"{MAX_BYTES / 2**20:.0f} MB limit", "too-long")
                        continue
                    data = zf.read(info)
                    if ext in JSON_EXT:
                        yield from _json_document(data, where)
                    else:
                        yield from _single_document(data, where)
                else:
                    yield Problem(where, f"not a text member ({ext or 'no extension'})", "not-text")
            except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as e:
                yield Problem(where, f"unreadable member ({type(e).__name__}: {e})", "corrupt-file")


def _json_document(data: bytes, where: str) -> Iterator[Record | Problem]:
    """A .json file: an array of articles or one article object."""
    from core.ingest import IngestError, decode_bytes

    try:
        text, _ = decode_bytes(data, where)
    except IngestError as e:
        yield Problem(where, str(e).removeprefix(where + ": "), _kind_of(e))
        return
    try:
        obj = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as e:
        yield Problem(where, f"not valid JSON ({e.msg} at line {e.lineno})", "bad-json")
        return
    if isinstance(obj, list):
        for i, item in enumerate(obj, 1):
            yield _record_from_obj(item, f"{where} item {i}")
    else:
        yield _record_from_obj(obj, where)


def iter_file(path: Path, name: str | None = None) -> Iterator[Record | Problem]:
    """Records of one input file, chosen by its extension."""
    from core.ingest import MAX_BYTES

    name = name or str(path)
    ext = _ext(path.name)
    try:
        if ext in JSONL_EXT:
            opener = gzip.open if ext.endswith(".gz") else open
            with opener(path, "rb") as f:
                yield from iter_jsonl(f, name)
        elif ext in CSV_EXT:
            opener = gzip.open if ext.endswith(".gz") else open
            with opener(path, "rb") as f:
                yield from iter_csv(f, name)
        elif ext in ZIP_EXT:
            with open(path, "rb") as f:
                yield from iter_zip(f, name)
        elif ext in SINGLE_DOC_EXT or ext in JSON_EXT:
            size = path.stat().st_size
            if size > MAX_BYTES:
                yield Problem(name, f"{size / 2**20:.1f} MB is over the {MAX_BYTES / 2**20:.0f} MB limit",
                              "too-long")
                return
            data = path.read_bytes()
            yield from (_json_document(data, name) if ext in JSON_EXT else _single_document(data, name))
        else:
            yield Problem(name, f"not a supported input ({ext or 'no extension'}); use .jsonl, .jsonl.gz, "
                                ".csv, .txt, .zip or a folder", "not-text")
    except OSError as e:
        yield Problem(name, f"cannot read ({e.strerror or e})", "corrupt-file")


def iter_inputs(paths: Sequence[str | os.PathLike]) -> Iterator[Record | Problem]:
    """Every record of every input, in order (folders walked in sorted order)."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for f in sorted(x for x in path.rglob("*") if x.is_file()):
                yield from iter_file(f, str(f))
        elif path.exists():
            yield from iter_file(path, str(path))
        else:
            yield Problem(str(path), "no such file or folder", "missing")


def estimate_count(paths: Sequence[str | os.PathLike]) -> int | None:
    """A quick upper estimate of the number of articles (for the progress bar's ETA)."""
    total = 0
    try:
        for p in paths:
            path = Path(p)
            files = sorted(x for x in path.rglob("*") if x.is_file()) if path.is_dir() else [path]
            for f in files:
                ext = _ext(f.name)
                if ext in JSONL_EXT or ext in CSV_EXT:
                    opener = gzip.open if ext.endswith(".gz") else open
                    n = 0
                    with opener(f, "rb") as fh:
                        for block in iter(lambda: fh.read(1 << 20), b""):
                            n += block.count(b"\n")
                    total += max(n - (1 if ext in CSV_EXT else 0), 1)
                elif ext in ZIP_EXT:
                    with zipfile.ZipFile(f) as zf:
                        total += sum(1 for i in zf.infolist() if not i.is_dir())
                else:
                    total += 1
    except (OSError, EOFError, zipfile.BadZipFile):
        return None
    return total


# --- the work of one chunk (runs in a worker) ---------------------------------------------
@dataclass
class Item:
    seq: int  # position in the input stream
    text: str
    where: str
    meta: dict[str, Any]
    published: str | None
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


def extract_chunk(items: list[Item], owner: str | None = None, public: bool = True,
                  analyzer: str = DEFAULT_ANALYZER, timeout: float | None = None
                  ) -> list[tuple[int, Any, Any, float]]:
    """Analyse a chunk; per item ``(seq, article_row, child_rows, seconds)`` or
    ``(seq, None, "ErrorType: message", seconds)``. Never raises for one bad article.

    ``timeout`` is CPU seconds per article, enforced by :class:`CpuLimit` in whichever
    thread runs the chunk, so the local pool and Dask workers (local or remote) stop the
    same articles and report them the same way."""
    from core.store import article_row, analysis_rows, new_token

    analyze = _analyzer(analyzer)
    limit = CpuLimit(timeout) if timeout and timeout > 0 else None
    out: list[tuple[int, Any, Any, float]] = []
    try:
        for it in items:
            t0 = time.perf_counter()
            try:
                if limit is not None:
                    limit.arm()
                try:
                    a = analyze(it.text, it.published, it.meta)
                finally:
                    if limit is not None and limit.disarm():
                        raise ArticleTimeout()
                aid = new_token()
                rows = analysis_rows(a, aid)
                art = article_row(a, aid, owner, public, rows)
                out.append((it.seq, art, rows, time.perf_counter() - t0))
            except ArticleTimeout:
                out.append((it.seq, None, f"timeout: no result after {timeout:g} CPU seconds",
                            time.perf_counter() - t0))
            except Exception as e:  # noqa: BLE001 - one article must not stop the run
                msg = str(e).strip().splitlines()[0] if str(e).strip() else ""
                out.append((it.seq, None, f"{type(e).__name__}: {msg}"[:300], time.perf_counter() - t0))
    finally:
        if limit is not None:
            limit.close()
    return out


# --- destinations ---------------------------------------------------------------------------
class StoreSink:
    """The dashboard's SQL store: one transaction per chunk."""

    name = "store"

    def __init__(self, url: str | None, owner: str | None = None, public: bool = True):
        from core.store import Store

        self.store = Store(url)
        self.url = self.store.url
        self.owner, self.public = owner, public

    def known(self, hashes: Sequence[str]) -> set[str]:
        """Texts this run's writer already has (its own scope or the public library)."""
        return self.store.known_hashes(hashes, self.owner, self.public)

    def write(self, arts: list[dict[str, Any]], rows: dict[str, list[dict[str, Any]]]) -> int:
        return self.store.insert_rows(arts, rows)

    def close(self) -> None:
        self.store.engine.dispose()


def _arrow_schema(table: Any) -> Any:
    import pyarrow as pa
    import sqlalchemy as sa

    def typ(col: Any) -> Any:
        t = col.type
        if isinstance(t, sa.Boolean):
            return pa.bool_()
        if isinstance(t, sa.DateTime):
            return pa.timestamp("us")
        if isinstance(t, sa.Date):
            return pa.date32()
        if isinstance(t, sa.Integer):
            return pa.int64()
        if isinstance(t, sa.Float):
            return pa.float64()
        return pa.string()

    return pa.schema([pa.field(c.name, typ(c)) for c in table.columns])


class ParquetSink:
    """``DIR/<table>/part-<run>-<chunk>.parquet``; the articles file of a chunk is written
    last, so a chunk without it is incomplete and is removed on the next start."""

    name = "parquet"

    def __init__(self, out_dir: str | os.PathLike):
        import pyarrow.parquet as pq

        from core.store import CHILD_TABLES, articles

        self.dir = Path(out_dir)
        self.tables = {t.name: t for t in (articles, *CHILD_TABLES)}
        self.schemas = {n: _arrow_schema(t) for n, t in self.tables.items()}
        for n in self.tables:
            (self.dir / n).mkdir(parents=True, exist_ok=True)
        done = {p.name for p in (self.dir / "articles").glob("part-*.parquet")}
        for n in self.tables:  # leftovers of an interrupted chunk
            for p in (self.dir / n).glob("*.parquet.tmp"):
                p.unlink()
            if n != "articles":
                for p in (self.dir / n).glob("part-*.parquet"):
                    if p.name not in done:
                        p.unlink()
        self.hashes: set[str] = set()
        for p in sorted((self.dir / "articles").glob("part-*.parquet")):
            self.hashes.update(pq.read_table(p, columns=["content_hash"]).column(0).to_pylist())
        self.run = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(4)
        self.seq = 0

    def known(self, hashes: Sequence[str]) -> set[str]:
        return {h for h in hashes if h in self.hashes}

    def write(self, arts: list[dict[str, Any]], rows: dict[str, list[dict[str, Any]]]) -> int:
        import pyarrow as pa
        import pyarrow.parquet as pq

        arts = [a for a in arts if a["content_hash"] not in self.hashes]
        if not arts:
            return 0
        keep = {a["id"] for a in arts}
        self.seq += 1
        fname = f"part-{self.run}-{self.seq:06d}.parquet"
        for n in [*[t for t in self.tables if t != "articles"], "articles"]:
            data = arts if n == "articles" else [r for r in rows.get(n, []) if r["article_id"] in keep]
            tbl = pa.Table.from_pylist(data, schema=self.schemas[n])
            tmp = self.dir / n / (fname + ".tmp")
            pq.write_table(tbl, tmp)
            os.replace(tmp, self.dir / n / fname)
        self.hashes.update(a["content_hash"] for a in arts)
        return len(arts)

    def close(self) -> None:
        pass


# --- engines --------------------------------------------------------------------------------
class LocalEngine:
    """A pool of processes (or, with one worker, this process)."""

    def __init__(self, workers: int):
        self.workers = max(1, workers)
        self.pool = None
        if self.workers > 1:
            import multiprocessing as mp

            ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
            self.pool = ctx.Pool(self.workers, initializer=_worker_init)

    @property
    def window(self) -> int:
        return 2 * self.workers

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        if self.pool is None:
            return _Done(fn(*args))
        return self.pool.apply_async(fn, args)

    @staticmethod
    def result(handle: Any) -> Any:
        return handle.get()

    def close(self, abort: bool = False) -> None:
        if self.pool is not None:
            if abort:
                self.pool.terminate()
            else:
                self.pool.close()
            self.pool.join()


def _worker_init() -> None:
    """Pool workers leave Ctrl-C to the main process, which stops them cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Done:
    def __init__(self, value: Any):
        self.value = value

    def get(self) -> Any:
        return self.value


class DaskEngine:
    """dask.distributed: an existing scheduler, or a LocalCluster of ``workers`` processes."""

    def __init__(self, workers: int, scheduler: str | None = None):
        from dask.distributed import Client, LocalCluster

        self.cluster = None
        if scheduler:
            self.client = _connect(Client, scheduler)
        else:
            # no dashboard; its HTTP server still starts, on a free port rather than on
            # 8787, which another cluster on the machine may hold (a warning each run)
            self.cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                        dashboard_address=":0", scheduler_kwargs={"dashboard": False},
                                        silence_logs=logging.ERROR)
            self.client = Client(self.cluster)
        if scheduler:
            self._check_code(scheduler)
        info = self.client.scheduler_info().get("workers", {})
        # a remote worker may run several tasks at once (--nthreads): keep each thread busy
        n = sum(int(w.get("nthreads") or 1) for w in info.values())
        if scheduler and not n:
            log.warning("the Dask scheduler at %s has no workers yet: chunks wait until one joins", scheduler)
        self.workers = n or max(1, workers)

    def _check_code(self, address: str) -> None:
        """Fail now, with a message, if the cluster cannot import this code: the scheduler
        unpickles every task and a worker that cannot closes itself, which would leave
        the run waiting for workers forever."""
        try:
            self.client.run_on_scheduler(importlib.import_module, __name__)
            self.client.run(importlib.import_module, __name__)
        except ImportError as e:
            self.client.close()
            raise _no_code(e, address) from None

    @property
    def window(self) -> int:
        return 2 * self.workers

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        return self.client.submit(fn, *args, pure=False)

    @staticmethod
    def result(handle: Any) -> Any:
        try:
            return handle.result()
        except Exception as e:
            # a scheduler or worker started without this code (the scheduler unpickles
            # the task too, and says so in a RuntimeError caused by the ImportError)
            cause = e if isinstance(e, ImportError) else e.__cause__
            if isinstance(cause, ImportError):
                raise _no_code(cause) from None
            raise

    def close(self, abort: bool = False) -> None:
        try:
            self.client.close()
        finally:
            if self.cluster is not None:
                self.cluster.close()


class BatchError(AkhbarError):
    """A run that cannot start or go on, for a reason the user can fix (printed without
    a traceback by the command line)."""


def _no_code(e: ImportError, address: str | None = None) -> BatchError:
    where = f" at {address!r}" if address else ""
    return BatchError(f"the Dask cluster{where} cannot import the extraction code ({type(e).__name__}: {e}); "
                      "start its scheduler and workers from this repository or with it installed")


def _connect(client_cls: Any, address: str) -> Any:
    """A client of the scheduler at ``address``, or a :class:`BatchError` that says what
    to check: an unreachable address is a usage problem, not a crash. Dask retries until
    its connect timeout (``distributed.comm.timeouts.connect``, 30 s by default;
    ``DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT=5s`` shortens it)."""
    try:
        return client_cls(address)
    except (OSError, ValueError, TypeError) as e:  # OSError covers refused, unknown host, timed out
        reason = str(e).strip() or type(e).__name__
        raise BatchError(f"cannot connect to the Dask scheduler at {address!r}: {reason}. Check the address "
                         "(tcp://HOST:PORT) and that `dask scheduler` is running there and reachable; "
                         "or leave out --scheduler to start a local cluster") from None


def make_engine(engine: str, workers: int | None = None, scheduler: str | None = None) -> Any:
    workers = workers or os.cpu_count() or 1
    if engine == "local":
        return LocalEngine(workers)
    if engine == "dask":
        return DaskEngine(workers, scheduler)
    raise ValueError(f"unknown engine {engine!r}: use local or dask")


def ordered_map(engine: Any, fn: Callable[..., Any], jobs: Iterable[tuple[Any, tuple[Any, ...]]]
                ) -> Iterator[tuple[Any, Any]]:
    """``(tag, fn(*args))`` for each ``(tag, args)`` job, in input order, with at most
    ``engine.window`` jobs in flight: the input is consumed only as results come back."""
    pending: collections.deque = collections.deque()
    it = iter(jobs)
    exhausted = False
    while True:
        while not exhausted and len(pending) < engine.window:
            try:
                tag, args = next(it)
            except StopIteration:
                exhausted = True
                break
            pending.append((tag, engine.submit(fn, *args) if args is not None else None))
        if not pending:
            return
        tag, handle = pending.popleft()
        yield tag, (engine.result(handle) if handle is not None else [])


# --- the run --------------------------------------------------------------------------------
@dataclass
class Summary:
    read: int = 0  # records and problems met in the inputs
    stored: int = 0  # articles extracted and written to at least one destination
    already: int = 0  # already in every destination (resume)
    duplicates: int = 0
    failed: int = 0
    warnings: int = 0
    events: collections.Counter = field(default_factory=collections.Counter)
    entities: int = 0
    problems: collections.Counter = field(default_factory=collections.Counter)  # kind -> n
    seconds: float = 0.0
    extract_seconds: collections.deque = field(default_factory=lambda: collections.deque(maxlen=100_000))
    n_bytes: int = 0
    interrupted: bool = False
    written: collections.Counter = field(default_factory=collections.Counter)  # destination -> articles

    @property
    def rate(self) -> float:
        return self.stored / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"read": self.read, "stored": self.stored, "already_stored": self.already,
                "duplicates": self.duplicates, "failed": self.failed, "warnings": self.warnings,
                "events": sum(self.events.values()), "events_by_type": dict(sorted(self.events.items())),
                "entities": self.entities, "problems": dict(sorted(self.problems.items())),
                "seconds": round(self.seconds, 3), "articles_per_s": round(self.rate, 2),
                "mb": round(self.n_bytes / 1e6, 3), "written": dict(self.written),
                "interrupted": self.interrupted}

    def format(self) -> str:
        lines = [f"articles          {self.read:,} read: {self.stored:,} extracted, {self.already:,} already "
                 f"stored (skipped), {self.duplicates:,} duplicates, {self.failed:,} failures, "
                 f"{self.warnings:,} warnings",
                 "written           " + (", ".join(f"{k} {v:,}" for k, v in self.written.items()) or "nothing"),
                 f"events            {sum(self.events.values()):,}"
                 + ("  (" + ", ".join(f"{k} {v:,}" for k, v in self.events.most_common()) + ")"
                    if self.events else ""),
                 f"entities          {self.entities:,}",
                 f"time              {self.seconds:.1f} s, {self.rate:.1f} articles/s, "
                 f"{self.n_bytes / 1e6 / self.seconds if self.seconds else 0:.2f} MB/s"]
        if self.problems:
            lines.append("problems          " + ", ".join(f"{k} {v:,}" for k, v in self.problems.most_common()))
        if self.interrupted:
            lines.append("interrupted: what was stored is consistent; run the same command again to continue")
        return "\n".join(lines)


def _report(p: Problem, summary: Summary, on_problem: Callable[[Problem], None] | None) -> None:
    summary.problems[p.kind] += 1
    if p.skipped:
        if p.kind == "duplicate":
            summary.duplicates += 1
        else:
            summary.failed += 1
    else:
        summary.warnings += 1
    if on_problem:
        on_problem(p)


def run_batch(inputs: Sequence[str | os.PathLike], store_url: str | None = None, out_dir: str | None = None,
              engine: str = "local", scheduler: str | None = None, workers: int | None = None,
              chunk: int = DEFAULT_CHUNK, owner: str | None = None, public: bool | None = None,
              max_chars: int = DEFAULT_MAX_CHARS, progress: bool = True,
              on_problem: Callable[[Problem], None] | None = None, limit: int | None = None,
              analyzer: str = DEFAULT_ANALYZER, use_store: bool | None = None,
              timeout: float | None = DEFAULT_TIMEOUT) -> Summary:
    """Extract every article of ``inputs`` into the store and/or Parquet ``out_dir``.

    ``use_store`` defaults to: a store URL was given, or no ``out_dir`` was (then the
    store's default URL is used). ``public`` defaults to True unless ``owner`` is set.
    """
    from core.pipeline import BadDateError, parse_published
    from core.store import content_hash

    if use_store is None:
        use_store = bool(store_url) or not out_dir
    public = (owner is None) if public is None else public
    if engine == "local":
        # Load and prepare the extractor here, before the pool forks: every worker then
        # starts with the tables in memory it shares with this process (copy-on-write,
        # and frozen out of the garbage collector by prepare()), instead of each worker
        # spending the start-up again.
        _analyzer(analyzer)
    # The engine before the destinations: a scheduler that cannot be reached must stop
    # the run before a store file or a Parquet folder is created.
    eng = make_engine(engine, workers, scheduler)
    sinks: list[Any] = []
    try:
        if use_store:
            sinks.append(StoreSink(store_url, owner, public))
        if out_dir:
            sinks.append(ParquetSink(out_dir))
    except BaseException:
        for s_ in sinks:
            s_.close()
        eng.close(abort=True)
        raise
    summary = Summary()
    for s_ in sinks:
        summary.written[s_.name] = 0
    user_cb = on_problem
    seen: set[bytes] = set()
    chunk = max(1, int(chunk))

    def planned() -> Iterator[tuple[Any, tuple[Any, ...] | None]]:
        """Chunks of items to extract; tag = (n records consumed, items)."""
        buf: list[Item] = []
        consumed = 0
        seq = 0
        src = iter_inputs(inputs)
        for rec in src:
            seq += 1
            consumed += 1
            summary.read += 1
            if isinstance(rec, Problem):
                _report(rec, summary, show)
            else:
                item = _prepare(rec, seq)
                if item is not None:
                    buf.append(item)
            if len(buf) >= chunk:
                yield _plan(buf, consumed)
                buf, consumed = [], 0
            if limit is not None and summary.read >= limit:
                break
        if buf or consumed:
            yield _plan(buf, consumed)

    def _prepare(rec: Record, seq: int) -> Item | None:
        text = rec.text
        if not text.strip():
            _report(Problem(rec.where, "empty text", "empty"), summary, show)
            return None
        if len(text) > max_chars:
            _report(Problem(rec.where, f"too long ({len(text):,} characters, limit {max_chars:,}; "
                                       "raise it with --max-chars)", "too-long"), summary, show)
            return None
        pub = rec.meta.get("published")
        published: str | None = None
        if pub not in (None, ""):
            try:
                d = parse_published(str(pub))
                published = d.isoformat() if d else None
            except BadDateError:
                _report(Problem(rec.where, f"published date {str(pub)[:40]!r} is not YYYY-MM-DD; analysed "
                                           "without it", "bad-date", skipped=False), summary, show)
            rec.meta.pop("published", None)
        meta = dict(rec.meta)
        h = content_hash(text)
        key = bytes.fromhex(h)
        if key in seen:
            _report(Problem(rec.where, "duplicate: same text as an earlier article of this run", "duplicate"),
                    summary, show)
            return None
        seen.add(key)
        return Item(seq, text, rec.where, meta, published, h)

    def _plan(buf: list[Item], consumed: int) -> tuple[Any, tuple[Any, ...] | None]:
        hashes = [it.hash for it in buf]
        known = [s.known(hashes) if hashes else set() for s in sinks]
        todo = []
        for it in buf:
            it.dests = tuple(i for i, k in enumerate(known) if it.hash not in k)
            if it.dests:
                todo.append(it)
            else:
                summary.already += 1
        return (consumed, todo), ((todo, owner, public, analyzer, timeout) if todo else None)

    total = estimate_count(inputs) if progress else None
    if limit is not None and total is not None:
        total = min(total, limit)
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=total, unit="art", file=sys.stderr, dynamic_ncols=True, smoothing=0.1,
                   desc="batch")

    def show(p: Problem) -> None:
        line = f"{'skipped' if p.skipped else 'note'} {p.where}: {p.reason}"
        if bar is not None:
            bar.write(line, file=sys.stderr)
        else:
            log.warning(line)
        if user_cb:
            user_cb(p)

    t0 = time.perf_counter()
    try:
        for (consumed, items), results in ordered_map(eng, extract_chunk, planned()):
            by_seq = {it.seq: it for it in items}
            arts_by_sink: list[list[dict[str, Any]]] = [[] for _ in sinks]
            rows_by_sink: list[dict[str, list[dict[str, Any]]]] = [collections.defaultdict(list) for _ in sinks]
            for seq, art, rows, secs in results:
                it = by_seq[seq]
                summary.extract_seconds.append(secs)
                if art is None:
                    kind = "timeout" if rows.startswith("timeout") else "extract-error"
                    _report(Problem(it.where, f"extraction failed ({rows})", kind), summary, show)
                    continue
                for i in it.dests:
                    arts_by_sink[i].append(art)
                    for k, v in rows.items():
                        rows_by_sink[i][k].extend(v)
                summary.events.update(r["type"] for r in rows["events"])
                summary.entities += len(rows["entities"])
                summary.n_bytes += len(it.text.encode("utf-8"))
                summary.stored += 1
            for i, s in enumerate(sinks):
                summary.written[s.name] += s.write(arts_by_sink[i], rows_by_sink[i])
            if bar is not None:
                bar.update(consumed)
                bar.set_postfix(stored=summary.stored, failed=summary.failed, refresh=False)
    except KeyboardInterrupt:
        summary.interrupted = True
        eng.close(abort=True)
        eng = None
    finally:
        if eng is not None:
            eng.close()
        summary.seconds = time.perf_counter() - t0
        if bar is not None:
            bar.close()
        for s in sinks:
            s.close()
    return summary


# --- command line ---------------------------------------------------------------------------
def cmd_batch(args: argparse.Namespace) -> int:
    engine = args.engine or ("dask" if args.scheduler else "local")
    if args.scheduler and engine != "dask":
        raise BatchError("--scheduler is the address of a Dask cluster: use it with --engine dask")
    problems_file = open(args.log, "a", encoding="utf-8") if args.log else None

    def note(p: Problem) -> None:
        if problems_file:
            problems_file.write(json.dumps({"where": p.where, "reason": p.reason, "kind": p.kind,
                                            "skipped": p.skipped}, ensure_ascii=False) + "\n")

    try:
        s = run_batch(args.inputs, store_url=args.store, out_dir=args.out, engine=engine,
                      scheduler=args.scheduler, workers=args.workers, chunk=args.chunk, owner=args.owner,
                      public=False if args.private else None, max_chars=args.max_chars,
                      progress=not args.no_progress, on_problem=note, limit=args.limit,
                      timeout=args.timeout or None)
    finally:
        if problems_file:
            problems_file.close()
    try:
        print(s.format(), flush=True)
    except BrokenPipeError:  # summary piped into `head`
        sys.stdout = open(os.devnull, "w")
    if args.summary_json:
        Path(args.summary_json).write_text(json.dumps(s.as_dict(), indent=1), encoding="utf-8")
    if s.interrupted:
        return 130
    return 0


def add_cli(sub: Any) -> None:
    """Add the ``batch`` command to the ``python -m core`` sub-commands."""
    p = sub.add_parser("batch", help="extract whole archives (.jsonl[.gz], .csv, folders of .txt, .zip) "
                                     "into the store and/or Parquet",
                       description=__doc__.split("\n\n")[0])
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("--store", metavar="URL",
                   help="SQLAlchemy URL of the store (default: the dashboard's store, $AKHBAR_DB_URL or the "
                        "SQLite file in the home folder; with --out and no --store, Parquet only)")
    p.add_argument("--out", metavar="DIR", help="also/instead write Parquet files here, one per table per chunk")
    p.add_argument("--engine", choices=["local", "dask"], default=None,
                   help="local: a pool of processes (default); dask: a dask.distributed cluster "
                        "(the default with --scheduler)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="address of a running Dask scheduler, tcp://HOST:PORT (default: start a LocalCluster)")
    p.add_argument("--workers", type=int, default=None, help="processes (default: all cores)")
    p.add_argument("--chunk", type=int, default=DEFAULT_CHUNK,
                   help=f"articles per task and per transaction (default {DEFAULT_CHUNK})")
    p.add_argument("--owner", help="store the articles as private to this owner token (default: public)")
    p.add_argument("--private", action="store_true", help="store the articles as not public")
    p.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS,
                   help=f"skip longer articles (default {DEFAULT_MAX_CHARS:,})")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                   help=f"skip an article whose extraction takes more CPU seconds (default {DEFAULT_TIMEOUT:g}; "
                        "0: no limit; both engines)")
    p.add_argument("--limit", type=int, help="stop after this many input records")
    p.add_argument("--log", metavar="FILE", help="append every problem to this file as JSON lines")
    p.add_argument("--summary-json", metavar="FILE", help="write the summary figures as JSON")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_batch)

"""A batch run: plan chunks from the inputs (skipping what every destination already
holds and what this run has already seen), extract them on an engine, and write each
chunk's rows in one transaction per destination, counting every problem once."""
from __future__ import annotations

import collections
import logging
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from core.batch.engines import make_engine, ordered_map
from core.batch.readers import Problem, Record, estimate_count, iter_inputs
from core.batch.sinks import DEFAULT_COMMIT_EVERY, ParquetSink, StoreSink
from core.batch.work import (
    DEFAULT_ANALYZER,
    Chunk,
    Item,
    _analyzer,
    batch_gc,
    extract_chunk,
)

log = logging.getLogger("akhbar.batch")

DEFAULT_CHUNK = 100
DEFAULT_TIMEOUT = 10.0  # CPU seconds per article; a typical article takes milliseconds
DEFAULT_MAX_CHARS = 100_000  # the longest corpus article has about 21,000 characters


@dataclass
class Summary:
    read: int = 0  # records and problems of the inputs, counted with the chunk written that holds them
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


@dataclass
class Options:
    """What every chunk of one run shares."""

    owner: str | None
    public: bool
    analyzer: str
    timeout: float | None
    max_chars: int
    chunk: int
    limit: int | None
    parallel: int = 1  # chunks the engine extracts at once


class _Run:
    """The state of one run: its destinations, what it has seen, what it has counted."""

    def __init__(self, sinks: list[Any], opts: Options, show: Callable[[Problem], None]):
        self.sinks, self.opts, self.show = sinks, opts, show
        self.summary = Summary()
        for s in sinks:
            self.summary.written[s.name] = 0
        self.seen: set[bytes] = set()
        self.read_all = False  # the inputs are exhausted: only the chunks in flight are left
        self.sent = self.done = 0  # items sent to be extracted, and those whose results are back
        self.settled = False  # the destinations caught up while the last chunks were out
        self.loose_problems: list[Problem] = []  # problems of the records read since the last item

    def _met(self, p: Problem) -> None:
        """A problem of a record being read: shown now, counted with the chunk that
        consumes the record, once that chunk's results are written (a record read ahead
        of a run that is then interrupted is not counted: the rerun reads it again)."""
        self.show(p)
        self.loose_problems.append(p)

    def chunks(self, inputs: Sequence[str | os.PathLike]) -> Iterator[tuple[Any, tuple[Any, ...] | None]]:
        """Chunks of items to extract, each as ``((records consumed, items, problems of
        those records, items already stored), args)``; :meth:`write` counts the records,
        problems and stored items of a chunk with its results, so that records read ahead
        of an interrupted run's last written chunk are not counted as read.

        With several workers, a chunk is sent once the items of the chunks that can be in
        flight behind it have been read too, so that the end of the inputs is seen while
        that many items are left: they go out in chunks that shrink (:func:`tail_sizes`),
        and the workers finish within a small chunk of each other instead of one waiting
        idle while the other extracts a last whole chunk. The first chunks in flight go out
        as soon as they are read (the workers wait for nothing else at the start)."""
        o = self.opts
        ahead = 2 * o.parallel * o.chunk if o.parallel > 1 else 0  # items read past the chunk sent
        # (item, records read with it, their problems)
        pending: collections.deque[tuple[Item, int, list[Problem]]] = collections.deque()
        loose = 0  # records read since the last item (problems, repeats)
        sent = n_read = 0
        for seq, rec in enumerate(iter_inputs(inputs), 1):
            loose += 1
            n_read += 1
            if isinstance(rec, Problem):
                self._met(rec)
            else:
                item = self.item(rec, seq)
                if item is not None:
                    pending.append((item, loose, self.loose_problems))
                    loose, self.loose_problems = 0, []
            if len(pending) >= o.chunk + (ahead if sent >= 2 * o.parallel else 0):
                sent += 1
                yield self._take(pending, o.chunk, 0)
            if o.limit is not None and n_read >= o.limit:
                break
        sizes = tail_sizes(len(pending), o.chunk, o.parallel)
        for k, size in enumerate(sizes):
            yield self._take(pending, size, loose if k == len(sizes) - 1 else 0)
        if loose and not sizes:
            (consumed, todo, already), args = self.plan([], loose)
            yield (consumed, todo, self.loose_problems, already), args
        self.read_all = True

    def _take(self, pending: collections.deque, n: int, loose: int) -> tuple[Any, tuple[Any, ...] | None]:
        """The plan of the first ``n`` pending items (and ``loose`` records read after them)."""
        items, consumed, problems = [], loose, []
        for _ in range(n):
            item, read, met = pending.popleft()
            items.append(item)
            consumed += read
            problems.extend(met)
        if loose:
            problems.extend(self.loose_problems)
        (consumed, todo, already), args = self.plan(items, consumed)
        self.sent += len(todo)
        return (consumed, todo, problems, already), args

    def item(self, rec: Record, seq: int) -> Item | None:
        """The record as work, or None when it is empty, too long or a repeat of this run."""
        from core.store import content_hash

        text = rec.text
        if not text.strip():
            self._met(Problem(rec.where, "empty text", "empty"))
            return None
        if len(text) > self.opts.max_chars:
            self._met(Problem(rec.where, f"too long ({len(text):,} characters, limit {self.opts.max_chars:,}; "
                                           "raise it with --max-chars)", "too-long"))
            return None
        meta = dict(rec.meta)
        published = meta.pop("published", None)
        h = content_hash(text)
        key = bytes.fromhex(h)
        if key in self.seen:
            self._met(Problem(rec.where, "duplicate: same text as an earlier article of this run", "duplicate"))
            return None
        self.seen.add(key)
        return Item(seq, text, rec.where, meta, None if published in (None, "") else str(published), h)

    def plan(self, buf: list[Item], consumed: int) -> tuple[Any, tuple[Any, ...] | None]:
        """Which destinations lack each item (resume); items every destination has are
        skipped, and counted as already stored with the chunk, once it is written."""
        hashes = [it.hash for it in buf]
        known = [s.known(hashes) if hashes else set() for s in self.sinks]
        todo = []
        for it in buf:
            it.dests = tuple(i for i, k in enumerate(known) if it.hash not in k)
            if it.dests:
                todo.append(it)
        o = self.opts
        args = (todo, o.owner, o.public, o.analyzer, o.timeout) if todo else None
        return (consumed, todo, len(buf) - len(todo)), args

    def write(self, items: list[Item], chunk: Chunk | list[Any], consumed: int = 0,
              problems: Sequence[Problem] = (), already: int = 0) -> None:
        """Count a chunk's results and write its rows, one transaction per destination;
        ``consumed``: the records read for the chunk, ``problems``: theirs, already shown,
        ``already``: its items every destination held."""
        from core.store.writes import _keep_rows

        if not chunk:  # nothing of the chunk was left to extract
            chunk = Chunk([], {})
        by_seq = {it.seq: it for it in items}
        arts: list[list[dict[str, Any]]] = [[] for _ in self.sinks]
        s = self.summary
        found = list(problems)
        n_ok = n_bytes = 0
        for r in chunk.results:
            it = by_seq[r.seq]
            s.extract_seconds.append(r.seconds)
            if not r.ok:
                found.append(Problem(it.where, f"extraction failed ({r.error})", r.kind or "extract-error"))
                self.show(found[-1])
                continue
            if r.note:
                found.append(Problem(it.where, r.note, "bad-date", skipped=False))
                self.show(found[-1])
            for i in it.dests:
                arts[i].append(r.article)
            n_bytes += len(it.text.encode("utf-8"))
            n_ok += 1
        rows = chunk.rows
        for i, sink in enumerate(self.sinks):
            # a destination that lacks only some of the chunk's articles (resume) gets their rows
            mine = rows if len(arts[i]) == n_ok else {k: _keep_rows(v, {a["id"] for a in arts[i]})
                                                       for k, v in rows.items()}
            s.written[sink.name] += sink.write(arts[i], mine)
        # counted once written (an interrupted write leaves the chunk to the rerun)
        s.read += consumed
        s.already += already
        for p in found:
            _report(p, s, None)
        s.stored += n_ok
        s.n_bytes += n_bytes
        if "events" in rows:
            s.events.update(rows["events"].column("type"))
            s.entities += len(rows["entities"].rows)
        self.done += len(items)
        if self.read_all:
            # the last chunks (at most two per worker) are each written as they come: the
            # write of the run's last transaction is the one nothing runs beside, and it
            # then holds one chunk instead of up to --commit-every articles (0.2 s of wall
            # clock of a 2,000-article run for three more commits, 0.01 CPU-s each)
            self.flush()

    def idle(self) -> None:
        """While waiting for a result: once the workers' last small chunks are out (a
        quarter of the articles back, or fewer, still being extracted), catch the
        destinations up (summaries, deferred indexes) beside them, instead of after them
        with a core idle. Only while waiting, so that it never holds up a result."""
        if self.read_all and not self.settled and self.opts.parallel > 1 and 4 * (self.sent - self.done) <= self.done:
            self.settled = True
            for sink in self.sinks:
                self.summary.written[sink.name] += sink.settle()

    def flush(self) -> None:
        """Write what the destinations still hold back."""
        for sink in self.sinks:
            self.summary.written[sink.name] += sink.flush()


def tail_sizes(n: int, chunk: int, parallel: int) -> list[int]:
    """Sizes of the chunks of the last ``n`` items of a run extracted ``parallel`` at a
    time: each half of what is left per worker (at most ``chunk``, at least a tenth
    of it), so that the last ones are small (guided self-scheduling). One chunk of what
    is left for a single worker, which has no one to wait for."""
    if parallel <= 1:
        return [n] if n else []
    least, sizes = max(1, chunk // 10), []
    while n > 0:
        sizes.append(min(n, chunk, max(least, -(-n // (2 * parallel)))))
        n -= sizes[-1]
    return sizes


def open_sinks(store_url: str | None, out_dir: str | None, use_store: bool, owner: str | None,
               public: bool, commit_every: int = 1) -> list[Any]:
    sinks: list[Any] = []
    try:
        if use_store:
            sinks.append(StoreSink(store_url, owner, public, commit_every))
        if out_dir:
            sinks.append(ParquetSink(out_dir))
    except BaseException:
        for s in sinks:
            s.close()
        raise
    return sinks


def progress_bar(inputs: Sequence[str | os.PathLike], limit: int | None) -> Any:
    from tqdm import tqdm

    total = estimate_count(inputs, limit)
    return tqdm(total=total, unit="art", file=sys.stderr, dynamic_ncols=True, smoothing=0.1, desc="batch")


def run_batch(inputs: Sequence[str | os.PathLike], store_url: str | None = None, out_dir: str | None = None,
              engine: str = "local", scheduler: str | None = None, workers: int | None = None,
              chunk: int = DEFAULT_CHUNK, owner: str | None = None, public: bool | None = None,
              max_chars: int = DEFAULT_MAX_CHARS, progress: bool = True,
              on_problem: Callable[[Problem], None] | None = None, limit: int | None = None,
              analyzer: str = DEFAULT_ANALYZER, use_store: bool | None = None,
              timeout: float | None = DEFAULT_TIMEOUT, commit_every: int = DEFAULT_COMMIT_EVERY) -> Summary:
    """Extract every article of ``inputs`` into the store and/or Parquet ``out_dir``.

    ``use_store`` defaults to: a store URL was given, or no ``out_dir`` was (then the
    store's default URL is used). ``public`` defaults to True unless ``owner`` is set.
    The store commits whole chunks, at least ``commit_every`` articles at a time (or
    what has waited ``COMMIT_SECONDS``, and what is left at the end or on Ctrl-C).
    """
    with batch_gc():
        return _run_batch(inputs, store_url, out_dir, engine, scheduler, workers, chunk, owner, public, max_chars,
                          progress, on_problem, limit, analyzer, use_store, timeout, commit_every)


def _run_batch(inputs: Sequence[str | os.PathLike], store_url: str | None, out_dir: str | None, engine: str,
               scheduler: str | None, workers: int | None, chunk: int, owner: str | None, public: bool | None,
               max_chars: int, progress: bool, on_problem: Callable[[Problem], None] | None, limit: int | None,
               analyzer: str, use_store: bool | None, timeout: float | None, commit_every: int) -> Summary:
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
    try:
        sinks = open_sinks(store_url, out_dir, use_store, owner, public, commit_every)
    except BaseException:
        eng.close(abort=True)
        raise
    bar = progress_bar(inputs, limit) if progress else None

    def show(p: Problem) -> None:
        line = f"{'skipped' if p.skipped else 'note'} {p.where}: {p.reason}"
        if bar is not None:
            bar.write(line, file=sys.stderr)
        else:
            log.warning(line)
        if on_problem:
            on_problem(p)

    run = _Run(sinks, Options(owner, public, analyzer, timeout, max_chars, max(1, int(chunk)), limit,
                               eng.workers), show)
    summary = run.summary
    t0 = time.perf_counter()
    try:
        for (consumed, items, problems, already), results in ordered_map(eng, extract_chunk, run.chunks(inputs),
                                                                         run.idle):
            run.write(items, results, consumed, problems, already)
            if bar is not None:
                bar.update(consumed)
                bar.set_postfix(stored=summary.stored, failed=summary.failed, refresh=False)
        run.flush()
    except KeyboardInterrupt:
        summary.interrupted = True
        eng.close(abort=True)
        eng = None
        run.flush()  # chunks extracted and waiting for their commit are written all the same
    finally:
        if eng is not None:
            eng.close()
        summary.seconds = time.perf_counter() - t0
        if bar is not None:
            bar.close()
        for s in sinks:
            s.close()
    return summary

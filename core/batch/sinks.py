"""Where a run's rows go: the dashboard's SQL store (one transaction per chunk) and/or
Parquet files (one per table per chunk). Both know which texts they already hold, which
is what lets a run resume."""
from __future__ import annotations

import datetime as dt
import os
import secrets
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any


class StoreSink:
    """The dashboard's SQL store: one transaction per ``commit_every`` articles (whole
    chunks; sooner when the oldest waiting chunk is ``COMMIT_SECONDS`` old)."""

    name = "store"

    def __init__(self, url: str | None, owner: str | None = None, public: bool = True,
                 commit_every: int = 1):
        from core.store import Store

        self.store = Store(url)
        self.url = self.store.url
        self.owner, self.public = owner, public
        self.commit_every = max(1, int(commit_every))
        self.ids: list[str] = []  # articles written by this run, for the summaries
        from core.store.tally import SummaryTally

        self.tally = SummaryTally()  # ... and what they add to them
        from core.store.writes import run_key

        self.run = run_key()  # the store's mark of this run while it writes (core.store.writes)
        self.deferred = self.store.defer_indexes(self.run)  # an empty store: its indexes made at close
        self.writes = 0
        self.pending: list[tuple[list[dict[str, Any]], dict[str, Any]]] = []  # chunks not yet committed
        self.n_pending = 0
        self.since = 0.0  # when the oldest pending chunk came

    def known(self, hashes: Sequence[str]) -> set[str]:
        """Texts this run's writer already has (its own scope or the public library)."""
        return self.store.known_hashes(hashes, self.owner, self.public)

    def write(self, arts: list[dict[str, Any]], rows: dict[str, Any]) -> int:
        """Queue a chunk's rows; commit the queue once it holds ``commit_every`` articles
        (or has waited ``COMMIT_SECONDS``). Returns the articles written now."""
        if arts:
            if not self.pending:
                self.since = time.monotonic()
            self.pending.append((arts, rows))
            self.n_pending += len(arts)
        if self.n_pending >= self.commit_every or (
                self.pending and time.monotonic() - self.since >= COMMIT_SECONDS):
            return self.flush()
        return 0

    def flush(self) -> int:
        """Write the queued chunks in one transaction; returns the articles written."""
        if not self.pending:
            return 0
        arts = [a for chunk_arts, _ in self.pending for a in chunk_arts]
        # the summaries are caught up once, at close, not per transaction
        # (store.insert_rows says how a run that never gets there is caught up)
        n = self.store.insert_rows(arts, merge_rows([rows for _, rows in self.pending]), summarise=False,
                                   tally=self.tally, run=self.run)
        self.pending, self.n_pending = [], 0  # only once written: an interrupted write is tried again
        if n:
            self.writes += 1
            self.ids.extend(a["id"] for a in arts)
        return n

    def settle(self) -> int:
        """Write what is queued, then catch the summaries up and make the indexes the run
        left out, for what is written so far; returns the articles written now. For the
        end of a run, while the last chunks are still being extracted: the work the
        close would do alone, with a core idle, is done beside the workers' last chunks,
        and what comes after it (a few chunks' rows, kept in the indexes as they come,
        and their share of the summaries) is small. The store ends the same."""
        n = self.flush()
        if self.writes or self.deferred:
            from core.store.tally import SummaryTally

            self.store.catch_up_summaries(self.ids, self.writes, self.tally, self.run, self.deferred)
            self.ids, self.writes, self.tally, self.deferred = [], 0, SummaryTally(), False
        return n

    def close(self) -> None:
        try:
            self.store.catch_up_summaries(self.ids, self.writes, self.tally, self.run, self.deferred)
        finally:
            self.store.engine.dispose()


# A store commit costs more than its rows' share: each one rewrites the index and
# full-text pages it touched (and, past SQLite's checkpoint threshold, copies the log
# back into the database). Five chunks of 100 per transaction instead of one took 0.1 ms
# of the writer's CPU per article off (1.37 -> 1.14 s for 2,000 articles) and a third of
# its wall time. A chunk waits at most this long for its commit:
COMMIT_SECONDS = 5.0
DEFAULT_COMMIT_EVERY = 500  # articles


def merge_rows(parts: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The child rows of several chunks as one table -> rows mapping (RowBlocks joined;
    lists of dicts concatenated)."""
    from core.store import RowBlock, join_blocks

    tables: dict[str, list[Any]] = {}
    for rows in parts:
        for k, v in rows.items():
            tables.setdefault(k, []).append(v)
    out: dict[str, Any] = {}
    for k, vs in tables.items():
        if all(isinstance(v, RowBlock) for v in vs):
            out[k] = join_blocks(vs)
        else:
            out[k] = [r for v in vs for r in (v.dicts() if isinstance(v, RowBlock) else v)]
    return out


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
        self.run = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(4)
        self.seq = 0

    def known(self, hashes: Sequence[str]) -> set[str]:
        return {h for h in hashes if h in self.hashes}

    def write(self, arts: list[dict[str, Any]], rows: dict[str, list[dict[str, Any]]]) -> int:
        import pyarrow as pa
        import pyarrow.parquet as pq

        from core.store.schema import UTF8_TEXT_COLUMNS, _decoded

        arts = [a for a in arts if a["content_hash"] not in self.hashes]
        if not arts:
            return 0
        keep = {a["id"] for a in arts}
        self.seq += 1
        fname = f"part-{self.run}-{self.seq:06d}.parquet"
        for n in [*[t for t in self.tables if t != "articles"], "articles"]:
            found = rows.get(n, [])
            if hasattr(found, "dicts"):  # a RowBlock
                found = found.dicts()
            data = [_decoded(a, UTF8_TEXT_COLUMNS["articles"]) for a in arts] if n == "articles" \
                else [r for r in found if r["article_id"] in keep]  # (the analysis JSON may come as UTF-8)
            tbl = pa.Table.from_pylist(data, schema=self.schemas[n])
            tmp = self.dir / n / (fname + ".tmp")
            pq.write_table(tbl, tmp)
            os.replace(tmp, self.dir / n / fname)
        self.hashes.update(a["content_hash"] for a in arts)
        return len(arts)

    def flush(self) -> int:
        return 0  # every chunk is written as it comes

    def settle(self) -> int:
        return 0

    def close(self) -> None:
        pass


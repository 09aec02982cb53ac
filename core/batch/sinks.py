"""Where a run's rows go: the dashboard's SQL store (one transaction per chunk) and/or
Parquet files (one per table per chunk). Both know which texts they already hold, which
is what lets a run resume."""
from __future__ import annotations

import datetime as dt
import os
import secrets
from collections.abc import Sequence
from pathlib import Path
from typing import Any


class StoreSink:
    """The dashboard's SQL store: one transaction per chunk."""

    name = "store"

    def __init__(self, url: str | None, owner: str | None = None, public: bool = True):
        from core.store import Store

        self.store = Store(url)
        self.url = self.store.url
        self.owner, self.public = owner, public
        self.ids: list[str] = []  # articles written by this run, for the summaries
        self.writes = 0

    def known(self, hashes: Sequence[str]) -> set[str]:
        """Texts this run's writer already has (its own scope or the public library)."""
        return self.store.known_hashes(hashes, self.owner, self.public)

    def write(self, arts: list[dict[str, Any]], rows: dict[str, list[dict[str, Any]]]) -> int:
        # the summaries are caught up once, at close, not per chunk (store.insert_rows says
        # how a run that never gets there is caught up)
        n = self.store.insert_rows(arts, rows, summarise=False)
        if n:
            self.writes += 1
            self.ids.extend(a["id"] for a in arts)
        return n

    def close(self) -> None:
        try:
            self.store.catch_up_summaries(self.ids, self.writes)
        finally:
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
        self.run = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(4)
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
            found = rows.get(n, [])
            if hasattr(found, "dicts"):  # a RowBlock
                found = found.dicts()
            data = arts if n == "articles" else [r for r in found if r["article_id"] in keep]
            tbl = pa.Table.from_pylist(data, schema=self.schemas[n])
            tmp = self.dir / n / (fname + ".tmp")
            pq.write_table(tbl, tmp)
            os.replace(tmp, self.dir / n / fname)
        self.hashes.update(a["content_hash"] for a in arts)
        return len(arts)

    def close(self) -> None:
        pass


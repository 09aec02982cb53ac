"""The Store: opening a database (SQLite or PostgreSQL), its migration on open, and
the query filters the pages share. Reads and writes are in reads.py and writes.py."""
from __future__ import annotations

import os
import time
from typing import Any

import sqlalchemy as sa

from core.store.migrate import (
    _add_correction_columns,
    _add_dedup_scope,
    _create_search,
    _fill_search,
    _name_untitled,
    _set_meta,
    create_missing_indexes,
)
from core.store.reads import StoreReads
from core.store.schema import (
    DEFAULT_DB_PATH,
    ENV_URL,
    OBSOLETE_INDEXES,
    SCHEMA_VERSION,
    StoreError,
    _sqlite_pragmas,
    metadata,
    store_meta,
)
from core.store.writes import StoreWrites, live_run


def default_url() -> str:
    url = os.environ.get(ENV_URL)
    if url:
        return url
    DEFAULT_DB_PATH.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{DEFAULT_DB_PATH}"


TIME_LIMIT_ENV = "AKHBAR_SQL_TIME_LIMIT_MS"
READS = ("SELECT", "WITH")


def default_time_limit_ms() -> int:
    """The dashboard's limit on one read (``AKHBAR_SQL_TIME_LIMIT_MS``, default 10 s; 0: none)."""
    raw = os.environ.get(TIME_LIMIT_ENV, "").strip()
    return int(raw) if raw.isdigit() else 10_000


class QueryTimeLimit(StoreError):
    kind = "time-limit"

    def __init__(self, ms: int):
        self.ms = ms
        super().__init__(f"a query of the store took longer than {ms / 1000:g} s and was stopped; "
                         "narrow the filters (dates, types, actors) and try again")


class Store(StoreWrites, StoreReads):
    """All reads and writes of analysed articles.

    ``time_limit_ms`` bounds every read statement, as Datasette's ``sql_time_limit_ms``
    does: a shared dashboard must not let one visitor's query hold the database (and a
    server thread) for minutes. Writes are never cut short (a migration of a large store
    takes its time); the limit starts after the store is opened."""

    def __init__(self, url: str | None = None, time_limit_ms: int | None = None):
        self.url = url or default_url()
        kw: dict[str, Any] = {}
        if self.url.startswith("sqlite"):
            kw["connect_args"] = {"check_same_thread": False, "timeout": 30}
        else:
            kw["pool_pre_ping"] = True
        try:
            self.engine = sa.create_engine(self.url, **kw)
        except (sa.exc.ArgumentError, ImportError, ValueError) as e:
            raise StoreError(f"not a store URL this installation can open ({e})", _safe_url(self.url),
                             "bad-url") from None
        if self.url.startswith("sqlite"):
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
        try:
            self._open()
        except sa.exc.DBAPIError as e:  # not a database, no such folder, server unreachable
            self.engine.dispose()
            reason = str(getattr(e, "orig", None) or e).strip().splitlines()[0]
            raise StoreError(f"cannot open the store ({reason})", _safe_url(self.url), "cannot-open") from None
        if time_limit_ms:
            _limit_reads(self.engine, int(time_limit_ms))
            self.engine.dispose()  # connections made while opening have no progress handler

    def _open(self) -> None:
        """Create the tables of a new store, migrate an older one, catch up its summaries."""
        metadata.create_all(self.engine)
        with self.engine.begin() as c:
            if _create_search(c):
                _fill_search(c)  # a store made before the search table: index what it holds
            meta = dict(c.execute(sa.select(store_meta.c.key, store_meta.c.value)).all())
            if "version" not in meta:
                c.execute(store_meta.insert().values(key="version", value=0))
                meta["version"] = 0
            if meta.get("schema", 0) < SCHEMA_VERSION:
                _add_correction_columns(c)  # first: the copy _add_dedup_scope makes reads them
                _add_dedup_scope(c)
                _name_untitled(c)
                for name in OBSOLETE_INDEXES:
                    c.execute(sa.text(f"DROP INDEX IF EXISTS {name}"))
                for table in metadata.sorted_tables:
                    for index in table.indexes:
                        index.create(c, checkfirst=True)
                _set_meta(c, "schema", SCHEMA_VERSION)
            # "summaries" moves with "version" on every write of this code; a store written
            # by an older version (or never summarised) has it missing or behind; a run
            # writing now (the batch) catches them up when it ends, and makes the indexes
            # it left out (core.store.migrate.bulk_indexes)
            if not live_run(meta):
                create_missing_indexes(c)
                if meta.get("summaries") != meta["version"]:
                    self._rebuild_summaries(c)



def _limit_reads(engine: sa.Engine, ms: int) -> None:
    """Stop any read statement that runs longer than ``ms`` with :class:`QueryTimeLimit`.

    SQLite: a progress handler (called every few thousand virtual-machine steps) aborts
    the statement once its deadline has passed; the deadline is set when a read starts
    and cleared when its cursor is executed. PostgreSQL: ``statement_timeout`` for reads,
    none for writes, switched per connection only when the kind of statement changes."""
    sqlite = engine.dialect.name == "sqlite"

    if sqlite:
        @sa.event.listens_for(engine, "connect")
        def _handler(dbapi_conn: Any, record: Any) -> None:
            info = record.info

            def check() -> int:
                deadline = info.get("deadline")
                return 1 if deadline is not None and time.monotonic() > deadline else 0

            dbapi_conn.set_progress_handler(check, 20_000)

    @sa.event.listens_for(engine, "before_cursor_execute")
    def _start(conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool) -> None:
        read = statement.lstrip().upper().startswith(READS)
        if sqlite:
            conn.info["deadline"] = time.monotonic() + ms / 1000 if read else None
        elif conn.info.get("timeout_ms") != (ms if read else 0):
            cursor.execute(f"SET statement_timeout = {ms if read else 0}")
            conn.info["timeout_ms"] = ms if read else 0

    @sa.event.listens_for(engine, "after_cursor_execute")
    def _stop(conn: Any, *_a: Any) -> None:
        if sqlite:
            conn.info["deadline"] = None

    @sa.event.listens_for(engine, "handle_error")
    def _explain(ctx: Any) -> None:
        orig = str(ctx.original_exception).lower()
        if sqlite and ctx.connection is not None:
            ctx.connection.info["deadline"] = None
        if "interrupted" in orig or "statement timeout" in orig or "canceling statement" in orig:
            raise QueryTimeLimit(ms) from None


def _safe_url(url: str) -> str:
    """The URL as it may be printed: without a password."""
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except (sa.exc.ArgumentError, ValueError):
        return "the store URL"


def open_store(url: str | None = None) -> Store:
    """The store at ``url``, else ``$AKHBAR_DB_URL``, else the default SQLite file."""
    return Store(url)


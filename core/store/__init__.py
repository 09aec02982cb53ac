"""SQL store: every query of the project lives here.

SQLAlchemy Core with bound parameters only. SQLite by default (a file under the
user's home, or ``AKHBAR_DB_URL``), PostgreSQL when a URL says so. The schema is plain
``CREATE TABLE IF NOT EXISTS`` (``metadata.create_all``) and is made on first use.

One analysed article is one row of ``articles`` (with the full ``Analysis`` as JSON,
so nothing is lost) plus its rows in ``entities``, ``mentions``, ``times``, ``events``,
``event_pairs`` and ``actors``, which the dashboard aggregates in SQL.

Visibility: ``public`` articles (the bundled examples) are listed for everybody; an
article pasted by a visitor belongs to that visitor's ``owner`` token and is listed only
for that token. Anybody holding the article's id (the share link) can open it.

Deduplication stays inside what the writer may see (its ``scope``: the public library,
one owner's articles, or unowned private imports): a text another visitor stored
privately is stored again as the new writer's own copy, never handed over as the other
visitor's article (which would show its private title and leave the writer's own
library without it).

The package, one module per job: ``schema`` (tables, errors), ``rows`` (an analysis as
rows; records and filters), ``migrate`` (older stores brought up to date), ``writes`` and
``reads`` (the two halves of :class:`Store`), ``store`` (opening a database, the
statement time limit). Date ranges of TIMEX values are :mod:`core.timex`; the DataFrame
and spreadsheet builders the pages use are :mod:`core.frames`; both are re-exported here
for the callers that import them from the store.
"""
from __future__ import annotations

from typing import Any

from core.store.migrate import (  # noqa: F401
    _add_correction_columns,
    _add_dedup_scope,
    _create_search,
    _fill_search,
    _name_untitled,
    _set_meta,
)
from core.store.reads import StoreReads, _hidden, _own_private, _visible  # noqa: F401
from core.store.rows import (  # noqa: F401
    MARKS_KEY,
    PUBLIC_SCOPE,
    UNOWNED_SCOPE,
    ArticleRecord,
    Filters,
    RowBlock,
    _reusable,
    _search_forms,
    _search_key,
    _to_date,
    agreement_cues,
    analysis_blocks,
    analysis_json,
    analysis_rows,
    article_row,
    content_hash,
    dedup_scope,
    event_mod,
    event_pairs_of,
    is_agreement,
    join_blocks,
    new_token,
    row_block,
    search_body,
    search_row,
    search_words,
)
from core.store.schema import (  # noqa: F401
    _ACTOR_SUMMARY_COLS,
    _ACTOR_VARIANT,
    _ENTITY_SUMMARY_COLS,
    _ENTITY_VARIANT,
    AGREEMENT_CAMEO,
    AGREEMENT_WINDOW,
    AGREEMENTS,
    CHILD_TABLES,
    CORRECTION_COLUMNS,
    DEFAULT_DB_PATH,
    ENV_URL,
    OBSOLETE_INDEXES,
    SAMPLES_DIR,
    SCHEMA_VERSION,
    ArticleNotFound,
    NotEditable,
    StoreError,
    _actor_delta,
    _entity_delta,
    _escape_like,
    _read_corrections,
    _sqlite_pragmas,
    _upsert_adding,
    insert_many,
    _variant_key,
    actor_summary,
    actors,
    article_search,
    articles,
    corrections,
    entities,
    entity_summary,
    event_pairs,
    events,
    mentions,
    metadata,
    search_metadata,
    store_meta,
    times,
)
from core.store.store import Store, _safe_url, default_url, open_store  # noqa: F401
from core.store.writes import StoreWrites  # noqa: F401
from core.timex import (  # noqa: F401
    _DURATION_UNITS,
    _MOD_THIRDS,
    _SEASONS,
    _WORDS,
    MOD_WORDS,
    _month_span,
    describe_duration,
    describe_timex,
    timex_range,
)
from core.store.schema import entity_aliases  # noqa: F401,E402

# The page builders of core.frames, re-exported for the callers that import them from the
# store, on first use: they need pandas, which a batch writer never does.
_FRAMES = frozenset({'EVENT_COLUMNS', 'FORMULA_STARTS', 'PAIR_COLUMNS', '_finish_events', '_name_lookup', '_name_pairs', '_rows', 'analysis_csv', 'analysis_tables', 'analysis_workbook', 'csv_text', 'entities_frame', 'events_frame', 'pairs_frame', 'pairs_from_events', 'spreadsheet_safe', 'times_frame'})


def __getattr__(name: str) -> Any:
    if name in _FRAMES:
        import core.frames

        return getattr(core.frames, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

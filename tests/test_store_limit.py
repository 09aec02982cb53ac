"""The statement time limit of the dashboard's store (as Datasette's sql_time_limit_ms):
a read that runs too long stops with a message, writes and the store itself go on."""
from __future__ import annotations

import time
from typing import Iterator

import pytest
import sqlalchemy as sa

from core.model import Analysis
from core.store import Store
from core.store.store import QueryTimeLimit
from pg import scratch_url

SLOW = {"sqlite": "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < 300000000) "
                  "SELECT count(*) FROM r",
        "postgresql": "SELECT pg_sleep(3)"}


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'limit.db'}"
        return
    yield from scratch_url()


def test_a_long_read_is_stopped_with_a_message_and_the_store_goes_on(url):
    store = Store(url, time_limit_ms=300)
    t0 = time.monotonic()
    with pytest.raises(QueryTimeLimit, match="longer than 0.3 s") as e, store.engine.connect() as c:
        c.execute(sa.text(SLOW[store.engine.dialect.name])).scalar()
    assert time.monotonic() - t0 < 2.5 and e.value.kind == "time-limit"
    store.save(Analysis(text="نص قصير عن المغرب"), owner="v")  # writes and later reads still work
    assert store.count("v") == 1
    store.engine.dispose()


def test_without_a_limit_nothing_is_cut_short(url):
    store = Store(url)
    with store.engine.connect() as c:
        q = "SELECT count(*) FROM (SELECT 1 FROM articles) t" if "sqlite" in url else "SELECT pg_sleep(0.5)"
        c.execute(sa.text(q)).scalar()
    store.engine.dispose()

"""Visitor limits on a shared instance (core.quotas): counted from the store, an article
admitted whole or refused whole, on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt
from typing import Iterator

import pytest

from core.model import Analysis
from core.quotas import Quota, QuotaConfigError, QuotaGate, admit, usage
from core.store import Store
from pg import scratch_url

NOW = dt.datetime(2026, 5, 1, 12, 0)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path) -> Iterator[Store]:
    if request.param == "sqlite":
        yield Store(f"sqlite:///{tmp_path / 'q.db'}")
        return
    for url in scratch_url():
        s = Store(url)
        yield s
        s.engine.dispose()


def _put(store: Store, owner: str | None, text: str, created: dt.datetime, public: bool = False) -> None:
    """An article written at ``created`` (the store stamps the current time)."""
    import sqlalchemy as sa

    from core.store import articles

    aid, _ = store.save(Analysis(text=text), owner=owner, public=public)
    with store.engine.begin() as c:
        c.execute(sa.update(articles).where(articles.c.id == aid).values(created=created))


def test_usage_counts_the_visitor_s_last_hour_and_everything_they_keep(store):
    _put(store, "v", "أ" * 100, NOW - dt.timedelta(minutes=10))
    _put(store, "v", "ب" * 50, NOW - dt.timedelta(minutes=50))
    _put(store, "v", "ج" * 1000, NOW - dt.timedelta(hours=3))  # kept, but not this hour
    _put(store, "w", "د" * 7, NOW - dt.timedelta(minutes=5))   # somebody else, this hour
    _put(store, None, "ه" * 5000, NOW - dt.timedelta(minutes=5), public=True)  # the operator's examples
    u = usage(store, "v", NOW)
    assert (u.articles_hour, u.chars_hour, u.stored_chars) == (2, 150, 1150)
    assert u.instance_chars_hour == 157  # private writes of everybody this hour, public ones excluded
    assert u.oldest_in_hour == NOW - dt.timedelta(minutes=50)
    assert usage(store, "nobody", NOW).articles_hour == 0


def test_articles_are_admitted_whole_in_order_and_the_rest_refused_with_a_reason():
    q = Quota(articles_per_hour=3, chars_per_hour=1000, stored_chars=0, instance_chars_per_hour=0)
    from core.quotas import Usage

    used = Usage(articles_hour=1, chars_hour=100, oldest_in_hour=NOW - dt.timedelta(minutes=45))
    got = admit(q, used, [300, 700, 200, None, 10], NOW)
    # 300 fits; 700 would make 1,100 characters; 200 fits (third article); the known
    # text costs nothing; the fifth new article would be the fourth this hour
    assert got.admitted == [0, 2, 3]
    assert [(r.index, r.limit) for r in got.refused] == [(1, "chars_per_hour"), (4, "articles_per_hour")]
    assert got.refused[0].retry_minutes == 15 and got.chars == 500


def test_the_stored_total_is_freed_only_by_deleting():
    from core.quotas import Usage

    got = admit(Quota(stored_chars=100), Usage(stored_chars=90), [20], NOW)
    assert got.refused[0].limit == "stored_chars" and got.refused[0].retry_minutes is None


def test_zero_means_no_limit_and_bad_settings_are_named():
    assert Quota.from_env({"AKHBAR_QUOTA_ARTICLES_PER_HOUR": "0"}).articles_per_hour == 0
    assert Quota.from_env({"AKHBAR_QUOTA_STORED_CHARS": "5_000"}).stored_chars == 5000
    with pytest.raises(QuotaConfigError, match="AKHBAR_QUOTA_CHARS_PER_HOUR"):
        Quota.from_env({"AKHBAR_QUOTA_CHARS_PER_HOUR": "lots"})
    from core.quotas import Usage

    assert admit(Quota(0, 0, 0, 0), Usage(), [10**9] * 5, NOW).admitted == [0, 1, 2, 3, 4]


def test_the_gate_holds_what_it_admitted_until_it_is_stored(store):
    """Two tabs of one visitor submitting at once cannot both take the last room."""
    gate = QuotaGate(Quota(articles_per_hour=2, chars_per_hour=0, stored_chars=0, instance_chars_per_hour=0))
    first = gate.admit(store, "v", [10])
    second = gate.admit(store, "v", [10, 10])
    assert first.admitted == [0] and second.admitted == [0] and len(second.refused) == 1
    store.save(Analysis(text="مقالة أولى"), owner="v")
    store.save(Analysis(text="مقالة ثانية"), owner="v")
    gate.release("v", first)
    gate.release("v", second)
    assert gate.admit(store, "v", [10]).refused  # now the store itself holds the two
    assert gate.admit(store, "someone-else", [10]).admitted == [0]


def test_the_instance_bound_holds_against_fresh_tokens(store):
    gate = QuotaGate(Quota(articles_per_hour=0, chars_per_hour=0, stored_chars=0, instance_chars_per_hour=25))
    assert gate.admit(store, "t1", [20]).admitted == [0]
    refused = gate.admit(store, "t2", [20]).refused
    assert refused and refused[0].limit == "instance_chars_per_hour"

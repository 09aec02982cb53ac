"""How a batch hands out its work: the last chunks shrink, a worker whose results are
back gets the next job, the workers leave once the last job is out, and the store is
caught up while the last chunks are still out."""
from __future__ import annotations

import json
import time

import pytest
import sqlalchemy as sa
from pg import scratch_url

from core.batch import run_batch
from core.batch.engines import LocalEngine
from core.batch.run import Options, _Run, tail_sizes
from core.batch.sinks import StoreSink
from core.store import Store, metadata, store_meta
from store_summaries import assert_summaries_kept

# made-up articles, each text distinct (the run drops repeats)
ARTICLES = [{"id": f"a{i}", "text": f"قال الوزير سمير الحداد في اليوم {i} إن الطرفين اتفقا على مواصلة الحوار."}
            for i in range(30)]


class _Empty:
    """A destination that holds nothing yet."""

    name = "empty"

    def known(self, hashes):
        return set()


def _chunks(tmp_path, parallel: int) -> list[tuple[int, int]]:
    src = tmp_path / "a.jsonl"
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    run = _Run([_Empty()], Options(None, True, "core:analyze", None, 10_000, 4, None, parallel), lambda p: None)
    return [(len(items), consumed) for (consumed, items, _problems, _already), _ in run.chunks([src])]


def test_the_last_chunks_of_a_run_on_two_workers_shrink(tmp_path):
    """30 articles in chunks of 4 on 2 workers: the four chunks that fill the workers go
    out at once, the 14 articles read behind them in chunks that halve what is left per
    worker; every record is counted once."""
    got = _chunks(tmp_path, 2)
    assert [n for n, _ in got] == [4, 4, 4, 4, 4, 3, 2, 2, 1, 1, 1]
    assert sum(c for _, c in got) == 30


def test_one_worker_gets_whole_chunks_to_the_end(tmp_path):
    assert [n for n, _ in _chunks(tmp_path, 1)] == [4, 4, 4, 4, 4, 4, 4, 2]


def test_tail_sizes_end_small_and_cover_what_is_left():
    sizes = tail_sizes(500, 100, 2)
    assert sum(sizes) == 500 and max(sizes) == 100 and sizes[-1] <= 10
    assert sizes == sorted(sizes, reverse=True)
    assert tail_sizes(7, 100, 1) == [7] and tail_sizes(0, 100, 2) == []


def test_a_worker_whose_result_is_back_gets_the_next_job():
    """One worker sleeps, the other's quick result waits unread in its pipe: the next job
    goes to the free worker, not behind the sleep."""
    eng = LocalEngine(2)
    try:
        slow = eng.submit(time.sleep, 3)
        quick = eng.submit(abs, -1)
        time.sleep(1.0)  # the quick result is in its pipe
        nxt = eng.submit(abs, -2)
        assert nxt.worker is quick.worker and nxt.worker is not slow.worker
        t0 = time.monotonic()
        assert eng.result(nxt) == 2 and time.monotonic() - t0 < 1.5
        assert eng.result(quick) == 1
    finally:
        eng.close(abort=True)


def test_workers_told_the_last_job_is_out_leave_after_sending_its_result():
    eng = LocalEngine(2)
    try:
        handles = [eng.submit(abs, -n) for n in range(1, 5)]
        eng.finish()
        assert [eng.result(h) for h in handles] == [1, 2, 3, 4]
        for p in eng.pool.processes:
            p.join(10)
            assert not p.is_alive() and p.exitcode == 0
    finally:
        eng.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 's.db'}"
        return
    yield from scratch_url()


def test_the_summaries_are_caught_up_beside_the_last_chunks_and_end_the_same(tmp_path, store_url, monkeypatch):
    """Two workers, chunks of 2, articles a tenth of a second late each: the store sink
    catches up while the main process waits for articles still out, and the store ends with every article, summaries a rebuild leaves as they are, no
    run's mark and (SQLite) every index of the schema."""
    src = tmp_path / "a.jsonl"
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    held = []
    settle = StoreSink.settle

    def noted(self):
        held.append(len(self.ids) + self.n_pending)
        return settle(self)

    monkeypatch.setattr(StoreSink, "settle", noted)
    s = run_batch([src], store_url=store_url, workers=2, chunk=2, progress=False,
                  analyzer="batch_analyzers:slow")
    assert s.stored == s.written["store"] == len(ARTICLES)
    assert len(held) == 1 and held[0] < len(ARTICLES)
    store = Store(store_url)
    try:
        assert_summaries_kept(store)
        with store.engine.connect() as c:
            meta = dict(c.execute(sa.select(store_meta.c.key, store_meta.c.value)).all())
            if c.dialect.name == "sqlite":
                have = set(c.execute(sa.text("SELECT name FROM sqlite_master WHERE type = 'index'")).scalars())
                assert {ix.name for t in metadata.sorted_tables for ix in t.indexes} <= have
        assert meta["summaries"] == meta["version"] and not [k for k in meta if k.startswith("run:")]
        assert store.count() == len(ARTICLES)
    finally:
        store.engine.dispose()

"""Batch extraction: inputs, bad input, resume, interruption, engines, Parquet, CLI.

The sample is the repository's own articles (data/gold/*.txt and data/samples/*.json),
written to temporary .jsonl / .csv / .zip / folders; every store is a temporary SQLite
file. The shared corpus is never read here.
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import sqlalchemy as sa

from core import batch
from core.batch import Problem, iter_inputs, run_batch
from core.headline import headline
from core.store import CHILD_TABLES, Store, articles, content_hash, store_meta
from store_summaries import assert_summaries_kept

ROOT = Path(__file__).resolve().parent.parent
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _sample() -> list[dict]:
    """Distinct articles with metadata (the reference article appears once)."""
    out, seen = [], set()
    for p in sorted((ROOT / "data" / "samples").glob("*.json")):
        d = json.loads(p.read_text(encoding="utf-8"))
        out.append({k: d.get(k) for k in ("id", "title", "source", "published", "url", "text")})
    for p in sorted((ROOT / "data" / "gold").glob("*.txt")):
        out.append({"id": p.stem, "title": None, "source": None, "published": None, "url": None,
                    "text": p.read_text(encoding="utf-8")})
    res = []
    for d in out:
        h = content_hash(d["text"])
        if h not in seen:
            seen.add(h)
            res.append(d)
    return res


SAMPLE = _sample()


def _jsonl(path: Path, records: list[dict], gz: bool = False) -> Path:
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


def _url(tmp_path: Path, name: str = "store.db") -> str:
    return f"sqlite:///{tmp_path / name}"


def _rows(url: str) -> dict[str, list[tuple]]:
    """Every stored row, article ids replaced by content hashes, without generated columns."""
    eng = sa.create_engine(url)
    out: dict[str, list[tuple]] = {}
    with eng.connect() as c:
        ids = dict(c.execute(sa.select(articles.c.id, articles.c.content_hash)).all())
        drop = {"id", "created", "analysis_json"}
        cols = [col for col in articles.columns if col.name not in drop]
        out["articles"] = sorted(tuple(r) for r in c.execute(sa.select(*cols)).all())
        # the analysis JSON, minus nothing: it holds no generated value
        out["analysis_json"] = sorted(c.execute(sa.select(articles.c.analysis_json)).scalars())
        for t in CHILD_TABLES:
            rows = []
            for r in c.execute(sa.select(t)).mappings():
                d = dict(r)
                d["article_id"] = ids[d["article_id"]]
                rows.append(tuple(sorted((k, repr(v)) for k, v in d.items())))
            out[t.name] = sorted(rows)
        # the indexes too: a run into a new store makes them at its end (core.store.migrate.bulk_indexes)
        out["indexes"] = sorted(map(tuple, c.execute(sa.text(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index'")).all()))
    eng.dispose()
    return out


def _problems() -> tuple[list[Problem], callable]:
    got: list[Problem] = []
    return got, got.append


# --- reading --------------------------------------------------------------------------------
def test_jsonl_into_store_with_all_rows(tmp_path):
    src = _jsonl(tmp_path / "a.jsonl.gz", SAMPLE, gz=True)
    url = _url(tmp_path)
    s = run_batch([src], store_url=url, workers=1, chunk=4, progress=False)
    assert (s.stored, s.failed, s.duplicates, s.already) == (len(SAMPLE), 0, 0, 0)
    assert s.written["store"] == len(SAMPLE)
    store = Store(url)
    df, total = store.list_articles(limit=100)
    assert total == len(SAMPLE)  # public by default: the dashboard lists them
    given = {r["title"] for r in SAMPLE if r["title"]}  # an untitled article is named by its first sentence
    assert set(df["title"]) == given | {headline(r["text"]) for r in SAMPLE if not r["title"]}
    rows = _rows(url)
    fresh = _url(tmp_path, "fresh.db")
    Store(fresh).engine.dispose()
    assert rows["indexes"] == _rows(fresh)["indexes"]  # every index of a store that kept them
    assert len(rows["events"]) == sum(s.events.values()) > 0
    assert len(rows["entities"]) == s.entities > 0
    assert rows["mentions"] and rows["times"] and rows["actors"]
    # the stored analysis is what analyze() gives for the same text and date
    from core import analyze

    r0 = SAMPLE[0]
    rec = store.get(store.find_by_text(r0["text"]))
    assert rec.analysis.to_dict()["events"] == analyze(r0["text"], r0["published"]).to_dict()["events"]
    assert rec.analysis.meta["id"] == r0["id"] and str(rec.published) == r0["published"]


def test_csv_folder_and_zip_inputs(tmp_path):
    csv_path = tmp_path / "a.csv"
    with open(csv_path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["id", "title", "published", "text"])
        w.writeheader()
        for r in SAMPLE[:3]:
            w.writerow({k: r[k] for k in ("id", "title", "published", "text")})
    folder = tmp_path / "txt" / "inner"
    folder.mkdir(parents=True)
    for i, r in enumerate(SAMPLE[3:5]):
        (folder / f"{i}.txt").write_text(r["text"], encoding="utf-8")
    zpath = tmp_path / "a.zip"
    with zipfile.ZipFile(zpath, "w") as z:
        z.writestr("deep/er/one.txt", SAMPLE[5]["text"])
        z.writestr("lines.jsonl", json.dumps(SAMPLE[6], ensure_ascii=False) + "\n")
    recs = [r for r in iter_inputs([csv_path, tmp_path / "txt", zpath])]
    assert not [r for r in recs if isinstance(r, Problem)]
    assert [r.meta.get("id") for r in recs[:3]] == [r["id"] for r in SAMPLE[:3]]
    assert recs[0].where.endswith("a.csv row 2")
    assert recs[-2].where.endswith("a.zip:deep/er/one.txt") and recs[-1].where.endswith("lines.jsonl line 1")
    s = run_batch([csv_path, tmp_path / "txt", zpath], store_url=_url(tmp_path), workers=1, progress=False)
    assert s.stored == 7 and s.failed == 0


# --- bad input --------------------------------------------------------------------------------
def test_bad_input_is_reported_once_and_skipped(tmp_path):
    good = SAMPLE[:6]
    lines = [json.dumps(good[0], ensure_ascii=False).encode(),
             b'{"id": "broken", "text": "\xd8\xa7\xd8',  # cut in the middle of a line and of a letter
             json.dumps({"id": "empty", "text": "   "}).encode(),
             json.dumps({"id": "none", "title": "no text"}).encode(),
             json.dumps(good[1], ensure_ascii=False).encode(),
             json.dumps({**good[0], "id": "again"}, ensure_ascii=False).encode(),  # duplicate text
             b"\xff\xfe\x00garbage\x00\x00\x01",  # not text at all
             json.dumps({"id": "long", "text": "ا" * 5000}).encode(),
             json.dumps({"id": "date", "published": "yesterday", "text": good[2]["text"]},
                        ensure_ascii=False).encode()]
    src = tmp_path / "bad.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    legacy = tmp_path / "legacy.txt"  # Windows-1256, not UTF-8: decoded, not lost
    legacy.write_bytes(good[3]["text"].encode("cp1256", errors="ignore"))
    legacy_line = json.dumps({"id": "cp1256", "text": "اتفق المغرب وإسرائيل على التعاون العسكري في الرباط"},
                             ensure_ascii=False).encode("cp1256")
    src.write_bytes(src.read_bytes() + legacy_line + b"\n")  # one line of a JSONL file in Windows-1256
    zpath = tmp_path / "archive.zip"
    with zipfile.ZipFile(zpath, "w") as z:
        z.writestr("a/b/c/article.txt", good[4]["text"])
        z.writestr("a/picture.png", PNG)
        z.writestr("a/fake.txt", PNG)  # an image under a text name
        z.writestr("a/empty.txt", "")
        z.writestr("a/dup.txt", good[1]["text"])
        inner = io.BytesIO()
        with zipfile.ZipFile(inner, "w") as zi:
            zi.writestr("x/inner.txt", good[5]["text"])
        z.writestr("a/inner.zip", inner.getvalue())
    (tmp_path / "truncated.jsonl.gz").write_bytes(
        gzip.compress(json.dumps(good[0], ensure_ascii=False).encode() + b"\n")[:-12])
    got, note = _problems()
    url = _url(tmp_path)
    s = run_batch([src, legacy, zpath, tmp_path / "missing.jsonl"], store_url=url, workers=1, chunk=3,
                  max_chars=4000, progress=False, on_problem=note)
    where = {p.where.replace(str(tmp_path) + "/", ""): p for p in got}
    assert len(where) == len(got)  # each reported once
    expect = {"bad.jsonl line 2": "bad-json", "bad.jsonl line 3": "empty", "bad.jsonl line 4": "empty",
              "bad.jsonl line 6": "duplicate", "bad.jsonl line 7": "bad-json", "bad.jsonl line 8": "too-long",
              "bad.jsonl line 9": "bad-date", "archive.zip:a/picture.png": "not-text",
              "archive.zip:a/fake.txt": "not-text", "archive.zip:a/empty.txt": "empty",
              "archive.zip:a/dup.txt": "duplicate", "missing.jsonl": "missing"}
    assert {k: p.kind for k, p in where.items()} == expect, where
    assert "limit" in where["bad.jsonl line 8"].reason and not where["bad.jsonl line 9"].skipped
    # every good article is stored: 7 distinct texts (two from Windows-1256)
    assert s.stored == 7 and s.written["store"] == 7
    assert s.duplicates == 2 and s.warnings == 1 and s.failed == len(expect) - 3
    store = Store(url)
    for r in good[:3] + good[4:6]:
        assert store.find_by_text(r["text"]) is not None
    # a truncated gzip stops that file with a reason, keeps what came before
    got2, note2 = _problems()
    s2 = run_batch([tmp_path / "truncated.jsonl.gz"], store_url=_url(tmp_path, "t.db"), workers=1,
                   progress=False, on_problem=note2)
    assert [p.kind for p in got2] == ["corrupt-file"] and s2.stored <= 1


def test_extraction_error_skips_one_article(tmp_path, monkeypatch):
    from core import analyze

    def flaky(text, published=None, meta=None):
        if meta and meta.get("id") == SAMPLE[1]["id"]:
            raise RuntimeError("stage exploded")
        return analyze(text, published, meta)

    monkeypatch.setitem(batch._ANALYZERS, "core:analyze", flaky)
    got, note = _problems()
    s = run_batch([_jsonl(tmp_path / "a.jsonl", SAMPLE[:4])], store_url=_url(tmp_path), workers=1,
                  progress=False, on_problem=note)
    assert s.stored == 3 and s.failed == 1
    assert [(p.kind, p.where.endswith("a.jsonl line 2")) for p in got] == [("extract-error", True)]
    assert "RuntimeError: stage exploded" in got[0].reason


def test_article_over_the_time_limit_is_skipped(tmp_path, monkeypatch):
    import time

    from core import analyze

    def slow(text, published=None, meta=None):
        if meta and meta.get("id") == SAMPLE[0]["id"]:
            while True:  # a runaway article (the limit is CPU time)
                pass
        return analyze(text, published, meta)

    monkeypatch.setitem(batch._ANALYZERS, "core:analyze", slow)
    got, note = _problems()
    t0 = time.perf_counter()
    s = run_batch([_jsonl(tmp_path / "a.jsonl", SAMPLE[:3])], store_url=_url(tmp_path), workers=1,
                  progress=False, on_problem=note, timeout=0.5)
    assert time.perf_counter() - t0 < 10
    assert s.stored == 2 and [p.kind for p in got] == ["timeout"] and "0.5 CPU seconds" in got[0].reason


def test_csv_in_windows_1256(tmp_path):
    p = tmp_path / "legacy.csv"
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["title", "text"])
    w.writerows([r["title"] or "t", r["text"]] for r in SAMPLE[:2])
    p.write_bytes(buf.getvalue().encode("cp1256", errors="ignore"))
    s = run_batch([p], store_url=_url(tmp_path), workers=1, progress=False)
    assert s.stored == 2 and s.failed == 0


# --- resume and interruption -------------------------------------------------------------------
def test_resume_skips_stored_articles(tmp_path):
    src = _jsonl(tmp_path / "a.jsonl", SAMPLE)
    url = _url(tmp_path)
    first = run_batch([src], store_url=url, workers=1, chunk=3, limit=7, progress=False)
    assert first.stored == 7
    again = run_batch([src], store_url=url, workers=1, chunk=3, progress=False)
    assert (again.already, again.stored) == (7, len(SAMPLE) - 7)
    ref = _url(tmp_path, "ref.db")
    run_batch([src], store_url=ref, workers=1, chunk=5, progress=False)
    assert _rows(url) == _rows(ref)  # nothing lost, nothing doubled


def test_interrupted_run_leaves_consistent_store_and_continues(tmp_path, monkeypatch):
    src = _jsonl(tmp_path / "a.jsonl", SAMPLE)
    url = _url(tmp_path)
    real = batch.StoreSink.write
    calls = {"n": 0}

    def write_then_ctrl_c(self, arts, rows):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # Ctrl-C while the third chunk is being written
        return real(self, arts, rows)

    monkeypatch.setattr(batch.StoreSink, "write", write_then_ctrl_c)
    s = run_batch([src], store_url=url, workers=2, chunk=3, progress=False)
    assert s.interrupted and s.written["store"] == 6
    eng = sa.create_engine(url)
    with eng.connect() as c:
        ids = set(c.execute(sa.select(articles.c.id)).scalars())
        assert len(ids) == 6
        for t in CHILD_TABLES:  # no orphan rows, no article without its rows
            assert set(c.execute(sa.select(t.c.article_id).distinct()).scalars()) <= ids
    eng.dispose()
    monkeypatch.setattr(batch.StoreSink, "write", real)
    s2 = run_batch([src], store_url=url, workers=2, chunk=3, progress=False)
    assert (s2.already, s2.stored) == (6, len(SAMPLE) - 6)
    ref = _url(tmp_path, "ref.db")
    run_batch([src], store_url=ref, workers=1, progress=False)
    assert _rows(url) == _rows(ref)


def test_an_abort_kills_busy_workers_at_once():
    """Ctrl-C must not wait for chunks that are still being extracted (their results are
    thrown away), nor for queue locks the workers may hold when they are stopped."""
    import time

    from core.batch.engines import LocalEngine

    eng = LocalEngine(2)
    handles = [eng.submit(time.sleep, 60) for _ in range(4)]
    time.sleep(0.5)  # both workers inside a task, the other two tasks queued
    procs = eng.pool.processes
    t0 = time.monotonic()
    eng.close(abort=True)
    assert time.monotonic() - t0 < 15
    assert all(not p.is_alive() for p in procs)
    assert all(h.worker.conn.closed for h in handles)


def test_workers_killed_while_sending_large_results_leave_nothing_waiting():
    """The pools of the standard library read every worker's results from one pipe: a
    worker killed halfway through a large result left a reader waiting forever for the
    rest, and the interpreter waiting for that reader at exit. The whole scenario runs
    in a process of its own, which must end."""
    import subprocess
    import sys

    code = ("import time\n"
            "from core.batch.engines import LocalEngine\n"
            "def big(n):\n"
            "    return b'x' * n\n"
            "eng = LocalEngine(2)\n"
            "hs = [eng.submit(big, 200_000_000) for _ in range(4)]\n"
            "time.sleep(0.3)\n"  # the workers are writing results nobody has read yet
            "eng.close(abort=True)\n"
            "print('closed')\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "closed" in done.stdout, done.stderr


def test_a_worker_that_dies_is_reported_not_waited_for():
    import os

    from core.batch.engines import LocalEngine
    from core.batch.procs import WorkerDied

    eng = LocalEngine(2)
    try:
        assert eng.result(eng.submit(abs, -3)) == 3
        with pytest.raises(WorkerDied):
            eng.result(eng.submit(os._exit, 3))
        with pytest.raises(ZeroDivisionError):  # an error in a job is the job's, the worker goes on
            eng.result(eng.submit(divmod, 1, 0))
    finally:
        eng.close(abort=True)


def _articles_read_only(path: Path) -> int:
    """Articles in a store being written, read without opening it as a Store: opening one
    before the batch has made it would create it (a Store opened while the batch writes
    leaves the summaries to the batch and writes nothing: tests/test_store_summary.py)."""
    import sqlite3

    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:  # not created yet
        return 0


def _slow_batch_process(src: Path, url: str, commit_every: int, **popen: Any) -> "subprocess.Popen":
    """A batch in a process group of its own, a tenth of a second per article (long
    enough to be stopped midway); it prints whether it was interrupted."""
    import os
    import subprocess
    import sys

    code = ("from core.batch import run_batch; "
            f"s = run_batch([{str(src)!r}], store_url={url!r}, workers=2, chunk=2, commit_every={commit_every}, "
            "progress=False, analyzer='batch_analyzers:slow'); print('interrupted', s.interrupted)")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "tests")]))
    return subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env, start_new_session=True, **popen)


def _wait_for_articles(proc: Any, path: Path, n: int, limit_s: float = 120) -> int:
    """Wait until the store at ``path`` holds ``n`` articles or the process ends; how many it holds."""
    import time

    deadline, stored = time.monotonic() + limit_s, 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        stored = _articles_read_only(path)
        if stored >= n:
            break
    return stored


def test_a_run_killed_with_sigkill_and_rerun_loses_nothing_and_duplicates_nothing(tmp_path):
    """No Python code runs on SIGKILL: what survives is whatever the store's transactions
    committed. The rerun must store exactly what a clean run stores."""
    import os
    import signal

    src = _jsonl(tmp_path / "a.jsonl", SAMPLE)
    url = _url(tmp_path)
    proc = _slow_batch_process(src, url, commit_every=4)
    try:
        stored = _wait_for_articles(proc, tmp_path / "store.db", 6)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the main process and its pool, mid-run
        proc.wait()
    assert 6 <= stored < len(SAMPLE), "the run must be killed midway"
    s = run_batch([src], store_url=url, workers=2, chunk=2, progress=False)
    assert s.already >= 6 and s.already + s.stored == len(SAMPLE)
    ref = _url(tmp_path, "ref.db")
    run_batch([src], store_url=ref, workers=1, progress=False)
    assert _rows(url) == _rows(ref)
    eng = sa.create_engine(url)
    with eng.connect() as c:
        assert c.execute(sa.text("PRAGMA integrity_check")).scalar() == "ok"
    eng.dispose()


def test_a_real_ctrl_c_stops_the_run_at_once_and_leaves_no_worker_behind(tmp_path):
    """SIGINT reaches the main process only (the workers ignore it): the run stops within
    seconds, says it was interrupted, leaves no worker process, and a rerun completes it."""
    import os
    import signal
    import subprocess
    import time

    src = _jsonl(tmp_path / "a.jsonl", SAMPLE)
    url = _url(tmp_path)
    # SIGINT as a terminal sends it: a process started in the background ignores it
    proc = _slow_batch_process(src, url, commit_every=2, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        _wait_for_articles(proc, tmp_path / "store.db", 4)
        assert proc.poll() is None, "the run must be interrupted midway"
        proc.send_signal(signal.SIGINT)
        t0 = time.monotonic()
        out, _ = proc.communicate(timeout=60)
        assert time.monotonic() - t0 < 20
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 0 and "interrupted True" in out, out
    with pytest.raises(ProcessLookupError):  # nothing of the run's process group is left
        os.killpg(proc.pid, 0)
    s = run_batch([src], store_url=url, workers=2, chunk=2, progress=False)
    assert s.already >= 4 and s.already + s.stored == len(SAMPLE)
    ref = _url(tmp_path, "ref.db")
    run_batch([src], store_url=ref, workers=1, progress=False)
    assert _rows(url) == _rows(ref)


def test_a_store_opened_while_a_batch_runs_writes_nothing_and_the_batch_catches_up(tmp_path):
    """The dashboard opening the store while a batch process writes to it: the opening
    runs no write statement (it would queue behind the batch's transactions), and once the
    batch ends its summaries are those a rebuild gives, and its run mark is gone."""
    import os
    import signal

    src = _jsonl(tmp_path / "a.jsonl", SAMPLE)
    url = _url(tmp_path)
    proc = _slow_batch_process(src, url, commit_every=2)
    seen: list[str] = []

    def record(conn, cursor, statement, *_a):
        seen.append(statement.lstrip().split(None, 1)[0].upper())

    try:
        stored = _wait_for_articles(proc, tmp_path / "store.db", 4)
        assert proc.poll() is None and stored < len(SAMPLE), "the store must be opened mid-run"
        sa.event.listen(sa.engine.Engine, "before_cursor_execute", record)
        try:
            Store(url).engine.dispose()
        finally:
            sa.event.remove(sa.engine.Engine, "before_cursor_execute", record)
        assert proc.wait(timeout=120) == 0
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert seen and set(seen) <= {"SELECT", "PRAGMA"}, seen
    store = Store(url)
    assert_summaries_kept(store)
    with store.engine.connect() as c:
        keys = set(c.execute(sa.select(store_meta.c.key)).scalars())
    store.engine.dispose()
    assert not [k for k in keys if k.startswith("run:")]


def test_the_store_commits_whole_chunks_at_least_commit_every_articles_at_a_time(tmp_path):
    src = _jsonl(tmp_path / "a.jsonl", SAMPLE)
    url = _url(tmp_path)
    s = run_batch([src], store_url=url, workers=1, chunk=2, commit_every=5, progress=False)
    assert s.written["store"] == s.stored == len(SAMPLE) == 15
    eng = sa.create_engine(url)
    with eng.connect() as c:
        meta = dict(c.execute(sa.select(store_meta.c.key, store_meta.c.value)).all())
    eng.dispose()
    # chunks of 2: committed after 6 and 12 articles, the last 3 at the end; the
    # summaries caught up once
    assert meta["version"] == 3 and meta["summaries"] == 3
    ref = _url(tmp_path, "ref.db")
    run_batch([src], store_url=ref, workers=1, chunk=4, commit_every=1, progress=False)
    assert _rows(url) == _rows(ref)


# --- engines ----------------------------------------------------------------------------------
RUNAWAY = "batch_analyzers:runaway"  # spins on the articles marked below (tests/batch_analyzers.py)


def _with_runaways(records: list[dict], at: dict[int, str]) -> list[dict]:
    """``records`` with articles that never finish inserted at the given positions."""
    out = list(records)
    for i, ident in sorted(at.items()):
        out.insert(i, {"id": ident, "text": f"مقال لا ينتهي تحليله ({ident}): اتفق المغرب وإسرائيل على التعاون"})
    return out


def test_local_and_dask_engines_store_identical_rows_and_failures(tmp_path):
    """One process, a 2-process pool and a Dask worker (a task on a worker thread, where
    no signal reaches it) store the same rows and report the same failures, an article
    over the CPU limit included (one that swallows ``Exception`` too)."""
    recs = _with_runaways(SAMPLE, {6: "stubborn-1"})
    src = _jsonl(tmp_path / "a.jsonl", recs)
    runs = {}
    for name, kw in {"one": {"engine": "local", "workers": 1}, "local": {"engine": "local", "workers": 2},
                     "dask": {"engine": "dask", "workers": 1}}.items():  # one Dask worker process
        got, note = _problems()
        url = _url(tmp_path, f"{name}.db")
        s = run_batch([src], store_url=url, chunk=4, progress=False, on_problem=note, analyzer=RUNAWAY,
                      timeout=1.5, **kw)
        runs[name] = (s, [(p.where, p.kind, p.reason) for p in got], _rows(url))
    # a limit that did not work would let the article give up after 30 s and be stored
    for name, (s, problems, _) in runs.items():
        assert (s.stored, s.failed) == (len(SAMPLE), 1), name
        assert [(w.rsplit(" ", 1)[-1], k) for w, k, _ in problems] == [("7", "timeout")], name
        assert all(r == "extraction failed (timeout: no result after 1.5 CPU seconds)" for *_, r in problems)
    (_, p1, r1), (_, p2, r2), (_, p3, r3) = runs.values()
    assert p1 == p2 == p3
    assert r1 == r2 == r3
    assert r1["events"] and r1["mentions"]


# --- Parquet -----------------------------------------------------------------------------------
def test_parquet_output_matches_store_and_resumes(tmp_path):
    src = _jsonl(tmp_path / "a.jsonl", SAMPLE)
    out = tmp_path / "pq"
    url = _url(tmp_path)
    s = run_batch([src], store_url=url, out_dir=out, workers=1, chunk=5, limit=9, progress=False)
    assert s.written == {"store": 9, "parquet": 9}
    s = run_batch([src], out_dir=out, workers=1, chunk=5, progress=False)  # Parquet only, resumes
    assert (s.already, s.written["parquet"]) == (9, len(SAMPLE) - 9) and "store" not in s.written
    arts = pd.read_parquet(out / "articles")
    assert len(arts) == len(SAMPLE) and arts["content_hash"].is_unique
    ev = pd.read_parquet(out / "events")
    assert set(ev["article_id"]) <= set(arts["id"])
    assert len(ev) == sum(len(json.loads(j)["events"]) for j in arts["analysis_json"])
    assert len(list((out / "events").glob("*.parquet"))) == 2 + 2  # one file per table per written chunk
    # an interrupted chunk (child files without the articles file) is cleared on the next start
    (out / "events" / "part-crashed-000001.parquet").write_bytes(b"partial")
    batch.ParquetSink(out)
    assert not (out / "events" / "part-crashed-000001.parquet").exists()


# --- command line --------------------------------------------------------------------------------
def test_cli_batch(tmp_path, capsys):
    from core.__main__ import main

    src = _jsonl(tmp_path / "a.jsonl", SAMPLE[:5] + [{"id": "x", "text": ""}])
    log = tmp_path / "problems.jsonl"
    sj = tmp_path / "summary.json"
    rc = main(["batch", str(src), "--store", _url(tmp_path), "--workers", "1", "--chunk", "2", "--no-progress",
               "--log", str(log), "--summary-json", str(sj)])
    assert rc == 0
    out = capsys.readouterr().out
    assert "5 extracted" in out and "articles/s" in out and "events" in out
    assert [json.loads(x)["kind"] for x in log.read_text(encoding="utf-8").splitlines()] == ["empty"]
    summary = json.loads(sj.read_text(encoding="utf-8"))
    assert summary["stored"] == 5 and summary["failed"] == 1 and summary["written"] == {"store": 5}

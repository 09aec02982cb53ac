"""Batch runs on an existing Dask cluster: the command line's ``--scheduler`` path stores
the rows of the local engine; the per-article CPU limit holds for tasks that run side by
side on the threads of one worker; an unreachable scheduler is a clear error.

The cluster is a LocalCluster whose worker runs in threads of the test process (as a
``dask worker --nthreads 2`` runs tasks on the threads of its process) and listens on
TCP, so the command line reaches it as it would reach a remote cluster, and the worker
starts with the extraction core already loaded (a few seconds saved per test).

The sample is the bundled articles and, when ``AKHBAR_CORPUS`` names the test corpus
(``articles.jsonl.gz``, as for ``bench/bench_dashboard.py``), its first articles too.
"""
from __future__ import annotations

import gzip
import json
import logging
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from test_batch import (
    ROOT,
    RUNAWAY,
    SAMPLE,
    _jsonl,
    _problems,
    _rows,
    _url,
    _with_runaways,
)

from core.batch import ArticleTimeout, CpuLimit, run_batch

CORPUS_ENV = "AKHBAR_CORPUS"
N_CORPUS = 20


@pytest.fixture(scope="module")
def scheduler():
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, protocol="tcp://",
                      dashboard_address=":0", scheduler_kwargs={"dashboard": False},
                      silence_logs=logging.ERROR) as cluster:
        yield cluster.scheduler_address


def _corpus_sample() -> list[dict]:
    path = os.environ.get(CORPUS_ENV)
    if not path or not Path(path).is_file():
        pytest.skip(f"set {CORPUS_ENV} to the test corpus (articles.jsonl.gz) to run on it")
    out = []
    with (gzip.open if path.endswith(".gz") else open)(path, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            out.append({k: d.get(k) for k in ("id", "title", "source", "published", "url", "text")})
            if len(out) == N_CORPUS:
                break
    return out


def _cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "core", "batch", *args, "--no-progress"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False, env={**os.environ, **(env or {})})


@pytest.mark.parametrize("source", ["bundled", "corpus"])
def test_cli_with_scheduler_stores_the_rows_of_the_local_engine(tmp_path, scheduler, source):
    recs = SAMPLE if source == "bundled" else _corpus_sample()
    src = _jsonl(tmp_path / "a.jsonl", recs)
    ref = _url(tmp_path, "local.db")
    local = run_batch([src], store_url=ref, engine="local", workers=1, chunk=4, progress=False)
    url, sj = _url(tmp_path, "dask.db"), tmp_path / "summary.json"
    p = _cli(str(src), "--engine", "dask", "--scheduler", scheduler, "--store", url, "--chunk", "4",
             "--summary-json", str(sj))
    assert p.returncode == 0, p.stderr
    summary = json.loads(sj.read_text(encoding="utf-8"))
    assert summary["stored"] == local.stored and summary["failed"] == local.failed
    assert summary["written"] == {"store": local.stored} and local.stored >= len(recs) - 2
    rows = _rows(url)
    assert rows == _rows(ref)
    assert rows["events"] and rows["entities"]


def test_time_limit_on_threads_of_one_dask_worker(tmp_path, scheduler):
    """Two runaway articles at once on the two threads of one worker: each is stopped
    after its own CPU allowance, the articles beside them are stored, and the failures
    are those of the local engine."""
    recs = _with_runaways(SAMPLE[:5], {1: "runaway-a", 2: "stubborn-b"})
    src = _jsonl(tmp_path / "a.jsonl", recs)
    out = {}
    for name, kw in {"local": {"engine": "local", "workers": 1},
                     "dask": {"engine": "dask", "scheduler": scheduler}}.items():
        got, note = _problems()
        url = _url(tmp_path, f"{name}.db")
        s = run_batch([src], store_url=url, chunk=1, progress=False, on_problem=note, analyzer=RUNAWAY,
                      timeout=1.0, **kw)
        out[name] = (s.stored, s.failed, [(p.where, p.kind, p.reason) for p in got], _rows(url))
    assert out["dask"] == out["local"]
    stored, failed, problems, _ = out["dask"]
    assert (stored, failed) == (5, 2)
    assert [(w.rsplit(" ", 1)[-1], k) for w, k, _ in problems] == [("2", "timeout"), ("3", "timeout")]


@pytest.mark.skipif(not hasattr(time, "pthread_getcpuclockid"), reason="no per-thread CPU clock here")
def test_cpu_limit_counts_the_articles_own_thread():
    """A healthy article that needs 0.25 CPU-s passes a 0.5 s limit while a runaway spins
    in the next thread; a per-process clock would charge it for both."""
    results: dict[str, str] = {}

    def run(name: str, seconds: float) -> None:
        limit = CpuLimit(0.5)
        try:
            limit.arm()
            try:
                t0 = time.thread_time()
                while time.thread_time() - t0 < seconds:
                    pass
            finally:
                if limit.disarm():
                    raise ArticleTimeout()
            results[name] = "done"
        except ArticleTimeout:
            results[name] = "timeout"
        finally:
            limit.close()

    threads = [threading.Thread(target=run, args=("runaway", 30.0)),
               threading.Thread(target=run, args=("healthy", 0.25))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(40)
    assert results == {"runaway": "timeout", "healthy": "done"}


def test_unreachable_scheduler_is_a_clear_error(tmp_path, capsys):
    from core.__main__ import main

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    src = _jsonl(tmp_path / "a.jsonl", SAMPLE[:2])
    store = tmp_path / "store.db"
    address = f"tcp://127.0.0.1:{port}"
    p = _cli(str(src), "--engine", "dask", "--scheduler", address, "--store", f"sqlite:///{store}",
             env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"})
    assert p.returncode == 2
    assert f"cannot connect to the Dask scheduler at '{address}'" in p.stderr, p.stderr
    assert "Traceback" not in p.stderr and not p.stdout
    assert not store.exists()  # nothing created before the cluster answered
    # a malformed address and a scheduler given to the local engine: the same kind of message
    rc = main(["batch", str(src), "--scheduler", "nonsense", "--store", f"sqlite:///{store}", "--no-progress"])
    err = capsys.readouterr().err
    assert rc == 2 and "cannot connect to the Dask scheduler at 'nonsense'" in err and "port" in err
    rc = main(["batch", str(src), "--engine", "local", "--scheduler", address, "--no-progress"])
    assert rc == 2 and "use it with --engine dask" in capsys.readouterr().err
    assert not store.exists()

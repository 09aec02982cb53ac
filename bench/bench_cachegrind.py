"""Extraction cost per article in instructions and simulated cache misses, under valgrind.

usage: python bench/bench_cachegrind.py CORPUS [--limit 300] [--skip 3000] [--ll-bytes 2097152] [--no-cache-sim]
       [--hash-seed 0] [--batch]

On a machine other work shares, CPU time per article moves by ±8% between runs of the
same commit (the other processes evict this one's data from the shared caches), which
hides the few per cent a speed change is about. Counted instructions do not move, and
cachegrind's simulated caches (a first level, and a last level of ``--ll-bytes``, 2 MB
by default, the size of one core's L2 here) count the misses this process alone
causes. The script runs itself twice under ``valgrind --tool=cachegrind``: once
analysing ``--limit`` articles after core.pipeline.prepare(), once analysing none with
the same articles read, and prints the difference per article: instructions (Ir), data
references (Dr+Dw), first-level data misses (D1mr+D1mw) and last-level data misses
(LLdr+LLdw). Two commits compare by these numbers on the same slice; a memory-bound
change (one that only moves data) shows in the misses, not in Ir. About 15 minutes for
300 articles with the cache simulation on a loaded machine, a third of that without.
``--batch``: the same count for ``python -m core batch`` (main process and workers
apart). Prints figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# cachegrind's summary lines ("==123== I   refs:      1,234"), by the name printed here
_SUMMARY = {"Ir": r"I\s+refs", "Dr+Dw": r"D\s+refs", "D1 misses": r"D1\s+misses", "LLd misses": r"LLd\s+misses"}



def _child_env(hash_seed: int) -> dict[str, str]:
    """The measured process's environment. One string hash seed for every run:
    dictionaries and sets probe (and collide) differently under another seed, which moved a
    commit's count by 1-3 % between runs. One OpenBLAS thread: its idle worker threads spin
    inside the process and moved identical runs by about 0.3 M instructions per article."""
    env = dict(os.environ)
    env.setdefault("PYTHONHASHSEED", str(hash_seed))
    env.setdefault("OPENBLAS_NUM_THREADS", "1")
    return env

def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--skip", type=int, default=3000, help="articles passed over first (a slice the word caches have not met)")
    ap.add_argument("--ll-bytes", type=int, default=2 * 1024 * 1024)
    ap.add_argument("--no-cache-sim", action="store_true", help="instructions only (about three times faster)")
    ap.add_argument("--hash-seed", type=int, default=0, help="PYTHONHASHSEED of the runs (unless set already)")
    ap.add_argument("--batch", action="store_true", help="``python -m core batch`` of the first --limit articles "
                    "instead (2 workers, a new SQLite store)")
    ap.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)  # articles to analyse, under valgrind
    a = ap.parse_args()
    if a.child is not None:
        return _child(a.corpus, a.limit, a.skip, a.child)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    if a.batch:
        return _batch(a)
    print(f"commit {_commit()}, load average {os.getloadavg()[0]:.1f}, articles {a.skip}..{a.skip + a.limit - 1} "
          f"of {pathlib.Path(a.corpus).name}" + ("" if a.no_cache_sim else f", last level simulated as {a.ll_bytes} bytes"))
    # the prepared image of this code built first, outside the measured runs: otherwise
    # the first run after a change of core/ builds the tables and the difference is noise
    subprocess.run([sys.executable, "-c", "from core.pipeline import prepare; prepare()"], cwd=ROOT, check=True)
    with tempfile.TemporaryDirectory() as tmp:
        runs = [_run(a, n, tmp) for n in (0, a.limit)]
    for name in runs[0]:
        per = (runs[1][name] - runs[0][name]) / a.limit
        print(f"{name:12s} {per:14,.0f} per article")
    return 0


def _run(a: argparse.Namespace, n: int, tmp: str) -> dict[str, int]:
    """Cachegrind's totals of one run of this script that analyses ``n`` articles."""
    cmd = ["valgrind", "--tool=cachegrind", f"--cachegrind-out-file={tmp}/out.{n}"]
    cmd += ["--cache-sim=no"] if a.no_cache_sim else ["--cache-sim=yes", f"--LL={a.ll_bytes},16,64"]
    cmd += [sys.executable, __file__, a.corpus, "--limit", str(a.limit), "--skip", str(a.skip), "--child", str(n)]
    env = _child_env(a.hash_seed)
    p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=env)
    if p.returncode != 0:
        sys.exit(f"valgrind run failed:\n{p.stderr[-2000:]}")
    out = {}
    for name, pattern in _SUMMARY.items():
        m = re.search(pattern + r":\s+([\d,]+)", p.stderr)
        if m:
            out[name] = int(m.group(1).replace(",", ""))
    return out


def _batch_counts(tmp: pathlib.Path) -> list[int]:
    """Instructions of the run's Python processes, the main process first (the one whose
    parent is none of them: on a busy machine the process ids wrap around, and a worker
    may have a lower one than the process that forked it), then the workers."""
    counts, parent = {}, {}
    for f in tmp.glob("cg.*"):
        pid = int(f.suffix[1:])
        text = f.read_text(errors="replace")
        cmd_line = re.search(r"^cmd:(.*)$", text, re.M)
        if cmd_line is None or " core batch " not in cmd_line.group(1):
            continue  # a program the run started, not one of its Python processes
        m = re.search(r"^summary:\s+(\d+)", text, re.M)
        log = tmp / f"log.{pid}"
        ppid = re.search(r"Parent PID:\s*(\d+)", log.read_text(errors="replace")) if log.exists() else None
        if m:
            counts[pid] = int(m.group(1))
            parent[pid] = int(ppid.group(1)) if ppid else None
    main = [p for p in counts if parent[p] not in counts] or [min(counts)]
    return [counts[main[0]]] + [counts[p] for p in sorted(counts) if p != main[0]]


def _batch(a: argparse.Namespace) -> int:
    """Instructions of ``python -m core batch`` with 2 workers into a new SQLite store:
    of the first ``--limit`` articles and of the first one only (the fixed cost of a run),
    and their difference per article, split into the main process (reading, writing) and
    the workers (extraction, rows, sending them). A forked worker's count starts from its
    parent's at the fork: the pre-fork share (imports, ``prepare()``) is taken as the
    count of the worker that got no article in the one-article run."""
    print(f"commit {_commit()}, load average {os.getloadavg()[0]:.1f}, python -m core batch, 2 workers, "
          f"first {a.limit} articles of {pathlib.Path(a.corpus).name}")
    # as the batch prepares (its image holds the row builders' tables too)
    subprocess.run([sys.executable, "-c", "from core.batch.work import DEFAULT_ANALYZER, _analyzer; "
                    "_analyzer(DEFAULT_ANALYZER)"], cwd=ROOT, check=True)
    runs = {}
    for n in (1, a.limit):
        with tempfile.TemporaryDirectory() as tmp:
            cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--trace-children=yes",
                   f"--cachegrind-out-file={tmp}/cg.%p", f"--log-file={tmp}/log.%p", sys.executable, "-m", "core", "batch", a.corpus,
                   "--store", f"sqlite:///{tmp}/b.db", "--workers", "2", "--limit", str(n), "--no-progress"]
            p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=_child_env(a.hash_seed))
            if p.returncode != 0:
                sys.exit(f"valgrind run failed:\n{p.stderr[-2000:]}")
            runs[n] = _batch_counts(pathlib.Path(tmp))
    pre = min(runs[1][1:])
    main = {n: c[0] for n, c in runs.items()}
    workers = {n: sum(c[1:]) - pre * len(c[1:]) for n, c in runs.items()}
    d = a.limit - 1
    print(f"fixed cost of a run (1 article)   {(main[1] + workers[1]) / 1e6:10,.0f} M  (imports and prepare() "
          f"{pre / 1e6:,.0f} M)")
    print(f"per article: main process         {(main[a.limit] - main[1]) / d / 1e6:10.2f} M")
    print(f"per article: workers              {(workers[a.limit] - workers[1]) / d / 1e6:10.2f} M")
    print(f"per article: all, with the fixed cost over {a.limit} "
          f"{(main[a.limit] + workers[a.limit]) / a.limit / 1e6:7.2f} M")
    return 0


def _child(corpus: str, limit: int, skip: int, n: int) -> int:
    """Read ``limit`` articles after ``skip``, prepare the pipeline, analyse the first ``n``."""
    from core import analyze
    from core.pipeline import prepare

    prepare()
    docs = []
    with gzip.open(corpus, "rt", encoding="utf-8") if corpus.endswith(".gz") else open(corpus, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i < skip:
                continue
            if len(docs) >= limit:
                break
            d = json.loads(line)
            docs.append((d["text"], d.get("published")))
    for text, pub in docs[:n]:
        analyze(text, pub)
    return 0


def _commit() -> str:
    r = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "core"], cwd=ROOT, capture_output=True, text=True)
    return r.stdout.strip() + (" (+ uncommitted changes in core/)" if dirty.stdout.strip() else "")


if __name__ == "__main__":
    sys.exit(main())

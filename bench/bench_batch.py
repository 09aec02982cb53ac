"""Batch extraction figures on a real corpus: throughput on one core and on all cores,
latency percentiles, peak memory, the batch command end to end into SQLite, and the
latency of the dashboard's queries on the store it produced.

usage: python bench/bench_batch.py CORPUS.jsonl.gz [--limit 2000] [--workers N]
                                   [--timeout S] [--query-store URL] [--json FILE]
       python bench/bench_batch.py CORPUS.jsonl.gz --stages [--limit 2000] [--workers N] [--as-given]

``--stages`` says where the batch's time goes: CPU per article of each stage measured in
one process (extraction, building the rows, sending them between processes, writing them
into a new SQLite store), then ``python -m core batch`` end to end as a separate command
(wall clock with start-up, CPU of all its processes), and the ratio of end-to-end CPU to
extraction CPU per article, also without the CPU of one process's start-up (imports,
``prepare()`` and the row builders, as the batch makes them before its pool forks,
measured in a process of its own), which a run pays once whatever its size.
The CPU of the batch's main process (start-up, reading, writing) and of its workers
(extraction, rows, pickling) is printed apart too, and the garbage collector's share of
extraction and rows with the objects only it freed (reference cycles) per article. Both the end-to-end run and the
start-up use the prepared image of the tables (``core.prepared``), made beforehand if
missing; ``AKHBAR_CACHE_DIR=off`` measures without it. ``--as-given``: the end-to-end run
reads CORPUS itself with ``--limit`` and its progress bar, as a user runs it on an archive
(the default copies the articles to a plain file and turns the bar off). The end-to-end
run is made twice: as this environment runs it (where ``PYTHONDONTWRITEBYTECODE`` is set
and the checkout holds no ``.pyc``, every run compiles the project's modules again), and
with the compiled bytecode a previous run wrote (``PYTHONPYCACHEPREFIX``, a folder of its
own), which is what an installed copy (pip compiles on install) or a checkout run a second
time without that variable sees; both figures are printed, and their difference.

CORPUS is a JSON-lines file (optionally gzipped) with ``text`` and ``published``.
``--query-store URL`` times the dashboard queries on an existing store instead of the
one this run builds (e.g. the 100,000-article store of bench_scaling.py --keep).
Prints figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import multiprocessing as mp
import os
import pathlib
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def load(corpus: str, limit: int, skip: int = 0) -> list[dict]:
    opener = gzip.open if corpus.endswith(".gz") else open
    docs = []
    with opener(corpus, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i < skip:
                continue
            d = json.loads(line)
            docs.append(d)
            if len(docs) >= limit:
                break
    return docs


class _Timeout(Exception):
    pass


stopped: list[bool] = []  # per article of the last timed_analyze(): stopped at the limit


def _alarm(*_a):
    raise _Timeout()


def timed_analyze(docs: list[tuple[str, str | None]], timeout: float) -> tuple[list[float], int]:
    """Latency (ms) of core.analyze per article, on this process; articles over the
    limit (CPU seconds) are stopped there and counted."""
    from core import analyze

    signal.signal(signal.SIGPROF, _alarm)
    lat, n_timeout = [], 0
    stopped.clear()
    for text, pub in docs:
        s = time.perf_counter()
        signal.setitimer(signal.ITIMER_PROF, timeout)
        try:
            analyze(text, pub)
            stopped.append(False)
        except _Timeout:
            n_timeout += 1
            stopped.append(True)
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
        lat.append((time.perf_counter() - s) * 1000)
    return lat, n_timeout


def _pool_chunk(args):
    docs, timeout = args
    return timed_analyze(docs, timeout)


def pct(values: list[float], p: float) -> float:
    v = sorted(values)
    return v[min(len(v) - 1, max(0, round(p / 100 * (len(v) - 1))))]


def rss_mb() -> tuple[float, float]:
    """Peak RSS of this process and of the largest waited-for child, in MB."""
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)


def query_latencies(url: str, repeat: int = 3) -> list[tuple[str, float, float, str]]:
    """(query, median ms, max ms, note) for the Store calls the dashboard pages make."""
    from core.store import Filters, Store

    store = Store(url)
    out = []

    def run(name, fn):
        times, res = [], None
        for _ in range(repeat):
            s = time.perf_counter()
            res = fn()
            times.append((time.perf_counter() - s) * 1000)
        out.append((name, statistics.median(times), max(times), _size(res)))
        return res

    run("summary()", lambda: store.summary())
    run("count()", lambda: store.count())
    run("list_articles(limit=50)", lambda: store.list_articles(limit=50))
    run("list_articles(search=…)", lambda: store.list_articles(limit=50, search="BBC"))
    run("article_options()", lambda: store.article_options())
    ev = run("events(Filters(), limit=2000)", lambda: store.events(Filters(), limit=2000))
    run("events(dated_only, types)", lambda: store.events(Filters(types=("AGREE", "CONSULT")), dated_only=True))
    pairs = run("pairs()", lambda: store.pairs(Filters()))
    actors = run("actor_options()", lambda: store.actor_options())
    if len(actors):
        top = actors["actor_id"].iloc[0]
        run(f"events(actors=[{top}])", lambda: store.events(Filters(actors=(top,))))
        run("actor_names(top 300)", lambda: store.actor_names(list(actors["actor_id"])))
    if len(pairs):
        a, b = pairs["a"].iloc[0], pairs["b"].iloc[0]
        run(f"pair_events({a},{b})", lambda: store.pair_events(a, b))
        run("actor_mentions(pair nodes)", lambda: store.actor_mentions(list(set(pairs["a"]) | set(pairs["b"]))))
    run("country_counts()", lambda: store.country_counts())
    ents = run("entity_table(limit=50)", lambda: store.entity_table(limit=50))
    run("entity_table(search=…)", lambda: store.entity_table(search="مصر", limit=50))
    if len(ents[0]):
        e = ents[0]["entity_id"].iloc[0]
        run(f"cooccurring({e})", lambda: store.cooccurring(e))
        run(f"articles_mentioning({e})", lambda: store.articles_mentioning(e))
    _ = ev
    store.engine.dispose()
    return out


def _size(res) -> str:
    if isinstance(res, tuple) and len(res) == 2 and hasattr(res[0], "__len__"):
        return f"{len(res[0])} rows of {res[1]}"
    if hasattr(res, "__len__") and not isinstance(res, str):
        return f"{len(res)} rows"
    return str(res)[:60]


def print_queries(rows: list[tuple[str, float, float, str]]) -> None:
    print(f"  {'query':<34} {'median ms':>10} {'max ms':>9}  result")
    for name, med, mx, note in rows:
        print(f"  {name:<34} {med:>10.1f} {mx:>9.1f}  {note}")
    print(f"  slowest median: {max(r[1] for r in rows):.0f} ms")


def git_commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                              text=True).stdout.strip() + (" (+ uncommitted changes)" if subprocess.run(
                                  ["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                                  capture_output=True, text=True).stdout.strip() else "")
    except OSError:
        return "?"


class Collector:
    """CPU of the garbage collector's passes and the objects they freed, while in use.

    Why: objects that only a collection frees (reference cycles) cost a batch twice,
    once to walk them and once to free them, and a cycle that holds an article's tokens
    makes hundreds of them per article: its figures say at once when extraction starts
    leaving such garbage (the stage figures alone show only a slower extraction)."""

    def __init__(self) -> None:
        self.cpu, self.freed, self.passes, self._start = 0.0, 0, 0, 0.0

    def _note(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._start = time.process_time()
        else:
            self.cpu += time.process_time() - self._start
            self.freed += info.get("collected", 0)
            self.passes += 1

    def __enter__(self) -> "Collector":
        import gc

        gc.callbacks.append(self._note)
        return self

    def __exit__(self, *_exc) -> None:
        import gc

        gc.callbacks.remove(self._note)


def stage_figures(raw: list[dict], chunk: int, collector: Collector | None = None) -> dict[str, float]:
    """CPU ms per article of each batch stage, in this process, in the batch's own code
    path (core.batch.extract_chunk's pieces and its packing of a chunk's results, the
    writer's StoreSink, which commits every DEFAULT_COMMIT_EVERY articles and catches the
    summaries up at close), under the batch's garbage-collection settings. ``collector``:
    counts the collections of the extraction and row stages."""
    import pickle

    from core import analyze
    from core.batch import Item
    from core.batch.sinks import DEFAULT_COMMIT_EVERY, StoreSink
    from core.batch.work import ArticleResult, batch_gc, pack_chunk, store_rows
    from core.store import content_hash

    n = len(raw)
    cpu = {"extract": 0.0, "rows": 0.0, "transfer": 0.0, "write": 0.0}
    with tempfile.TemporaryDirectory() as tmp, batch_gc():
        sink = StoreSink(f"sqlite:///{tmp}/stages.db", None, True, DEFAULT_COMMIT_EVERY)
        for i in range(0, n, chunk):
            part = [Item(i + k, d["text"], "", {}, d.get("published"), content_hash(d["text"]))
                    for k, d in enumerate(raw[i:i + chunk])]
            out = []
            with collector or contextlib.nullcontext():
                for it in part:
                    c = time.process_time()
                    a = analyze(it.text, it.published, it.meta)
                    c2 = time.process_time()
                    art, rows = store_rows(a, None, True, it.hash if a.text is it.text else None)  # as the batch
                    out.append(ArticleResult(it.seq, 0.0, art, rows))
                    c3 = time.process_time()
                    cpu["extract"] += c2 - c
                    cpu["rows"] += c3 - c2
            c = time.process_time()
            # worker → main: packed and pickled by the worker, unpickled by the main process
            got = pickle.loads(pickle.dumps(pack_chunk(out), protocol=pickle.HIGHEST_PROTOCOL))
            cpu["transfer"] += time.process_time() - c
            c = time.process_time()
            sink.write([r.article for r in got.results], got.rows)
            cpu["write"] += time.process_time() - c
        c = time.process_time()
        sink.flush()
        sink.close()  # the summaries caught up once per run
        cpu["write"] += time.process_time() - c
    return {k: v / n * 1000 for k, v in cpu.items()}


# ``python -m core batch`` as a user runs it, which then also writes the CPU of its main
# process and of its workers (the children it waited for) to the file named first
_MEASURED = ("import json, resource, sys\n"
             "from core.__main__ import main\n"
             "rc = main(sys.argv[2:])\n"
             "cpu = lambda who: (lambda r: r.ru_utime + r.ru_stime)(resource.getrusage(who))\n"
             "open(sys.argv[1], 'w').write(json.dumps({'main': cpu(resource.RUSAGE_SELF), "
             "'workers': cpu(resource.RUSAGE_CHILDREN)}))\n"
             "sys.exit(rc)\n")
# the batch's own start-up before its pool forks (imports, prepare(), the row builders
# and their seeded search forms): what one process of a run costs, and the prepared image
# it leaves holds every table a run reads
_PREPARE = "from core.batch.work import DEFAULT_ANALYZER, _analyzer; _analyzer(DEFAULT_ANALYZER)"


def end_to_end(raw: list[dict], workers: int, chunk: int, given: str | None = None,
               env: dict[str, str] | None = None) -> dict[str, float]:
    """``python -m core batch`` on these articles into a new SQLite store, as a user runs
    it: wall clock from launch to exit (start-up included) and the CPU of the command and
    all its worker processes, also apart. A process that prepares runs first, untimed, so
    that the prepared image of the tables (core.prepared) is there, as it is for every
    run but the first after a change of the code or data.

    ``given``: the corpus file itself, read by the command with ``--limit`` and its
    progress bar on (to a discarded stderr), as one runs it on an archive; otherwise the
    articles are copied to a plain file read without the bar, which leaves out what the
    bar's count of the archive costs. ``env``: the environment of every process it runs
    (:func:`bytecode_env`); when given, a batch of three articles runs first too,
    untimed, so that every module the command imports has been compiled before."""
    subprocess.run([sys.executable, "-c", _PREPARE], cwd=ROOT, check=True, env=env)
    with tempfile.TemporaryDirectory() as tmp:
        if given is not None:
            src, how = pathlib.Path(given).resolve(), ["--limit", str(len(raw))]
        else:
            src, how = pathlib.Path(tmp) / "in.jsonl", ["--no-progress"]
            with open(src, "w", encoding="utf-8") as f:
                for d in raw:
                    f.write(json.dumps(d, ensure_ascii=False) + "\n")
        if env is not None:
            subprocess.run([sys.executable, "-c", _MEASURED, f"{tmp}/warm.json", "batch", str(src), "--limit", "3",
                            "--store", f"sqlite:///{tmp}/warm.db", "--workers", str(workers), "--no-progress"],
                           cwd=ROOT, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        s = time.perf_counter()
        subprocess.run([sys.executable, "-c", _MEASURED, f"{tmp}/cpu.json", "batch", str(src),
                        "--store", f"sqlite:///{tmp}/e2e.db", "--workers", str(workers), "--chunk", str(chunk),
                        *how, "--summary-json", f"{tmp}/summary.json"], cwd=ROOT, check=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL if given is not None else None)
        wall = time.perf_counter() - s
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        summary = json.loads(pathlib.Path(f"{tmp}/summary.json").read_text(encoding="utf-8"))
        split = json.loads(pathlib.Path(f"{tmp}/cpu.json").read_text(encoding="utf-8"))
        s = time.perf_counter()
        subprocess.run([sys.executable, "-c", _PREPARE], cwd=ROOT, check=True, env=env)
        startup = time.perf_counter() - s
        done = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    startup_cpu = (done.ru_utime - after.ru_utime) + (done.ru_stime - after.ru_stime)
    return {"wall_s": wall, "cpu_s": cpu, "main_cpu_s": split["main"], "workers_cpu_s": split["workers"],
            "stored": summary.get("stored", 0), "startup_s": startup, "startup_cpu_s": startup_cpu,
            "peak_rss_mb": after.ru_maxrss / 1024, "image": _image_state(), "n": len(raw)}


@contextlib.contextmanager
def bytecode_env() -> Iterator[dict[str, str]]:
    """An environment in which Python writes and reads the compiled bytecode (``.pyc``)
    of every module it imports, kept in a folder of its own (``PYTHONPYCACHEPREFIX``,
    removed afterwards), as an installed copy has it (pip compiles a package's modules
    when it installs it) and as a checkout has it from its second run on, unless
    ``PYTHONDONTWRITEBYTECODE`` is set: then every run compiles the project's modules
    from their source again (about 0.2 CPU-s of the main process's start-up, before its
    workers fork), which is the figure this benchmark printed alone before."""
    with tempfile.TemporaryDirectory() as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        yield env


def _compiling_now() -> str:
    """How this environment's runs treat the project's bytecode."""
    if os.environ.get("PYTHONPYCACHEPREFIX"):
        return f"PYTHONPYCACHEPREFIX={os.environ['PYTHONPYCACHEPREFIX']}"
    if not any((ROOT / "core").glob("__pycache__/*.pyc")):
        how = "no .pyc of the project's modules: each run compiles them"
    else:
        how = ".pyc of the project's modules beside them (read by every run)"
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        how += ", PYTHONDONTWRITEBYTECODE set"
    return how


def _image_state() -> str:
    from core import prepared

    if not prepared.enabled():
        return f"off ({prepared.ENV})"
    path = prepared.image_path(prepared.image_key())
    return "on" if path is not None and path.is_file() else "missing (folder not writable?)"


def main_stages(a: argparse.Namespace) -> int:
    raw = load(a.corpus, a.limit, a.skip)
    n = len(raw)
    print(f"commit {git_commit()}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}, "
          f"{n} articles, chunk {a.chunk}")
    from core.batch.work import DEFAULT_ANALYZER, _analyzer

    _analyzer(DEFAULT_ANALYZER)  # prepared as a batch's main process prepares before its workers fork
    gcs = Collector()
    st = stage_figures(raw, a.chunk, gcs)
    inside = sum(st.values())
    print("CPU ms per article, one process: " + ", ".join(f"{k} {v:.2f}" for k, v in st.items())
          + f"; sum {inside:.2f}")
    print(f"  of extract and rows, the garbage collector's: {gcs.cpu / n * 1000:.3f} ms per article in "
          f"{gcs.passes} passes, {gcs.freed / n:.0f} objects per article freed only by it (reference cycles)")
    if a.as_given and a.skip:
        raise SystemExit("--as-given reads the corpus from its first article: no --skip")
    given = a.corpus if a.as_given else None
    e = end_to_end(raw, a.workers, a.chunk, given)
    _print_end_to_end(e, st, a, f"as this environment runs it ({_compiling_now()})")
    with bytecode_env() as env:
        e_pyc = end_to_end(raw, a.workers, a.chunk, given, env)
    _print_end_to_end(e_pyc, st, a, "with the .pyc a previous run wrote (what an installed copy sees)")
    print(f"  compiling the project's modules on every run: {e['cpu_s'] - e_pyc['cpu_s']:+.2f} CPU-s of the run, "
          f"{e['startup_cpu_s'] - e_pyc['startup_cpu_s']:+.2f} of one start-up, "
          f"{e['wall_s'] - e_pyc['wall_s']:+.2f} s of wall clock")
    if a.json:
        pathlib.Path(a.json).write_text(json.dumps({"commit": git_commit(), "stages_ms": st, "end_to_end": e,
                                                    "end_to_end_pyc": e_pyc,
                                                    "collector": {"cpu_ms": gcs.cpu / n * 1000,
                                                                  "freed_per_article": gcs.freed / n}},
                                                   indent=1), encoding="utf-8")
    return 0


def _print_end_to_end(e: dict[str, float], st: dict[str, float], a: argparse.Namespace, how: str) -> None:
    n = e["n"]
    per = e["cpu_s"] / n * 1000
    read = "CORPUS itself, --limit, progress bar" if a.as_given else "a plain copy, --no-progress"
    print(f"python -m core batch ({read}), {a.workers} workers, {how}:")
    print(f"  {e['wall_s']:.2f} s wall with start-up ({e['startup_s']:.2f} s of it to import and prepare one "
          f"process, {e['startup_cpu_s']:.2f} CPU-s), {e['cpu_s']:.1f} CPU-s (main process {e['main_cpu_s']:.2f}, "
          f"workers {e['workers_cpu_s']:.2f}); stored {e['stored']}; prepared image of the tables {e['image']}")
    print(f"  end to end: {per:.2f} CPU ms per article = {per / st['extract']:.2f}x extraction "
          f"(target <= 1.3x); {n / e['wall_s']:.0f} articles/s, {n / e['wall_s'] / a.workers:.0f} per core "
          f"wall clock (target >= 250); peak RSS of the largest process {e['peak_rss_mb']:.0f} MB")
    rest = (e["cpu_s"] - e["startup_cpu_s"]) / n * 1000
    print(f"  without that one start-up: {rest:.2f} CPU ms per article = {rest / st['extract']:.2f}x extraction")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--limit", type=int, default=2000)
    ap.add_argument("--skip", type=int, default=0)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--chunk", type=int, default=100)
    ap.add_argument("--timeout", type=float, default=5.0, help="per-article limit in CPU seconds")
    ap.add_argument("--query-store", help="time the dashboard queries on this store URL instead")
    ap.add_argument("--skip-extract", action="store_true", help="only the end-to-end run and the queries")
    ap.add_argument("--json", help="also write the figures here")
    ap.add_argument("--stages", action="store_true", help="CPU per article per batch stage, and end to end")
    ap.add_argument("--as-given", action="store_true",
                    help="with --stages: the end-to-end run reads CORPUS itself (--limit, progress bar on)")
    a = ap.parse_args()
    if a.stages:
        return main_stages(a)
    fig: dict = {"commit": git_commit(), "cores": os.cpu_count(), "workers": a.workers,
                 "load_average": os.getloadavg()}
    print(f"commit {fig['commit']}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}, "
          f"python {sys.version.split()[0]}")

    t0 = time.perf_counter()
    from core.pipeline import prepare

    prepare()  # as the batch workers do (the pool below forks from this prepared process)
    fig["startup_ms"] = (time.perf_counter() - t0) * 1000
    raw = load(a.corpus, a.limit, a.skip)
    docs = [(d["text"], d.get("published")) for d in raw]
    n = len(docs)
    mb = sum(len(t.encode("utf-8")) for t, _ in docs) / 1e6
    print(f"articles          {n} ({mb:.1f} MB of text, mean {mb * 1e6 / n / 1024:.1f} KB); start-up "
          f"{fig['startup_ms']:.0f} ms; per-article limit {a.timeout:g} CPU s")

    if not a.skip_extract:
        # the pool forks now, before the one-core pass fills this process's word caches,
        # so that its workers start as cold as that pass did
        pool = mp.get_context("fork").Pool(a.workers)
        # one core
        s, c = time.perf_counter(), time.process_time()
        lat, n_to = timed_analyze(docs, a.timeout)
        one, cpu = time.perf_counter() - s, time.process_time() - c
        fig["one_core"] = {"articles_per_s": n / one, "mb_per_s": mb / one, "timeouts": n_to,
                           "p50_ms": pct(lat, 50), "p90_ms": pct(lat, 90), "p99_ms": pct(lat, 99),
                           "max_ms": max(lat)}
        fig["one_core"]["articles_per_cpu_s"] = n / cpu
        ok = [l for l, t in zip(lat, stopped) if not t]
        fig["one_core"]["articles_per_s_without_timeouts"] = len(ok) / (sum(ok) / 1000) if ok else 0
        print(f"one core          {n / one:.1f} articles/s, {mb / one:.3f} MB/s  ({n_to} articles stopped at the "
              f"{a.timeout:g} CPU-s limit; without them {fig['one_core']['articles_per_s_without_timeouts']:.1f} "
              "articles/s)")
        print(f"CPU time          {cpu:.1f} s for {one:.1f} s wall: {n / cpu:.1f} articles per CPU-second "
              "(the rate of one core that is not shared with other programs)")
        print(f"latency ms        p50 {pct(lat, 50):.1f}  p90 {pct(lat, 90):.1f}  p99 {pct(lat, 99):.1f}  "
              f"max {max(lat):.1f}")
        # all cores
        parts = [(docs[i:i + a.chunk], a.timeout) for i in range(0, n, a.chunk)]
        s = time.perf_counter()
        with pool:
            res = pool.map(_pool_chunk, parts, chunksize=1)
        allc = time.perf_counter() - s
        n_to_all = sum(r[1] for r in res)
        fig["all_cores"] = {"articles_per_s": n / allc, "mb_per_s": mb / allc, "timeouts": n_to_all,
                            "speedup": one / allc}
        print(f"{a.workers} processes       {n / allc:.1f} articles/s, {mb / allc:.3f} MB/s, speed-up "
              f"{one / allc:.2f}x  ({n_to_all} stopped at the limit)")
        me, ch = rss_mb()
        fig["peak_rss_mb"] = {"main": me, "largest_worker": ch}
        print(f"peak RSS          {me:.0f} MB this process, {ch:.0f} MB largest worker")

    # batch command end to end
    from core.batch import run_batch

    with tempfile.TemporaryDirectory() as tmp:
        src = pathlib.Path(tmp) / "in.jsonl.gz"
        with gzip.open(src, "wt", encoding="utf-8") as f:
            for d in raw:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        url = f"sqlite:///{tmp}/bench.db"
        s = time.perf_counter()
        summ = run_batch([src], store_url=url, workers=a.workers, chunk=a.chunk, progress=False,
                         timeout=a.timeout, on_problem=lambda p: None)
        e2e = time.perf_counter() - s
        size = os.path.getsize(f"{tmp}/bench.db") / 1e6
        me, ch = rss_mb()
        fig["batch_sqlite"] = {"seconds": e2e, "articles_per_s": n / e2e, "stored": summ.stored,
                               "failed": summ.failed, "problems": dict(summ.problems),
                               "events": sum(summ.events.values()), "db_mb": size,
                               "peak_rss_main_mb": me, "peak_rss_worker_mb": ch}
        print(f"batch → SQLite    {e2e:.1f} s, {n / e2e:.1f} articles/s end to end ({a.workers} workers, chunk "
              f"{a.chunk}); stored {summ.stored}, failed {summ.failed} {dict(summ.problems)}, "
              f"{sum(summ.events.values())} events; database {size:.1f} MB")
        print(f"peak RSS          {me:.0f} MB this process, {ch:.0f} MB largest worker")
        q_url = a.query_store or url
        print(f"dashboard queries on {'the given store' if a.query_store else f'the {summ.stored} stored articles'}:")
        rows = query_latencies(q_url)
        print_queries(rows)
        fig["queries_ms"] = {name: med for name, med, _, _ in rows}
    if a.json:
        pathlib.Path(a.json).write_text(json.dumps(fig, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

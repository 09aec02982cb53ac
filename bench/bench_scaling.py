"""How the batch run grows with the corpus: time and peak memory per size.

usage: python bench/bench_scaling.py CORPUS.jsonl.gz [--sizes 1000,10000,18000,100000]
                                     [--workers N] [--timeout S] [--keep DIR] [--analyzer full|lead]
       python bench/bench_scaling.py CORPUS.jsonl.gz --clone-to 100000 [--base 2000]

For each size N the first N articles are written to a temporary .jsonl.gz; past the
end of the corpus, articles are replicated with a distinct suffix (a line " [copy k]")
so that every text has its own content hash and nothing is deduplicated away. Each
size runs in a fresh Python process (``--one``) so that its peak memory is its own:
the batch command into a new SQLite store, then the dashboard queries on that store.
Prints a table: seconds, articles/s, seconds per 1,000 articles, peak RSS of the main
process and of the largest worker, database size, slowest dashboard query.
``--keep DIR`` keeps the stores (DIR/scale-N.db) for bench_batch.py --query-store.
``--clone-to N`` builds an N-article store quickly for the dashboard-query target:
``--base`` articles are extracted, then their rows are copied under new ids and hashes.
Prints figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def write_input(corpus: str, n: int, dest: pathlib.Path) -> int:
    """The first n articles, cycling through the corpus with a distinct suffix per lap."""
    opener = gzip.open if corpus.endswith(".gz") else open
    written, lap = 0, 0
    with gzip.open(dest, "wt", encoding="utf-8", compresslevel=1) as out:
        while written < n:
            with opener(corpus, "rt", encoding="utf-8") as f:
                for line in f:
                    d = json.loads(line)
                    if lap:
                        d["id"] = f"{d.get('id')}~{lap}"
                        d["text"] = d["text"] + f"\n[copy {lap}]"
                    out.write(json.dumps(d, ensure_ascii=False) + "\n")
                    written += 1
                    if written >= n:
                        break
            lap += 1
    return written


LEAD = 300


def lead_analyze(text, published=None, meta=None):
    """A cheap stand-in for core.analyze that still gives real rows: the analysis of the
    first LEAD characters, stored with the full text (offsets stay valid). With it the
    scaling run measures the batch machinery (reading, hashing, dedup, chunks, inserts,
    memory) at sizes the full extraction cannot reach in the time available."""
    from core import analyze

    a = analyze(text[:LEAD], published, meta)
    a.text = text
    return a


def one(n: int, src: str, db: str, workers: int, chunk: int, timeout: float, analyzer: str) -> dict:
    import resource

    from bench_batch import query_latencies
    from core.batch import run_batch

    url = f"sqlite:///{db}"
    t = time.perf_counter()
    s = run_batch([src], store_url=url, workers=workers, chunk=chunk, progress=False, timeout=timeout,
                  on_problem=lambda p: None, analyzer=analyzer)
    secs = time.perf_counter() - t
    me, ch = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    rss_main, rss_child = me.ru_maxrss / 1024, ch.ru_maxrss / 1024
    cpu = me.ru_utime + me.ru_stime + ch.ru_utime + ch.ru_stime
    q = query_latencies(url, repeat=2)
    return {"n": n, "seconds": secs, "cpu_seconds": cpu, "stored": s.stored, "failed": s.failed, "problems": dict(s.problems),
            "events": sum(s.events.values()), "rss_main_mb": rss_main, "rss_worker_mb": rss_child,
            "db_mb": os.path.getsize(db) / 1e6,
            "slowest_query": max(q, key=lambda r: r[1])[:2], "queries_ms": {k: m for k, m, _, _ in q}}


def clone_store(corpus: str, n: int, base: int, db: pathlib.Path, workers: int, timeout: float) -> None:
    """A store of n articles for the dashboard queries: ``base`` corpus articles extracted
    by the batch command, then their rows copied under new ids and content hashes until
    there are n (no extraction time is measured here, only the queries)."""
    import hashlib
    import math

    import sqlalchemy as sa

    from bench_batch import print_queries, query_latencies
    from core.batch import run_batch
    from core.store import CHILD_TABLES, Store, articles

    with tempfile.TemporaryDirectory() as tmp:
        src = pathlib.Path(tmp) / "base.jsonl.gz"
        write_input(corpus, base, src)
        url = f"sqlite:///{db}"
        t = time.perf_counter()
        s = run_batch([src], store_url=url, workers=workers, progress=False, timeout=timeout,
                      on_problem=lambda p: None)
        print(f"base: {s.stored} articles extracted in {time.perf_counter() - t:.0f} s")
    store = Store(url)
    eng = store.engine
    with eng.connect() as c:
        arts = [dict(r) for r in c.execute(sa.select(articles)).mappings()]
        kids = {t.name: [dict(r) for r in c.execute(sa.select(t)).mappings()] for t in CHILD_TABLES}
    t = time.perf_counter()
    copies = math.ceil(n / len(arts))
    total = len(arts)
    for k in range(1, copies):
        take = arts[: min(len(arts), n - total)]
        if not take:
            break
        keep = {a["id"] for a in take}
        # through the store's importer path, which keeps its summaries
        store.insert_rows([{**a, "id": f"{a['id']}~{k}", "content_hash": hashlib.sha256(
            f"{a['content_hash']}~{k}".encode()).hexdigest()} for a in take],
            {tbl.name: [{**r, "article_id": f"{r['article_id']}~{k}"} for r in kids[tbl.name]
                        if r["article_id"] in keep] for tbl in CHILD_TABLES})
        total += len(take)
    with eng.connect() as c:
        counts = {t.name: c.execute(sa.select(sa.func.count()).select_from(t)).scalar() for t in (articles, *CHILD_TABLES)}
    eng.dispose()
    print(f"copied to {total:,} articles in {time.perf_counter() - t:.0f} s; rows: "
          + ", ".join(f"{k} {v:,}" for k, v in counts.items()) + f"; database {db.stat().st_size / 1e6:.0f} MB")
    print_queries(query_latencies(url, repeat=3))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--sizes", default="1000,10000,18000,100000")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--chunk", type=int, default=100)
    ap.add_argument("--timeout", type=float, default=5.0)
    ap.add_argument("--keep", help="keep the stores in this folder")
    ap.add_argument("--json", help="append each size's figures to this JSON-lines file")
    ap.add_argument("--analyzer", choices=["full", "lead"], default="full",
                    help=f"lead: analyse only the first {LEAD} characters (measures the batch machinery)")
    ap.add_argument("--clone-to", type=int, metavar="N",
                    help="instead: extract --base articles, copy their rows up to N articles, time the queries")
    ap.add_argument("--base", type=int, default=2000)
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--src", help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        spec = "bench_scaling:lead_analyze" if a.analyzer == "lead" else "core:analyze"
        print(json.dumps(one(a.one, a.src, a.db, a.workers, a.chunk, a.timeout, spec), default=str))
        return 0
    from bench_batch import git_commit

    if a.clone_to:
        print(f"commit {git_commit()}, load average {os.getloadavg()[0]:.1f}")
        with tempfile.TemporaryDirectory() as tmp:
            keep = pathlib.Path(a.keep) if a.keep else pathlib.Path(tmp)
            keep.mkdir(parents=True, exist_ok=True)
            db = keep / f"clone-{a.clone_to}.db"
            if db.exists():
                db.unlink()
            clone_store(a.corpus, a.clone_to, a.base, db, a.workers, a.timeout)
        return 0

    print(f"commit {git_commit()}, analyser {a.analyzer}, {os.cpu_count()} cores, {a.workers} workers, chunk {a.chunk}, "
          f"per-article limit {a.timeout:g} CPU s, load average {os.getloadavg()[0]:.1f}")
    head = (f"{'articles':>9} {'seconds':>9} {'art/s':>7} {'s/1k art':>9} {'CPU s/1k':>9} {'RSS main':>9} {'RSS worker':>11} "
            f"{'DB MB':>7} {'failed':>7} {'slowest dashboard query':>30}")
    print(head)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        keep = pathlib.Path(a.keep) if a.keep else pathlib.Path(tmp)
        keep.mkdir(parents=True, exist_ok=True)
        for n in [int(x) for x in a.sizes.split(",") if x]:
            src = pathlib.Path(tmp) / f"in-{n}.jsonl.gz"
            write_input(a.corpus, n, src)
            db = keep / f"scale-{n}.db"
            if db.exists():
                db.unlink()
            out = subprocess.run([sys.executable, __file__, a.corpus, "--one", str(n), "--src", str(src),
                                  "--db", str(db), "--workers", str(a.workers), "--chunk", str(a.chunk),
                                  "--timeout", str(a.timeout), "--analyzer", a.analyzer],
                                 capture_output=True, text=True)
            if out.returncode:
                print(out.stderr[-2000:], file=sys.stderr)
                return 1
            r = json.loads(out.stdout.strip().splitlines()[-1])
            rows.append(r)
            sq = f"{r['slowest_query'][0][:20]} {r['slowest_query'][1]:.0f} ms"
            print(f"{n:>9,} {r['seconds']:>9.1f} {n / r['seconds']:>7.1f} {1000 * r['seconds'] / n:>9.2f} "
                  f"{1000 * r['cpu_seconds'] / n:>9.2f} "
                  f"{r['rss_main_mb']:>8.0f}M {r['rss_worker_mb']:>10.0f}M {r['db_mb']:>7.1f} {r['failed']:>7} "
                  f"{sq:>30}", flush=True)
            if a.json:
                with open(a.json, "a", encoding="utf-8") as f:
                    f.write(json.dumps(r, default=str) + "\n")
            src.unlink()
    if len(rows) > 1:
        f, l = rows[0], rows[-1]
        print(f"from {f['n']:,} to {l['n']:,} articles ({l['n'] / f['n']:.0f}x): time x{l['seconds'] / f['seconds']:.1f}, "
              f"CPU time x{l['cpu_seconds'] / f['cpu_seconds']:.1f}, "
              f"main RSS x{l['rss_main_mb'] / f['rss_main_mb']:.2f}, worker RSS "
              f"x{l['rss_worker_mb'] / f['rss_worker_mb']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

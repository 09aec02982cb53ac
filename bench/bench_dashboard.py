"""Dashboard speed with 10,000 articles in the store.

Analyses ~200 politics articles of the test corpus once, replicates them with
distinct content (a numbered line appended, so every copy has its own content hash)
up to N articles in a temporary SQLite store, then times, server-side:
  1. the store queries each page makes (cold: first call), and
  2. each whole page run through streamlit's AppTest (cold cache, then warm).

    python bench/bench_dashboard.py [--corpus PATH] [--n 10000] [--sample 200] [--db URL]

The corpus is the ANT Corpus v2.1 extract described in the project's corpus README
(Chouigui, Ben Khiroun, Elayeb, AICCSA 2017 / NLDB 2018; https://antcorpus.github.io);
pass its path with --corpus or AKHBAR_CORPUS.
"""
from __future__ import annotations

import argparse
import copy
import gzip
import json
import os
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core import analyze  # noqa: E402
from core.charts import highlight_html, map_figure, matrix_figure, network_figure, timeline_figure  # noqa: E402
from core.store import Filters, Store, entities_frame, events_frame, pairs_frame  # noqa: E402


ANALYSIS_LIMIT_S = 10


class AnalysisTooSlow(Exception):
    pass


def _too_slow(signum, frame):
    raise AnalysisTooSlow()


def read_corpus(path: Path, k: int) -> list[dict]:
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d.get("category") in ("internationalNews", "middleEast") and 600 < len(d["text"]) < 6000:
                out.append(d)
    step = max(1, len(out) // k)
    return out[::step][:k]


def timed(label: str, fn, rows: list, repeat: int = 1):
    best = []
    result = None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        best.append(time.perf_counter() - t)
    rows.append((label, min(best)))
    return result


def fill(store: Store, corpus: list[dict], n: int) -> float:
    t = time.perf_counter()
    base = []
    signal.signal(signal.SIGALRM, _too_slow)
    for i, d in enumerate(corpus, 1):
        t1 = time.perf_counter()
        signal.alarm(ANALYSIS_LIMIT_S)
        try:
            base.append(analyze(d["text"], published=d["published"],
                                meta={"title": d["title"], "source": d["source"], "url": d["url"],
                                      "published": d["published"]}))
        except AnalysisTooSlow:
            print(f"  skipped: {d['id']} did not finish in {ANALYSIS_LIMIT_S} s", flush=True)
            continue
        finally:
            signal.alarm(0)
        took = time.perf_counter() - t1
        if took > 2:
            print(f"  slow: {d['id']} ({len(d['text'])} chars) took {took:.1f} s", flush=True)
        if i % 50 == 0:
            print(f"  analysed {i}/{len(corpus)}", flush=True)
    t_analyse = time.perf_counter() - t
    print(f"analysed {len(base)} articles in {t_analyse:.1f} s ({1000 * t_analyse / len(base):.0f} ms each)")
    batch, done, copy_no = [], 0, 0
    t = time.perf_counter()
    while done < n:
        for a in base:
            if done >= n:
                break
            b = copy.copy(a)
            b.text = a.text + f"\n[{copy_no}]"
            b.meta = {**a.meta, "title": f"{a.meta.get('title')} #{copy_no}"}
            batch.append(b)
            done += 1
        copy_no += 1
        if len(batch) >= 1000 or done >= n:
            store.save_many(batch, public=True)
            batch = []
            print(f"  stored {done}/{n}", flush=True)
    print(f"stored {n} articles in {time.perf_counter() - t:.1f} s")
    return t_analyse


def bench_queries(store: Store, rows: list) -> None:
    ids = store.list_articles(limit=1)[0]["id"].tolist()
    rec = timed("analyse: get article", lambda: store.get(ids[0]), rows)
    a = rec.analysis
    timed("analyse: tables + charts + markup", lambda: (entities_frame(a), timeline_figure(events_frame(a)),
                                                         network_figure(pairs_frame(a)), highlight_html(a)), rows)
    timed("analyse: landing (9 articles + 400 events)",
          lambda: (store.list_articles(limit=9), store.events(Filters(), limit=400, dated_only=True)), rows)
    timed("timeline: actor + article pickers", lambda: (store.actor_options(), store.article_options()), rows)
    ev = timed("timeline: events (all, 1500 shown)", lambda: store.events(Filters(), limit=1500, dated_only=True), rows)
    timed("timeline: figure of 1500 events", lambda: timeline_figure(ev[0]), rows)
    timed("timeline: AGREE + USA filter", lambda: store.events(Filters(types=["AGREE"], actors=["USA"]), limit=1500), rows)
    pairs = timed("relations: pairs aggregate", lambda: store.pairs(Filters()), rows)
    timed("relations: node sizes", lambda: store.actor_mentions(set(pairs["a"]) | set(pairs["b"])), rows)
    cc = timed("relations: country counts", lambda: store.country_counts(), rows)
    timed("relations: figures", lambda: (network_figure(pairs), matrix_figure(pairs), map_figure(cc)), rows)
    timed("relations: pair events USA–IRN", lambda: store.pair_events("USA", "IRN"), rows)
    timed("entities: table page 1", lambda: store.entity_table(limit=50), rows)
    timed("entities: search 'الأمم المتحدة'", lambda: store.entity_table(search="الأمم المتحدة"), rows)
    timed("entities: co-occurrence of USA", lambda: store.cooccurring("USA"), rows)
    timed("entities: articles mentioning USA", lambda: store.articles_mentioning("USA"), rows)
    timed("library: summary", lambda: store.summary(), rows)
    timed("library: page 1", lambda: store.list_articles(limit=50), rows)
    timed("library: page 150", lambda: store.list_articles(limit=50, offset=7450), rows)
    timed("store: version()", store.version, rows)


def bench_pages(url: str, rows: list) -> None:
    from streamlit.testing.v1 import AppTest

    os.environ["AKHBAR_DB_URL"] = url
    pages = [None, "pages/timeline.py", "pages/relations.py", "pages/entities.py", "pages/library.py"]
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()  # opens the store (cached resource)
    any_id = Store(url).list_articles(limit=1)[0]["id"].iloc[0]
    for run in ("cold", "warm"):
        for p in pages:
            t = time.perf_counter()
            if p is None:
                at.query_params["article"] = any_id
                at.run()
            else:
                at.switch_page(p).run()
            rows.append((f"page {run}: {p or 'pages/analyse.py?article='}", time.perf_counter() - t))
            assert not at.exception, [e.value for e in at.exception]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=os.environ.get("AKHBAR_CORPUS"), help="articles.jsonl.gz of the test corpus")
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--sample", type=int, default=200)
    ap.add_argument("--db", default=None, help="database URL (default: a temporary SQLite file)")
    args = ap.parse_args()
    if not args.corpus:
        ap.error("give --corpus PATH (or set AKHBAR_CORPUS)")
    tmp = tempfile.mkdtemp(prefix="akhbar-bench-")
    url = args.db or f"sqlite:///{Path(tmp) / 'bench.db'}"
    store = Store(url)
    fill(store, read_corpus(Path(args.corpus), args.sample), args.n)
    print(f"events in store: {store.summary()['events']}")
    rows: list = []
    bench_queries(store, rows)
    bench_pages(url, rows)
    width = max(len(r[0]) for r in rows)
    print(f"\n{'step'.ljust(width)}  seconds")
    for label, secs in rows:
        print(f"{label.ljust(width)}  {secs:7.3f}")
    pages = [s for l, s in rows if l.startswith("page")]
    print(f"\nslowest page run: {max(pages):.2f} s; median {statistics.median(pages):.2f} s")


if __name__ == "__main__":
    main()

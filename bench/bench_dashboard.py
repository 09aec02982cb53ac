"""Dashboard speed with 10,000 articles in the store.

Analyses ~200 politics articles of the test corpus once, replicates them with
distinct content (a numbered line appended, so every copy has its own content hash)
up to N articles in a temporary SQLite store, then times, server-side:
  1. the store queries each page makes (cold: first call), and
  2. each whole page run through streamlit's AppTest (cold cache, then warm).

    python bench/bench_dashboard.py [--corpus PATH] [--n 10000] [--sample 200] [--db URL]

On an existing store (e.g. the 100,000-article one of ``bench_scaling.py --clone-to``),
every Store call the pages make, as the pages make it (with a viewer token), each
repeated; the first call is the cold one:

    python bench/bench_dashboard.py --query-store URL [--viewer TOKEN] [--repeat 3] [--dump FILE] [--full]
                                    [--pages]

``--dump`` pickles every result so that two runs (before and after a store change)
can be compared for identical results with ``--compare OLD NEW`` (best with ``--full``,
which lifts the pages' limits); ``--pages`` also runs each page through AppTest.

The corpus is the ANT Corpus v2.1 extract described in the project's corpus README
(Chouigui, Ben Khiroun, Elayeb, AICCSA 2017 / NLDB 2018; https://antcorpus.github.io);
pass its path with --corpus or AKHBAR_CORPUS.
"""
from __future__ import annotations

import argparse
import copy
import datetime as dt
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
from core.article_html import highlight_html  # noqa: E402
from core.charts import map_figure, matrix_figure, network_figure, timeline_figure  # noqa: E402
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


def page_calls(store: Store, who: str | None, full: bool = False) -> list[tuple[str, object]]:
    """(label, thunk) for every Store call a dashboard page makes, with the page's arguments.

    Later thunks use earlier results (the top entity, pair, actors), so they are made
    lazily from ``got``, the results so far. ``full`` lifts every limit (and offset), for
    comparing complete results of two store versions: the pages' limits cut through ties
    of the order (cloned articles tie on everything), where either cut is right."""
    got: dict[str, object] = {}
    L = (lambda n: 10**9) if full else (lambda n: n)  # noqa: E731
    O = (lambda n: 0) if full else (lambda n: n)  # noqa: E731
    # picks made from earlier results do not depend on the order of ties
    ents = lambda: got["entities: table page 1"][0]  # noqa: E731
    pairs = lambda: got["relations: pairs()"]  # noqa: E731
    top_entity = lambda: ents().sort_values(["n_articles", "n_mentions", "entity_id"],  # noqa: E731
                                            ascending=[False, False, True])["entity_id"].iloc[0]
    top_pair = lambda: tuple(pairs().sort_values(["n_events", "a", "b"], ascending=[False, True, True])  # noqa: E731
                             [["a", "b"]].iloc[0])
    some_id = lambda: min(got["library: list_articles(limit=50)"][0]["id"])  # noqa: E731
    event_article = lambda: got["timeline: events(limit=1500, dated)"][0].sort_values(  # noqa: E731
        ["date_start", "article_id"], ascending=[False, True])["article_id"].iloc[0]
    years = (dt.date(2015, 1, 1), dt.date(2017, 12, 31))
    calls = [
        ("store: version()", lambda: store.version()),
        ("library: summary()", lambda: store.summary(who)),
        ("library: count()", lambda: store.count(who)),
        ("library: list_articles(limit=50)", lambda: store.list_articles(who, limit=L(50))),
        ("library: list_articles(offset=7450)", lambda: store.list_articles(who, limit=L(50), offset=O(7450))),
        ("library: list_articles(search=BBC)", lambda: store.list_articles(who, limit=L(50), search="BBC")),
        ("analyse: get(id)", lambda: store.get(some_id())),
        ("analyse: list_articles(limit=9)", lambda: store.list_articles(who, limit=L(9))),
        ("analyse: events(limit=400, dated)", lambda: store.events(Filters(), who, limit=L(400), dated_only=True)),
        ("timeline: actor_options()", lambda: store.actor_options(who, limit=L(300))),
        ("timeline: article_options()", lambda: store.article_options(who, limit=L(500))),
        ("timeline: events(limit=1500, dated)", lambda: store.events(Filters(), who, limit=L(1500), dated_only=True)),
        ("timeline: events(AGREE+CONSULT)", lambda: store.events(Filters(types=("AGREE", "CONSULT")), who, L(1500), True)),
        ("timeline: events(actors=[USA])", lambda: store.events(Filters(actors=("USA",)), who, L(1500), True)),
        ("timeline: events(2015-2017)", lambda: store.events(Filters(date_from=years[0], date_to=years[1]), who,
                                                             L(1500), True)),
        ("timeline: events(agreements)", lambda: store.events(Filters(agreements_only=True), who, L(1500), True)),
        ("timeline: events(article)", lambda: store.events(Filters(article_id=event_article()), who, L(1500), True)),
        ("relations: pairs()", lambda: store.pairs(Filters(), who, limit=L(150))),
        ("relations: pairs(AGREE, 2015-2017)", lambda: store.pairs(Filters(types=("AGREE",), date_from=years[0],
                                                                           date_to=years[1]), who, limit=L(150))),
        ("relations: actor_mentions(nodes)", lambda: store.actor_mentions(
            tuple(sorted(set(pairs()["a"]) | set(pairs()["b"]))), who)),
        ("relations: actor_options(limit=2000)", lambda: store.actor_options(who, limit=L(2000))),
        ("relations: pair_events(top pair)", lambda: store.pair_events(*top_pair(),
                                                                       Filters(), who, limit=L(200))),
        ("relations: country_counts()", lambda: store.country_counts(who, Filters())),
        ("relations: country_counts(2015-2017)", lambda: store.country_counts(who, Filters(date_from=years[0],
                                                                                            date_to=years[1]))),
        ("entities: table page 1", lambda: store.entity_table(who, "", (), limit=L(50), offset=0)),
        ("entities: table page 20", lambda: store.entity_table(who, "", (), limit=L(50), offset=O(950))),
        ("entities: PERSON", lambda: store.entity_table(who, "", ("PERSON",), limit=L(50))),
        ("entities: search 'مصر'", lambda: store.entity_table(who, "مصر", (), limit=L(50))),
        ("entities: search 'الأمم المتحدة'", lambda: store.entity_table(who, "الأمم المتحدة", (), limit=L(50))),
        ("entities: search 'USA'", lambda: store.entity_table(who, "USA", (), limit=L(50))),
        ("entities: actor_names([top])", lambda: store.actor_names([top_entity()])),
        ("entities: cooccurring(top)", lambda: store.cooccurring(top_entity(), who, limit=L(20))),
        ("entities: articles_mentioning(top)", lambda: store.articles_mentioning(top_entity(), who, limit=L(50))),
    ]

    def remember(label, fn):
        def run():
            got[label] = fn()
            return got[label]
        return run

    return [(label, remember(label, fn)) for label, fn in calls]


def time_store_calls(url: str, who: str | None, repeat: int, full: bool = False) -> tuple[list, dict]:
    """(label, first call ms, median ms, max ms, size) per page call, and the results."""
    t = time.perf_counter()
    store = Store(url)
    opened = (time.perf_counter() - t) * 1000
    rows, results = [("Store(url) (open; a migration runs here once)", opened, opened, opened, "")], {}
    for label, fn in page_calls(store, who, full):
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            res = fn()
            times.append((time.perf_counter() - t) * 1000)
        results[label] = res
        rows.append((label, times[0], statistics.median(times), max(times), _size(res)))
    store.engine.dispose()
    return rows, results


def _size(res) -> str:
    if isinstance(res, tuple) and len(res) == 2 and hasattr(res[0], "__len__"):
        return f"{len(res[0])} rows of {res[1]}"
    if isinstance(res, dict) and "articles" in res:
        return ", ".join(f"{k} {v}" for k, v in res.items())
    if hasattr(res, "__len__") and not isinstance(res, str):
        return f"{len(res)} rows"
    return str(res)[:60]


def compare_dumps(old_path: str, new_path: str) -> int:
    """Print which page calls give different results in two --dump files; 1 if any."""
    import pickle

    import pandas as pd

    old, new = (pickle.loads(Path(p).read_bytes()) for p in (old_path, new_path))
    bad = 0

    def rows(df: pd.DataFrame) -> list[tuple]:
        """The rows in a canonical order, floats rounded (sums added in another order
        differ in the last bits)."""
        cells = df.apply(lambda col: col.round(9) if col.dtype.kind == "f" else col)
        return sorted(tuple(str(v) for v in r) for r in cells.itertuples(index=False))

    def same(a, b) -> bool:
        if isinstance(a, tuple) and isinstance(b, tuple):
            return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
        if isinstance(a, pd.DataFrame):
            if list(a.columns) != list(b.columns):
                print("    columns", list(a.columns), list(b.columns))
                return False
            ra, rb = rows(a), rows(b)
            if ra != rb:
                print(f"    {len(ra)} vs {len(rb)} rows; only old: {sorted(set(ra) - set(rb))[:2]}; "
                      f"only new: {sorted(set(rb) - set(ra))[:2]}")
            return ra == rb
        if isinstance(a, list) and isinstance(b, list):
            return sorted(map(str, a)) == sorted(map(str, b))
        return a == b

    for label in old:
        if label not in new:
            print(f"missing in new: {label}")
            bad += 1
        elif not same(old[label], new[label]):
            print(f"DIFFERENT: {label}")
            bad += 1
    print(f"{len(old)} calls compared (rows in any order), {bad} different")
    return 1 if bad else 0


def bench_pages(url: str, rows: list) -> None:
    from streamlit.testing.v1 import AppTest

    os.environ["AKHBAR_DB_URL"] = url
    pages = [None, "pages/timeline.py", "pages/relations.py", "pages/entities.py", "pages/library.py"]
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    t = time.perf_counter()
    at.run()  # opens the store (cached resource)
    rows.append(("page cold: pages/analyse.py (landing, opens the store)", time.perf_counter() - t))
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
    ap.add_argument("--query-store", metavar="URL", help="only time the pages' Store calls on this existing store")
    ap.add_argument("--viewer", default="bench-viewer-token", help="owner token the pages pass (with --query-store)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--dump", help="pickle the results of --query-store into this file")
    ap.add_argument("--full", action="store_true", help="with --query-store: no limits (complete results to compare)")
    ap.add_argument("--pages", action="store_true", help="with --query-store: also time whole page runs (AppTest)")
    ap.add_argument("--compare", nargs=2, metavar=("OLD", "NEW"), help="compare two --dump files")
    args = ap.parse_args()
    if args.compare:
        sys.exit(compare_dumps(*args.compare))
    if args.query_store:
        import pickle
        import subprocess

        commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True).stdout.strip()
        print(f"commit {commit or '?'}, load average {os.getloadavg()[0]:.1f}, viewer {args.viewer!r}, "
              f"{args.repeat} calls each")
        rows, results = time_store_calls(args.query_store, args.viewer or None, args.repeat, args.full)
        width = max(len(r[0]) for r in rows)
        print(f"{'call'.ljust(width)}  {'first ms':>9} {'median ms':>9} {'max ms':>9}  result")
        for label, first, med, mx, size in rows:
            print(f"{label.ljust(width)}  {first:9.1f} {med:9.1f} {mx:9.1f}  {size}")
        print(f"slowest median {max(r[2] for r in rows[1:]):.0f} ms, slowest first call "
              f"{max(r[1] for r in rows[1:]):.0f} ms")
        if args.dump:
            Path(args.dump).write_bytes(pickle.dumps(results))
        if args.pages:
            page_rows: list = []
            bench_pages(args.query_store, page_rows)
            for label, secs in page_rows:
                print(f"{label.ljust(width)}  {secs:9.3f} s")
        return
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

"""Page loads as a visitor's browser sees them: first paint and usable, per page.

usage: python bench/bench_pages.py [--store URL] [--runs 3] [--chromium PATH]
                                   [--app-dir DIR ...] [--floor] [--pages timeline,relations]

Starts ``streamlit run app.py`` (on a new SQLite store unless ``--store`` names one, e.g.
a 1,000-article store built by ``python -m core batch``) and drives headless Chromium
through Playwright, each visit in a new browser context (a new visitor, no cache):

* first visit: the very first request to a new store (only without ``--store``);
* home, share link (``?article=``), Timeline, Relations, Entities, Library: direct loads;
* paste → breakdown: the reference-sized text pasted and analysed, until its highlighted
  entities are on screen.

"first paint" is the time from navigation to the page's title on screen; "usable" to the
page's main content drawn (examples table, chart, highlighted article, entity table)
with the script finished. These are wall-clock figures: on a shared machine they grow
with its load, which is printed before and after. Beside them, the CPU seconds each visit
cost the browser (all of Chromium's processes, until the page has settled: no long task
for 1.5 s, so charts drawn after "usable" count) and the server, which the load changes
much less: compare those when the machine is busy.

``--app-dir`` (repeatable) serves other checkouts of the project side by side, one server
each, and interleaves their visits (A, B, A, B, ...) so that a before/after comparison
sees the same load. ``--floor`` adds what Streamlit itself costs on this machine: a blank
page (a title and a three-row table) and the same page with one small Plotly chart.
Prints figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"
TITLE = "h1"
TABLE = "[data-testid='stDataFrame']"
CHART = ".js-plotly-plot .main-svg"
CONTENT = {"home": TABLE, "share link": ".ent", "timeline": CHART, "relations": CHART, "entities": TABLE,
           "library": TABLE, "blank page": TABLE, "blank page + 1 Plotly chart": CHART}
PATHS = {"home": "/", "timeline": "/timeline", "relations": "/relations", "entities": "/entities",
         "library": "/library"}
FLOOR_APP = '''import streamlit as st
import plotly.graph_objects as go
st.title("Blank")
st.dataframe({"a": [1, 2, 3]})
if st.query_params.get("chart"):
    st.plotly_chart(go.Figure(go.Scatter(x=[1, 2, 3], y=[1, 3, 2])))
'''
# Chromium reports its main thread's long tasks; a page has settled when none came for a while
LONG_TASKS = """window.__lastLongTask = 0;
new PerformanceObserver(list => { for (const e of list.getEntries())
  window.__lastLongTask = Math.max(window.__lastLongTask, e.startTime + e.duration); })
  .observe({type: 'longtask', buffered: true});"""
SETTLED = "ms => performance.now() - window.__lastLongTask > ms"
QUIET_MS = 1500
CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


@dataclass
class Visit:
    paint: float | None
    usable: float
    browser_cpu: float | None  # from navigation until the page settled (every chart drawn)
    server_cpu: float | None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _proc_cpu(pid: int) -> tuple[int, float] | None:
    """(parent pid, CPU seconds) of a process from /proc (None where there is no /proc)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2:].split()  # after "pid (name) "
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def _tree_cpu(root: int, skip: set[int]) -> dict[int, float]:
    """CPU seconds of every process under ``root`` (Chromium's, under the Playwright driver),
    leaving out the ``skip`` processes (the Streamlit servers this script started)."""
    procs = {}
    for entry in Path("/proc").iterdir() if Path("/proc").is_dir() else []:
        if entry.name.isdigit() and (got := _proc_cpu(int(entry.name))):
            procs[int(entry.name)] = got
    out, todo = {}, [root]
    while todo:
        parent = todo.pop()
        for pid, (ppid, cpu) in procs.items():
            if ppid == parent and pid not in skip and pid not in out:
                out[pid] = cpu
                todo.append(pid)
    return out


def start_server(app_dir: Path, store_url: str, port: int, log: Path) -> subprocess.Popen:
    env = {**os.environ, "AKHBAR_DB_URL": store_url, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(app_dir / "app.py"), "--server.port",
                             str(port), "--server.headless", "true"], cwd=app_dir, env=env,
                            stdout=log.open("w"), stderr=subprocess.STDOUT)
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2).status == 200:
                return proc
        except OSError:
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit(f"the app did not start; see {log}")


class Meter:
    """CPU seconds spent by the browser and by one server during a visit."""

    def __init__(self, servers: list[subprocess.Popen]):
        self.skip = {p.pid for p in servers}

    def start(self, server: subprocess.Popen) -> None:
        self.server, self.b0 = server, _tree_cpu(os.getpid(), self.skip)
        self.s0 = (_proc_cpu(server.pid) or (0, None))[1]

    def stop(self) -> tuple[float | None, float | None]:
        b1 = _tree_cpu(os.getpid(), self.skip)
        s1 = (_proc_cpu(self.server.pid) or (0, None))[1]
        browser = sum(v - self.b0.get(k, 0.0) for k, v in b1.items()) if b1 else None
        return browser, (s1 - self.s0 if s1 is not None and self.s0 is not None else None)


def visit(browser, meter: Meter, server, url: str, content: str, timeout_ms: int = 120_000) -> Visit:
    """One visit in a fresh context (a new visitor: no cache, no cookie)."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = ctx.new_page()
    pg.add_init_script(LONG_TASKS)
    try:
        meter.start(server)
        t0 = time.perf_counter()
        pg.goto(url, wait_until="commit")
        pg.wait_for_selector(TITLE, timeout=timeout_ms)
        paint = time.perf_counter() - t0
        pg.wait_for_selector(content, timeout=timeout_ms)
        pg.wait_for_selector(IDLE, timeout=timeout_ms)
        usable = time.perf_counter() - t0
        pg.wait_for_function(SETTLED, arg=QUIET_MS, timeout=timeout_ms)  # charts still drawing count too
        return Visit(paint, usable, *meter.stop())
    finally:
        ctx.close()


def paste_to_breakdown(browser, meter: Meter, server, base: str, text: str) -> Visit:
    """Seconds from the Analyse click to the highlighted breakdown on screen."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = ctx.new_page()
    pg.add_init_script(LONG_TASKS)
    try:
        pg.goto(base)
        pg.wait_for_selector("textarea")
        pg.wait_for_selector(IDLE)
        pg.wait_for_function(SETTLED, arg=QUIET_MS, timeout=120_000)
        pg.fill("textarea", text)
        meter.start(server)
        t0 = time.perf_counter()
        pg.get_by_role("button", name="Analyse").click()
        pg.wait_for_selector(".ent", timeout=120_000)
        pg.wait_for_selector(IDLE, timeout=120_000)
        took = time.perf_counter() - t0
        pg.wait_for_function(SETTLED, arg=QUIET_MS, timeout=120_000)
        return Visit(None, took, *meter.stop())
    finally:
        ctx.close()


def first_public_article(store_url: str) -> str | None:
    sys.path.insert(0, str(ROOT))
    from core.store import Store

    df, _ = Store(store_url).list_articles(None, limit=1)
    return str(df["id"].iloc[0]) if len(df) else None


def _median(values: list[float | None], digits: int = 2) -> str:
    vals = [v for v in values if v is not None]
    return f"{statistics.median(vals):.{digits}f}" if vals else "-"


def report(rows: dict[str, dict[str, list[Visit]]], names: list[str]) -> None:
    print(f"\n{'page':<30} {'checkout':<10} {'first paint s':>14} {'usable s':>9} {'usable max':>10} "
          f"{'browser CPU s':>13} {'server CPU s':>12}")
    for page, by_app in rows.items():
        for name in names:
            got = by_app.get(name)
            if not got:
                continue
            print(f"{page:<30} {name:<10} {_median([v.paint for v in got]):>14} {_median([v.usable for v in got]):>9} "
                  f"{max(v.usable for v in got):>10.2f} {_median([v.browser_cpu for v in got]):>13} "
                  f"{_median([v.server_cpu for v in got]):>12}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", help="an existing store URL (default: a new SQLite store per checkout)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--chromium", default=os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
    ap.add_argument("--app-dir", action="append", type=Path,
                    help="a checkout to serve (repeat to compare checkouts, visits interleaved; default: this one)")
    ap.add_argument("--floor", action="store_true", help="also a blank Streamlit page, and one with a Plotly chart")
    ap.add_argument("--pages", help="only these, comma-separated (first-visit, home, share-link, timeline, "
                                    "relations, entities, library, paste)")
    a = ap.parse_args()
    from playwright.sync_api import sync_playwright

    dirs = [d.resolve() for d in a.app_dir or [ROOT]]
    names = [d.name if len(dirs) > 1 else "this" for d in dirs]
    tmp = Path(tempfile.mkdtemp(prefix="bench-pages-"))
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip()
    print(f"commit {commit}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}, "
          f"store {'given' if a.store else 'new'}, checkouts: {', '.join(map(str, dirs))}")
    servers, stores, bases = {}, {}, {}
    if a.floor:
        (tmp / "floor").mkdir()
        (tmp / "floor" / "app.py").write_text(FLOOR_APP)
    try:
        for name, d in zip(names, dirs):
            stores[name] = a.store or f"sqlite:///{tmp / name}.db"
            port = _free_port()
            servers[name] = start_server(d, stores[name], port, tmp / f"{name}.log")
            bases[name] = f"http://127.0.0.1:{port}"
        if a.floor:
            port = _free_port()
            servers["floor"] = start_server(tmp / "floor", "sqlite://", port, tmp / "floor.log")
            bases["floor"] = f"http://127.0.0.1:{port}"
        rows: dict[str, dict[str, list[Visit]]] = {}
        meter = Meter(list(servers.values()))
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=a.chromium, headless=True,
                                        args=["--headless", "--no-sandbox", "--disable-gpu"])
            only = set(a.pages.replace("-", " ").split(",")) if a.pages else None
            wanted = lambda page: only is None or page in only  # noqa: E731
            for name in names if not a.store else []:  # the first visit opens the new store
                first = visit(browser, meter, servers[name], bases[name] + "/", CONTENT["home"])
                if wanted("first visit"):
                    rows.setdefault("first visit (new store)", {})[name] = [first]
            aids = {name: first_public_article(stores[name]) for name in names}
            plan = [(page, PATHS.get(page)) for page in ("home", "share link", "timeline", "relations", "entities",
                                                         "library") if wanted(page)]
            if not all(aids.values()):  # a given store without public articles
                plan = [p for p in plan if p[0] != "share link"]
            ref = ROOT / "data" / "gold" / "morocco-israel-2023.txt"
            text = ref.read_text(encoding="utf-8") if ref.exists() else None
            for run in range(a.runs):
                if a.floor:
                    for page, q in (("blank page", ""), ("blank page + 1 Plotly chart", "?chart=1")):
                        rows.setdefault(page, {}).setdefault("floor", []).append(
                            visit(browser, meter, servers["floor"], bases["floor"] + "/" + q, CONTENT[page]))
                for page, path in plan:
                    for name in names:
                        url = bases[name] + (path if path else f"/?article={aids[name]}")
                        rows.setdefault(page, {}).setdefault(name, []).append(
                            visit(browser, meter, servers[name], url, CONTENT[page]))
                if text and wanted("paste"):
                    for name in names:
                        rows.setdefault("paste -> breakdown", {}).setdefault(name, []).append(paste_to_breakdown(
                            browser, meter, servers[name], bases[name], text + f"\n\n(نسخة {run} {time.time()})"))
            browser.close()
    finally:
        for proc in servers.values():
            proc.terminate()
            proc.wait(timeout=10)
    report(rows, names + (["floor"] if a.floor else []))
    print(f"\nload average at the end {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

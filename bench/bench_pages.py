"""Page loads as a visitor's browser sees them: first paint and usable, per page.

usage: python bench/bench_pages.py [--store URL] [--runs 3] [--chromium PATH] [--port N]

Starts ``streamlit run app.py`` (on a new SQLite store unless ``--store`` names one, e.g.
a 1,000-article store built by ``python -m core batch``) and drives headless Chromium
through Playwright, each visit in a new browser context (a new visitor, no cache):

* first visit: the very first request to a new store (only without ``--store``);
* home, share link (``?article=``), Timeline, Relations, Entities, Library: direct loads;
* paste → breakdown: the reference-sized text pasted and analysed, until its highlighted
  entities are on screen.

"first paint" is the time from navigation to the page's title on screen; "usable" to the
page's main content drawn (examples table, chart, highlighted article, entity table)
with the script finished. Wall-clock figures: they depend on the machine's load, which is
printed. Prints figures; asserts nothing.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"
TITLE = "h1"
CONTENT = {
    "home": "[data-testid='stDataFrame']",
    "share link": ".ent",
    "timeline": ".js-plotly-plot .main-svg",
    "relations": ".js-plotly-plot .main-svg",
    "entities": "[data-testid='stDataFrame']",
    "library": "[data-testid='stDataFrame']",
}
PATHS = {"home": "/", "timeline": "/timeline", "relations": "/relations", "entities": "/entities",
         "library": "/library"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(store_url: str, port: int, log: Path) -> subprocess.Popen:
    env = {**os.environ, "AKHBAR_DB_URL": store_url, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port",
                             str(port), "--server.headless", "true"], cwd=ROOT, env=env,
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


def visit(browser, url: str, content: str, timeout_ms: int = 120_000) -> tuple[float, float]:
    """(first paint, usable) in seconds for one visit in a fresh context."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = ctx.new_page()
    try:
        t0 = time.perf_counter()
        pg.goto(url, wait_until="commit")
        pg.wait_for_selector(TITLE, timeout=timeout_ms)
        paint = time.perf_counter() - t0
        pg.wait_for_selector(content, timeout=timeout_ms)
        pg.wait_for_selector(IDLE, timeout=timeout_ms)
        return paint, time.perf_counter() - t0
    finally:
        ctx.close()


def paste_to_breakdown(browser, base: str, text: str) -> float:
    """Seconds from the Analyse click to the highlighted breakdown on screen."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = ctx.new_page()
    try:
        pg.goto(base)
        pg.wait_for_selector("textarea")
        pg.wait_for_selector(IDLE)
        pg.fill("textarea", text)
        t0 = time.perf_counter()
        pg.get_by_role("button", name="Analyse").click()
        pg.wait_for_selector(".ent", timeout=120_000)
        pg.wait_for_selector(IDLE, timeout=120_000)
        return time.perf_counter() - t0
    finally:
        ctx.close()


def first_public_article(store_url: str) -> str | None:
    sys.path.insert(0, str(ROOT))
    from core.store import Store

    df, _ = Store(store_url).list_articles(None, limit=1)
    return str(df["id"].iloc[0]) if len(df) else None


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", help="an existing store URL (default: a new SQLite store)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--chromium", default=os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
    ap.add_argument("--port", type=int, default=0)
    a = ap.parse_args()
    from playwright.sync_api import sync_playwright

    tmp = Path(tempfile.mkdtemp(prefix="bench-pages-"))
    store_url = a.store or f"sqlite:///{tmp / 'pages.db'}"
    port = a.port or _free_port()
    base = f"http://127.0.0.1:{port}"
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip()
    print(f"commit {commit}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}, "
          f"store {'given' if a.store else 'new'}")
    t_start = time.perf_counter()
    proc = start_server(store_url, port, tmp / "streamlit.log")
    print(f"server up in {time.perf_counter() - t_start:.1f} s")
    rows: list[tuple[str, list[float], list[float]]] = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=a.chromium, headless=True,
                                        args=["--headless", "--no-sandbox", "--disable-gpu"])
            if not a.store:
                paint, usable = visit(browser, base + "/", CONTENT["home"])
                rows.append(("first visit (new store)", [paint], [usable]))
            aid = first_public_article(store_url)
            plan = [("home", base + "/")]
            if aid:
                plan.append(("share link", f"{base}/?article={aid}"))
            plan += [(name, base + PATHS[name]) for name in ("timeline", "relations", "entities", "library")]
            for name, url in plan:
                got = [visit(browser, url, CONTENT[name]) for _ in range(a.runs)]
                rows.append((name, [g[0] for g in got], [g[1] for g in got]))
            ref = (ROOT / "data" / "gold" / "morocco-israel-2023.txt")
            if ref.exists():
                text = ref.read_text(encoding="utf-8")
                took = [paste_to_breakdown(browser, base, text + f"\n\n(نسخة {i} {time.time()})")
                        for i in range(a.runs)]
                rows.append(("paste -> breakdown", [], took))
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print(f"{'page':<26} {'first paint s (median, max)':>28} {'usable s (median, max)':>24}")
    for name, paint, usable in rows:
        fp = f"{statistics.median(paint):.2f}, {max(paint):.2f}" if paint else "-"
        us = f"{statistics.median(usable):.2f}, {max(usable):.2f}"
        print(f"{name:<26} {fp:>28} {us:>24}")
    print(f"load average at the end {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

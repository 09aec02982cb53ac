"""Helpers shared by the end-to-end tests (waiting for Streamlit, screenshots)."""
from __future__ import annotations

import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"
# the timeline's points in its plot, not their copies in the range slider under it; the
# latest is in the opening view (an earlier one may lie left of it, off screen)
TIMELINE_POINTS = ".js-plotly-plot .cartesianlayer .subplot.xy .scatterlayer .trace .points path"


def wait_idle(pg, settle: float = 0.25) -> None:
    """Wait until the script has finished running (after load or an interaction)."""
    pg.wait_for_selector("[data-testid='stApp']")
    time.sleep(settle)
    pg.wait_for_selector(IDLE)


def goto(pg, url: str) -> None:
    pg.goto(url)
    wait_idle(pg, 0.5)


def shot(pg, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    size = pg.viewport_size
    # Streamlit scrolls inside its main container: grow the viewport to show everything
    height = pg.evaluate("() => Math.max(...[...document.querySelectorAll('[data-testid=stMain], "
                         "[data-testid=stMainBlockContainer]')].map(e => e.scrollHeight), 800)")
    pg.set_viewport_size({"width": size["width"], "height": min(int(height) + 40, 6000)})
    pg.wait_for_timeout(600)
    pg.screenshot(path=str(path), full_page=True)
    pg.set_viewport_size(size)
    return path

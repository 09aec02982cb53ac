"""A phone (390×844, touch, a mobile browser's user agent): nothing wider than the
screen, legends clear of the chart toolbar, matrix squares apart, and a tap on a
timeline event shows what a hover would instead of leaving the page."""
from __future__ import annotations

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from harness import TIMELINE_POINTS, goto, shot, wait_idle

PHONE_UA = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 "
            "(KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1")


@pytest.fixture()
def phone(browser):
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
                              has_touch=True, user_agent=PHONE_UA, locale="en-US")
    pg = ctx.new_page()
    pg.set_default_timeout(60_000)
    yield pg
    ctx.close()


def _overflow(pg) -> int:
    """How many CSS pixels the main area is wider than the screen (0: no sideways scrolling)."""
    return pg.evaluate("() => { const m = document.querySelector('[data-testid=stMain]');"
                       " return Math.max(0, m.scrollWidth - window.innerWidth, "
                       "document.documentElement.scrollWidth - window.innerWidth); }")


def _boxes_overlap(a: dict, b: dict) -> bool:
    return not (a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"]
                or a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"])


@pytest.mark.parametrize("path,ready", [("", "[data-testid='stDataFrame']"), ("timeline", ".js-plotly-plot"),
                                        ("relations", ".js-plotly-plot"),
                                        ("entities", "[data-testid='stDataFrame']"),
                                        ("library", "[data-testid='stDataFrame']")])
def test_no_page_is_wider_than_a_phone(phone, server, path, ready):
    goto(phone, f"{server}/{path}")
    phone.wait_for_selector(ready)
    wait_idle(phone)
    assert _overflow(phone) <= 2
    shot(phone, f"mobile-{path or 'analyse'}")


def test_legends_are_clear_of_the_chart_toolbar(phone, server):
    goto(phone, f"{server}/timeline")
    chart = phone.locator(".js-plotly-plot").first
    chart.locator(".legend").wait_for()
    chart.tap()  # a touch shows the toolbar
    legend = chart.locator(".legend").bounding_box()
    bar = chart.locator(".modebar-container").bounding_box()
    assert legend and (bar is None or not _boxes_overlap(legend, bar))


def test_matrix_squares_do_not_overlap_on_a_phone(phone, server):
    goto(phone, f"{server}/relations")
    matrix = phone.locator(".js-plotly-plot").nth(1)
    squares = matrix.locator(".scatterlayer .points path")
    squares.first.wait_for()
    boxes = [squares.nth(i).bounding_box() for i in range(min(squares.count(), 40))]
    boxes = [b for b in boxes if b]
    shrunk = [dict(x=b["x"] + 1, y=b["y"] + 1, width=b["width"] - 2, height=b["height"] - 2) for b in boxes]
    overlapping = sum(_boxes_overlap(a, b) for i, a in enumerate(shrunk) for b in shrunk[i + 1:])
    assert len(boxes) >= 2 and overlapping == 0


def test_a_tap_on_a_timeline_event_shows_it_with_a_link(phone, server):
    goto(phone, f"{server}/timeline?types=AGREE")
    point = phone.locator(TIMELINE_POINTS).last
    point.wait_for()
    # a tap that lands before the chart takes clicks (a loaded machine) is tapped again
    for attempt in range(3):
        point.click(force=True)
        wait_idle(phone)
        try:
            phone.wait_for_selector("blockquote", timeout=30_000)  # the event's evidence, shown on the page
            break
        except PlaywrightTimeout:
            if attempt == 2:
                raise
    assert "/timeline" in phone.url  # still here: the visitor chooses to open the article
    assert phone.get_by_role("button", name="Open article").count() >= 1
    shot(phone, "mobile-timeline-tap")

"""What a page makes the visitor's browser load: the landing page no chart library, no
page the syntax highlighter; charts kept out of the first load appear when asked for; the
link boxes copy their link. (Timings are in bench/bench_pages.py: on a shared machine they
are no test.)"""
from __future__ import annotations

from harness import goto, wait_idle

TABLE = "[data-testid='stDataFrame']"
PLOTLY_CHUNK = "PlotlyChart"
HIGHLIGHTER_CHUNK = "SyntaxHighlighter"


def loaded_scripts(pg) -> list[str]:
    return pg.evaluate("performance.getEntriesByType('resource').map(e => e.name).filter(n => n.endsWith('.js'))")


def test_the_landing_page_loads_no_chart_library_until_its_timeline_tab_is_opened(page, server):
    goto(page, server)
    page.wait_for_selector(TABLE)
    wait_idle(page, 0.5)
    assert not [s for s in loaded_scripts(page) if PLOTLY_CHUNK in s or HIGHLIGHTER_CHUNK in s]
    page.get_by_role("tab", name="Events in the library").click()
    page.wait_for_selector(".js-plotly-plot .scatterlayer .points path")
    assert [s for s in loaded_scripts(page) if PLOTLY_CHUNK in s]


def test_no_page_loads_the_syntax_highlighter_for_its_link(page, server):
    for path in ("timeline", "relations", "entities", "library"):
        goto(page, f"{server}/{path}")
        page.wait_for_selector(".al-link code")
        wait_idle(page, 0.5)
        assert f"/{path}" in page.locator(".al-link code").last.inner_text()
        assert not [s for s in loaded_scripts(page) if HIGHLIGHTER_CHUNK in s], path


def test_the_copy_button_puts_the_link_on_the_clipboard(browser, server):
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, permissions=["clipboard-read", "clipboard-write"])
    try:
        pg = ctx.new_page()
        goto(pg, f"{server}/timeline?types=AGREE")
        box = pg.locator(".al-link").last
        box.locator("button").click()
        pg.wait_for_function("() => [...document.querySelectorAll('.al-link button')].some(b => b.textContent === 'check')")
        copied = pg.evaluate("navigator.clipboard.readText()")
        assert copied == box.locator("code").inner_text() and "types=AGREE" in copied
    finally:
        ctx.close()


def test_charts_and_lists_kept_out_of_the_first_load_appear_when_opened(page, server):
    goto(page, f"{server}/relations")
    page.wait_for_selector(".js-plotly-plot")
    assert page.locator(".choroplethlayer").count() == 0
    page.get_by_text("Countries mentioned").click()
    page.wait_for_selector(".js-plotly-plot .choroplethlayer path", timeout=20_000)
    goto(page, f"{server}/timeline")
    undated = page.get_by_text("without a date")
    if undated.count():  # the bundled examples have undated events
        tables = page.locator(TABLE).count()
        undated.first.click()
        wait_idle(page)
        page.wait_for_function("n => document.querySelectorAll(\"[data-testid='stDataFrame']\").length > n", arg=tables)

"""The dashboard in a real browser: the reference article end to end, sharing,
script injection, a Windows-1256 upload, and a screenshot of every page."""
from __future__ import annotations

import time
from pathlib import Path

from harness import ROOT, TIMELINE_POINTS, goto, shot, wait_idle

REFERENCE = (ROOT / "data" / "gold" / "morocco-israel-2023.txt").read_text(encoding="utf-8")
SUBMIT = "[data-testid='stFormSubmitButton'] button"
TIMINGS: dict[str, float] = {}


def paste_and_analyse(pg, text: str) -> float:
    """Paste, click Analyse; seconds until the highlighted article shows this text."""
    pg.locator("textarea").first.fill(text)
    probe = text.strip().split()[-1][-12:]
    t0 = time.perf_counter()
    pg.locator(SUBMIT).click()
    pg.wait_for_function("p => [...document.querySelectorAll('.al-article')]"
                         ".some(e => e.textContent.includes(p))", arg=probe)
    elapsed = time.perf_counter() - t0
    wait_idle(pg, 0.05)
    return elapsed


def chart_texts(pg, index: int) -> list[str]:
    pg.locator(".js-plotly-plot").nth(index).locator("g.textpoint text").first.wait_for(state="attached")
    return pg.locator(".js-plotly-plot").nth(index).locator("g.textpoint text").evaluate_all(
        "els => els.map(e => e.textContent)")


def test_deep_link_as_the_servers_first_request(page, server):
    # must stay the first test: Streamlit's legacy pages/ mode is on until st.navigation has run once
    goto(page, f"{server}/timeline?types=AGREE")
    page.wait_for_url("**/timeline?types=AGREE")
    page.wait_for_selector("[data-testid='stSidebarNav']")
    wait_idle(page)
    page.get_by_role("heading", name="Timeline").wait_for()
    assert "Library" in page.locator("[data-testid='stSidebarNav']").inner_text()
    # the first run after start-up may redraw the page once: wait for the seeded choice to show
    page.wait_for_function("() => (document.querySelector(\"[data-testid='stMultiSelect']\") || {})"
                           ".innerText?.includes('AGREE')", timeout=30_000)


def test_reference_article_breakdown(page, server):
    goto(page, server)
    page.wait_for_selector("[data-testid='stDataFrame']")  # the landing page has drawn
    elapsed = paste_and_analyse(page, REFERENCE)
    TIMINGS["breakdown_after_click_s"] = elapsed
    assert page.locator(".al-article .ent-COUNTRY").count() >= 4
    years = chart_texts(page, 0)
    assert {"2020", "2021", "2023"} <= set(years), years
    nodes = " ".join(chart_texts(page, 1))
    assert "Morocco" in nodes and "Israel" in nodes and "Algeria" in nodes
    # hover titles carry canonical names and normalised dates
    titles = page.locator(".al-article span[title]").evaluate_all("els => els.map(e => e.title)")
    assert any("Morocco" in t for t in titles)
    shot(page, "analyse-reference")
    again = paste_and_analyse(page, REFERENCE.replace("الثلاثاء", "الأربعاء", 1))
    print(f"\nbreakdown visible {elapsed:.2f} s after the first click, {again:.2f} s after the second")
    assert elapsed < 3.0 and again < 2.0  # generous: shared CI machines; see DASHBOARD.md for measured figures


def test_share_link_opens_same_breakdown(page, browser, server):
    goto(page, server)
    paste_and_analyse(page, REFERENCE)
    link = page.locator(".al-link code").first.inner_text().strip()
    assert "?article=" in link
    page.locator("[data-testid='stMetricValue']").nth(4).wait_for()  # the five headline figures
    metrics = page.locator("[data-testid='stMetricValue']").all_inner_texts()
    fresh = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        p2 = fresh.new_page()
        goto(p2, link)
        p2.wait_for_selector(".al-article")
        p2.locator("[data-testid='stMetricValue']").nth(len(metrics) - 1).wait_for()
        wait_idle(p2, 0.3)
        assert p2.locator("[data-testid='stMetricValue']").all_inner_texts() == metrics
        assert {"2020", "2021", "2023"} <= set(chart_texts(p2, 0))
        shot(p2, "analyse-shared-link")
    finally:
        fresh.close()


def test_script_injection_is_inert(page, server):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    goto(page, server)
    evil = "<script>alert('x')</script> اتفق المغرب وإسرائيل <img src=x onerror=\"alert('y')\">"
    paste_and_analyse(page, evil)
    page.wait_for_selector(".al-article")
    article = page.locator(".al-article")
    assert "<script>alert('x')</script>" in article.inner_text()
    assert article.locator("img, script").count() == 0
    page.wait_for_timeout(300)
    assert dialogs == []


def test_windows_1256_upload(page, server, tmp_path):
    goto(page, server)
    body = "قطعت الجزائر علاقاتها الدبلوماسية مع المغرب في صيف 2021."
    page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(
        files=[{"name": "cp1256.txt", "mimeType": "text/plain", "buffer": body.encode("cp1256")}])
    page.get_by_text("cp1256.txt").wait_for()
    page.locator(SUBMIT).click()
    wait_idle(page)
    page.wait_for_selector(".al-article")
    assert body in page.locator(".al-article").inner_text()


def test_bad_upload_gives_a_clear_message(page, server):
    goto(page, server)
    page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(
        files=[{"name": "broken.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4 broken"}])
    page.get_by_text("broken.pdf").wait_for()
    page.locator(SUBMIT).click()
    wait_idle(page)
    assert "broken.pdf" in page.locator("[data-testid='stAlert']").first.inner_text()


def test_every_page_renders_and_is_screenshotted(page, server):
    for path, name, check in [("", "analyse-landing", "[data-testid='stDataFrame']"),
                              ("timeline", "timeline", ".js-plotly-plot"),
                              ("relations?pair=ISR%7CMAR", "relations", ".js-plotly-plot"),
                              ("entities", "entities", "[data-testid='stDataFrame']"),
                              ("library", "library", "[data-testid='stDataFrame']")]:
        t0 = time.perf_counter()
        goto(page, f"{server}/{path}")
        page.wait_for_selector(check)
        TIMINGS[f"{name}_page_s"] = time.perf_counter() - t0
        assert page.locator("[data-testid='stException']").count() == 0
        if name == "relations":  # the world map is drawn once its expander is opened
            page.get_by_text("Countries mentioned").click()
            page.wait_for_selector(".js-plotly-plot .choroplethlayer path", timeout=20_000)
            wait_idle(page)
            assert "Israel" in page.locator("[data-testid='stMain']").inner_text()
        shot(page, name)


def test_arabic_interface_is_right_to_left(page, server):
    goto(page, server)
    page.locator("[data-testid='stSidebar']").get_by_text("العربية").click()
    page.wait_for_function("() => { const m = document.querySelector(\"[data-testid='stMain']\");"
                           " return m && getComputedStyle(m).direction === 'rtl'; }", timeout=20_000)
    wait_idle(page, 0.5)
    paste_and_analyse(page, REFERENCE)
    page.wait_for_selector(".al-article")
    font = page.locator(".al-article").evaluate("e => getComputedStyle(e).fontFamily")
    assert "Noto Naskh Arabic" in font
    shot(page, "analyse-arabic")
    assert "lang=" in page.url
    for path, check in [("relations", ".js-plotly-plot"), ("timeline", ".js-plotly-plot"),
                        ("entities", "[data-testid='stDataFrame']"), ("library", "[data-testid='stDataFrame']")]:
        goto(page, f"{server}/{path}?lang=%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9")
        page.wait_for_selector(check)
        assert page.locator("[data-testid='stMain']").evaluate("e => getComputedStyle(e).direction") == "rtl"
        shot(page, f"{path}-arabic")


def test_clicking_a_timeline_event_opens_its_article(page, server):
    goto(page, f"{server}/timeline?types=AGREE")
    page.wait_for_selector(".js-plotly-plot .scatterlayer .points path")
    star = page.locator(TIMELINE_POINTS).last
    star.click(force=True)
    page.wait_for_url("**/?article=*")
    page.wait_for_selector(".al-article")


def test_jsonl_batch_keeps_good_lines_and_reports_the_broken_one(page, server):
    import json

    goto(page, server)
    lines = [json.dumps({"title": "أ", "text": "اتفقت مصر والسودان على تعزيز التعاون الاقتصادي يوم الأحد."},
                        ensure_ascii=False),
             "{not json",
             json.dumps({"title": "ب", "text": "قطعت البحرين علاقاتها مع قطر في يونيو 2017."}, ensure_ascii=False)]
    page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(
        files=[{"name": "batch.jsonl", "mimeType": "application/json", "buffer": "\n".join(lines).encode()}])
    page.get_by_text("batch.jsonl").wait_for()
    page.locator(SUBMIT).click()
    wait_idle(page)
    page.wait_for_selector(".al-article")
    alerts = " ".join(page.locator("[data-testid='stAlert']").all_inner_texts())
    assert "batch.jsonl line 2" in alerts and "2 articles stored" in alerts


def test_own_articles_stay_listed_after_a_reload_but_not_for_others(page, browser, server):
    goto(page, server)
    page.locator("textarea").first.fill("التقى وزير الخارجية المصري نظيره الأردني في عمان يوم الاثنين.")
    page.get_by_label("Title (optional)").fill("private-note-42")
    page.locator(SUBMIT).click()
    wait_idle(page)
    page.wait_for_selector(".al-article")
    goto(page, f"{server}/library?lq=private-note-42")
    page.reload()
    wait_idle(page, 0.5)
    page.get_by_text("1 articles").wait_for()
    other = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        p2 = other.new_page()
        goto(p2, f"{server}/library?lq=private-note-42")
        p2.get_by_text("0 articles").wait_for()
    finally:
        other.close()


def test_upload_over_the_limit_is_refused_with_a_message(page, server):
    goto(page, server)
    big = b"a" * (20 * 1024 * 1024 + 4096)  # just over the app's 20 MB
    page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(
        files=[{"name": "huge.txt", "mimeType": "text/plain", "buffer": big}])
    page.get_by_text("huge.txt").wait_for()
    page.wait_for_timeout(500)
    text = page.locator("[data-testid='stFileUploader']").inner_text()
    print("\nuploader says:", text.replace("\n", " | "))
    assert "20.0MBorsmaller" in text.replace(" ", "")


def test_downloads_of_an_article(page, server):
    goto(page, server)
    paste_and_analyse(page, REFERENCE)
    wait_idle(page, 0.5)
    for label, needle in (("JSON", b'"entities"'), ("CSV", b"type,agreement"), ("Excel", b"PK")):
        data = _download(page, label)
        assert needle in data[:4000], label
        wait_idle(page, 0.3)


def _download(page, label: str) -> bytes:
    """The file a download button gives. The data is made when the button is pressed, and
    a press that lands while the page is still re-running after the previous download
    can be lost on a loaded machine: one more press, once the page is idle, says whether
    the button works."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout  # here: the module is skipped without playwright

    button = page.locator("[data-testid='stDownloadButton']").get_by_role("button", name=label, exact=True)
    for attempt in (1, 2):
        try:
            with page.expect_download(timeout=30_000) as info:
                button.click()
            return Path(info.value.path()).read_bytes()
        except PlaywrightTimeout:
            if attempt == 2:
                raise
            wait_idle(page, 1.0)


def test_clicking_a_matrix_square_lists_that_pairs_events(page, server):
    goto(page, f"{server}/relations")
    matrix = page.locator(".js-plotly-plot").nth(1)
    matrix.locator(".scatterlayer .points path").first.wait_for()
    matrix.locator(".scatterlayer .points path").first.click(force=True)
    wait_idle(page)
    page.wait_for_url("**/relations?pair=*")
    assert page.locator("blockquote").count() >= 1  # evidence of the pair's events


def test_highlighted_words_stay_joined_without_hidden_characters(page, server):
    """A mark inside a word (ب|الرباط) keeps the letters joined in the browser, and the
    article's text is exactly the pasted text (nothing invisible is copied with it)."""
    goto(page, server)
    paste_and_analyse(page, REFERENCE)
    plain, marked, broken = page.evaluate("""() => {
      const art = document.querySelector('.al-article');
      const width = html => {
        const d = document.createElement('div');
        d.className = 'al-article';
        d.style.cssText = 'position:absolute;visibility:hidden;display:inline-block;white-space:nowrap';
        d.innerHTML = html;
        art.parentNode.appendChild(d);
        const w = d.getBoundingClientRect().width;
        d.remove();
        return w;
      };
      return [width('بالرباط'), width('ب<span class="ent ent-PLACE">الرباط</span>'), width('ب&#x200c;الرباط')];
    }""")
    assert abs(plain - marked) < 1.0 and broken - plain > 2.0, (plain, marked, broken)
    text = page.locator(".al-article").first.evaluate("e => e.textContent")
    assert "\u200d" not in text and REFERENCE.strip().split("\n")[0] in text

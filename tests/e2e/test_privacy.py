"""Two visitors in separate browser contexts: private stays private, shared views say what
they leave out, a bad listing never shows a traceback, and a closed tab stops its work."""
from __future__ import annotations

import os
import time
from urllib.parse import parse_qs, urlparse

import pytest

from harness import goto, shot, wait_idle

SUBMIT = "[data-testid='stFormSubmitButton'] button"
TEXT = "اتفق المغرب وإسرائيل يوم 17 يناير 2023 على توسيع التعاون العسكري بينهما في الرباط."


def visitor(browser):
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-US")
    pg = ctx.new_page()
    pg.set_default_timeout(60_000)
    return ctx, pg


def paste(pg, server: str, text: str, title: str) -> str:
    goto(pg, server)
    pg.locator("textarea").first.fill(text)
    pg.get_by_label("Title (optional)").fill(title)
    pg.locator(SUBMIT).click()
    pg.wait_for_url("**/?article=*")
    pg.wait_for_selector(".al-article")
    wait_idle(pg)
    return parse_qs(urlparse(pg.url).query)["article"][0]


def share_link(pg, must_hold: str = "seen=") -> str:
    code = pg.locator(".al-link code", has_text=must_hold).first
    code.wait_for()
    return "".join(code.inner_text().split())


def test_pasting_what_another_visitor_stored_privately_gives_an_own_copy(browser, server):
    a_ctx, alice = visitor(browser)
    b_ctx, bob = visitor(browser)
    try:
        a_id = paste(alice, server, TEXT + " ملاحظة أولى.", "alice-secret-title")
        b_id = paste(bob, server, TEXT + " ملاحظة أولى.", "bob-own-title")
        assert a_id != b_id
        heading = bob.locator("[data-testid='stHeading']").all_inner_texts()
        assert "bob-own-title" in " ".join(heading) and "alice-secret-title" not in bob.content()
        goto(bob, f"{server}/library?lq=bob-own-title")
        bob.get_by_text("1 articles").wait_for()
        goto(bob, f"{server}/library?lq=alice-secret-title")
        bob.get_by_text("0 articles").wait_for()
    finally:
        a_ctx.close()
        b_ctx.close()


def _open_batch_upload(pg):
    """Open the Library's batch expander unless it is open (its dropzone shows), and
    return it: the locators stay inside it, as a page being replaced may still show the
    analyse page's uploader for a moment (two dropzones, a strict-mode failure)."""
    batch = pg.get_by_role("group").filter(has_text="Batch upload")
    zone = batch.locator("[data-testid='stFileUploaderDropzone']")
    if not zone.is_visible():
        pg.get_by_text("Batch upload").click()
    zone.wait_for()
    return batch


def test_a_csv_another_visitor_imported_lands_in_the_second_visitors_library(browser, server):
    rows = ["title,text"] + [f"csv-import-{i},\"{TEXT} خبر رقم {i}.\"" for i in range(3)]
    data = ("\n".join(rows)).encode("utf-8")
    for name in ("first", "second"):
        ctx, pg = visitor(browser)
        try:
            goto(pg, f"{server}/library")
            batch = _open_batch_upload(pg)
            batch.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(
                files=[{"name": "articles.csv", "mimeType": "text/csv", "buffer": data}])
            pg.get_by_text("articles.csv").wait_for(state="attached")
            wait_idle(pg, 0.5)
            pg.get_by_text("articles.csv").wait_for()  # the upload's rerun keeps the expander open
            pg.get_by_role("button", name="Import").click()
            pg.get_by_text("Imported 3 new articles (0 already stored)").wait_for()
            goto(pg, f"{server}/library?lq=csv-import")
            pg.get_by_text("3 articles").wait_for()
        finally:
            ctx.close()


def test_a_filtered_timeline_link_tells_sender_and_recipient_what_is_private(browser, server):
    s_ctx, sender = visitor(browser)
    r_ctx, recipient = visitor(browser)
    try:
        paste(sender, server, TEXT + " نسخة المرسل.", "sender-private")
        goto(sender, f"{server}/timeline?types=AGREE")
        sender.get_by_text("come from your private articles").wait_for()
        link = share_link(sender)
        seen = int(parse_qs(urlparse(link).query)["seen"][0])
        goto(recipient, link)
        recipient.get_by_text(f"saw {seen} events with these filters").wait_for()
        shot(recipient, "timeline-link-recipient")
        # the sender includes the private article: the recipient then sees all of it
        sender.get_by_text("Include these").click()
        wait_idle(sender)
        link = share_link(sender, "with=")
        goto(recipient, link)
        caption = recipient.get_by_text("Showing").first.inner_text()
        assert caption.startswith(f"Showing {seen} of {seen}")
        assert recipient.get_by_text("not shared with you").count() == 0
    finally:
        s_ctx.close()
        r_ctx.close()


def test_entities_selection_then_an_empty_search_or_a_far_page_shows_no_traceback(page, server):
    goto(page, f"{server}/entities?q=الجزائر")
    grid = page.locator("[data-testid='stDataFrame']").first
    grid.wait_for()
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 12, box["y"] + 52)  # the first row's selection cell
    wait_idle(page)
    page.get_by_role("heading", name="Algeria").wait_for()
    search = page.get_by_test_id("stTextInputField").first
    search.fill("zzzz")
    search.press("Enter")
    wait_idle(page)
    goto(page, f"{server}/entities?epage=99")
    text = page.locator("[data-testid='stMain']").inner_text()
    assert "Traceback" not in text and "IndexError" not in text and "Something went wrong" not in text
    page.get_by_text("No entities on this page").wait_for()


def _cpu_seconds(pid: int) -> float:
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="reads the server's CPU time from /proc")
def test_closing_the_tab_stops_the_analysis_of_a_long_article(browser, server, server_pid):
    from harness import ROOT

    paragraphs = [p for p in (ROOT / "data" / "gold" / "train").glob("*.txt")]
    body = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(paragraphs))
    long_text = (body + "\n\n") * 3  # about a million characters: a minute of analysis or more
    ctx, pg = visitor(browser)
    goto(pg, server)
    pg.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(
        files=[{"name": "long.txt", "mimeType": "text/plain", "buffer": long_text.encode("utf-8")}])
    pg.get_by_text("long.txt").wait_for()
    wait_idle(pg, 0.5)
    pg.locator(SUBMIT).click()
    pg.get_by_text("Analysing").first.wait_for()
    time.sleep(3)
    busy = _cpu_seconds(server_pid)
    ctx.close()  # the visitor leaves
    time.sleep(6)  # the session is disconnected and its script stopped within a tick
    t0 = _cpu_seconds(server_pid)
    time.sleep(5)
    idle = _cpu_seconds(server_pid) - t0
    print(f"\nserver CPU while analysing: {busy:.1f} s in all; in 5 s after the tab closed: {idle:.2f} s")
    assert idle < 1.5

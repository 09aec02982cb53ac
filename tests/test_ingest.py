"""Ingest: encodings, formats, and clear refusals."""
from __future__ import annotations

import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.ingest import (MAX_BYTES, BinaryFile, CorruptDocument, EmptyText, FileTooLarge, IngestError,
                         NoArabicText, UnsupportedFormat, check_text, decode_bytes, html_to_text, read_upload)

AR = "اتفق المغرب وإسرائيل على توسيع تعاونهما العسكري في الرباط."


@pytest.mark.parametrize("encoding,prefix", [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""), ("utf-16-le", b""), ("utf-16-be", b""),
    ("cp1256", b""),
])
def test_encodings_are_detected(encoding, prefix):
    data = prefix + AR.encode(encoding)
    text, _ = decode_bytes(data)
    assert text.lstrip("\ufeff") == AR


def test_windows_1256_upload_reads_arabic():
    res = read_upload("article.txt", ("عنوان\n" + AR).encode("cp1256"))
    assert res.articles[0]["text"].endswith(AR) and not res.problems


def test_html_drops_scripts_and_keeps_title():
    html = f"<html><head><title>عنوان الخبر</title><script>alert(1)</script></head><body><p>{AR}</p>" \
           "<style>p{}</style><p>سطر &amp; ثان</p></body></html>"
    text, title = html_to_text(html)
    assert title == "عنوان الخبر" and "alert" not in text and AR in text and "سطر & ثان" in text
    res = read_upload("page.html", html.encode("utf-8"))
    assert res.articles[0]["title"] == "عنوان الخبر"


def test_jsonl_broken_line_is_reported_and_rest_kept():
    lines = [json.dumps({"title": "أ", "text": AR}, ensure_ascii=False), "{broken", "",
             json.dumps({"title": "ب", "text": AR + " ثانيا"}, ensure_ascii=False),
             json.dumps({"title": "no text"})]
    res = read_upload("batch.jsonl", "\n".join(lines).encode("utf-8"))
    assert [a["title"] for a in res.articles] == ["أ", "ب"]
    assert len(res.problems) == 2 and "line 2" in res.problems[0] and "line 5" in res.problems[1]


def test_record_fields_are_found_whatever_the_case_and_spaces_of_their_keys():
    from core.ingest import record_to_article

    art = record_to_article({" Text ": AR, "TITLE": "عنوان", "Date": "2018-05-01", "link": "", "URL": "http://x",
                             "المصدر": "وكالة"}, "line 1")
    assert (art["text"], art["title"], art["published"], art["url"], art["source"]) == (
        AR, "عنوان", "2018-05-01", "http://x", "وكالة")
    # an empty field is passed over for the next name of the same field
    assert record_to_article({"text": AR, "published": "", "date": "2020-01-02"}, "x")["published"] == "2020-01-02"


def test_csv_rows_become_articles():
    buf = io.StringIO()
    buf.write("title,source,published,text\n")
    buf.write(f'عنوان,BBC,2018-05-01,"{AR}"\n')
    buf.write("فارغ,BBC,2018-05-01,\n")
    res = read_upload("batch.csv", buf.getvalue().encode("utf-8"))
    assert len(res.articles) == 1 and res.articles[0]["published"] == "2018-05-01"
    assert "row 3" in res.problems[0]
    with pytest.raises(IngestError, match="'text' column"):
        read_upload("bad.csv", b"a,b\n1,2\n")


def test_docx_and_pdf():
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.core_properties.title = "عنوان"
    d.add_paragraph(AR)
    buf = io.BytesIO()
    d.save(buf)
    res = read_upload("a.docx", buf.getvalue())
    assert res.articles[0]["text"] == AR and res.articles[0]["title"] == "عنوان"


@pytest.mark.parametrize("name,data,exc", [
    ("a.pdf", b"%PDF-1.4 garbage that is not a pdf", CorruptDocument),
    ("a.pdf", b"hello", CorruptDocument),
    ("a.docx", b"PK\x03\x04 not really a zip", CorruptDocument),
    ("a.docx", b"plain text", CorruptDocument),
    ("a.txt", b"\x89PNG\r\n\x1a\n\x00\x00", BinaryFile),
    ("a.txt", b"abc\x00\x01\x02def\x00", BinaryFile),
    ("a.exe", b"MZ", UnsupportedFormat),
    ("a.txt", b"   \n ", EmptyText),
])
def test_bad_files_raise_named_errors(name, data, exc):
    with pytest.raises(exc) as e:
        read_upload(name, data)
    assert name in str(e.value)


def test_size_limit_is_clear():
    with pytest.raises(FileTooLarge, match="20 MB limit"):
        read_upload("big.txt", b"a" * (MAX_BYTES + 1))


def test_check_text():
    assert check_text("  " + AR + " ") == AR
    with pytest.raises(EmptyText):
        check_text("   ")
    with pytest.raises(NoArabicText):
        check_text("Only English here.")


def _as_pdf_gives_it(text: str) -> str:
    """The same text as a PDF's text layer often holds it: every letter a presentation
    form, every line mirrored (visual order)."""
    import unicodedata

    forms = {}
    for cp in list(range(0xFE70, 0xFEFF)):
        c = chr(cp)
        base = unicodedata.normalize("NFKC", c)
        if len(base) == 1 and "\u0621" <= base <= "\u064a":
            forms.setdefault(base, c)
    return "\n".join("".join(forms.get(ch, ch) for ch in line)[::-1] for line in text.split("\n"))


def test_pdf_text_in_presentation_forms_and_visual_order_is_repaired_and_reported():
    from core.ingest import repair_pdf_text

    original = ("اتفق المغرب وإسرائيل على توسيع التعاون العسكري في الرباط\n"
                "وقال الوزير إن الاتفاق الذي تم بين البلدين من أجل السلام")
    text, notes = repair_pdf_text(_as_pdf_gives_it(original))
    assert text == original
    assert len(notes) == 1 and "presentation-form" in notes[0] and "2 of 2 lines" in notes[0]
    assert repair_pdf_text(original) == (original, [])  # a clean text layer is left alone


def test_a_pdf_upload_carries_the_warning_to_the_article(monkeypatch):
    import core.ingest as ingest

    monkeypatch.setattr(ingest, "pdf_to_text", lambda data, name: _as_pdf_gives_it("قال الوزير إن الاتفاق تم في الرباط"))
    res = ingest.read_upload("a.pdf", b"%PDF-1.4 ...")
    art = res.articles[0]
    assert art["text"] == "قال الوزير إن الاتفاق تم في الرباط"
    assert art["warnings"] and "unreliable" in art["warnings"][0]


SAVED_PAGE = """<html><head><title>عنوان الموقع</title><meta property="og:site_name" content="صحيفة المثال">
<meta property="article:published_time" content="2023-01-17T10:00:00Z"></head><body>
<nav><ul><li>الرئيسية</li><li>سياسة</li><li>رياضة</li></ul></nav>
<article><h1>المغرب وإسرائيل يتفقان على توسيع تعاونهما العسكري</h1>
<p>اتفق المغرب وإسرائيل على توسيع تعاونهما العسكري ليشمل الاستعلام والدفاع الجوي، وفق بيان صدر في الرباط يوم الثلاثاء.</p>
<p>وقال البيان إن الاجتماع الأول للجنة المشتركة عقد بالرباط يومي الاثنين والثلاثاء بحضور مسؤولين من البلدين.</p></article>
<aside><h3>أخبار ذات صلة</h3><ul><li>قطر تستضيف كأس العالم للأندية</li><li>ارتفاع أسعار النفط عالميا</li></ul></aside>
<footer>جميع الحقوق محفوظة لصحيفة المثال 2023</footer></body></html>"""


def test_a_saved_web_page_gives_its_article_not_its_menus_and_footer():
    from core.ingest import read_upload

    art = read_upload("page.html", SAVED_PAGE.encode("utf-8")).articles[0]
    assert "توسيع تعاونهما العسكري" in art["text"] and "للجنة المشتركة" in art["text"]
    for chrome in ("الرئيسية", "أخبار ذات صلة", "أسعار النفط", "جميع الحقوق"):
        assert chrome not in art["text"]
    assert art["title"] == "المغرب وإسرائيل يتفقان على توسيع تعاونهما العسكري"
    assert art["published"] == "2023-01-17" and art["source"] == "صحيفة المثال"
    assert "trafilatura" in art["reader"]


def test_a_page_without_an_article_falls_back_to_its_whole_text():
    from core.ingest import read_upload

    art = read_upload("short.html", "<html><body><p>قصير جدا</p></body></html>".encode("utf-8")).articles[0]
    assert art["text"] == "قصير جدا" and "whole page" in art["reader"]


_WHITE = " \t\u00a0\n\r\ufeff\u2009\x0b\x0c\x1c\x85\u2028\u3000"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(_WHITE + "ab جـ")), max_size=20))
def test_clean_text_is_the_line_by_line_cleaning(text):
    """clean_text looks for runs of spaces over the whole text only when there are any:
    the same result as squeezing and stripping each line."""
    import re

    from core.ingest import clean_text

    spaces, blank = re.compile(r"[ \t\u00a0]+"), re.compile(r"\n[ \t\u00a0]*(\n[ \t\u00a0]*)+")
    t = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    t = "\n".join(spaces.sub(" ", line).strip() for line in t.split("\n"))
    assert clean_text(text) == blank.sub("\n\n", t).strip()

"""Files and uploads → article dicts ``{title, source, url, published, text, name}``.

Handles the encodings Arabic text really arrives in (UTF-8 with or without BOM,
UTF-16, Windows-1256), HTML, PDF (pypdf), DOCX (python-docx), and several articles at
once as JSON lines or CSV. Every refusal is a named exception whose message names the
file and says what to do; in JSONL/CSV a bad line is reported and the rest kept.
"""
from __future__ import annotations

import csv
import functools
import io
import json
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from core.errors import AkhbarError, EmptyTextError
from core.notices import notice

PASTED = notice("the_text")  # where a pasted text is: it has no file name

MAX_BYTES = 20 * 1024 * 1024
TEXT_EXTENSIONS = (".txt", ".md", ".text")
HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
MULTI_EXTENSIONS = (".jsonl", ".ndjson", ".csv", ".json")
SUPPORTED = TEXT_EXTENSIONS + HTML_EXTENSIONS + MULTI_EXTENSIONS + (".pdf", ".docx")
TEXT_FIELDS = ("text", "body", "content", "article", "النص")
TITLE_FIELDS = ("title", "headline", "العنوان")

_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_LETTER = re.compile(r"[^\W\d_]")
_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*(\n[ \t\u00a0]*)+")
_SPACES = re.compile(r"[ \t\u00a0]+")
_BINARY_MAGIC = {
    b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
    b"\x7fELF": "a program", b"MZ": "a Windows program", b"\x1f\x8b": "a gzip archive",
    b"Rar!": "a RAR archive", b"7z\xbc\xaf": "a 7-Zip archive", b"\xd0\xcf\x11\xe0": "an old Office (.doc/.xls) file",
}


class IngestError(AkhbarError):
    """A file or record that cannot be read as articles; the message is meant for the user."""

    kind = "bad-input"


class FileTooLarge(IngestError):
    kind = "too-long"

    def __init__(self, name: str, size: int, limit: int = MAX_BYTES):
        super().__init__(notice("file_too_large", size=f"{size / 2**20:.1f}", limit=f"{limit / 2**20:.0f}"), name)


class UnsupportedFormat(IngestError):
    kind = "not-text"

    def __init__(self, name: str):
        super().__init__(notice("unsupported", formats=", ".join(SUPPORTED)), name)


class BinaryFile(IngestError):
    kind = "not-text"

    def __init__(self, name: str, what: str = "a binary file"):
        super().__init__(notice("binary", what=what), name)


class UndecodableText(IngestError):
    kind = "undecodable"

    def __init__(self, name: str):
        super().__init__(notice("undecodable"), name)


class CorruptDocument(IngestError):
    kind = "corrupt-file"

    def __init__(self, name: str, kind: str, detail: str):
        super().__init__(notice("corrupt", kind=kind, detail=detail), name)


class EmptyText(IngestError, EmptyTextError):
    """An empty file or record (the ingest side of :class:`core.errors.EmptyTextError`)."""

    kind = "empty"

    def __init__(self, name: str = PASTED, reason: str | None = None):
        AkhbarError.__init__(self, reason or notice("no_text"), name)


class NoArabicText(IngestError):
    kind = "not-arabic"

    def __init__(self, name: str = PASTED):
        super().__init__(notice("not_arabic"), name)


@dataclass
class IngestResult:
    articles: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # reported, not fatal (bad JSONL lines ...)


# --- text checks ----------------------------------------------------------------------
def arabic_ratio(text: str) -> float:
    """Share of letters that are Arabic."""
    letters = _LETTER.findall(text)
    if not letters:
        return 0.0
    return sum(1 for c in letters if _ARABIC.match(c)) / len(letters)


def check_text(text: str | None, name: str = PASTED) -> str:
    """The text, stripped, or EmptyText / NoArabicText."""
    text = (text or "").strip()
    if not text:
        raise EmptyText(name)
    if not _ARABIC.search(text):
        raise NoArabicText(name)
    return text


def clean_text(text: str) -> str:
    """Unify line endings, squeeze blank lines and runs of spaces, drop a BOM.

    Runs of spaces are looked for with three substring searches first: most texts have
    none, and the regex scan over every character was most of the cost of reading an
    archive line (0.04 of 0.05 ms for a corpus article). Over the whole text at once, as
    the class holds no line break, it gives what it gave line by line."""
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    if "  " in text or "\t" in text or "\u00a0" in text:
        text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()


# --- decoding -------------------------------------------------------------------------
def _looks_utf16(data: bytes) -> str | None:
    if len(data) < 32:
        return None
    even, odd = data[0::2], data[1::2]
    if odd.count(0) > 0.3 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.3 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    # Arabic in UTF-16: high bytes 0x06 on every other position
    if odd.count(6) > 0.3 * len(odd):
        return "utf-16-le"
    if even.count(6) > 0.3 * len(even):
        return "utf-16-be"
    return None


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    return sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t") / len(text)


def sniff_binary(data: bytes, name: str) -> None:
    """Raise BinaryFile for images, programs, archives and other non-text bytes."""
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise BinaryFile(name, what)
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return
    if _looks_utf16(head):
        return  # decode_bytes checks the decoded text
    if b"\x00" in head:
        raise BinaryFile(name)


def decode_bytes(data: bytes, name: str = "file") -> tuple[str, str]:
    """(text, encoding) of text bytes: BOMs, UTF-8, UTF-16, Windows-1256, then a detector."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    sniff_binary(data, name)
    guess16 = _looks_utf16(data[:4096])
    if guess16:
        try:
            text = data.decode(guess16)
            if _control_ratio(text) < 0.05:
                return text, guess16
        except UnicodeDecodeError:
            pass
        if b"\x00" in data[:4096]:
            raise BinaryFile(name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:  # Arabic legacy encoding: accept when it yields mostly Arabic letters
        text = data.decode("cp1256")
        if arabic_ratio(text) > 0.5:
            return text, "windows-1256"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UndecodableText(name)
    return str(best), best.encoding


# --- formats --------------------------------------------------------------------------
class _HTMLText(HTMLParser):
    _SKIP = {"script", "style", "noscript", "template", "svg", "head"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
              "header", "footer", "blockquote", "pre", "ul", "ol", "table", "hr", "figure", "figcaption"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self._skip = 0
        self._in_title = False
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in self._SKIP:
            self._skip += 1
        if tag == "title":
            self._in_title = True
        if tag == "h1":
            self._in_h1 = True
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        if tag == "title":
            self._in_title = False
        if tag == "h1":
            self._in_h1 = False
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skip:
            self.parts.append(data)
            if self._in_h1:
                self.h1_parts.append(data)


MAIN_CONTENT_MIN_CHARS = 80  # below this, the main-content extractor found no article


def html_article(html: str, name: str) -> dict[str, Any]:
    """An article dict from a saved web page: its main text, title, publication date and
    site name, and which reader produced them (``reader``).

    trafilatura (a maintained main-content extractor) leaves out menus, "related
    stories" and footers, which a tag stripper would hand to the analysis as if they
    were the article, and reads the page's date and outlet from its metadata. The plain
    reader below is the fallback for pages it finds no article in."""
    try:
        import trafilatura

        found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            include_tables=False, deduplicate=True)
    except ImportError:
        found = None
    if found is not None:
        d = found.as_dict() if hasattr(found, "as_dict") else dict(found)
        text = clean_text(d.get("text") or "")
        if len(text) >= MAIN_CONTENT_MIN_CHARS:
            return {"title": (d.get("title") or "").strip() or None, "text": text, "name": name,
                    "published": d.get("date") or None, "source": (d.get("sitename") or "").strip() or None,
                    "url": d.get("url") or None, "reader": "main content (trafilatura)"}
    body, title = html_to_text(html)
    return {"title": title, "text": body, "name": name, "reader": "whole page (no main content found)"}


def html_to_text(html: str) -> tuple[str, str | None]:
    """(visible text, title) of an HTML page; scripts and styles dropped."""
    p = _HTMLText()
    p.feed(html)
    p.close()
    title = clean_text("".join(p.title_parts) or "".join(p.h1_parts)) or None
    return clean_text("".join(p.parts)), title


def pdf_to_text(data: bytes, name: str) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise CorruptDocument(name, "PDF", "it is encrypted")
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise CorruptDocument(name, "PDF", type(e).__name__) from e


_PRESENTATION = re.compile(r"[\uFB50-\uFDFF\uFE70-\uFEFF]")
_ARABIC_WORD = re.compile(r"[\u0621-\u064A]{2,}")
COMMON_WORDS_SHOWN = 400  # the most frequent news words tell reading order from mirrored order


@functools.lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """The most frequent words of Arabic news (data/lexicons/word_stats.tsv, normalised,
    most frequent first)."""
    from core.lexicon import read_table

    rows = read_table("word_stats.tsv")
    return frozenset(r["word"] for _, r in rows[:COMMON_WORDS_SHOWN])


def _reads_mirrored(line: str) -> bool:
    """True when the line's Arabic words read as frequent words only once each is
    reversed: the PDF stored the line in visual (left-to-right) order."""
    from core.text import normalize_for_match

    common = _common_words()
    words = _ARABIC_WORD.findall(line)
    if len(words) < 3:
        return False
    ahead = sum(normalize_for_match(w) in common for w in words)
    back = sum(normalize_for_match(w[::-1]) in common for w in words)
    return back >= 2 and back > 2 * ahead


def repair_pdf_text(text: str) -> tuple[str, list[str]]:
    """Arabic text as PDFs often give it back, made readable, and what was done.

    Presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF: one code point per letter shape,
    ligatures such as ﻻ) become ordinary letters by NFKC, applied to those blocks only;
    lines stored in visual order (letters and words mirrored) are turned around. Both
    are signs of a PDF whose text layer is unreliable, so each is reported."""
    n_forms = len(_PRESENTATION.findall(text))
    if n_forms:
        text = _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    lines = text.split("\n")
    mirrored = [i for i, ln in enumerate(lines) if _reads_mirrored(ln)]
    if mirrored:
        for i in mirrored:
            lines[i] = lines[i][::-1]
        text = "\n".join(lines)
    counts = dict(forms=f"{n_forms:,}", k=len(mirrored), n=sum(1 for ln in lines if ln.strip()))
    key = ("pdf_both" if mirrored else "pdf_forms") if n_forms else "pdf_mirrored" if mirrored else None
    return text, [notice(key, **counts)] if key else []


def docx_to_text(data: bytes, name: str) -> tuple[str, str | None]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        d = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as e:
        raise CorruptDocument(name, "DOCX", type(e).__name__) from e
    text = clean_text("\n".join(p.text for p in d.paragraphs))
    return text, (d.core_properties.title or None)


def _pick(low: dict[str, Any], keys: tuple[str, ...]) -> Any:
    """The first of ``keys`` with a value in ``low`` (a record with its keys stripped and
    lowercased)."""
    return next((low[k] for k in keys if low.get(k) not in (None, "")), None)


def record_to_article(d: dict[str, Any], where: str) -> dict[str, Any]:
    """One JSON object / CSV row → article dict; IngestError when it has no text.

    The keys are stripped and lowercased once per record, not once per field looked
    up (five times: 0.022 against 0.018 ms per corpus record, in the batch's main process)."""
    if not isinstance(d, dict):
        raise IngestError(notice("record_no_text"), where)
    low = {str(k).strip().lower(): v for k, v in d.items()}
    text = _pick(low, TEXT_FIELDS)
    if not isinstance(text, str) or not text.strip():
        raise EmptyText(where, notice("record_empty"))
    return {"title": _pick(low, TITLE_FIELDS), "source": _pick(low, ("source", "outlet", "المصدر")),
            "url": _pick(low, ("url", "link")), "published": _pick(low, ("published", "date", "التاريخ")),
            "text": clean_text(text), "name": where}


def jsonl_to_articles(text: str, name: str) -> IngestResult:
    res = IngestResult()
    stripped = text.lstrip()
    if stripped.startswith("["):  # a JSON array is accepted too
        try:
            items = json.loads(stripped)
        except json.JSONDecodeError as e:
            raise IngestError(notice("bad_json", detail=e.msg, line=e.lineno), name, "bad-json") from e
        lines = [(i + 1, item) for i, item in enumerate(items)]
    else:
        lines = []
        for no, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                lines.append((no, json.loads(line)))
            except json.JSONDecodeError as e:
                where = notice("at_line", name=name, line=no)
                res.problems.append(notice("skipped", problem=f"{where}: {notice('invalid_json', detail=e.msg)}"))
    for no, obj in lines:
        try:
            res.articles.append(record_to_article(obj, notice("at_line", name=name, line=no)))
        except IngestError as e:
            res.problems.append(notice("skipped", problem=e))
    return res


def csv_to_articles(text: str, name: str) -> IngestResult:
    res = IngestResult()
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    if not reader.fieldnames or not any(str(f).strip().lower() in TEXT_FIELDS for f in reader.fieldnames):
        raise IngestError(notice("csv_no_text", found=", ".join(reader.fieldnames or [])), name)
    try:
        for no, row in enumerate(reader, 2):
            try:
                res.articles.append(record_to_article(row, notice("at_row", name=name, row=no)))
            except IngestError as e:
                res.problems.append(notice("skipped", problem=e))
    except csv.Error as e:
        res.problems.append(f"{name}: {notice('csv_stopped', row=reader.line_num, detail=e)}")
    return res


def read_upload(name: str, data: bytes, max_bytes: int = MAX_BYTES) -> IngestResult:
    """Articles in one uploaded file. Raises IngestError subclasses for unusable files."""
    if len(data) > max_bytes:
        raise FileTooLarge(name, len(data), max_bytes)
    ext = Path(name).suffix.lower()
    if ext not in SUPPORTED:
        raise UnsupportedFormat(name)
    if not data.strip():
        raise EmptyText(name)
    stem = name
    if ext == ".pdf":
        if not data.startswith(b"%PDF"):
            raise CorruptDocument(name, "PDF", "no PDF header")
        text, notes = repair_pdf_text(pdf_to_text(data, name))
        return IngestResult([{"title": None, "text": clean_text(text), "name": name, "warnings": notes}])
    if ext == ".docx":
        if not data.startswith(b"PK"):
            raise CorruptDocument(name, "DOCX", "not a Word document")
        text, title = docx_to_text(data, name)
        return IngestResult([{"title": title, "text": text, "name": name}])
    text, _enc = decode_bytes(data, name)
    if ext in (".jsonl", ".ndjson", ".json"):
        return jsonl_to_articles(text, name)
    if ext == ".csv":
        return csv_to_articles(text, name)
    if ext in HTML_EXTENSIONS or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        return IngestResult([html_article(text, name)])
    return IngestResult([{"title": None, "text": clean_text(text), "name": stem}])

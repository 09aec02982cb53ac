"""Reading archives as a stream of articles: JSON lines, CSV, folders, zip archives and
single documents, each record with its place in the input (file and line, row, archive
member), and every unreadable part reported as a :class:`Problem` instead of stopping
the run."""
from __future__ import annotations

import csv
import gzip
import io
import json
import os
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SINGLE_DOC_EXT = (".txt", ".md", ".text", ".html", ".htm", ".xhtml", ".pdf", ".docx")
JSONL_EXT = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
CSV_EXT = (".csv", ".csv.gz")
JSON_EXT = (".json",)
ZIP_EXT = (".zip",)


# --- records and problems ---------------------------------------------------------------
@dataclass
class Record:
    """One article read from an input, not yet analysed."""
    text: str
    where: str  # "file line 12", "archive.zip:folder/a.txt", "file.csv row 7"
    meta: dict[str, Any] = field(default_factory=dict)  # id, title, source, url, published


@dataclass
class Problem:
    """Something in the input that was skipped (or, ``fatal=False``, only noted)."""
    where: str
    reason: str
    kind: str = "bad-input"
    skipped: bool = True

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


def _ext(name: str) -> str:
    low = name.lower()
    for e in (".jsonl.gz", ".ndjson.gz", ".csv.gz"):
        if low.endswith(e):
            return e
    return os.path.splitext(low)[1]


# --- reading inputs (streaming) ----------------------------------------------------------
def _record_from_obj(obj: Any, where: str) -> Record | Problem:
    from core.ingest import IngestError, record_to_article

    try:
        art = record_to_article(obj, where)
    except IngestError as e:
        return _problem(e, where)
    meta = {k: art.get(k) for k in ("title", "source", "url", "published") if art.get(k) not in (None, "")}
    ext_id = obj.get("id") if isinstance(obj, dict) else None
    if ext_id not in (None, ""):
        meta["id"] = str(ext_id)
    return Record(art["text"], where, meta)


def _problem(e: Any, where: str) -> Problem:
    """The Problem of an error of the project's family: its reason and kind, at ``where``."""
    return Problem(where, e.reason, e.kind)


def _decode_line(raw: bytes, where: str) -> str | Problem:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from core.ingest import IngestError, decode_bytes

    try:
        text, _enc = decode_bytes(raw, where)
    except IngestError:
        return Problem(where, "undecodable bytes (not UTF-8, UTF-16 or Windows-1256)", "undecodable")
    return text


def iter_jsonl(stream: Iterable[bytes], name: str) -> Iterator[Record | Problem]:
    """Records of a JSON-lines byte stream, one line at a time."""
    no = 0
    try:
        for no, raw in enumerate(stream, 1):
            if no == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            where = f"{name} line {no}"
            line = _decode_line(raw, where)
            if isinstance(line, Problem):
                yield line
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                yield Problem(where, f"not valid JSON ({e.msg})", "bad-json")
                continue
            yield _record_from_obj(obj, where)
    except (OSError, EOFError, zipfile.BadZipFile) as e:  # truncated gzip, bad CRC ...
        yield Problem(name, f"stopped reading after line {no} ({type(e).__name__}: {e})", "corrupt-file")


def _sniff_encoding(head: bytes, name: str) -> str:
    """Encoding of a text stream from its first bytes (a multi-byte letter may be cut at the end)."""
    import codecs

    from core.ingest import decode_bytes

    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    cut = head[:head.rfind(b"\n") + 1] or head
    return decode_bytes(cut, name)[1]


def iter_csv(binary: io.BufferedIOBase | Any, name: str) -> Iterator[Record | Problem]:
    """Records of a CSV byte stream (encoding sniffed from the first 64 KB), row by row."""
    from core.ingest import TEXT_FIELDS, IngestError

    head = binary.read(65536)
    if not head.strip():
        yield Problem(name, "empty file", "empty")
        return
    try:
        enc = _sniff_encoding(head, name)
    except IngestError as e:
        yield _problem(e, name)
        return
    stream = io.TextIOWrapper(io.BufferedReader(_Prepend(head, binary)), encoding=enc, newline="")
    csv.field_size_limit(max(csv.field_size_limit(), 50_000_000))
    sample = head[:4096].decode(enc, errors="ignore")
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(stream, dialect=dialect)
    try:
        fields = reader.fieldnames or []
    except (csv.Error, UnicodeDecodeError) as e:
        yield Problem(name, f"unreadable CSV header ({e})", "corrupt-file")
        return
    if not any(str(f).strip().lower().lstrip("\ufeff") in TEXT_FIELDS for f in fields):
        yield Problem(name, f"no 'text' column (found: {', '.join(map(str, fields))})", "bad-input")
        return
    no = 1
    try:
        for no, row in enumerate(reader, 2):
            yield _record_from_obj(row, f"{name} row {no}")
    except (csv.Error, UnicodeDecodeError, OSError, EOFError) as e:
        yield Problem(name, f"stopped reading after row {no} ({type(e).__name__}: {e})", "corrupt-file")


class _Prepend(io.RawIOBase):
    """A byte stream with some already-read bytes put back in front."""

    def __init__(self, head: bytes, rest: Any):
        self._head, self._rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        if self._head:
            n = min(len(b), len(self._head))
            b[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(b))
        b[:len(data)] = data
        return len(data)


def _single_document(data: bytes, where: str) -> Iterator[Record | Problem]:
    from core.ingest import IngestError, read_upload

    try:
        res = read_upload(where, data)
    except IngestError as e:
        yield _problem(e, where)
        return
    for art in res.articles:
        text = art.get("text") or ""
        if not text.strip():
            yield Problem(where, "empty text", "empty")
            continue
        meta = {"title": art["title"]} if art.get("title") else {}
        yield Record(text, where, meta)


def iter_zip(source: Any, name: str) -> Iterator[Record | Problem]:
    """Records of every member of a zip archive (nested folders and archives too)."""
    from core.ingest import MAX_BYTES

    try:
        zf = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, EOFError) as e:
        yield Problem(name, f"not a readable zip archive ({e})", "corrupt-file")
        return
    with zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            where = f"{name}:{info.filename}"
            ext = _ext(info.filename)
            try:
                if ext in JSONL_EXT:
                    with zf.open(info) as f:
                        yield from iter_jsonl(gzip.open(f) if ext.endswith(".gz") else f, where)
                elif ext in CSV_EXT:
                    with zf.open(info) as f:
                        yield from iter_csv(gzip.open(f) if ext.endswith(".gz") else f, where)
                elif ext in ZIP_EXT:
                    with zf.open(info) as f:
                        yield from iter_zip(io.BytesIO(f.read()), where)
                elif ext in SINGLE_DOC_EXT or ext in JSON_EXT:
                    if info.file_size > MAX_BYTES:
                        yield Problem(where, f"{info.file_size / 2**20:.1f} MB is over the "
                                             f"{MAX_BYTES / 2**20:.0f} MB limit", "too-long")
                        continue
                    data = zf.read(info)
                    if ext in JSON_EXT:
                        yield from _json_document(data, where)
                    else:
                        yield from _single_document(data, where)
                else:
                    yield Problem(where, f"not a text member ({ext or 'no extension'})", "not-text")
            except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as e:
                yield Problem(where, f"unreadable member ({type(e).__name__}: {e})", "corrupt-file")


def _json_document(data: bytes, where: str) -> Iterator[Record | Problem]:
    """A .json file: an array of articles or one article object."""
    from core.ingest import IngestError, decode_bytes

    try:
        text, _ = decode_bytes(data, where)
    except IngestError as e:
        yield _problem(e, where)
        return
    try:
        obj = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as e:
        yield Problem(where, f"not valid JSON ({e.msg} at line {e.lineno})", "bad-json")
        return
    if isinstance(obj, list):
        for i, item in enumerate(obj, 1):
            yield _record_from_obj(item, f"{where} item {i}")
    else:
        yield _record_from_obj(obj, where)


def iter_file(path: Path, name: str | None = None) -> Iterator[Record | Problem]:
    """Records of one input file, chosen by its extension."""
    from core.ingest import MAX_BYTES

    name = name or str(path)
    ext = _ext(path.name)
    try:
        if ext in JSONL_EXT:
            opener = gzip.open if ext.endswith(".gz") else open
            with opener(path, "rb") as f:
                yield from iter_jsonl(f, name)
        elif ext in CSV_EXT:
            opener = gzip.open if ext.endswith(".gz") else open
            with opener(path, "rb") as f:
                yield from iter_csv(f, name)
        elif ext in ZIP_EXT:
            with open(path, "rb") as f:
                yield from iter_zip(f, name)
        elif ext in SINGLE_DOC_EXT or ext in JSON_EXT:
            size = path.stat().st_size
            if size > MAX_BYTES:
                yield Problem(name, f"{size / 2**20:.1f} MB is over the {MAX_BYTES / 2**20:.0f} MB limit",
                              "too-long")
                return
            data = path.read_bytes()
            yield from (_json_document(data, name) if ext in JSON_EXT else _single_document(data, name))
        else:
            yield Problem(name, f"not a supported input ({ext or 'no extension'}); use .jsonl, .jsonl.gz, "
                                ".csv, .txt, .zip or a folder", "not-text")
    except OSError as e:
        yield Problem(name, f"cannot read ({e.strerror or e})", "corrupt-file")


def iter_inputs(paths: Sequence[str | os.PathLike]) -> Iterator[Record | Problem]:
    """Every record of every input, in order (folders walked in sorted order)."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for f in sorted(x for x in path.rglob("*") if x.is_file()):
                yield from iter_file(f, str(f))
        elif path.exists():
            yield from iter_file(path, str(path))
        else:
            yield Problem(str(path), "no such file or folder", "missing")


def estimate_count(paths: Sequence[str | os.PathLike], limit: int | None = None) -> int | None:
    """A quick upper estimate of the number of articles (for the progress bar's ETA), or
    ``limit`` once the count reaches it.

    Why the limit: a run of the first 2,000 articles of an 18,000-article gzipped archive
    decompressed all of it to count its lines, 0.2 CPU-s of the main process (0.1 ms per
    article of the run) for a total the bar then cut to 2,000 anyway."""
    total = 0
    try:
        for p in paths:
            path = Path(p)
            files = sorted(x for x in path.rglob("*") if x.is_file()) if path.is_dir() else [path]
            for f in files:
                if limit is not None and total >= limit:
                    return limit
                total += _count_file(f, None if limit is None else limit - total)
    except (OSError, EOFError, zipfile.BadZipFile):
        return None
    return total if limit is None else min(total, limit)


def _count_file(f: Path, limit: int | None) -> int:
    """The articles of one file by :func:`estimate_count`'s estimate (lines of a JSON-lines
    or CSV file counted until ``limit``)."""
    ext = _ext(f.name)
    if ext in JSONL_EXT or ext in CSV_EXT:
        header = 1 if ext in CSV_EXT else 0
        opener = gzip.open if ext.endswith(".gz") else open
        n = 0
        with opener(f, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                n += block.count(b"\n")
                if limit is not None and n - header >= limit:
                    break
        return max(n - header, 1)
    if ext in ZIP_EXT:
        with zipfile.ZipFile(f) as zf:
            return sum(1 for i in zf.infolist() if not i.is_dir())
    return 1


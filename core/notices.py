"""What the core tells the user, in words an interface can say in its own language.

The core speaks English: the command line, the JSON export and the store keep its
messages as text. An Arabic page that shows those sentences as they are leaves its
reader with English in the middle of Arabic; so each message is made from a template
here, and an interface finds the key and the fields back from the text alone (``read``)
— also for a message read back from the store years later — and says it with its own
template of the same key (the dashboard's ``notice_<key>`` strings). A message no
template made (a library's own error detail) reads back as None and is shown as it is.
"""
from __future__ import annotations

import re
from functools import lru_cache

# key -> English template; {field}s are filled by ``notice``
TEMPLATES: dict[str, str] = {
    # warnings on an analysis
    "no_arabic": "the text contains no Arabic script; Akhbar Lens reads Arabic news",
    "relative_dates": ("no publication date was given or found in the text: {n} relative date(s) such as "
                       "\"{example}\" stay unresolved; give the publication date to place them on the timeline"),
    "tagger_off": "the statistical name tagger is off ({problem}); names come from the rules only",
    "pdf_forms": ("The PDF's text may be unreliable (check names and dates against the original): "
                  "{forms} Arabic presentation-form characters were turned into ordinary letters."),
    "pdf_mirrored": ("The PDF's text may be unreliable (check names and dates against the original): "
                     "{k} of {n} lines were stored right to left in mirrored order and were turned around."),
    "pdf_both": ("The PDF's text may be unreliable (check names and dates against the original): "
                 "{forms} Arabic presentation-form characters were turned into ordinary letters; "
                 "{k} of {n} lines were stored right to left in mirrored order and were turned around."),
    # input refused
    "empty": "the text is empty or only whitespace: paste or upload an article",
    "no_text": "there is no text to analyse",
    "too_many_chars": "the text has {n} characters, more than the limit of {limit}",
    "file_too_large": "{size} MB is over the {limit} MB limit; split it into smaller files",
    "unsupported": "unsupported file type; use one of {formats}.",
    "binary": "this is {what}, not text; upload .txt, .html, .pdf, .docx, .jsonl or .csv.",
    "undecodable": "the text encoding could not be recognised; save it as UTF-8 and retry.",
    "corrupt": "the {kind} file could not be read ({detail}); is it damaged or protected?",
    "not_arabic": "no Arabic text found; Akhbar Lens analyses Arabic news.",
    "bad_date": "not a date in the form YYYY-MM-DD: {value}",
    "record_no_text": "expected an object with a 'text' field",
    "record_empty": "empty text (no 'text' field)",
    "bad_json": "not valid JSON ({detail} at line {line})",
    "invalid_json": "not valid JSON ({detail})",
    "skipped": "{problem}; skipped",
    "csv_no_text": "the CSV needs a 'text' column (found: {found})",
    "csv_stopped": "stopped reading at row {row} ({detail})",
}
# where in a file: the place a message names before its ": "
PLACES: dict[str, str] = {
    "at_line": "{name} line {line}",
    "at_row": "{name} row {row}",
    "the_text": "the text",  # a pasted text, which has no file name
}
NUMBER_FIELDS = {"n", "k", "line", "row", "size", "limit", "forms"}  # digits only, read back as such


def notice(key: str, **fields: object) -> str:
    """The English message (or place) of ``key`` with its fields."""
    return (TEMPLATES.get(key) or PLACES[key]).format(**fields)


@lru_cache(maxsize=2)
def _patterns(places: bool = False) -> list[tuple[str, re.Pattern]]:
    out = []
    for key, template in (PLACES if places else TEMPLATES).items():
        parts = re.split(r"\{(\w+)\}", template)
        rx = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>{_FIELD[p in NUMBER_FIELDS]})"
                     for i, p in enumerate(parts))
        out.append((len(template) - sum(len(p) + 2 for p in parts[1::2]), key, re.compile(rx + r"\Z", re.S)))
    # the most specific template first: "{problem}; skipped" matches what a longer one does
    return [(key, rx) for _, key, rx in sorted(out, key=lambda x: -x[0])]


_FIELD = (r".+?", r"[\d.,]+")


def read_place(where: str) -> tuple[str | None, dict[str, str]]:
    """(key, fields) of a place made by ``notice`` ("batch.jsonl line 3"), else (None, {})."""
    for key, rx in _patterns(True):
        m = rx.match(where)
        if m:
            return key, m.groupdict()
    return None, {}


def read(message: str) -> tuple[str | None, str, dict[str, str]]:
    """(key, where, fields) of a message made by ``notice``, behind an optional
    "where: " prefix (a file name, a line); (None, "", {}) for any other text."""
    text = str(message)
    heads = [("", text)]
    cut = text.find(": ")
    while cut > 0:  # a file name may itself hold ": "
        heads.append((text[:cut], text[cut + 2:]))
        cut = text.find(": ", cut + 2)
    for where, rest in heads:
        for key, rx in _patterns():
            m = rx.match(rest)
            if m:
                return key, where, m.groupdict()
    return None, "", {}

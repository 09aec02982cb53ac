"""A headline for an article that came without one (a paste, a file or a batch line
with no title).

Lists, timelines and relation charts name an article by its title; without one they
could only show its id, which tells a reader nothing. The first sentence of the text,
after its dateline ("دبي، الإمارات العربية المتحدة (CNN)-- ..."), is what a news
editor would have put there, cut at a word so that it fits a table's column.
"""
from __future__ import annotations

import re

# "دبي، الإمارات العربية المتحدة (CNN)-- ...": where the report was filed, before the
# outlet's name in brackets and a dash
DATELINE = re.compile(r"[^\n().،,:]{1,40}(?:[،,][^\n().،,:]{1,40})?\s*\([^()\n]{1,30}\)\s*[-–—]+")
# a full stop, a question or exclamation mark before a space or the end ("3.5" goes on)
_SENTENCE_END = re.compile(r"[.!?؟](?=\s|$)")
LIMIT = 90  # characters: about one line of the Library's headline column
_TRAILING = " \t،,:;-–—"


def dateline_end(text: str) -> int | None:
    """The character after an opening dateline, None when the text opens without one."""
    m = DATELINE.match(text)
    return m.end() if m else None


def headline(text: str | None, limit: int = LIMIT) -> str | None:
    """The first sentence of ``text`` after its dateline, cut at the last whole word
    within ``limit`` characters (with "…" when cut); None for a text without words."""
    for line in (text or "").splitlines():
        line = line.strip()
        if not line:
            continue
        line = line[dateline_end(line) or 0:].strip() or line
        if (m := _SENTENCE_END.search(line)) is not None and m.start() > 0:
            line = line[:m.start()]
        line = line.strip(_TRAILING)
        if not line:
            continue
        if len(line) <= limit:
            return line
        cut = line[:limit + 1].rsplit(None, 1)[0] if " " in line[:limit + 1] else line[:limit]
        return cut.rstrip(_TRAILING) + "…"
    return None

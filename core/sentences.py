"""Sentences and clauses of a text: spans over the original text, found where their break
characters stand (``str.find``), the break patterns tried only there.

Apart from ``core.text`` (which gives these names too) so that the text layer's module
stays within its size.
"""
from __future__ import annotations

import re


# --- sentences -----------------------------------------------------------------------
# Sentence ends: . ! ? ؟ and line breaks; not a dot inside a number or a URL, not an
# initial ("U.S."). Clauses additionally break at Arabic commas and semicolons.
# Both read as written in the comments below, rearranged so that each begins with one
# character class (the line break or punctuation that can start a match, the lookbehind
# telling which alternative it started): the regex engine then skips ahead with a fast
# scan for that class instead of trying every alternative at every character, 2-5 times
# faster; tests check each against its plain form.
# sentence end: [.!?؟…]+(?=\s|$|["”»)’])["”»)’]*  or  \n+
_SENT_END = re.compile(r"[.!?؟…\n](?:(?<=\n)\n*|(?<!\n)[.!?؟…]*(?=\s|$|[\"”»)’])[\"”»)’]*)")
# clause end: [،;؛:]  or  \s-\s  or  \s–\s
_CLAUSE_END = re.compile(r"[،;؛:\s](?:(?<=[،;؛:])|[-–]\s)")


def _abbreviation_dot(text: str, k: int) -> bool:
    """Whether the dot at k ends a one-letter Arabic abbreviation ("د. أيمن"، "م. خالد"),
    a title before a name rather than the end of a sentence."""
    return text[k] == "." and k >= 1 and "\u0621" <= text[k - 1] <= "\u064a" and (k == 1 or text[k - 2].isspace()) \
        and k + 1 < len(text) and text[k + 1] == " "


def _offsets_of(text: str, chars: str, start: int = 0, end: int | None = None) -> list[int]:
    """The offsets of ``chars`` in ``text[start:end]``, in order: each character found by
    str.find (a scan in C) instead of a regex test of every character, which cost 100
    instructions a character for the sentence ends (a sentence ends at one of few)."""
    if end is None:
        end = len(text)
    out = []
    find = text.find
    for c in chars:
        k = find(c, start, end)
        while k != -1:
            out.append(k)
            k = find(c, k + 1, end)
    out.sort()
    return out


_SENT_END_CHARS = ".!?؟…\n"  # the characters a sentence end (_SENT_END) starts with
_CLAUSE_MARKS = "،;؛:"  # a clause end of one character
_CLAUSE_DASHES = "-–"  # a clause end between two spaces


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) over the original text, trimmed of whitespace.

    ``_SENT_END`` is tried only where one of its first characters stands (found by
    ``_offsets_of``), in order and past the last match: the matches ``finditer`` gives."""
    out = []
    pos = 0
    consumed = 0  # the end of the last sentence end matched
    match = _SENT_END.match
    for k in _offsets_of(text, _SENT_END_CHARS):
        if k < consumed:
            continue
        m = match(text, k)
        if m is None:
            continue
        consumed = m.end()
        if text[k] == "." and _abbreviation_dot(text, k):
            continue
        _add_trimmed(out, text, pos, consumed)
        pos = consumed
    _add_trimmed(out, text, pos, len(text))
    return out


def _add_trimmed(out: list[tuple[int, int]], text: str, s: int, e: int) -> None:
    """Append text[s:e] trimmed of whitespace, unless nothing is left."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append((s, e))


def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans inside the sentence [start, end): the sentence cut at ``_CLAUSE_END``'s
    matches, found as its characters (``_offsets_of``; a dash only between two whitespace
    characters of the sentence, not within the last such match) instead of by a regex that
    stopped at every space."""
    out = []
    pos = start
    consumed = start
    isspace = str.isspace
    for k in _offsets_of(text, _CLAUSE_MARKS + _CLAUSE_DASHES, start, end):
        if text[k] in _CLAUSE_DASHES:
            if k - 1 < consumed or k + 1 >= end or not isspace(text[k - 1]) or not isspace(text[k + 1]):
                continue
            a, b = k - 1, k + 2
        else:
            a, b = k, k + 1
        if a > pos:
            out.append((pos, a))
        pos = consumed = b
    if end > pos:
        out.append((pos, end))
    return out

"""Pieces that several patterns share: numbers, month names, the year after a date.

Each takes the token view and a position and answers a small tuple (what was read and
where it ends) or None; none of them makes a candidate.
"""
from __future__ import annotations

from typing import NamedTuple

from core.times.calendar import hijri_to_gregorian
from core.times.view import TokenView

_DATE_SEPARATORS = ("/", "-", ".")
# what may stand between the two names of a doubled month (نوفمبر/تشرين الثاني, آذار (مارس))
_MONTH_DOUBLERS = ("/", "(", "-", "–", "\\", "|", "،", ",", "")
_HIJRI_YEARS = (1300, 1500)  # a four-digit number in this range after a Hijri month is its year
_HIJRI_TABLE_YEARS = (1343, 1500)  # the Hijri years hijridate converts


class MonthName(NamedTuple):
    m: int
    family: str  # msa, lev, mag, dz, en, hijri
    strong: bool  # a month even where the word could be something else
    doubled: bool  # written twice (نوفمبر/تشرين الثاني)


def year_num(v: TokenView, i: int, lo: int = 1000, hi: int = 2199):
    """(year, end, dropped) of a four-digit Gregorian year, with an optional م after it."""
    d = v.digits(i)
    if d and d[1] == 4 and lo <= d[0] <= hi and d[3] != "ه" and v.plain_number(i):
        j = i + 1
        if not d[3] and v.spaced(i) and v.reading(j, "ad", single=True):
            j += 1
        return d[0], j, d[2]
    return None


def number(v: TokenView, i: int):
    """(value or 'X', end, dropped) of a cardinal number at token i."""
    d = v.digits(i)
    if d:
        if d[3] or not v.plain_number(i):
            return None
        return d[0], i + 1, d[2]
    r = v.reading(i, "num")
    if not r:
        return None
    n, j, drop = r
    if n == "X":
        return n, j, drop
    if n < 10 and v.spaced(j - 1):
        nx = v.reading(j, "num", single=True)
        if nx and nx[0] == 10 and nx[2] == 0:  # ثلاثة عشر
            return n + 10, j + 1, drop
        if nx and isinstance(nx[0], int) and 20 <= nx[0] <= 90 and v.word(j).startswith("و"):
            return n + nx[0], j + 1, drop
    return n, j, drop


def month(v: TokenView, i: int):
    """((month, family, strength), end, dropped) of a month name at token i."""
    return v.reading(i, "month")


def monthx(v: TokenView, i: int):
    """A month name, possibly doubled ("نوفمبر/تشرين الثاني", "آذار (مارس)"):
    (MonthName, end, dropped)."""
    r = month(v, i)
    if not r:
        return None
    (m, fam, strength), j, drop = r
    doubled = False
    while True:
        g = v.gap(j - 1)
        if g is None or g.strip() not in _MONTH_DOUBLERS or len(g) > 4 or "\n" in g:
            break
        r2 = month(v, j)
        if not r2 or (r2[0][1] == "hijri") != (fam == "hijri"):
            break
        if r2[0][0] != m and fam != "hijri":
            break
        doubled = True
        j = r2[1]
    return MonthName(m, fam, strength == "strong" or doubled, doubled), j, drop


def _past_year_words(v: TokenView, j: int, of: str, year_word: str) -> int:
    """The token after the words that may stand between a month and its year, each
    optional and followed by a space: a word of role ``of`` ("من"), then one of role
    ``year_word`` ("عام")."""
    k = j
    if v.role(k, of) and v.spaced(k):
        k += 1
    if v.role(k, year_word) and v.spaced(k):
        k += 1
    return k


def year_after(v: TokenView, j: int):
    """(year, end) of an explicit year after a month or day: "2021", "من عام 2021", ", 2023"."""
    if not v.gap_ok(j - 1):
        return None
    k = _past_year_words(v, j, "of", "year_word")
    r = year_num(v, k)
    if r:
        return r[0], r[1]
    return None


def rel_after(v: TokenView, j: int):
    """(offset, end) of الماضي / الجاري / المقبل right after token j-1."""
    if not v.spaced(j - 1):
        return None
    r = v.reading(j, "rel", single=True)
    if r and r[2] == 0:
        return r[0], r[1]
    return None


def day_at(v: TokenView, i: int):
    """(day, end, dropped) of a day of the month: a number 1–31 or an ordinal word."""
    d = v.digits(i)
    if d:
        if d[1] <= 2 and 1 <= d[0] <= 31 and not d[3] and v.plain_number(i):
            g = v.gap(i - 1)
            if g is not None and g.strip() in _DATE_SEPARATORS and v.digits(i - 1):
                return None
            return d[0], i + 1, d[2]
        return None
    r = v.reading(i, "ord")
    if r and r[2] <= 1:
        return r
    return None


def year_after_hijri(v: TokenView, j: int):
    """(Hijri year, end) after a Hijri month: "1444", "من عام 1444"."""
    if not v.gap_ok(j - 1):
        return None
    k = _past_year_words(v, j, "from", "hijri_year_word")
    d = v.digits(k)
    if d and d[1] == 4 and _HIJRI_YEARS[0] <= d[0] <= _HIJRI_YEARS[1] and d[3] != "م":
        return d[0], k + 1
    return None


def hmark_after(v: TokenView, j: int):
    """End of the Hijri mark (هـ, هجري) that closes an expression ending at token j-1."""
    if 0 < j <= v.n:
        d = v.digits(j - 1)
        if d and d[3] == "ه":
            return j
    if v.gap_ok(j - 1, ("",)):
        r = v.reading(j, "hmark", single=True)
        if r:
            return r[1]
    return None


def hijri_year(v: TokenView, i: int):
    """A Hijri year ("1439 هـ", "1439هـ"): (the Gregorian year its middle falls in, end, dropped)."""
    d = v.digits(i)
    if not d or d[1] != 4 or not _HIJRI_TABLE_YEARS[0] <= d[0] <= _HIJRI_TABLE_YEARS[1]:
        return None
    j = i + 1
    if d[3] != "ه":
        if d[3] or not v.gap_ok(i, ("",)) or not v.reading(j, "hmark", single=True):
            return None
        j += 1
    middle = hijri_to_gregorian(d[0], 6, 15)
    return (middle.year, j, d[2]) if middle else None

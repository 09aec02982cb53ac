"""Dates built from parsed numbers: the one place where an impossible date is caught.

A day, month and year read from text may name no day at all (31 April, 30 Safar in a
29-day year, a Hijri year outside the Umm al-Qura tables); each builder answers None
then, and every other error is a fault of the grammar and is left to surface.
"""
from __future__ import annotations

import datetime as dt

from hijridate import Gregorian, Hijri
from hijridate.ummalqura import GREGORIAN_RANGE, HIJRI_RANGE

_FIRST_HIJRI_YEAR, _LAST_HIJRI_YEAR = HIJRI_RANGE[0][0], HIJRI_RANGE[1][0]
_MAX_ORDINAL = dt.date.max.toordinal()
_FIRST_DAY, _LAST_DAY = dt.date(*GREGORIAN_RANGE[0]), dt.date(*GREGORIAN_RANGE[1])


def make_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def parse_day(s: str) -> dt.date | None:
    """The day of an ISO date or datetime string (its first ten characters)."""
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        return None


def hijri_to_gregorian(hy: int, hm: int, hd: int) -> dt.date | None:
    """The Gregorian day of a Hijri date (Umm al-Qura), None outside its tables."""
    if not _FIRST_HIJRI_YEAR <= hy <= _LAST_HIJRI_YEAR:
        return None
    try:
        g = Hijri(hy, hm, hd).to_gregorian()
    except ValueError:
        return None
    return dt.date(g.year, g.month, g.day)


def gregorian_to_hijri(day: dt.date) -> Hijri | None:
    """The Hijri date of a day, None outside the Umm al-Qura tables."""
    if not _FIRST_DAY <= day <= _LAST_DAY:
        return None
    return Gregorian(day.year, day.month, day.day).to_hijri()


def add_days(day: dt.date, n: int) -> dt.date | None:
    """The day n days later (earlier when negative), None past the calendar's ends."""
    o = day.toordinal() + n
    if not 1 <= o <= _MAX_ORDINAL:
        return None
    return dt.date.fromordinal(o)


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def duration_value(n, unit: str) -> str:
    """TIMEX3 duration of n units ("X" when the number is vague)."""
    if unit == "DE":
        return f"P{n * 10}Y" if n != "X" else "PXDE"
    if unit == "C":
        return f"P{n * 100}Y" if n != "X" else "PXCE"
    if unit == "H":
        return f"PT{n}H"
    if unit == "MI":
        return f"PT{n}M"
    return f"P{n}{unit}"

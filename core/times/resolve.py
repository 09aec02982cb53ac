"""Values of candidates: one resolver per kind, in text order, against an anchor.

The anchor is the publication date, else the latest full date written in the text.
Resolution keeps two memories as it walks the text: the last explicit year (what "ذلك
العام" refers to) and the last explicit year of each sentence (the year of a month
named without one). A resolver answers ``(value, mod, anchor)``, or None when the
candidate cannot be valued.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Callable

from core.times.calendar import add_days, add_months, gregorian_to_hijri, hijri_to_gregorian, make_date
from core.times.candidates import (Ago, Cand, Century, Decade, DayMonth, DayMonthOfYear, DayOfRelMonth, DayOffset,
                                   Duration, FullDate, HijriDate, HijriMonth, Month, MonthOfYear, Part, Quarter,
                                   Ref, RelCentury, RelPeriod, RelSeason, Season, ThatYear, Weekday, WeekdayDate,
                                   WeekdayNear, Weekend, Year, YearMonth)
from core.times.view import TokenView

# A month or day named without a year lies at most this far after the anchor; beyond it,
# it is the last one before (news mostly reports the past, and announces the near future).
_AHEAD_MONTHS = 2
_AHEAD_DAYS = 61
_AHEAD_DAYS_FUTURE = 300  # when the context announces the future
_AHEAD_MONTHS_FUTURE = 10
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_PLACEHOLDER = {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX"}
_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_MID_MONTH = 15  # a Hijri month without its day is dated by its middle

Value = tuple  # (value, mod, anchor)


class Resolver:
    def __init__(self, view: TokenView, anchor: dt.date | None, anchor_src: str):
        self.v = view
        self.anchor = anchor
        self.anchor_str = f"{anchor_src} {anchor.isoformat()}" if anchor else None
        self.last_year: int | None = None  # nearest preceding explicit year
        self.sent_year: dict[int, int] = {}  # sentence -> last explicit year in it so far

    def value(self, c: Cand) -> Value | None:
        return RESOLVERS[type(c)](self, c)

    def explicit_year(self, c: Cand, y: int) -> None:
        self.last_year = y
        self.sent_year[self.v.sentence[c.i]] = y

    def year_of(self, c: Cand):
        """(year, anchor) of a year-valued candidate, or None."""
        if isinstance(c, Year):
            self.explicit_year(c, c.y)
            return c.y, None
        if isinstance(c, ThatYear):
            if self.last_year is not None:
                return self.last_year, f"mention {self.last_year}"
            if self.anchor:
                return self.anchor.year, self.anchor_str
            return None
        if isinstance(c, RelPeriod) and c.unit == "Y" and self.anchor:
            return self.anchor.year + c.off, self.anchor_str
        return None

    def month_year(self, c: Cand, m: int, rel, day: int | None = None):
        """(year, anchor) of a month (and day) named without a year."""
        if rel is None:
            sy = self.sent_year.get(self.v.sentence[c.i])
            if sy is not None:
                return sy, f"mention {sy}"
        a = self.anchor
        if a is None:
            return None
        if rel == 0:
            return a.year, self.anchor_str
        if rel in (-1, 1):
            later = (m > a.month) if day is None else ((m, day) > (a.month, a.day))
            earlier = (m < a.month) if day is None else ((m, day) < (a.month, a.day))
            if rel == -1:
                return (a.year if earlier else a.year - 1), self.anchor_str
            return (a.year if later else a.year + 1), self.anchor_str
        future = self.v.future_context(c.i)
        if day is None:
            ahead = (m - a.month) % 12  # months from the anchor month forward
            if ahead == 0 or (future and ahead <= _AHEAD_MONTHS_FUTURE) or ahead <= _AHEAD_MONTHS:
                return (a.year if m >= a.month else a.year + 1), self.anchor_str
            return (a.year if m <= a.month else a.year - 1), self.anchor_str
        horizon = _AHEAD_DAYS_FUTURE if future else _AHEAD_DAYS
        for y in (a.year - 1, a.year, a.year + 1):
            cand = make_date(y, m, min(day, 28))
            if cand is not None and horizon - 365 < (cand - a).days <= horizon:
                return y, self.anchor_str
        return a.year, self.anchor_str

    def century_of(self, c: Cand):
        """(first two digits of its years, anchor) of a century candidate."""
        if isinstance(c, Century):
            return c.n - 1, None
        if self.anchor is None:
            return None
        return self.anchor.year // 100 + c.off, self.anchor_str

    def hijri_year_now(self) -> int | None:
        """The Hijri year of the anchor."""
        if self.anchor is None:
            return None
        h = gregorian_to_hijri(self.anchor)
        return h.year if h is not None else None


def _iso(day: dt.date | None, anchor: str | None) -> Value | None:
    """The value of a day computed from the anchor (None past the calendar's ends)."""
    return (day.isoformat(), None, anchor) if day is not None else None


def _day_or_month(y: int, m: int, d: int) -> str:
    """The day, or its month when the day does not exist (31 April)."""
    day = make_date(y, m, d)
    return day.isoformat() if day else f"{y:04d}-{m:02d}"


def _full(r: Resolver, c: FullDate) -> Value:
    r.explicit_year(c, c.y)
    return _day_or_month(c.y, c.m, c.d), None, None


def _year_month(r: Resolver, c: YearMonth) -> Value:
    r.explicit_year(c, c.y)
    return f"{c.y:04d}-{c.m:02d}", None, None


def _in_year(y: tuple[int, str | None] | None, rest: str) -> Value:
    """The value of a month, a season, a quarter or a year (``rest``: what follows the year,
    "-05", "-SU", "") in the year found, (year, anchor), or in an unknown year (None)."""
    if y is None:
        return f"XXXX{rest}", None, None
    return f"{y[0]:04d}{rest}", None, y[1]


def _day_in_year(y: tuple[int, str | None] | None, m: int, d: int) -> Value:
    """The value of day d of month m in the year found, (year, anchor), or in an unknown year."""
    if y is None:
        return f"XXXX-{m:02d}-{d:02d}", None, None
    return _day_or_month(y[0], m, d), None, y[1]


def _day_month_of_year(r: Resolver, c: DayMonthOfYear) -> Value:
    return _day_in_year(r.year_of(c.year), c.m, c.d)


def _month_of_year(r: Resolver, c: MonthOfYear) -> Value:
    return _in_year(r.year_of(c.year), f"-{c.m:02d}")


def _day_of_rel_month(r: Resolver, c: DayOfRelMonth) -> Value:
    a = r.anchor
    if a is None:
        return f"XXXX-XX-{c.d:02d}", None, None
    y, m = add_months(a.year, a.month, c.off)
    return _day_or_month(y, m, c.d), None, r.anchor_str


def _day_month(r: Resolver, c: DayMonth) -> Value:
    return _day_in_year(r.month_year(c, c.m, c.rel, c.d), c.m, c.d)


def _month(r: Resolver, c: Month) -> Value:
    return _in_year(r.month_year(c, c.m, c.rel), f"-{c.m:02d}")


def _year(r: Resolver, c: Cand) -> Value:
    return _in_year(r.year_of(c), "")


def _rel_period(r: Resolver, c: RelPeriod) -> Value:
    a = r.anchor
    if a is None:
        return _PLACEHOLDER[c.unit], None, None
    if c.unit == "Y":
        return f"{a.year + c.off:04d}", None, r.anchor_str
    if c.unit == "M":
        y, m = add_months(a.year, a.month, c.off)
        return f"{y:04d}-{m:02d}", None, r.anchor_str
    day = add_days(a, 7 * c.off)
    if day is None:
        return None
    iy, iw, _ = day.isocalendar()
    return f"{iy:04d}-W{iw:02d}", None, r.anchor_str


def _season(r: Resolver, c: Season) -> Value:
    return _in_year(r.year_of(c.year), f"-{c.s}")


def _rel_season(r: Resolver, c: RelSeason) -> Value:
    a = r.anchor
    if a is None:
        return f"XXXX-{c.s}", None, None
    start = _SEASON_START[c.s]
    y = a.year
    if c.off == -1 and a.month < start + 3 and not (c.s == "WI" and a.month <= 2):
        y -= 1
    elif c.off == 1 and a.month >= start:
        y += 1
    return f"{y:04d}-{c.s}", None, r.anchor_str


def _quarter(r: Resolver, c: Quarter) -> Value:
    return _in_year(r.year_of(c.year), f"-{c.q}")


def _part(r: Resolver, c: Part) -> Value | None:
    inner = r.value(c.inner)
    if inner is None:
        return None
    return inner[0], c.mod, inner[2]


def _weekend(r: Resolver, c: Weekend) -> Value:
    a = r.anchor
    if a is None:
        return "XXXX-WXX-WE", None, None
    day = add_days(a, 7 * c.off)
    if day is None:
        return None
    iy, iw, _ = day.isocalendar()
    return f"{iy:04d}-W{iw:02d}-WE", None, r.anchor_str


def _century(r: Resolver, c: Cand) -> Value:
    cy = r.century_of(c)
    return (f"{cy[0]:02d}", None, cy[1]) if cy else ("XX", None, None)


def _decade(r: Resolver, c: Decade) -> Value:
    if c.century is None:
        return f"19{c.d}", None, None
    cy = r.century_of(c.century)
    if cy is None:
        return f"XX{c.d}", None, None
    return f"{cy[0]:02d}{c.d}", None, cy[1]


def _weekday(r: Resolver, c: Weekday) -> Value:
    a = r.anchor
    if a is None:
        return f"XXXX-WXX-{c.wd + 1}", None, None
    v = r.v
    since = (v.role(c.i - 1, "since_word") or v.role(c.i - 1, "day_noun")) and v.role(c.i - 2, "since_word") or \
        v.role(c.i - 1, "since_word")
    if c.rel == 1 or (c.rel is None and not since and v.future_context(c.i)):
        delta = (c.wd - a.weekday()) % 7
        if c.rel == 1 and delta == 0:
            delta = 7
        return _iso(add_days(a, delta), r.anchor_str)
    delta = (a.weekday() - c.wd) % 7
    if c.rel == -1 and delta == 0:
        delta = 7
    return _iso(add_days(a, -delta), r.anchor_str)


def _weekday_date(r: Resolver, c: WeekdayDate) -> Value | None:
    """The date the weekday introduces, when it falls on that weekday."""
    v = r.value(c.date)
    if v is not None and _ISO_DAY.fullmatch(v[0]):
        if dt.date.fromisoformat(v[0]).weekday() == c.wd:
            return v
    return _weekday(r, Weekday(c.i, c.j, c.drop, c.wd, None))


def _weekday_near(r: Resolver, c: WeekdayNear) -> Value:
    """The named weekday nearest to the day the word points at (earlier on a tie)."""
    a = r.anchor
    if a is None:
        return f"XXXX-WXX-{c.wd + 1}", None, None
    base = add_days(a, c.off)
    if base is None:
        return None
    back = (base.weekday() - c.wd) % 7
    fwd = (c.wd - base.weekday()) % 7
    return _iso(add_days(base, -back) if back <= fwd else add_days(base, fwd), r.anchor_str)


def _day_offset(r: Resolver, c: DayOffset) -> Value:
    if r.anchor is None:
        return "XXXX-XX-XX", None, None
    return _iso(add_days(r.anchor, c.off), r.anchor_str)


def _hijri(r: Resolver, c: HijriDate) -> Value | None:
    hy = c.hy if c.hy is not None else r.hijri_year_now()
    if hy is None:
        return None
    hd = c.hd
    g = hijri_to_gregorian(hy, c.hm, hd or _MID_MONTH)
    if g is None:
        g, hd = hijri_to_gregorian(hy, c.hm, _MID_MONTH), None
        if g is None:
            return None
    anchor = None if c.hy is not None else r.anchor_str
    if hd is None:
        return f"{g.year:04d}-{g.month:02d}", None, anchor
    return g.isoformat(), None, anchor


def _hijri_month(r: Resolver, c: HijriMonth) -> Value | None:
    """شهر رمضان الماضي: the Gregorian month in which the middle of that Hijri month fell."""
    a = r.anchor
    if a is None:
        return None
    h = gregorian_to_hijri(a)
    if h is None:
        return None
    hy = h.year
    if c.rel == -1 and c.hm >= h.month:
        hy -= 1
    elif c.rel == 1 and c.hm <= h.month:
        hy += 1
    elif c.rel is None and c.hm > h.month and not r.v.future_context(c.i):
        hy -= 1
    g = hijri_to_gregorian(hy, c.hm, _MID_MONTH)
    if g is None:
        return None
    return f"{g.year:04d}-{g.month:02d}", None, r.anchor_str


def _ago(r: Resolver, c: Ago) -> Value | None:
    """The year, month, ISO week or day that many units before the anchor."""
    a = r.anchor
    if a is None:
        return f"P{c.n}{c.unit}", c.mod, None
    if c.unit == "Y":
        return f"{a.year - c.n:04d}", c.mod, r.anchor_str
    if c.unit == "M":
        y, m = add_months(a.year, a.month, -c.n)
        return f"{y:04d}-{m:02d}", c.mod, r.anchor_str
    day = add_days(a, -c.n * (7 if c.unit == "W" else 1))
    if day is None:
        return None
    if c.unit == "W":
        y, w, _ = day.isocalendar()
        return f"{y:04d}-W{w:02d}", c.mod, r.anchor_str
    return day.isoformat(), c.mod, r.anchor_str


RESOLVERS: dict[type, Callable[[Resolver, Cand], Value | None]] = {
    FullDate: _full, YearMonth: _year_month, DayMonthOfYear: _day_month_of_year, MonthOfYear: _month_of_year,
    DayOfRelMonth: _day_of_rel_month, DayMonth: _day_month, Month: _month, Year: _year, ThatYear: _year,
    RelPeriod: _rel_period, Season: _season, RelSeason: _rel_season, Quarter: _quarter, Part: _part,
    Weekend: _weekend, Century: _century, RelCentury: _century, Decade: _decade, Weekday: _weekday,
    WeekdayDate: _weekday_date, WeekdayNear: _weekday_near, DayOffset: _day_offset,
    Ref: lambda r, c: (c.value, None, None), Duration: lambda r, c: (c.value, c.mod, None),
    HijriDate: _hijri, HijriMonth: _hijri_month, Ago: _ago,
}


def explicit_day(c: Cand) -> dt.date | None:
    """The day a candidate writes out in full (what can date a document without a date)."""
    if isinstance(c, FullDate):
        return make_date(c.y, c.m, c.d)
    if isinstance(c, HijriDate) and c.hy is not None and c.hd is not None:
        return hijri_to_gregorian(c.hy, c.hm, c.hd)
    return None

"""Patterns of days and months: numeric dates, day + month (+ year), month names, and
the parts of a period (مطلع مايو، أواخر العام 2020). Each is ``(view, i) -> candidate | None``."""
from __future__ import annotations

from core.times.blocks import MonthName, day_at, hmark_after, monthx, rel_after, year_after, year_after_hijri
from core.times.candidates import (Cand, DayMonth, DayMonthOfYear, DayOfRelMonth, FullDate, HijriDate, HijriMonth,
                                   Month, MonthOfYear, Part, RelPeriod, ThatYear, Weekend, Year, YearMonth)
from core.times.periods import bare_year, century, decade, period, quarter, season, year
from core.times.view import TokenView
from core.times.words import time_words

_DATE_SEPARATORS = ("/", "-", ".")
_NUMERIC_YEARS = (1900, 2100)
_SAFAR = 2  # "صفر" is also "zero": a Hijri month only with a year or a Hijri mark
_ARABIC_FAMILIES = ("lev", "msa", "dz", "mag")


def numeric_date(v: TokenView, i: int) -> Cand | None:
    """2023/01/17, 17/01/2023, 2023-01-17, 17.01.2023 (and US order when the day > 12)."""
    a = v.digits(i)
    if not a or a[3] or i + 2 >= v.n:
        return None
    g1, g2 = v.gap(i), v.gap(i + 1)
    if g1 not in _DATE_SEPARATORS or g2 != g1:
        return None
    b, c = v.digits(i + 1), v.digits(i + 2)
    if not b or not c or b[2] or c[2] or b[3]:
        return None
    g3 = v.gap(i + 2)
    if g3 is not None and g3 in _DATE_SEPARATORS and v.digits(i + 3):
        return None
    if a[1] == 4 and b[1] <= 2 and c[1] <= 2:
        y, m, d = a[0], b[0], c[0]
    elif c[1] == 4 and a[1] <= 2 and b[1] <= 2:
        y, m, d = c[0], b[0], a[0]
        if m > 12 and d <= 12:  # month first (US order)
            m, d = d, m
    else:
        return None
    if not (_NUMERIC_YEARS[0] <= y <= _NUMERIC_YEARS[1] and 1 <= m <= 12 and 1 <= d <= 31):
        return None
    return FullDate(i, i + 3, a[2], y, m, d)


def relyear_after(v: TokenView, j: int) -> Cand | None:
    """"العام الماضي", "من العام الجاري", "ذلك العام" after a month: a year candidate."""
    if not v.gap_ok(j - 1):
        return None
    k = j
    if v.role(k, "from") and v.spaced(k):
        k += 1
    c = period(v, k)
    if c is not None and not c.drop and (isinstance(c, ThatYear) or (isinstance(c, RelPeriod) and c.unit == "Y")):
        return c
    return None


def _hijri_day(v: TokenView, i: int, j: int, d: int, hm: int, drop: int) -> Cand | None:
    """15 رمضان 1444 هـ, 15 رمضان (the year from the document date)."""
    ya = year_after_hijri(v, j)
    hy = None
    if ya:
        hy, j = ya
    elif hm == _SAFAR and not hmark_after(v, j):
        return None
    h = hmark_after(v, j)
    if h:
        j = h
    return HijriDate(i, j, drop, hy, hm, d)


def day_month(v: TokenView, i: int) -> Cand | None:
    """17 يناير 2023, 17 من يناير من عام 2023, الرابع من آذار/مارس الماضي, السابع عشر من
    الشهر الجاري."""
    r = day_at(v, i)
    if not r:
        return None
    d, j, drop = r
    if v.role(j, "of") and v.spaced(j - 1):
        j += 1
    if not v.spaced(j - 1):
        return None
    if v.role(j, "month_noun") and v.spaced(j) and v.reading(j + 1, "month"):
        j += 1
    mx = monthx(v, j)
    if not mx:
        if v.role(j - 1, "of"):
            c = period(v, j)
            if c is not None and not c.drop and isinstance(c, RelPeriod) and c.unit == "M":
                return DayOfRelMonth(i, c.j, drop, d, c.off)
        return None
    info, j, _ = mx
    if info.family == "hijri":
        return _hijri_day(v, i, j, d, info.m, drop)
    ya = year_after(v, j)
    if ya:
        return FullDate(i, ya[1], drop, ya[0], info.m, d)
    ry = relyear_after(v, j)
    if ry:
        return DayMonthOfYear(i, ry.j, drop, d, info.m, ry)
    rel = rel_after(v, j)
    if rel:
        return DayMonth(i, rel[1], drop, d, info.m, rel[0])
    named = _named_day(v, i, d, info.m)
    if named is not None:
        return FullDate(i, j, drop, named, info.m, d)
    return DayMonth(i, j, drop, d, info.m, None)


NAMED_NOUN_PROCLITICS = 2  # letters a noun may carry before it and still name the day (لأحداث، وبهجمات)


def _names_day(word: str, nouns: frozenset) -> bool:
    return any(word.endswith(n) and len(word) - len(n) <= NAMED_NOUN_PROCLITICS for n in nouns)


def is_named_day(word: str, value: str) -> bool:
    """Whether ``value`` (an ISO day) is the named day the noun ``word`` before it names:
    the date is that event's (core.events.dating: it dates no other act)."""
    if len(value) != 10 or not value[:4].isdigit():
        return False
    named = time_words().named_days.get((int(value[5:7]), int(value[8:10])))
    return named is not None and named[0] == int(value[:4]) and _names_day(word, named[1])


def _named_day(v: TokenView, i: int, d: int, m: int) -> int | None:
    """The year of a day an event noun right before it names ("هجمات 11 سبتمبر"، "ثورة 25
    يناير"), else None: such a day is that event's, not this year's."""
    named = v.lex.named_days.get((m, d))
    if named is None or i == 0 or not v.spaced(i - 1):
        return None
    return named[0] if _names_day(v.word(i - 1), named[1]) else None


def _hijri_month(v: TokenView, i: int, k: int, j: int, hm: int, drop: int) -> Cand | None:
    """رمضان 1444, شهر رمضان الماضي, شهر رمضان."""
    ya = year_after_hijri(v, j)
    if not ya:
        rel = rel_after(v, j)
        if rel:
            return HijriMonth(i, rel[1], drop, hm, rel[0])
        if k > i and v.words[i][drop:] in v.lex.roles["hijri_month_noun"]:
            return HijriMonth(i, j, drop, hm, None)
        return None
    j = ya[1]
    h = hmark_after(v, j)
    if h:
        j = h
    return HijriDate(i, j, drop, ya[0], hm, None)


def _month_alone(v: TokenView, i: int, k: int, j: int, info: MonthName, d2: int, drop: int) -> Cand | None:
    """A month name with no day or year: a date only where its context says so."""
    if info.family == "en" or v.role(i - 1, "name_particle"):
        return None  # English months need a day or year; a surname (لويجي دي مايو)
    ctx = k > i or (v.spaced(i - 1) and (
        v.reading(i - 1, "tprep", single=True) or v.reading(i - 1, "part", single=True)))
    if d2 and not info.doubled and k == i and not info.strong:
        return None
    if (info.strong and (ctx or info.family == "msa")) or (info.doubled) or (ctx and k > i):
        return Month(i, j, drop, info.m, None)
    if ctx and info.family in _ARABIC_FAMILIES and v.role(i - 1, "month_prep") and not d2:
        if not v.role(k, "ambiguous_month"):
            return Month(i, j, drop, info.m, None)
    return None


def month_name(v: TokenView, i: int) -> Cand | None:
    """January 17, 2023; نوفمبر 2021; مايو الماضي; يناير من العام الماضي; في آذار; شهر رمضان."""
    k, drop = i, 0
    mword = v.reading(i, "mword", single=True)
    if mword and v.spaced(i):
        k, drop = i + 1, mword[2]
    mx = monthx(v, k)
    if not mx:
        return None
    info, j, d2 = mx
    if k == i:
        drop = d2
    if info.family == "hijri":
        return _hijri_month(v, i, k, j, info.m, drop)
    if v.spaced(j - 1):  # English order: January 17, 2023
        dd = v.digits(j)
        if dd and dd[1] <= 2 and 1 <= dd[0] <= 31 and not dd[2] and not dd[3]:
            ya = year_after(v, j + 1)
            if ya:
                return FullDate(i, ya[1], drop, ya[0], info.m, dd[0])
            if info.family == "en":
                return DayMonth(i, j + 1, drop, dd[0], info.m, None)
    ya = year_after(v, j)
    if ya:
        return YearMonth(i, ya[1], drop, ya[0], info.m)
    ry = relyear_after(v, j)
    if ry:
        return MonthOfYear(i, ry.j, drop, info.m, ry)
    rel = rel_after(v, j)
    if rel:
        return Month(i, rel[1], drop, info.m, rel[0])
    return _month_alone(v, i, k, j, info, d2, drop)


def _weekend(v: TokenView, i: int, j: int, drop: int) -> Cand | None:
    """نهاية الأسبوع (الماضي): a weekend."""
    off, k = 0, j + 1
    r = v.reading(k, "rel", single=True) if v.spaced(j) else None
    if r and r[2] == 0:
        off, k = r[0], k + 1
    elif v.spaced(j) and v.reading(k, "this", single=True) is None and not v.role(i - 1, "weekend_context"):
        return None
    return Weekend(i, k, drop, off)


def _current_period(v: TokenView, i: int, j: int, p) -> Cand | None:
    """مطلع العام / نهاية الشهر: the current one."""
    u = v.reading(j, "unit", single=True)
    if (u and u[2] == 0 and u[0].split(":")[1] == "defsg" and u[0][0] in "YM"
            and v.words[i][p[2]:] not in v.lex.roles["point_part"]):
        return RelPeriod(j, j + 1, 0, u[0][0], 0)
    return None


def part_of_period(v: TokenView, i: int) -> Cand | None:
    """مطلع مايو, أواخر العام 2020, منتصف التسعينيات, أول مايو (= 1 May)."""
    p = v.reading(i, "part", single=True)
    if not p or not v.spaced(i):
        return None
    j = i + 1
    inner = (month_name(v, j) or decade(v, j) or century(v, j) or season(v, j) or quarter(v, j) or year(v, j)
             or bare_year(v, j, context=True) or day_month(v, j))
    head = v.words[i][p[2]:]
    if inner is None and p[0] == "END" and head in v.lex.roles["end_noun"] and v.role(j, "week_noun"):
        return _weekend(v, i, j, p[2])
    if inner is None:
        inner = _current_period(v, i, j, p)
    if inner is None or inner.drop:
        return None
    if isinstance(inner, (DayMonth, FullDate)):
        return Part(i, inner.j, p[2], inner, p[0])
    if head in v.lex.roles["point_part"] and not isinstance(inner, (Month, YearMonth, Year, RelPeriod)):
        return None
    if head in v.lex.roles["first_part"] and isinstance(inner, YearMonth):  # أول مايو 2018 = 1 May
        return FullDate(i, inner.j, p[2], inner.y, inner.m, 1)
    if head in v.lex.roles["first_part"] and isinstance(inner, Month):
        return DayMonth(i, inner.j, p[2], 1, inner.m, inner.rel)
    return Part(i, inner.j, p[2], inner, p[0])

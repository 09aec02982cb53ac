"""TIMEX3 values as date ranges and as words a reader understands: "2021-SU" is
1 June to 31 August 2021 for the store's date filters and "summer 2021" (or "صيف 2021")
on the page. Used by the store (date columns), the charts and the pages."""
from __future__ import annotations

import calendar
import datetime as dt

_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}
_MOD_THIRDS = {"START": (1, 4), "EARLY": (1, 4), "MID": (5, 8), "END": (9, 12), "LATE": (9, 12)}
MOD_WORDS = {"START": "early", "MID": "mid", "END": "late", "APPROX": "about",
             "BEFORE": "before", "AFTER": "after"}


def _month_span(year: int, m1: int, m2: int) -> tuple[dt.date, dt.date]:
    y2, m2n = year + (m2 - 1) // 12, (m2 - 1) % 12 + 1
    return dt.date(year, m1, 1), dt.date(y2, m2n, calendar.monthrange(y2, m2n)[1])


def timex_range(value: str | None, mod: str | None = None) -> tuple[dt.date | None, dt.date | None, str]:
    """(first day, last day, precision) of a TIMEX3 date value.

    ``2023-01-17`` → a day; ``2021-11`` → the month; ``2021`` → the year, narrowed to
    its last third when ``mod`` is END ("أواخر العام 2020"); ``2021-SU`` → June–August;
    ``2020-Q4``, ``2020-H2``, ``2018-W15`` likewise. Intervals ``A/B`` span both.
    Anything else (durations, PRESENT_REF, unknown) → ``(None, None, "none")``.
    """
    if not value:
        return None, None, "none"
    value = value.strip()
    if "/" in value:
        a, _, b = value.partition("/")
        s1, _, p1 = timex_range(a, None)
        _, e2, _ = timex_range(b, None)
        if s1 and e2:
            return s1, e2, "range" if s1 != e2 else p1
        return None, None, "none"
    try:
        parts = value.split("-")
        year = int(parts[0]) if len(parts[0]) == 4 and parts[0].isdigit() else None
        if year is None:
            if len(parts[0]) == 3 and parts[0].isdigit() and len(parts) == 1:  # decade "201"
                return dt.date(int(parts[0]) * 10, 1, 1), dt.date(int(parts[0]) * 10 + 9, 12, 31), "decade"
            return None, None, "none"
        if len(parts) == 1:
            if mod in _MOD_THIRDS:
                s, e = _month_span(year, *_MOD_THIRDS[mod])
                return s, e, "year"
            return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
        second = parts[1].upper()
        if second in _SEASONS:
            s, e = _month_span(year, *_SEASONS[second])
            return s, e, "season"
        if second.startswith("Q") and second[1:].isdigit():
            q = int(second[1:])
            s, e = _month_span(year, 3 * q - 2, 3 * q)
            return s, e, "quarter"
        if second.startswith("H") and second[1:].isdigit():
            h = int(second[1:])
            s, e = _month_span(year, 6 * h - 5, 6 * h)
            return s, e, "half"
        if second.startswith("W") and second[1:].isdigit():
            s = dt.date.fromisocalendar(year, int(second[1:]), 1)
            return s, s + dt.timedelta(days=6), "week"
        month = int(second)
        if len(parts) == 2:
            s, e = _month_span(year, month, month)
            if mod in ("START", "EARLY"):
                return s, s.replace(day=10), "month"
            if mod in ("END", "LATE"):
                return e.replace(day=21), e, "month"
            return s, e, "month"
        day = dt.date(year, month, int(parts[2][:2]))
        return day, day, "day"
    except ValueError:
        return None, None, "none"


_WORDS = {  # what a date label is made of, per interface language
    "en": {"months": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
           "seasons": {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"},
           "mods": MOD_WORDS, "undated": "undated", "unknown": "unknown date", "some": "some {unit}s",
           "units": {"year": ("year", "years"), "month": ("month", "months"), "week": ("week", "weeks"),
                     "day": ("day", "days"), "hour": ("hour", "hours"), "minute": ("minute", "minutes"),
                     "second": ("second", "seconds"), "decade": ("decade", "decades"),
                     "century": ("century", "centuries")},
           "refs": {"PRESENT_REF": "now", "PAST_REF": "the past", "FUTURE_REF": "the future"}},
    "ar": {"months": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
                      "نوفمبر", "ديسمبر"],
           "seasons": {"SP": "ربيع", "SU": "صيف", "FA": "خريف", "AU": "خريف", "WI": "شتاء"},
           "mods": {"START": "مطلع", "MID": "منتصف", "END": "أواخر", "APPROX": "نحو", "BEFORE": "قبل",
                    "AFTER": "بعد"},
           "undated": "بلا تاريخ", "unknown": "تاريخ غير معروف", "some": "بضعة {unit}",
           "units": {"year": ("سنة", "سنوات"), "month": ("شهر", "أشهر"), "week": ("أسبوع", "أسابيع"),
                     "day": ("يوم", "أيام"), "hour": ("ساعة", "ساعات"), "minute": ("دقيقة", "دقائق"),
                     "second": ("ثانية", "ثوان"), "decade": ("عقد", "عقود"), "century": ("قرن", "قرون")},
           "refs": {"PRESENT_REF": "الآن", "PAST_REF": "الماضي", "FUTURE_REF": "المستقبل"}},
}


def describe_timex(value: str | None, mod: str | None = None, lang: str = "en") -> str:
    """Human label that keeps the precision: 'late 2020', 'summer 2021', 'Nov 2021'
    ('أواخر 2020', 'صيف 2021', 'نوفمبر 2021' in Arabic)."""
    w = _WORDS["ar" if lang == "ar" else "en"]
    if not isinstance(value, str) or not value:
        return w["undated"]
    mod = mod if isinstance(mod, str) else None
    if value in w["refs"]:
        return w["refs"][value]
    start, end, precision = timex_range(value, mod)
    prefix = (w["mods"].get(mod, "") + " ") if mod else ""
    if precision == "day":
        return f"{prefix}{start.day} {w['months'][start.month - 1]} {start.year}".strip()
    if precision == "month":
        return f"{prefix}{w['months'][start.month - 1]} {start.year}".strip()
    if precision == "season":
        return f"{prefix}{w['seasons'][value.split('-')[1].upper()]} {value[:4]}".strip()
    if precision in ("year", "quarter", "half", "week", "decade"):
        return f"{prefix}{value}".strip()
    if precision == "range":
        first, _, last = value.partition("/")
        return f"{describe_timex(first, None, lang)} – {describe_timex(last, None, lang)}"
    if value.startswith("P"):
        return f"{prefix}{describe_duration(value, lang)}".strip()
    if set(value) <= set("X-W0123456789") and "X" in value:  # a date whose parts are unknown
        return w["unknown"]
    return f"{prefix}{value}".strip()


_DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "DE": "decade", "CE": "century"}


def describe_duration(value: str, lang: str = "en") -> str:
    """'P2Y' → '2 years', 'PXY' → 'some years', 'PT3H' → '3 hours': TIMEX3 durations
    as a reader says them (the raw codes meant nothing to readers)."""
    w = _WORDS["ar" if lang == "ar" else "en"]
    clock = value.startswith("PT")  # PT1M is a minute, P1M a month
    body = value[2:] if clock else value[1:]
    i = 0
    while i < len(body) and (body[i].isdigit() or body[i] in ".X"):
        i += 1
    amount, unit = body[:i], ({"M": "minute", "S": "second"} if clock else {}).get(body[i:]) or \
        _DURATION_UNITS.get(body[i:])
    if not unit or not amount:
        return value
    one, many = w["units"][unit]
    if "X" in amount:
        return w["some"].format(unit=many if lang == "ar" else one)
    return f"{amount} {one if float(amount) == 1 else many}"


# --- rows from an Analysis --------------------------------------------------------------

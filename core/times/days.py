"""Patterns of single days and vague references: weekdays, أمس/اليوم/غدا, الآن/مؤخرا,
and frequencies. Each is ``(view, i) -> candidate | None``."""
from __future__ import annotations

from core.times.candidates import Cand, DayOffset, Duration, Ref, Weekday, WeekdayDate, WeekdayNear
from core.times.dates import day_month, numeric_date
from core.text import hamza_article
from core.times.view import TokenView

_DATE_AFTER_WEEKDAY = ("", ",", "،", "-")  # what may stand between a weekday and its date
_NEAR_OFFSETS = (-1, 0, 1)  # أمس, اليوم, غدا may be followed by the weekday they name


def _not_a_weekday(v: TokenView, k: int, j: int, written: str) -> bool:
    """الاثنين as "the two" (بين الاثنين، الاثنين معا), الأحد as "anyone" (إلا الأحد)."""
    if written in v.lex.roles["dual_weekday"]:
        if v.role(j, "dual_after") or v.role(k - 1, "dual_before"):
            return True
    return written in v.lex.roles["one_weekday"] and v.role(k - 1, "one_before")


def weekday(v: TokenView, i: int) -> Cand | None:
    """الثلاثاء, مساء الأحد, الإثنين الماضي, الخميس المقبل, الجمعة 13 نوفمبر 2015."""
    k = i
    dp = v.reading(i, "daypart", single=True)
    if dp and v.spaced(i):
        k = i + 1
    w = v.reading(k, "weekday", single=True)
    if not w or (k > i and w[2]):
        return None
    wd, j, drop = w
    if k > i:
        drop = dp[2]
    if _not_a_weekday(v, k, j, v.words[k][w[2]:]):
        return None
    rel = None
    if v.spaced(j - 1):
        r = v.reading(j, "rel", single=True)
        if r and r[2] == 0:
            rel, j = r[0], r[1]
    if v.spaced(j - 1) and v.bare_reading(j, "daypost"):
        j += 1
    # "الجمعة 13 نوفمبر 2015": the weekday takes the value of the date it introduces
    if rel is None and v.gap_ok(j - 1, _DATE_AFTER_WEEKDAY):
        nxt = day_month(v, j) or numeric_date(v, j)
        if nxt is not None and not nxt.drop:
            return WeekdayDate(i, j, drop, wd, nxt)
    return Weekday(i, j, drop, wd, rel)


def _story_day(v: TokenView, i: int, j: int) -> bool:
    """اليوم نفسه, ذلك اليوم, هذا اليوم, اليوم التالي: a day of the story, not today."""
    if v.spaced(i) and v.word(j).startswith("ال") and not v.reading(j, "weekday", single=True):
        return True
    if (v.spaced(i) and v.reading(j, "self", single=True)) or (
            v.spaced(i - 1) and v.reading(i - 1, "that", single=True)):
        return True
    return bool(v.spaced(i - 1) and v.reading(i - 1, "this", single=True))


def _not_tomorrow(v: TokenView, i: int, j: int, base: str, drop: int) -> bool:
    """الغد as a name (حزب الغد, صحيفة الغد) or in a construct (الغد المشرق)."""
    tomorrow = v.lex.roles["tomorrow_word"]
    if j != i + 1:
        return False
    if any(base.startswith(t) for t in tomorrow) and v.spaced(i) and v.word(j).startswith("ال"):
        return True
    return base in tomorrow and not drop and not v.role(i - 1, "tomorrow_context")


def day_word(v: TokenView, i: int) -> Cand | None:
    """أمس, أمس الأول, غدا, بعد غد, اليوم, الليلة, اليوم الأحد."""
    r = v.reading(i, "day")
    if not r:
        return None
    off, j, drop = r
    base = v.stem(i, drop)
    if j == i + 1 and base in v.lex.roles["today_word"] and _story_day(v, i, j):
        return None
    if _not_tomorrow(v, i, j, base, drop):
        return None
    # "أمس الثلاثاء", "اليوم الأحد": the named weekday decides (the story may be a day
    # older than the publication date), and is the expression: أمس/اليوم only says which
    # one is meant (the gold convention: "الخميس" required, "اليوم" before it optional)
    if v.spaced(j - 1) and off in _NEAR_OFFSETS:
        w = v.reading(j, "weekday", single=True)
        if w and w[2] == 0:
            return WeekdayNear(j, j + 1, 0, w[0], off)
    return DayOffset(i, j, drop, off)


def vague_ref(v: TokenView, i: int) -> Cand | None:
    """الآن, حاليا, مؤخرا, في وقت سابق, قريبا, في المستقبل."""
    r = v.reading(i, "ref")
    if not r:
        return None
    if r[1] == i + 1 and not r[2] and v.word(i).startswith("ال") and hamza_article(v.written(i)):
        return None  # "آلان" (Alain) is no "الآن"
    return Ref(i, r[1], r[2], r[0])


def frequency(v: TokenView, i: int) -> Cand | None:
    """شهريا, سنويا: one unit of time per occurrence."""
    r = v.reading(i, "freq")
    if not r:
        return None
    return Duration(i, r[1], r[2], r[0], None)

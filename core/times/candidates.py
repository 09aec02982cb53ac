"""What a pattern found, before it is valued: one small frozen record per kind.

Every candidate knows its tokens (``i`` the first, ``j`` one past the last) and how
many proclitic characters of token ``i`` lie outside the expression (``drop``); the
other fields are what its resolver needs. Kinds that wrap another candidate (a season
of a year, a part of a month) hold it whole, so the resolver of the outer one can ask
for the value of the inner one.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Optional


@dataclass(frozen=True, slots=True)
class Cand:
    i: int
    j: int
    drop: int
    TYPE: ClassVar[str] = "DATE"


@dataclass(frozen=True, slots=True)
class FullDate(Cand):  # 17 يناير 2023, 2023/01/17
    y: int
    m: int
    d: int


@dataclass(frozen=True, slots=True)
class YearMonth(Cand):  # نوفمبر 2021
    y: int
    m: int


@dataclass(frozen=True, slots=True)
class DayMonthOfYear(Cand):  # 9 يناير من العام الماضي
    d: int
    m: int
    year: Cand


@dataclass(frozen=True, slots=True)
class MonthOfYear(Cand):  # يناير من العام الماضي
    m: int
    year: Cand


@dataclass(frozen=True, slots=True)
class DayOfRelMonth(Cand):  # السابع عشر من الشهر الجاري
    d: int
    off: int


@dataclass(frozen=True, slots=True)
class DayMonth(Cand):  # 7 أبريل الجاري, 17 يناير
    d: int
    m: int
    rel: Optional[int]


@dataclass(frozen=True, slots=True)
class Month(Cand):  # مايو الماضي, في آذار
    m: int
    rel: Optional[int]


@dataclass(frozen=True, slots=True)
class Year(Cand):  # عام 2020, 1439 هـ
    y: int


@dataclass(frozen=True, slots=True)
class ThatYear(Cand):  # ذلك العام, العام نفسه
    pass


@dataclass(frozen=True, slots=True)
class RelPeriod(Cand):  # العام الماضي, هذا الشهر, الأسبوع المقبل
    unit: str  # Y, M or W
    off: int


@dataclass(frozen=True, slots=True)
class Season(Cand):  # صيف 2016, صيف ذلك العام
    s: str
    year: Cand


@dataclass(frozen=True, slots=True)
class RelSeason(Cand):  # الصيف الماضي
    s: str
    off: int


@dataclass(frozen=True, slots=True)
class Quarter(Cand):  # الربع الأول من العام 2020
    q: str
    year: Cand


@dataclass(frozen=True, slots=True)
class Part(Cand):  # أواخر العام 2020
    inner: Cand
    mod: str


@dataclass(frozen=True, slots=True)
class Weekend(Cand):  # عطلة نهاية الأسبوع الماضي
    off: int


@dataclass(frozen=True, slots=True)
class Century(Cand):  # القرن التاسع عشر
    n: int


@dataclass(frozen=True, slots=True)
class RelCentury(Cand):  # القرن الماضي
    off: int


@dataclass(frozen=True, slots=True)
class Decade(Cand):  # التسعينيات, ثمانينات القرن الماضي
    d: int  # the decade's digit (9 for the nineties)
    century: Optional[Cand]


@dataclass(frozen=True, slots=True)
class Weekday(Cand):  # الثلاثاء, الإثنين الماضي
    wd: int
    rel: Optional[int]


@dataclass(frozen=True, slots=True)
class WeekdayDate(Cand):  # الجمعة 13 نوفمبر 2015 (the weekday alone; the date follows)
    wd: int
    date: Cand


@dataclass(frozen=True, slots=True)
class WeekdayNear(Cand):  # أمس الثلاثاء, اليوم الأحد
    wd: int
    off: int


@dataclass(frozen=True, slots=True)
class DayOffset(Cand):  # أمس, غدا, بعد غد
    off: int


@dataclass(frozen=True, slots=True)
class Ref(Cand):  # الآن, مؤخرا, قريبا
    value: str


@dataclass(frozen=True, slots=True)
class Ago(Cand):  # قبل عامين, قبل نحو عام: the day, month or year that far back
    n: int
    unit: str  # Y, M, W or D
    mod: Optional[str]


@dataclass(frozen=True, slots=True)
class Duration(Cand):  # 13 عاما, منذ نحو عامين
    value: str
    mod: Optional[str]
    TYPE: ClassVar[str] = "DURATION"


@dataclass(frozen=True, slots=True)
class HijriDate(Cand):  # 15 رمضان 1444 هـ
    hy: Optional[int]
    hm: int
    hd: Optional[int]


@dataclass(frozen=True, slots=True)
class HijriMonth(Cand):  # شهر رمضان الماضي
    hm: int
    rel: Optional[int]


def is_year(c: Cand | None) -> bool:
    """A candidate that names a year (what a season, quarter or month of a year takes)."""
    return isinstance(c, (Year, ThatYear)) or (isinstance(c, RelPeriod) and c.unit == "Y")

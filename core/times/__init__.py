"""Time expressions in Arabic (and English) news text, normalised TIMEX3-style.

``find_times(text, published)`` returns the expressions of a text (DATE or DURATION,
with a value such as ``2023-01-17``, ``2021-11``, ``2021-SU``, ``2018-W15``, ``P2Y`` or
``PAST_REF``) and the document date they were resolved against.

How it works: the text is normalised with offsets (core.text) and cut into word tokens
(``view.TokenView``); every token is looked up once in a table built from the lexicons
(``words.py``: month names of the four Arabic families, English and Hijri; weekdays,
seasons, period parts, relative words, number words, units), with the proclitics و ف ب
ل ك taken off. At each token that can start an expression, the patterns its words can
start (``patterns.PATTERNS``, one function ``(view, i) -> candidate`` each, in
``dates``, ``periods``, ``days`` and ``durations``) are tried and the longest candidate
is kept; a candidate is a small frozen record of its kind (``candidates.py``). Values
that depend on the context (weekdays, "last month", "that year", month names without a
year) are resolved afterwards, in text order, by one resolver per kind
(``resolve.py``) against the publication date, else the latest full date written in
the text, else the nearest preceding explicit year. Everything is table lookups and
index arithmetic: linear time, no backtracking.

What it reads (Arabic-Indic digits, diacritics, tatweel and alef/hamza variants all
normalised away; proclitics و ف ب ل ك left outside the span):

- full dates: 17 يناير 2023, 17 من يناير من عام 2023, الرابع من آذار/مارس, السابع عشر من
  الشهر الجاري, January 17, 2023, 17 January 2023, 2023/01/17, 17/01/2023, 2023-01-17,
  15 رمضان 1444 هـ (Hijri, converted with hijridate); أول مايو = 1 May;
- months: the MSA (يناير…), Levantine (كانون الثاني…), Moroccan (يوليوز، غشت، شتنبر…) and
  Algerian/Tunisian (جانفي، فيفري، جوان، جويلية، أوت…) families, English, doubled forms
  (نوفمبر/تشرين الثاني, آذار (مارس), أبريل نيسان); month + year gives YYYY-MM, never a day;
  a month with الماضي/الجاري/المقبل, or alone after في/منذ/خلال/شهر, is resolved; شهر رمضان
  الماضي gives the Gregorian month of its middle;
- years: عام 2020, العام 2020, سنة 2006, لعام 2019, 2019م, 1439 هـ, a bare 1900–2100 number
  unless it counts something (2018 شخصا, القرار 2018, أكثر من 2000); العام الماضي/المقبل,
  هذا العام, ذلك العام/العام نفسه/نفس العام (nearest preceding explicit year); decades
  (التسعينيات → 199) and centuries (القرن التاسع عشر → 18);
- seasons (صيف 2016, صيف ذلك العام, الصيف الماضي → 2021-SU), quarters and halves (الربع
  الأول من العام 2020 → 2020-Q1, النصف الثاني → H2), parts with a mod (مطلع/أوائل/بداية →
  START, منتصف/أواسط → MID, أواخر/نهاية → END), weeks (الأسبوع الماضي → 2018-W15),
  weekends (عطلة نهاية الأسبوع → 2018-W15-WE);
- days: weekdays (الثلاثاء, مساء الأحد, الإثنين الماضي, الخميس المقبل) resolved to the most
  recent such day on or before the document date unless the context announces the future
  (المقبل, من المقرر, سيزور…); أمس, أمس الأول, غدا, بعد غد, اليوم, الليلة, اليوم الأحد;
- durations: 13 عاماً, 180 يوما, خمسة عشر عاما, عامين, الأسبوعين, أسبوعا, لمدة عام, 48 ساعة,
  منذ نحو عامين (APPROX), قبل ثلاثة أيام, السنوات العشر الماضية, vague ones (أيام, السنوات
  الأخيرة → PXD, PXY), frequencies (شهريا → P1M), ربع قرن;
- vague references: الآن, حاليا, حتى الآن (PRESENT_REF); مؤخرا, في وقت سابق, سابقا, لاحقا
  (PAST_REF); قريبا, مستقبلا, في المستقبل (FUTURE_REF).

Without a publication date the document date is the latest full date written in the
text (e.g. the date line of an embedded tweet); with neither, relative expressions keep
TIMEX placeholders (XXXX-WXX-2, XXXX-05) and no anchor.
"""
from __future__ import annotations

import datetime as _dt

from core.model import DocumentDate, TimeExpr
from core.text import NormText, Token, normalize_with_offsets
from core.times.calendar import parse_day
from core.times.candidates import Cand
from core.times.patterns import find_candidates
from core.times.resolve import Resolver, explicit_day
from core.times.view import TokenView

__all__ = ["find_times"]

# The text layer's own normalisation: find_times takes its result when the caller has
# it already, and computes it otherwise.
_normalize = normalize_with_offsets


def _published_day(published) -> _dt.date | None:
    if isinstance(published, str):
        return parse_day(published)
    if isinstance(published, _dt.datetime):
        return published.date()
    return published


def _document_date(text: str, v: TokenView, cands: list[Cand], published: _dt.date | None):
    """(document date, anchor, its source): the publication date, else the latest full
    date written in the text (a dated tweet), else none."""
    if published is not None:
        return DocumentDate(published.isoformat(), "published"), published, "published"
    best = None
    for c in cands:
        d = explicit_day(c)
        if d is not None and (best is None or d >= best[0]):
            best = (d, c)
    if best is None:
        return DocumentDate(None, "none"), None, "none"
    s, e = _span(v, best[1])
    return DocumentDate(best[0].isoformat(), "text", text[s:e]), best[0], "text"


def _span(v: TokenView, c: Cand) -> tuple[int, int]:
    """Original offsets of a candidate, its proclitics left outside."""
    return v.nt.orig_span(v.start(c.i) + c.drop, v.end(c.j - 1))


def find_times(text: str, published: _dt.date | None = None,
               nt: NormText | None = None, toks: list[Token] | None = None,
               starts: list | None = None) -> tuple[list[TimeExpr], DocumentDate]:
    """Time expressions of ``text`` (sorted, non-overlapping) and the document date.
    ``nt`` is ``normalize_with_offsets(text)`` and ``toks`` ``tokenize(nt)`` when the
    caller has computed them already; ``starts`` what each of ``toks`` may start
    (``patterns.word_plan`` of its word), when the caller has read it per word."""
    published = _published_day(published)
    if not text:
        return [], (DocumentDate(published.isoformat(), "published") if published else DocumentDate(None, "none"))
    v = TokenView(nt if nt is not None else _normalize(text), toks if nt is not None else None,
                  starts if nt is not None and toks is not None else None)
    cands = find_candidates(v)
    doc, anchor, src = _document_date(text, v, cands, published)
    res = Resolver(v, anchor, src)
    out: list[TimeExpr] = []
    last_end = 0
    for c in cands:
        value = res.value(c)
        if value is None:
            continue
        s, e = _span(v, c)
        if s < last_end or e <= s:
            continue
        out.append(TimeExpr(text[s:e], s, e, c.TYPE, value[0], value[1], value[2]))
        last_end = e
    return out, doc

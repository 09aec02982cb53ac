"""Time expressions in Arabic (and English) news text, normalised TIMEX3-style.

``find_times(text, published)`` returns the expressions of a text (DATE or DURATION,
with a value such as ``2023-01-17``, ``2021-11``, ``2021-SU``, ``2018-W15``, ``P2Y`` or
``PAST_REF``) and the document date they were resolved against.

How it works: the text is normalised with offsets (core.text), cut into word tokens,
and every token is looked up once in a table built from the lexicons in
``data/lexicons`` (month names of the four Arabic families, English and Hijri;
weekdays, seasons, period parts, relative words, number words, units), with the
proclitics و ف ب ل ك taken off. A small hand-written grammar then tries, at each
token that can start an expression, a handful of patterns (day month year, month
year, relative periods, weekdays, durations, ...) and keeps the longest. Values that
depend on the context (weekdays, "last month", "that year", month names without a
year) are resolved afterwards, in text order, against the publication date, else the
latest full date written in the text, else the nearest preceding explicit year.
Everything is table lookups and index arithmetic: linear time, no backtracking.

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
import os
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from core.model import DocumentDate, TimeExpr
from core.text import NormText, Token, normalize_for_match, normalize_with_offsets

_LEX_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "lexicons")

# Proclitic combinations that may be glued to a temporal word (longest first).
_PRE_ARTICLE = ("وبال", "فبال", "وكال", "وال", "فال", "بال", "كال")  # before a word with ال
_PRE_PLAIN = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")
_WORD = re.compile(r"[^\W_]+(?:['’_][^\W_]+)*")
_DIGITS = re.compile(r"((?:[وف]?في)?(?:[وفبل]{0,2}ال)?[وفبل]{0,2})(\d{1,4})([مه]?)")
_YEAR_WORDS = ("عام", "سنه", "العام", "السنه", "لعام", "للعام", "لسنه", "للسنه", "year")
# words after which a bare plural (أيام, سنوات) is a vague length of time
_VAGUE_CTX = ("بعد", "وبعد", "قبل", "وقبل", "منذ", "ومنذ", "خلال", "وخلال", "طوال", "طيله", "لمده", "مدي", "غضون",
              "عده", "لعده", "بعده", "بضعه", "لبضعه", "مرور", "استمرت", "استمر", "for", "after")
# words after which a bare singular unit is one unit of time (لمدة عام)
_ONE_CTX = ("لمده", "مده", "طوال", "طيله", "غضون", "ولمده")
# A month or day named without a year lies at most this far after the anchor; beyond it,
# it is the last one before (news mostly reports the past, and announces the near future).
_AHEAD_MONTHS = 2
_AHEAD_DAYS = 61
# words after which الغد is tomorrow (elsewhere it is mostly a name: حزب الغد)
_GHAD_CTX = ("من", "حتى", "الى", "يوم", "صباح", "مساء", "ظهر", "فجر", "ليل", "بعد", "قبل", "في")
_SENT_BREAK = re.compile(r"[.!?؟\n]")


# --------------------------------------------------------------------------------------
# lexicon
# --------------------------------------------------------------------------------------
# which patterns a token can start, by the lexicon classes it carries
_DISPATCH = {
    "month": ("p_month",), "mword": ("p_month",), "ord": ("p_day_month",),
    "quarter": ("p_quarter",), "part": ("p_part",), "season": ("p_season",),
    "yearword": ("p_year",), "unit": ("p_year", "p_duration"), "this": ("p_year",),
    "that": ("p_year",), "same": ("p_year",), "weekday": ("p_weekday",), "daypart": ("p_weekday",),
    "day": ("p_day",), "ref": ("p_ref",), "freq": ("p_freq",), "approx": ("p_duration",),
    "more": ("p_duration",), "num": ("p_duration",), "decade": ("p_decade",),
    "century": ("p_century",), "since": ("p_duration",),
}


_DIGIT_NAMES = frozenset(("p_numeric", "p_day_month", "p_year", "p_duration"))


@dataclass
class _Lexicon:
    entries: dict  # tuple of normalised words -> {class: value}
    surface: dict  # normalised token -> list of (stem, chars dropped)
    first: dict  # stem -> list of multi-word keys starting with it, longest first
    starters: dict  # normalised token -> names of the patterns it may start
    future_verbs: frozenset  # imperfect verbs whose form with س marks the future


def _read_tsv(name: str) -> list[list[str]]:
    rows = []
    with open(os.path.join(_LEX_DIR, name), encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    entries: dict = {}

    def put(form: str, cls: str, value) -> None:
        key = tuple(normalize_for_match(form).split())
        if not key:
            return
        entries.setdefault(key, {}).setdefault(cls, value)

    for form, month, family, strength in _read_tsv("months.tsv"):
        put(form, "month", (int(month), family, strength))
    for form, cls, value in _read_tsv("time_words.tsv"):
        if cls in ("weekday", "day", "num", "ord", "rel", "this", "decade") and value.lstrip("-").isdigit():
            value = int(value)
        put(form, cls, value)

    surface: dict = {}
    for key in entries:
        w = key[0]
        surface.setdefault(w, [])
        if (w, 0) not in surface[w]:
            surface[w].insert(0, (w, 0))
    for key in list(entries):
        w = key[0]
        forms = []
        if w.startswith("ال") and len(w) > 3:
            forms += [(p + w[2:], len(p) - 2) for p in _PRE_ARTICLE]
            forms += [("لل" + w[2:], 1), ("ولل" + w[2:], 2), ("فلل" + w[2:], 2)]
        if not w.isdigit():
            forms += [(p + w, len(p)) for p in _PRE_PLAIN]
        for s, d in forms:
            lst = surface.setdefault(s, [])
            if (w, d) not in lst:
                lst.append((w, d))
    first: dict = {}
    for key in entries:
        if len(key) > 1:
            first.setdefault(key[0], []).append(key)
    for k in first:
        first[k].sort(key=len, reverse=True)
    starters: dict = {}
    for w, readings in surface.items():
        names = set()
        for stem, _ in readings:
            for key in [(stem,)] + first.get(stem, []):
                for c in entries.get(key, ()):
                    names.update(_DISPATCH.get(c, ()))
        if names:
            starters[w] = frozenset(names)
    future_verbs = frozenset(k[0] for k, e in entries.items() if "futureverb" in e and len(k) == 1)
    return _Lexicon(entries, surface, first, starters, future_verbs)


# --------------------------------------------------------------------------------------
# a parse of one text
# --------------------------------------------------------------------------------------
@dataclass
class _Cand:
    i: int  # first token
    j: int  # one past the last token
    kind: str
    f: dict  # fields of the kind
    drop: int = 0  # proclitic characters before the expression in token i
    ttype: str = "DATE"


# The text layer's own normalisation: find_times takes its result when the caller has
# it already, and computes it otherwise.
_normalize = normalize_with_offsets


class _Sentences:
    """Sentence number of a token, computed on demand from the break positions."""

    def __init__(self, norm: str, starts: list[int]):
        self.norm = norm
        self.breaks: list[int] | None = None  # found when first asked: most articles never ask
        self.starts = starts

    def __getitem__(self, i: int) -> int:
        if self.breaks is None:
            self.breaks = [m.start() for m in _SENT_BREAK.finditer(self.norm)]
        return bisect_right(self.breaks, self.starts[i])


class _Parse:
    def __init__(self, text: str, nt: NormText | None = None, toks: list[Token] | None = None):
        self.nt = nt if nt is not None else _normalize(text)
        norm = self.nt.norm
        self.lex = _lexicon()
        if toks is not None and nt is not None and "_" not in norm:
            # the article's tokens are these words when no underscore joins two of them
            self.W = list(map(itemgetter(0), toks))
            self.NS = list(map(itemgetter(1), toks))
            self.NE = list(map(itemgetter(2), toks))
        else:
            ms = list(_WORD.finditer(norm))
            self.W = [m.group() for m in ms]
            self.NS = [m.start() for m in ms]
            self.NE = [m.end() for m in ms]
        self.n = len(self.W)
        self._at: dict = {}
        self.sid = _Sentences(norm, self.NS)

    # --- token helpers ----------------------------------------------------------------
    def gap(self, i: int) -> str | None:
        """Text between token i and token i+1 (None past the end)."""
        if i + 1 >= self.n or i < 0:
            return None
        return self.nt.norm[self.NE[i]:self.NS[i + 1]]

    def sp(self, i: int) -> bool:
        g = self.gap(i)
        return g is not None and g.isspace() and "\n" not in g

    def at(self, i: int) -> list:
        """Lexicon readings starting at token i: list of (end, classes, dropped), longest first."""
        r = self._at.get(i)
        if r is not None:
            return r
        r = []
        if 0 <= i < self.n:
            lex = self.lex
            for stem, drop in lex.surface.get(self.W[i], ()):
                for key in lex.first.get(stem, ()):
                    k = len(key)
                    if i + k <= self.n and self.W[i + 1] == key[1] and all(
                        self.W[i + t] == key[t] and self.sp(i + t - 1) for t in range(1, k)
                    ):
                        r.append((i + k, lex.entries[key], drop))
                e = lex.entries.get((stem,))
                if e is not None:
                    r.append((i + 1, e, drop))
            r.sort(key=lambda x: (-x[0], x[2]))
        self._at[i] = r
        return r

    def cls(self, i: int, c: str, single: bool = False):
        """(value, end, dropped) of the longest reading of class c at token i."""
        for j, e, d in self.at(i):
            if c in e and (not single or j == i + 1):
                return e[c], j, d
        return None

    def stem(self, i: int, drop: int) -> str:
        """The lexicon form read at token i with ``drop`` proclitic characters."""
        for s, d in self.lex.surface.get(self.W[i], ()):
            if d == drop:
                return s
        return self.W[i][drop:]

    def word(self, i: int) -> str:
        return self.W[i] if 0 <= i < self.n else ""

    def digits(self, i: int):
        """(number, n_digits, clitic chars, suffix) of a digit token, else None."""
        if not (0 <= i < self.n):
            return None
        w = self.W[i]
        if not (w[-1].isdigit() or w[-1] in "مه"):
            return None
        m = _DIGITS.fullmatch(w)
        if not m:
            return None
        return int(m.group(2)), len(m.group(2)), len(m.group(1)), m.group(3)

    def plain_number(self, i: int) -> bool:
        """Digit token i is not glued to other numbers by , . : (thousands, decimals, times)."""
        g = self.gap(i - 1)
        if g in (",", ".", ":", "٫", "٬", "،") and self.digits(i - 1):
            return False
        g = self.gap(i)
        if g in (",", ".", ":", "٫", "٬") and self.digits(i + 1):
            return False
        return True

    # --- building blocks --------------------------------------------------------------
    def year_num(self, i: int, lo: int = 1000, hi: int = 2199):
        d = self.digits(i)
        if d and d[1] == 4 and lo <= d[0] <= hi and d[3] != "ه" and self.plain_number(i):
            j = i + 1
            if not d[3] and self.sp(i) and self.cls(j, "ad", single=True):
                j += 1
            return d[0], j, d[2]
        return None

    def number(self, i: int):
        """(value or 'X', end, dropped) of a cardinal number at token i."""
        d = self.digits(i)
        if d:
            if d[3] or not self.plain_number(i):
                return None
            return d[0], i + 1, d[2]
        r = self.cls(i, "num")
        if not r:
            return None
        v, j, drop = r
        if v == "X":
            return v, j, drop
        if v < 10 and self.sp(j - 1):
            nx = self.cls(j, "num", single=True)
            if nx and nx[0] == 10 and nx[2] == 0:  # ثلاثة عشر
                return v + 10, j + 1, drop
            if nx and isinstance(nx[0], int) and 20 <= nx[0] <= 90 and self.word(j).startswith("و"):
                return v + nx[0], j + 1, drop
        return v, j, drop

    def month(self, i: int):
        r = self.cls(i, "month")
        return r  # ((m, family, strength), end, dropped)

    def monthx(self, i: int):
        """A month name, possibly doubled ("نوفمبر/تشرين الثاني", "آذار (مارس)")."""
        r = self.month(i)
        if not r:
            return None
        (m, fam, strength), j, drop = r
        doubled = False
        while True:
            g = self.gap(j - 1)
            if g is None or g.strip() not in ("/", "(", "-", "–", "\\", "|", "،", ",", "") or len(g) > 4 or "\n" in g:
                break
            r2 = self.month(j)
            if not r2 or (r2[0][1] == "hijri") != (fam == "hijri"):
                break
            if r2[0][0] != m and fam != "hijri":
                break
            doubled = True
            j = r2[1]
        return dict(m=m, fam=fam, strong=strength == "strong" or doubled, doubled=doubled), j, drop

    def gap_ok(self, i: int, allowed=("", ",", "،", ")", "-")) -> bool:
        g = self.gap(i)
        return g is not None and "\n" not in g and len(g) <= 4 and g.strip() in allowed

    def year_after(self, j: int):
        """An explicit year following a month/day: "2021", "من عام 2021", ", 2023"."""
        if not self.gap_ok(j - 1):
            return None
        k = j
        if self.word(k) in ("من", "of") and self.sp(k):
            k += 1
        if self.word(k) in _YEAR_WORDS and self.sp(k):
            k += 1
        r = self.year_num(k)
        if r:
            return r[0], r[1]
        return None

    def relyear_after(self, j: int):
        """"العام الماضي", "من العام الجاري", "ذلك العام" after a month: a year candidate."""
        if not self.gap_ok(j - 1):
            return None
        k = j
        if self.word(k) == "من" and self.sp(k):
            k += 1
        c = self.p_period(k)
        if c is not None and not c.drop and (c.kind == "ythat" or (c.kind == "prel" and c.f["u"] == "Y")):
            return c
        return None

    def rel_after(self, j: int):
        if not self.sp(j - 1):
            return None
        r = self.cls(j, "rel", single=True)
        if r and r[2] == 0:
            return r[0], r[1]
        return None

    def future_verb(self, k: int) -> bool:
        """A verb in the future tense from the lexicon: سيزور، ستعقد، وسنبحث، سيلتقيان."""
        w = self.W[k]
        if w[:1] in ("و", "ف") and w[1:2] == "س":
            w = w[1:]
        if not w.startswith("س") or len(w) < 4 or w[1] not in "يتن":
            return False
        fv = self.lex.future_verbs
        stem = "ي" + w[2:]
        if stem in fv:
            return True
        for suf in ("ان", "ون", "وا"):
            if stem.endswith(suf) and stem[:-len(suf)] in fv:
                return True
        return False

    def future_context(self, i: int) -> bool:
        s = self.sid[i] if i < self.n else -1
        for k in range(i - 1, max(-1, i - 8), -1):
            if self.sid[k] != s:
                break
            if k >= i - 4 and self.future_verb(k):
                return True
            if self.cls(k, "future", single=True):
                for q in range(k - 1, max(-1, k - 4), -1):
                    if self.word(q) in ("كان", "وكان", "كانت", "وكانت", "فكان"):
                        return False
                return True
        return False

    # --- patterns ---------------------------------------------------------------------
    def day_at(self, i: int):
        d = self.digits(i)
        if d:
            if d[1] <= 2 and 1 <= d[0] <= 31 and not d[3] and self.plain_number(i):
                g = self.gap(i - 1)
                if g is not None and g.strip() in ("/", "-", ".") and self.digits(i - 1):
                    return None
                return d[0], i + 1, d[2]
            return None
        r = self.cls(i, "ord")
        if r and r[2] <= 1:
            return r
        return None

    def p_numeric(self, i: int):
        a = self.digits(i)
        if not a or a[3] or i + 2 >= self.n:
            return None
        g1, g2 = self.gap(i), self.gap(i + 1)
        if g1 not in ("/", "-", ".") or g2 != g1:
            return None
        b, c = self.digits(i + 1), self.digits(i + 2)
        if not b or not c or b[2] or c[2] or b[3]:
            return None
        g3 = self.gap(i + 2)
        if g3 is not None and g3 in ("/", "-", ".") and self.digits(i + 3):
            return None
        if a[1] == 4 and b[1] <= 2 and c[1] <= 2:
            y, m, d = a[0], b[0], c[0]
        elif c[1] == 4 and a[1] <= 2 and b[1] <= 2:
            y, m, d = c[0], b[0], a[0]
            if m > 12 and d <= 12:  # month first (US order)
                m, d = d, m
        else:
            return None
        if not (1900 <= y <= 2100 and 1 <= m <= 12 and 1 <= d <= 31):
            return None
        return _Cand(i, i + 3, "full", dict(y=y, m=m, d=d), a[2])

    def p_day_month(self, i: int):
        r = self.day_at(i)
        if not r:
            return None
        d, j, drop = r
        if self.word(j) in ("من", "of") and self.sp(j - 1):
            j += 1
        if not self.sp(j - 1):
            return None
        if self.word(j) in ("شهر", "الشهر") and self.sp(j) and self.month(j + 1):
            j += 1
        mx = self.monthx(j)
        if not mx:
            if self.word(j - 1) in ("من", "of"):
                c = self.p_period(j)
                if c is not None and not c.drop and c.kind == "prel" and c.f["u"] == "M":
                    return _Cand(i, c.j, "dmrel", dict(d=d, off=c.f["off"]), drop)
            return None
        info, j, _ = mx
        if info["fam"] == "hijri":
            ya = self.year_after_hijri(j)
            hy = None
            if ya:
                hy, j = ya
            elif info["m"] == 2 and not self.hmark_after(j):  # "صفر" = zero
                return None
            h = self.hmark_after(j)
            if h:
                j = h
            return _Cand(i, j, "hijri", dict(hy=hy, hm=info["m"], hd=d), drop)
        ya = self.year_after(j)
        if ya:
            return _Cand(i, ya[1], "full", dict(y=ya[0], m=info["m"], d=d), drop)
        ry = self.relyear_after(j)
        if ry:
            return _Cand(i, ry.j, "dmy", dict(d=d, m=info["m"], inner=ry), drop)
        rel = self.rel_after(j)
        if rel:
            return _Cand(i, rel[1], "dm", dict(d=d, m=info["m"], rel=rel[0]), drop)
        return _Cand(i, j, "dm", dict(d=d, m=info["m"], rel=None), drop)

    def year_after_hijri(self, j: int):
        if not self.gap_ok(j - 1):
            return None
        k = j
        if self.word(k) in ("من", "عام", "سنه", "العام", "السنه"):
            if self.word(k) == "من" and self.sp(k):
                k += 1
            if self.word(k) in ("عام", "سنه", "العام", "السنه") and self.sp(k):
                k += 1
        d = self.digits(k)
        if d and d[1] == 4 and 1300 <= d[0] <= 1500 and d[3] != "م":
            return d[0], k + 1
        return None

    def hmark_after(self, j: int):
        if j > 0 and 0 < j <= self.n:
            d = self.digits(j - 1)
            if d and d[3] == "ه":
                return j
        if self.gap_ok(j - 1, ("",)):
            r = self.cls(j, "hmark", single=True)
            if r:
                return r[1]
        return None

    def p_month(self, i: int):
        k = i
        drop = 0
        mword = self.cls(i, "mword", single=True)
        if mword and self.sp(i):
            k = i + 1
            drop = mword[2]
        mx = self.monthx(k)
        if not mx:
            return None
        info, j, d2 = mx
        if k == i:
            drop = d2
        if info["fam"] == "hijri":
            ya = self.year_after_hijri(j)
            if not ya:
                rel = self.rel_after(j)
                if rel:
                    return _Cand(i, rel[1], "hijrim", dict(hm=info["m"], rel=rel[0]), drop)
                if k > i and self.W[i][drop:] == "شهر":
                    return _Cand(i, j, "hijrim", dict(hm=info["m"], rel=None), drop)
                return None
            j = ya[1]
            h = self.hmark_after(j)
            if h:
                j = h
            return _Cand(i, j, "hijri", dict(hy=ya[0], hm=info["m"], hd=None), drop)
        # English order: January 17, 2023
        if self.sp(j - 1):
            dd = self.digits(j)
            if dd and dd[1] <= 2 and 1 <= dd[0] <= 31 and not dd[2] and not dd[3]:
                ya = self.year_after(j + 1)
                if ya:
                    return _Cand(i, ya[1], "full", dict(y=ya[0], m=info["m"], d=dd[0]), drop)
                if info["fam"] == "en":
                    return _Cand(i, j + 1, "dm", dict(d=dd[0], m=info["m"], rel=None), drop)
        ya = self.year_after(j)
        if ya:
            return _Cand(i, ya[1], "ym", dict(y=ya[0], m=info["m"]), drop)
        ry = self.relyear_after(j)
        if ry:
            return _Cand(i, ry.j, "ymr", dict(m=info["m"], inner=ry), drop)
        rel = self.rel_after(j)
        if rel:
            return _Cand(i, rel[1], "m", dict(m=info["m"], rel=rel[0]), drop)
        # alone: needs context
        if info["fam"] == "en":
            return None
        if self.word(i - 1) in ("دي", "دو", "دا", "di", "de"):
            return None  # a surname (لويجي دي مايو)
        prev = self.word(i - 1)
        ctx = k > i or (self.sp(i - 1) and (
            self.cls(i - 1, "tprep", single=True) or self.cls(i - 1, "part", single=True)))
        if d2 and not info["doubled"] and k == i and not info["strong"]:
            return None
        if (info["strong"] and (ctx or info["fam"] == "msa")) or (info["doubled"]) or (ctx and k > i):
            return _Cand(i, j, "m", dict(m=info["m"], rel=None), drop)
        if ctx and info["fam"] in ("lev", "msa", "dz", "mag") and prev in ("في", "وفي", "منذ", "خلال", "حتى") and not d2:
            if self.word(k) not in ("اب", "ماي", "جوان", "نيسان", "تموز", "اوت"):
                return _Cand(i, j, "m", dict(m=info["m"], rel=None), drop)
        return None

    def p_year(self, i: int):
        # عام 2020 / العام 2020 / سنة 2006
        yw = self.cls(i, "yearword", single=True)
        k = i + 1 if yw and self.sp(i) else i
        h = self.hijri_year(k)
        if h:
            return _Cand(i, h[1], "y", dict(y=h[0]), yw[2] if k > i else h[2])
        if k > i:
            r = self.year_num(i + 1)
            if r:
                return _Cand(i, r[1], "y", dict(y=r[0]), yw[2])
        r = self.bare_year(i)
        if r:
            return r
        return self.p_period(i)

    def hijri_year(self, i: int):
        """A Hijri year ("1439 هـ", "1439هـ"): the Gregorian year its middle falls in."""
        d = self.digits(i)
        if not d or d[1] != 4 or not 1343 <= d[0] <= 1500:
            return None
        j = i + 1
        if d[3] != "ه":
            if d[3] or not self.gap_ok(i, ("",)) or not self.cls(j, "hmark", single=True):
                return None
            j += 1
        from hijridate import Hijri

        try:
            return Hijri(d[0], 6, 15).to_gregorian().year, j, d[2]
        except (ValueError, OverflowError):
            return None

    def bare_year(self, i: int, context: bool = False):
        r = self.year_num(i, 1900, 2100)
        if not r:
            return None
        y, j, drop = r
        if drop and self.W[i][:drop] not in ("و", "ف", "ب", "ل", "وب", "وف", "ول"):
            return None
        if not context:
            prev = self.word(i - 1)
            g = self.gap(i - 1)
            glued_prev = g is not None and len(g) <= 3 and "\n" not in g
            if glued_prev and self.cls(i - 1, "countpre", single=True):
                return None
            if glued_prev and prev == "من" and self.word(i - 2) in ("اكثر", "اقل", "ازيد", "قرابه", "اصل"):
                return None
            nxt = self.gap(j - 1)
            if j < self.n and nxt is not None and len(nxt) <= 3 and "\n" not in nxt:
                w = self.W[j]
                if self.cls(j, "countnoun") or self.cls(j, "unit"):
                    return None
                if self.cls(j, "month") and j == i + 1:
                    return None
                if (w.endswith("ا") and not w.startswith("ال") and len(w) >= 4
                        and not self.at(j) and w not in ("ايضا",)):
                    return None
        return _Cand(i, j, "y", dict(y=y), drop)

    def p_period(self, i: int):
        """العام الماضي, هذا الشهر, الأسبوع المقبل, ذلك العام, العام نفسه, نفس العام."""
        r = self.cls(i, "unit", single=True)
        if r and r[0].split(":")[1] == "defsg":
            u = r[0].split(":")[0]
            if u not in ("Y", "M", "W"):
                return None
            if self.article_adjective(i):
                return None
            if self.sp(i):
                if self.word(i + 1) in ("قبل", "بعد") and self.sp(i + 1):  # العام قبل الماضي
                    rel = self.cls(i + 2, "rel", single=True)
                    if rel and rel[2] == 0 and rel[0] == {"قبل": -1, "بعد": 1}[self.word(i + 1)]:
                        return _Cand(i, i + 3, "prel", dict(u=u, off=2 * rel[0]), r[2])
                rel = self.cls(i + 1, "rel", single=True)
                if rel and rel[2] == 0:
                    return _Cand(i, i + 2, "prel", dict(u=u, off=rel[0]), r[2])
                se = self.cls(i + 1, "self", single=True)
                if se and se[2] == 0 and u == "Y":
                    return _Cand(i, i + 2, "ythat", {}, r[2])
            return None
        for c in ("this", "that", "same"):
            t = self.cls(i, c, single=True)
            if t and self.sp(i):
                u = self.cls(i + 1, "unit", single=True)
                if u and u[2] == 0 and u[0].split(":")[1] == "defsg":
                    unit = u[0].split(":")[0]
                    if unit not in ("Y", "M", "W"):
                        return None
                    if c == "this":
                        return _Cand(i, i + 2, "prel", dict(u=unit, off=0), t[2])
                    if unit == "Y":
                        return _Cand(i, i + 2, "ythat", {}, t[2])
                    return None
                s = self.cls(i + 1, "season", single=True)
                if s and c == "this" and self.word(i + 1).startswith("ال"):
                    return _Cand(i, i + 2, "seasonrel", dict(s=s[0], off=0), t[2])
        return None

    def article_adjective(self, i: int) -> bool:
        """"العام" right after a definite noun is the adjective "general" (الأمين العام)."""
        if self.W[i] not in ("العام",):
            return False
        if not self.sp(i - 1):
            return False
        p = self.W[i - 1]
        for stem, _ in self.lex.surface.get(p, ((p, 0),)):
            if (stem,) in self.lex.entries:
                return False
        return p.startswith("ال") or p.startswith("وال") or p.startswith("لل")

    def p_season(self, i: int):
        s = self.cls(i, "season", single=True)
        if not s or not self.sp(i):
            return None
        definite = self.W[i][s[2]:].startswith("ال")
        j = i + 1
        if definite:
            rel = self.cls(j, "rel", single=True)
            if rel and rel[2] == 0:
                return _Cand(i, j + 1, "seasonrel", dict(s=s[0], off=rel[0]), s[2])
            se = self.cls(j, "self", single=True)
            if se and se[2] == 0:
                return _Cand(i, j + 1, "season", dict(s=s[0], inner=_Cand(j, j + 1, "ythat", {})), s[2])
            return None
        if self.word(j) == "من" and self.sp(j):
            j += 1
        inner = self.p_year(j) or self.bare_year(j, context=True)
        if inner and inner.kind in ("y", "ythat") or (inner and inner.kind == "prel" and inner.f["u"] == "Y"):
            if inner.drop:
                return None
            return _Cand(i, inner.j, "season", dict(s=s[0], inner=inner), s[2])
        return None

    def p_part(self, i: int):
        p = self.cls(i, "part", single=True)
        if not p or not self.sp(i):
            return None
        j = i + 1
        inner = (self.p_month(j) or self.p_decade(j) or self.p_century(j) or self.p_season(j) or self.p_quarter(j) or self.p_year(j)
                 or self.bare_year(j, context=True) or self.p_day_month(j))
        if inner is None and p[0] == "END" and self.W[i][p[2]:] == "نهايه" and self.word(j) == "الاسبوع":
            # نهاية الأسبوع (الماضي): a weekend
            off, k = 0, j + 1
            r = self.cls(k, "rel", single=True) if self.sp(j) else None
            if r and r[2] == 0:
                off, k = r[0], k + 1
            elif self.sp(j) and self.cls(k, "this", single=True) is None and self.word(i - 1) not in ("عطله", "خلال", "في", "وفي"):
                return None
            return _Cand(i, k, "weekend", dict(off=off), p[2])
        if inner is None:
            # مطلع العام / نهاية الشهر: the current one
            u = self.cls(j, "unit", single=True)
            if u and u[2] == 0 and u[0].split(":")[1] == "defsg" and u[0][0] in "YM" and self.W[i][p[2]:] not in ("اول", "اخر", "وسط"):
                inner = _Cand(j, j + 1, "prel", dict(u=u[0][0], off=0))
        if inner is None or inner.drop or inner.kind in ("dm", "full"):
            if inner is not None and inner.kind in ("dm", "full") and not inner.drop:
                return _Cand(i, inner.j, "part", dict(inner=inner, mod=p[0]), p[2])
            return None
        if self.W[i][p[2]:] in ("اول", "اخر", "وسط") and inner.kind not in ("m", "ym", "y", "prel"):
            return None
        if self.W[i][p[2]:] == "اول" and inner.kind == "ym":  # أول مايو 2018 = 1 May
            return _Cand(i, inner.j, "full", dict(y=inner.f["y"], m=inner.f["m"], d=1), p[2])
        if self.W[i][p[2]:] == "اول" and inner.kind == "m":
            return _Cand(i, inner.j, "dm", dict(d=1, m=inner.f["m"], rel=inner.f["rel"]), p[2])
        return _Cand(i, inner.j, "part", dict(inner=inner, mod=p[0]), p[2])

    def p_quarter(self, i: int):
        q = self.cls(i, "quarter", single=True)
        if not q or not self.sp(i):
            return None
        o = self.cls(i + 1, "ord", single=True)
        last = self.cls(i + 1, "ordlast", single=True)
        if o and o[2] == 0:
            n = o[0]
        elif last and last[2] == 0:
            n = 4 if q[0] == "Q" else 2
        else:
            return None
        if (q[0] == "Q" and not 1 <= n <= 4) or (q[0] == "H" and not 1 <= n <= 2):
            return None
        j = i + 2
        if self.word(j) == "من" and self.sp(j - 1) and self.sp(j):
            j += 1
        elif not self.sp(j - 1):
            return None
        inner = self.p_year(j) or self.bare_year(j, context=True)
        if inner is None:
            u = self.cls(j, "unit", single=True)
            if u and u[2] == 0 and u[0] .startswith("Y:defsg") and self.word(j - 1) == "من":
                inner = _Cand(j, j + 1, "prel", dict(u="Y", off=0))
        if inner is None or not (inner.kind in ("y", "ythat") or (inner.kind == "prel" and inner.f["u"] == "Y")):
            return None
        return _Cand(i, inner.j, "quarter", dict(q=f"{q[0]}{n}", inner=inner), q[2])

    def p_century(self, i: int):
        """القرن الماضي / القرن العشرين / القرن الـ21 / القرن التاسع عشر."""
        c = self.cls(i, "century", single=True)
        if not c or not self.sp(i):
            return None
        j = i + 1
        o = self.cls(j, "ord")
        if o and o[2] == 0 and isinstance(o[0], int):
            return _Cand(i, o[1], "century", dict(n=o[0]), c[2])
        d = self.digits(j)
        if d and d[1] <= 2 and 1 <= d[0] <= 21 and not d[3]:
            return _Cand(i, j + 1, "century", dict(n=d[0]), c[2])
        r = self.cls(j, "rel", single=True)
        if r and r[2] == 0:
            return _Cand(i, j + 1, "centrel", dict(off=r[0]), c[2])
        return None

    def p_decade(self, i: int):
        """التسعينيات, ثمانينات القرن الماضي."""
        d = self.cls(i, "decade", single=True)
        if not d:
            return None
        j = i + 1
        inner = None
        if self.sp(i):
            if self.word(j) == "من" and self.sp(j) and self.cls(j + 1, "century", single=True):
                j += 1
            inner = self.p_century(j)
            if inner is not None and not inner.drop:
                j = inner.j
            else:
                inner = None
                j = i + 1
        if inner is None and not self.W[i][d[2]:].startswith("ال"):
            return None
        if inner is None and self.word(j) == "من" and self.word(j + 1).startswith("عمر"):
            return None  # في العشرينات من عمره: an age
        return _Cand(i, j, "decade", dict(d=d[0], inner=inner), d[2])

    def p_weekday(self, i: int):
        k = i
        dp = self.cls(i, "daypart", single=True)
        if dp and self.sp(i):
            k = i + 1
        w = self.cls(k, "weekday", single=True)
        if not w or (k > i and w[2]):
            return None
        wd, j, drop = w
        if k > i:
            drop = dp[2]
        if self.W[k][w[2]:] == "الاثنين":  # also "the two"
            if self.word(j) in ("معا", "كليهما") or self.word(k - 1) in ("بين", "كلا", "هذين", "ان"):
                return None
        if self.W[k][w[2]:] == "الاحد" and self.word(k - 1) in ("الا", "ولا", "لا"):
            return None
        rel = None
        if self.sp(j - 1):
            r = self.cls(j, "rel", single=True)
            if r and r[2] == 0:
                rel = r[0]
                j = r[1]
        if self.sp(j - 1) and self.cls(j, "daypost", single=True) and self.cls(j, "daypost", single=True)[2] == 0:
            j += 1
        # "الجمعة 13 نوفمبر 2015": the weekday takes the value of the date it introduces
        if rel is None and self.gap_ok(j - 1, ("", ",", "،", "-")):
            nxt = self.p_day_month(j) or self.p_numeric(j)
            if nxt is not None and not nxt.drop:
                return _Cand(i, j, "wddate", dict(wd=wd, date=nxt), drop)
        return _Cand(i, j, "wd", dict(wd=wd, rel=rel), drop)

    def p_day(self, i: int):
        r = self.cls(i, "day")
        if not r:
            return None
        off, j, drop = r
        base = self.stem(i, drop)
        if j == i + 1 and base in ("اليوم", "الليله"):
            nx = self.word(j)
            if self.sp(i) and nx.startswith("ال") and not self.cls(j, "weekday", single=True):
                return None
            if (self.sp(i) and self.cls(j, "self", single=True)) or (self.sp(i - 1) and self.cls(i - 1, "that", single=True)):
                return None  # اليوم نفسه / ذلك اليوم: a day of the story, not today
            if self.sp(i - 1) and self.cls(i - 1, "this", single=True):
                return None
        if base.startswith("الغد") and j == i + 1 and self.sp(i) and self.word(j).startswith("ال"):
            return None
        if base == "الغد" and j == i + 1 and not drop and self.word(i - 1) not in _GHAD_CTX:
            return None  # حزب الغد, صحيفة الغد: a name
        # "أمس الثلاثاء", "اليوم الأحد": the named weekday decides (the story may be a day
        # older than the publication date)
        if self.sp(j - 1) and off in (-1, 0, 1):
            w = self.cls(j, "weekday", single=True)
            if w and w[2] == 0:
                return _Cand(i, j + 1, "wdnear", dict(wd=w[0], off=off), drop)
        return _Cand(i, j, "dayoff", dict(off=off), drop)

    def p_ref(self, i: int):
        r = self.cls(i, "ref")
        if not r:
            return None
        return _Cand(i, r[1], "ref", dict(v=r[0]), r[2])

    def p_freq(self, i: int):
        r = self.cls(i, "freq")
        if not r:
            return None
        return _Cand(i, r[1], "dur", dict(v=r[0], mod=None), r[2], "DURATION")

    def p_duration(self, i: int):
        k = i
        drop = 0
        pre = None
        w0 = self.W[i]
        for p in ("منذ", "قبل"):
            if w0 == p or (w0.endswith(p) and w0[:-len(p)] in ("و", "ف")):
                if not self.sp(i):
                    return None
                pre = p
                drop = len(w0) - len(p)
                k = i + 1
                break
        mod = None
        a = self.cls(k, "approx")
        if a and a[0] == "APPROX" and self.W[k][a[2]:] != "تقريبا":
            if not self.sp(a[1] - 1):
                return None
            mod = "APPROX"
            if k == i:
                drop = a[2]
            k = a[1]
        else:
            mo = self.cls(k, "more")
            if mo:
                if not self.sp(mo[1] - 1):
                    return None
                if k == i:
                    drop = mo[2]
                k = mo[1]
        num = self.number(k)
        if num and (k == i):
            drop = num[2]
        if num:
            n, j, nd = num
            if nd and k > i:
                return None
            if not self.sp(j - 1):
                return None
            u = self.cls(j, "unit", single=True)
            if not u or u[2]:
                return None
            unit, form, _ = u[0].split(":")
            if form in ("defsg", "defpl", "defdu"):
                return None
            if form == "du" and n != "X":
                return None
            if unit == "Y" and form == "sg" and (self.year_num(j + 1) and self.sp(j)):
                return None
            if isinstance(n, int) and (n == 0 or n > 5000):
                return None
            if n == "X" and form not in ("pl",):
                return None
            j2 = j + 1
            if self.sp(j2 - 1) and self.word(j2) == "تقريبا":
                j2 += 1
                mod = "APPROX"
            return _Cand(i, j2, "dur", dict(v=_dur(n, unit), mod=mod), drop, "DURATION")
        u = self.cls(k, "unit", single=True)
        if not u:
            return None
        unit, form, strength = u[0].split(":")
        if k == i:
            drop = u[2]
        elif u[2]:
            return None
        j = k + 1
        if form in ("du", "defdu"):
            if strength == "weak" and pre is None and not self.cls(k - 1, "tprep", single=True) and not (
                    self.sp(j - 1) and self.cls(j, "recent", single=True)):
                return None
            if self.sp(j - 1) and self.cls(j, "recent", single=True) and not self.cls(j, "recent", single=True)[2]:
                j += 1
            return _Cand(i, j, "dur", dict(v=_dur(2, unit), mod=mod), drop, "DURATION")
        if form == "sg":
            w = self.W[k][u[2]:]
            if pre is not None:
                if self.year_num(j) and self.sp(j - 1):
                    return None
                if unit in ("Y", "M", "W", "D") and not (self.sp(j - 1) and self.cls(j, "num", single=True)):
                    if self.digits(j) or self.cls(j, "rel", single=True) or self.cls(j, "self", single=True):
                        return None
                    if self.sp(j - 1) and self.word(j).startswith("ال"):
                        return None
                    return _Cand(i, j, "dur", dict(v=_dur(1, unit), mod=mod), drop, "DURATION")
                return None
            if k == i and unit in ("Y", "M", "W", "D", "H") and self.sp(i - 1) and self.word(i - 1) in _ONE_CTX:
                nx = self.word(j) if self.sp(j - 1) else ""
                if not (self.digits(j) or self.month(j) or self.cls(j, "weekday", single=True) or nx.startswith("ال")
                        or self.cls(j, "rel", single=True)):
                    one = self.cls(j, "num", single=True) if self.sp(j - 1) else None
                    if one and one[0] == 1 and not one[2]:
                        j += 1
                    return _Cand(i, j, "dur", dict(v=_dur(1, unit), mod=mod), drop, "DURATION")
            if w.endswith("ا") and unit in ("Y", "M", "W") and k == i:
                prev = self.word(i - 1)
                nx = self.word(j)
                if self.sp(j - 1) and nx.endswith("ا") and not nx.startswith("ال") and not self.at(j):
                    return None  # "عاما حافلا": an adjective follows, not a length of time
                if self.digits(i - 1) or self.cls(i - 1, "num", single=True):
                    return None
                if prev in ("بعد", "قبل", "منذ") and self.sp(i - 1):
                    return None
                return _Cand(i, j, "dur", dict(v=_dur(1, unit), mod=mod), drop, "DURATION")
            return None
        if form == "pl":
            ctx = pre is not None or mod is not None or (k == i and u[2] and self.W[k][:u[2]] in ("ل", "ول")) or (
                self.sp(k - 1) and (self.word(k - 1) in _VAGUE_CTX or self.word(k - 1)[1:] in _VAGUE_CTX))
            if not ctx:
                return None
            if self.sp(j - 1) and self.word(j).startswith("ال") and not self.cls(j, "recent", single=True) and not self.cls(j, "rel", single=True):
                return None  # "أيام الحرب": a construct, not a duration
            return _Cand(i, j, "dur", dict(v=_dur("X", unit), mod=mod), drop, "DURATION")
        if form == "defpl":
            if self.sp(j - 1):
                if self.word(j) in ("القليله", "الاخيره") and self.sp(j) and (
                        self.cls(j + 1, "recent", single=True) or self.cls(j + 1, "rel", single=True)):
                    j += 1
                r = self.cls(j, "recent", single=True) or self.cls(j, "rel", single=True)
                if r and r[2] == 0:
                    return _Cand(i, j + 1, "dur", dict(v=_dur("X", unit), mod=mod), drop, "DURATION")
                nm = self.cls(j, "num", single=True)
                if nm is None and self.word(j).startswith("ال"):
                    nm = self.cls_word(self.word(j)[2:], "num")
                if nm and isinstance(nm[0], int) and self.sp(j):
                    r = self.cls(j + 1, "recent", single=True) or self.cls(j + 1, "rel", single=True)
                    if r and r[2] == 0:
                        return _Cand(i, j + 2, "dur", dict(v=_dur(nm[0], unit), mod=mod), drop, "DURATION")
            return None
        return None

    def cls_word(self, w: str, c: str):
        e = self.lex.entries.get((w,))
        if e and c in e:
            return e[c], None, 0
        return None

    _ORDER = ("p_numeric", "p_day_month", "p_month", "p_quarter", "p_part", "p_season",
              "p_year", "p_weekday", "p_day", "p_ref", "p_freq", "p_duration", "p_decade", "p_century")

    def candidates(self) -> list[_Cand]:
        out = []
        starters = self.lex.starters
        W = self.W
        pos = 0
        # only words that can begin an expression: a listed starter or a number (decided
        # once per distinct word of the article)
        begin = {w for w in set(W) if w in starters or w[-1].isdigit() or w[-1] in "مه" and len(w) > 1 and w[-2].isdigit()}
        for i in [i for i, w in enumerate(W) if w in begin]:
            if i < pos:
                continue
            w = W[i]
            names = starters.get(w)
            last = w[-1]
            if last.isdigit() or (last in "مه" and len(w) > 1 and w[-2].isdigit()):
                names = _DIGIT_NAMES | names if names else _DIGIT_NAMES
            elif names is None:
                continue
            best = None
            for name in self._ORDER:
                if name not in names:
                    continue
                try:
                    c = getattr(self, name)(i)
                except (IndexError, ValueError, KeyError, TypeError):
                    c = None
                if c is not None and c.j > i and (best is None or c.j > best.j):
                    best = c
            if best is None:
                continue
            out.append(best)
            pos = best.j
        return out


def _dur(n, unit: str) -> str:
    if unit == "DE":
        return f"P{n * 10}Y" if n != "X" else "PXDE"
    if unit == "C":
        return f"P{n * 100}Y" if n != "X" else "PXCE"
    if unit == "H":
        return f"PT{n}H"
    if unit == "MI":
        return f"PT{n}M"
    return f"P{n}{unit}"


# --------------------------------------------------------------------------------------
# resolution
# --------------------------------------------------------------------------------------
def _safe_date(y: int, m: int, d: int) -> _dt.date | None:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


class _Resolver:
    def __init__(self, parse: _Parse, anchor: _dt.date | None, anchor_src: str):
        self.p = parse
        self.anchor = anchor
        self.anchor_str = f"{anchor_src} {anchor.isoformat()}" if anchor else None
        self.last_year: int | None = None  # nearest preceding explicit year
        self.sent_year: dict[int, int] = {}  # sentence -> last explicit year in it so far

    def explicit_year(self, c: _Cand, y: int) -> None:
        self.last_year = y
        self.sent_year[self.p.sid[c.i]] = y

    def year_of(self, c: _Cand):
        """(year, anchor) of a year-valued candidate, or None."""
        k = c.kind
        if k == "y":
            self.explicit_year(c, c.f["y"])
            return c.f["y"], None
        if k == "ythat":
            if self.last_year is not None:
                return self.last_year, f"mention {self.last_year}"
            if self.anchor:
                return self.anchor.year, self.anchor_str
            return None
        if k == "prel" and c.f["u"] == "Y":
            if self.anchor:
                return self.anchor.year + c.f["off"], self.anchor_str
            return None
        return None

    def month_year(self, c: _Cand, m: int, rel, day: int | None = None):
        """Year of a month (and day) named without a year."""
        a = self.anchor
        if rel is None:
            sy = self.sent_year.get(self.p.sid[c.i])
            if sy is not None:
                return sy, f"mention {sy}"
        if a is None:
            return None
        am, ad = a.month, a.day
        if rel == 0:
            return a.year, self.anchor_str
        if rel == -1:
            if day is None:
                return (a.year if m < am else a.year - 1), self.anchor_str
            return (a.year if (m, day) < (am, ad) else a.year - 1), self.anchor_str
        if rel == 1:
            if day is None:
                return (a.year if m > am else a.year + 1), self.anchor_str
            return (a.year if (m, day) > (am, ad) else a.year + 1), self.anchor_str
        future = self.p.future_context(c.i)
        if day is None:
            ahead = (m - am) % 12  # months from the anchor month forward
            if ahead == 0 or (future and ahead <= 10) or ahead <= _AHEAD_MONTHS:
                return (a.year if m >= am else a.year + 1), self.anchor_str
            return (a.year if m <= am else a.year - 1), self.anchor_str
        horizon = 300 if future else _AHEAD_DAYS
        for y in (a.year - 1, a.year, a.year + 1):
            cand = _safe_date(y, m, min(day, 28))
            if cand is not None and horizon - 365 < (cand - a).days <= horizon:
                return y, self.anchor_str
        return a.year, self.anchor_str

    def value(self, c: _Cand):
        """(value, mod, anchor) or None when it cannot be valued."""
        k, f, a = c.kind, c.f, self.anchor
        if k == "full":
            d = _safe_date(f["y"], f["m"], f["d"])
            self.explicit_year(c, f["y"])
            if d is None:
                return f"{f['y']:04d}-{f['m']:02d}", None, None
            return d.isoformat(), None, None
        if k == "ym":
            self.explicit_year(c, f["y"])
            return f"{f['y']:04d}-{f['m']:02d}", None, None
        if k in ("dmy", "ymr"):
            r = self.year_of(f["inner"])
            if r is None:
                return (f"XXXX-{f['m']:02d}-{f['d']:02d}" if k == "dmy" else f"XXXX-{f['m']:02d}"), None, None
            if k == "ymr":
                return f"{r[0]:04d}-{f['m']:02d}", None, r[1]
            d = _safe_date(r[0], f["m"], f["d"])
            return (d.isoformat() if d else f"{r[0]:04d}-{f['m']:02d}"), None, r[1]
        if k == "dmrel":
            if a is None:
                return f"XXXX-XX-{f['d']:02d}", None, None
            y, m = _add_months(a.year, a.month, f["off"])
            d = _safe_date(y, m, f["d"])
            return (d.isoformat() if d else f"{y:04d}-{m:02d}"), None, self.anchor_str
        if k == "dm":
            r = self.month_year(c, f["m"], f["rel"], f["d"])
            if r is None:
                return f"XXXX-{f['m']:02d}-{f['d']:02d}", None, None
            d = _safe_date(r[0], f["m"], f["d"])
            if d is None:
                return f"{r[0]:04d}-{f['m']:02d}", None, r[1]
            return d.isoformat(), None, r[1]
        if k == "m":
            r = self.month_year(c, f["m"], f["rel"])
            if r is None:
                return f"XXXX-{f['m']:02d}", None, None
            return f"{r[0]:04d}-{f['m']:02d}", None, r[1]
        if k in ("y", "ythat"):
            r = self.year_of(c)
            if r is None:
                return "XXXX", None, None
            return f"{r[0]:04d}", None, r[1]
        if k == "prel":
            u, off = f["u"], f["off"]
            if a is None:
                return {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX"}[u], None, None
            if u == "Y":
                return f"{a.year + off:04d}", None, self.anchor_str
            if u == "M":
                y, m = _add_months(a.year, a.month, off)
                return f"{y:04d}-{m:02d}", None, self.anchor_str
            iy, iw, _ = (a + _dt.timedelta(weeks=off)).isocalendar()
            return f"{iy:04d}-W{iw:02d}", None, self.anchor_str
        if k == "season":
            r = self.year_of(f["inner"])
            if r is None:
                return f"XXXX-{f['s']}", None, None
            return f"{r[0]:04d}-{f['s']}", None, r[1]
        if k == "seasonrel":
            if a is None:
                return f"XXXX-{f['s']}", None, None
            s, off = f["s"], f["off"]
            start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[s]
            y = a.year
            if off == -1 and a.month < start + 3 and not (s == "WI" and a.month <= 2):
                y -= 1
            elif off == 1 and a.month >= start:
                y += 1
            return f"{y:04d}-{s}", None, self.anchor_str
        if k == "quarter":
            r = self.year_of(f["inner"])
            if r is None:
                return f"XXXX-{f['q']}", None, None
            return f"{r[0]:04d}-{f['q']}", None, r[1]
        if k == "part":
            v = self.value(f["inner"])
            if v is None:
                return None
            return v[0], f["mod"], v[2]
        if k == "weekend":
            if a is None:
                return "XXXX-WXX-WE", None, None
            iy, iw, _ = (a + _dt.timedelta(weeks=f["off"])).isocalendar()
            return f"{iy:04d}-W{iw:02d}-WE", None, self.anchor_str
        if k in ("century", "centrel"):
            r = self.century_of(c)
            return (f"{r[0]:02d}", None, r[1]) if r else ("XX", None, None)
        if k == "decade":
            if f["inner"] is not None:
                r = self.century_of(f["inner"])
                if r is None:
                    return f"XX{f['d']}", None, None
                return f"{r[0]:02d}{f['d']}", None, r[1]
            return f"19{f['d']}", None, None
        if k == "wd":
            if a is None:
                return f"XXXX-WXX-{f['wd'] + 1}", None, None
            rel = f["rel"]
            since = self.p.word(c.i - 1) in ("منذ", "ومنذ", "يوم", "ويوم") and self.p.word(c.i - 2) in ("منذ", "ومنذ") or \
                self.p.word(c.i - 1) in ("منذ", "ومنذ")
            if rel == 1 or (rel is None and not since and self.p.future_context(c.i)):
                delta = (f["wd"] - a.weekday()) % 7
                if rel == 1 and delta == 0:
                    delta = 7
                return (a + _dt.timedelta(days=delta)).isoformat(), None, self.anchor_str
            delta = (a.weekday() - f["wd"]) % 7
            if rel == -1 and delta == 0:
                delta = 7
            return (a - _dt.timedelta(days=delta)).isoformat(), None, self.anchor_str
        if k == "wddate":
            v = self.value(f["date"])
            if v is not None and re.fullmatch(r"\d{4}-\d\d-\d\d", v[0]):
                d = _dt.date.fromisoformat(v[0])
                if d.weekday() == f["wd"]:
                    return v
            return self.value(_Cand(c.i, c.j, "wd", dict(wd=f["wd"], rel=None)))
        if k == "wdnear":
            # the named weekday nearest to the day the word points at (earlier on a tie)
            if a is None:
                return f"XXXX-WXX-{f['wd'] + 1}", None, None
            base = a + _dt.timedelta(days=f["off"])
            back = (base.weekday() - f["wd"]) % 7
            fwd = (f["wd"] - base.weekday()) % 7
            d = base - _dt.timedelta(days=back) if back <= fwd else base + _dt.timedelta(days=fwd)
            return d.isoformat(), None, self.anchor_str
        if k == "dayoff":
            if a is None:
                return "XXXX-XX-XX", None, None
            return (a + _dt.timedelta(days=f["off"])).isoformat(), None, self.anchor_str
        if k == "ref":
            return f["v"], None, None
        if k == "dur":
            return f["v"], f["mod"], None
        if k == "hijri":
            return self.hijri(c)
        if k == "hijrim":
            return self.hijri_month(c)
        return None

    def century_of(self, c: _Cand):
        """(first two digits of its years, anchor) of a century candidate."""
        if c.kind == "century":
            return c.f["n"] - 1, None
        if self.anchor is None:
            return None
        return self.anchor.year // 100 + c.f["off"], self.anchor_str

    def hijri(self, c: _Cand):
        from hijridate import Hijri

        f = self.hijri_fields(c)
        if f is None:
            return None
        hy, hm, hd = f
        try:
            g = Hijri(hy, hm, hd or 15).to_gregorian()
        except (ValueError, OverflowError):
            try:
                g = Hijri(hy, hm, 15).to_gregorian()
                hd = None
            except (ValueError, OverflowError):
                return None
        anchor = None if c.f["hy"] is not None else self.anchor_str
        if hd is None:
            return f"{g.year:04d}-{g.month:02d}", None, anchor
        return f"{g.year:04d}-{g.month:02d}-{g.day:02d}", None, anchor

    def hijri_month(self, c: _Cand):
        """شهر رمضان الماضي: the Gregorian month in which the middle of that Hijri month fell."""
        from hijridate import Gregorian, Hijri

        a = self.anchor
        if a is None:
            return None
        try:
            h = Gregorian(a.year, a.month, a.day).to_hijri()
            hm, rel = c.f["hm"], c.f["rel"]
            hy = h.year
            if rel == -1 and hm >= h.month:
                hy -= 1
            elif rel == 1 and hm <= h.month:
                hy += 1
            elif rel is None and hm > h.month and not self.p.future_context(c.i):
                hy -= 1
            g = Hijri(hy, hm, 15).to_gregorian()
        except (ValueError, OverflowError):
            return None
        return f"{g.year:04d}-{g.month:02d}", None, self.anchor_str

    def hijri_fields(self, c: _Cand):
        hy = c.f["hy"]
        if hy is None:
            if self.anchor is None:
                return None
            from hijridate import Gregorian

            try:
                hy = Gregorian(self.anchor.year, self.anchor.month, self.anchor.day).to_hijri().year
            except (ValueError, OverflowError):
                return None
        return hy, c.f["hm"], c.f["hd"]


def _explicit_day(c: _Cand) -> _dt.date | None:
    if c.kind == "full":
        return _safe_date(c.f["y"], c.f["m"], c.f["d"])
    if c.kind == "hijri" and c.f["hy"] is not None and c.f["hd"] is not None:
        from hijridate import Hijri

        try:
            g = Hijri(c.f["hy"], c.f["hm"], c.f["hd"]).to_gregorian()
            return _dt.date(g.year, g.month, g.day)
        except (ValueError, OverflowError):
            return None
    return None


# --------------------------------------------------------------------------------------
# API
# --------------------------------------------------------------------------------------
def find_times(text: str, published: _dt.date | None = None,
               nt: NormText | None = None, toks: list[Token] | None = None) -> tuple[list[TimeExpr], DocumentDate]:
    """Time expressions of ``text`` (sorted, non-overlapping) and the document date.
    ``nt`` is ``normalize_with_offsets(text)`` and ``toks`` ``tokenize(nt)`` when the
    caller has computed them already."""
    if isinstance(published, str):
        try:
            published = _dt.date.fromisoformat(published[:10])
        except ValueError:
            published = None
    if isinstance(published, _dt.datetime):
        published = published.date()
    if not text:
        return [], (DocumentDate(published.isoformat(), "published") if published else DocumentDate(None, "none"))
    p = _Parse(text, nt, toks)
    cands = p.candidates()

    def span(c: _Cand) -> tuple[int, int]:
        s, e = p.nt.orig_span(p.NS[c.i] + c.drop, p.NE[c.j - 1])
        return s, e

    if published is not None:
        doc = DocumentDate(published.isoformat(), "published")
        anchor, src = published, "published"
    else:
        best = None
        for c in cands:
            d = _explicit_day(c)
            if d is not None and (best is None or d >= best[0]):
                best = (d, c)
        if best is not None:
            s, e = span(best[1])
            doc = DocumentDate(best[0].isoformat(), "text", text[s:e])
            anchor, src = best[0], "text"
        else:
            doc = DocumentDate(None, "none")
            anchor, src = None, "none"

    res = _Resolver(p, anchor, src)
    out: list[TimeExpr] = []
    last_end = 0
    for c in cands:
        try:
            v = res.value(c)
        except (ValueError, OverflowError, KeyError, TypeError):
            v = None
        if v is None:
            continue
        s, e = span(c)
        if s < last_end or e <= s:
            continue
        out.append(TimeExpr(text[s:e], s, e, c.ttype, v[0], v[1], v[2]))
        last_end = e
    return out, doc

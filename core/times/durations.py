"""The duration pattern: 13 عاما, خمسة عشر عاما, عامين, منذ نحو عامين, لمدة عام, أيام,
السنوات العشر الماضية. ``duration(view, i) -> candidate | None``."""
from __future__ import annotations

from core.times.blocks import month, number, year_num
from core.times.calendar import duration_value
from core.times.candidates import Ago, Cand, Duration
from core.times.view import TokenView
from core.times.words import TimeWords

_CONJUNCTIONS = ("و", "ف")  # may be written on منذ / قبل
_MAX_COUNT = 5000  # a larger number before a unit is no length of time
_DEFINITE_FORMS = ("defsg", "defpl", "defdu")
_ONE_UNITS = ("Y", "M", "W", "D", "H")  # units "لمدة عام" reads as one of
_CALENDAR_UNITS = ("Y", "M", "W", "D")
_ACCUSATIVE_UNITS = ("Y", "M", "W")  # عاما, شهرا, أسبوعا alone are one unit
_AGO = "قبل"  # a length after it counts back from the publication day (also after و or ف)


def _unit(v: TokenView, k: int):
    """(unit, form, strength, dropped) of a one-word unit at token k, else None."""
    u = v.reading(k, "unit", single=True)
    if not u:
        return None
    unit, form, strength = u[0].split(":")
    return unit, form, strength, u[2]


def lead_prep(lex: TimeWords, w: str) -> str | None:
    """The منذ / قبل the written word w is (alone or after و or ف), else None: a duration
    that starts with one reads the rest from the next word."""
    for p in lex.roles["duration_prep"]:
        if w == p or (w.endswith(p) and w[:-len(p)] in _CONJUNCTIONS):
            return p
    return None


def _lead(v: TokenView, i: int):
    """(preposition or None, next token, dropped) of a leading منذ / قبل, or None when it
    is glued to what follows."""
    w0 = v.words[i]
    p = lead_prep(v.lex, w0)
    if p is None:
        return None, i, 0
    if not v.spaced(i):
        return None
    return p, i + 1, len(w0) - len(p)


def _hedge(v: TokenView, i: int, k: int, drop: int):
    """(mod, next token, dropped) after نحو / حوالي (APPROX) or أكثر من, or None when glued.
    Both hedges are readings at k: a word with none is passed after one look-up."""
    if not v.readings(k):
        return None, k, drop
    a = v.reading(k, "approx")
    if a and a[0] == "APPROX" and v.words[k][a[2]:] not in v.lex.roles["approx_after"]:
        if not v.spaced(a[1] - 1):
            return None
        return "APPROX", a[1], a[2] if k == i else drop
    mo = v.reading(k, "more")
    if mo:
        if not v.spaced(mo[1] - 1):
            return None
        return None, mo[1], mo[2] if k == i else drop
    return None, k, drop


def duration(v: TokenView, i: int) -> Cand | None:
    c = _duration(v, i)
    if isinstance(c, Duration) and v.words[i].endswith(_AGO):
        return _ago(v, c)
    return c


def _ago(v: TokenView, c: Duration) -> Cand:
    """"قبل عامين" is a time back from the publication day (2016), not a length; one that a
    من after it measures from something else stays a length ("قبل عام من الموعد"), as do
    vague counts and hours (قبل أيام، قبل ساعتين)."""
    unit, count = c.value[-1], c.value[1:-1]
    if unit not in _CALENDAR_UNITS or not count.isdigit() or c.value.startswith("PT"):
        return c
    j = c.j + 1 if v.spaced(c.j - 1) and v.role(c.j, "only") else c.j
    if v.spaced(j - 1) and v.role(j, "of"):
        return c  # "قبل يومين (فقط) من الاجتماع": measured from the meeting
    return Ago(c.i, c.j, c.drop, int(count), unit, c.mod)


def _duration(v: TokenView, i: int) -> Cand | None:
    lead = _lead(v, i)
    if lead is None:
        return None
    pre, k, drop = lead
    hedge = _hedge(v, i, k, drop)
    if hedge is None:
        return None
    mod, k, drop = hedge
    num = number(v, k)
    if num:
        return _counted(v, i, k, num, mod, num[2] if k == i else drop)
    u = _unit(v, k)
    if not u:
        return None
    if k == i:
        drop = u[3]
    elif u[3]:
        return None
    form = u[1]
    if form in ("du", "defdu"):
        return _dual(v, i, k, u, pre, mod, drop)
    if form == "sg":
        return _singular(v, i, k, u, pre, mod, drop)
    if form == "pl":
        return _plural(v, i, k, u, pre, mod, drop)
    if form == "defpl":
        return _definite_plural(v, i, k, u, mod, drop)
    return None


def _counted(v: TokenView, i: int, k: int, num, mod, drop: int) -> Cand | None:
    """13 عاما, خمسة عشر عاما, 48 ساعة, أيام قليلة (a number, then a unit)."""
    n, j, nd = num
    if nd and k > i:
        return None
    if not v.spaced(j - 1):
        return None
    u = _unit(v, j)
    if not u or u[3]:
        return None
    unit, form = u[0], u[1]
    if form in _DEFINITE_FORMS or (form == "du" and n != "X"):
        return None
    if unit == "Y" and form == "sg" and (year_num(v, j + 1) and v.spaced(j)):
        return None
    if isinstance(n, int) and (n == 0 or n > _MAX_COUNT):
        return None
    if n == "X" and form != "pl":
        return None
    j2 = j + 1
    if v.spaced(j2 - 1) and v.role(j2, "approx_after"):
        j2 += 1
        mod = "APPROX"
    return Duration(i, j2, drop, duration_value(n, unit), mod)


def _dual(v: TokenView, i: int, k: int, u, pre, mod, drop: int) -> Cand | None:
    """عامين, الأسبوعين, اليومين الماضيين."""
    unit, _, strength, _ = u
    j = k + 1
    recent = v.spaced(j - 1) and v.reading(j, "recent", single=True)
    if strength == "weak" and pre is None and not v.reading(k - 1, "tprep", single=True) and not recent:
        return None
    if recent and not recent[2]:
        j += 1
    return Duration(i, j, drop, duration_value(2, unit), mod)


def _singular(v: TokenView, i: int, k: int, u, pre, mod, drop: int) -> Cand | None:
    """منذ عام, لمدة عام, عاما (one unit)."""
    unit = u[0]
    j = k + 1
    if pre is not None or k > i:  # منذ عام، قبل أسبوع; أكثر من ساعة
        return _one_after_prep(v, i, j, unit, mod, drop)
    after = v.word(j) if v.spaced(j - 1) and unit in _ONE_UNITS else ""
    if after in v.lex.roles["one_after"] or v.role(j, "approx_after") and after:
        # "شهر واحد"، "يوم واحد"، "شهر تقريبا": one unit, whatever stands before
        return Duration(i, j + 1, drop, duration_value(1, unit), "APPROX" if v.role(j, "approx_after") else mod)
    if k == i and unit in _ONE_UNITS and v.spaced(i - 1) and v.role(i - 1, "one_context"):
        nx = v.word(j) if v.spaced(j - 1) else ""
        if not (v.digits(j) or month(v, j) or v.reading(j, "weekday", single=True) or nx.startswith("ال")
                or v.reading(j, "rel", single=True)):
            one = v.reading(j, "num", single=True) if v.spaced(j - 1) else None
            if one and one[0] == 1 and not one[2]:
                j += 1
            return Duration(i, j, drop, duration_value(1, unit), mod)
    if v.words[k][u[3]:].endswith("ا") and unit in _ACCUSATIVE_UNITS and k == i:
        nx = v.word(j)
        if v.spaced(j - 1) and nx.endswith("ا") and not nx.startswith("ال") and not v.readings(j):
            return None  # "عاما حافلا": an adjective follows, not a length of time
        if v.digits(i - 1) or v.reading(i - 1, "num", single=True):
            return None
        if v.role(i - 1, "time_prep") and v.spaced(i - 1):
            return None
        return Duration(i, j, drop, duration_value(1, unit), mod)
    return None


def _one_after_prep(v: TokenView, i: int, j: int, unit: str, mod, drop: int) -> Cand | None:
    """منذ عام, قبل أسبوع: one unit, unless a year, a number or a name follows."""
    if year_num(v, j) and v.spaced(j - 1):
        return None
    if unit in _CALENDAR_UNITS and not (v.spaced(j - 1) and v.reading(j, "num", single=True)):
        if v.digits(j) or v.reading(j, "rel", single=True) or v.reading(j, "self", single=True):
            return None
        if v.spaced(j - 1) and v.word(j).startswith("ال"):
            return None
        return Duration(i, j, drop, duration_value(1, unit), mod)
    return None


def _plural(v: TokenView, i: int, k: int, u, pre, mod, drop: int) -> Cand | None:
    """أيام, لسنوات, منذ سنوات: a vague length, where the context makes it one."""
    vague = v.lex.roles["vague_context"]
    ctx = pre is not None or mod is not None or (
        k == i and u[3] and v.words[k][:u[3]] in v.lex.roles["lam_proclitic"]) or (
        v.spaced(k - 1) and (v.word(k - 1) in vague or v.word(k - 1)[1:] in vague))
    if not ctx:
        return None
    j = k + 1
    if (v.spaced(j - 1) and v.word(j).startswith("ال") and not v.reading(j, "recent", single=True)
            and not v.reading(j, "rel", single=True)):
        return None  # "أيام الحرب": a construct, not a duration
    return Duration(i, j, drop, duration_value("X", u[0]), mod)


def _recent(v: TokenView, j: int):
    return v.reading(j, "recent", single=True) or v.reading(j, "rel", single=True)


def _definite_plural(v: TokenView, i: int, k: int, u, mod, drop: int) -> Cand | None:
    """السنوات الأخيرة, الأيام القليلة الماضية, السنوات العشر الماضية."""
    j = k + 1
    if not v.spaced(j - 1):
        return None
    if v.role(j, "recent_adjective") and v.spaced(j) and _recent(v, j + 1):
        j += 1
    r = _recent(v, j)
    if r and r[2] == 0:
        return Duration(i, j + 1, drop, duration_value("X", u[0]), mod)
    nm = v.reading(j, "num", single=True)
    if nm is None and v.word(j).startswith("ال"):
        nm = v.word_reading(v.word(j)[2:], "num")
    if nm and isinstance(nm[0], int) and v.spaced(j):
        r = _recent(v, j + 1)
        if r and r[2] == 0:
            return Duration(i, j + 2, drop, duration_value(nm[0], u[0]), mod)
    return None

"""Patterns of years and longer periods: years, relative periods, seasons, quarters,
decades and centuries. Each is a function ``(view, i) -> candidate | None``."""
from __future__ import annotations

from core.times.blocks import hijri_year, year_num
from core.times.candidates import (Cand, Century, Decade, Quarter, RelCentury, RelPeriod, RelSeason, Season,
                                   ThatYear, Year, is_year)
from core.times.view import TokenView

_PERIOD_UNITS = ("Y", "M", "W")  # units a relative period may have
_BARE_YEAR = (1900, 2100)  # a number alone is a year only in this range
_MAX_CENTURY = 21


def _unit(reading) -> tuple[str, str]:
    """(unit, form) of a unit reading "Y:defsg:strong"."""
    unit, form = reading.split(":")[:2]
    return unit, form


def year(v: TokenView, i: int) -> Cand | None:
    """عام 2020 / العام 2020 / سنة 2006 / 1439 هـ, a bare year, or a relative period."""
    yw = v.reading(i, "yearword", single=True)
    k = i + 1 if yw and v.spaced(i) else i
    h = hijri_year(v, k)
    if h:
        return Year(i, h[1], yw[2] if k > i else h[2], h[0])
    if k > i:
        r = year_num(v, i + 1)
        if r:
            return Year(i, r[1], yw[2], r[0])
    r = bare_year(v, i)
    if r:
        return r
    return period(v, i)


def _counted(v: TokenView, i: int, j: int) -> bool:
    """The number at token i counts something rather than naming a year (2018 شخصا,
    القرار 2018, أكثر من 2000)."""
    g = v.gap(i - 1)
    glued_prev = g is not None and len(g) <= 3 and "\n" not in g
    if glued_prev and v.reading(i - 1, "countpre", single=True):
        return True
    if glued_prev and _named_after(v, i):
        return True
    if glued_prev and v.role(i - 1, "from") and v.role(i - 2, "comparative"):
        return True
    nxt = v.gap(j - 1)
    if j < v.n and nxt is not None and len(nxt) <= 3 and "\n" not in nxt:
        w = v.words[j]
        if v.reading(j, "countnoun") or v.reading(j, "unit"):
            return True
        if v.reading(j, "month") and j == i + 1:
            return True
        if (w.endswith("ا") and not w.startswith("ال") and len(w) >= 4
                and not v.readings(j) and not v.role(j, "not_adjective")):
            return True
    return False


def _named_after(v: TokenView, i: int) -> bool:
    """The number at token i ends a name that one or two plain words link to a counting
    word: رؤية المملكة 2030, خطة التنمية الوطنية 2025 (a named plan, not a date). Plain:
    no lexicon reading (not a preposition, month or other time word) and only spaces
    between the words."""
    for k in (i - 2, i - 3):
        if k < 0 or not v.reading(k, "countpre", single=True):
            continue
        between = range(k + 1, i)
        if all(v.spaced(j - 1) and not v.readings(j) and not v.words[j].isdigit() for j in between):
            return True
    return False


def bare_year(v: TokenView, i: int, context: bool = False) -> Cand | None:
    """A number 1900–2100 alone; ``context`` when a season or part before it already
    makes it a year."""
    r = year_num(v, i, *_BARE_YEAR)
    if not r:
        return None
    y, j, drop = r
    if drop and v.words[i][:drop] not in v.lex.roles["year_proclitic"]:
        return None
    if not context and _counted(v, i, j):
        return None
    return Year(i, j, drop, y)


def _defsg_period(v: TokenView, i: int, r) -> Cand | None:
    """العام الماضي, العام قبل الماضي, العام نفسه (r: the unit reading at token i)."""
    u = _unit(r[0])[0]
    if u not in _PERIOD_UNITS or article_adjective(v, i) or not v.spaced(i):
        return None
    step = -1 if v.role(i + 1, "before") else 1 if v.role(i + 1, "after") else 0
    if step and v.spaced(i + 1):
        rel = v.reading(i + 2, "rel", single=True)
        if rel and rel[2] == 0 and rel[0] == step:
            return RelPeriod(i, i + 3, r[2], u, 2 * rel[0])
    rel = v.reading(i + 1, "rel", single=True)
    if rel and rel[2] == 0:
        return RelPeriod(i, i + 2, r[2], u, rel[0])
    if u == "Y" and v.bare_reading(i + 1, "self"):
        return ThatYear(i, i + 2, r[2])
    return None


def period(v: TokenView, i: int) -> Cand | None:
    """العام الماضي, هذا الشهر, الأسبوع المقبل, ذلك العام, العام نفسه, نفس العام.
    Every reading here starts at token i: a word with none (most numbers and starters
    asked) is left after one look-up instead of four."""
    if not v.readings(i):
        return None
    r = v.reading(i, "unit", single=True)
    if r and _unit(r[0])[1] == "defsg":
        return _defsg_period(v, i, r)
    for c in ("this", "that", "same"):
        t = v.reading(i, c, single=True)
        if t and v.spaced(i):
            u = v.reading(i + 1, "unit", single=True)
            if u and u[2] == 0 and _unit(u[0])[1] == "defsg":
                unit = _unit(u[0])[0]
                if unit not in _PERIOD_UNITS:
                    return None
                if c == "this":
                    return RelPeriod(i, i + 2, t[2], unit, 0)
                if unit == "Y":
                    return ThatYear(i, i + 2, t[2])
                return None
            s = v.reading(i + 1, "season", single=True)
            if s and c == "this" and v.word(i + 1).startswith("ال"):
                return RelSeason(i, i + 2, t[2], s[0], 0)
    return None


def article_adjective(v: TokenView, i: int) -> bool:
    """"العام" right after a definite noun is the adjective "general" (الأمين العام)."""
    if not v.role(i, "general_adjective") or not v.spaced(i - 1):
        return False
    p = v.words[i - 1]
    if v.is_lexicon_word(p):
        return False
    return p.startswith("ال") or p.startswith("وال") or p.startswith("لل")


def season(v: TokenView, i: int) -> Cand | None:
    """صيف 2016, صيف ذلك العام, الصيف الماضي, الصيف نفسه."""
    s = v.reading(i, "season", single=True)
    if not s or not v.spaced(i):
        return None
    j = i + 1
    if v.words[i][s[2]:].startswith("ال"):
        rel = v.reading(j, "rel", single=True)
        if rel and rel[2] == 0:
            return RelSeason(i, j + 1, s[2], s[0], rel[0])
        if v.bare_reading(j, "self"):
            return Season(i, j + 1, s[2], s[0], ThatYear(j, j + 1, 0))
        return None
    if v.role(j, "from") and v.spaced(j):
        j += 1
    inner = year(v, j) or bare_year(v, j, context=True)
    if is_year(inner):
        if inner.drop:
            return None
        return Season(i, inner.j, s[2], s[0], inner)
    return None


def quarter(v: TokenView, i: int) -> Cand | None:
    """الربع الأول من العام 2020, النصف الثاني من العام."""
    q = v.reading(i, "quarter", single=True)
    if not q or not v.spaced(i):
        return None
    o = v.reading(i + 1, "ord", single=True)
    last = v.reading(i + 1, "ordlast", single=True)
    if o and o[2] == 0:
        n = o[0]
    elif last and last[2] == 0:
        n = 4 if q[0] == "Q" else 2
    else:
        return None
    if (q[0] == "Q" and not 1 <= n <= 4) or (q[0] == "H" and not 1 <= n <= 2):
        return None
    j = i + 2
    if v.role(j, "from") and v.spaced(j - 1) and v.spaced(j):
        j += 1
    elif not v.spaced(j - 1):
        return None
    inner = year(v, j) or bare_year(v, j, context=True)
    if inner is None:
        u = v.reading(j, "unit", single=True)
        if u and u[2] == 0 and u[0].startswith("Y:defsg") and v.role(j - 1, "from"):
            inner = RelPeriod(j, j + 1, 0, "Y", 0)
    if not is_year(inner):
        return None
    return Quarter(i, inner.j, q[2], f"{q[0]}{n}", inner)


def century(v: TokenView, i: int) -> Cand | None:
    """القرن الماضي / القرن العشرين / القرن الـ21 / القرن التاسع عشر."""
    c = v.reading(i, "century", single=True)
    if not c or not v.spaced(i):
        return None
    j = i + 1
    o = v.reading(j, "ord")
    if o and o[2] == 0 and isinstance(o[0], int):
        return Century(i, o[1], c[2], o[0])
    d = v.digits(j)
    if d and d[1] <= 2 and 1 <= d[0] <= _MAX_CENTURY and not d[3]:
        return Century(i, j + 1, c[2], d[0])
    r = v.reading(j, "rel", single=True)
    if r and r[2] == 0:
        return RelCentury(i, j + 1, c[2], r[0])
    return None


def decade(v: TokenView, i: int) -> Cand | None:
    """التسعينيات, ثمانينات القرن الماضي."""
    d = v.reading(i, "decade", single=True)
    if not d:
        return None
    j = i + 1
    inner = None
    if v.spaced(i):
        if v.role(j, "from") and v.spaced(j) and v.reading(j + 1, "century", single=True):
            j += 1
        inner = century(v, j)
        if inner is not None and not inner.drop:
            j = inner.j
        else:
            inner = None
            j = i + 1
    if inner is None and not v.words[i][d[2]:].startswith("ال"):
        return None
    if inner is None and v.role(j, "from") and any(v.word(j + 1).startswith(a) for a in v.lex.roles["age_noun"]):
        return None  # في العشرينات من عمره: an age
    return Decade(i, j, d[2], d[0], inner)

"""A role word alone taking up the person it described: "وزير الخارجية الأردني سليم
العطواني ... وقال الوزير إن". News names an official once and then by his office; the
bare office word is then a mention of him, so that what "الوزير" does is done by the
state or organisation he acts for (SCHEMA: an official acting for his state).

Only offices one person holds within an article's cast (ministers, envoys, spokespersons,
kinds of role_words.tsv); "الرئيس" alone is left alone, since articles have several.
"""
from __future__ import annotations

import bisect

from core import prepared
from core.entities.affiliation import _link_words, _role_at
from core.entities.context import _Context
from core.entities.finder import _Span, _span_offsets
from core.entities.tables import _read_column
from core.text import clitic_variants, normalize_for_match

ANAPHOR_KINDS = ("minister", "envoy", "spokesperson")
ANAPHOR_REACH = 150  # words back from the bare office word to the person it described


@prepared.table()  # read from the prepared image
def _office_words() -> frozenset[str]:
    """First words of the roles whose bare definite form may stand for their holder,
    without the article: "وزير"، "الوزير" -> "وزير"."""
    out = set()
    for form, kind in _read_column("role_words.tsv", "form", "kind"):
        if kind in ANAPHOR_KINDS:
            w = normalize_for_match(form).split()[0]
            out.add(w[2:] if w.startswith("ال") else w)
    return frozenset(out)


def _office(ctx: _Context, p: int) -> tuple[str, int] | None:
    """(office word without the article, letters of proclitics dropped) of token p."""
    offices = _office_words()
    for stem, dropped in clitic_variants(ctx.norms[p]):
        key = stem[2:] if stem.startswith("ال") else stem
        if key in offices:
            return key, dropped
    return None


def _alone(ctx: _Context, p: int) -> bool:
    """Whether the definite office word at token p names nobody new: no longer role, name,
    nationality or "former" after it ("الوزير الأول"، "الوزير سليم"، "الوزير الأردني"،
    "الوزير السابق"). A definite noun after it is no complement (a definite word heads no
    construct): "وانتقد الوزير الحكومة" has the object there."""
    if not ctx.norms[p].lstrip("وفبل").startswith("ال") and not ctx.norms[p].startswith("لل"):
        return False
    m = _role_at(ctx, p)
    if m is None or m[0] != p + 1:
        return False
    k = p + 1
    if k >= len(ctx.toks) or ctx.punct_between(p, k):
        return True
    o = ctx.owner[k]
    if o is not None:
        return not (o.kind == "person" or o.kind == "lexicon" and o.entry is not None and o.entry.type == "PERSON")
    return not ctx.adjective(k) and ctx.norms[k] not in _link_words()[0]


def _role_anaphora(ctx: _Context, described: list[tuple[_Span, int]], starts: list[int]) -> None:
    """Claim each bare office word as a mention of the nearest person before it whom the
    same office described."""
    by_office: dict[str, list[tuple[int, _Span]]] = {}
    for sp, p in described:
        office = _office(ctx, p)
        acts_for = sp.acts_for or sp.kind == "lexicon" and sp.entry is not None and sp.entry.acts_for
        if office and acts_for:
            by_office.setdefault(office[0], []).append((sp.j, sp))
    if not by_office:
        return
    for key in by_office:
        by_office[key].sort(key=lambda x: x[0])
    for p in starts:
        if ctx.owner[p] is not None:
            continue
        office = _office(ctx, p)
        if office is None or office[0] not in by_office or not _alone(ctx, p):
            continue
        ends = by_office[office[0]]
        x = bisect.bisect_right(ends, p, key=lambda e: e[0]) - 1
        if x < 0 or p - ends[x][0] > ANAPHOR_REACH:
            continue
        sp = ends[x][1]
        s, t = _span_offsets(ctx.nt, ctx.toks, p, p + 1, office[1])
        if sp.kind == "lexicon":
            ctx.claim(_Span(p, p + 1, s, t, "lexicon", entry=sp.entry, country=sp.country, acts_for=sp.acts_for))
        else:
            alias = _Span(p, p + 1, s, t, "person", country=sp.country, name_norm=sp.name_norm, acts_for=sp.acts_for)
            alias.alias = True  # type: ignore[attr-defined]
            ctx.claim(alias)

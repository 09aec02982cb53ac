"""Ministries written without وزارة: "قالت الخارجية الروسية"، "أعلنت الداخلية المصرية".

News names a ministry by its portfolio and its country's adjective, which stays
feminine for the ministry it leaves unwritten ("الدفاع الروسية": الدفاع is masculine).
The lexicon holds a few such short forms; this reads any country's. A definite word
before the portfolio makes it an adjective of that word ("السياسة الخارجية الأمريكية"،
"الأوراق المالية السعودية"), and a title or head before it is the longer phrase's
("وزير الداخلية"، "وزارة الداخلية المصرية"), so neither starts a ministry. The mention is
the same organisation as the ministry written in full (its identity has وزارة).
"""
from __future__ import annotations


from core import prepared
from core.entities.context import _Context, words_reading_as
from core.entities.finder import _Span, _span_offsets
from core.entities.tables import _read_column
from core.text import WordCache, clitic_variants, normalize_for_match

MINISTRY = normalize_for_match("وزارة")


@prepared.table()
def _portfolios() -> frozenset[str]:
    return frozenset(normalize_for_match(r[0]) for r in _read_column("ministry_portfolios.tsv", "form"))


_PORTFOLIO_WORDS = WordCache(100_000)  # word → whether a reading of it is a portfolio


def _bare_ministries(ctx: _Context) -> None:
    """A free portfolio word (through its proclitics) followed by a free feminine
    nationality adjective becomes that country's ministry."""
    portfolios = _portfolios()
    found = words_reading_as(ctx, portfolios, _PORTFOLIO_WORDS)
    if not found:
        return
    toks, norms = ctx.toks, ctx.norms
    led = ctx.starts(ctx.f.titles) | ctx.starts(ctx.f.heads)
    for k in ctx.positions(found):  # the tokens a portfolio is read in, in text order
        if k >= len(toks) - 1:
            break
        stem, cut = next(((stem, d) for stem, d in clitic_variants(norms[k]) if stem in portfolios), ("", None))
        if cut is None or ctx.owner[k] is not None or ctx.punct_between(k, k + 1):
            continue
        iso = ctx.adjective(k + 1)
        end = ctx.adjective_end(k + 1) if iso else k + 1
        if not iso or not norms[end - 1].endswith("ه") or not ctx.free(k + 1, end):
            continue
        if k > 0 and not ctx.punct_between(k - 1, k) and (
                k - 1 in led or ctx.owner[k - 1] is not None
                or any(stem.startswith("ال") for stem, _ in clitic_variants(norms[k - 1]))):
            continue
        s, t = _span_offsets(ctx.nt, toks, k, end, cut)
        name_norm = " ".join([MINISTRY, stem] + norms[k + 1:end])
        ctx.claim(_Span(k, end, s, t, "org", country=iso, name_norm=name_norm, acts_for=iso, org_kind="ministry"))

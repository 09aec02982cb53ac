"""The country an article is about: whom an official named by his office alone acts for.

News names the home country's ministers and commanders without their country ("وزير
الداخلية X" in a story from Ankara, "رئيس الأركان Y" in one from Tehran), and only a
foreign official with it. The country an article names most, by name, nationality
adjective or one of its places, is its home when it clearly leads the others.
"""
from __future__ import annotations

from collections import Counter

from core.entities.context import _Context

HOME_MIN = 3  # mentions the leading country needs
HOME_LEAD = 1.5  # ... and how many times the second's


def home_country(ctx: _Context) -> str | None:
    """ISO3 of the country the article names clearly most often, else None."""
    if ctx.home is not None:
        return ctx.home[0]
    counts: Counter[str] = Counter()
    owned = set()
    for sp in ctx.spans():
        e = sp.entry
        if sp.kind == "lexicon" and e is not None and e.type in ("COUNTRY", "PLACE"):
            iso = e.id if e.type == "COUNTRY" else e.country
            if iso:
                counts[iso] += 1
        owned.update(range(sp.i, sp.j))
    for i in range(len(ctx.toks)):
        if i not in owned and (iso := ctx.adjective(i)):
            counts[iso] += 1
    top = counts.most_common(2)
    home = None
    if top and top[0][1] >= HOME_MIN and (len(top) == 1 or top[0][1] >= HOME_LEAD * top[1][1]):
        home = top[0][0]
    ctx.home = (home,)
    return home

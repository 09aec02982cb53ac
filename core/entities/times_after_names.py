"""ل with the article on a noun of time after an organisation's name: when, not its field.

"وقالت وزارة الخارجية للمرة الثانية إن الحدود مغلقة" names the ministry and says how
often it spoke; "الهيئة العامة للاستثمار" names a body by its field. ل and a definite
noun after a body's name were read as its field whatever the noun, so the time ran into
the name ("وزارة الخارجية للمرة الثانية"). The nouns of time are rows of
`data/lexicons/times_after_names.tsv`.

A purpose reading ("النيابة العامة للتحقيق في الحادث": a verbal noun that governs a
preposition as the reason a body was reached) was measured and left out: on news not
read before it cut as many real names ("مكتب ... للتحقيق في حوادث الطيران") as it mended."""
from __future__ import annotations


from core import prepared
from core.entities.context import _Context
from core.entities.tables import _read_column
from core.text import normalize_for_match, without_lam


@prepared.table()  # imaged: first asked after the warm-up article
def _times() -> frozenset[str]:
    return frozenset(normalize_for_match(form) for (form,) in _read_column("times_after_names.tsv", "form"))


def time_after_name(ctx: _Context, k: int) -> bool:
    """Whether the word k, ل with the article after an organisation's name, is a noun of
    time ("للمرة"، "لليوم") instead of the body's field."""
    w = ctx.norms[k]
    return w.startswith("لل") and without_lam(w) in _times()

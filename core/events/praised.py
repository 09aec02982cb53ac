"""The side praised for what it does: in "أشاد X بالجهود التي تبذلها Y"، "ثمّن X الدور الذي
تقوم به Y" the relative clause on the praised thing names its doer, Y, who is praised,
thanked or backed for it, and praises no one (unlike the doer of a backing noun the clause is
on: "الدعم الذي تقدمه Y" is Y's). A directed pair of a backing word (SUPPORT)
whose source is named only there is read the other way round when its target is named
before the trigger (the one who praises: "مثمنا الجهود التي تبذلها المملكة" after "قال
الحجاج"), and dropped when it is not: the pair then joins the doer to a side the clause or
what follows names, the praiser being one no actor stands for ("وثمّن المجلس ...").
"""
from __future__ import annotations

from core.events.filters import RELATIVES, RESUMPTIVE
from core.events.named_only import named_only
from core.events.turned import turned_round

TYPES = frozenset({"SUPPORT"})
THING_REACH = 5  # words from the trigger to the relative on its object ("بالجهود الكبيرة التي")
ITS = frozenset({"به", "بها", "فيه", "فيها"})  # "الدور الذي تقوم به X"


def _doer_of_clause(norms: list[str], h, a) -> bool:
    """Mention ``a`` is the subject of a relative clause on a thing named after trigger
    ``h``: "التي تبذلها X" (the verb takes the thing up) or "الذي تقوم به X"."""
    k = a.i - 1
    if k > h.j and norms[k] in ITS:
        k -= 1
    elif not (len(norms[k]) >= 4 and norms[k].endswith(RESUMPTIVE)):
        return False
    # a one-word noun with the relative right after it is the act itself: "الدعم الذي تقدمه X" is X's
    first = h.j + (not h.verbal and h.j - h.i == 1)
    return k - 1 >= first and norms[k - 1] in RELATIVES and k - 1 - h.j <= THING_REACH


def praised_sides(doc, st, h, pairs: list) -> list:
    """The pairs of a backing word with the doer of the praised thing as their target."""
    if not pairs or h.form.type not in TYPES or h.form.inverse:
        return pairs
    doers = named_only([a for a in st.actors], lambda a: a.i >= h.j and _doer_of_clause(doc.norms, h, a))
    if not doers:
        return pairs
    before = {a.actor for a in st.actors if a.j <= h.i}
    kept = [(p, d) for p, d in pairs if not (d and len(p) == 2 and p[0] in doers and p[1] not in before)]
    return turned_round(kept, lambda s, t: s in doers and t in before)

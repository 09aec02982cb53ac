"""Each two sides of a joint act that a coordinated group does: in "اتفقت تركيا وروسيا
وإيران على ..."، "التقى وزراء خارجية مصر والأردن والعراق" every two of the three agree or
meet (the gold records a joint act of three sides as its three pairs). The role model
keeps one pair of a joint trigger; when both its sides stand in one unbroken list of
three or more names, the list's other pairs are the same act's.
"""
from __future__ import annotations

from itertools import combinations

from core.events import agreed
from core.events.actors import _coordinated

MAX_SIDES = agreed.MAX_SIDES  # sides of one list read as pairs (six at most)
# acts done together; not backing (a deal "signed" by a list is mostly told of its parties
# with another side, "الدول الموقعة على الاتفاق": each two of them backed nothing of each other)
TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
WHERE = "في"  # "الاتفاقيات الموقعة في أوسلو والقاهرة وواشنطن": a list of places


def _lists(doc, actors: list) -> list[list[str]]:
    """The sides of each unbroken run of coordinated mentions (actors._coordinated: "مصر
    والأردن والعراق"، "القوات المصرية والسعودية والإماراتية"; not "موسكو واشنطن", whose و
    is the name's first letter); not a nationality after the noun it describes
    ("المتظاهرين الفلسطينيين") nor a name after a preposition ("والسعودية، بمعهد ...")."""
    runs: list[list] = []
    norms = doc.norms
    for a in actors:
        if runs and _coordinated(doc.toks, doc.nt, runs[-1][-1], a) and a.kind.startswith("ADJ") == (
                runs[-1][-1].kind.startswith("ADJ")):
            runs[-1].append(a)
        else:
            runs.append([a])
    # a list after "في" names where ("الاتفاقيات الموقعة في أوسلو والقاهرة وواشنطن")
    return [list(dict.fromkeys(a.actor for a in r)) for r in runs if not (r[0].i > 0 and norms[r[0].i - 1] == WHERE)]


def every_two(doc, st, h, pairs: list) -> list:
    """The pairs with every two sides of the list a kept joint pair was drawn from."""
    if not pairs or not h.form.joint or h.form.type not in TYPES:
        return pairs
    return _every_two(doc, st, h, pairs)


def _every_two(doc, st, h, pairs: list) -> list:
    """every_two past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    out = list(pairs)
    lists = None
    for p, d in pairs:
        if d or len(p) != 2:
            continue
        lists = lists if lists is not None else [x for x in _lists(doc, st.actors) if len(x) >= 3]
        for sides in lists:
            if p[0] in sides and p[1] in sides:
                out += [([x, y], False) for x, y in combinations(sides[:MAX_SIDES], 2)
                        if not any(not e and set(q) == {x, y} for q, e in out)]
    return out

"""A place that undergoes an attack by a named agent: "وتتعرض مدينة X منذ الأحد لقصف عنيف من
قبل القوات Y"، "الغوطة التي تتعرض لهجوم من جانب Y"، "تعرضت دوما لهجمات على يد Y". The
verb تعرّض (to be exposed to) makes the act's object its subject, and the phrase "من قبل"،
"من جانب"، "على يد" after the act names its agent: the agent is the source, the place the
target (SCHEMA.md: an attack on a named place no group or state is named the target of).
Places are no actors of the role model, which sees the agent alone and makes no event.
"""
from __future__ import annotations

import re

from core.events import places

EXPOSED = "تعرض"  # every form carries it: "تعرضت"، "تتعرض"، "يتعرضون"، "لتعرضها"
# what may stand before it in a word of تعرّض: a conjunction, a preposition or the article,
# then a person prefix, after the future's س ("وتتعرض"، "لتعرضها"، "للتعرض"، "ستتعرض");
# "استعرض" (reviewed) carries the letters too, after a stem's س that no prefix of تعرّض
# has, and "ستعرض" (will present) after a س with no person prefix
EXPOSED_PREFIX = re.compile(r"(?:[وف]?(?:ل|ب|ال|لل|بال)?)(?:س?[تين])?")  # the future's س only before a person prefix
EXPOSED_REACH = 6  # words from the verb to the act ("تتعرض مدينة X منذ الأحد لقصف")
AGENT_REACH = 6  # words from the act to its agent phrase ("لقصف جوي ومدفعي عنيف من قبل")
AGENT_MARKS = {"قبل": "من", "جانب": "من", "طرف": "من", "يد": "علي", "ايدي": "علي"}  # "من قبل X"، "على يد X"
HEAD_REACH = 3  # words of the agent phrase before its actor ("القوات السورية"، "نظام الرئيس السوري")
PLACE_REACH = 2  # words between the place and the verb ("مدينة X التي تتعرض"، "X قد تعرضت")
IN = "في"
BEFORE_VERB = frozenset({"التي", "الذي", "قد", "كانت", "كان"})  # between the place and the verb: "X التي تتعرض"، "X قد تعرضت"


def _verb_before(norms: list[str], h, ti: int) -> int | None:
    """Where تعرّض stands before the act, which it governs through ل or إلى (also of a
    number of acts: "لعدد من الهجمات"، "لسلسلة من الغارات")."""
    if not (norms[h.i][:1] == "ل" or h.i > ti and norms[h.i - 1] == "الي"
            or h.i - 1 > ti and norms[h.i - 1] == "من" and norms[h.i - 2][:1] == "ل"):
        return None
    for k in range(h.i - 1, max(ti, h.i - EXPOSED_REACH - 1) - 1, -1):
        if exposed_verb(norms[k]):
            return k
    return None


def exposed_verb(norm: str) -> bool:
    """The normalised word is a form of تعرّض (to undergo): its letters after prefixes
    only ("تتعرض"، "لتعرضها")، not inside another verb ("استعرض"، "يستعرض")."""
    at = norm.find(EXPOSED)
    return at >= 0 and EXPOSED_PREFIX.fullmatch(norm[:at]) is not None


def _agent(norms: list[str], actors: list, h, tj: int):
    """The actor the first agent phrase after the act names."""
    for k in range(h.j + 1, min(h.j + AGENT_REACH + 1, tj)):
        lead = AGENT_MARKS.get(norms[k])
        if lead is not None and norms[k - 1] == lead:
            return next((a for a in actors if k < a.i <= k + HEAD_REACH), None)
    return None


def _place(norms: list[str], actors: list, spans: list[tuple[int, int, str]], verb: int, h, ti: int) -> str | None:
    """The place named as the verb's subject: between it and the act ("تعرضت دوما لـ"),
    else right before it ("مدينة X التي تتعرض"); none when an actor stands there (the
    role rules read an actor subject)."""
    if any(verb < a.i < h.i for a in actors):
        return None
    inside = next((pid for i, _, pid in spans if verb < i < h.i), None)
    if inside is not None:
        return inside
    k = verb
    while k > ti and verb - k < PLACE_REACH and norms[k - 1] in BEFORE_VERB:
        k -= 1
    # not a place where the subject lies ("مدينة X الواقعة في غوطة Y تتعرض": X, not Y, is
    # hit), save as the antecedent of a relative ("قتل في X، التي تتعرض": X is hit)
    return next((pid for i, j, pid in spans if j == k and (i == ti or k < verb or i > ti and norms[i - 1] != IN)
                 and not any(a.i == i for a in actors)), None)


def exposed_pair(h, norms: list[str], actors: list, spans: list[tuple[int, int, str]], ti: int, tj: int):
    """[agent, place] of a hostile act a named place undergoes (the types and codes
    places.place_target reads: attacks, also sieges and the like), or None."""
    if not h.form.cameo.startswith(places.CAMEO_PREFIXES.get(h.form.type, ("-",))) or h.form.type == "AID":
        return None
    verb = _verb_before(norms, h, ti)
    if verb is None:
        return None
    agent = _agent(norms, actors, h, tj)
    place = agent and _place(norms, actors, spans, verb, h, ti)
    return [agent.actor, place] if place and place != agent.actor else None

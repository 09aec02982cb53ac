"""Meetings that are no meeting between sides: a meeting noun qualified as one with the
press ("لقاء صحافي"، "اللقاء التلفزيوني": an interview or a press briefing) or inside a
government ("اجتماع حكومي": a cabinet meeting). The actors its sentence names were not
met there; a joint press conference ("مؤتمر صحفي مشترك") still is a meeting.
"""
from __future__ import annotations

# adjectives (normalised, with and without the article) that make a meeting one-sided
ONE_SIDED = frozenset(w for a in ("صحفي", "صحفيه", "صحافي", "صحافيه", "اعلامي", "اعلاميه", "تلفزيوني",
                                  "تلفزيونيه", "متلفز", "متلفزه", "حكومي", "حكوميه")
                      for w in (a, "ال" + a))
JOINT = frozenset({"مشترك", "المشترك", "مشتركه", "المشتركه"})


def one_sided(norms: list[str], h) -> bool:
    """The meeting noun of hit h is qualified, right after it, as a press or government
    meeting, and not as a joint one."""
    j = h.j
    if h.verbal or j >= len(norms) or norms[j] not in ONE_SIDED:
        return False
    return not (j + 1 < len(norms) and norms[j + 1] in JOINT)


WITH = "مع"


def not_both_partners(st, h, norms: list[str], pairs: list) -> list:
    """"إثر لقاء مع زعيم الحزب ورئيس الوزراء": the actors named after the "مع" right after a
    meeting noun are whom someone met, so a pair of two of them (and none named before the
    noun) is no meeting between them."""
    if h.verbal or h.j >= st.tj or norms[h.j] != WITH:
        return pairs
    before = {a.actor for a in st.actors if a.i < h.i}
    after = {a.actor for a in st.actors if a.i > h.j}
    return [(p, d) for p, d in pairs if not all(x in after and x not in before for x in p)]

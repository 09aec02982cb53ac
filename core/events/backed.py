"""An act done with military backing: "استعادت القوات X مواقع بإسناد من طائرات التحالف"،
"تقدمت القوات X بغطاء جوي من Y". The backer after "من" aids the act's subject with force
(AID, CAMEO 072), and the word-order rules read exactly that pair (the backer, the
subject named before). The role model, which weighs every backing with the broader
"بدعم من" (political as often as material), keeps too few of these: the rules' one pair
of a military backing phrase stands (core.events.stated), as that of an announced act does.
"""
from __future__ import annotations

from core.events.stated import Stated

MILITARY_AID = "072"


def stated_backing(h, roles, pairs: list) -> list:
    """The rules' one directed pair of a military backing phrase ("بإسناد من"، "بغطاء
    جوي من") as a stated pair."""
    form = h.form
    if not (form.type == "AID" and form.inverse and form.cameo == MILITARY_AID and form.tokens[0][:1] == "ب"):
        return pairs
    if not roles or len(roles[0]) != 1 or len(roles[1]) != 1 or len(pairs) != 1 or not pairs[0][1]:
        return pairs
    return [(Stated(p), d) for p, d in pairs]

"""Sanctioned individuals: the named persons a sanction falls on.

"فرضت الخزانة الأمريكية عقوبات على رجل الأعمال X"، "العقوبات الجديدة تستهدف الأمين العام
لحزب Y، X، ونائبه Z": the annotation conventions (SCHEMA.md) keep a sanctioned individual a
PERSON target, even one who otherwise acts for his state or group. Persons are not actors
of the role model, so this reads one construction only, for a sanction trigger (CAMEO 163)
that named its source: "على"/"ضد"/"بحق" or a verb of targeting right after the trigger, then
the person within a short description ("رجل الأعمال الروسي"، "الأمين العام لحزب Y،"), and the
persons joined to him by و. The event the trigger made on a state or group stays: the
person's own event comes beside it.
"""
from __future__ import annotations

import bisect

from core.events import violence
from core.text import mark_before

PAUSES = violence.PAUSES

CAMEO = "163"  # impose sanctions or an embargo (not a ban, an expulsion, a closure)
SANCTIONS = "عقوب"  # the word of the trigger's phrase: sanctions ("عقوبات"، "العقوبات"، "قائمة عقوبات")
LEADS = frozenset({"علي", "ضد", "بحق", "تستهدف", "يستهدف", "استهدفت", "استهدف", "شملت", "تشمل", "طالت"})
LEAD_GAP = 2  # words between the trigger and the word that leads to the person ("عقوبات جديدة على")
DESCRIPTION = 6  # words of a description before the name ("الأمين العام لحزب Y،")
# words that open another clause inside a description's reach, or name others ("شخصيات مقربة
# من الرئيس X"، "عدد من مساعدي X")
BOUNDS = frozenset({"من", "حتي", "بعد", "قبل", "عقب", "اثر", "بسبب", "لان", "ان", "التي", "الذي", "الذين", "فيما", "بينما", "كما"})
JOINED = 2  # words between one person and the next joined by و ("ونائبه Z")
NAMED_AFTER = 2  # persons a name's coordination may add


def sanctioned(h, norms: list[str], persons: list[tuple[int, int, str]], toks, text: str, tj: int,
               named: set[int]) -> list[str]:
    """The ids of the persons a sanction trigger falls on, in text order ([] when none). A
    pause before the name sets off an apposition ("لحزب Y، X"); one farther off ends the
    sanction's phrase ("العقوبات على قادة Y، دعا X"): X is the next clause's subject. A
    state or group right after the lead word is what the sanction falls on ("العقوبات على
    إيران ودعوة X"; ``named``: the tokens where such a name starts)."""
    if not h.form.cameo.startswith(CAMEO) or not any(SANCTIONS in t for t in h.form.tokens):
        return []  # "فرضت قيودا على أي نشاط ... عقب استقالة X": restrictions on acts, not on X
    lead = next((k for k in range(h.j, min(h.j + LEAD_GAP + 1, tj)) if violence._bare(norms[k]) in LEADS), None)
    if lead is None or lead + 1 in named:
        return []
    starts = [p[0] for p in persons]
    k = bisect.bisect_right(starts, lead)
    if k == len(persons) or persons[k][0] - lead > DESCRIPTION or persons[k][1] > tj:
        return []
    if any(mark_before(toks, text, m, PAUSES) or violence._bare(norms[m]) in BOUNDS for m in range(lead + 1, persons[k][0])):
        return []  # "العقوبات على كوريا الشمالية حتى يتخلى X": the name is another clause's
    out = [persons[k]]
    for p in persons[k + 1:k + 1 + NAMED_AFTER]:
        gap = range(out[-1][1], p[0])
        if p[1] > tj or len(gap) > JOINED or not any(norms[m].startswith("و") for m in gap):
            break
        out.append(p)
    return list(dict.fromkeys(p[2] for p in out))

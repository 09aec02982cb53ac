"""The signatories a definite participle describes signed nothing the sentence tells.

"الدول الموقعة على الاتفاق"، "الأطراف الأخرى الموقعة على المعاهدة"، "الدول الكبرى الموقعة
للاتفاق": a definite active participle of signing, followed by على or ل, is an adjective of
the noun before it; it names who are parties to an agreement signed long before, not a
signing, and news lists them by the handful ("الموقعة على الاتفاق، روسيا والصين وفرنسا"),
so the role model pairs them with each other or with the speaker. The agreement's own
participle ("الاتفاق الموقع بين X وY") is left alone: it tells who signed it. The
participles are data (data/lexicons/reading_cues.tsv, kind signatory).
"""
from __future__ import annotations

from core.events.reading_cues import cue_kind

ON = ("علي", "لل")  # "الموقعة على الاتفاق"، "الموقعة للاتفاق" (normalised spelling)


def described(doc, h) -> bool:
    """Whether the trigger is a definite participle of signing whose على or ل follows it."""
    if h.verbal or cue_kind(doc.norms[h.i]) != "signatory" or h.i + 1 >= len(doc.norms):
        return False
    nxt = doc.norms[h.i + 1]
    return nxt == ON[0] or nxt.startswith(ON[1])

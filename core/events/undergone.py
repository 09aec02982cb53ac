"""Criticism a side underwent is none it made: "تعرض X لانتقادات"، "واجه X انتقادات".

News tells criticism from the side of the one criticised with a verb of undergoing or
receiving ("تعرضت الحكومة لانتقادات حادة"، "واجه الرئيس انتقادات بعد تصريحاته"، "تلقى
سيلا من الانتقادات"). Its subject, named before the noun, made no criticism; the role
model, reading word order, often makes it the critic of the next side named ("تعرض X
لانتقادات لعدم ... مع Y": X accuses no Y). The critic, when named, follows the noun ("من
جانب Y") or stands in construct with it ("لانتقادات الرئيس Y", core.events.accusers). The
verbs are data (data/lexicons/reading_cues.tsv, kind undergo); core.events.provoked reads
the verbs of drawing criticism ("أثار انتقادات") the same way.
"""
from __future__ import annotations

from core.events.clauses import punct_gap
from core.events.provoked import CRITICISM_TYPES, without_critics_before
from core.events.reading_cues import cue_kind

UNDERGO_REACH = 6  # words from the verb to its noun, past its subject ("واجه الرئيس X انتقادات"، "لسيل من الانتقادات")


def _undergone_at(doc, st, h) -> int | None:
    """The token of a verb of undergoing before the noun trigger, in its clause."""
    for k in range(h.i - 1, max(h.i - 1 - UNDERGO_REACH, st.ti - 1), -1):
        if cue_kind(doc.norms[k]) == "undergo":
            return None if punct_gap(doc.toks, doc.nt, k + 1, h.i) else k
    return None


def no_undergoers(doc, st, h, pairs: list) -> list:
    """A criticism noun's directed pairs less those whose source is named before the noun
    a verb of undergoing governs, and not after it; they count as told."""
    if not pairs or h.verbal or h.form.type not in CRITICISM_TYPES or _undergone_at(doc, st, h) is None:
        return pairs
    return without_critics_before(doc, st, h, pairs, h.i)

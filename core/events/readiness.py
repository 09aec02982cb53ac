"""An act a side says it is ready for is offered, not done: "أبدى استعداده للدخول في
محادثات مع X".

The word of readiness is itself the offer (AGREE: "أبدى استعداده"، "مستعدة"); the act noun
its ل governs, past a verbal noun of entering or holding ("للدخول في محادثات"، "لإجراء
مفاوضات"، "للانخراط في حوار"), has not happened (an agreement noun there is the offer itself, AGREE, and stays). Read as told, the offer of talks became talks
held. Only a verbal noun of entering, starting or holding offers the act, or one of taking
part ("للمشاركة في تمويل") when the act is not named between other sides: "مستعدة للمشاركة
في المفاوضات بين X وY" offers a part in talks others hold, which stay told, as does any act
noun marked as running ("الجارية"، "القائمة"). The words of readiness, of entering, of taking
part and of an act running are data (data/lexicons/reading_cues.tsv, kinds ready, entering,
joining and ongoing).
"""
from __future__ import annotations

from core.events.reading_cues import cue_kind

READY = "ready"
ENTERING = "entering"
ONGOING = "ongoing"
JOINING = "joining"
AMONG = "بين"  # "للمشاركة في المفاوضات بين X وY": an act of other sides the ready one would join
AMONG_REACH = 2  # words from the act noun to بين ("المفاوضات المباشرة بين")
OFFER_TYPES = frozenset({"AGREE"})  # "مستعد للتفاوض على اتفاق جديد": the agreement noun carries the offer itself
BETWEEN = frozenset({"في", "الي", "علي"})  # "للدخول في"، "للعودة إلى"، "للتوقيع على" (normalised)
LAM = ("ل", "ول")  # the ل of purpose on the verbal noun after the readiness ("للدخول"، "لإجراء")


def offered(doc, st, h) -> bool:
    """Whether the noun trigger is governed, through a ل-verbal noun of entering or holding
    (and في, إلى or على), by a word of readiness right before that verbal noun, and is not
    marked as running."""
    if h.verbal or h.form.type in OFFER_TYPES:
        return False
    k = h.i - 1
    if k > st.ti and doc.norms[k] in BETWEEN:
        k -= 1
    if k - 1 < st.ti or not doc.norms[k].startswith(LAM):
        return False
    kind = cue_kind(doc.norms[k])
    if kind == JOINING and AMONG in doc.norms[h.j:min(h.j + AMONG_REACH, st.tj)]:
        return False  # "للمشاركة في المفاوضات بين X وY": X and Y's talks, told
    if kind not in (ENTERING, JOINING):
        return False
    if h.j < st.tj and cue_kind(doc.norms[h.j]) == ONGOING:
        return False  # "للدخول في المفاوضات الجارية": the talks are held already
    return cue_kind(doc.norms[k - 1]) == READY

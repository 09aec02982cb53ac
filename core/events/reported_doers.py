"""A reported clause that names its own doer: the speaker only tells of the act.

"قال المتحدث باسم الجيش الزنداري إن مسلحين من جبهة التحرير هاجموا نقطة تفتيش"،
"أكد مدير الهيئة أن دولة فالاريا تقدمت بشكوى"، "ذكر مكتب الرئيس أن القوات الموريانية
تدعم الحكومة": after a verb of saying, the complementiser (أن، إن، بأن with no pronoun
on it) opens a clause whose subject is written right after it. Where that subject is an
actor other than the speaker, and the trigger comes after it in the same clause, the act
is the subject's: the speaker (the actors named between the verb of saying and the
complementiser) is no source and no party of it, unless the clause names the speaker
again ("أعلنت الوزارة أن زنداريا ستطرد"، "أن زنداريا وفالاريا وقعتا").

Accusations and requests are left alone: a wrongdoing or a duty told of a subject
("قالت X إن Y انتهكت الهدنة"، "قال X إن على Y أن تنسحب") is the speaker's charge or demand
of it (core.events.charges). A complement with a pronoun ("أعلنت X أنها طردت") names no
other doer: the speaker may well be it. What an event noun or a nameless group opening
the clause did is core.events.reported's.
"""
from __future__ import annotations

from core.events.actors import _prepositional
from core.events.violence import REPORTERS
from core.events.reported import NAMELESS_SUBJECTS, THAT, _said, _subject_words

SPEAKERS_OWN = frozenset({"ACCUSE", "REQUEST"})  # a charge or a demand told of a subject is the speaker's
REACH = 12  # words from the complementiser to the trigger
SUBJECT_AT = 2  # words from the complementiser to the subject's first word ("إن القوات الزندارية")
REPORTING = REPORTERS + (":activists", ":social_media_users")  # kinds of speakers that tell, not act
OF = "من"  # "إن مسلحين من جبهة التحرير": the group the nameless gunmen belong to


def _complementiser(norms: list[str], first: int, i: int) -> int | None:
    """The nearest bare complementiser before token i within REACH words, if any."""
    for k in range(i - 1, max(first, i - REACH) - 1, -1):
        if norms[k] in THAT:
            return k
    return None


def _doer(doc, st, k: int, h):
    """The actor the clause opened at k names as its subject, before the trigger: its
    first words, or the group after a nameless attacker ("مسلحين من X")."""
    norms = doc.norms
    for a in st.actors:
        if a.i <= k or a.i >= h.i:
            continue
        if a.i - k <= SUBJECT_AT and not _prepositional(a, doc.toks, doc.nt):
            return a
        if a.i == k + 3 and norms[k + 2] == OF and (norms[k + 1] in NAMELESS_SUBJECTS or norms[k + 1] in _subject_words()[0]):
            return a
        return None
    return None


def no_telling_sides(doc, st, h, pairs: list) -> list:
    """The pairs of an act whose reported clause names its doer (module docstring), less
    those with a speaker as source or as party."""
    if not pairs or h.form.type in SPEAKERS_OWN:
        return pairs
    k = _complementiser(doc.norms, st.ti, h.i)
    if k is None:
        return pairs
    doer = _doer(doc, st, k, h)
    if doer is None or not _said(doc, st, k):
        return pairs
    speakers = {a.actor for a in st.actors if st.ti <= a.i < k and not _prepositional(a, doc.toks, doc.nt)}
    speakers -= {a.actor for a in st.actors if a.i > k}
    if not speakers:
        return pairs
    return [(p, d) for p, d in pairs if (p[0] not in speakers if d else speakers.isdisjoint(p))]


def no_reporter_sources(doc, st, h, pairs: list) -> list:
    """The pairs of an act told in the bare complement of a verb of saying whose speaker is a
    reporting body (an outlet, a monitor, activists: "قال المرصد إن المفاوضات مع X
    مستمرة"، "ذكرت وكالة الأنباء أن الزيارة ..."), less those with that speaker as source or
    as party: it tells of the act and takes no part, unless the clause names it again. It
    may still be the act's target ("قالت القناة إن السلطات أغلقت مكتبها")."""
    if not pairs or h.form.type in SPEAKERS_OWN:
        return pairs
    k = _complementiser(doc.norms, st.ti, h.i)
    if k is None:
        return pairs
    speakers = {a.actor for a in st.actors if st.ti <= a.i < k and a.kind.endswith(REPORTING)}
    if not speakers or not _said(doc, st, k):
        return pairs
    speakers -= {a.actor for a in st.actors if a.i > k}
    return [(p, d) for p, d in pairs if (p[0] not in speakers if d else speakers.isdisjoint(p))] if speakers else pairs

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


from core import prepared
from core.events import partners
from core.events.actors import prepositional
from core.events.incidents import load_words as incident_words
from core.events.violence import REPORTERS, SAYING
from core.events.reported import NAMELESS_SUBJECTS, SPEAKER_REACH, THAT, _subject_words, without_tellers
from core.text import without_conjunction

SPEAKERS_OWN = frozenset({"ACCUSE", "REQUEST"})  # a charge or a demand told of a subject is the speaker's
REACH = 12  # words from the complementiser to the trigger
REPORTING = REPORTERS + (":activists", ":social_media_users")  # kinds of speakers that tell, not act
SPEECH = "speech"  # the cue kind of a verb of speaking (قال، أكد), not of a reporting noun (تقارير، مصادر)
OF = "من"  # "إن مسلحين من جبهة التحرير": the group the nameless gunmen belong to
TITLE_REACH = 3  # words after a title where a side named with it stands ("الرئيس الزنداري")


def _complementiser(norms: list[str], first: int, i: int) -> int | None:
    """The nearest bare complementiser before token i within REACH words, if any."""
    for k in range(i - 1, max(first, i - REACH) - 1, -1):
        if norms[k] in THAT:
            return k
    return None


def _doer(doc, st, k: int, h) -> tuple[object, bool] | None:
    """The actor the clause opened at k names as its subject, before the trigger, and
    whether it is the subject itself: its first word, a nationality or a name after a noun
    of armed men ("إن القوات الزندارية"، "إن ميليشيات X"), or the group after a nameless
    attacker ("مسلحين من X"); or, not itself, the genitive of the noun that opens the clause
    ("إن ابتهاج X بفرض عقوبات": X imposes them, but "إن قرار X الانسحاب من بيان القمة"
    does not make X the summit's only party)."""
    norms = doc.norms
    for a in st.actors:
        if a.i <= k or a.i >= h.i:
            continue
        if a.i - k > 2 and not (a.i == k + 3 and norms[k + 2] == OF):
            return None
        if a.i == k + 3:  # "مسلحين من X"
            group = norms[k + 1] in NAMELESS_SUBJECTS or norms[k + 1] in _subject_words()[0]
            return (a, True) if group else None
        if prepositional(a, doc.toks, doc.nt):
            return None
        return a, a.i == k + 1 or a.adjective or norms[k + 1] in _group_heads()
    return None


@prepared.table()
def _group_heads() -> frozenset[str]:
    """Nouns of armed men whose genitive or adjective names whose they are (incident_words.tsv,
    kinds reported_subject, forces and state_arms: "ميليشيات X"، "قوات X"، "جنود X")."""
    return _subject_words()[0] | frozenset(w for w, kind in incident_words().items() if kind in ("forces", "state_arms"))


def _speakers(doc, st, k: int, kinds_of: tuple[str, ...] = ()) -> set[str] | None:
    """The actors of the nearest verb of saying or reporting word before the complementiser
    at k (within SPEAKER_REACH words): those between it and k, and a subject written right
    before it ("زنداريا قالت إن"); for a verb of speaking with none there, those named
    before it, its subject taken up by a pronoun ("ناشطون، حيث أكدوا أن"، "لكنه أكد أن").
    None with no such word. A reporting word nearer than the speaker governs another
    clause ("قال X إن زنداريا على علم بتقارير عن أن Y ...": the reports' clause is not X's).
    With ``kinds_of``, only the actors of those kinds."""
    kinds = doc.trig.cue_kinds
    for m in range(k - 1, max(st.ti, k - SPEAKER_REACH) - 1, -1):
        cue = kinds(doc.norms[m])
        if SAYING.isdisjoint(cue):
            continue
        told = [a for a in st.actors if st.ti <= a.i < k and not prepositional(a, doc.toks, doc.nt)
                and (not kinds_of or a.kind.endswith(kinds_of))]
        near = {a.actor for a in told if a.i > m or a.j == m}
        return near or ({a.actor for a in told if a.j <= m} if SPEECH in cue else near)
    return None


def no_telling_sides(doc, st, h, pairs: list) -> list:
    """The pairs of an act whose reported clause names its doer (module docstring), less
    those with a speaker as source or as party."""
    if not pairs or h.form.type in SPEAKERS_OWN:
        return pairs
    return _no_telling_sides(doc, st, h, pairs)


def _no_telling_sides(doc, st, h, pairs: list) -> list:
    """no_telling_sides past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    k = _complementiser(doc.norms, st.ti, h.i)
    if k is None:
        return pairs
    doer = _doer(doc, st, k, h)
    if doer is None:
        return pairs
    speakers = _speakers(doc, st, k)
    if not speakers:
        return pairs
    speakers -= {a.actor for a in st.actors if a.i > k}
    if not speakers:
        return pairs
    # a genitive doer rules the speaker out as the source only; a meeting with the speaker's
    # own leader, named by his title alone, keeps the speaker as its other party
    partnerless = doer[1] and not _own_leader_met(doc, st, h)
    return without_tellers(pairs, speakers, partnerless)


def _own_leader_met(doc, st, h) -> bool:
    """"أعلنت الرئاسة أن وفدا زنداريا التقى الرئيس": the act's object is a title no side
    is named with (within TITLE_REACH words), the speaker's own leader: the speaker's side
    is the other party of the meeting."""
    j = h.j
    if j >= st.tj or without_conjunction(doc.norms[j]) not in partners.title_words():
        return False
    return not any(j <= a.i <= j + TITLE_REACH for a in st.actors)


def no_reporter_sources(doc, st, h, pairs: list) -> list:
    """The pairs of an act told in the bare complement of a verb of saying whose speaker is a
    reporting body (an outlet, a monitor, activists: "قال المرصد إن المفاوضات مع X
    مستمرة"، "ذكرت وكالة الأنباء أن الزيارة ..."), less those with that speaker as source or
    as party: it tells of the act and takes no part, unless the clause names it again. It
    may still be the act's target ("قالت القناة إن السلطات أغلقت مكتبها")."""
    if not pairs or h.form.type in SPEAKERS_OWN or not any(a.kind.endswith(REPORTING) for a in st.actors):
        return pairs
    k = _complementiser(doc.norms, st.ti, h.i)
    if k is None:
        return pairs
    speakers = _speakers(doc, st, k, REPORTING)
    if not speakers:
        return pairs
    speakers -= {a.actor for a in st.actors if a.i > k}
    return without_tellers(pairs, speakers) if speakers else pairs

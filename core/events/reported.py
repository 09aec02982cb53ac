"""What a speaker reports of an act done by an event: "أعلنت مصادر ليبية أن هجوما انتحاريا
استهدف مقر المفوضية"، "تقول الأمم المتحدة إن وقوع هجوم على المدينة يهدد بتهجير آلاف
السكان". The verb's subject is the attack or the occurrence that opens the complement
after أن/إن, so its author is not named; the one who tells of it (the speaker, named
before the complementiser) is not its source. A complement opened by an actor or by a
pronoun of the speaker's ("أعلنت إسرائيل أنها قصفت"، "قالت واشنطن إن قواتها") is left
alone: there the speaker may well be the agent. A complement opened by a nameless
attacker ("قالت الشرطة إن مسلحا أطلق النار على ...") is read the same way: the police
that report the shooting did not shoot.
"""
from __future__ import annotations


from core import prepared
from core.events.violence import SAYING
from core.lexicon import read_table

IN = "في"
OF = "من"  # "إن العشرات من X قتلوا": a toll, whoever X are  # "في بغداد": where the act took place, which may be the speaker's country
THAT = frozenset({"ان", "بان"})  # normalised أن / إن / بأن with no pronoun on it
# normalised nouns of an attack or an occurrence that stand as a verb's subject right
# after the complementiser: the act they name is what does the verb's deed
EVENT_SUBJECTS = frozenset({
    "هجوم", "هجوما", "الهجوم", "هجمات", "الهجمات", "انفجار", "انفجارا", "الانفجار", "انفجارين",
    "تفجير", "تفجيرا", "التفجير", "تفجيرات", "التفجيرات", "غاره", "الغاره", "غارات", "الغارات", "قصف", "القصف",
    "قصفا", "اعتداء", "الاعتداء", "اعتداءات", "الاعتداءات", "وقوع", "حدوث", "صاروخ", "صاروخا", "الصاروخ",
    "قذيفه", "القذيفه", "قذائف", "القذائف", "عبوه", "العبوه", "سياره", "السياره",
})
# normalised nouns of an attacker no name is given for ("قالت الشرطة إن مسلحا أطلق النار"):
# the one who tells of the act (a police force, a ministry) is not its author either
NAMELESS_SUBJECTS = frozenset({
    "مسلح", "مسلحا", "مسلحين", "مسلحون", "مجهول", "مجهولا", "مجهولين", "مجهولون", "انتحاري", "انتحاريا",
    "مهاجم", "مهاجما", "مهاجمين", "مهاجمون", "قناص", "قناصا", "رجل", "رجلا", "شخص", "شخصا", "شخصين",
})


@prepared.table()
def _subject_words() -> tuple[frozenset[str], frozenset[str]]:
    """(nouns of nameless armed groups, counts) that open a complement as its subject
    (incident_words.tsv, kinds reported_subject and reported_count): the speaker tells of
    their act, or of what befell them, and does not do it. A count is such a subject
    alone ("إن العشرات قتلوا") or before a group noun ("إن عشرات المسلحين"); before any
    other noun it counts someone's men ("إن مئات الجنود هاجموا": the speaker's own)."""
    rows = [(r["cue"], r["kind"]) for _, r in read_table("incident_words.tsv")]
    return (frozenset(c for c, kind in rows if kind == "reported_subject"),
            frozenset(c for c, kind in rows if kind == "reported_count"))


def _other_subjects(norms: list[str], k: int, end: int) -> bool:
    """The word at k is a nameless group's noun, or a count alone before ``end`` (the
    trigger), before such a noun or before من ("إن العشرات من X قتلوا": a toll)."""
    groups, counts = _subject_words()
    w = norms[k]
    return w in groups or w in counts and (k + 1 == end or k + 1 < end and norms[k + 1] in groups | {OF})


ARMED_GROUPS = ("ORG:armed_group", "ORG:military")  # actor kinds of an armed group, whose fighters a group noun may name
DONE_BY_EVENTS = frozenset({"ASSAULT", "COERCE", "THREATEN"})  # "هجوما استهدف"، "وقوع هجوم يهدد"
REACH = 14  # words from the complementiser to the verb (the event noun, its adjectives and an aside)
SPEAKER_REACH = 12  # words from the verb of saying to the complementiser (the speaker and a date)


def _complement(doc, st, h) -> int | None:
    """The position of the complementiser whose clause's subject is an event noun: the
    trigger itself, or the subject of the trigger's verb with no actor named between (a
    noun trigger later in the clause, "إن الغارة ضربت أهدافا بالتنسيق مع X", is the speaker's
    partner's)."""
    norms = doc.norms
    if h.form.type not in DONE_BY_EVENTS:
        return None
    if h.i - 1 >= st.ti and norms[h.i - 1] in THAT and norms[h.i] in EVENT_SUBJECTS:
        # "إن انفجارا استهدف": the noun itself opens the complement; a definite one ("إن
        # الغارة كانت ردا") may be the speaker's own act told before
        return h.i - 1 if not norms[h.i].startswith("ال") else None
    if h.i - 2 >= st.ti and norms[h.i - 2] in THAT and (norms[h.i - 1] in NAMELESS_SUBJECTS or _other_subjects(norms, h.i - 1, h.i)):
        return h.i - 2  # "إن مسلحا أطلق النار": a nameless attacker right before its act (a phrase, too)
    if not h.verbal:
        return None  # "إن الغارة ضربت أهدافا بالتنسيق مع X": the noun's partner is the speaker's
    for k in range(h.i - 2, max(st.ti, h.i - REACH) - 1, -1):
        if norms[k] in THAT:
            subject = norms[k + 1]
            # loops, not generators: their names would be cells of every call
            if _other_subjects(norms, k + 1, h.i):  # "إن الجماعات المسلحة تطلق": the group may be an unnamed side of its own
                for a in st.actors:
                    if k + 1 < a.i < h.i and not a.kind.startswith("UNNAMED"):
                        return None
                return k
            if subject not in EVENT_SUBJECTS | NAMELESS_SUBJECTS:
                return None
            for a in st.actors:
                if k < a.i < h.i:
                    return None
            return k
    return None


def _said(doc, st, k: int) -> bool:
    """A verb of saying or reporting stands before the complementiser at k."""
    kinds = doc.trig.cue_kinds
    return any(not SAYING.isdisjoint(kinds(doc.norms[m])) for m in range(max(st.ti, k - SPEAKER_REACH), k))


def no_reporting_sides(doc, st, h, pairs: list) -> list:
    """The pairs of an act whose subject is an event noun less those whose source is named
    only before the complementiser (the speaker; a place after في, "في بغداد", is where,
    and does not name the source) and the joint ones with a side named only there."""
    if not pairs:
        return pairs
    k = _complement(doc, st, h)
    if k is None or not _said(doc, st, k):
        return pairs
    return _without_speakers(doc, st, pairs, k)


def _without_speakers(doc, st, pairs: list, k: int) -> list:
    """no_reporting_sides of an act told after the complementiser at k (apart: the names its
    comprehensions read are closure cells, made on each call of the function that holds them)."""
    speakers = {a.actor for a in st.actors if st.ti <= a.i < k}
    if not speakers:
        return pairs
    after = {a.actor for a in st.actors if a.i > k and doc.norms[a.i - 1] != IN}  # "غارة للقوات السعودية"
    speakers -= after  # "أعلنت X أن غارة لقواتها ..."، "أن قصف إسرائيل للمفاعل": the source named again
    if any(w in _subject_words()[0] for w in doc.norms[k + 1:k + 3]):  # "قال متحدث باسم X إن الفصائل قصفت": its own fighters
        speakers -= {a.actor for a in st.actors if st.ti <= a.i < k and a.kind.startswith(ARMED_GROUPS)}
    return without_tellers(pairs, speakers)


def without_tellers(pairs: list, speakers: set[str], parties: bool = True) -> list:
    """``pairs`` less those with a speaker as source and, with ``parties``, the undirected
    ones a speaker is party to: the speakers only tell of the act."""
    return [(p, d) for p, d in pairs if (p[0] not in speakers if d else not parties or speakers.isdisjoint(p))]

"""The statement a trigger is reported in, for the role model (core.events.learned).

News Arabic reports most acts inside a statement: "وقال وزير الخارجية الإماراتي إن
خطاب X يعتبر فشلا"، "وأكد الرئيس ... كما دعا ..."، "وأضاف أن بلاده ستفرض ...". The
speaker (the subject of the verb of saying that governs the trigger) is then the source
of the evaluations, demands and refusals the statement reports, although another actor
stands nearer the trigger; a verb of saying with no subject of its own ("وأضاف") speaks
for the subject of an earlier sentence. The model reads, for each actor near a trigger,
whether it is that speaker (``said``), and weighs it by side and type as it learns to.
"""
from __future__ import annotations

SPEECH_REACH = 32  # words from a verb of saying back to the trigger it governs (as roles.SPEECH_REACH)
SPEAKER_REACH = 8  # words from the verb to the first word of its subject ("قال أنور قرقاش، وزير الدولة الإماراتي")
SENTENCE_BREAKS = frozenset(".!?؟\n")
# what a statement itself does to an actor: its speaker, however far, is a candidate source
STATEMENT_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN", "AGREE"})
OBJECT_LEADS = frozenset({"الي", "من", "عن", "مع", "علي", "لدي", "ضد", "بشان", "حول", "تجاه", "ازاء", "حيال", "في"})


def _cues():
    if not _LOAD_TRIGGERS:  # the triggers module imports the role model's: imported on first use
        from core.events.triggers import load_triggers

        _LOAD_TRIGGERS.append(load_triggers)
    return _LOAD_TRIGGERS[0]()


# load_triggers once imported: an import statement costs a lock and a look-up, and _cues
# is asked about ten times an article
_LOAD_TRIGGERS: list = []


def speech_verb(h, toks, nt) -> int | None:
    """The nearest verb of saying before the trigger in its sentence, or None."""
    cue_kinds, norm = _cues().cue_kinds, nt.norm
    # asked for every trigger the role model reads, of up to SPEECH_REACH words each: the
    # test of the gap is one set operation in C (most gaps are one space)
    for k in range(h.i - 1, max(h.i - SPEECH_REACH, 0) - 1, -1):
        gap = norm[toks[k].nend:toks[k + 1].nstart]
        if gap != " " and not SENTENCE_BREAKS.isdisjoint(gap):
            return None
        if "speech" in cue_kinds(toks[k].norm):
            return k
    return None


def _subject_like(a, toks, nt) -> bool:
    """No preposition or proclitic ب/ل/ك introduces the actor (a speaker never has one)."""
    t = toks[a.i]
    if a.start > t.start and any(c in "لبك" for c in nt.original[t.start:a.start]):
        return False
    return a.i == 0 or toks[a.i - 1].norm not in OBJECT_LEADS


def speaker_marks(h, s_actors, toks, nt) -> tuple[str | None, str]:
    """(the speaker's actor id, how the statement names it): "f" a speaker named with its
    verb of saying (after it, "قال الوزير الفرنسي"، or just before it, "موسكو قالت"), "d" a
    verb of saying with no subject in the sentence ("وأضاف أن ..."), "-" no statement."""
    k = speech_verb(h, toks, nt)
    if k is None:
        return None, "-"
    trig = _cues()
    for a in s_actors:
        if a.i > k + SPEAKER_REACH or a.j > h.i:
            break
        if a.i > k and any("complementiser" in trig.cue_kinds(t.norm) for t in toks[k + 1:a.i]):
            break  # "وأضاف أن X": X is the subject of what is said
        if a.i > k and _subject_like(a, toks, nt):
            return a.actor, "f"
    for a in reversed(s_actors):
        if a.j <= k and k - a.j <= 1 and _subject_like(a, toks, nt):
            return a.actor, "f"
    if any(a.j <= k for a in s_actors):
        return None, "-"  # a subject further back: left to the other features
    return None, "d"


def said(actor: str, side: str, speaker: str | None, how: str) -> str:
    """What an actor is to the statement governing the trigger: "y" its speaker ("Y" when
    it stands beyond the reach of the trigger's other actors, ``how`` "F"), "n" another
    actor of a statement with a named speaker, "c" an actor of the previous sentence
    (``side`` "P") when the statement names none ("d"), "o" another actor then, "-" no
    statement."""
    if how in ("f", "F"):
        return ("y" if how == "f" else "Y") if actor == speaker else "n"
    if how == "d":
        return "c" if side == "P" else "o"
    return "-"


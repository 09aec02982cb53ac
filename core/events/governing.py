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

import re
from bisect import bisect_left
from itertools import compress, count
from operator import itemgetter

from core.text import proclitic_forms

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
    """The nearest verb of saying before the trigger in its sentence, or None: the
    nearest of its written forms (picked in C) within SPEECH_REACH words, when no gap
    that ends a sentence lies between its end and the trigger's (a sentence break written
    inside a word counts before that word)."""
    forms = cue_forms(_cues(), "speech")
    last = _SPEECH_AT  # read once (threads analyse side by side)
    if last[0] is not toks or last[1] is not forms:
        last = _speech_at(toks, forms)
    at = last[2]
    n = bisect_left(at, h.i)
    if not n or at[n - 1] < h.i - SPEECH_REACH:
        return None
    k = at[n - 1]
    return k if _BREAK.search(nt.norm, toks[k].nend, toks[h.i].nend) is None else None


def _speech_at(toks, forms: frozenset[str]) -> tuple:
    """Where an article's verbs of saying stand, found once per article (speech_verb is
    asked of most triggers an article has, each looking up to SPEECH_REACH words back);
    the tokens held, so that the identity test cannot meet a new list at an old address."""
    global _SPEECH_AT
    _SPEECH_AT = (toks, forms, list(compress(count(), map(forms.__contains__, map(_NORM, toks)))))
    return _SPEECH_AT


_SPEECH_AT: tuple = (None, None, [])  # (the last article's tokens, the forms, where they stand), replaced whole


def cue_forms(trig, kind: str) -> frozenset[str]:
    """The written words whose cue kinds (``Triggers.cue_kinds``) include ``kind``: each cue
    word of that kind with the proclitics it may carry (``proclitic_forms``), checked by
    cue_kinds itself; made once per trigger tables and kind, so that a rule asking it of
    many words tests each by one set look-up."""
    if _CUE_FORMS[0] is not trig:
        _CUE_FORMS[:] = [trig, {}]
    got = _CUE_FORMS[1].get(kind)
    if got is None:
        got = _CUE_FORMS[1][kind] = _built_cue_forms(trig, kind)
    return got


def _built_cue_forms(trig, kind: str) -> frozenset[str]:
    """cue_forms' set, made once: apart so that cue_forms (asked some thirty times an
    article) holds no generator, whose names were closure cells made on every call."""
    return frozenset(w for c, k in trig.cues.items() if k == kind for w in proclitic_forms(c) if kind in trig.cue_kinds(w))


_CUE_FORMS: list = [None, {}]  # (trigger tables, kind → cue_forms)
_BREAK = re.compile("[" + re.escape("".join(sorted(SENTENCE_BREAKS))) + "]")
_NORM = itemgetter(0)  # a token's word


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
    comp = None  # the first complementiser within SPEAKER_REACH words after the verb, once an actor follows it
    for a in s_actors:
        if a.i > k + SPEAKER_REACH or a.j > h.i:
            break
        if a.i <= k:
            continue
        if comp is None:
            comp = _complementiser_after(k, toks)
        if comp < a.i:
            break  # "وأضاف أن X": X is the subject of what is said
        if _subject_like(a, toks, nt):
            return a.actor, "f"
    for a in reversed(s_actors):
        if a.j <= k and k - a.j <= 1 and _subject_like(a, toks, nt):
            return a.actor, "f"
    for a in s_actors:  # a loop, not any() over a generator, whose k was a closure cell on every call
        if a.j <= k:
            return None, "-"  # a subject further back: left to the other features
    return None, "d"


def _complementiser_after(k: int, toks) -> int:
    """The first complementiser within SPEAKER_REACH words after the verb of saying at k,
    else k + SPEAKER_REACH (a loop of its own: a generator in speaker_marks made its names
    closure cells on every call, most of which find no verb of saying)."""
    kinds = _cues().cue_kinds
    for m in range(k + 1, min(k + SPEAKER_REACH, len(toks))):
        if "complementiser" in kinds(toks[m].norm):
            return m
    return k + SPEAKER_REACH


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


"""The speaker of a quotation that runs over several sentences.

The sentence splitter ends a sentence at every full stop, inside quotation marks too:
"وقال الوزير الفرنسي: "لن نقبل هذا. إن حكومتنا تدين ما جرى" متهما إيطاليا بالتقصير"
is three sentences, and the last two name no speaker. Every sentence inside the quotation
is said by whoever opened it, and a participle after the closing mark ("متهما"، "مطالبا")
has that speaker as its subject: the carried subject of those sentences is the speaker,
not the source of whatever event was told last (often one inside the quotation itself).
"""
from __future__ import annotations

import re

from core.events.actors import _group_forward
from core.events.roles import _locative
from core.events.speech_acts import PARTICIPLE_REACH, adverbial_participle
from core.text import CLOSE_QUOTES, OPEN_QUOTES

OPENERS = OPEN_QUOTES
CLOSERS = CLOSE_QUOTES
STRAIGHT = '"'
MAX_SENTENCES = 4  # sentences a quotation may run on after the one that opens it
_MARK = re.compile("[" + re.escape(OPENERS + CLOSERS + STRAIGHT) + "]")
SPEAKER_REACH = 4  # words from a verb of saying to its subject's first word ("وقال وزير الخارجية الفرنسي")


def _open_at_end(text: str, start: int, end: int, was_open: bool) -> tuple[bool, int | None]:
    """(whether a quotation is still open at the end of text[start:end], where the last
    quotation opened in it starts, or None)."""
    state, opened = was_open, None
    for m in _MARK.finditer(text, start, end):  # the marks alone, found in C: a sentence holds few
        c = m.group()
        if c in OPENERS or c == STRAIGHT and not state:
            state, opened = True, m.start()
        elif c in CLOSERS or c == STRAIGHT and state:
            state = False
    return state, opened


def _subject(actors: list, limit: int, verb: int, subject_ok) -> list[str]:
    """The subject of a sentence's verb of saying (token ``verb``): the first actor no
    preposition governs, before character ``limit``, within SPEAKER_REACH words of it."""
    for a in actors:  # a loop: a comprehension's names would be cells of every call
        if a.end <= limit and a.i <= verb + SPEAKER_REACH and subject_ok(a):
            return [a.actor]
    return []


class QuoteReach:
    """Walks an article's sentences in order and tells, for each, the speaker of a
    quotation that runs into it from an earlier sentence (the sentence where it closes
    included). A quotation across a line break or open past MAX_SENTENCES sentences (an
    unbalanced mark) carries nobody. One per article: it holds its state."""

    def __init__(self, text: str):
        self.text = text
        self.speaker: list[str] = []
        self.open_for = 0
        self.last_end: int | None = None
        self.said_by: list[str] = []  # the subject of the last sentence that opened with a verb of saying
        self._was_open, self._span = False, (0, 0)  # the sentence under way (enter → leave)

    def enter(self, s: int, e: int) -> list[str]:
        """The speaker of the quotation sentence [s, e) lies in, opened before it, or []."""
        was_open = self.open_for > 0 and self.last_end is not None and "\n" not in self.text[self.last_end:s]
        if not was_open:
            self.open_for, self.speaker = 0, []
        self._was_open, self._span = was_open, (s, e)
        return self.speaker if was_open else []

    def leave(self, actors: list, subject_ok, verb: int | None) -> None:
        """After sentence [s, e) (its verb of saying at its start: token ``verb``):
        whether a quotation stays open, and who speaks it. One whose sentence names
        nobody before it goes on with the speaker of the sentence before when both
        open with a verb of saying ("وقالت X إن ... . وأضافت "..."); otherwise ("وجاء في
        البيان: "...") and after actors that are not the verb's subject its speaker is
        unknown (the subject carried from the last event is too often another's)."""
        s, e = self._span
        self.last_end = e
        still, opened = _open_at_end(self.text, s, e, self._was_open)
        if not still:
            self.open_for, self.speaker = 0, []
        elif opened is not None:
            self.open_for = MAX_SENTENCES
            named = _named_before(actors, opened, subject_ok)
            self.speaker = [] if verb is None else _subject(actors, opened, verb, subject_ok) if named else self.said_by
        else:
            self.open_for -= 1
        self.said_by = (_subject(actors, e, verb, subject_ok) or self.said_by) if verb is not None else []


def _named_before(actors: list, opened: int, subject_ok) -> bool:
    """Whether a subject is named before the quotation mark at ``opened`` (a loop of its own:
    a generator in QuoteReach.leave made its names closure cells for every sentence)."""
    for a in actors:
        if a.end <= opened and subject_ok(a):
            return True
    return False


def _first_person(h, toks, trig) -> bool:
    """The trigger is a verb of "we": an imperfect with the person prefix ن where the
    same verb with ي is a trigger of its type ("ندعو"، "نطالب"; not the root ن of "ندد"،
    "نفى"). A final نا is no sign: it is the object as often ("تهددنا"، "دعونا نتوقف")."""
    form = h.form.tokens[0]
    return form[:1] == "ن" and any(f.type == h.form.type for f in trig.by_first.get("ي" + form[1:], ()))


def quoted_roles(h, toks, nt, trig, roles, st):
    """"قال X: "... . ونطالب Y بـ ...": inside a quotation a verb of "we" acts for its
    speaker, and the actors the rules read about it are its targets; a participle after
    its closing mark is the speaker's (participle_roles)."""
    speaker = st.quoted
    if not speaker:
        return roles
    if adverbial_participle(h, toks, nt):
        got = participle_roles(h, toks, nt, roles, st)
    elif roles and h.verbal and _first_person(h, toks, trig):
        near = {a.actor for a in st.actors if h.j <= a.i <= h.j + PARTICIPLE_REACH}  # "ندعو تركيا إلى"
        others = [x for x in dict.fromkeys(list(roles[0]) + list(roles[1])) if x not in speaker and x in near]
        got = (list(speaker), others[:1], []) if others else roles
    else:
        return roles
    if got is not roles:
        st.said_at = h.i
    return got


def spoken(st, h, pairs: list) -> bool:
    """The rules' pairs of this trigger are those quoted_roles gave it, said by the
    speaker of a quotation opened in an earlier sentence, who is not named in this one:
    the role model, which reaches only the sentence before, cannot weigh them."""
    speaker = st.quoted[:1]
    return bool(speaker and pairs) and st.said_at == h.i and all(list(p[:1]) == speaker for p, _ in pairs) \
        and all(a.actor != speaker[0] for a in st.actors)


def _closed_before(st, h, text: str) -> int | None:
    """Where the quotation running into this sentence closes before the trigger, or None."""
    m = _MARK.search(text, st.start, h.start)
    return m.start() if m else None


def participle_roles(h, toks, nt, roles, st):
    """"قال X: "... . إن Y تشاركنا القلق" متهما Z": a participle right after the closing
    mark of a quotation opened sentences before adds what its speaker said, whatever the
    quotation's last sentence named; its target is the actor (and those joined to it by
    و) within PARTICIPLE_REACH words after it."""
    close = _closed_before(st, h, nt.original)
    if close is None or any(close < a.start < h.start for a in st.actors):
        return roles
    speaker = st.quoted[:1]
    k = next((k for k, a in enumerate(st.actors) if h.j <= a.i <= h.j + PARTICIPLE_REACH
              and not _locative(a, toks, nt)), None)  # "داعيا الدول الأعضاء في المنظمة": where they are
    if k is None:
        return roles
    tgt = [a.actor for a in _group_forward(st.actors, k, toks, nt) if a.actor not in speaker]
    return (speaker, list(dict.fromkeys(tgt)), []) if tgt else roles

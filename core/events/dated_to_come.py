"""A gathering dated by a time to come is still to come: "قمة بين X وY في أبريل المقبل".

A meeting, summit, talks or signing named by a noun and dated, right after it, by a time
expression of the month, week or year to come ("الشهر المقبل"، "نيسان/أبريل المقبل"،
"العام القادم") is told before it takes place; core.events.plans reads cue words right
around the noun ("القمة المقبلة"، "التي ستعقد"), which such a date often stands beyond
("قمة على الحدود في شهر أبريل المقبل"). Only for nouns (a verb's tense tells its time:
"اجتمع الوزراء ... حيث من المقرر إجراء الجولة في مايو المقبل": the meeting took place),
and only a date that is the noun's own: within REACH words after it, with no word between
that makes the date another's ("لبحث خطة العام المقبل"، "حول ميزانية العام المقبل"،
"تمهيدا لانتخابات العام المقبل": the plan, the budget, the elections are to come, the
talks took place), and with no past verb of holding or ending before the noun ("واختتمت
محادثات"، "وجرت محادثات"، "وعقد ... اجتماعا"). Of the SUPPORT nouns only a signing is a
gathering ("دعمها للمغرب حتى نهاية العام المقبل" is support given). The words are data
(data/lexicons/imminent_words.tsv, the words read after an act and those of scope time;
data/lexicons/reading_cues.tsv, kinds topic, held and signing; the past rows of
data/lexicons/holding_verbs.tsv).
"""
from __future__ import annotations

import bisect
from functools import lru_cache

from core import prepared
from core.cue_words import first_cue_kind
from core.events.imminent import ACT, TIME, scoped_words
from core.events.plans import HOLDING_NOUN
from core.events.reading_cues import cue_kind
from core.lexicon import read_table
from core.text import normalize_for_match

# meetings and talks (CONSULT), signings (SUPPORT); not pacts (AGREE): "اتفاق X وY على قمة
# في أبريل المقبل"، "موافقة X على لقاء في مايو المقبل" date what was agreed on, the
# agreement itself was made
GATHERINGS = frozenset({"CONSULT", "SUPPORT"})
SIGNED = "SUPPORT"  # read only for its nouns of signing
REACH = 6  # words, a name counting as one, from the noun to its date ("قمة بين X وY قريبا في المنطقة الحدودية في أبريل المقبل")
HELD_REACH = 3  # words, a name counting as one, from a past verb of holding to the noun ("وعقد وزيرا خارجية X وY اجتماعا")
TOPIC, HELD, SIGNING = "topic", "held", "signing"  # reading_cues.tsv kinds
NEXT = "next"
IN = "في"


@prepared.table()
def _next_words() -> dict[str, str]:
    """The words of a time to come ("المقبل"، "القادم") as a cue table: those of
    imminent_words.tsv read after an act, and those it keeps for dates."""
    return dict.fromkeys(scoped_words(ACT) + scoped_words(TIME), NEXT)


@lru_cache(maxsize=2)
def _holding_verbs(tense: str) -> dict[str, str]:
    """The verbs of holding a gathering of one tense (holding_verbs.tsv: "past" tells one
    held, "present" one that takes place: "تعقد"، "تستضيف"), as a cue table."""
    return {r["verb"]: HELD for _, r in read_table("holding_verbs.tsv") if r["tense"] == tense}


def dated_later(h, doc, st, clause: tuple[int, int], date: str | None, date_source: str | None) -> bool:
    """Whether the noun trigger ``h`` of a gathering takes its date from a time expression
    of its clause, right after it, that holds a word of a time to come."""
    if h.verbal or date is None or date_source != "clause" or h.form.type not in GATHERINGS:
        return False
    if h.form.type == SIGNED and cue_kind(doc.norms[h.i]) != SIGNING:
        return False
    for t in doc.times:
        if t.value == date and clause[0] <= t.start < clause[1] and t.type == "DATE":
            if not any(first_cue_kind(w, _next_words()) for w in normalize_for_match(t.text).split()):
                return False
            return _right_after(h, doc, st, bisect.bisect_left(doc.tok_starts, t.start)) and not _held_before(h, doc, st)
    return False


def _right_after(h, doc, st, k: int) -> bool:
    """The date, starting at token k, follows the noun within REACH words (the "في" right
    before it not counted), with no word between that makes it another's: a topic word
    ("حول"، "تمهيدا"، "لبحث"). A present verb of holding between tells the date the
    gathering's however far ("قمة ... التي تعقد في X في الثالث عشر والرابع عشر من أبريل
    المقبل")."""
    if k < h.j or k > st.tj:
        return False
    seen = 0
    names = {a.i for a in st.actors}
    for m in range(h.j, k):
        if m in doc.in_entity or m in names or (m == k - 1 and doc.norms[m] == IN):
            continue
        w = doc.norms[m]
        if first_cue_kind(w, _holding_verbs("present")):
            return True
        seen += 1
        if seen > REACH or cue_kind(w) == TOPIC:
            return False
    return True


def _held_before(h, doc, st) -> bool:
    """A past verb of holding, taking place or ending within HELD_REACH words before the
    noun ("وجرت محادثات"، "واختتمت في القاهرة محادثات"); "عقد" right before the noun with
    no conjunction is the verbal noun in construct with it ("وأعلن عقد قمة")."""
    seen = 0
    verbs = _holding_verbs("past")
    for m in range(h.i - 1, st.ti - 1, -1):
        w = doc.norms[m]
        if cue_kind(w) == HELD or first_cue_kind(w, verbs) == HELD:
            return not (m == h.i - 1 and HOLDING_NOUN in doc.trig.cue_kinds(w))
        if m not in doc.in_entity and all(a.i != m for a in st.actors):
            seen += 1
            if seen > HELD_REACH:
                return False
    return False

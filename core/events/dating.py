"""Which dates of a sentence may date a trigger: not those that belong to another act.

A date inside a phrase that names an earlier act of its own dates that act, not the
sentence's event: "منذ بدء الصراع عام 2011" (since when a state lasts), "في الذكرى الخامسة
لفض الاعتصام عام 2013" (what an anniversary recalls), "بطل الثورة التي أطاحت بالدكتاتورية
في 1979" (a relative clause about another noun). Such a date is left to the trigger only
when the trigger stands inside that phrase ("منذ توقيع الاتفاق عام 2020" dates the signing)
or is a noun right before the relative pronoun whose clause describes it ("الاتفاق الذي
وقع عام 2015"); after a verb, a relative clause describes its object ("انتقدت العقوبات التي
فرضت عام 2018": the criticism is not of 2018); a clause in the present ("الذي يسكن")
has ended before the date, and one opened by "والتي" describes a head further back. What
a later verb of saying reports ("ودعا ...، وقال إن قتل المحتجين أمس جريمة") is dated for
itself, not for the act told before the verb.
A bare year right after a noun names that noun's act ("مجزرة 1988"، "انتخابات 2009"). The
cue words are data (event_cues.tsv, kind ``date_owner``); relative pronouns are known, and
participles that describe a noun as they do ("المعاهدة الموقعة عام 1955") are data too
(kind ``describes``).
"""
from __future__ import annotations

import bisect
import datetime as _dt
import re

from core.headline import dateline_end
from core.times.dates import is_named_day
from core.text import RELATIVE_PRONOUNS, without_conjunction

OWNER_REACH = 8  # words from a cue to the date its phrase ends with
OWN_CLAUSE = 3  # words between a trigger's end and a relative pronoun that still describes it
BREAKS = frozenset(".:;؛!?\n")  # marks that end the cue's phrase (a comma or quotes do not)
SIGNED_TYPES = frozenset({"AGREE", "COOPERATE"})  # what a participle of signing describes when it is the trigger
RELATIVES = RELATIVE_PRONOUNS


def foreign(t, h, toks, nt, trig, tok_starts: list[int], first_tok: int) -> bool:
    """The date ``t`` closes a phrase a date-owning cue or a relative pronoun opens (within OWNER_REACH words, no full stop between), or names the act of
    the noun right before it ("مجزرة 1988"), that the trigger ``h`` is outside of: it dates
    another act."""
    k = bisect.bisect_right(tok_starts, t.start) - 1
    if k < h.j:
        return False  # the date comes before the trigger's end: nothing here governs it away
    if k - 1 >= max(first_tok, h.j) and t.text.isdigit() and _names_year(toks[k - 1].norm, trig):
        return True  # "حملته مسؤولية مجزرة 1988": the year is the massacre's
    if k - 1 >= max(first_tok, h.j) and is_named_day(toks[k - 1].norm, t.value):
        return True  # "يرفض دعوى بسبب هجمات 11 سبتمبر": the day is the attacks' own
    for c in range(k - 1, max(first_tok, k - OWNER_REACH) - 1, -1):
        if BREAKS.intersection(nt.norm[toks[c].nend:toks[c + 1].nstart]):
            return False
        w = toks[c].norm
        if c < k - 1 and "date_owner" in trig.cue_kinds(w):
            return h.j <= c  # a trigger inside the cue's phrase owns its date
        if ("complementiser" in trig.cue_kinds(w) and h.j < c and c - 1 >= first_tok
                and "speech" in trig.cue_kinds(toks[c - 1].norm)):
            return True  # "ودعا ...، وقال إن قتل المحتجين أمس جريمة": the day of what he spoke of
        signed = "describes" in trig.cue_kinds(w)  # "الموقعة": describes a noun as a relative clause does
        if signed and not h.verbal and h.form.type in SIGNED_TYPES:
            return False  # "اتفاق تعيين الحدود ...، الموقع في أبريل 2016": what is signed is the trigger
        if w in RELATIVES or signed:
            # another noun's clause (a verb's own: c < h.i), told in the past: a clause in the
            # present ("الذي يسكن بالقرب منها يوم 23 يناير") has ended before a date of the past
            return (h.j <= c and (h.verbal or c - h.j > OWN_CLAUSE)
                    and not (c + 1 < len(toks) and toks[c + 1].norm[:1] == "ي"))
        if w[1:] in RELATIVES and w[:1] in "وف":
            return False  # "والتي انطلقت في": one more description of a head further back, the trigger's own
    return False


PREPOSITIONS = frozenset({"في", "منذ", "حتي", "قبل", "بعد", "خلال", "من", "الي", "عن", "علي", "مع", "بين", "حوالي", "نحو"})


def _names_year(word: str, trig) -> bool:
    """A bare year right after this word is part of a name ("حرب 1967"، "انتخابات 2009"):
    the word is an Arabic noun, not a preposition that makes the year a time adverb ("في 2015")."""
    return (len(word) >= 3 and word.isalpha() and word not in PREPOSITIONS
            and without_conjunction(word) not in PREPOSITIONS and not trig.cue_kinds(word))


LEAD_DAYS = 2  # days before publication a lead's day may be ("الخميس" in Saturday's paper); further back, a weekday
# is more often one to come read as past ("يدشن الجانبان، الاثنين، المعبر") or a late-filed date
LEAD_SENTENCES = 3  # a lead without a date may leave it to the next sentences ("وقال ... الاثنين"، "جاء ذلك ... الخميس")
LEAD_CLAUSE = frozenset({"complementiser", "planned", "intent", "hypothetical", "date_owner", "subordinate"})  # its date is another act's
DATELINE_REACH = 200  # characters of a paragraph a dateline ("دبي، ... (CNN) –") opens within
STORY_END = re.compile(r"\n[ \t\u00a0]+\n")  # a line of spaces: what follows is other stories (a page's teasers)


def story_day(doc, sentences: list[tuple[int, int]], verbs: set[int]) -> tuple[str, int] | None:
    """The day an article's lead tells of, and where its story ends: the first date of the
    first sentence when its publication date places it a few days back ("عقد مجلس الأمن،
    مساء الجمعة، جلسة" in Saturday's paper) and the lead's own clause holds it (not "أعلنت
    أن الأحد سيكون"، "بعدما فرضت ... الثلاثاء"، "تخطط لعقد محادثات الاثنين"). News relates
    the lead's day: a statement the text does not date was made that day, not on the day
    it was printed. ``verbs``: first tokens of verbal triggers (story_end)."""
    if not sentences or not doc.document_date or len(doc.document_date) != 10:
        return None
    first = None
    for start, end in sentences[:LEAD_SENTENCES]:
        lead = (max(start, doc.dateline_end or 0), end)
        first = next((t for t in doc.times if lead[0] <= t.start < lead[1] and t.type == "DATE"), None)
        if first is not None:
            break
    if first is None or not (first.anchor or "").startswith("published") or len(first.value) != 10:
        return None
    try:
        back = (_dt.date.fromisoformat(doc.document_date) - _dt.date.fromisoformat(first.value)).days
    except ValueError:
        return None
    if not 0 < back <= LEAD_DAYS:
        return None
    k, j = bisect.bisect_left(doc.tok_starts, lead[0]), bisect.bisect_left(doc.tok_starts, first.start)
    if k == j or doc.norms[k][:1] == "ي" or any(
            w in RELATIVES or LEAD_CLAUSE.intersection(doc.trig.cue_kinds(w)) for w in doc.norms[k:j]):
        return None  # "يقوم السيسي الاثنين بزيارة": a lead in the present tells what is to come
    return first.value, story_end(doc, first.end, verbs)


def story_end(doc, after: int, verbs: set[int]) -> int:
    """Where the lead's story ends: at a line of spaces, or at a paragraph that opens with a
    bare verb of saying or a verbal trigger (no "و" before it) or a dateline, the lead of another story
    (a page's teasers: "أكد المتحدث ..."، "اتهم رئيس ..."); the story's own paragraphs go on
    with "وقال"، "وأضاف"، "من جهته"."""
    text = doc.nt.original
    blank = STORY_END.search(text, after)
    end = blank.start() if blank else len(text)
    at = text.find("\n", after)
    while 0 <= at < end:
        k = bisect.bisect_left(doc.tok_starts, at + 1)
        if k < len(doc.norms) and doc.tok_starts[k] < end and (
                _opens_story(doc, k, verbs) or dateline_end(text[at + 1:at + DATELINE_REACH]) is not None):
            return at
        at = text.find("\n", at + 1)
    return end


def undated_day(doc, at: int) -> str | None:
    """The day of an act at character ``at`` its sentence does not date: the lead's day
    within the lead's story (story_day), else the publication day."""
    story = doc.story
    return story[0] if story is not None and at < story[1] else doc.document_date


def _opens_story(doc, k: int, verbs: set[int]) -> bool:
    """The paragraph's first word ``k`` is a verb of saying as written ("قال"، not "وقال") or
    a verbal trigger without "و" or "ف" ("اتهم"، not "وحذر")."""
    word = doc.norms[k]
    return doc.trig.cues.get(word) == "speech" or (k in verbs and word[:1] not in "وف")

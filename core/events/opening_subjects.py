"""The subject a sentence that opens with a verb of speaking drops after a meeting or visit.

"استقبل الملك الأردني وزير الخارجية الأمريكي في عمّان. وأشاد بدور بلاده في ..."، "التقى
الرئيس الفرنسي نظيره المصري. ودعا إلى ...": news goes on with the previous sentence's
subject and names it no more. The rules carry a dropped subject from the previous
sentence's last directed event or its verb of saying (core.events.speakers); a sentence
whose event joins two sides (a meeting, a visit, an agreement) left the next one's
praise, demand or criticism with no source. Its subject is then carried, when:

- the verb opens its sentence (after a conjunction or a word that continues the story:
  كما، ثم، لكنه، بدوره، عاد) and no actor stands before it;
- the previous sentence is the one right before, in the same paragraph, and its last
  event's first side is that sentence's first actor with no preposition (its subject);
- the act is said: an accusation, refusal, demand or threat, or praise (SUPPORT of the
  CAMEO code 051; a signing or a grant is seldom the previous subject's again).
"""
from __future__ import annotations

import bisect

from core.events import speakers
from core.events.governing import OBJECT_LEADS
from core.events.joined_verbs import AFTER_GAP
from core.text import without_conjunction
from core.events.speech_reach import PREPOSITIONS
from core.events.roles import _prepositional

SAID_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN"})
PRAISE_CODES = frozenset({"051"})  # SUPPORT codes that are said: praise, welcome, endorse
# normalised words that may stand before the verb and continue the previous sentence's story
OPENERS = frozenset({"كما", "وكما", "ثم", "لكن", "ولكن", "لكنه", "لكنها", "ولكنه", "ولكنها", "بدوره", "بدورها",
                     "وبدوره", "وبدورها", "عاد", "وعاد", "عادت", "وعادت", "قد", "وقد", "فيما", "بينما"})
TARGET_REACH = 8  # tokens after the verb's phrase where the actor it acts on is named
SUBJECT_REACH = 8  # tokens from the previous sentence's start to its subject ("التقى وزير الخارجية الفرنسي")
PARAGRAPH_BREAK = "\n"


def carried(h, st, doc) -> list[str]:
    """The subject a trigger's sentence may drop (core.events.speakers.carried_subject),
    else the previous sentence's subject for a sentence opened by a verb of speaking."""
    got = speakers.carried_subject(h, st.last_subject, st.said_by, doc)
    return got or opening_subject(h, st, doc)


def _said(h) -> bool:
    t = h.form.type
    return t in SAID_TYPES or t == "SUPPORT" and h.form.cameo in PRAISE_CODES


def _opens(h, st, doc) -> bool:
    """The verb opens its sentence: only OPENERS before it, and no actor."""
    if h.i - st.ti > 2 or any(a.i < h.i for a in st.actors):
        return False
    return all(w in OPENERS for w in doc.norms[st.ti:h.i])


def _previous_subject(st, doc):
    """The mention of the previous sentence's subject: that sentence ends right before this
    one, in the same paragraph, with an event whose first side is its first actor with no
    preposition, within SUBJECT_REACH words of its start; else None."""
    if not (doc.events and st.carried and st.carried is not st.actors):
        return None
    e = doc.events[-1]
    prev_end = e.sentence_start + len(e.sentence)
    if e.sentence_start >= st.start or prev_end > st.start:
        return None
    between = doc.nt.original[prev_end:st.start]
    if PARAGRAPH_BREAK in between or between.strip(" .!?؟\t\u200f"):
        return None  # another paragraph, or a sentence between that told nothing
    p0 = bisect.bisect_left(doc.tok_starts, e.sentence_start)
    here = [a for a in st.carried if a.i >= p0]
    if not here or _prepositional(here[0], doc.toks, doc.nt):
        return None  # "في لقاء مع X، ...": no subject first
    subject = here[0]
    if any(w in OBJECT_LEADS for w in doc.norms[p0:subject.i]):
        return None  # "في لقاء مع الرئيس X، وقعت ...": the actor is governed by a preposition
    return subject if subject.i - p0 <= SUBJECT_REACH and subject.actor == e.actors[0] else None


def opening_subject(h, st, doc) -> list[str]:
    """[the previous sentence's subject] when the rule of the module docstring holds, else []."""
    if not (h.verbal and _said(h) and _opens(h, st, doc)):
        return []
    subject = _previous_subject(st, doc)
    return [subject.actor] if subject is not None else []


def _drops_subject(h, st, doc) -> bool:
    """No subject follows the verb: the word after it is a preposition or written with ب/ل
    ("وأشاد بدور"، "وأعرب عن")، or a country's name after a verb of masculine form (its
    object: "وانتقد تركيا"); "وندد المتحدث باسم ..." names its own."""
    k = h.i + 1
    if k >= st.tj:
        return False
    w = doc.norms[k]
    if w in OBJECT_LEADS or w in PREPOSITIONS or w[:1] in "بل":
        return True
    at = next((a for a in st.actors if a.i == k), None)
    return at is not None and at.kind.startswith("COUNTRY:") and _masculine(doc.norms[h.i])


def _opening_subject_of(h, st, doc):
    """The mention of the carried subject of a verb of speaking that opens its sentence
    (the previous sentence's subject, when the rules carried that one), else None."""
    if not (h.verbal and _said(h) and _opens(h, st, doc) and _drops_subject(h, st, doc)):
        return None
    subject = _previous_subject(st, doc)
    return subject if subject is not None and carried(h, st, doc)[:1] == [subject.actor] else None


def _masculine(word: str) -> bool:
    """The verb's form is masculine: a present in ي- or a past with no ت- or -ت (a present
    in ت- is feminine or a past of the ت- stems: either way it may agree with a country)."""
    w = without_conjunction(word, 1)
    return w.startswith("ي") or not (w.startswith("ت") or w.endswith("ت"))


def _bare_after(after, h, doc) -> bool:
    """The actor follows the verb within AFTER_GAP words, none of them a preposition or
    written with ب/ل, and has none of its own: it may be the verb's subject."""
    between = doc.norms[h.j:after.i]
    if len(between) > AFTER_GAP or _prepositional(after, doc.toks, doc.nt):
        return False
    return not any(w[:1] in "بل" or w in PREPOSITIONS for w in between)


def opening_pair(h, st, doc) -> tuple[str, str] | None:
    """(the carried subject, the first other actor after the verb within TARGET_REACH) of
    a verb of speaking that opens its sentence with its subject dropped, else None. An
    actor right after the verb with no preposition may be a subject of its own ("وانتقدت
    تركيا"): only a country's name after a verb of masculine form is its object ("وانتقد
    تركيا"), as a country takes a feminine verb."""
    subject = _opening_subject_of(h, st, doc)
    if subject is None:
        return None
    src = subject.actor
    after = next((a for a in st.actors if a.i > h.i and a.actor != src), None)
    if after is None or after.i - h.j > TARGET_REACH:
        return None
    bare = _bare_after(after, h, doc)
    if bare and not (after.kind.startswith("COUNTRY:") and _masculine(doc.norms[h.i])):
        return None  # a new subject may follow the verb; a country under a masculine verb is its object
    if not bare and h.form.type == "REQUEST":
        return None  # "وطالب بإطلاق سراح X"، "ودعا إلى التعاون مع X": X is what is asked, not of whom
    return src, after.actor


def roles(got, h, st, doc):
    """The rules' roles of a trigger, or the opening pair's where the rules read no pair: a
    sentence that opens with the verb names no subject, so an actor after it is what it
    acts on ("وأشاد بدور السعودية": Saudi Arabia is praised, not praising)."""
    if doc.collect is not None or got is not None and (got[0] and got[1] or got[2]):
        return got  # the rules read a pair: the model weighs it; the model's training is left as it was
    pair = opening_pair(h, st, doc)
    return ([pair[0]], [pair[1]], []) if pair else got


def fill(doc, st, h, pairs: list) -> list:
    """The opening pair of a verb of speaking whose subject its sentence drops, when the
    role model kept no pair: the model weighs actors of the trigger's own sentence and
    pairs told before, so the previous sentence's subject, named outside its reach,
    loses to nothing ("التقى X نظيره Y. وأشاد بدور Z": X praises Z)."""
    if pairs or doc.collect is not None:
        return pairs
    pair = opening_pair(h, st, doc)
    return [(list(pair), True)] if pair else pairs

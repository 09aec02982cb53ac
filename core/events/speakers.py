"""A speaker named in the previous sentence is the subject a speech act drops.

"وقال المندوب السوري: «...». ووجه حديثه للمندوبة البريطانية، متهما بريطانيا بافتعال
الحروب": the accuser of the second sentence is the speaker of the first. The rules take a
dropped subject from the previous sentence's last event (core.events._open_sentence);
a sentence of saying whose quotation made no event leaves none, and the next sentence's
accusation had no source. Its speaker (core.events.quotes.QuoteReach.said_by: the
subject of the last sentence that opened with a verb of saying) stands in, for the
speech acts only (accusing, refusing, demanding, threatening): an act of another kind
in the next sentence (an expulsion, a signing, a strike; SUPPORT also signs) is mostly
not the speaker's, and on corpus news reading it so gave as many wrong events as right ones.
"""
from __future__ import annotations

from core.events.speech_acts import SPEECH_ACT_TYPES, adverbial_participle
from core.text import without_conjunction

SPOKEN_TYPES = SPEECH_ACT_TYPES - {"SUPPORT"}  # acts that are said: "ACCUSE", "REJECT", "REQUEST", "THREATEN"
# prepositions (normalised) after which a word written like a verb is its noun ("بناء على طلب")
NOUN_MARKS = frozenset({"في", "علي", "عن", "من", "الي", "بعد", "قبل", "حول"})


def carried_subject(h, last_subject: list[str], said_by: list[str], doc) -> list[str]:
    """The subject a trigger's sentence may drop: the previous event's source, else, for a
    speech act told by a verb or an adverbial participle ("متهما"), the previous sentence's
    speaker. Not for a noun: "بناء على طلب من X"، "طلب التسليم المقدم من X"، "الأعمال غير
    القانونية" name their author or none, and on corpus news a speaker carried to them
    was wrong three times in four."""
    if last_subject or h.form.type not in SPOKEN_TYPES:
        return last_subject
    verb = h.verbal and not (h.i > 0 and without_conjunction(doc.norms[h.i - 1], 1) in NOUN_MARKS)
    return said_by if verb or adverbial_participle(h, doc.toks, doc.nt) else []

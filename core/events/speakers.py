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

from core.events.speech_acts import SPEECH_ACT_TYPES

SPOKEN_TYPES = SPEECH_ACT_TYPES - {"SUPPORT"}  # acts that are said: "ACCUSE", "REJECT", "REQUEST", "THREATEN"


def carried_subject(h, last_subject: list[str], said_by: list[str]) -> list[str]:
    """The subject a trigger's sentence may drop: the previous event's source, else, for a
    speech act, the previous sentence's speaker."""
    return last_subject or (said_by if h.form.type in SPOKEN_TYPES else [])

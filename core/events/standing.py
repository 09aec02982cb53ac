"""Agreements in force, named by their matter: "الاتفاق النووي" is no agreement concluded.

News names a treaty concluded years before by its noun and the adjective of its matter
("الانسحاب من الاتفاق النووي مع إيران"، "نعتبر الاتفاقية النووية مرحلة أولى"): the
story is the withdrawal or the judgement, told by their own triggers; the treaty's
parties did not agree anything that day. The act of concluding one is told by a verb
("توصلت إيران والقوى الكبرى إلى اتفاق"، "وقعت")، which this leaves alone. The
adjectives are data (data/lexicons/topic_cues.tsv, kind "standing").
"""
from __future__ import annotations

from core.events.filters import _kind, topic_cues

STANDING_TYPES = frozenset({"AGREE"})  # nouns of agreement that a matter's adjective names as a treaty in force


def standing_agreement(norms: list[str], h, end: int) -> bool:
    """The trigger is an agreement noun (not a verb) right before an adjective of the
    matter of a known treaty, within its sentence (end: the token after it)."""
    if h.verbal or h.form.type not in STANDING_TYPES or h.j >= end:
        return False
    return _kind(norms[h.j], topic_cues()) == "standing"

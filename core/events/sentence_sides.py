"""What a sentence names otherwise than as a side, read once per sentence.

Many filters of the role model's pairs (core.events.after_model, core.events.bystanders)
drop the sides a sentence names only as a cited source, a channel, a topic, a person's
descent: which actors those are depends on the sentence's words and actors alone, not on
the trigger, and a sentence hands the pairs of two or three triggers on average to these
filters. Each such reading is made at the first trigger that needs it and kept on the
sentence's record (``core.events._Sentence.unsided``), which its later triggers read
instead of walking the sentence's actors again.
"""
from __future__ import annotations


def unsided(doc, st, reading):
    """What ``reading(doc, st)`` finds of the sentence, read once for the sentence: kept on
    its record by the reading. A sentence made without that record (a test's) is read each
    time."""
    kept = getattr(st, "unsided", None)
    if kept is None:
        return reading(doc, st)
    got = kept.get(reading, _UNREAD)
    if got is _UNREAD:
        got = kept[reading] = reading(doc, st)
    return got


_UNREAD = object()  # a reading not made yet (None and False are readings)

"""A wrongdoing named in reported speech is the speaker's charge.

"قال الوزير إن إيران قامت بانتهاك سيادة العراق"، "قال المندوب: «قامت قطر بانتهاك بنود
الاتفاقية»": the violation is what the speaker charges the doer with, so the event is
the speaker's accusation of the doer (SCHEMA.md: ACCUSE covers allegations), not an
accusation of the doer against whom it wronged. The nouns of wrongdoing are the rows of
triggers.tsv whose note marks them "(as a charge)" (انتهاك، انتهاكات، خرق للقانون ...);
within the frame of a verb of saying (core.events.roles.speech_frame) they are read as
the speech-only evaluations are: the speaker is the source and the first actor of the
reported clause the target. Outside such a frame ("انتهاكات القوات في المدينة") they
keep the ordinary reading.
"""
from __future__ import annotations

from core import prepared
from core.events.triggers import DATA, _rows
from core.text import normalize_for_match

CHARGE_MARK = "(as a charge)"


@prepared.table()
def charge_forms() -> frozenset[str]:
    """The normalised forms of the nouns of wrongdoing (module docstring)."""
    return frozenset(normalize_for_match(r["form"].strip()) for r in _rows(DATA / "triggers.tsv", "form", "type", "note")
                     if CHARGE_MARK in (r.get("note") or "") and r["type"].strip() == "ACCUSE")


def spoken_charge(h) -> bool:
    """The trigger is a noun of wrongdoing, to be read in a speech frame when it has one."""
    return not h.verbal and not h.form.speech and " ".join(h.form.tokens) in charge_forms()


def rule_charge_doer(c):
    """"أكد X أن إجراءات الحوثيين تثبت تورط الحرس الثوري": in a speech frame, the actor
    written right after the noun of wrongdoing (its genitive) is the doer the speaker
    charges, whoever the reported clause names first; the speaker is the frame's, and a
    speaker read as the doer itself charges no one (no event: the frame was misread)."""
    if c.speech is None or not spoken_charge(c.h):
        return None
    from core.events import roles  # the ladder's module imports this one
    from core.events.speech_roles import rule_uncomplemented_speech

    doer = [a for a in c.seq if a.i == c.h.j and not roles.prepositional(a, c.toks, c.nt)]
    if not doer:
        return None
    said = rule_uncomplemented_speech(c) or roles._rule_speech_frame(c)
    if not said:
        return None
    src = [x for x in said[0] if x != doer[0].actor]
    # a speaker read as the doer itself charges no one: the frame's speaker is another's
    return (src, [doer[0].actor], []) if src else roles._NO_EVENT

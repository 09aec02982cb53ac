"""A verb of accusing whose subject the sentence drops: "واتهم إثيوبيا بتمويل المتمردين"
(after a sentence that named the speaker). The one actor written right after the verb and
followed at once by the charge (a word with ب) is the accused, not the accuser; the role
ladder then takes the accuser from the sentence's previous event or the previous
sentence's subject (core.events.roles).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the rule reads the role ladder's context; no import at run time
    from core.events.roles import _RoleContext

CHARGE_CAMEO = "112"  # accuse of a crime or wrong (اتهم، يتهم): the object comes before its charge


def rule_charged_object(c: _RoleContext) -> tuple[list[str], list[str], list[str]] | None:
    """"واتهمت الصومال بدعم المتمردين": with no actor before an accusing verb in its
    sentence, the actors right after it that the charge follows are its target."""
    h, toks = c.h, c.toks
    if not (h.verbal and h.form.type == "ACCUSE" and h.form.cameo == CHARGE_CAMEO and len(h.form.tokens) == 1
            and not h.form.speech and not c.earlier and c.src and not c.tgt and not c.joint):
        return None
    group = [a for a in c.seq if a.i >= h.j and a.actor in c.src]
    if not group or group[0].i != h.j:
        return None
    end = max(a.j for a in group)
    if end >= len(toks) or not toks[end].norm.startswith("ب") or any(a.i == end for a in c.seq):
        return None
    if c.nt.norm[toks[end - 1].nend:toks[end].nstart].strip():
        return None  # a comma or a quote: the ب word is not the charge of this verb
    return [], list(c.src), []

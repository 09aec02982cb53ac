"""An embassy moved to Jerusalem is moved by the state whose embassy it is, for Israel.

"نقل السفارة الأمريكية إلى القدس" and "افتتاح سفارة الولايات المتحدة في القدس" name the
mover right after the embassy word (its adjective or the state in construct with it).
News tells the move over and over inside other acts: the rejection, condemnation or
protest of others ("أكد الوزير رفض بلاده لنقل السفارة الأمريكية"، "احتجاجا على نقل
السفارة الأمريكية"، "قال الأمين العام للجامعة إن نقل السفارة الأمريكية ...") or a state
compared with it; the role model then pairs the sides all around with the move, the
rejecter as its mover or the League as the one backed. When the embassy's state is named,
the move's pairs are that state's, aimed at Israel (core.events.jerusalem reads the move
as the mover's backing of Israel); the others count as told. An embassy named by a suffix
("نقل سفارتها") leaves the pairs as they were.
"""
from __future__ import annotations

from core.events.jerusalem import ISRAEL, PALESTINE, about_jerusalem, embassy_word
from core.events.reading_cues import related
from core.lexicon import is_state_id


def _owner(doc, st, h) -> str | None:
    """The state whose embassy the trigger moves or opens: the embassy's own entity
    ("السفارة الأمريكية" stands for its state) or the side named right after the embassy
    word; None when the embassy is not named there or is no state's."""
    e = h.i + 1
    if e >= st.tj or not embassy_word(doc.norms[e]):
        return None
    owner = next((a for a in st.actors if a.i in (e, e + 1)), None)  # the mission's entity, or the word after
    if owner is None or owner.actor in (ISRAEL, PALESTINE) or not is_state_id(owner.actor):
        return None
    return owner.actor


def movers_only(doc, st, h, pairs: list) -> list:
    """An embassy move's directed pairs made the embassy state's backing of Israel: a pair
    with another source is dropped (it counts as told), a pair of that state aimed
    elsewhere is aimed at Israel."""
    if not pairs or h.form.type != "SUPPORT":
        return pairs
    owner = _owner(doc, st, h)
    if owner is None or not about_jerusalem(doc.norms, h):
        return pairs
    out = []
    for p, d in pairs:
        if d and len(p) == 2:
            if p[0] != owner:
                continue
            p = type(p)([owner, ISRAEL])
        if (p, d) not in out:
            out.append((p, d))
    if len(out) < len(pairs):
        related(doc, st, pairs)
    return out

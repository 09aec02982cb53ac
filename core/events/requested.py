"""A request named by its author after the act it asked for: "وعقد مجلس الأمن جلسة طارئة
بطلب من الكويت" is Kuwait's request of the council. The noun written with ب ("بطلب"،
"وبطلب") and followed by "من X" names X as the one who asks; the body that acts is the
clause's subject before it (a role rule of core.events.roles.ROLE_RULES).

"بدعوة من X" and "بناء على طلب من X" reached the same pair by other rules (a possessive
read on the noun's teh marbuta, a verb's dropped subject); the bare "بطلب من X" had X as
the one asked and no asker, so the council's meeting at a state's request was lost.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from core.text import clitic_variants, normalize_for_match

if TYPE_CHECKING:  # the rules read the role ladder's context; no import at run time
    from core.events.roles import _RoleContext

MARKS = ("ب", "وب")  # the proclitics that make the noun a circumstance ("بطلب"، "وبطلب")
FROM = "من"
# the noun read so: "بدعوة من X" (an invitation, often to a visit X hosts) keeps its own
# readings (core.events.filters.author_first puts X first)
NOUN = ("طلب",)


def _asker(actors, h, toks) -> str | None:
    """The actor named right after "من"; none for a word such as "حكومته"/"بلاده", which
    stands for a state by a pronoun ("بطلب من حكومته": whose, the sentence rarely tells
    the reference rules; they took the nearest actor, the one asked)."""
    from core.events.actors import _self_refs  # the actors' module reads the role rules
    selves = _self_refs()
    a = next((a for a in actors if a.i == h.j + 1), None)
    if a is None or any(stem in selves for stem, _ in clitic_variants(toks[a.i].norm)):
        return None
    return a.actor


def asked_by(h, toks, nt) -> bool:
    """Whether the trigger is a request noun written "بطلب من": a circumstance of the act
    before it, not its content ("جلسة طارئة بطلب من X" is no meeting about a request)."""
    return (not h.verbal and h.form.tokens == NOUN and h.j < len(toks) - 1 and toks[h.j].norm == FROM
            and normalize_for_match(nt.original[toks[h.i].start:h.start]) in MARKS)


def rule_requested_by(c: _RoleContext):
    """"يعقد مجلس الأمن بطلب من روسيا اجتماعا": the actor right after "من" asks the clause's
    subject, the nearest actor before the noun named by a noun, not in a place ("جلسة حول
    الوضع في سوريا") nor an adjective of what is discussed ("لبحث الهجمات الفلسطينية")."""
    h, toks = c.h, c.toks
    if c.src or not c.tgt or not asked_by(h, toks, c.nt):
        return None
    author = _asker(c.seq, h, toks)
    if author is None or author not in c.tgt:
        return None
    asked = [a.actor for a in c.earlier if a.actor != author and not a.adjective and toks[a.i - 1].norm != "في"]
    return ([author], asked[-1:], c.joint) if asked else None


WRITTEN = frozenset(m + NOUN[0] for m in MARKS)  # the request noun as "بطلب من" writes it


def no_askers(doc, st, h, pairs: list) -> list:
    """"يجتمع مجلس الأمن بطلب من X لبحث ...": X asked for the meeting, and is no side of it
    nor of the talks it holds (a meeting's pairs; X named elsewhere in the sentence stays)."""
    toks = doc.toks
    asked_at = {a.i for a in st.actors if a.i >= 2 and toks[a.i - 1].norm == FROM and toks[a.i - 2].norm in WRITTEN}
    if not asked_at:
        return pairs
    askers = {a.actor for a in st.actors if a.i in asked_at} - {a.actor for a in st.actors if a.i not in asked_at}
    return [(p, d) for p, d in pairs if not askers.intersection(p)]


def asker_only(doc, st, h, pairs: list) -> list:
    """A "بطلب من" noun's pairs are those of the actor named right after "من" (author_first
    has put it first); one written with a pronoun ("بطلب من حكومته") or not at all leaves
    the asker unnamed, and the model's guess from the sentence's other actors no event."""
    if not pairs or not asked_by(h, doc.toks, doc.nt):
        return pairs
    author = _asker(st.actors, h, doc.toks)
    return [(p, d) for p, d in pairs if author is not None and p[0] == author]

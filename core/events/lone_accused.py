"""The one side between an accusing verb and its charge is the accused, never the accuser.

"اتهمت X بدعم الجماعات المسلحة": an accusing verb with no object pronoun, one side after it
and then the charge ("بدعم"، "بالسعي"، "بأن") has either a subject dropped and X its object
("وقالت الوزارة ... واتهمت X بدعم": the ministry accuses X) or no subject at all, the verb
a passive ("اُتُّهمت X": X was accused). Either way X is accused: an active verb names its
accuser before the accused ("اتهمت X Y بدعم"), and with one side written there is no room
for both. The role model, reading verb-first order, often makes X the accuser of the side
the charge names ("اتهمت X بدعم Y": X → Y); such a pair is turned round when its other side is
the dropped subject, named before the verb or not in the sentence, and dropped when that side
is named in the charge; a pair that has X as its target stays. core.events.passives reads the verb followed
at once by its charge ("اتهموا بالتجسس").
"""
from __future__ import annotations

from core.events.passives import ACCUSING, PLURAL, _charge
from core.events.reading_cues import related
from core.text import COMMAS, mark_before

CHARGE_REACH = 5  # words from the verb to its charge, past the one side ("اتهم الوزير الكندي بـ")
TITLE_WORDS = 1  # words of no side allowed before the side's first word ("الوزير" of "الوزير الكندي")


def _lone_accused(doc, st, h) -> str | None:
    """The one side named between a bare accusing verb and its charge, or None."""
    verb = doc.norms[h.i]
    if not h.verbal or h.j != h.i + 1 or not ACCUSING.match(verb):
        return None
    end = min(h.j + CHARGE_REACH, st.tj)
    c = next((k for k in range(h.j + 1, end) if _charge(doc.norms[k], verb.endswith(PLURAL), doc.trig)), None)
    if c is None or mark_before(doc.toks, doc.nt.original, c, COMMAS) or any(
            mark_before(doc.toks, doc.nt.original, k, COMMAS) for k in range(h.j + 1, c)):
        return None
    sides = [a for a in st.actors if a.i < c and a.j > h.j]
    if not sides or len({a.actor for a in sides}) != 1 or any(a.j > c for a in sides):
        return None
    first, last = min(a.i for a in sides), max(a.j for a in sides)
    covered = {k for a in sides for k in range(a.i, a.j)}
    if first - h.j > TITLE_WORDS or last != c or any(k not in covered for k in range(first, c)):
        return None  # a word after the side is an object of its own ("اتهمت النيابة X الشخصين بـ": X accuses)
    return sides[0].actor


def no_accused_accusers(doc, st, h, pairs: list) -> list:
    """An accusing verb's directed pairs whose source is the one side named between the
    verb and its charge: turned round when their target is named only before the verb or
    not in the sentence (the dropped subject: "وتتهم الحكومة بالتلكؤ" after the party that
    speaks), dropped when it is named after the verb, in the charge ("بدعم Y": Y is what X
    is accused of backing); the dropped ones count as told."""
    if not pairs or h.form.type != "ACCUSE":
        return pairs
    return _no_accused_accusers(doc, st, h, pairs)


def _no_accused_accusers(doc, st, h, pairs: list) -> list:
    """no_accused_accusers past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    accused = _lone_accused(doc, st, h)
    if accused is None or not any(d and p[0] == accused for p, d in pairs):
        return pairs
    after = {a.actor for a in st.actors if a.i > h.i}
    out = []
    for p, d in pairs:
        if d and p[0] == accused and len(p) == 2:
            if p[1] in after:
                continue
            p = type(p)([p[1], accused])
        if (p, d) not in out:
            out.append((p, d))
    if len(out) < len(pairs):
        related(doc, st, pairs)
    return out

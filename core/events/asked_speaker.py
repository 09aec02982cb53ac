"""The speaker a request was made of: "قال X إن Y طلب منه أن يتوسط"، "أكدت X أن Y
طالبتها بـ ...". In reported speech the pronoun on or after the request verb ("منه"،
"طالبتها") takes up the speaker, the subject of the verb of saying: Y asks X. The
word-order rules read the first actor after the verb instead (what is asked: "يتوسط لدى
حركة طالبان"), or none; the pair of the grammar stands (core.events.stated).
"""
from __future__ import annotations

from core.events.roles import prepositional, speech_frame
from core.events.stated import Stated
from core.events.senses import FROM_PRONOUNS
from core.text import OBJECT_SUFFIXES

FROM_HIM = FROM_PRONOUNS  # "طلب منه"
OBJECT = OBJECT_SUFFIXES  # "دعته"، "طالبها"
CONJUNCTIONS = ("و", "ف")  # "وطالبه": a verb joined to the clause before it


def _asks_him(norms: list[str], h) -> bool:
    """The request verb's addressee is a pronoun: after it ("طلب منه") or on it ("دعته")."""
    word, form = norms[h.i], h.form.tokens[0]
    return (h.j < len(norms) and norms[h.j] in FROM_HIM
            or any(word.endswith(form + p) for p in OBJECT))


def speaker_asked(doc, st, h, pairs: list) -> list:
    """The pairs of a request verb whose pronoun object is the speaker of the reported
    speech it stands in: its subject, named right before it after the complementiser, asks
    the speaker."""
    if h.form.type != "REQUEST" or not h.form.verbal or len(h.form.tokens) != 1 or not _asks_him(doc.norms, h):
        return pairs
    if doc.norms[h.i][:1] in CONJUNCTIONS and h.form.tokens[0][:1] not in CONJUNCTIONS:
        return pairs  # "... في سجون الإمارات وتدعوه": a joined verb's subject is the clause's, not the name before it
    frame = speech_frame(h, doc.toks, doc.trig, st.ti)
    if frame is None or frame[1] is None:
        return pairs
    return _asker_pairs(doc, st, h, frame) or pairs


def _asker_pairs(doc, st, h, frame) -> list | None:
    """The stated pair of speaker_asked past its gates, None for none: apart from them, as
    the names its comprehensions read are cells made at every call."""
    verb, comp = frame
    speakers = [a for a in st.actors if verb < a.i and a.j <= comp and not prepositional(a, doc.toks, doc.nt)]
    askers = [a for a in st.actors if comp < a.i and a.j == h.i]  # "إن Y طلب منه"; not "لكنها طالبته"، "وافق على طلبه"
    if not speakers or not askers or speakers[0].actor == askers[-1].actor:
        return None
    if not _agrees(doc.norms, h, speakers[0]):
        return None
    return [(Stated([askers[-1].actor, speakers[0].actor]), True)]


def _agrees(norms: list[str], h, speaker) -> bool:
    """A nationality adjective naming the speaker agrees in gender with the pronoun ("قال
    الرئيس الفرنسي إن ... طلب منه"، not "منها", which takes up another noun)."""
    if speaker.kind != "ADJ":
        return True
    after = norms[h.j] if h.j < len(norms) and norms[h.j] in FROM_HIM else norms[h.i]
    feminine_pronoun = after.endswith("ها")
    return feminine_pronoun == norms[speaker.j - 1].endswith("ه") or after.endswith(("هم", "هما"))

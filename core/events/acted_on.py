"""The side another act falls on is no target of a stance taken on that act.

"انتقد الوزير فرض العقوبات على كوبا"، "رفضت تركيا الاعتداء على فنزويلا"، "أيدت ألمانيا
الحصار المفروض على فنزويلا": the stance is taken on the sanctions, the attack, the
blockade; the state after "على" (or "ضد") is what that act falls on. Criticising it is
no accusation of that state (if anything the reverse), backing it no support of it. The
role model reads the first actor after the trigger as its target, so such a state, named
nowhere else in the sentence, became one.

Only a preposition after a word of the trigger's own object counts: a word no actor's,
after the trigger and, for a noun trigger, not right after it (its adjective may govern
"على": "احتجاجه الشديد على"); the trigger's own "على" ("أثنى على X"، "اعترضت على X") is
left alone. A word of blame keeps its "على", which names the blamed ("ألقى باللوم على
إيران"؛ data/lexicons/topic_cues.tsv, kind "blame"), and "ضد" after an accusation or a
refusal names whom it is made against ("دعوى قضائية ضد روسيا"). Calls are left alone:
a call for sanctions on a state is read, as the gold reads it, as a demand made against
that state.
"""
from __future__ import annotations

from core.events.filters import LIST_BREAKS, _kind, topic_cues
from core.events.named_only import named_only

ON = "علي"  # على, normalised
AGAINST = "ضد"
# the prepositions after which an act's object is named, by the stance types they bar
PREPOSITIONS = {"ACCUSE": (ON,), "REJECT": (ON,), "SUPPORT": (ON, AGAINST)}
REACH = 12  # words from the trigger to the preposition ("أيدت الحكومة الألمانية الحصار المفروض على")
OBJECT_PROCLITICS = ("ل", "ب")  # normalised: a word so written after a noun trigger is its object, no adjective
BLAME = "blame"  # topic_cues.tsv: a noun of blame whose "على" names the blamed


def no_acted_on_targets(doc, st, h, pairs: list) -> list:
    """The pairs of a stance less those whose target the sentence names only as what
    another act after the trigger falls on ("انتقد فرض العقوبات على كوبا": no Cuba)."""
    preps = PREPOSITIONS.get(h.form.type)
    if not pairs or not preps or h.form.inverse:
        return pairs
    words = {k for a in st.actors for k in range(a.i, a.j)}
    targets = {p[-1] for p, d in pairs if d}
    acted_on = named_only([a for a in st.actors if a.actor in targets], lambda a: _acted_on(doc, h, a, preps, words))
    return [(p, d) for p, d in pairs if not (d and p[-1] in acted_on)] if acted_on else pairs


def _acted_on(doc, h, a, preps: tuple[str, ...], words: set[int]) -> bool:
    """Mention ``a`` follows one of ``preps`` whose word before is of the trigger's object."""
    norms = doc.norms
    k = a.i - 2  # the word before the preposition
    if k < h.j or a.i - h.j > REACH or norms[a.i - 1] not in preps or k in words:
        return False
    if k == h.j and not h.verbal and not norms[k].startswith(OBJECT_PROCLITICS):
        return False  # "احتجاجه الشديد على": the noun's own adjective may govern it ("دعمها للحرب على": no adjective)
    if _kind(norms[k], topic_cues()) == BLAME:
        return False  # "ألقى باللوم على إيران": the blamed
    toks, text = doc.toks, doc.nt.original
    return not LIST_BREAKS.intersection(text[toks[h.j - 1].end:toks[a.i].start])

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
left alone, and so is an indefinite object or its adjective right before it ("شنت هجوما
عنيفا على X": the trigger's own act). A word of blame keeps its "على", which names the blamed ("ألقى باللوم على
إيران"؛ data/lexicons/topic_cues.tsv, kind "blame"), and "ضد" after an accusation or a
refusal names whom it is made against ("دعوى قضائية ضد روسيا"). Calls are left alone:
a call for sanctions on a state is read, as the gold reads it, as a demand made against
that state; so is a backing of a bare act noun ("تؤيد فرض عقوبات على إيران"), which
core.events.filters retypes such a demand.

A treaty's other side and a partner of ties are named the same way, after "مع" or "بين":
"أعربتا عن رفضهما لإلغاء الاتفاق الذي وقعته الدول الكبرى مع إيران"، "تأييدها قرار ترامب
بالانسحاب من الاتفاق النووي مع إيران": the stance is on an act undoing the treaty (a word
of kind deal_act before the preposition), not on Iran (acts that keep or mend ties are left
out: "أشاد بالحفاظ على العلاقات مع X" praises X); "نفى أي تواطؤ مع روسيا": the
partner of the ties denied (kind tie) is no side of the denial, whose target is the accuser
(core.events.denials); a charge of such ties stays one against the partner ("اتهمت النيابة
الرجلين بالتخابر مع جهاز المخابرات التركي" accuses Turkey).
A stance on the treaty itself ("انتقد الاتفاق النووي مع إيران") is left to the role model
(the gold holds such an accusation optional), and so is a refusal of ties ("رفض التعاون مع
المحكمة" refuses the court).
"""
from __future__ import annotations

from core.events.denials import _denial
from core.events.filters import LIST_BREAKS, _kind, topic_cues
from core.events.named_only import named_only
from core.events.reading_cues import without_targets

ON = "علي"  # على, normalised
AGAINST = "ضد"
# the prepositions after which an act's object is named, by the stance types they bar
PREPOSITIONS = {"ACCUSE": (ON,), "REJECT": (ON,), "SUPPORT": (ON, AGAINST)}
REACH = 12  # words from the trigger to the preposition ("أيدت الحكومة الألمانية الحصار المفروض على")
OBJECT_PROCLITICS = ("ل", "ب")  # normalised: a word so written after a noun trigger is its object, no adjective
BACKED_AS_DEMAND = ("back", "need")  # topic_cues.tsv: a backing whose bare act noun makes it a demand
# Prepositions that open a phrase of circumstance between a trigger and the word before
# "على" ("في كلمته"، "خلال زيارته"): that word is then no object of the trigger (normalised).
PHRASE_PREPOSITIONS = frozenset({"في", "خلال", "عبر", "امام", "اثناء", "لدي", "عند", "بعد", "قبل"})
DEMAND_REACH = 4  # words from such a backing to its act noun's object ("تؤيد فرض عقوبات جديدة على")
BLAME = "blame"  # topic_cues.tsv: a noun of blame whose "على" names the blamed
PARTNER_PREPOSITIONS = ("مع", "بين")  # a treaty's other side or a partner of ties follows
DEAL_KINDS = ("deal_act", "lift")  # topic_cues.tsv: an act undoing a treaty ("لإلغاء"، "الانسحاب")
DEAL_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
TIE = "tie"  # topic_cues.tsv: a noun of ties whose مع names the partner ("بالتعاون"، "تواطؤ")
TIE_REACH = 3  # words from a noun of ties to its مع ("أي صلات سياسية أو عسكرية مع")


def no_acted_on_targets(doc, st, h, pairs: list) -> list:
    """The pairs of a stance less those whose target the sentence names only as what
    another act after the trigger falls on ("انتقد فرض العقوبات على كوبا": no Cuba)."""
    preps = PREPOSITIONS.get(h.form.type)
    if not pairs or not preps or h.form.inverse:
        return pairs
    return _not_acted_on(doc, st, h, pairs, preps)


def _not_acted_on(doc, st, h, pairs: list, preps: tuple[str, ...]) -> list:
    """no_acted_on_targets of a stance (apart from its gate: the names its lambda reads are
    closure cells, made on each call of the function that holds it)."""
    words = {k for a in st.actors for k in range(a.i, a.j)}
    targets = {p[-1] for p, d in pairs if d}
    ties = h.form.type == "REJECT" and _denial(doc, h)
    acted_on = named_only([a for a in st.actors if a.actor in targets],
                          lambda a: _acted_on(doc, h, a, preps, words) or _partner(doc, h, a, words, ties))
    if not acted_on:
        return pairs
    return without_targets(st, pairs, acted_on)


def _acted_on(doc, h, a, preps: tuple[str, ...], words: set[int]) -> bool:
    """Mention ``a`` follows one of ``preps`` whose word before is of the trigger's object."""
    norms = doc.norms
    k = a.i - 2  # the word before the preposition
    if k < h.j or a.i - h.j > REACH or norms[a.i - 1] not in preps or k in words:
        return False
    if any(norms[m] in PHRASE_PREPOSITIONS for m in range(h.j, k + 1)):
        return False  # "أثنى الرئيس في كلمته على المغرب": the word is a phrase's, the على the verb's own
    if k == h.j and not h.verbal and not norms[k].startswith(OBJECT_PROCLITICS):
        return False  # "احتجاجه الشديد على": the noun's own adjective may govern it ("دعمها للحرب على": no adjective)
    if _kind(norms[k], topic_cues()) == BLAME:
        return False  # "ألقى باللوم على إيران": the blamed
    if norms[k].endswith("ا") and not norms[k].startswith("ال"):
        return False  # "شنت هجوما عنيفا على": an indefinite object or its adjective, the trigger's own act
    if h.form.type == "SUPPORT" and a.i - h.j <= DEMAND_REACH and _backed_as_demand(norms, h, words):
        return False  # "تؤيد فرض عقوبات على إيران": retyped a demand made against Iran (core.events.filters)
    toks, text = doc.toks, doc.nt.original
    return not LIST_BREAKS.intersection(text[toks[h.j - 1].end:toks[a.i].start])


def _partner(doc, h, a, words: set[int], ties: bool) -> bool:
    """Mention ``a`` follows مع or بين after a word of an act undoing a treaty between the
    trigger and it ("لإلغاء الاتفاق ... مع"), or, for a denial (``ties``), within
    TIE_REACH words after a noun of ties ("أي تواطؤ مع")."""
    norms, cues = doc.norms, topic_cues()
    p = a.i - 1
    if p - 1 < h.j or a.i - h.j > REACH or norms[p] not in PARTNER_PREPOSITIONS or p - 1 in words:
        return False
    toks, text = doc.toks, doc.nt.original
    if LIST_BREAKS.intersection(text[toks[h.j - 1].end:toks[a.i].start]):
        return False
    if ties and norms[p] == "مع" and any(_kind(norms[k], cues) == TIE for k in range(max(h.j, p - TIE_REACH), p)):
        return True
    return h.form.type in DEAL_TYPES and any(_kind(norms[k], cues) in DEAL_KINDS for k in range(h.j, p))


def _backed_as_demand(norms: list[str], h, words: set[int]) -> bool:
    """A backing word before a bare act noun ("تؤيد فرض"، "أيدت بريطانيا فرض": the
    subject named between is skipped): core.events.filters makes the backing a demand
    made against the one the act falls on, whom it keeps as target."""
    m = next((m for m in range(h.j, len(norms)) if m not in words), len(norms))
    return _kind(norms[h.j - 1], topic_cues()) in BACKED_AS_DEMAND and m < len(norms) and not norms[m].startswith("ال")

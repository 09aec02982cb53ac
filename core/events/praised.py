"""The side praised for what it does: in "أشاد X بالجهود التي تبذلها Y"، "ثمّن X الدور الذي
تقوم به Y" the relative clause on the praised thing names its doer, Y, who is praised,
thanked or backed for it, and praises no one. Only a verb or an adverbial participle of backing ("أشاد"، "مثمنا")
praises a thing named after it; a backing noun's own clause tells its doer ("الدعم
العسكري الذي تقدمه Y": Y backs). A directed pair of a backing word (SUPPORT)
whose source is named only there is read the other way round when its target is named
before the clause (the one who praises: "مثمنا الجهود التي تبذلها المملكة" after "قال
الحجاج"), and dropped when it is not: the pair then joins the doer to a side the clause or
what follows names, the praiser being one no actor stands for ("وثمّن المجلس ...").

Nor is the side an attack struck praised with it: "باركت X الهجوم على الجنود الY"، "أشاد X
بالضربات التي استهدفت منشآت Y" bless the attack, and Y, named after a word of striking
against (violence_cues.tsv, kind against) past the attack noun right after the praise, is
its victim: such pairs are dropped (no_struck_sides).
"""
from __future__ import annotations

from core.events import violence
from core.events.filters import RELATIVES, RESUMPTIVE
from core.events.named_only import named_only
from core.events.reading_cues import related
from core.events.speech_acts import adverbial_participle
from core.events.triggers import word_keys
from core.text import COMMAS, mark_before
from core.events.turned import turned_round

TYPES = frozenset({"SUPPORT"})
THING_REACH = 5  # words from the trigger to the relative on its object ("بالجهود الكبيرة التي")
ITS = frozenset({"به", "بها", "فيه", "فيها"})  # "الدور الذي تقوم به X"


def _clause_of(norms: list[str], h, a) -> int | None:
    """Where the relative clause opens whose subject is mention ``a``, on a thing named
    after trigger ``h``: "التي تبذلها X" (the verb takes the thing up) or "الذي تقوم به X";
    None when ``a`` is no such subject."""
    k = a.i - 1
    if k > h.j and norms[k] in ITS:
        k -= 1
    elif not (len(norms[k]) >= 4 and norms[k].endswith(RESUMPTIVE)):
        return None
    ok = k - 1 > h.j and norms[k - 1] in RELATIVES and k - 1 - h.j <= THING_REACH
    return k - 1 if ok else None


def praised_sides(doc, st, h, pairs: list) -> list:
    """The pairs of a backing word with the doer of the praised thing as their target."""
    if not pairs or h.form.type not in TYPES or h.form.inverse:
        return pairs
    if not (h.verbal or adverbial_participle(h, doc.toks, doc.nt)):
        return pairs  # a backing noun's clause tells its doer: "الدعم العسكري الذي تقدمه Y" is Y's
    return _praised(doc, st, h, pairs)


def _praised(doc, st, h, pairs: list) -> list:
    """praised_sides of a verb of praise or backing (apart from its gates: the names its generators read are closure cells, made on each call of the function that holds them)."""
    opens = {a.actor: _clause_of(doc.norms, h, a) for a in st.actors if a.i >= h.j}
    doers = named_only(st.actors, lambda a: a.i >= h.j and _clause_of(doc.norms, h, a) is not None)
    if not doers:
        return pairs
    # the praiser is named before the clause (before the verb, or as its subject after it)
    before = {a.actor for a in st.actors if a.j <= min(opens[d] for d in doers) and a.actor not in doers}
    kept = [(p, d) for p, d in pairs if not (d and len(p) == 2 and p[0] in doers and p[1] not in before)]
    return turned_round(kept, lambda s, t: s in doers and t in before)


AGAINST = "against"  # violence_cues.tsv: "على"، "ضد"، "استهدف"
OPERATION = frozenset({"عمليه", "بعمليه", "العمليه", "بالعمليه", "عمليات", "بعمليات"})  # "بعملية إطلاق النار"
STRUCK_REACH = 4  # words from the attack noun to its word of striking against ("بالضربات التي استهدفت")


def _attack_noun(doc, k: int) -> bool:
    """Whether word k can stand for a one-word attack trigger ("بالهجوم"، "الضربات")."""
    forms = doc.trig.by_first
    return any(f.type == "ASSAULT" and len(f.tokens) == 1 for key in word_keys(doc.norms[k]) for f in forms.get(key, ()))


def _praised_attack(doc, st, h) -> int | None:
    """The attack noun the praise governs: the first word after the trigger, past its subject
    when named after it ("باركت حركة X الهجوم") and past "عملية", that stands for one."""
    # the subject's words: its names, and up to two words of a head or title before one ("حركة X")
    named = {m for a in st.actors if a.i >= h.j for m in range(max(a.i - 2, h.j), a.j)}
    for k in range(h.j, min(h.j + STRUCK_REACH + 2, st.tj)):
        if _attack_noun(doc, k):
            return k
        if k not in named and doc.norms[k] not in OPERATION:
            return None
    return None


def no_struck_sides(doc, st, h, pairs: list) -> list:
    """A praise's directed pairs less those whose target is named only after a word of
    striking against, past the attack noun its praise governs."""
    if not pairs or h.form.type not in TYPES or h.form.inverse or h.j >= st.tj:
        return pairs
    if not (h.verbal or adverbial_participle(h, doc.toks, doc.nt)):
        return pairs
    return _no_struck_sides(doc, st, h, pairs)


def _no_struck_sides(doc, st, h, pairs: list) -> list:
    """no_struck_sides past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    k = _praised_attack(doc, st, h)
    if k is None:
        return pairs
    against = next((m for m in range(k + 1, min(k + 1 + STRUCK_REACH, st.tj))
                    if violence.cue_kind(doc.norms[m]) == AGAINST), None)
    if against is None:
        return pairs
    end = next((m for m in range(against + 1, st.tj) if doc.norms[m] in RELATIVES
                or mark_before(doc.toks, doc.nt.original, m, COMMAS)), st.tj)  # "التي تقودها الهند": its attacker
    struck = named_only(st.actors, lambda a: against < a.i < end)
    kept = [(p, d) for p, d in pairs if not (d and p[-1] in struck)] if struck else pairs
    if len(kept) < len(pairs):
        related(doc, st, pairs)  # the sentence has still related them (the attack noun's reading weighs it)
    return kept

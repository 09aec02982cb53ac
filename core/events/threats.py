"""A harmful act a side says it will do if another side acts, or unless it does, is a
threat (PLOVER THREATEN), not the act: "ستلغي بيونغ يانغ القمة إذا ضغطت واشنطن عليها"
threatens to cancel, it cancels nothing yet.

The modality rules read a condition only before a trigger ("في حال ... ستفرض"); news
Arabic as often writes it after the promised act, which is then only a plan.

A warning against an act on a third side ("حذر أنتونوف من أي عدوان على سوريا") protects
that side: it is no target of the warning (the would-be attacker, often unnamed, is). And
what is warned of is no warner: "وحذر ماكرون من تعاظم الوجود الإيراني"، "محذرا من نوايا
إيران": a side named only inside what the warning's من governs makes no threat.
"""
from __future__ import annotations

from core.events.actors import prepositional
from core.events.filters import TARGET_MARKS, _kind, topic_cues

HARMFUL = frozenset({"SANCTION", "ASSAULT", "COERCE", "MOBILIZE"})  # acts a side may threaten
CONDITION_REACH = 16  # the condition follows its act and the act's object ("ستلغي القمة المرتقبة بين ... إذا")
THREAT = ("THREATEN", "130")  # cameo.tsv: threaten, not specified below
CONDITION = "hypothetical"  # event_cues.tsv kind of إذا، في حال، ما لم، وإلا
WARNED_REACH = 6  # words from a warning word to its من ("حذر وزير الخارجية الروسي من")
OWN_ACT = ("انه", "انها", "انهم", "اننا", "انهما")  # "من أنها ستفرض": the warner's own act, normalised
OTHERS_ACT = frozenset({"ان", "اي"})  # "من أن الضربات ..."، "من أي عدوان": an act not the warner's, normalised
CAUSES = frozenset({"ردا", "رد"})  # "ردا على الهجوم": a cause, no target
PROTECTED_REACH = 10  # words from that من to the side the act warned against falls on ("من أي عدوان غير مبرر على")
HARM = "harm"  # topic_cues.tsv: a verb of harming ("ستضر بـ"), whose object the warning protects as على's
BY = "قبل"  # "من قبل واشنطن": by, the author's
# normalised: "من جهته"، "من جانبها" (for its part) is an aside, not the warning's من
SIDE_ASIDES = frozenset({"جهته", "جهتها", "جهتهم", "جهتهما", "جانبه", "جانبها", "جانبهم", "جانبهما",
                         "ناحيته", "ناحيتها"})


def threat(doc, st, h, typed: tuple[str, str], modality: str) -> tuple[str, str, str]:
    """(type, cameo, modality) of a trigger typed ``typed``: a promised harmful act that a
    condition after it governs is a threat made now."""
    if typed[0] not in HARMFUL or modality != "planned" or not _condition_after(doc, st, h):
        return typed[0], typed[1], modality
    return THREAT[0], THREAT[1], "asserted"


def _condition_after(doc, st, h) -> bool:
    """A condition word (or two-word cue) within CONDITION_REACH words after the trigger,
    in its sentence."""
    norms, trig = doc.norms, doc.trig
    end = min(st.tj, h.j + CONDITION_REACH)
    for k in range(h.j, end):
        if CONDITION in trig.cue_kinds(norms[k]) or trig.cues.get(" ".join(norms[k:k + 2])) == CONDITION:
            return True
    return False


def protected_sides(doc, st, h, pairs: list) -> list:
    """The pairs less those whose target is the side a warning protects: one named after
    على، ضد or بحق in what the warning's من governs ("حذر من أي هجوم على سوريا"), and not
    named before that من (the warned side: "حذر روسيا من ..."). A warning of what the
    warner itself will do ("حذرت من أنها ستفرض رسوما على ..."، "من أن إسرائيل ستواصل
    التحرك ضد إيران" said by Israel; "حذرت من التحرك عسكريا ضد قطر", where no warned side
    is named and no أن or أي opens another's act) is a threat on that side, and "ردا على"
    names a cause. A verb of harming marks the protected side as على does ("حذر من أن هذه
    الخطوة ستضر بالولايات المتحدة": a warning for the United States, no threat to it)."""
    if h.form.type != THREAT[0] or _kind(doc.norms[h.i], topic_cues()) != "warn":
        return pairs
    return _unprotected(doc, st, h, pairs)


def _unprotected(doc, st, h, pairs: list) -> list:
    """protected_sides of a warning (apart from its gate: the names its comprehensions read
    are closure cells, made on each call of the function that holds them)."""
    norms = doc.norms
    of = _warned_of(norms, st, h)
    if of is None or of + 1 >= st.tj or norms[of + 1].startswith(OWN_ACT):
        return pairs
    warned = {a.actor for a in st.actors if h.j <= a.i < of} - {p[0] for p, d in pairs if d}
    if norms[of + 1] not in OTHERS_ACT and not warned:
        return pairs  # "حذرت السعودية من التحرك عسكريا ضد قطر": no one else named, its own act
    cues = topic_cues()
    marks = [m for m in range(of + 1, min(st.tj, of + PROTECTED_REACH))
             if norms[m] in TARGET_MARKS and norms[m - 1] not in CAUSES or cues.get(norms[m]) == HARM]
    if not marks:
        return pairs
    protected = {a.actor for a in st.actors if marks[0] < a.i <= of + PROTECTED_REACH}
    protected -= {a.actor for a in st.actors if a.i < of}
    own = {a.actor for a in st.actors if of < a.i < marks[0]}  # "من أن إسرائيل ستواصل ... ضد"
    return [(p, d) for p, d in pairs if not (d and len(p) == 2 and p[1] in protected and p[0] not in own)]


def no_warned_of_sources(doc, st, h, pairs: list) -> list:
    """The pairs of a warning less the directed ones whose source the sentence names only
    after the warning's من ("حذر من تعاظم الوجود الإيراني"، "محذرا من نوايا إيران تجاه
    المنطقة"): what is warned of belongs to it, the warning is another's. A side named
    before that من as well, under no preposition, stays; so does one after "من أن" (a clause,
    whose subject may be the warner's own state: "حذرت من أن بريطانيا لن تتساهل") and the
    side right after a noun's من ("تحذيرات من واشنطن": its author)."""
    norms = doc.norms
    if not pairs or h.form.type != THREAT[0] or _kind(norms[h.i], topic_cues()) != "warn":
        return pairs
    return _no_warned_of_sources(doc, st, h, pairs, norms)


def _no_warned_of_sources(doc, st, h, pairs: list, norms: list[str]) -> list:
    """no_warned_of_sources past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    of = _warned_of(norms, st, h)
    if of is None or of + 1 >= st.tj or norms[of + 1] in OTHERS_ACT:
        return pairs  # "حذرت من أن بريطانيا لن تتساهل": a clause, whose subject may be the warner's own state
    if not h.verbal and any(a.i == of + 1 for a in st.actors) or norms[of + 1] == BY:
        return pairs  # "تحذيرات من واشنطن"، "تحذيرات من قبل واشنطن": the من names its author
    # a side named before it under a preposition ("الاتفاق مع طهران"، "للجمهورية الإيرانية") is no warner either
    before = {a.actor for a in st.actors if a.i < of and not prepositional(a, doc.toks, doc.nt)}
    after = {a.actor for a in st.actors if a.i > of} - before
    if not after:
        return pairs
    return [(p, d) for p, d in pairs if not (d and p[0] in after)]


def _warned_of(norms, st, h) -> int | None:
    """The warning's من within WARNED_REACH words, past an aside "من جهته"، "من جانبها" (its
    two words not counted): "وحذر من جهته الرئيس الإيراني الولايات المتحدة من أي خطوة" names
    the warner after that aside, and what is warned of only after the second من."""
    reach, k = WARNED_REACH, h.j
    while k < min(st.tj, h.j + reach):
        if norms[k] == "من" and k + 1 < st.tj and norms[k + 1] in SIDE_ASIDES:
            reach, k = reach + 2, k + 2
            continue
        if norms[k] == "من":
            return k
        k += 1
    return None

"""The side whose sites an attack strikes is no attacker: "وأوضح الجيش الإسرائيلي أن
مقاتلاته قصفت 70 هدفا عسكريا تخص إيران داخل سوريا"، "قصفت طائراته مواقع لداعش داخل الأراضي
السورية".

Where the attack verb's subject is a word the sentence names by no actor (a pronoun on
"مقاتلاته"، "الطائرات"), the role model may take the first actor after the verb for its
subject; named only as the owner of the object, after a word of owning ("تخص"، "التابعة
لـ") or with the ل of ownership on it ("مواقع لداعش"), that side is the one hit, and the
country named after it where ("داخل سوريا"), so the pair made the hit side the attacker of
the place. Such a directed pair is dropped; the owner stays a target of whoever the text
names as the attacker.
"""
from __future__ import annotations

from core.events import constructions, raid_authors, violence
from core.text import mark_before

OWNING = ("owned_by", "parent_of")  # construction_cues.tsv: "تخص"، "تابعة"، "التابعة"
OBJECT_REACH = 8  # words from the verb to the owner ("استهدفت عشرات المواقع العسكرية التابعة لفيلق القدس الإيراني")
OWNER_GAP = 3  # words from the word of owning to the owner ("التابعة لفيلق القدس الإيراني")
PAUSES = violence.PAUSES
# armed bodies that are no force word of violence_cues.tsv (which other rules read)
BODIES = frozenset({"فصائل", "الفصائل"})


def no_owner_attackers(doc, st, h, pairs: list) -> list:
    """The pairs of an attack verb less the directed ones whose source the sentence names
    only after the verb, within OBJECT_REACH words, as the owner of what it struck."""
    if not pairs or not h.verbal or h.form.type != "ASSAULT":
        return pairs
    return _no_owner_attackers(doc, st, h, pairs)


def _no_owner_attackers(doc, st, h, pairs: list) -> list:
    """no_owner_attackers past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    sources = {p[0] for p, d in pairs if d}
    owners = set()
    for s in sources:
        mentions = [a for a in st.actors if a.actor == s]
        if mentions and all(h.j < a.i <= h.j + OBJECT_REACH and _owned(doc, a) and not _subject_owner(doc, h, a)
                            for a in mentions):
            owners.add(s)
    return [(p, d) for p, d in pairs if not (d and p[0] in owners)] if owners else pairs


def _owned(doc, a) -> bool:
    """Mention ``a`` follows a word of owning within OWNER_GAP words with no pause ("التابعة
    لفيلق القدس الإيراني"), or carries the ل of ownership after a noun ("مواقع لداعش"), the
    word before it no actor's."""
    norms, toks, text = doc.norms, doc.toks, doc.nt.original
    for k in range(a.i - 1, max(0, a.i - 1 - OWNER_GAP), -1):
        if mark_before(toks, text, k + 1, PAUSES):
            break
        if constructions.kind(norms[k]) in OWNING:
            return True
    prev = norms[a.i - 1]
    lead = doc.nt.original[toks[a.i].start:a.start]
    return lead[-1:] == "ل" and lead[:1] != "و" and a.i - 1 not in doc.in_entity and not prev.startswith(("ال", "و"))


def _subject_owner(doc, h, a) -> bool:
    """Mention ``a`` names the owner of the attack's subject, not of what it struck: a force
    word right after the verb, then only words of owning ("قصفت قوات تابعة لحكومة الوفاق مواقع
    قوات حفتر"، "استهدفت فصائل تابعة لتركيا"): that side attacks."""
    norms = doc.norms
    if norms[h.j] not in raid_authors.forces() and norms[h.j] not in BODIES:
        return False
    return all(constructions.kind(w) in OWNING for w in norms[h.j + 1:a.i])

"""Sides of a denial ("نفى"، "تنفي"): who denies, and whom the denial answers.

A denial answers an accusation: its target is the accuser (SCHEMA.md: REJECT), named
before it ("اتهمت لندن موسكو ...، فيما نفت موسكو") or as the author of the claims it
denies ("نفت X اتهامات Y"). A side named only inside what is denied ("نفت X أن تكون
طائراتها قصفت مستشفى في Y"، "نفى X استهداف مواقعه") is the place or the victim of the
denied act, not the accuser; and the side named right after a denial verb is its
subject, so a side named only before it does not deny.
"""
from __future__ import annotations

from core.events import attack_sides
from core.text import mark_before


AUTHOR_GAP = 2  # words from a word of claims to their author ("اتهامات من لندن")


def _denial(doc, h) -> bool:
    return "denied" in doc.trig.cue_kinds(doc.norms[h.i])


def _claimed_by(doc, h, k: int) -> bool:
    """A word of claims or reports just before the side at token k ("نفت موسكو اتهامات
    لندن"، "الاتهامات الأميركية"، "مزاعم من X"): the side is the claims' author; one
    further on names what the claims tell ("التقارير عن قصف إسرائيل")."""
    return any(attack_sides._kind(doc.norms[m]) == "report_noun" for m in range(max(h.j, k - AUTHOR_GAP), k))


def _in_content(doc, h, k: int) -> bool:
    """Whether the side at token k is named in what the denial denies: a clause opened
    after the denial ("أن تكون ..."، "التقارير التي تحدثت عن ...") runs on to k, no mark
    closes it first ("، لكن X" names the other side), and no word of claims stands just
    before it. Marks before the clause opens ("نفى X، الجمعة، أن") end nothing."""
    if _claimed_by(doc, h, k):
        return False
    q = next((m for m in range(h.j, k) if "complementiser" in doc.trig.cue_kinds(doc.norms[m])
              or attack_sides._kind(doc.norms[m]) == "report_noun"), None)
    if q is None or any("speech" in doc.trig.cue_kinds(doc.norms[m]) for m in range(h.j, q)):
        return False  # "نفت X ذلك، وقالت إن Y ...": what it says, not what it denies
    return not any(mark_before(doc.toks, doc.nt.original, m, attack_sides.CLAUSE_MARKS) for m in range(q + 1, k + 1))


def denial_sides(doc, st, h, pairs: list) -> list:
    """The pairs of a denial less those whose target is named only in what is denied,
    and those whose source is named only before a denial verb that has its own subject."""
    if not _denial(doc, h):
        return pairs
    return _denial_sides(doc, st, h, pairs)


def _denial_sides(doc, st, h, pairs: list) -> list:
    """denial_sides past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    before = {a.actor for a in st.actors if a.i < h.i}
    after = [a for a in st.actors if a.i >= h.j]
    subject = after[0].actor if after and after[0].i == h.j and h.verbal else None
    kept = []
    for p, d in pairs:
        src, tgt = p[0], p[-1]
        if subject is not None and src != subject and src in before and src not in {a.actor for a in after}:
            continue  # "فيما نفت موسكو": Moscow denies, not the side named before
        named = [a.i for a in after if a.actor == tgt]
        if d and tgt not in before and named and all(_in_content(doc, h, k) for k in named):
            continue  # "نفت X أن تكون قصفت مستشفى في Y": Y is where, not who accuses
        kept.append((p, d))
    return kept


DENIED_NOUN_REACH = 8  # words from a denial verb back to the act noun it denies ("نفت وزارة الخارجية المصرية توقيع")
# words between a denial and the act noun it denies: the denier's title and the report denied
# ("نفى رئيس الوزراء ما تردد عن إبرام"، "نفت الحكومة الأنباء عن توقيع")
DENIED_FILLERS = frozenset({"ما", "تردد", "يتردد", "ترددت", "راج", "اشيع", "عن", "انباء", "الانباء", "تقارير",
                            "التقارير", "اخبار", "الاخبار", "صحه", "وجود", "حدوث", "رئيس", "الوزراء", "وزير", "وزاره",
                            "الخارجيه", "المتحدث", "باسم", "الحكومه", "مصدر", "مصادر", "مسؤول", "بشده", "قطعيا",
                            "تماما", "اليوم", "امس"})
DENIED_MARKS = (",", "،", ":", "؛", ".")


def denied_noun(doc, st, h) -> bool:
    """An act noun a denial verb governs, past the denier and the report it denies ("نفت
    X توقيع اتفاقية مع Y"، "ينفي X ما تردد عن إبرام اتفاق"): denied, not done. Further than
    the modality's reach when the denier's name stands between."""
    if h.verbal:
        return False
    named = {k for a in st.actors for k in range(a.i, a.j)} | doc.in_entity
    for k in range(h.i - 1, max(st.ti, h.i - DENIED_NOUN_REACH) - 1, -1):
        if mark_before(doc.toks, doc.nt.original, k + 1, DENIED_MARKS):
            return False
        word = doc.norms[k]
        if "denied" in doc.trig.cue_kinds(word):
            return True
        if k not in named and word not in DENIED_FILLERS and word.lstrip("و") not in DENIED_FILLERS:
            return False
    return False

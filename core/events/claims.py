"""The author of the claims a side rejects: "رفضت وارسو اتهامات نتانياهو"، "ترفض التشيك
مزاعم روسيا". An accusation noun governed by a verb of rejecting or denying names its
author right after it, in construct ("اتهامات X") or as its adjective ("مزاعم روسية"): the
author accuses, the one who rejects is accused, whatever order the role model gave them.
"""
from __future__ import annotations

REJECT_KINDS = ("denied", "refusal")  # event_cues.tsv: "نفى"، "رفض" and their forms
REJECT_REACH = 3  # words from the verb of rejecting to the claims ("رفضت وارسو الأحد اتهامات")


def _rejected(doc, st, h) -> bool:
    """A verb of rejecting or denying within reach before the accusation noun."""
    lo = max(st.ti, h.i - REJECT_REACH - 1)
    return any(set(REJECT_KINDS).intersection(doc.trig.cue_kinds(w)) for w in doc.norms[lo:h.i])


ABOUT = frozenset({"بشان", "بان", "بانه", "بانها", "بانهم"})  # "مزاعم روسيا بشأن"، "بأن": what is claimed


def _charge_after(norms: list[str], k: int) -> bool:
    """A charge right after the name ("اتهام موسكو بتسميم"): the name is the accused."""
    return k < len(norms) and norms[k][:1] == "ب" and norms[k] not in ABOUT


def author_of_rejected_claims(doc, st, h, pairs: list) -> list:
    """An accusation noun's pairs with the author named right after it as their source
    when a verb of rejecting governs the noun: the rejecting side named before it is the
    accused, not the accuser."""
    if h.form.type != "ACCUSE" or h.verbal or not pairs or not _rejected(doc, st, h):
        return pairs
    named = next((a for a in st.actors if a.i == h.j and a.start == doc.toks[a.i].start), None)
    if named is None or _charge_after(doc.norms, named.j):
        return pairs
    author = named.actor
    before = {a.actor for a in st.actors if a.j <= h.i}
    return [(type(p)([author, p[0]]), d) if d and len(p) == 2 and p[1] == author and p[0] in before else (p, d)
            for p, d in pairs]

"""A state that owns the object of a verb whose subject the sentence drops: "انتقدت إيران
فرنسا بشدة. ورفضت الاتهامات الأمريكية" (Iran refuses, the United States is refused).

The word-order rules read the first actor after a verb as its subject (the verb-subject-
object order of news); where the sentence drops its subject, carried from the one before
(core.events.speakers, the rules' carried subject), that first actor may be only the owner
of the object: the adjective of a definite noun ("الاتهامات الأمريكية") or the name after a
noun in construct ("موقف الولايات المتحدة"). A noun of what a side says or does
(``owned_objects.tsv``: positions, accusations, sanctions, attacks) cannot itself be the
subject of an act of accusing, refusing or asking (OWNED_TYPES), so its owner is the act's
target and the carried subject its source. Not of a strike: "واستهدفت الضربات الأمريكية
مواقع" (the strikes are the subject); nor of threatening or backing, which things do as
well as people ("وهددت العقوبات الأمريكية الاقتصاد الإيراني"); nor where an actor follows
the owner, the verb's own object ("وانتقدت التصريحات الأمريكية إيران").
Before, such a sentence had no source and made no event, or the owner's own act.
"""
from __future__ import annotations


from core import prepared
from core.text import normalize_for_match, without_conjunction
from core.events.triggers import DATA, _rows


OWNED_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST"})  # acts a statement or a sanction cannot do


@prepared.table()
def object_nouns() -> frozenset[str]:
    """The nouns of owned_objects.tsv, normalised, without the article."""
    return frozenset(normalize_for_match(r["form"]) for r in _rows(DATA / "owned_objects.tsv", "form"))


def _owned(word: str) -> bool | None:
    """Whether the written word is one of the nouns with the article (True) or without it
    (False); None when it is none of them."""
    w = without_conjunction(word)
    nouns = object_nouns()
    if w.startswith("ال") and w[2:] in nouns:
        return True
    return False if w in nouns else None


def rule_owned_object(c):
    """The carried subject as source and the owner of the noun right after the verb as
    target (module docstring): "ورفضت الاتهامات الأمريكية"، "وانتقد موقف الولايات المتحدة"."""
    h = c.h
    if not (c.carried_subject and h.form.type in OWNED_TYPES and h.verbal and not c.earlier and not c.joint
            and h.j + 1 < len(c.toks)):
        return None
    definite = _owned(c.toks[h.j].norm)
    if definite is None:
        return None
    owner = next((a for a in c.seq if a.i == h.j + 1), None)
    if owner is None or owner.adjective != definite:
        return None  # "الاتهامات الأمريكية": an adjective after the article; "موقف واشنطن": a name in construct
    if any(a.i == owner.j for a in c.seq):
        return None  # "وانتقدت التصريحات الأمريكية إيران": the verb's own object follows, the noun is its subject
    src = [x for x in c.carried_subject if x != owner.actor]
    return (src, [owner.actor], []) if src else None

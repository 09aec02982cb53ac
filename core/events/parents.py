"""The parent a body is named with is no target of the body's own act: in "طالبت المنظمة
التابعة للأمم المتحدة الحكومة X بفتح المعابر" the organisation asks X, not the United
Nations it belongs to. The words of belonging (construction_cues.tsv, kind parent_of:
"التابع"، "التابعة") stand between the body's name and its parent's; the parent still
acts through the body (core.events.affiliates leaves "الجهاز التابع للحكومة X" a side),
so only the pairs the body leads, with the parent as their target, are dropped, and a
parent named another way in the sentence as well stays a target. Describing adjectives
may stand between the body's name and the word of belonging ("الميليشيات الحوثية الإرهابية
التابعة لإيران": a missile the militia fires is fired at no Iran).
"""
from __future__ import annotations

from core.entities.tables import _descriptive_adjectives
from core.events import constructions
from core.lexicon import is_state_id

PARENT_OF = "parent_of"  # construction_cues.tsv kind: "التابع"، "التابعة"
DESCRIBED = 2  # describing adjectives that may follow a body's name ("الميليشيات الحوثية الإرهابية التابعة لـ")
NISBA_ENDS = ("يه", "يين", "يون")  # a definite nisba's feminine and plural endings (ة written ه)


def _describing(norm: str) -> bool:
    """A definite adjective that describes the body before it ("الإرهابية"، "الانقلابية"،
    "المتمردة"), which stands between its name and the word of belonging without ending
    the body: a feminine or plural nisba, or one of the descriptive adjectives."""
    return norm.startswith("ال") and (norm.endswith(NISBA_ENDS) or norm in _descriptive_adjectives())


def _body_before(norms: list[str], ends: dict, k: int):
    """The body whose name ends right before word ``k`` or before the describing adjectives
    right before it, or None. Past adjectives, only a body other than a state whose own
    name ends in such an adjective ("الميليشيات الحوثية الإرهابية"): after a state or a
    name of another shape the word is the verb's object ("قصفت القوات الأوكرانية المدفعية
    التابعة لـ"، "قصف حزب الله البنية التحتية التابعة لـ"), owned by the parent it attacks."""
    if k in ends:
        return ends[k]
    for _ in range(DESCRIBED):
        if k < 1 or not _describing(norms[k - 1]):
            return None
        k -= 1
        body = ends.get(k)
        if body is not None:
            return body if not is_state_id(body) and _describing(norms[k - 1]) else None
    return None


def _parents(norms: list[str], actors: list) -> dict[str, set[str]]:
    """Each parent named only right after a body's name and a word of belonging, with the
    bodies it is so named after."""
    ends = {a.j: a.actor for a in actors}
    words = constructions.written(PARENT_OF)
    out: dict[str, set[str]] = {}
    other: set[str] = set()
    for a in actors:
        body = _body_before(norms, ends, a.i - 1) if a.i >= 2 and norms[a.i - 1] in words else None
        if body is None or body == a.actor:
            other.add(a.actor)
        else:
            out.setdefault(a.actor, set()).add(body)
    return {p: b for p, b in out.items() if p not in other}


def no_parent_targets(doc, st, h, pairs: list) -> list:
    """The pairs less those a body leads with its parent, named only as its parent, as the
    target ("دعت المفوضية التابعة للأمم المتحدة X": X is asked, not the United Nations)."""
    if not pairs or not any(len(p) == 2 and d for p, d in pairs):
        return pairs
    parents = _parents(doc.norms, st.actors)
    if not parents:
        return pairs
    out = []  # a loop: a comprehension reading parents made it a cell of every call
    for p, d in pairs:
        if not (d and len(p) == 2 and p[0] in parents.get(p[1], ())):
            out.append((p, d))
    return out

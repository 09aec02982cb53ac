"""A state's armed bodies as the sides of an attack, told by their nationality adjective.

News often names the army, planes or artillery of a state without an entity of their own:
"قصفت المقاتلات X"، "حاصرت القوات X"، "قصفت الطائرات الحربية X" (the state acting, SCHEMA.md:
armies act for their country), "مواقع للقوات X" (the state owning what was hit). Read by
core.events.violence (verb_subject, object_after) and core.events.attack_sides
(body_owners). The words are data (violence_cues.tsv: armed_body, armed_craft, arm,
on_behalf, and the state_body and force words).
"""
from __future__ import annotations

from core.events import violence  # the cues and mention helpers (imported by it: attributes read at call time)
from core.text import without_lam

ARMED_BODY = frozenset({"armed_body", "state_body", "armed_craft"})  # cue kinds of a state's bodies ("القوات"، "الطائرات")


def armed_nationality(norms: list[str], actors: list, k: int):
    """The state whose armed body is the subject at word k, told by its nationality
    adjective: "قصفت الطائرات X"، "حاصرت القوات X"، "قصفت الطائرات الحربية X" (schema: an
    army acts for its country). The adjective must follow the body or one word of its arm
    ("الحربية"، "الجوية"): after any other word it is the object's ("قصفت الطائرات مواقع X")."""
    cues = violence.load_cues()
    if k >= len(norms) or cues.get(violence._bare(norms[k])) not in ARMED_BODY:
        return None
    at = k + 1
    if at < len(norms) and cues.get(norms[at]) == "arm":
        at += 1
    a = violence._actor_at(actors, at, at + 1, ())
    return a if a is not None and a.i == at and a.kind == "ADJ" else None


def armed_owner(norms: list[str], k: int, start: int) -> bool:
    """The nationality adjective at word k is that of an armed body written with ل before
    it ("مواقع للقوات X"، "موقعا لقوات X"، "لطائرات X"): the state owns what was hit. Not
    after a word of support ("غارات دعما للسلطات X": done for X, not on it)."""
    cues = violence.load_cues()
    j = k - 1 if k - 1 >= start and cues.get(norms[k - 1]) != "arm" else k - 2
    w = norms[j] if j >= start else ""
    if j > 0 and cues.get(violence._bare(norms[j - 1])) == "on_behalf":
        return False
    return w[:1] == "ل" and (cues.get(w[1:]) == "force" or w[:2] == "لل" and cues.get(without_lam(w)) in ARMED_BODY)

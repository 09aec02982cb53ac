"""Attacks whose one named side is the unnamed one that carried them out: "فجر انتحاري نفسه
في سوق ببغداد"، "أطلق مجهولون النار على دورية للشرطة في البصرة".

Incident news mostly names the attacker by what he was (a suicide bomber, gunmen,
unknown persons) and the target by where it was hit. Such a trigger finds no second actor,
so it made no event, and an attack report vanished from the timeline. Following the
annotation conventions (an attack on a named place whose text names no group or state as
target has the place as target), the target is the one place of the attackers' country
the sentence names, else that country; the attacker is the unnamed side ("Attackers
(Iraq)"). A sentence naming another state or body is left to the other rules: it may be
whose the attackers are, or whom they hit.
"""
from __future__ import annotations

from functools import lru_cache

from core.events.incidents import load_words
from core.model import Entity
from core.text import clitic_variants

# cameo codes of acts of violence (18x assault, 19x fight, 20x mass violence)
VIOLENT = ("18", "19", "20")
# unnamed kinds that are the attackers when they are the subject (core.events.unnamed slugs)
ATTACKERS = ("unnamed-attackers", "unnamed-unidentified-armed-group", "unnamed-militants")
# "terrorists" is how a government names whom it fights ("سنقتل كل الإرهابيين"، "تجنيد
# إرهابيين") far more often than an attack's unknown authors: no attacker of its own here
TERROR = "ارهاب"
# words right before gunmen or militants that make them the ones hit: "مقتل ثلاثة مسلحين"،
# "استهداف مسلحين"، "من المسلحين" (normalised)
HIT_BEFORE = frozenset({"من", "مقتل", "قتل", "قتلي", "اعتقال", "تصفيه", "استهداف", "ضد", "علي", "القبض",
                        "اصابه", "مصرع", "تحييد"})


def attack_pair(h, norms: list[str], s_actors: list, entities: list[Entity], counts: frozenset[str],
                start: int, end: int, ti: int, tj: int) -> list[str] | None:
    """[attackers, place or country] for a violent trigger that made no event, or None: one
    unnamed attacking side in the sentence (tokens [ti, tj), characters [start, end)), not
    told as the one hit, no state's arms named, and nothing named in the sentence but its
    country and that country's places."""
    if not h.form.cameo.startswith(VIOLENT) or _state_arms(norms[ti:tj]):
        return None
    sides = {a.actor for a in s_actors if a.actor.startswith(ATTACKERS) and not _hit(a.i, norms, counts)
             and TERROR not in norms[a.i]}
    if len(sides) != 1 or any(a.actor.startswith(ATTACKERS) and a.actor not in sides for a in s_actors):
        return None
    (side,) = sides
    iso = next((e.country for e in entities if e.id == side), None)
    if not iso:
        return None
    in_sentence = [e for e in entities if any(start <= m.start < end for m in e.mentions)]
    if any(e.type == "COUNTRY" and e.id != iso or e.type == "PLACE" and e.country != iso
           or e.type in ("ORG", "UNNAMED") and e.id != side for e in in_sentence):
        return None
    places = {e.id for e in in_sentence if e.type == "PLACE"}
    if not places and not any(e.id == iso for e in in_sentence):
        return None  # where it happened is not said here ("قناصة إسرائيليون" are no place)
    if any(a.actor not in places | {iso, side} for a in s_actors):
        return None
    return [side, places.pop() if len(places) == 1 else iso]


@lru_cache(maxsize=1)
def _arms() -> frozenset[str]:
    return frozenset(w for w, kind in load_words().items() if kind == "state_arms")


def _state_arms(words: list[str]) -> bool:
    """Whether the trigger's sentence names a state's armed body or weapons ("الجيش"،
    "القوات الأمنية"، "غارات"): the state then acts or is hit, and its gunmen ("مسلحين")
    are as likely the ones hit ("غارة على معسكر لمتشددين")."""
    arms = _arms()
    return any(stem in arms for w in words for stem, _ in clitic_variants(w))


def _hit(i: int, norms: list[str], counts: frozenset[str]) -> bool:
    """Whether the unnamed side at token i is told as the one hit: counted ("قتل الجيش ثلاثة
    مسلحين") or after a word of being hit ("مقتل مسلحين"، "من المسلحين")."""
    if i == 0:
        return False
    w = norms[i - 1].lstrip("و")
    return w in HIT_BEFORE or w in counts or w.isdigit()

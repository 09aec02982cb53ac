"""Whom a killing noun names right after it is killed, not the killer.

"أفادت مصادر بمقتل عشرة من مقاتلي X في غارة لطائرات Y"، "كشف مقتل عدد من الYيين في غارات
Zية": the noun of killing (violence_cues.tsv, kind victim_noun: "مقتل"، "بمقتل") names its
dead right after it, and the attack that killed them after a word of cause (kind cause:
"في"، "إثر"، "جراء"). The role model, reading word order, made the side of the dead the
killing's source. A directed pair from a side named between the noun and the word of cause
is turned round when an attack word follows the word of cause (the first word of an ASSAULT
trigger: "في غارات"، "إثر قصف") and its target is named after it (the attack's author), and
dropped otherwise ("في قاعدة جوية سورية" names where they died). The announcer of his own
dead ("أعلن الجيش X مقتل ثلاثة من جنوده في هجوم") is not named in that phrase, but its
pronoun on the word of its men (kind own_members) takes him up: the sides named before the
noun are then dead as well, none of them the attackers. When no dead side is named and the
attack's one author is, a pair that made that author the target is turned round to it ("أعلن
الجيش X مقتل جنديين في هجوم Yي": Y's attack on X). Unnamed dead are left alone
("مقتل أربعة انتحاريين في هجوم": who killed attackers is told elsewhere).
The attack noun after the word of cause is a trigger of its own, and its dead are no side
that made it either: "مقتل جنديين Xيين في قصف للقوات الY" is Y's attack on X, not X's on Y
(no_dead_attackers).
"""
from __future__ import annotations

from core.events import attack_cues
from core.events.turned import turned_from_object, turned_to_author

UNNAMED = "unnamed-"  # the actor ids of unnamed sides
OWN = "own_members"  # violence_cues.tsv: "جنوده"، "عناصرها": the side's own men, named by its pronoun
VICTIM_REACH = 8  # words from the noun of killing to its word of cause ("مقتل ما لا يقل عن 12 من مسلحي X في")


def no_killed_sources(doc, st, h, pairs: list) -> list:
    """The pairs of a noun of killing less those made from its dead (module docstring)."""
    if h.verbal or not any(d for _, d in pairs):
        return pairs
    kinds = attack_cues.cue_kinds(doc.norms)
    if kinds[h.i] != "victim_noun":
        return pairs
    return _no_killed_sources(doc, st, h, pairs, kinds)


def _no_killed_sources(doc, st, h, pairs: list, kinds: list) -> list:
    """no_killed_sources past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    norms = doc.norms
    cause = next((k for k in range(h.j, min(h.j + VICTIM_REACH, st.tj))
                  if kinds[k] == "cause" or _by_attack(doc, norms[k])), None)
    if cause is None:
        return pairs
    killed = _dead(st, kinds, h.i, h.j, cause)
    attack = kinds[cause] != "cause" or cause + 1 < st.tj and attack_word(doc, norms[cause + 1])
    killers = _authors_named(doc, st, kinds, cause) - killed if attack else set()
    for actor in killed:
        pairs = turned_from_object(pairs, actor, killers)
    if not killed and len(killers) == 1:
        for killer in killers:  # "أعلن الجيش X مقتل جنديين في هجوم Yي": Y killed them, not X Y
            pairs = turned_to_author(pairs, killer)
    return pairs


def no_dead_attackers(doc, st, h, pairs: list) -> list:
    """The pairs of an attack noun told as the cause of a killing ("مقتل X في قصف"، "بقصف")
    less those made from the dead named between the noun of killing and it, turned round
    when their target is named as the attack's author (module docstring)."""
    if h.i - 2 < st.ti or not any(d for _, d in pairs):
        return pairs  # (a word of cause makes a noun of "قصف"، which may be read as a verb)
    kinds = attack_cues.cue_kinds(doc.norms)
    cause = h.i - 1 if kinds[h.i - 1] == "cause" else h.i if _by_attack(doc, doc.norms[h.i]) else None
    return pairs if cause is None else _no_dead_attackers(doc, st, pairs, kinds, cause)


def _dead(st, kinds: list, i: int, j: int, cause: int) -> set[str]:
    """The named sides a noun of killing at tokens [i, j) tells dead before its word of cause:
    those named in between, and those named before it when its dead are their own men
    ("أعلن الجيش X مقتل ثلاثة من جنوده": X)."""
    first = st.ti if _own_men(st, kinds, j, cause) else j
    return {a.actor for a in st.actors if first <= a.i < cause and not i <= a.i < j and not a.actor.startswith(UNNAMED)}


def _own_men(st, kinds: list, j: int, cause: int) -> bool:
    """A word of the announcer's own men stands between j and the word of cause before any
    other noun of killing or wounding ("مقتل 6 مسلحين وإصابة 4 من جنوده": the dead are not his)
    and before any side named there, whose men its pronoun may be ("مقتل قائد X وعدد من عناصرها")."""
    for k in range(j, cause):
        if kinds[k] == OWN:
            for a in st.actors:
                if j <= a.i < k:
                    return False
            return True
        if kinds[k] == "victim_noun":
            return False
    return False


def _no_dead_attackers(doc, st, pairs: list, kinds: list, cause: int) -> list:
    """no_dead_attackers past its gates (as _no_killed_sources: the names its generator reads
    would be cells made at every call of the gate)."""
    killing = next((k for k in range(cause - 1, max(st.ti, cause - VICTIM_REACH) - 1, -1)
                    if kinds[k] == "victim_noun"), None)
    if killing is None:
        return pairs
    dead = _dead(st, kinds, killing, killing + 1, cause)
    killers = _authors_named(doc, st, kinds, cause) - dead
    for actor in dead:
        pairs = turned_from_object(pairs, actor, killers)
    return pairs


def _authors_named(doc, st, kinds: list, cause: int) -> set[str]:
    """The sides named after the word of cause before the attack's object: "في غارات روسية"،
    "إثر قصف للقوات X" name its author; "في هجوم على موقع X" names whom the dead attacked
    (kind against: "على"، "ضد"), who is no killer of them."""
    stop = next((k for k in range(cause + 1, st.tj) if kinds[k] == "against"), st.tj)
    return {a.actor for a in st.actors if cause < a.i < stop}


def _by_attack(doc, word: str) -> bool:
    """An attack word carrying ب, itself the word of cause: "مقتل X بقصف Y"، "بغارة"."""
    return word.startswith("ب") and len(word) > 3 and attack_word(doc, word[1:])


def attack_word(doc, word: str) -> bool:
    """The word begins an ASSAULT trigger ("غارات"، "قصف"، "هجوم"), bare or definite."""
    forms = doc.trig.by_first
    return any(f.type == "ASSAULT" for w in (word, word[2:] if word.startswith("ال") else word) for f in forms.get(w, ()))

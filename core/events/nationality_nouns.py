"""A nationality noun that takes up a private person: "الألمانية" after "الألمانية X".

A report introduces a private person by his nationality ("محاكمة الألمانية X"، "الشاب
الأردني X") and later names him by it alone ("وكانت الألمانية التي أوقفت ..."، "بطلب من
محامي الألمانية"). There the adjective is a noun for the person, not his state: read as the
state, it made events of the state (the woman's lawyer asking for a delay told as her
state's request), and the person, a PERSON side of what befalls him by the annotation
conventions (SCHEMA.md), was unseen by the rules that act on named persons
(core.events.implied, person_sides, private, investigated).

So a definite nationality adjective standing as a noun (after no definite or possessed noun
it would describe, "الحكومة الألمانية"، "ونظيره الأمريكي", and no name it would describe,
with no name right after it) is a mention of the private person the same word introduced
last before it, right before his name; it names no state. On 3,000 corpus articles it
takes up 7 adjectives, 4 of them rightly (the others: a club's untagged name before the
adjective, a people named generically), and none of them sits by a trigger.
"""
from __future__ import annotations

from core.model import Event
from core.text import RELATIVE_PRONOUNS, clitic_variants

PLURALS = ("ون", "ين", "يات")
POSSESSIVES = ("ه", "ها", "هم", "هما", "هن", "نا")  # "نظيره"، "مواطنيها": a noun made definite by its pronoun
OWN_STATE_ACTS = frozenset({"COERCE", "ASSAULT", "SANCTION"})  # no state's act on its own national named by it
NOT_NOUNS = RELATIVE_PRONOUNS | {"الي", "اللواتي"}  # begin with "ال", describe nothing


def taken_up(actors: list, persons: list[tuple[int, int, str]], norms: list[str],
             named_at: set[int], name_ends: set[int]) -> tuple[list, list[tuple[int, int, str]], list]:
    """The actor mentions without the nationality nouns that take up a private person,
    and the private persons' mentions with them (sorted by first token). ``persons``:
    (first token, token after, id) of the private persons (core.events.implied.person_mentions);
    ``named_at``: the first tokens of every person's name; ``name_ends``: the tokens after
    every name ("وكالة تسنيم الإيرانية": the adjective describes the agency). Third: the
    take-ups as (state, person, start, end) for ``without_own_state``."""
    starts = {p[0]: p[2] for p in persons}
    introduced: dict[str, list[tuple[int, str]]] = {}  # the adjective's word → (token, person) introduced by it
    for a in actors:
        if a.kind == "ADJ" and a.j in starts:
            word = _definite(norms[a.i])
            if word and not word.endswith(PLURALS):  # "الفلسطينيين X": a list of people, not one
                introduced.setdefault(word, []).append((a.i, starts[a.j]))
    if not introduced:
        return actors, persons, []
    taken: list[tuple[int, int, str]] = []
    owners: list[tuple[str, str, int, int]] = []
    for a in actors:
        if a.kind != "ADJ" or a.j in named_at or a.i in name_ends:
            continue  # "الفرنسية X": introduces a name; "X الفرنسية"، "قناة X اللبنانية": describes one
        before = [p for k, p in introduced.get(_definite(norms[a.i]) or "", ()) if k < a.i]
        if before and not (a.i > 0 and _describes(norms[a.i - 1])):
            taken.append((a.i, a.j, before[-1]))
            owners.append((a.actor, before[-1], a.start, a.end))
    if not taken:
        return actors, persons, []
    at = {t[0] for t in taken}
    return [a for a in actors if a.i not in at], sorted(persons + taken), owners


def without_own_state(events: list[Event], owners: list[tuple[str, str, int, int]]) -> list[Event]:
    """The events less an arrest, attack or sanction by a taken-up person's own state on him
    in a sentence naming him by the adjective: "وانتقدت الولايات المتحدة احتجاز الأمريكي" retells
    Egypt's arrest of the American; the critic, his state, did not hold him."""
    if not owners:
        return events
    return [e for e in events if not (e.type in OWN_STATE_ACTS and any(
        e.actors == [state, person] and e.sentence_start <= start and end <= e.sentence_start + len(e.sentence)
        for state, person, start, end in owners))]


def _describes(prev: str) -> bool:
    """Whether a nationality adjective after this word describes it: a definite noun ("الحكومة
    الفرنسية") or one a pronoun makes definite ("ونظيره الأمريكي")."""
    return prev not in NOT_NOUNS and (bool(_definite(prev)) or prev.endswith(POSSESSIVES))


def _definite(norm: str) -> str:
    """The word without its conjunction or preposition when it is definite ("للفرنسيه" →
    "الفرنسيه"), else ""."""
    for stem, _ in clitic_variants(norm):
        if stem.startswith("ال"):
            return stem
    return ""

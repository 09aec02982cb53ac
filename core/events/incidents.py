"""Incident reports told verb-first: "قتل مسلحون مجهولون ثلاثة جنود في ولاية قندهار".

The bare past verbs "قتل" and "خطف" are no trigger forms of the lexicon: written without
vowels they are mostly the passive ("قُتل ثلاثة جنود") or a noun read through a suffix
("قتلى"). They are the active verb when an actor follows as the subject and then a
number as the counted object: a passive verb takes no object, so "قتل مسلحون ثلاثة"
cannot be one (active_hits).

Such reports mostly name the one hit by what they were, not by whose: soldiers and
policemen (incident_pairs) are their state's, the state the sentence places them in
(a country after them, a nationality adjective there, or the country of the place named
there: "جنود في ولاية قندهار الأفغانية" are Afghanistan's). Their attacker is the
subject the construction states, an unnamed one included ("مسلحون مجهولون").

The words are data (data/lexicons/incident_words.tsv; numbers from time_words.tsv).
"""
from __future__ import annotations


from core import prepared
from core.events.triggers import TriggerForm, _Hit
from core.lexicon import read_table
from core.text import normalize_for_match, without_conjunction

SUBJECT_WORDS = 3  # words of the subject between the verb and its counted object ("مسلحون مجهولون")
FORCES_REACH = 3  # words between the number and the noun of forces ("ثلاثة جنود")
PLACE_REACH = 6  # words after the forces where the sentence places them ("في ولاية قندهار الأفغانية")


@prepared.table()
def load_words() -> dict[str, str]:
    """Normalised word → kind (active, forces)."""
    return {r["cue"]: r["kind"] for _, r in read_table("incident_words.tsv")}


@prepared.table()
def _numbers() -> frozenset[str]:
    return frozenset(normalize_for_match(r["form"]) for _, r in read_table("time_words.tsv") if r["class"] == "num")


_bare = without_conjunction  # "واثنين" → "اثنين"


POST_POSED = frozenset({"واحد", "واحده", "اثنان", "اثنين", "اثنتان", "اثنتين"})  # follow their noun ("متطرفين اثنين")


def _counted(norms: list[str], m: int) -> bool:
    """Word m is a number before a counted noun ("ثلاثة جنود"، "5 جنود"), not one after
    its noun ("قتل متطرفين اثنين": two militants were killed)."""
    w = _bare(norms[m])
    if not (w.isdigit() or w in _numbers()) or w in POST_POSED or m + 1 >= len(norms):
        return False
    nxt = norms[m + 1]
    return nxt.isalpha() and not (nxt in _numbers() or nxt[:1] == "و")


def active_hits(hits: list[_Hit], toks, norms: list[str], actors: list, trig) -> list[_Hit]:
    """``hits`` with a hit for each bare active verb an actor (the subject) and a number
    (the counted object) follow, in text order."""
    words = load_words()
    at = {a.i: a for a in actors if not a.kind.startswith(("ADJ", "PAIR"))}
    new = []
    for k in sorted(i - 1 for i in at if i > 0):  # the word before each actor: cheaper than every word
        w = _bare(norms[k])
        if words.get(w) != "active":
            continue
        subject = at[k + 1]
        n = next((m for m in range(subject.j, min(subject.j + SUBJECT_WORDS, len(norms)))
                  if _counted(norms, m)), None)
        if n is None or any(a.i < n and a.actor != subject.actor and a.i > k for a in actors):
            continue
        form = next((f for f in trig.by_first.get(w + "ت", ()) if f.pos == "verb_past"), None)
        if form is None:
            continue
        bare = TriggerForm(form.type, form.cameo, (w,), "verb_past", False, verbal=True)
        new.append(_Hit(bare, k, k + 1, toks[k].start, toks[k].end, verbal=True))
    if not new:
        return hits
    taken = {h.i for h in hits}
    return sorted(hits + [h for h in new if h.i not in taken], key=lambda h: h.i)


def incident_pairs(h, norms: list[str], actors: list, places: list, entities: list, tj: int) -> list[list[str]]:
    """[subject, state] of an active incident verb (active_hits) whose counted object is
    a noun of forces: the state is a country or nationality adjective named after the
    forces, else the country of a place named there."""
    words = load_words()
    if h.form.tokens[0] not in words or h.i + 1 >= tj:
        return []
    return _forces_pair(h, norms, actors, places, entities, tj, words)


def _forces_pair(h, norms: list[str], actors: list, places: list, entities: list, tj: int, words) -> list[list[str]]:
    """incident_pairs of an incident verb (apart from its gate: the names its generators read are closure cells, made on each call of the function that holds them)."""
    subject = next((a for a in actors if a.i == h.i + 1), None)
    if subject is None:
        return []
    n = next((m for m in range(subject.j, min(subject.j + SUBJECT_WORDS, tj)) if _counted(norms, m)), None)
    if n is None:
        return []
    f = next((m for m in range(n + 1, min(n + 1 + FORCES_REACH, tj)) if words.get(_bare(norms[m])) == "forces"), None)
    if f is None:
        return []
    hi = min(f + 1 + PLACE_REACH, tj)
    state = next((a.actor for a in actors if f < a.i < hi and a.kind.startswith(("ADJ", "COUNTRY"))
                  and a.actor != subject.actor), None)
    if state is None:
        country = {e.id: e.country for e in entities if e.type == "PLACE"}
        state = next((country.get(pid) for i, _, pid in places if f < i < hi and country.get(pid)), None)
    return [[subject.actor, state]] if state and state != subject.actor else []

"""Whether a post-model filter (core.events.after_model) can change a trigger's pairs at all.

Most of those filters look for a few words or constructions in the sentence and change
nothing on most triggers, yet each walked the words near its trigger for every trigger
whose pairs reached it. A gate here repeats a NECESSARY condition of its filter's change,
tested once per sentence and in C: the sentence's words (read once, on the sentence's
record) against every written form of the filter's cue words (read from the filter's own
table, so the two cannot drift), with a conjunction on them or not. A filter whose gate
fails leaves its pairs as they are; one whose gate passes runs as before. A gate never asks
more than its filter does: where a gate stood wrong, output would change silently, so each
says which test of its filter it repeats, and tests/test_events_filter_gates.py reads the
annotated articles with and without the gates.
"""
from __future__ import annotations

CONJUNCTIONS = ("و", "ف")  # what core.text.without_conjunction cuts off a word


def sentence_words(doc, st) -> frozenset[str]:
    """The sentence's normalised words as a set, made once and kept on its record
    (core.events._Sentence.words); a record without that field (a test's) is read each time."""
    got = getattr(st, "words", None)
    if got is None:
        got = frozenset(doc.norms[st.ti:st.tj])
        if hasattr(st, "words"):
            st.words = got
    return got


def cue_forms(table: dict[str, str], kinds: tuple[str, ...]) -> frozenset[str]:
    """Every written word that reads as a cue of ``kinds`` of ``table`` bare or once a
    conjunction is cut (a superset of what the filters' look-ups accept: a form too many
    only lets a filter run), kept with the table it was made of."""
    key = (id(table), kinds)
    hit = _FORMS.get(key)
    if hit is None or hit[0] is not table:
        hit = _FORMS[key] = (table, _forms_of(table, kinds))
    return hit[1]


def _forms_of(table: dict[str, str], kinds: tuple[str, ...]) -> frozenset[str]:
    """cue_forms' set, made once per table and kinds: apart, so that the look-up of a set
    made before makes no closure cell for the comprehensions here."""
    cues = [c for c, kind in table.items() if kind in kinds]
    return frozenset(cues).union(p + c for c in cues for p in CONJUNCTIONS)


_FORMS: dict = {}  # (id of a cue table, kinds) → (the table, the forms of its cues of those kinds)


def cue_named(doc, st, table: dict[str, str], kinds: tuple[str, ...]) -> bool:
    """Whether the sentence writes some cue of ``kinds`` of ``table`` (cue_forms): a
    filter that looks such a word up among the sentence's words finds none otherwise."""
    return not cue_forms(table, kinds).isdisjoint(sentence_words(doc, st))


def directed_target_after(st, h, pairs: list) -> bool:
    """Whether a directed pair's target is named after the trigger (a filter that drops
    only directed pairs whose target it finds after the trigger drops none otherwise)."""
    targets = {p[-1] for p, d in pairs if d}
    return bool(targets) and any(a.i >= h.j and a.actor in targets for a in st.actors)


def body_named(st, kinds: tuple[str, ...]) -> bool:
    """Whether the sentence names an actor of one of ``kinds`` (prefixes of actor kinds)."""
    return any(a.kind.startswith(kinds) for a in st.actors)

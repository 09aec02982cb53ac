"""The visitor a visit noun names as its genitive: "رحبت إثيوبيا بزيارة الرئيس الإريتري".

A visit (CAMEO 042) goes from the visitor to the host. Written as a noun in construct with
a person, or with an official's title and his state ("زيارة أردوغان"، "زيارة ولي العهد
السعودي"، "زيارة وزير الخارجية الأمريكي"، "زيارة ولي عهد السعودية"), the genitive is the
visitor. The role model, reading word order, mostly makes the side named before the noun
the source (the host that welcomes the visit, the capital where crowds met it), which
turned the visit round: in 3,000 tuning articles about one visit noun in ten with a named
visitor was reversed so. A genitive that is a place or a state's own name ("زيارة مصر"،
"زيارة المسجد") is where the visit goes, and is left to the model.
"""
from __future__ import annotations

from core import prepared
from core.entities.tables import _read_column
from core.events import doers
from core.events.turned import turned_to_author
from core.text import normalize_for_match

VISIT_CAMEO = "042"
VISIT_END = "زياره"  # normalised زيارة, with any proclitic ("بزيارة"، "لزيارة"); not "زيارته"
TITLE_REACH = 3  # title words between the noun and the visitor's state ("ولي عهد المملكة")
# kinds of the people who stand for their state (persons.tsv): a visitor named outright
PERSON_KINDS = frozenset({"head_of_state", "head_of_government", "minister", "official", "spokesperson",
                          "party_leader", "diplomat", "militant_leader", "military"})
GROUP_WORDS = frozenset({"وفد", "الوفد", "عهد"})  # "زيارة وفد X"، "ولي عهد X": a title's own word
# normalised words after which a bare visit noun is governed by no verb ("خلال زيارة"، "إن زيارة")
BEFORE_NOUN = frozenset({"خلال", "في", "بعد", "قبل", "عن", "علي", "حول", "اثر", "عقب", "اثناء", "مع", "ختام",
                         "مستهل", "بدايه", "نهايه", "ان", "لان", "وان", "منذ", "حتي", "تاتي", "جاءت", "وتاتي"})


@prepared.table()  # read from the prepared image
def _title_words() -> frozenset[str]:
    """Every word of the titles of officials who stand for their state (titles.tsv), normalised."""
    return frozenset(w for form, flag in _read_column("titles.tsv", "form", "represents_state") if flag == "1"
                     for w in normalize_for_match(form).split()) | GROUP_WORDS


def _person(a) -> bool:
    """A mention of a person who stands for his state ("STATE>:minister")."""
    return a.kind.startswith("STATE>:") and a.kind[7:] in PERSON_KINDS


def _unverbed(doc, st, h) -> bool:
    """No verb governs the visit noun: it opens its sentence or follows a preposition, a
    particle or a noun of time ("خلال زيارة"، "إن زيارة"), or carries a proclitic no light
    verb takes ("رحبت X بزيارة"، "احتفلوا بزيارة"; not "قام X بزيارة"). After a verb of
    deciding, asking or intending ("قرر زيارة"، "طلب زيارة") the word after the noun is
    the one visited."""
    if doers._governing_verb(doc.norms, h, st.ti) is not None:
        return False
    word = doc.norms[h.i]
    return h.i == st.ti or word != VISIT_END and not word.startswith("ال") or doc.norms[h.i - 1] in BEFORE_NOUN


def visitor(doc, st, h) -> str | None:
    """The side a one-word visit noun's genitive names as the visitor (module docstring)."""
    if h.verbal or h.form.cameo != VISIT_CAMEO or h.j != h.i + 1 or not doc.norms[h.i].endswith(VISIT_END):
        return None
    if not _unverbed(doc, st, h):
        return None  # "قرر الرئيس X زيارة الرئيس Y"، "قام X بزيارة Y": the verb's subject visits
    titles = _title_words()
    for a in st.actors:
        if a.i < h.j or a.start > doc.toks[a.i].start:
            continue  # before the noun, or after a proclitic ("لبريطانيا": where it goes)
        if a.i > h.j + TITLE_REACH:
            return None
        if a.i == h.j:
            return a.actor if _person(a) else None  # "زيارة أردوغان"; "زيارة مصر" is where
        if all(doc.norms[k] in titles for k in range(h.j, a.i)):
            return a.actor  # "زيارة الرئيس الإريتري"، "زيارة ولي عهد السعودية"
        return None
    return None


def visitor_first(doc, st, h, pairs: list) -> list:
    """Directed pairs that made the named visitor the host, turned round."""
    return turned_to_author(pairs, visitor(doc, st, h)) if pairs else pairs

"""The side right after a plural act noun is its author: "تهديدات إندونيسيا".

A plural verbal noun in construct with a side ("تهديدات X"، "عقوبات واشنطن"، "اعتداءات
إيران"، "هجمات X") names, in news, mostly the side whose threats, sanctions or attacks
they are: the one acted on mostly follows a preposition ("عقوبات واشنطن على طهران").
Mostly, not always: "تشديد عقوبات X" may be sanctions on X, and then the pair is turned
the wrong way. Counted in tuning news, the genitive of "عقوبات" was the sanctioning side
in 28 of 29 cases (the United Nations, the Security Council, Washington, the European
Union; once a committee's name, "لجنة عقوبات X") and that of "تهديدات" the threatener in
all, so both are turned. The role model, reading word order, often makes that side the
target of whoever is named first ("علق الوزير الكندي على تهديدات الصين"); such a pair is
turned round. A singular noun is left alone: its genitive may be its object ("وتهديد
إسرائيل"); so are accusation nouns, whose plural mostly names a misdeed of the side after
it ("انتهاكات X": X is accused).

A singular threat noun is read too when its genitive is a person by a title and a "بـ"
follows him: "رغم تهديد الرئيس X بالانسحاب من الاتفاق"، "بعد تهديد رئيس الوزراء الY بإغلاق
الحدود": the titled person threatens, to do what the "بـ" names; a pair that makes his
state the one threatened by a side named elsewhere is dropped (whom he threatens is not
told there).
"""
from __future__ import annotations

from core.cue_words import first_cue_kind
from core.events.accusers import TITLE, TITLE_REACH, _role_titles, _title_word
from core.events.reading_cues import cue_kind
from core.events.clauses import punct_gap
from core.events.turned import turned_to_author
from core.text import clitic_variants

PLURAL_END = "ات"
# an accusation noun's genitive is mostly the one accused of the misdeed it names ("انتهاكات X")
MISDEED_TYPES = frozenset({"ACCUSE"})
TITLED_TYPES = frozenset({"THREATEN"})  # "تهديد الرئيس X بالانسحاب": his threat
# "تهديد الرئيس X بالقتل": what is done to him, so he is the one threatened
THREATENED_WITH = frozenset({"بالقتل", "بالاغتيال", "بالتصفيه", "بالذبح", "بالاعتقال", "بالسجن", "بالمحاكمه"})
PERSON_KIND = "STATE>"  # an actor mention of a person acting for his state (actors.py)


def _construct_plural(word: str) -> bool:
    """A plural in ات with no article, with or without a proclitic ("وعقوبات"، "لتهديدات")."""
    return any(stem.endswith(PLURAL_END) and not stem.startswith("ال") and len(stem) > 4
               for stem, _ in clitic_variants(word))


def _genitive_side(doc, st, h) -> str | None:
    """The side named right after a one-word plural act noun, with no proclitic cut from
    its word (the mention starts where the word does: "عقوبات بريطانيا" is Britain's,
    "تهديدات لبريطانيا" threats to it)."""
    if h.verbal or h.j != h.i + 1 or h.j >= st.tj or not _construct_plural(doc.norms[h.i]):
        return None
    if doc.norms[h.i].startswith("ال"):
        return None
    start = doc.toks[h.j].start
    return next((a.actor for a in st.actors if a.i == h.j and not a.adjective and a.start == start), None)


def genitive_authors(doc, st, h, pairs: list) -> list:
    """Directed pairs whose target is the side in construct with a plural act noun, turned
    round (the one named before becomes the target); a pair turned onto one the trigger
    already has is dropped."""
    if not pairs or h.form.type in MISDEED_TYPES:
        return pairs
    return titled_authors(doc, st, h, turned_to_author(pairs, _genitive_side(doc, st, h)))


def _titled_author(doc, st, h) -> str | None:
    """The state of a person named by a title right after a one-word singular threat noun
    and followed by a "بـ" ("تهديد الرئيس X بالانسحاب"), with no punctuation between."""
    if h.verbal or h.j != h.i + 1 or h.j >= st.tj or h.form.type not in TITLED_TYPES:
        return None
    if doc.norms[h.i].startswith("ال") or _construct_plural(doc.norms[h.i]):
        return None  # "التهديد": no construct
    for a in st.actors:
        if a.i <= h.j or a.i > h.j + TITLE_REACH:
            continue
        person = (a.adjective or a.kind.startswith(PERSON_KIND)) and a.start == doc.toks[a.i].start  # not "للفلسطينيين"
        titled = _office(doc.norms[h.j]) and all(_title_word(doc.norms[k]) for k in range(h.j, a.i))
        if person and titled and a.j < st.tj and doc.norms[a.j].startswith("ب") and \
                doc.norms[a.j] not in THREATENED_WITH and not punct_gap(doc.toks, doc.nt, h.j, a.j):
            return a.actor
        return None
    return None


def _office(w: str) -> bool:
    """A word of a title right after the noun ("الرئيس"، "رئيس"، "وزير"), not any definite
    noun ("تحذير البيت الأبيض للفلسطينيين": a building, and a side after its لـ)."""
    w = w[2:] if w.startswith("ال") else w  # "الرئيس" as "رئيس"
    return cue_kind(w) == TITLE or first_cue_kind(w, _role_titles()) == TITLE


def titled_authors(doc, st, h, pairs: list) -> list:
    """A threat noun's directed pairs less those that make its titled author the one threatened."""
    if not pairs:
        return pairs
    return _titled_authors(doc, st, h, pairs)


def _titled_authors(doc, st, h, pairs: list) -> list:
    """titled_authors past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    author = _titled_author(doc, st, h)
    return [(p, d) for p, d in pairs if not (d and len(p) == 2 and p[1] == author and p[0] != author)] if author else pairs

"""The side named right after a plural noun of accusation is the accuser: "اتهامات X".

"رفضت X اتهامات Y"، "رغم اتهامات Y"، "وصف اتهامات رئيس وزراء Y لبلاده بأنها باطلة": the
plural of a word of accusing or criticising (اتهامات، انتقادات) in construct with a side,
or with a title or an institution whose state an adjective names ("اتهامات السلطات
اليونانية"), names in news the side that made them; the one accused follows a
preposition ("اتهامات X لـ Y"، "بحق Y") or is the subject that rejects them. The role model,
reading word order, often makes the side named first (the rejecter) the accuser; such a
pair is turned round. core.events.construct_authors leaves accusation nouns alone, as
the genitive of a misdeed's plural ("انتهاكات X") is mostly the one accused; the nouns
of accusing speech are data (data/lexicons/reading_cues.tsv, kind accusation). A singular
noun is left alone: "اتهام X" is as often X accused as X accusing.
"""
from __future__ import annotations


from core import prepared
from core.cue_words import first_cue_kind
from core.events.clauses import punct_gap
from core.events.reading_cues import cue_kind
from core.events.turned import turned_to_author
from core.lexicon import read_table
from core.text import normalize_for_match

TITLE_REACH = 3  # words from the noun to its side past a title ("اتهامات رئيس الوزراء اليوناني")
# prepositions (normalised) after which the side is the one accused or spoken of ("اتهامات ضد X")
PREPOSITIONS = frozenset({"ضد", "علي", "الي", "في", "عن", "حول", "نحو", "تجاه", "بحق", "من", "مع"})
ACCUSE = "ACCUSE"
TITLE = "title"
NO_TITLES = frozenset({"kin", "link", "former", "predicate"})  # role_words.tsv kinds that name no office


@prepared.table()
def _role_titles() -> dict[str, str]:
    """The one-word titles of role_words.tsv without the article ("رئيس"، "وزيرة"، "سفير"),
    as a cue table: those with it are read as definite nouns."""
    return {w: TITLE for _, r in read_table("role_words.tsv") if r["kind"] not in NO_TITLES
            and " " not in (w := normalize_for_match(r["form"])) and not w.startswith("ال")}


def title_word(w: str) -> bool:
    """A one-word title of a person without the article ("رئيس"، "مستشارة")."""
    return first_cue_kind(w, _role_titles()) == TITLE


def _title_word(w: str) -> bool:
    """A word of the title or institution between the noun and its state's adjective: a
    title (a one-word title of role_words.tsv: "رئيس"، "وزير"; reading_cues.tsv kind
    title: "نائب"، "حكومة") or a definite noun ("الوزراء"،
    "السلطات"), not a verb ("اتهامات أطلقها عميل X": the one who made them is no state)
    nor a preposition."""
    return w not in PREPOSITIONS and (w.startswith("ال") or cue_kind(w) == TITLE or first_cue_kind(w, _role_titles()) == TITLE)


def _accuser(doc, st, h) -> str | None:
    """The side of the genitive after a one-word plural noun of accusation: a name right
    after it with no proclitic cut from its word (the mention starts where the word does:
    "اتهامات لليونان" names the accused, "اتهامات بريطانيا" the accuser), or an adjective of state within TITLE_REACH words past the words of a
    title, with no punctuation between."""
    if h.verbal or h.j != h.i + 1 or h.j >= st.tj or cue_kind(doc.norms[h.i]) != "accusation":
        return None
    if doc.norms[h.i].startswith("ال"):
        return None  # "الاتهامات": no construct
    for a in st.actors:
        if a.i < h.j or a.i > h.j + TITLE_REACH:
            continue
        if a.i == h.j and not a.adjective and a.start == doc.toks[h.j].start:  # "اتهامات لـX": X accused
            return a.actor
        if a.adjective and all(_title_word(doc.norms[k]) for k in range(h.j, a.i)) and not punct_gap(doc.toks, doc.nt, h.j, a.i):
            return a.actor
        return None
    return None


def genitive_accusers(doc, st, h, pairs: list) -> list:
    """An accusation noun's directed pairs whose target is the side in construct with it,
    turned round (the side named before becomes the accused); a pair turned onto one
    the trigger already has is dropped."""
    if not pairs or h.form.type != ACCUSE:
        return pairs
    return turned_to_author(pairs, _accuser(doc, st, h))

"""Who condemns an act did not do it: the source of a condemned noun of any kind.

"أدانت فرنسا اعتقال السلطات الإيرانية للصحفي X"، "دان X نقل السفارة": the state that
condemns, deplores or regrets an act named by a noun right after its word of condemning is
no author of that act; the noun's author, if any, is named after it ("احتجاز تركيا للقس").
core.events.condemned drops such authors from attacks among the role model's pairs; this
does the same for the nouns of the other types, and for the arrests and detentions of
named persons that the sentence's state is implied to make (core.events.implied). The
words of condemning are data (violence_cues.tsv, kind deplore).
"""
from __future__ import annotations


from core import prepared
from core.cue_words import first_cue_kind
from core.events import condemned, violence
from core.events.reading_cues import cue_kind, in_span, related
from core.lexicon import is_state_id

# attacks are core.events.condemned's; an accusation or a rejection noun beside a condemnation
# ("أدانت X الانتهاك"، "إدانتها ورفضها") is the condemner's own
OWN_TYPES = condemned.ACT_TYPES | {"ACCUSE", "REJECT"}
DEPLORE_REACH = 6  # words from the word of condemning to the noun ("أدان الأمين العام للجامعة العربية نقل")


@prepared.table()
def _deplore_words() -> tuple[str, ...]:
    """The words of condemning without their article, for a first test of a span's text."""
    return tuple({w[2:] if w.startswith("ال") else w for w, k in violence.load_cues().items() if k == condemned.DEPLORE})


def _deploring_at(doc, st, h) -> int | None:
    """The token of a word of condemning within reach before the trigger, with no
    sentence mark and no verb trigger between (a verb between opens its own clause:
    "أدانت X الهجوم ودعت إلى وقف ...") and no comma (a condemnation ends its phrase: "أدلة
    إدانة X، فضلا عن امتناعها"). A trigger written as a verb ("نقل") is read as the noun only
    with no conjunction on it."""
    if not in_span(doc, max(h.i - DEPLORE_REACH, st.ti), h.i, _deplore_words()):
        return None
    cues = violence.load_cues()
    if h.verbal and (doc.norms[h.i][:1] in "وف" or first_cue_kind(doc.norms[h.i], cues) == condemned.DEPLORE):
        return None  # "وتدين"، "كما تدين": a verb of its own
    return condemned.answering_word_at(doc, st, h, DEPLORE_REACH,
                                       lambda w: first_cue_kind(w, cues) == condemned.DEPLORE)


def _deplorers(doc, st, h) -> set[str]:
    """The actors named before the condemned noun (the condemner and its words), less one
    named right after it ("احتجاز تركيا") or after a word of decision before it ("استنكر قرار
    X نقل السفارة"), its author: no authors of the act the noun names."""
    k = _deploring_at(doc, st, h)
    return set() if k is None else _deplorers_at(doc, st, h, k)


def _deplorers_at(doc, st, h, k: int) -> set[str]:
    """_deplorers past its gate, the condemning word ``k`` found (apart: its generators'
    cells made only here)."""
    decided = next((m for m in range(k + 1, h.i) if cue_kind(doc.norms[m]) == "decision"), h.i)
    authors = {a.actor for a in st.actors if a.i == h.j or decided < a.i < h.i}
    return {a.actor for a in st.actors if a.j <= decided} - authors


def no_deplorer_authors(doc, st, h, pairs: list) -> list:
    """A condemned noun's directed pairs less those whose source condemns it (but for
    OWN_TYPES); they count as told."""
    if not pairs or h.form.type in OWN_TYPES:
        return pairs
    return _no_deplorer_authors(doc, st, h, pairs)


def _no_deplorer_authors(doc, st, h, pairs: list) -> list:
    """no_deplorer_authors past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    deplorers = _deplorers(doc, st, h)
    kept = [(p, d) for p, d in pairs if not (d and p[0] in deplorers)] if deplorers else pairs
    if len(kept) < len(pairs):
        related(doc, st, pairs)
    return kept


def implied_author(doc, st, h, source: str | None) -> str | None:
    """The source of a coercion of a named person that the sentence implies: none when it
    is the one who condemns the act, unless the state named right after the noun
    ("احتجاز تركيا للقس"، "اعتقال السلطات الإيرانية للصحفي") is its author."""
    if source is None or source not in _deplorers(doc, st, h):
        return source
    author = next((a.actor for a in st.actors if a.i == h.j or a.i == h.j + 1 and a.adjective and
                   doc.norms[h.j].startswith("ال")), None)  # "اعتقال السلطات الإيرانية": Iran's
    return author if author is not None and is_state_id(author) else None

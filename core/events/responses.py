"""Who answers a request, an offer, a threat or a denial named by a noun did not make it.

"رفضت السلطات الكندية طلب تسليمه إلى الصين"، "رفض حكومة X مطالب المعارضة"، "أشادت X بنفي Y
للاتهامات": the side that refuses, heeds, welcomes, backs or praises an act named by a noun
it governs is the one the request or the offer is made to, or a bystander of the denial,
never its author. The role model, reading word order, often takes the side named first for
the noun's source ("رفضت X طلب ترحيله إلى Y": X asks Y); such pairs are dropped, and still
count as told. The noun's author, when named, stands right after it ("طلب أنقرة"، "نفي
روسيا") and stays a source. The words of answering are data (reading_cues.tsv, kind respond);
as for a condemned noun (core.events.deplored_acts), a verb trigger, a comma or a sentence
mark between the word and the noun opens another clause.
"""
from __future__ import annotations

from core.cue_words import first_cue_kind
from core.events import condemned
from core.events.reading_cues import in_span, reading_cues, related, words_of
from core.events.triggers import word_keys
from core.events.turned import turned_round

RESPOND = "respond"  # reading_cues.tsv
# the acts an answer is given to: a request, an offer or pledge, a threat, a denial or refusal
ANSWERED_TYPES = frozenset({"REQUEST", "AGREE", "THREATEN", "REJECT"})
THEN = frozenset({"ثم"})  # opens a clause of its own: "رفض العراق المقترح ثم هدد"
RESPOND_REACH = 5  # words from the word of answering to the noun ("رفضت السلطات الأمريكية أمس طلب")


def _answering_at(doc, st, h) -> int | None:
    """The token of a word of answering within reach before the noun trigger, with no
    sentence mark, comma or other verb trigger between."""
    lo = max(h.i - RESPOND_REACH, st.ti)
    if not in_span(doc, lo, h.i, words_of(RESPOND)):
        return None
    cues = reading_cues()  # "رفض X المقترح ثم طلب من Y": a clause of its own after "ثم"
    return condemned.answering_word_at(doc, st, h, RESPOND_REACH, lambda w: first_cue_kind(w, cues) == RESPOND, THEN)


def _inflected(word: str) -> bool:
    """A trigger spelt as a verb that only a verb can be: an imperfect ("تطالب"، "يطلب") or a
    past tense with a person's ending ("دعت"، "طالبوا"); the bare "طلب" may be the noun."""
    return word[:1] in IMPERFECT or word.endswith(PAST_ENDINGS) and not word.endswith(PLURAL)


IMPERFECT = "يتن"
PAST_ENDINGS = ("ت", "وا", "تا")
PLURAL = "ات"  # "طلبات": a plural noun


def _verb_only(doc, h) -> bool:
    """Whether the trigger's word can only be a verb: inflected as one, or a form the trigger
    table knows as a verb of its type and never as a noun ("هدد"; the bare "طلب" may be both)."""
    word = doc.norms[h.i]
    if _inflected(word):
        return True
    forms = [f for key in word_keys(word) for f in doc.trig.by_first.get(key, ()) if f.type == h.form.type]
    return not any(f.pos == "noun" for f in forms)


def _answerers(doc, st, h) -> tuple[set[str], set[str]]:
    """The sides named before the answered noun (who answers and where it is told), and
    the one named right after the noun, its author ("طلب أنقرة")."""
    if h.form.type not in ANSWERED_TYPES or doc.norms[h.i][:1] in "وف" or h.verbal and _verb_only(doc, h):
        return set(), set()  # "ورفضت X ... وطالبت"، "جمعيات تطالب"، "ثم هدد": a verb of its own; "انتقد الموقف والوعود": a second object
    if _answering_at(doc, st, h) is None:
        return set(), set()
    authors, before = set(), set()  # a loop, not comprehensions: no closure cells
    for a in st.actors:
        if a.i == h.j:
            authors.add(a.actor)
        if st.ti <= a.i and a.j <= h.i:
            before.add(a.actor)
    return before - authors, authors


def no_answerer_sources(doc, st, h, pairs: list) -> list:
    """An answered noun's directed pairs less those whose source answers it; they count as
    told. A pair from the answerer to the noun's author is turned round ("انتقدت X مطالبة Y
    بإغلاق القاعدة": Y asks X)."""
    if not pairs:
        return pairs
    return _no_answerer_sources(doc, st, h, pairs)


def _no_answerer_sources(doc, st, h, pairs: list) -> list:
    """no_answerer_sources past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    answerers, authors = _answerers(doc, st, h)
    return _answered(doc, st, pairs, answerers, authors) if answerers else pairs


def _answered(doc, st, pairs: list, answerers: set[str], authors: set[str]) -> list:
    """_no_answerer_sources past its gate, some side answering (apart: the cells of its
    lambda and comprehension made only here)."""
    pairs = turned_round(pairs, lambda s, t: s in answerers and t in authors)
    kept = [(p, d) for p, d in pairs if not (d and p[0] in answerers)]
    if len(kept) < len(pairs):
        related(doc, st, pairs)
    return kept

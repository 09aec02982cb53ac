"""The author of the act noun a side answers: "رفضت وارسو اتهامات نتانياهو"، "ترفض التشيك
مزاعم روسيا"، "تجاهلت تركيا دعوة إيران إلى الحوار"، "ردت واشنطن على اتهامات بكين"، "رفضت
مصر طلب إثيوبيا". A verbal noun in construct names its author right after it (the genitive
of "دعوة X"، "طلب X"، "اتهامات X"، "تهديدات X"، "عرض X" is its agent, its object following with
ل/إلى/على), and a verb of rejecting, denying, ignoring, heeding or answering before the noun
makes the side that answers its addressee: the author asks, accuses, threatens or offers,
the one who answers is asked, accused, threatened or offered, whatever order the role
model gave them.
"""
from __future__ import annotations

from core.events.clauses import punct_gap
from core.text import clitic_variants, without_conjunction

REJECT_KINDS = frozenset({"denied", "refusal"})  # event_cues.tsv: "نفى"، "رفض" and their forms
ANSWER_KINDS = REJECT_KINDS | {"answer"}  # ... and "تجاهل"، "رد"، "استجاب"
ACCEPT_KINDS = ANSWER_KINDS | {"accept"}  # ... and "لبى"، "وافق"، "قبل": not of an accusation, which one joins
REJECT_REACH = 3  # words from the verb of answering to the noun ("رفضت وارسو الأحد اتهامات")
# the types of the nouns any verb of answering turns round, and the nouns (normalised,
# bare) of each: an accusation, a request, a threat, an offer made by the genitive
ANSWERED_NOUNS = {"ACCUSE": ("اتهام", "انتقاد", "مزاعم", "ادعاء", "تنديد"),
                  "REQUEST": ("دعوه", "دعوات", "طلب", "مطالب", "نداء", "مناشد"),
                  "THREATEN": ("تهديد", "تحذير", "وعيد"),
                  "AGREE": ("عرض", "مبادره", "مبادرات", "مقترح", "اقتراح")}


def _answered(doc, st, h, kinds: frozenset[str]) -> bool:
    """A verb of one of these kinds within reach before the noun, in its phrase."""
    lo = max(st.ti, h.i - REJECT_REACH - 1)
    return any(not kinds.isdisjoint(doc.trig.cue_kinds(doc.norms[k])) for k in range(lo, h.i)
               if not punct_gap(doc.toks, doc.nt, k + 1, h.i))


def _act_noun(doc, h) -> bool:
    """The trigger is one of the answered nouns of its type ("طلب" reads as a verb too:
    after the verb that answers it, with no conjunction of its own, it is the noun), not
    the means of the answer after ب."""
    word = without_conjunction(doc.norms[h.i], 1)
    if h.verbal and word != doc.norms[h.i] or word[:1] == "ب":
        return False  # "وردت X بدعوة Y إلى": the answer is X's own call
    stems = ANSWERED_NOUNS.get(h.form.type, ())
    return any(stem.removeprefix("ال").startswith(stems) for stem, _ in clitic_variants(doc.norms[h.i]))


GENITIVE_REACH = 3  # title words between the noun and its author ("طلب وزير الخارجية التركي")


def _genitive(doc, st, h):
    """The actor in construct with the noun: named right after it with no proclitic, or
    after the words of a title or role ("دعوة الرئيس الأفغاني"، "طلب وزير الخارجية التركي")."""
    from core.events.discussed import title_words  # it reads the filters, which import this

    titles = title_words()
    for a in st.actors:
        if a.i >= h.j:
            if a.i - h.j > GENITIVE_REACH or a.start != doc.toks[a.i].start or not (
                    all(w in titles for w in doc.norms[h.j:a.i]) or a.adjective and a.i == h.j + 1):
                return None
            return a  # (an adjective after the noun's own genitive describes the noun: "مطالب التحقيق البريطانية")
    return None


ABOUT = frozenset({"بشان", "بان", "بانه", "بانها", "بانهم"})  # "مزاعم روسيا بشأن"، "بأن": what is claimed


def _charge_after(norms: list[str], k: int) -> bool:
    """A charge right after the name ("اتهام موسكو بتسميم"): the name is the accused."""
    return k < len(norms) and norms[k][:1] == "ب" and norms[k] not in ABOUT


def author_of_rejected_claims(doc, st, h, pairs: list) -> list:
    """An act noun's pairs with the author named right after it as their source when a
    verb of answering governs the noun: the answering side named before it is the
    accused, asked, threatened or offered, not the author (any accusation noun a verb of
    rejecting or denying governs; the nouns of ANSWERED_NOUNS any verb of answering)."""
    if not pairs or h.form.type not in ANSWERED_NOUNS:
        return pairs
    return _author_of_rejected_claims(doc, st, h, pairs)


def _author_of_rejected_claims(doc, st, h, pairs: list) -> list:
    """author_of_rejected_claims past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    rejected = h.form.type == "ACCUSE" and not h.verbal and _answered(doc, st, h, REJECT_KINDS)
    kinds = ANSWER_KINDS if h.form.type == "ACCUSE" else ACCEPT_KINDS
    if not rejected and not (_act_noun(doc, h) and _answered(doc, st, h, kinds)):
        return pairs
    named = _genitive(doc, st, h)
    if named is None or h.form.type == "ACCUSE" and _charge_after(doc.norms, named.j):
        return pairs
    author = named.actor
    before = {a.actor for a in st.actors if a.j <= h.i}
    return [(type(p)([author, p[0]]), d) if d and len(p) == 2 and p[1] == author and p[0] in before else (p, d)
            for p, d in pairs]

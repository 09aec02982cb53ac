"""What a demand or a charge is about names no one who demands or charges: "وأصدرت الخارجية
بيانا، ودعت فيه إلى معاقبة قطر على تمويلها جماعة الإخوان"، "ونددت فيه بتقاعس إيران عن منع
وصول أسلحتها إلى الحوثيين". After a verb of demanding or accusing, its content opens with a
word of its own ("إلى"، "على"، "أن"، or a verbal noun with the proclitic ب: "بمحاسبة"،
"بتقاعس"); the one who demands or accuses is the verb's subject, named before that word or
in an earlier clause (a pro-drop verb), never inside what is demanded. When the subject is
named in another clause, the role model often took the content's first state for the source
(Qatar calls on the Brotherhood): a pair whose source the sentence names only from the
content's first word on is dropped. Its target stays a reading of other pairs: whether the
state the content names is whom the demand bears on is the annotators' call, kept as it was.

The words that open the content, and the words that do not (an adverb, "بشدة"; a body's
title, "باسم"; "لسان" after an opener: "استنكرت X على لسان وزيرها" tells who said it), are data
(demand_content.tsv, kinds opens and no_content). A subject written after the content ("دعت إلى
تلك الجلسة روسيا، التي ...") is lost with it: once in 4,500 tuning articles, against 16 wrong
sources.
"""
from __future__ import annotations

from core import prepared
from core.events.bystanders import receive_word
from core.events.exposed import AGENT_MARKS
from core.events.named_only import named_only
from core.lexicon import read_table

TYPES = frozenset({"REQUEST", "ACCUSE"})  # verbs whose object is what is demanded or charged
OPENS = "opens"  # demand_content.tsv: "الي"، "علي"، "ان"، "بان"
NO_CONTENT = "no_content"  # demand_content.tsv: "بشده"، "باسم"; after an opener, "لسان" ("على لسان": said by)
TITLE = "title"  # demand_content.tsv: "القائم"، "الناطق": a title whose ب-word is its own ("القائم بأعمال")
VERBAL_NOUN = ("بال", "بم", "بت", "با")  # "بالإفراج"، "بمحاسبة"، "بتقاعس"، "بإطلاق": a verbal noun's first letters after ب
PASSED = "passed"  # demand_content.tsv: "فيه"، "فيها": words the search passes on its way to the content
PROCLITIC = "ب"  # "بمحاسبة": a verbal noun with ب is what is demanded or charged
NOMINATIVE_PLURAL = "ون"  # "برلمانيون"، "باحثون": a subject; after the preposition ب a noun would end in ين
NAME_END = "علي"  # the given name as written; the preposition is written "على"
MIN_NOUN = 4  # letters of a ب-word that may be a verbal noun ("بوقف"); shorter ones are particles ("به")
CONTENT_REACH = 3  # words from the verb to its content's first word ("دعت فيه إلى"، "يطالب فيها بـ")


def no_content_sources(doc, st, h, pairs: list) -> list:
    """The pairs of a verb of demanding or accusing less those whose source the sentence
    names only inside what is demanded or charged."""
    if not pairs or not h.verbal or h.form.type not in TYPES:
        return pairs
    k = content_at(doc, st, h)
    if k is None or receive_word(doc, st, h) is not None:
        return pairs  # "تلقت X طلبا بإجلاء ... من Y": a received request's author follows its content
    return _no_content_sources(st, pairs, _after(k, doc.norms))


def content_at(doc, st, h) -> int | None:
    """The token that opens the verb's content, within CONTENT_REACH words after it in its
    sentence: an opener word, or a ب-word of a verbal noun. Where only the verb's sides and
    words of kind passed or no_content stand before it ("دعت فيه بـ"، "انتقدت بشدة"), any
    ب-word of a verbal noun's length opens it; after another word (a subject the sentence does
    not resolve to a side: "يطالب البيان بمقاطعة"، "طالب قاسمي بالحراسة") only one written as a
    verbal noun does (VERBAL_NOUN: not a name, "طلب ونستون بيترز"), and none after a title that
    governs its own ب ("القائم بأعمال"، kind title)."""
    norms, kinds = doc.norms, content_words()
    plain = True  # nothing but sides, passed and no_content words so far
    for k in range(h.j, min(st.tj, h.j + CONTENT_REACH)):
        w = norms[k]
        if _in_mention(st.actors, k):
            continue
        kind = kinds.get(w)
        if kind == OPENS:
            if _name_spelling(doc, k) or k + 1 < st.tj and kinds.get(norms[k + 1]) == NO_CONTENT:
                return None  # "اتهم علي ..." (a name), "على لسان"، "على الفور"، "إلى جانب"
            return k
        if kind == NO_CONTENT or kind == PASSED:
            continue  # "انتقد بشدة"، "دعت فيه": no content
        if _b_noun(w) and (plain or w.startswith(VERBAL_NOUN) and kinds.get(norms[k - 1]) != TITLE):
            return k
        plain = False
    return None


def _b_noun(w: str) -> bool:
    """A ب-word of a verbal noun's length, not a subject in the plural (after the preposition
    ب a noun would end in ين, not ون: "برلمانيون")."""
    return w.startswith(PROCLITIC) and len(w) >= MIN_NOUN and not w.endswith(NOMINATIVE_PLURAL)


def _name_spelling(doc, k: int) -> bool:
    """Token k is written "علي" with a final ي, the given name, not the preposition على
    (the two are one word once normalised)."""
    tok = doc.toks[k]
    return doc.nt.original[tok.start:tok.end].endswith(NAME_END)


def _in_mention(actors, k: int) -> bool:
    """Token k is a word of an actor's mention (its first word too: "بريطانيا")."""
    for a in actors:
        if a.i <= k < a.j:
            return True
    return False


@prepared.table()
def content_words() -> dict[str, str]:
    """The words of demand_content.tsv by kind: those that open a content, those with ب
    that open none."""
    return {r["word"]: r["kind"] for _, r in read_table("demand_content.tsv")}


def _no_content_sources(st, pairs: list, after) -> list:
    """no_content_sources past its gates: the directed pairs whose source every mention of
    which stands after the content's first word are left out."""
    inside = named_only(st.actors, after)
    if not inside:
        return pairs
    kept = []
    for p, d in pairs:  # a loop: a comprehension reading inside would be a cell of every call
        if not (d and p[0] in inside):
            kept.append((p, d))
    return kept


class _after:
    """A mention's test, "after token k and no passive's agent" (a class, not a lambda: no
    closure cell). An agent phrase names who acts whatever it follows: "اتهمت X بارتكاب جرائم
    من قبل منظمة Y" is Y's charge."""

    __slots__ = ("k", "norms")

    def __init__(self, k: int, norms: list[str]):
        self.k, self.norms = k, norms

    def __call__(self, a) -> bool:
        if a.i <= self.k:
            return False
        lead = AGENT_MARKS.get(self.norms[a.i - 1])
        return lead is None or self.norms[a.i - 2] != lead

"""Senses of a trigger word that the word beside it decides (data/lexicons/trigger_senses.tsv).

A head word's type is the lexicon's in most sentences, but one word next to it can
change what the sentence tells: "هاجم وزير الخارجية" attacks with words (ACCUSE), not
with force; "تعليق الهجوم" ends an attack (RETREAT); "علق على" comments and suspends
nothing. Read from the words alone, like the trigger scan, so the role model sees the
trigger under the type it will be reported as. A word of the table written "@KIND" stands
for any name the entity pass gave that kind ("@vessel": "استقبلت أكواريوس" lets a ship
dock, granting it access, RETREAT, where "استقبل الرئيس" hosts a visitor), "#number" before
a head for any number or count ("50 طالبا"، "ألف طالب": students, no demand), but not a year
("في بداية عام 2017، طالب الادعاء بـ": a date, then a demand) nor a number a comma or a
clause break parts from the head (a count governs its noun directly). A row of kind
"pair" reads the words after the phrase instead: two nationality adjectives of different
states there (past the row's words: "العسكرية"، "المشتركة") name the two sides of one joint
act ("المناورات العسكرية الأمريكية الكورية الجنوبية": joint exercises, COOPERATE). A row
of kind "object" reads the gap of a phrase ("اعترض … على"): a word there written as an
indefinite accusative (ending in ا, no article, in no name, none of the row's words, which
are the adverbs "رسميا"، "أيضا" and the like) is the verb's direct object, and a verb with a
direct object is another verb than the phrase's ("اعترضت الدفاعات مقذوفا أطلق على ...":
an interception; "اعترضت X رسميا على": an objection).
"""
from __future__ import annotations

from dataclasses import replace

from core import prepared
from core.lexicon import load_lexicon, read_table, two_word_adjectives
from core.text import normalize_for_match, with_pronouns
from core.events.governing import SENTENCE_BREAKS
from core.events.triggers import GAP
from core.events.unnamed import count_words

SENSES = "trigger_senses.tsv"
NEXT_REACH = 2  # "وهاجم نائب الوزير": the subject's title may follow a word of its own
CLAUSE_REACH = 10  # words after the trigger a "clause" row reads: its object, after a list of subjects
FROM_REACH = 6  # "انسحاب الولايات المتحدة رسميا من ...": the subject and an adverb before the من
FROM_PRONOUNS = with_pronouns(("من",))  # "انسحاب واشنطن منه": left something named before
NO_EVENT = "-"
NUMBER = "#number"  # a "before" row's word for a number or a count ("50"، "ألف"، "عشرات": stopwords.tsv's kind number)
YEAR_WORDS = frozenset({"عام", "العام", "سنه", "السنه", "لعام", "لسنه", "بعام", "وعام"})  # normalised: "عام 2017"
YEARS = range(1900, 2100)  # a bare four-digit number after a word of time is a year ("في 2017"), as the time pass reads it
TIME_WORDS = frozenset({"في", "وفي", "منذ", "خلال", "حتي", "مطلع", "بدايه", "نهايه", "اواخر", "اوائل", "اواسط"})


@prepared.table()
def senses() -> dict[tuple[str, str], list[tuple[frozenset[str], str, str]]]:
    """(head, where) → [(words, type, cameo)], all normalised."""
    out: dict[tuple[str, str], list] = {}
    for _, r in read_table(SENSES):
        words = frozenset(normalize_for_match(w) for w in r["words"].split("|") if w.strip())
        for head in r["head"].split("|"):
            out.setdefault((normalize_for_match(head.strip()), r["where"].strip()), []).append(
                (words, r["type"].strip(), (r.get("cameo") or "").strip()))
    return out


def _near(h, where: str, norms: list[str], marks: dict[int, str], subjects: dict[int, int] | None = None,
          broken: bool = False, ends: int = 0) -> list[str]:
    """The words a sense row of kind ``where`` reads, with and without a leading و or ف,
    and the "@KIND" marks of the names that begin at them. ``broken``: a punctuation mark
    stands right before the head (no count before it then). A phrase whose second word is
    written right after its head ("تعليق هجوم") has its sense from that word: no "next"
    row reads past it ("تعليق الهجوم على المدينة" suspends the attack, comments on nothing).
    ``ends``: the token a "clause" row's marks stop before (the sentence's end)."""
    if where == "next":
        if len(h.form.tokens) > 1 and h.form.tokens[1] != GAP:
            return []
        got = norms[h.i + 1:h.i + 1 + NEXT_REACH]
        got += [marks[k] for k in range(h.i + 1, h.i + 1 + NEXT_REACH) if k in marks]
        got.append(" ".join(got[:NEXT_REACH]))  # a two-word row: "طلب عدم ذكر اسمه", not "طلب عدم التصعيد"
    elif where == "clause":
        # "امتنعت كل من البيرو وكازاخستان ... عن التصويت"; a phrase's gap is in the clause too
        # ("اعترضت الدفاعات الجوية صاروخا أطلق على ...": the missile between verb and على)
        got = norms[h.i + 1:h.j + CLAUSE_REACH] if GAP in h.form.tokens else norms[h.j:h.j + CLAUSE_REACH]
        got += [marks[k] for k in range(h.j, min(h.j + CLAUSE_REACH, ends)) if k in marks]  # "@KIND" in the clause
    elif where == "from":
        got = _left(h, norms)
    elif where == "before":
        got = norms[h.i - 1:h.i] if h.i else []
        if got and not broken and _counts(norms, h.i - 1):
            got.append(NUMBER)  # "50 طالبا"، "ألف طالب": a count of students, no demand
        got += _before_subject(h, norms, subjects or {})
    else:
        got = norms[h.j:h.j + 1]
    return got + [w[1:] for w in got if w[:1] in "وف"]  # "ووزير" and "وزير" alike


def _counts(norms: list[str], k: int) -> bool:
    """Whether word k is a number or a count that counts the noun after it: not a year
    ("عام 2017 طالب"، "في 2017 طالب": a date, then a verb of demanding; "شارك 2000 طالب"
    and "أكثر من 2000 طالب" count students)."""
    w = norms[k]
    if w in count_words():
        return True
    if not w.isdigit() or not k:
        return w.isdigit()
    before = norms[k - 1]
    return before not in YEAR_WORDS and not (before in TIME_WORDS and len(w) == 4 and int(w) in YEARS)


def _before_subject(h, norms: list[str], subjects: dict[int, int]) -> list[str]:
    """The word before a name that ends right before the head: a verb's subject stands
    between the verb and the head it governs ("وتحاول مصر التوصل إلى اتفاق" is "تحاول
    التوصل", "جهود قطر للتوصل إلى تسوية" is "جهود للتوصل"), so a "before" row reads past it."""
    first = subjects.get(h.i)
    return norms[first - 1:first] if first else []


def _left(h, norms: list[str]) -> list[str]:
    """What a "from" row reads: the word right after the first "من" of the trigger's next
    words, what a withdrawal leaves: a treaty or a body is a cut in relations, a race no
    event, a place a military withdrawal. Nothing after "منه" (what was left is named
    before; the من after it belongs to the next clause or sentence). "من هذا الاتفاق" is
    not read either: on news its sides were mostly the wrong ones (the deal's partner is
    not named near it)."""
    for k in range(h.j, min(h.j + FROM_REACH, len(norms))):
        if norms[k] in FROM_PRONOUNS:
            return []
        if norms[k] == "من":
            return norms[k + 1:k + 2]
    return []


def _two_states_after(h, norms: list[str], fillers: frozenset[str]) -> bool:
    """Whether the words after the phrase (past any of ``fillers``) are two nationality
    adjectives of two different states ("الأمريكية الكورية الجنوبية"، "إسرائيلية أميركية")."""
    k = h.j
    while k < len(norms) and norms[k] in fillers:
        k += 1
    states = []
    for _ in range(2):
        iso, width = _adjective_at(norms, k)
        if iso is None:
            return False
        states.append(iso)
        k += width
    return states[0] != states[1]


def _adjective_at(norms: list[str], k: int) -> tuple[str | None, int]:
    """(ISO3, words) of the nationality adjective at word k: a two-word one ("الكورية
    الجنوبية") or one word; (None, 0) when there is none."""
    if k >= len(norms):
        return None, 0
    lex = load_lexicon()
    two = two_word_adjectives(lex, norms[k:k + 2])
    if 0 in two:
        return two[0], 2
    return lex.adjectives.get(norms[k]), 1


def _object_in_gap(h, norms: list[str], fillers: frozenset[str], spans) -> bool:
    """Whether the gap of the phrase holds a word written as an indefinite accusative noun
    ("صاروخا"، "هدفا"، "مقذوفا": ending in ا, no article), in no name ("كينيا"), no
    pronoun "ها" ("بدورها") and none of ``fillers`` (adverbs: "رسميا"): the verb's direct object (module docstring)."""
    words = h.form.tokens
    if GAP not in words:
        return False
    end = h.j - (len(words) - words.index(GAP) - 1)
    named = {k for _, _, i, j in spans for k in range(i, j)}
    return any(k not in named and len(w) > 2 and w.endswith("ا") and not w.startswith(("ال", "وال"))
               and not w.endswith("ها")
               and w not in fillers and w[1:] not in fillers for k, w in enumerate(norms[h.i + 1:end], h.i + 1))


def _heads(table: dict) -> tuple[frozenset[str], frozenset[str]]:
    """The words the rows of ``table`` are keyed by: a form's first word (every place but
    "after"), its last word ("after"); kept with the table they were read from."""
    global _HEADS
    kept = _HEADS
    if kept[0] is not table:
        kept = _HEADS = (table, frozenset(w for w, where in table if where != "after"),
                         frozenset(w for w, where in table if where == "after"))
    return kept[1], kept[2]


_HEADS: tuple = (None, frozenset(), frozenset())  # (the sense table, its heads), replaced whole


def _sentence_end(toks, text: str, j: int) -> int:
    """The first token from j on that a sentence's end stands before, within a "clause"
    row's reach: the names the row's "@KIND" words match are the clause's, not the next
    sentence's."""
    for k in range(j + 1, min(j + CLAUSE_REACH, len(toks))):
        if any(c in SENTENCE_BREAKS for c in text[toks[k - 1].end:toks[k].start]):
            return k
    return j + CLAUSE_REACH


def _broken(toks, text: str, k: int) -> bool:
    """Whether a punctuation mark stands between token k-1 and token k ("2017، طالب")."""
    return 0 < k < len(toks) and bool(text[toks[k - 1].end:toks[k].start].strip())


def kind_marks(spans) -> dict[int, str]:
    """First token → "@KIND" of the mentions whose entity has a kind some sense row names."""
    wanted = _marked_kinds()
    return {i: "@" + e.kind for e, _, i, _ in spans if e.kind in wanted} if wanted else {}


@prepared.table()
def _marked_kinds() -> frozenset[str]:
    """The entity kinds the table's "@KIND" words name."""
    return frozenset(w[1:] for rows in senses().values() for r in rows for w in r[0] if w.startswith("@"))


def read(hits: list, norms: list[str], spans, toks, text: str) -> list:
    """The hits under the sense their neighbours give them; those that tell no event
    dropped. ``spans``: the entity mentions with their tokens (for "@KIND" words);
    ``toks`` and ``text``: the tokens and the text they index (for punctuation marks)."""
    table = senses()
    marks = kind_marks(spans) if spans else {}
    subjects = {j: i for _, _, i, j in spans}  # token after a name → its first token
    firsts, lasts = _heads(table)
    out = []
    for h in hits:
        words = h.form.tokens
        if words[0] not in firsts and words[-1] not in lasts:
            out.append(h)  # most hits: no row is keyed by their words, six look-ups spared
            continue
        for where, head in (("next", words[0]), ("before", words[0]), ("after", words[-1]), ("clause", words[0]),
                            ("from", words[0]), ("pair", words[0]), ("object", words[0])):
            rows = table.get((head, where))
            if not rows:
                continue
            if where == "pair":
                row = next((r for r in rows if _two_states_after(h, norms, r[0])), None)
            elif where == "object":
                row = next((r for r in rows if _object_in_gap(h, norms, r[0], spans or [])), None)
            else:
                ends = _sentence_end(toks, text, h.j) if where == "clause" and marks else 0
                near = _near(h, where, norms, marks, subjects, _broken(toks, text, h.i), ends)
                row = next((r for r in rows if not r[0].isdisjoint(near)), None)
            if row is not None:
                if row[1] == NO_EVENT:
                    h = None
                elif row[1] != h.form.type:
                    h = replace(h, form=replace(h.form, type=row[1], cameo=row[2] or h.form.cameo))
                break
        if h is not None:
            out.append(h)
    return out

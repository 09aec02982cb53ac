"""A second clause joined by "و" with its subject first: "مصر تدين الهجوم والسعودية تكرر
دعوتها للحوار"، "انتقدت روسيا القرار والصين تلتزم الصمت". Headlines and quick news chain two
statements so, a name after "و" and then its own verb; the name is that verb's subject,
and no side of the act before it: Egypt condemns the attack, not Saudi Arabia.

The verb is read by its shape as well as by the trigger lists (core.events.clauses): the
second verb is mostly no trigger ("تكرر"، "تلتزم"، "تواصل"), a present with its prefix ت/ي.
A name joined by "و" right after another ("السعودية والإمارات تدعمان") belongs to the same
list, and the list's first member decides: a list that starts before the trigger's act is
the act's own. A side named again before the clause stays.

A verb joined by و after a comma ("أدانت X الهجوم، ودعت Y إلى ضبط النفس") opens a new
statement too, whose objects are none of the first act's sides; not a verb of saying, whose
content may name whom the act was on ("انتقدت X بشدة، وقالت إن الضربات الأمريكية"), nor after
a denial, whose accuser the next clause often names ("نفت X أي ضلوع لها، وحذرت Y").
"""
from __future__ import annotations

from core.events.accusers import PREPOSITIONS, title_word
from core.events.actors import prepositional
from core.events.clauses import VERB_CUES, comma_before, finite_verb, named_only_after
from core.events.triggers import load_triggers
from core.text import without_conjunction

PRESENT_PREFIXES = ("ت", "ي")  # "تكرر"، "يواصل"
MIN_PRESENT = 4  # letters of a present verb ("تدين"); shorter words after a name are particles or nouns ("يوم")
NOT_PRESENT_ENDINGS = ("ه", "ات", "ي", "ين")  # "تسوية" (ة normalised)، "تصريحات"، "تنفيذي"، "تابعين": nouns
DENIED = "denied"  # event_cues.tsv: "نفت موسكو أي ضلوع لها، وحذرت لندن": the next clause may name the accuser
NOT_VERBS = PREPOSITIONS | {"تحت", "تلك", "تلقاء"}  # "والولايات المتحدة حول": a trigger's phrase may open with them


def no_second_clause_sides(doc, st, h, pairs: list) -> list:
    """The pairs less those with a side named only from the subject of a second clause, joined
    by "و" after the trigger, on."""
    if not pairs:
        return pairs
    return _no_second_clause_sides(doc, st, h, pairs)


def _no_second_clause_sides(doc, st, h, pairs: list) -> list:
    """no_second_clause_sides past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    joined = None if DENIED in doc.trig.cue_kinds(doc.norms[h.i]) else _joined_verb_at(doc, st, h)
    ks = [k for k in (_second_clause_at(doc, st, h), joined) if k is not None]
    if not ks:
        return pairs
    k = min(ks)
    inside = named_only_after(st.actors, k - 1)
    return [(p, d) for p, d in pairs if inside.isdisjoint(p)] if inside else pairs


def _second_clause_at(doc, st, h) -> int | None:
    """The first token after the trigger that opens a clause "و + name + verb": the و-word
    of the name, or of the noun before a nationality adjective ("والحكومة السورية تواصل")."""
    norms, text, toks = doc.norms, doc.nt.original, doc.toks
    hj, tj = h.j, st.tj
    for a in st.actors:
        if a.i < hj or a.j >= tj:
            continue
        k = a.i - 1 if a.kind == "ADJ" and norms[a.i - 1].startswith("وال") else a.i
        if k < hj or not _conjoined(text, toks, k, a) or not _verb_shape(norms[a.j]):
            continue
        if not prepositional(a, toks, doc.nt) and not _listed(norms, st.actors, k):
            return k
    return None


def _listed(norms: list[str], actors, k: int) -> bool:
    """The name at k goes on a list: a name or a titled person ends right before it ("بين
    إيران والسعودية"، "الرئيس الفرنسي والمستشارة الألمانية"); an adjective of a thing ends
    none ("القرار الأمريكي والصين تلتزم")."""
    for a in actors:
        if a.j == k and (a.kind != "ADJ" or _titled(norms, a.i - 1)):
            return True
    return False


def _conjoined(text: str, toks, k: int, a) -> bool:
    """The word at k carries the conjunction و before the name or the noun ("والسعودية"،
    "وإيران"; not "واشنطن", whose و is its own)."""
    if k == a.i:
        return text[toks[k].start:a.start] == "و"
    return text[toks[k].start:toks[k].start + 1] == "و"


def _titled(norms: list[str], k: int) -> bool:
    """The word at k is a one-word title of a person ("الرئيس"، "والمستشارة")."""
    w = without_conjunction(norms[k], 1) if k >= 0 else ""
    return title_word(w[2:] if w.startswith("ال") else w)


def _verb_shape(word: str) -> bool:
    """A finite verb by the trigger lists or the shape of a past or present verb; not a verb
    carrying و ("وبحثوا": the first clause's verb goes on), nor a verbal noun of the shape
    تفعيل ("تعزيز"، "تنسيق")."""
    if word in NOT_VERBS or word.endswith("ا") and not word.endswith("وا"):
        return False  # "وباكستان جهودا"، "وفرنسا تحديدا": a noun's or an adverb's ending; "قالوا" a verb's
    if word[:1] == "و" and (finite_verb(word[1:]) or word[1:2] in PRESENT_PREFIXES):
        return False
    if len(word) == 5 and word[0] == "ت" and word[3] == "ي":
        return False
    if finite_verb(word):
        return True
    return (len(word) >= MIN_PRESENT and word.startswith(PRESENT_PREFIXES) and not word.startswith("ال")
            and not word.endswith(NOT_PRESENT_ENDINGS))


def _joined_verb_at(doc, st, h) -> int | None:
    """The first token after the trigger that, after a comma, is a verb joined by و ("أدانت X
    الهجوم، ودعت إلى ضبط النفس"): a new statement, whose objects are none of the act's sides.
    Not a verb of saying or reporting ("، وقالت إن الضربات الأمريكية"), whose content may tell
    whom the act was on."""
    norms, toks, nt = doc.norms, doc.toks, doc.nt
    for k in range(h.j, st.tj):
        w = norms[k]
        if w[:1] != "و" or not comma_before(toks, nt, k):
            continue
        if finite_verb(w) and VERB_CUES.isdisjoint(load_triggers().cue_kinds(w[1:])) \
                and VERB_CUES.isdisjoint(load_triggers().cue_kinds(w)):
            return k if _object_before(doc, st, h, k) else None
    return None


def _object_before(doc, st, h, k: int) -> bool:
    """The act has an object before the comma at k: a definite noun or a second side
    ("أدانت X الهجوم، ودعت"); "انتقدت X بشدة، وحملت Y" names what was criticised only after it."""
    spans = [a for a in st.actors if h.j <= a.i < k]
    if len(spans) > 1:
        return True
    inside = {i for a in spans for i in range(a.i, a.j)}
    return any(doc.norms[i].startswith("ال") for i in range(h.j, k) if i not in inside)

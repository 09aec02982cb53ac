"""Who is persuaded or backed: "سيحاول ماكرون إقناع ترامب بالبقاء في الاتفاق مع إيران".

A verbal noun of an act done to someone (إقناع، مناشدة، تأييد، مساندة، تمويل، تسليح:
construction_cues.tsv, kind object_genitive) has the one it is done to as its bare
genitive, the side written right after it: "إقناع X" is X persuaded, "تأييد X" X backed.
Its doer is named before it (the subject of the clause that governs it) or after "من";
the content of a persuasion follows as a ب or على phrase. The role model, reading word
order, made the genitive the source: of the side named before it ("في تأييد X": the party
backing X became X backing the party), or of a side inside the content ("إقناع ترامب
بالإبقاء على الاتفاق مع إيران" made the United States ask Iran). Here a directed pair
from the genitive is turned when its target is the side named last before the noun (by
name, not by an adjective), and dropped otherwise.

The genitive is the doer when ل names the object right after it ("تأييد روسيا للقرار"):
left alone, and so are a noun a verb of receiving governs ("حظيت X بتأييد Y"), a noun
carrying ب ("بتأييد X": with X's backing), and the verbs ("حث"), whose side right after
them is as often their subject.

A noun spelled as its past verb ("دعم": the table lists the verb) is read so only where the
text shows no verb can stand: carrying ل ("لدعم X"), or bare right after a preposition, a
pronoun or a verb of going on that governs a noun ("عبر دعم X"، "هو دعم X"، "ستواصل دعم X").
Anywhere else (a sentence's start, after a pause, a conjunction, a clause link, a time
phrase: "وفي عام 2015 دعم الأردن X") the word may be the verb, whose subject a masculine state
or a body after it is, so it is left to the verb's reading.
"""
from __future__ import annotations

from core.events import attack_cues, bystanders, constructions, violence
from core.events.speakers import NOUN_MARKS
from core.text import without_conjunction
from core.events.actors import prepositional
from core.events.turned import turned_from_object

OBJECT_GENITIVE = "object_genitive"
GAP_WORDS = 1  # words between the noun and its genitive: a title or a coordinated noun ("إقناع الرئيس X"، "تمويل وتسليح X")
DOER_MARK = "ل"  # the object's preposition after a genitive that is the doer ("تأييد روسيا للقرار")
WITH_MARKS = ("ب", "وب")  # "بتأييد X"، "وبمساندة X": with X's backing, X the doer
NOUN_MARK = "ل"  # "لدعم X": written on a verb-spelled noun, no verb ("ليدعم" is the verb's)
# words after which a verb-spelled word is its noun (normalised, without a conjunction):
# prepositions (speakers.NOUN_MARKS and more) and the pronouns of an equational clause
NOUN_GOVERNORS = NOUN_MARKS | {"عبر", "مع", "ضد", "خلال", "بين", "اثر", "عقب", "جراء", "رغم", "وسط", "حيال", "تجاه",
                                "ازاء", "منذ", "دون", "بدون", "نحو", "هو", "هي", "وهو", "وهي"}
GOING_ON = "begin"  # violence_cues.tsv's verbs of going on ("واصل"، "تواصل"): "ستواصل دعم X"


def _genitive(doc, st, h):
    """The side in construct with the noun: named within GAP_WORDS words after it, bare (no
    preposition; a nationality adjective only on a word between, "إقناع الرئيس الأمريكي":
    "التأييد الأمريكي" is the backer), with no ل after it naming an object; or None."""
    norms = doc.norms
    for a in st.actors:
        if not h.j <= a.i <= h.j + GAP_WORDS or a.adjective and a.i == h.j or prepositional(a, doc.toks, doc.nt):
            continue
        if a.i > h.j and norms[h.j] in ("من", "عن", "في", "الي", "علي", "مع", "ضد"):
            return None
        after = norms[a.j:a.j + 2]
        if any(w.startswith(DOER_MARK) for w in after):
            return None
        return a
    return None


def _applies(doc, st, h) -> bool:
    """The trigger is one such noun, not carrying ب, not the object of a verb of receiving."""
    if len(h.form.tokens) != 1 or h.j - h.i != 1:
        return False
    word = doc.norms[h.i]
    if word not in constructions.written(OBJECT_GENITIVE) or word.startswith(WITH_MARKS):
        return False
    if h.verbal and not noun_in_place(doc, st, h, doc.norms[h.i]):
        return False
    return bystanders.receive_word(doc, st, h) is None


def noun_in_place(doc, st, h, word: str) -> bool:
    """A verb-spelled trigger, written ``word``, stands where only its noun can (module docstring)."""
    if word != h.form.tokens[0]:
        return word[:1] == NOUN_MARK and word[1:] == h.form.tokens[0]
    if h.i <= st.ti:
        return False
    toks = doc.toks
    if doc.nt.original[toks[h.i - 1].end:toks[h.i].start].strip():
        return False  # a pause before it: a clause may open there
    before = doc.norms[h.i - 1]
    if before in NOUN_GOVERNORS or without_conjunction(before, 1) in NOUN_GOVERNORS:
        return True
    before = before[1:] if before[:1] == "س" else before  # "ستواصل": the future's prefix
    return attack_cues.cue_kinds(doc.norms)[h.i - 1] == GOING_ON or violence.load_cues().get(before) == GOING_ON


def object_not_source(doc, st, h, pairs: list) -> list:
    """The pairs of such a noun, each directed pair from its genitive turned round when its
    target is the side named last before the noun, dropped otherwise."""
    if not pairs or not any(d for _, d in pairs) or not _applies(doc, st, h):
        return pairs
    g = _genitive(doc, st, h)
    if g is None:
        return pairs
    # the doer is the side named last before the noun, by name ("يسعى ماكرون إلى إقناع X"،
    # "زعيم الحزب في تأييد X"): an adjective of another word, or a side named further back
    # ("تصريحات خامنئي بعد زيارة ماكرون حيث حاول إقناع X"), is no doer of it
    return turned_from_object(pairs, g.actor, last_named_before(st, h, g.actor))


def last_named_before(st, h, other: str) -> set[str]:
    """The side named last before the trigger by name (not by an adjective of another
    word), other than ``other``: the doer of the act the trigger's construction tells."""
    named = [a for a in st.actors if a.i < h.i and not a.adjective and a.actor != other]
    return {max(named, key=lambda a: a.i).actor} if named else set()

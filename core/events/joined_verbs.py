"""The subject of a verb joined to an earlier one: "رفضت X اتهامات Y ودعت إلى ..."، "انتقدت X
Y ثم طالبت Z بـ ...". News Arabic chains the acts of one subject with و/ف/ثم/كما and a
verb that names no new subject; the joined verb's subject is the first verb's, not the
first verb's object, which stands nearer it. The role model, weighing nearness, often
takes that object for the source.

A pair is re-read only when its source is named before the joined verb and an earlier
event of the sentence had another actor act on it (the first verb's subject acting on
its object); the joined verb's gender, where its form shows it, must not contradict the
first verb's. A subject named after the joined verb ("وردت Z") is left to the model.
"""
from __future__ import annotations

from core.events.clauses import verb_words
from core.events.speech_roles import _ladder
from core.text import LONG_OBJECT_SUFFIXES, OBJECT_SUFFIXES, SINGULAR_OBJECT_SUFFIXES, with_pronouns, without_conjunction

JOINING_WORDS = frozenset({"ثم", "كما", "وكما"})  # a word before the verb that joins it
# words between the object and the joined verb that open another clause: its verbs are
# that clause's subject's ("بأن توقف ... وتنسحب"، "التي هاجمت ... ودعت")
CLAUSE_OPENERS = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "لان", "كي", "لكي", "حتي",
                            "التي", "الذي", "الذين", "اللذين", "اللتين", "بعدما", "عندما", "حين", "حيث", "اذ", "قال",
                            "قالت", "وقال", "وقالت", "اكد", "اكدت", "واكد", "واكدت"})
SENTENCE_BREAKS = frozenset(".!?؟:\n")
AFTER_GAP = 2  # words between the joined verb and a subject named after it ("وتطالب المملكة"، "ودعت أمس الصين")


def _joined(norms: list[str], h, ti: int) -> bool:
    """The trigger is a verb joined by a conjunction written on it or standing before it."""
    if not h.verbal:
        return False
    w, first = norms[h.i], h.form.tokens[0]
    # the letter is a conjunction when the trigger's own form does not start with it ("فرض"، "وافق")
    return (h.i > ti and norms[h.i - 1] in JOINING_WORDS) or (w[:1] in "وف" and first[:1] != w[:1])


def gender(word: str) -> str | None:
    """The gender a verb's form shows: "f" for the past's -ت ("دعت") or the present's ت-
    after a conjunction ("وتدعو" reads ت- as present, but "تجاهل" is a past: not told
    apart, so only -ت counts), "m" for the present's ي- ("ويدعو"); None otherwise."""
    w = without_conjunction(word, 1)
    if len(w) >= 3 and w.endswith("ت"):
        return "f"
    if w.startswith("ي") and len(w) >= 4:
        return "m"
    return None


def _clause_between(doc, i: int, j: int) -> bool:
    """Another clause or sentence opens between tokens i and j."""
    if any(w in CLAUSE_OPENERS for w in doc.norms[i:j]):
        return True
    return any(c in SENTENCE_BREAKS for c in doc.nt.original[doc.toks[i - 1].end if i else 0:doc.toks[j].start])


def _named_after(doc, st, h) -> str | None:
    """The actor named right after the verb (or within its phrase) with no preposition."""
    after = next((a for a in st.actors if a.i > h.i), None)
    if after is None or after.i - h.j > AFTER_GAP or _ladder().prepositional(after, doc.toks, doc.nt):
        return None
    return after.actor


def _subject_after(doc, st, h, src: str) -> bool:
    """A subject named right after the verb: the source named again, or any actor after a
    verb that carries its object ("وتعتبرها أنقرة")."""
    after = _named_after(doc, st, h)
    return after is not None and (after == src or doc.norms[h.i].endswith(LONG_OBJECT_SUFFIXES))


def _subject_of(doc, st, h, src: str):
    """(the first verb's subject, its mention) when ``src`` is its object named before the
    joined verb h, else None."""
    objs = [a for a in st.actors if a.actor == src and a.j <= h.i]
    if not objs:
        return None
    obj = objs[-1]
    roles = _ladder()
    if _clause_between(doc, obj.j, h.i) or roles.prepositional(obj, doc.toks, doc.nt) or _subject_after(doc, st, h, src):
        return None  # another clause; after a preposition, no object of the first verb
    # the main clause's subject: the sentence's first actor with no preposition
    s = next((a for a in st.actors if not roles.prepositional(a, doc.toks, doc.nt)), None)
    if s is not None and s.j <= obj.i and s.actor != src:
        if (s.actor, src) in st.pairs and not _clause_between(doc, s.j, obj.i):
            verb = doc.norms[s.i - 1] if s.i > st.ti else ""
            g1, g2 = gender(verb), gender(doc.norms[h.i])
            if g1 and g2 and g1 != g2:
                return None
            return s
    return None


def first_subject(doc, st, h, pairs: list) -> list:
    """A joined verb's directed pairs with the first verb's subject for their source where
    the model gave the first verb's object; a pair then from the subject to itself is none
    ("رفضت X اتهامات Y ودعت إلى احترام ...": X calls on no one named)."""
    if not pairs or not _joined(doc.norms, h, st.ti):
        return pairs
    out = []
    for p, d in pairs:
        s = _subject_of(doc, st, h, p[0]) if d and len(p) == 2 else None
        if s is None:
            out.append((p, d))
        elif s.actor != p[1]:
            out.append((type(p)([s.actor, p[1]]), d))
    return out


TEH_MARBUTA = "ة"  # written at the end of a noun, normalised to ه like a pronoun
# a preposition after a verb with its object written on it ("ورحبت به X"، "وردت عليهم X")
PRONOUN_OBJECTS = (with_pronouns(("علي", "ب", "ل"), SINGULAR_OBJECT_SUFFIXES + ("هم",))
                   | with_pronouns(("من",), SINGULAR_OBJECT_SUFFIXES))


def _subject_slot(doc, m: int) -> int | None:
    """Where the subject of a verb joined by "و" at token m stands when the verb carries its
    object as a pronoun, on itself ("وأيدته X") or on a preposition after it ("ورحبت به
    X"): the word after the pronoun, which can then only be the subject. None for any
    other word (the verb is a trigger's verb: "وحكومته" is no verb), and for a word
    written with ة, whose normalised ه is no pronoun ("وحركة حماس" is no "وحرّكه")."""
    norms = doc.norms
    w = norms[m]
    if len(w) < 4 or w[0] != "و":
        return None
    verbs, bare = verb_words(), w[1:]
    if m + 1 < len(norms) and norms[m + 1] in PRONOUN_OBJECTS and bare in verbs:
        return m + 2
    if doc.nt.original[doc.toks[m].end - 1:doc.toks[m].end] == TEH_MARBUTA:
        return None
    return m + 1 if _verb_with_object(bare, verbs) else None


def _verb_with_object(bare: str, verbs) -> bool:
    """The word is a verb with an object pronoun on it ("أيدته"). A loop of its own:
    _subject_slot is asked of every word after a trigger, and a generator there made its
    words closure cells on every call, most of which return at its first test."""
    for p in OBJECT_SUFFIXES:
        if bare.endswith(p) and bare[:-len(p)] in verbs:
            return True
    return False


def no_later_subjects(doc, st, h, pairs: list) -> list:
    """The pairs less those that make the subject of a joined verb with a pronoun object
    ("أدانت X الهجوم وأيدته Y") a side of the act before it, or that verb's own target: Y
    approves of the attack, it is not condemned by X, and it acts in its own clause."""
    norms = doc.norms
    for m in range(h.i, st.tj):  # loops, not generators: their names would be cells of every call
        k = _subject_slot(doc, m)
        if k is None:
            continue
        y = None
        for a in st.actors:
            if a.i == k:
                y = a.actor
                break
        if y is None or _named_before(st.actors, y, m):
            continue
        out = []
        if m == h.i:  # the trigger itself: Y is its subject, and the earlier verbs' subjects are theirs
            others = _earlier_subjects(norms, st, m)
            for p, d in pairs:
                if not (d and p[-1] == y) and others.isdisjoint(p):
                    out.append((p, d))
            return out
        for p, d in pairs:
            if y not in p:
                out.append((p, d))
        return out
    return pairs


def _named_before(actors: list, y: str, m: int) -> bool:
    """Whether actor ``y`` has a mention before token m."""
    for a in actors:
        if a.actor == y and a.i < m:
            return True
    return False


def _earlier_subjects(norms: list[str], st, m: int) -> set[str]:
    """The sides named right after a verb before token m ("ورحبت X بالقرار"), and nowhere
    else before it: the subjects of the acts the joined verb's own subject answers."""
    verbs = verb_words()
    subjects = {a.actor for a in st.actors if st.ti < a.i < m and without_conjunction(norms[a.i - 1]) in verbs}
    return subjects - {a.actor for a in st.actors if a.i < m and not (a.i > st.ti and without_conjunction(norms[a.i - 1]) in verbs)}

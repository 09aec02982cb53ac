"""Role rules of speech acts whose word order the general ladder misreads
(core.events.roles.ROLE_RULES):

- a verb of saying or describing with no complementiser ("وصف X Y بالكاذب"، "قال X:
  Y كاذبة"): the actor right after the verb speaks, the next one is evaluated;
- a verb after a relative pronoun that carries the object pronoun returning to it
  ("الحكومة التي اتهمها X بـ"، "الجماعة التي تعتبرها X إرهابية"): the antecedent is the
  target, the actor after the verb (else the clause's subject) the source.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from core.text import RELATIVE_PRONOUNS

if TYPE_CHECKING:  # the rules read the role ladder's context; no import at run time
    from core.events.roles import _RoleContext

SPEAKER_REACH = 4  # words from a verb of saying to the first word of its subject ("وصف وزير الخارجية الكيني")
RELATIVES = RELATIVE_PRONOUNS  # normalised
OBJECT_SUFFIXES = ("ها", "هم", "هما", "هن", "ه")  # normalised attached object pronouns (ة reads ه)
AGENT_REACH = 2  # words from the relative's verb to the last word its own subject may start at ("التي تعتبرها أنقرة")

# where a statement is made: "أمام مجلس الأمن"، "في اجتماع منظمة X"، "خلال لقائه الرئيس X" (normalised)
VENUE_LEADS = frozenset({"امام", "وامام"})
VENUE_PREPOSITIONS = frozenset({"في", "خلال", "اثناء", "هامش", "وفي", "وخلال"})
VENUE_NOUNS = frozenset({"اجتماع", "اجتماعات", "اجتماعه", "اجتماعها", "جلسه", "جلسات", "مؤتمر", "قمه", "لقاء", "لقائه",
                         "لقائها", "لقاءات", "استقبال", "استقباله", "استقبالها", "زياره", "زيارته", "زيارتها"})
VENUE_REACH = 2  # words from the venue noun to the actor ("خلال لقائه الرئيس الفرنسي")


def _ladder():
    """core.events.roles, the ladder's module, which imports this one: imported on first use
    and kept (an import statement per trigger costs a lock and a look-up)."""
    if not _LADDER:
        from core.events import roles

        _LADDER.append(roles)
    return _LADDER[0]


_LADDER: list = []


def before_venue(a, toks) -> bool:
    """An actor named as where a complaint or a statement is made ("تقدمت بشكوى أمام
    منظمة التجارة العالمية بحق X"، "قال أمام مجلس الأمن"، "أعرب في اجتماع منظمة X عن
    قلقه"، "حذر خلال استقباله للرئيس X"), not who makes it or whom it is against."""
    if a.i > 0 and toks[a.i - 1].norm in VENUE_LEADS:
        return True
    for k in range(max(a.i - VENUE_REACH, 1), a.i):
        if toks[k].norm in VENUE_NOUNS and toks[k - 1].norm in VENUE_PREPOSITIONS:
            return True
    return False


def rule_uncomplemented_speech(c: _RoleContext):
    """"ووصف الوزير الكيني الرئيس الإثيوبي بالكاذب": in a frame with no complementiser,
    the first actor after the verb of saying (within SPEAKER_REACH words) is the speaker
    and the next one before the evaluation is the evaluated, else the first after it;
    a subject written before the verb is left to the general reading."""
    if c.speech is None or c.speech[1] is not None:
        return None
    ladder = _ladder()
    WINDOW_AFTER, prepositional = ladder.WINDOW_AFTER, ladder.prepositional
    verb, h = c.speech[0], c.h
    if any(0 <= verb - a.j <= 1 for a in c.earlier):
        return None  # "كينيا قالت: ..." the subject stands before the verb
    between = [a for a in c.seq if verb < a.i and a.j <= h.i and not prepositional(a, c.toks, c.nt)]
    if not between or between[0].i - verb > SPEAKER_REACH:
        return None
    src = [between[0].actor]
    tgt = [a.actor for a in between[1:] if a.actor not in src][:1] or \
        [a.actor for a in c.seq if a.i >= h.j and a.actor not in src and a.i - h.j <= WINDOW_AFTER][:1]
    return (src, tgt, []) if tgt else None


def _carries_object(c: _RoleContext) -> bool:
    """The verb's first word ends in an attached object pronoun (a one-letter ه only
    where its form has none: "وجه" ends in a root letter; "تعتبرها" is listed so)."""
    word, form = c.toks[c.h.i].norm, c.h.form.tokens[0]
    return any(word.endswith(s) and (len(s) > 1 or not form.endswith(s)) for s in OBJECT_SUFFIXES)


def rule_relative_object(c: _RoleContext):
    """"انتقد X الحكومة الإثيوبية التي اتهمها بتلفيق الأدلة"، "الجماعة التي تعتبرها
    أنقرة إرهابية": a directed verb right after a relative pronoun, with the pronoun that
    returns to the antecedent as its object, acts on the antecedent (the actor just before
    the relative); its source is the actor after the verb, else the clause's subject."""
    h, toks = c.h, c.toks
    if not (h.verbal and not h.form.joint and h.i >= 2 and toks[h.i - 1].norm in RELATIVES and _carries_object(c)):
        return None
    return _relative_object(c, h, toks)


def _relative_object(c: _RoleContext, h, toks):
    """rule_relative_object past its gate, apart so that a trigger after no relative pronoun
    returns before the closure cells its comprehensions need are made."""
    ante = [a for a in c.seq if a.j == h.i - 1]
    if not ante:
        return None
    prepositional = _ladder().prepositional
    tgt = [ante[-1].actor]
    agent = [a.actor for a in c.seq if h.i < a.i <= h.i + AGENT_REACH and a.actor not in tgt
             and not prepositional(a, toks, c.nt)]
    src = agent[:1] or [a.actor for a in c.earlier if a.actor not in tgt and a.j < ante[-1].i][:1] or \
        [x for x in c.carried_subject if x not in tgt][:1]
    return (src, tgt, []) if src else None


AFFILIATION = frozenset({"التابع", "التابعه", "التابعين", "التابعون", "التابعتين"})  # normalised
SUBJECT_WORDS = 3  # words of the subject's head before "التابعة" ("وزارة الداخلية")


def rule_affiliated_subject(c: _RoleContext):
    """"واتهمت الداخلية التابعة لحماس شخصيات ..."، "قالت القوات التابعة للحكومة إن": a
    verb whose subject is a body "belonging to" an actor (التابعة لـ X) has that actor as
    its source, not as its target (the ل marks the possessor, not an addressee)."""
    h, toks = c.h, c.toks
    if not (h.verbal and not h.form.joint and not c.src and c.tgt):
        return None
    for k, a in enumerate(c.seq):
        if a.i < h.j or a.i - h.j > SUBJECT_WORDS + 1:
            continue
        t = toks[a.i]
        if not (a.i > h.j and toks[a.i - 1].norm in AFFILIATION and a.start > t.start
                and "ل" in c.nt.original[t.start:a.start]):
            return None
        rest = [b.actor for b in c.seq[k + 1:] if b.actor != a.actor]
        return [a.actor], [x for x in c.tgt if x != a.actor][:1] or rest[:1], []
    return None


NOUN_SOURCE_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN"})
NOUN_TARGET_REACH = 8  # words from the noun to its target after the author ("من X ضد Y")
SOURCE_REACH = 2  # words from a speech noun to the "من" of its author ("تهديدات صريحة من X")


def rule_noun_source(c: _RoleContext):
    """"انتقادات حادة من الاتحاد الأفريقي للحكومة"، "تهديدات من X ضد Y": the actor "من"
    introduces right after a noun of accusing, refusing or threatening is its author;
    the target is the other actor the rules found, else the clause's subject."""
    h, toks = c.h, c.toks
    if h.verbal or h.form.type not in NOUN_SOURCE_TYPES or h.form.inverse:
        return None
    for k in range(h.j, min(h.j + SOURCE_REACH, len(toks) - 1)):
        if toks[k].norm not in ("من", "ومن"):
            continue
        author = [a for a in c.seq if a.i == k + 1]
        if not author:
            return None
        src = [author[0].actor]
        later = [a.actor for a in c.seq if a.i > author[0].i and a.actor not in src and a.i - h.j <= NOUN_TARGET_REACH]
        tgt = [x for x in c.src + c.tgt if x not in src][:1] or later[:1] or \
            [a.actor for a in c.earlier if a.actor not in src][-1:]
        return src, tgt, []
    return None

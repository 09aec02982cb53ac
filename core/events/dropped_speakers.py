"""A speaker the sentence drops, carried from the sentence before (core.events.speakers),
where the word-order rules read the act without him.

A masculine verb of speaking right before a state's name: the name is its object.
"قال وزير الخارجية الفرنسي إن الوضع خطير. وطالب إيران بوقف التخصيب": a state named by
its name or its capital is a feminine subject ("طالبت إيران"، "اتهمت واشنطن"), so a
masculine singular verb right before it does not agree with it. The word-order rules took
the name after the verb as its subject (the verb-subject-object order of news) and gave
the act no target; the verb's subject is the one its sentence drops, the speaker carried
from the sentence before (core.events.speakers), and the state is whom he asks, accuses,
warns or refuses. A few states are masculine ("أعلن العراق"، "طالب لبنان": the rows of
construction_cues.tsv of kind masculine_state) and stay the subject.

A body named by a feminine noun is no subject of a masculine verb either: "وقال وزير
الخارجية الفرنسي إن الوضع خطير. واتهم ميليشيا الحوثي بعرقلة الحل"، "ودعا الأمم المتحدة
إلى التدخل"، "وحث الحكومة الإيرانية على الحوار". The noun right after the verb ends as a
feminine one (ة, or the plural ات: "السلطات") and is definite or the head of a body's name
("منظمة"، lexicon org_heads.tsv), or it is one of the rows of kind feminine_head (a feminine
noun without those endings: "ميليشيا"، "الأمم"); the body is named by it or by the word after
it (its genitive or its nationality adjective). A name is never read so: a man's name may
end as a feminine noun ("أسامة"، "فوكييه") and be the subject.

A verb of "we" or "I" opening a quotation whose verb of saying names no one: "قال وزير الخارجية
الفرنسي إن الوضع خطير. وأضاف: "نطالب إيران بوقف التخصيب"": the speaker carried from the
sentence before asks; the rules read the state after the verb as its subject. The verb of
saying must open the sentence and stand right before the quotation, or before a "قائلا" right
before it ("ورد قائلا:"): a word between them names a speaker of its own ("ورد متحدث باسم
المعارضة قائلا: ..."), whose "we" is not the one of the sentence before.
"""
from __future__ import annotations

from core.events import governing
from core.events.constructions import written
from core.events.governing import SENTENCE_BREAKS
from core.events.triggers import load_triggers
from core.events.speakers import SPOKEN_TYPES
from core.lexicon import load_lexicon, match_key
from core.text import without_conjunction

STATE_KINDS = ("COUNTRY", "STATE>:capital")  # a state by its name or its capital, not by an official
PLURAL_ENDS = ("ا", "وا", "ان", "ون")  # dual and plural verbs agree with a subject of their own


def masculine_verb(h, toks) -> bool:
    """The trigger ``h`` is a masculine singular verb written bare ("وطالب"، "ويتهم"، "وتوعد"; not
    "طالبت"، "تتهم", nor a verb with an object pronoun). A past verb of form V or VI begins
    with ت and is masculine ("توعد"، "تعهد"): only a present verb's ت marks the feminine; a
    past verb of three letters ending in ا is singular ("دعا"), not a dual."""
    form, word = h.form.tokens[0], without_conjunction(toks[h.i].norm, 1)
    present_feminine = form.startswith("ت") and h.form.pos != "verb_past"  # "تتهم"; a past "توعد" is form V
    plural = form.endswith(PLURAL_ENDS) and not (len(form) == 3 and form.endswith("ا"))  # "دعا" is one man's
    return (h.verbal and word == form and not present_feminine and not form.endswith("ت")
            and not plural and not form.startswith("ن"))


def unagreeing_state(h, seq, toks):
    """The state named by its name or its capital right after the verb ``h``, when the
    verb is masculine and the state is not one of the masculine names: its object, not its
    subject (module docstring); or None."""
    after = next((a for a in seq if a.i == h.j), None)
    if after is None or after.adjective or not after.kind.startswith(STATE_KINDS):
        return None
    if toks[after.i].norm in written("masculine_state") or not masculine_verb(h, toks):
        return None
    return after


def rule_unagreeing_subject(c):
    """The carried speaker as source and the state right after the verb as target, when
    the rules read that state as the subject of a masculine verb (module docstring)."""
    if not (c.carried_subject and c.h.form.type in SPOKEN_TYPES and not c.earlier and not c.tgt and not c.joint
            and len(c.src) == 1):
        return None
    after = unagreeing_state(c.h, c.seq, c.toks) if c.h.j == c.h.i + 1 else None
    if after is None or after.actor != c.src[0]:
        after = _feminine_body(c)
        if after is None or c.toks[after.i].norm in written("masculine_state") or not masculine_verb(c.h, c.toks):
            return None
    src = [x for x in c.carried_subject if x != after.actor]
    return (src, [after.actor], []) if src else None


FEMININE_ENDS = ("ه", "ات")  # normalised: "الحكومة"، "منظمة"، "السلطات"
BODY_KINDS = ("ORG", "STATE>", "ADJ", "BODY")  # a body by its name, for its state, or by its state's adjective


def _feminine_body(c):
    """The body the rules took for the verb's subject, named by a feminine noun right
    after the verb or by the word after that noun (module docstring), or None."""
    k = c.h.j
    if k >= len(c.toks):
        return None
    noun = c.toks[k].norm
    if noun not in written("feminine_head") and not (noun.endswith(FEMININE_ENDS) and _common_noun(noun)):
        return None
    return next((a for a in c.seq if a.i in (k, k + 1) and a.actor == c.src[0] and a.kind.startswith(BODY_KINDS)
                 and (a.i == k or not any(b.i == k for b in c.seq))), None)


def _common_noun(noun: str) -> bool:
    """A definite noun or the head of an organisation's name ("الحكومة"، "منظمة"), not a
    name that ends as a feminine noun does ("فوكييه"، "أسامة")."""
    return noun.startswith("ال") or match_key(noun) in load_lexicon().org_head_index


FIRST_PERSON = ("ن", "ا")  # the prefixes of a present verb of "we" and of "I" (normalised: "نطالب"، "أدعو")
QUOTE_OPENERS = (":", "\"", "«", "“")  # written between the verb of saying and the quoted verb
SAYING_WORDS = 2  # "وأضاف:"، "ورد قائلا:": the verb of saying and its participle, and no one named


def _unnamed_saying(c) -> bool:
    """Whether the words from the sentence's start to the quotation are a verb of saying
    alone, or a verb and a word of saying right before the quotation ("ورد قائلا"), with no
    speaker named between (module docstring)."""
    start, text = c.h.i, c.nt.original
    while start > 0 and not any(ch in SENTENCE_BREAKS for ch in text[c.toks[start - 1].end:c.toks[start].start]):
        start -= 1
        if c.h.i - start > SAYING_WORDS:
            return False
    saying = governing.cue_forms(load_triggers(), "speech")
    words = [t.norm for t in c.toks[start:c.h.i]]
    return bool(words) and words[-1] in saying and (len(words) == 2 or words[0] in saying)


def rule_first_person_carried(c):
    """The carried speaker as source of a quoted verb of "we" with no actor before it in
    its sentence, the actor right after it as target (module docstring)."""
    h = c.h
    if not (c.carried_subject and h.form.type in SPOKEN_TYPES and h.form.pos == "verb_present" and not c.earlier
            and h.form.tokens[0].startswith(FIRST_PERSON) and not c.joint and h.i > 0):
        return None
    if not any(m in c.nt.original[c.toks[h.i - 1].end:c.toks[h.i].start + 1] for m in QUOTE_OPENERS):
        return None
    if not _unnamed_saying(c):
        return None
    after = next((a for a in c.seq if a.i == h.j), None)
    if after is None or after.actor in c.carried_subject or after.actor not in c.src + c.tgt:
        return None
    return list(c.carried_subject), [after.actor], []

"""Words after an organisation head that cannot complete its name, by Arabic grammar.

A definite noun takes no genitive complement, so a country or place right after a
definite head is no part of its name: "اتهمت المنظمة روسيا بالتقصير" is the organisation
and its verb's object, not a body named "المنظمة روسيا". A word with an attached pronoun
("هيئة حكامها"، "شبكة دعايتها": its board of governors, its propaganda network) refers back
to something named before; names carry no pronoun. A definite masculine plural in the nominative ("تجمع المتظاهرون")
is no construct's second noun, which is genitive (-ين): the head is a verb and the plural
its subject."""
from __future__ import annotations

from core.entities.verb_people import inflected_word
from core.entities.word_endings import PRONOUN_SUFFIXES
from core.text import normalize_for_match

_NAMED_AREAS = frozenset(("COUNTRY", "PLACE"))
_STATE_BODY_KINDS = frozenset(("government",))
# The last letters of the attached pronouns, normalised: most words end on none of them,
# and are no pronoun word without asking further.
_PRONOUN_LAST = frozenset(normalize_for_match(s[-1]) for s in PRONOUN_SUFFIXES)
# How often news must write a word's -ين form for its -ون form to read as a plural.
PLURAL_FORMS_MIN = 3
# Particles that take a verb and nothing else ("قد تجمع"، "لم يحرز"), with و or ف: a word
# written like a head right after them is the verb ("وقد تجمع حوله عمال"). Not "فقد" and
# "فلم", which are as often the verb "lost" and the noun "film" ("فقد مجلس النواب النصاب").
_VERB_ONLY = (frozenset(normalize_for_match(p + w) for w in ("قد", "لم", "لن", "سوف") for p in ("", "و", "ف"))
              | frozenset((normalize_for_match("لقد"),))) - frozenset((normalize_for_match("فقد"), normalize_for_match("فلم")))


def head_definiteness(ctx, head, written: str) -> tuple[bool, bool]:
    """Whether an organisation head has a word with the article, and whether its last word
    has it, read from the head's own form, the word the proclitics were taken from: "للمنظمة"
    is ل + المنظمة (definite), "للجنة" is ل + لجنة, an indefinite noun whose complement
    follows ("للجنة فلسطين"), and "وكالة" no و + ك + a word with the article. The form is
    read as written, with its hamza: "لألوية" is ل + "ألوية", no "الوية". A head in ل whose
    definite form is a title ("اللواء", a rank before a name) is that title after لل
    ("خلفا للواء سامي ناصر")."""
    words = head.form.split()
    first = words[0].startswith("ال") or written.startswith("لل") and words[0].startswith("ل") \
        and ("ال" + normalize_for_match(words[0]), None) in ctx.f.titles.by_two()
    return first or any(w.startswith("ال") for w in words[1:]), words[-1].startswith("ال") or len(words) == 1 and first


def place_after_definite_head(ctx, head, owner, k: int, start_j: int, head_definite: bool) -> bool:
    """A country or place of the lexicon right after a definite head ("المنظمة روسيا"),
    unless its name is also the nationality adjective ("القنصلية السعودية"). A state
    body's head keeps its phrase ("واتهمت الحكومة الهند"): the events read the government
    there as the state named before it."""
    return head_definite and k == start_j and owner.entry is not None and owner.entry.type in _NAMED_AREAS \
        and not ctx.adjective(k) and head.kind not in _STATE_BODY_KINDS


def pronoun_complement(ctx, k: int) -> bool:
    """A word with an attached pronoun that news writes without it ("حكامها"، "دعايتها"),
    not read under a conjunction: "فاليه" (Valais) is no ف + "إليه"."""
    w = ctx.norms[k]
    return w[-1:] in _PRONOUN_LAST and w[:1] not in "وف" and inflected_word(ctx, k)  # it asks for the suffix


def nominative_plural(ctx, w: str) -> bool:
    """A definite masculine plural in -ون whose -ين form news writes ("المتظاهرون"): the
    subject of a verb written like a head ("تجمع المتظاهرون أمام المبنى")."""
    return len(w) > 6 and w.startswith("ال") and w.endswith("ون") and ctx.counts.get(w[:-2] + "ين", 0) >= PLURAL_FORMS_MIN


def after_verb_particle(ctx, i: int) -> bool:
    """A head without the article right after a particle that takes only a verb ("وقد
    تجمع حوله عمال المصنع"): the word is that verb, no body."""
    return i > 0 and ctx.norms[i - 1] in _VERB_ONLY and not ctx.norms[i].startswith("ال") \
        and not ctx.punct_between(i - 1, i)

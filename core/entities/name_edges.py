"""Where a person's name ends, at the seams the other rules leave open.

Why: the rules that find a name (titles, given names, the tables' words) and the tagger
that checks it each stop at a word they cannot read, and a name then comes out one word
short or one word long (issue 9: on held-out text, a name whose words a table holds is
lost as often at its edges as for want of a table). Each function here answers one such
question from what the language says of names, not from any one text.
"""
from __future__ import annotations

from core.entities.context import VERB_FORMS_MIN, _Context
from core.entities.finder import _Span, _span_offsets
from core.entities.tables import _name_particles
from core.text import NAME_PROCLITIC_LETTERS, clitic_variants


def particle_goes_on(ctx: _Context, k: int, end: int) -> bool:
    """The word at k is a particle that joins a name's parts (فان، دي، بن، أبو) and the
    name a rule read goes on past it, before ``end``: "ماتياس فان لير" is one name where
    the tagger reads "ماتياس" alone, and a name does not end on its particle. Not "فإن",
    which is written like the particle and is a conjunction (``function_word``)."""
    return k + 1 < end and ctx.norms[k] in _name_particles()[0] and not ctx.function_word(k)


def role_of_noun(ctx: _Context, k: int) -> bool:
    """The indefinite word at k, after a given name that also begins a role ("أمين"), is
    the noun that role governs ("أمين متاحف المدينة" the curator of the city's museums, "أمين
    صندوق"), not a family name: news writes it with the article as a common noun, and it
    is no given name ("محمد أمين زكي" goes on)."""
    w = ctx.norms[k]
    return w not in ctx.lex.given_names and not ctx.punct_between(k - 1, k) and ctx.common_noun(w)


def common_surnames(ctx: _Context) -> None:
    """A given name read alone ("غياب محمد" by the tagger, which knows the following word
    only as a common one) takes the indefinite word right after it as its family name
    when that word closes the clause: a pause, a function word or a preposition's phrase
    follows ("غياب حسام صديق للإيقاف"، "بقلم - سامر هلال :"). A common noun after a
    given name there is no object nor predicate, which news writes indefinite only in the
    accusative ("سجل محمد هدفا") or with more words after it ("يلعب محمد دور البطل")."""
    n = len(ctx.toks)
    for sp in ctx.spans():
        k = sp.j
        if sp.kind != "person" or sp.j - sp.i != 1 or k >= n or getattr(sp, "alias", False) \
                or ctx.norms[sp.i] not in ctx.lex.given_names or sp.name_norm != ctx.norms[sp.i] \
                or ctx.owner[k] is not None or ctx.punct_between(k - 1, k) or not _surname_word(ctx, k) \
                or not _clause_ends(ctx, k + 1) or _predicate(ctx, sp.i, k):
            continue
        s, t = _span_offsets(ctx.nt, ctx.toks, sp.i, k + 1, 0)
        ctx.claim(_Span(sp.i, k + 1, s, t, "person", name_norm=f"{sp.name_norm} {ctx.norms[k]}",
                        country=sp.country, acts_for=sp.acts_for))


# أن, إن, كان and their sisters, normalised, with the pronoun or proclitic news writes on
# them: the noun after them is the subject of a nominal clause.
_COPULAS = frozenset(("ان", "بان", "لان", "وان", "انه", "بانه", "لانه", "وانه", "لكن", "ولكن", "كان",
                      "وكان", "كانت", "يكون", "تكون", "ليس", "ظل", "بات", "اصبح", "لعل"))


def _predicate(ctx: _Context, i: int, k: int) -> bool:
    """The word at k is the predicate of the given name at i, no family name: the name
    is the subject after أن، إن، كان or a sister of theirs (a title may stand between),
    and a preposition or function word goes on from the word ("أن كريم جاهز للمباراة"،
    "يكون سعيد شريك في القرار"). A name the clause goes on with a definite noun after
    or that a pause ends ("أن عباس صديق، الباحث في ...") is left to the rule."""
    n = k + 1
    if n >= len(ctx.toks) or ctx.punct_between(k, n) or ctx.norms[n].startswith("ال"):
        return False
    b = i - 1
    if b >= 0 and b - 1 >= 0 and ctx.norms[b].startswith("ال") and ctx.norms[b] in ctx.f.titles.by_first:
        b -= 1  # "أن الملك ..."
    return b >= 0 and not ctx.punct_between(b, b + 1) and ctx.norms[b] in _COPULAS


def _surname_word(ctx: _Context, k: int) -> bool:
    """The word at k may be a family name after a given name: indefinite, with no
    conjunction or preposition read on it, no verb, no accusative ending, no feminine
    ending (unless a given name: "حمزة"), no plural, no title, no nationality adjective."""
    from core.entities.person_names import _pronoun_suffixed  # a late import: person_names imports this module
    from core.entities.second import _pronoun_cut

    w = ctx.norms[k]
    if len(w) < 3 or not w.isalpha() or w.startswith("ال") or ctx.function_word(k) or ctx.stop(w):
        return False
    if w in ctx.lex.given_names:
        return True
    if w[0] in NAME_PROCLITIC_LETTERS or w.endswith(("ا", "ون", "ين", "ات")) or ctx.surface(k).endswith("ة"):
        return False  # "بصوت"، "لوكالة": a preposition on a word
    if any(d and ctx.counts.get(stem, 0) > ctx.counts.get(w, 0) for stem, d in clitic_variants(w)):
        return False  # "كرجل"
    if ctx.counts.get("ب" + w, 0) >= UNDER_PREPOSITION_MIN:
        return False  # "ارتكاب": news writes it under a preposition (بارتكاب), a common word
    if ctx.counts.get(w + "ت", 0) + ctx.counts.get(w + "وا", 0) >= PAST_FORMS_MIN \
            or w.endswith("ت") and ctx.counts.get(w[:-1], 0) >= PAST_FORMS_MIN:
        return False  # "أشاد"، "عادت": a past verb news writes in other persons (أشادت، عاد)
    if _verb_or_pattern(ctx, k):
        return False
    if any(ctx.counts.get(bare, 0) >= COMMON_STEM_MIN for bare in _pronoun_cut(w)):
        return False  # "قوله": a noun with its pronoun
    return not (ctx.verb_form(w, later=True) or ctx.verb_like(w) or ctx.adjective(k) or w in ctx.f.titles.by_first
                or "ال" + w in ctx.f.titles.by_first or _pronoun_suffixed(ctx, w))


# How often news must write a word's feminine or plural past for the word to be a past verb.
PAST_FORMS_MIN = 3
# How often news must write a word under the preposition ب for the word to be a common one.
UNDER_PREPOSITION_MIN = 10
# How often news must write a word without its pronoun for the word to be that word's.
COMMON_STEM_MIN = 20


def _clause_ends(ctx: _Context, k: int) -> bool:
    """The clause ends before word k: the text ends, a pause, a function word, or a
    preposition written on a word news writes often ("للإنذار")."""
    if k >= len(ctx.toks) or ctx.punct_between(k - 1, k) or ctx.function_word(k) or ctx.stop(ctx.norms[k]):
        return True
    w = ctx.norms[k]
    return w[0] in "لب" and any(d and ctx.counts.get(stem, 0) >= CLAUSE_STEM_MIN for stem, d in clitic_variants(w))


# How often news must write the word under a preposition for the preposition's phrase to
# close the clause before it.
CLAUSE_STEM_MIN = 20


def _verb_or_pattern(ctx: _Context, k: int) -> bool:
    """The word at k is an imperfect verb, by the other persons news writes of it ("يظن":
    تظن، نظن; "أقول": يقول), or has the form of an elative ("أفضل"، "أكبر") or a passive
    participle ("مقطوع"، "مكتوب"), which given names have ("أشرف"، "منصور") and the
    given-name table holds, and family names that are not given names hardly have."""
    w, written = ctx.norms[k], ctx.surface(k)
    if written[:1] == "أ" and len(w) == 4 or w[:1] == "م" and len(w) == 5 and w[3] == "و":
        return True
    if w[:1] in "يتنا" and len(w) >= 3 \
            and ctx.persons(w, "يتنا") >= VERB_FORMS_MIN:
        return True
    return _imperfect_by_past(ctx, w) or _defective_participle(ctx, w)


def _imperfect_by_past(ctx: _Context, w: str) -> bool:
    """An imperfect in يـ whose other persons news seldom writes ("يتقاعد" beside no
    "تتقاعد") is still a verb when news writes its past or verbal noun: the word without
    its prefix ("تقاعد"، "التقاعد"; "ينسحب": انسحب). A family name in يـ has no such
    stem ("يلماز": لماز)."""
    stem = w[1:]
    if w[:1] != "ي" or len(w) < 4 or stem[0] == "ا":  # "يانغ"، "يامن": no stem in ا
        return False
    return ctx.counts.get(stem, 0) + ctx.counts.get("ا" + stem, 0) + ctx.counts.get("ال" + stem, 0) >= PAST_STEM_MIN


def _defective_participle(ctx: _Context, w: str) -> bool:
    """The active participle of a verb with a weak last letter, shortened to three
    letters when indefinite ("ماض" going on, "قاض" a judge, "باق" staying), which news
    writes with the article and its final ي more than bare ("الماضي"): a predicate or
    a common noun after a given name, no family name ("سام" is written bare as often)."""
    if len(w) != 3 or w[1] != "ا":
        return False
    full = ctx.counts.get("ال" + w + "ي", 0)
    return full >= PARTICIPLE_MIN and full > ctx.counts.get(w, 0)


# How often news must write an imperfect's stem (its past or verbal noun) for it to be a verb.
PAST_STEM_MIN = 10
# How often news must write a shortened participle with the article and its ي.
PARTICIPLE_MIN = 10


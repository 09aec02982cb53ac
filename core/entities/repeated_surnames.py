"""A family name that is also a common word, kept after a given name the article
writes it with more than once ("عبدالسلام جمعة"، "محمد صديق"، "عنتر هلال").

Why: many Arab family names are given names or common nouns too (جمعة Friday, هلال
crescent, صديق friend), so the name rules end the name after its given name and the
tagger often reads the given name alone. A common noun after a given name is rarely
written twice in one article right after the same given name; a family name is, each
time the person is named in full.
"""
from __future__ import annotations


from core import prepared
from core.entities.context import _Context
from core.entities.tables import _name_particles, _read_column
from core.text import normalize_for_match

# How often the article must write the given name and the word together.
PAIR_MIN = 2
# How often news must write a word's feminine and plural past forms ("زارت"، "زاروا")
# for the word to be that past verb.
PAST_FORMS_MIN = 10
# How often news must write a word without its final pronoun for the word to carry one.
PRONOUN_STEM_MIN = 50


def repeated_surname(ctx: _Context, k: int, n: int) -> bool:
    """Whether the word at n, right after the given name at k, is that person's family
    name: the article writes it right after the same given name at least PAIR_MIN
    times (a phrase "محمد يوم" is not written twice), and it reads as no other word:
    no other span holds it, it has no proclitic, article or accusative ا ("قائلاً"), and
    is no stop word, verb ("كيم زار"), word with a pronoun ("الوليد قوله"), title,
    organisation or place head ("آل مكتوم رئيس"), kinship noun ("ليندا زوجة جورج"), elative
    ("صلاح أفضل لاعب") or common noun heading a construct."""
    norms = ctx.norms
    if n != k + 1 or n >= len(norms) or norms[k] not in ctx.lex.given_names:
        return False
    w = norms[n]
    if ctx.owner[n] is not ctx.owner[k] or len(w) < 3 or not w.isalpha() or w.startswith("ال") \
            or w[:1] in "وفبلك" or w.endswith("ا") or ctx.stop(w) or ctx.function_word(n) or ctx.punct_between(k, n):
        return False
    if ctx.verb_form(w, later=True) or ctx.accusative(w) or ctx.circumstantial(w) or _title_or_head(ctx, w) \
            or _past_verb(ctx, w) or _with_pronoun(ctx, n) or _elative(w) or w in _kin_words():
        return False
    return _written_twice(ctx, k, w)


def _written_twice(ctx: _Context, k: int, w: str) -> bool:
    """repeated_surname's last test, past its gates (apart: its comprehensions' cells made
    only here): ``w`` written right after the given name at k at least PAIR_MIN times."""
    norms = ctx.norms
    pairs = [i + 1 for i in ctx.positions({norms[k]}) if i + 1 < len(norms) and norms[i + 1] == w
             and not ctx.punct_between(i, i + 1)]
    return len(pairs) >= PAIR_MIN and not (ctx.common_noun(w) and any(_construct(ctx, j) for j in pairs))


def _construct(ctx: _Context, j: int) -> bool:
    """A common noun followed by a definite word is the head of a construct ("تولى
    ميشيل تدريب الفريق"): the given name's object, not his family name."""
    nxt = j + 1
    return nxt < len(ctx.norms) and ctx.norms[nxt].startswith("ال") and not ctx.punct_between(j, nxt) \
        and not ctx.stop(ctx.norms[nxt]) and not ctx.function_word(nxt) \
        and ctx.norms[nxt] not in _name_particles()[1]  # "إلى" reads as ال too; "تقي الدين" is a name


def _title_or_head(ctx: _Context, w: str) -> bool:
    """A title, an organisation's or a place's head ("موسى قلعة" is a place) with or
    without its article: the next description, however often the article repeats the
    name before it."""
    firsts = (ctx.f.titles.by_first, ctx.f.heads.by_first, ctx.f.place_heads.by_first)
    return any(form in index for index in firsts for form in (w, "ال" + w))


def _past_verb(ctx: _Context, w: str) -> bool:
    """A past verb, by the other persons news writes of it: "زار" beside "زارت" and
    "زاروا"; no family name takes them ("جمعة"، "هلال"، "صديق")."""
    return ctx.counts.get(w + "ت", 0) + ctx.counts.get(w + "وا", 0) >= PAST_FORMS_MIN


def _with_pronoun(ctx: _Context, n: int) -> bool:
    """A noun or verb with an attached pronoun ("قوله"): its stem is a frequent word.
    A name written with ة ("جمعة"، "سلامة") carries none, though normalised alike."""
    from core.entities.second import _pronoun_cut  # a late import: second imports this module

    if ctx.surface(n).endswith("ة"):
        return False
    return any(ctx.counts.get(stem, 0) >= PRONOUN_STEM_MIN for stem in _pronoun_cut(ctx.norms[n]))


def _elative(w: str) -> bool:
    """An elative adjective (أفعل: "أفضل"، "أكبر"): the given names of that form ("أحمد"،
    "أنور") are in the given names table and never reach this rule."""
    return len(w) == 4 and w[0] == "ا"


@prepared.table()  # imaged: first asked after the warm-up article
def _kin_words() -> frozenset[str]:
    """Kinship nouns of role_words.tsv ("زوجة"، "نجل"): a relative of the person named
    next, never a family name."""
    from core.entities.affiliation import KIN  # a late import: affiliation imports this module's importers

    return frozenset(normalize_for_match(form) for form, kind in _read_column("role_words.tsv", "form", "kind")
                     if kind == KIN and " " not in form)

"""People named in a list beside a person: "ابوتريكة ومتعب وأسامة حسني".

Why: a name in a list has no cue of its own. The title rule stops at the first name,
the tagger reads the list's first or last name and leaves the others, and a player's
or an actor's bare surname ("ومتعب"، "ويسرا") is no given name. But a list joined by و
is a list of one kind of thing: a free name-like word joined by و to a person is a
person too. The list is walked both ways from every person of two words or more, one
conjunct at a time, so a found conjunct carries the list on. A one-word person is no
anchor: after a lone given name the و is more often the first letter of a foreign
surname ("ريتشل وايز"، "كايل والكر") and a lone word is more often a place or a team
the tagger misread ("بادمي وتسورنا").

A conjunct is one to MAX_WORDS words with no pause inside it, free (no rule or lexicon
took them), none a function word, a verb by its form or a word common in news, and its
first word (without the و) a given name or a word rare in news (NAME_CANDIDATE_MAX),
without the article: "ونظيره"، "وأعضاء"، "والنيوزلندي" stay out. Between two conjuncts
only a space or a comma may stand. A conjunct after a person ends the list or is
followed by a pause or the next و ("وسكنت الزاوية" is a verb and its object).
"""
from __future__ import annotations

from core.entities.context import _Context
from core.entities.finder import _Span, _span_offsets
from core.entities.second import COMMON_WORD_MIN, NAME_CANDIDATE_MAX, _frequent, _person_piece
from core.entities.tables import _name_particles

# The most words of one conjunct (a given name and a family name or two).
MAX_WORDS = 3
# What may stand between two conjuncts of a list.
_LIST_GAPS = frozenset(("", "،", ","))


def _conjoined_people(ctx: _Context) -> None:
    """Free names joined by و to a person are people (see the module's docstring)."""
    todo = [sp for sp in ctx.spans() if _person_piece(sp) and sp.j - sp.i >= 2]
    while todo:
        sp = todo.pop()
        for new in (_after(ctx, sp.j), _before(ctx, sp)):
            if new is not None:
                ctx.claim(new)
                todo.append(new)


def _gap(ctx: _Context, a: int, b: int) -> bool:
    """Only a space or a comma between tokens a and b."""
    return ctx.nt.original[ctx.toks[a].end:ctx.toks[b].start].strip() in _LIST_GAPS


def _word_ok(ctx: _Context, k: int, dropped: int = 0) -> bool:
    """A word that may be part of a listed name (read without its first ``dropped``
    letters, the conjunct's و): free, no function word, no verb by its form, not common
    in news (a given name always may)."""
    w = ctx.norms[k]
    stem = w[dropped:]
    if ctx.owner[k] is not None or ctx.function_word(k) or ctx.stop(stem) or not stem.isalpha():
        return False
    if stem in ctx.lex.given_names:
        return True
    return ctx.counts.get(stem, 0) < COMMON_WORD_MIN and not _frequent(ctx, k, suffixed=True) \
        and not ctx.verb_form(w) and not ctx.lex.adjective_of(stem) and ctx._name_word(stem, True)


def _list_goes_on(ctx: _Context, j: int) -> bool:
    """What follows a conjunct ending before token j: the text's end, a pause, or the
    next conjunct's و. A word written with و and followed by a common word is more
    often a verb and its object ("وسكنت الزاوية") than a name ending a list."""
    return j >= len(ctx.toks) or not _gap(ctx, j - 1, j) or ctx.punct_between(j - 1, j) or ctx.norms[j][:1] == "و"


def _list_head(ctx: _Context, a: int) -> bool:
    """The first name of a list (no و on it, and no comma after it: "مع مكلارين،
    وكيفن ماجنوسن" names a team, then a driver) starts after a pause, a function word
    or a common word: "بين ابوتريكة ومتعب". A word before it that may be a name or a
    particle ("مارك فان بومل"، "لاسلام الشاطر") leaves it undecided."""
    if a == 0 or ctx.punct_between(a - 1, a):
        return True
    w = ctx.norms[a - 1]
    if w in _name_particles()[0]:
        return False
    if ctx.function_word(a - 1) or ctx.stop(w):
        return True
    return w[:1] != "و" and w not in ctx.lex.given_names and ctx.counts.get(w, 0) >= COMMON_WORD_MIN


def _first_ok(ctx: _Context, stem: str) -> bool:
    """The conjunct's first word without its و: a given name or a word rare in news,
    without the article (a nisba or a place: "والنيوزلندي"، "والمرابحة")."""
    if len(stem) < 3 or ctx.stop(stem) or stem[:2] == "ال" and stem not in ctx.lex.given_names:
        return False
    return stem in ctx.lex.given_names or ctx.counts.get(stem, 0) < NAME_CANDIDATE_MAX


def _span(ctx: _Context, i: int, j: int, dropped: int) -> _Span:
    s, t = _span_offsets(ctx.nt, ctx.toks, i, j, dropped)
    name = " ".join([ctx.norms[i][dropped:]] + ctx.norms[i + 1:j])
    return _Span(i, j, s, t, "person", name_norm=name)


def _after(ctx: _Context, k: int) -> _Span | None:
    """The conjunct that starts at token k with و, after a person ending before k."""
    n = len(ctx.toks)
    if k >= n or k == 0 or ctx.norms[k][:1] != "و" or not _gap(ctx, k - 1, k):
        return None  # most names are followed by no و: the cheap test first
    w = ctx.norms[k]
    if w in ctx.lex.given_names or not _word_ok(ctx, k, 1) or not _first_ok(ctx, w[1:]):
        return None
    j = k + 1
    while j < n and j - k < MAX_WORDS and ctx.norms[j][:1] != "و" and not ctx.punct_between(j - 1, j) \
            and _word_ok(ctx, j):
        j += 1
    return _span(ctx, k, j, 1) if _list_goes_on(ctx, j) else None


def _before(ctx: _Context, sp: _Span) -> _Span | None:
    """The conjunct that ends right before a person whose mention leaves out the و
    written on its first word ("أوبرا وينفري" is one name)."""
    i = sp.i
    w = ctx.norms[i]
    if i == 0 or w[:1] != "و" or sp.start == ctx.toks[i].start or not _gap(ctx, i - 1, i):
        return None
    a = i - 1
    while a > 0 and i - a < MAX_WORDS and ctx.norms[a][:1] != "و" and not ctx.punct_between(a - 1, a) \
            and _word_ok(ctx, a - 1, int(ctx.norms[a - 1][:1] == "و")):
        a -= 1
    first = ctx.norms[a]
    dropped = 1 if first[:1] == "و" and first not in ctx.lex.given_names else 0
    if not _word_ok(ctx, a, dropped) or not all(_word_ok(ctx, k) for k in range(a + 1, i)):
        return None
    if not _first_ok(ctx, first[dropped:]) or not dropped and (ctx.punct_between(i - 1, i) or not _list_head(ctx, a)):
        return None
    return _span(ctx, a, i, dropped)

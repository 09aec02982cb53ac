"""A name written between a verb of saying and its role in apposition ("وقال الزغبي
مدير المكتب إن ..."): the person no title before him announces.

Why: the title rules read a name after its title, the tagger a name it has seen or one
after a title; a rare family name with its role after it, and no title before it, is
read by neither. News that names a local official or a club's staff for the first time
writes this order.
"""
from __future__ import annotations

from core.cue_words import speech_forms
from core.entities.context import _Context
from core.entities.finder import _match_at, _Span, _span_offsets
from core.entities.named_again import _inflected

# How many words the name before a role may have.
NAME_WORDS_MAX = 3
# How often news may write a word (with and without its article) for it to be such a
# name's part: a family name ("الزغبي"), not a common word.
RARE_MAX = 30


def _names_before_roles(ctx: _Context) -> None:
    """Free rare words between a verb of saying and an indefinite role with its
    complement ("مدير المكتب"، "رئيس حزب"; titles.tsv), no punctuation between them: a
    person, named with his role after him."""
    toks = ctx.toks
    for n in sorted(ctx.starts(ctx.f.titles)):
        if n == 0 or n + 1 >= len(toks) or ctx.owner[n] is not None or ctx.punct_between(n - 1, n) \
                or ctx.punct_between(n, n + 1) or ctx.norms[n].startswith("ال") or ctx.stop(ctx.norms[n]):
            continue
        m = _match_at(ctx.nt, toks, n, ctx.f.titles)
        if not m or m[2]:
            continue  # "برئيس"، "لفريق": a role after a preposition is no apposition
        k = n
        while k > 0 and n - k < NAME_WORDS_MAX and not ctx.punct_between(k - 1, k) and _name_word(ctx, k - 1):
            k -= 1
        if k == n or not _after_speech_verb(ctx, k):
            continue
        s, t = _span_offsets(ctx.nt, toks, k, n, 0)
        span = _Span(k, n, s, t, "person", name_norm=" ".join(ctx.norms[k:n]))
        span.before_role = True  # type: ignore[attr-defined]  # a family name with the article may repeat alone
        ctx.claim(span)


def _after_speech_verb(ctx: _Context, k: int) -> bool:
    """A verb of saying right before the name: the name is its subject. Anywhere else the
    words before an indefinite role are the clause's verb or a verbal noun ("قلل رئيس
    الوزراء"، "إيفاد مدير المكتب"), which no count of news tells from a rare family name."""
    return k > 0 and not ctx.punct_between(k - 1, k) and ctx.norms[k - 1] in speech_forms()


def _name_word(ctx: _Context, k: int) -> bool:
    """A free word that is a given name, or a rare word that is no verb, no word with a
    pronoun and no common noun (a family name): "الزغبي" is, "تلويح" is not."""
    w = ctx.norms[k]
    if ctx.owner[k] is not None or ctx.function_word(k):
        return False
    if w in ctx.lex.given_names:
        return ctx.name_like(k, first=False)
    bare = w[2:] if w.startswith("ال") else w
    if len(bare) < 3 or not bare.isalpha() or w[:1] in "وفبل" or ctx.stop(w) or ctx.lex.adjective_of(w) \
            or w in ctx.generic_refs or bare == w and ctx.common_noun(w):
        return False
    return ctx.counts.get(w, 0) + (ctx.counts.get(bare, 0) if bare != w else 0) < RARE_MAX and not _inflected(ctx, w)

"""A person's name the article reads once, read again where the article writes it and no
rule read it: a one-word name ("كوفاتش" found after a title, missed in a later sentence),
and a foreign first name alone after the full name ("ميلينا" after "ميلينا كوفاتش").

Why: the tagger reads each sentence on its own, and the title and given-name rules need
their cue in the sentence; an article names a person in full or after his title once and
then by one word, which the surname aliases (core.entities.aliases) cover for the last
word of a longer name only.
"""
from __future__ import annotations

from core.entities.ambiguous_orgs import _between_quotes
from core.entities.context import _Context
from core.entities.finder import _Span, _span_offsets
from core.entities.person_names import _pronoun_suffixed
from core.entities.tables import _name_particles
from core.text import clitic_variants, proclitic_forms

# How often news must write a word without its final pronoun or dual ending ("دمه"،
# "عمها"، "هدفان") for the word to carry one.
STEM_MIN = 20
_ENDINGS = ("ه", "ها", "هم", "ان")


def _names_again(ctx: _Context) -> None:
    """Free words that are a person's one-word name, or the foreign first name of a
    longer one, found elsewhere in the article."""
    names: dict[str, _Span] = {}
    for sp in ctx.spans():
        if sp.kind != "person" or not sp.name_norm or getattr(sp, "alias", False):
            continue
        parts = sp.name_norm.split()
        key = parts[0]
        if len(parts) > 1 and (key in ctx.lex.given_names or key in _name_particles()[0]) or key.startswith("ال"):
            continue  # "محمد" alone is anyone of that name; "الجمباز" a sport read as a name
        if len(key) > 2 and not ctx.common_word(key) and not ctx.common_noun(key) and not ctx.stop(key) \
                and not _inflected(ctx, key):
            names.setdefault(key, sp)
    if not names:
        return
    forms = {w for key in names for w in proclitic_forms(key)} & ctx.word_set()
    for i in ctx.positions(forms):
        if ctx.owner[i] is not None or ctx.function_word(i) or _in_longer_name(ctx, i):
            continue
        for stem, dropped in clitic_variants(ctx.norms[i]):
            sp = names.get(stem)
            if sp is None or dropped and ctx.whole_name(ctx.norms[i]):
                continue
            s, t = _span_offsets(ctx.nt, ctx.toks, i, i + 1, dropped)
            if _between_quotes(ctx.nt.original, s, t, True):
                break  # "موقع «ناظور»"، "(سيمار)": a quoted word is as often an outlet or a work
            again = _Span(i, i + 1, s, t, "person", country=sp.country, name_norm=sp.name_norm, acts_for=sp.acts_for)
            again.alias = True  # type: ignore[attr-defined]
            ctx.claim(again)
            break


def _inflected(ctx: _Context, w: str) -> bool:
    """A word written as a verb or a noun with a pronoun ("يحضر"، "اخترقوا"، "دمه"): a
    name the tagger read wrongly once, not to be read again."""
    return ctx.verb_like(w) or ctx.verb_form(w) or w.endswith("وا") or _pronoun_suffixed(ctx, w) \
        or any(w.endswith(end) and ctx.counts.get(w[:-len(end)], 0) >= STEM_MIN for end in _ENDINGS)


def _in_longer_name(ctx: _Context, i: int) -> bool:
    """A word beside another name word in the same clause ("ليندا حمدان"): part of a
    longer name, or of another person's, which no one-word name stands for."""
    for k in (i - 1, i + 1):
        if 0 <= k < len(ctx.toks) and not ctx.punct_between(min(i, k), max(i, k)):
            owner = ctx.owner[k]
            if owner is not None and owner.kind == "person" or owner is None and ctx.name_like(k, first=k < i):
                return True
    return False

"""A person's name the article reads once, read again where the article writes it and no
rule read it: a one-word name ("كوفاتش" found after a title, missed in a later sentence),
and a foreign first name alone after the full name ("ميلينا" after "ميلينا كوفاتش").

Why: the tagger reads each sentence on its own, and the title and given-name rules need
their cue in the sentence; an article names a person in full or after his title once and
then by one word. The surname aliases (core.entities.aliases) cover the last word of a
longer name; the lone-name repeats (core.entities.name_words) a one-word person whose word
is a given name or a foreign-looking word a cue found. This widens the latter to the
tagger's one-word people and to foreign first names, walking the same repeats
(``_bare_repeats``: standing alone, not quoted, not after في), and keeps out the words the
tagger misread once, which a repeat would spread: verbs and nouns with a pronoun or a
dual's ending (``_inflected``). A one-word name with the article ("الزغبي") is read again
only when a verb of saying and the role after it announced it (``named_before_roles``):
read otherwise, such a word was as often a common noun ("الجمباز", a sport).
"""
from __future__ import annotations

from core.entities.context import _Context
from core.entities.finder import _Span, _span_offsets
from core.entities.name_words import _bare_repeats, _claim_repeat
from core.entities.person_names import _pronoun_suffixed
from core.entities.tables import _name_particles, _surface_stopword_keys

# How often news must write a word without its final pronoun or dual ending ("دمه"،
# "عمها"، "هدفان") for the word to carry one.
STEM_MIN = 20
_ENDINGS = ("ه", "ها", "هم", "ان")
# How often news must write an imperfect under the other person's prefix ("يختصر" beside
# "تختصر") for the word to be that verb.
OTHER_PERSON_MIN = 3


def _names_again(ctx: _Context) -> None:
    """Free words that are a person's one-word name, or the foreign first name of a
    longer one, found elsewhere in the article."""
    names: dict[str, _Span] = {}
    for sp in ctx.spans():
        if sp.kind != "person" or not sp.name_norm or getattr(sp, "alias", False):
            continue
        parts = sp.name_norm.split()
        key = parts[0]
        # a family name a verb of saying and a role announced, which that rule found rare
        # in news with and without its article (so no common noun's count applies)
        announced = len(parts) == 1 and getattr(sp, "before_role", False)
        if len(parts) > 1 and (key in ctx.lex.given_names or key in _name_particles()[0]) \
                or key.startswith("ال") and not announced:
            continue  # "محمد" alone is anyone of that name; "الجمباز" a sport read as a name
        if len(key) > 2 and not ctx.common_word(key) and (announced or not ctx.common_noun(key)) and not ctx.stop(key) \
                and key not in _surface_stopword_keys() and not _inflected(ctx, key):  # "علي" may be "على"
            names.setdefault(key, sp)
    for k, (stem, dropped) in _bare_repeats(ctx, names):
        sp = names[stem]
        s, t = _span_offsets(ctx.nt, ctx.toks, k, k + 1, dropped)
        if _name_beside(ctx, k) or _bracketed(ctx.nt.original, s, t):
            continue
        _claim_repeat(ctx, k, s, t, sp)


def _inflected(ctx: _Context, w: str) -> bool:
    """A word written as a verb or a noun with a pronoun ("تختصر"، "اخترقوا"، "دمه"): a
    name a rule or the tagger read wrongly once, not to be read again."""
    other = {"ي": "ت", "ت": "ي"}.get(w[:1])
    if other and len(w) > 3 and ctx.counts.get(other + w[1:], 0) >= OTHER_PERSON_MIN:
        return True
    return ctx.verb_like(w) or ctx.verb_form(w) or w.endswith("وا") or _pronoun_suffixed(ctx, w) \
        or any(w.endswith(end) and ctx.counts.get(w[:-len(end)], 0) >= STEM_MIN for end in _ENDINGS)


def _name_beside(ctx: _Context, k: int) -> bool:
    """A free word before or after the repeat, in the same clause, that may be a name's
    word ("جنيفر كافاريلا"، "لوس أنجلس"): the repeat is then part of a longer name no rule
    read, not the person named alone."""
    return any(0 <= n < len(ctx.toks) and ctx.owner[n] is None and not ctx.punct_between(min(k, n), max(k, n))
               and ctx.name_like(n, first=n < k) and not (n < k and ctx.norms[n][:1] in "وف")
               and not _inflected(ctx, ctx.norms[n]) for n in (k - 1, k + 1))  # "ويعتمد X": a verb before it


def _bracketed(text: str, s: int, t: int) -> bool:
    """A word alone between brackets ("(سيمار)") is as often an acronym or a gloss."""
    return text[:s].rstrip(" ")[-1:] == "(" and text[t:].lstrip(" ")[:1] == ")"

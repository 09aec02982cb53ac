"""Names chained by ولد ("son of", as Mauritania writes them) are one person's name.

Why: "سيدي ولد أحمد ولد الشيخ" is one man, named after his father and grandfather as
"X بن Y" is elsewhere; but ولد is also the verb "was born", so it is no name particle
in the tables, and the rules and the tagger read such a name in pieces ("حمادي" and
"ولد المختار"), or cut its first name ("ولد التاه" of "سيدي ولد التاه"). Here ولد joins a
person to the name right after it only where both sides are names: a person read before
it, and after it a person read or a given name or title (then a word news rarely
writes may end the name); the verb is followed by a preposition, a time, an adverb, a
common noun or another verb ("ولد في"، "ولد عام"، "ولد إبان"، "ولد الطفل"، "ولد ونشأ").
"""
from __future__ import annotations

from core.entities.context import _Context
from core.entities.finder import _joined
from core.text import clitic_variants

PARTICLE = "ولد"
# After the particle, a free word news writes fewer times than this is a name's word.
NAME_WORD_MAX = 200
# Free words a chain takes after each particle (a given name and a family name).
WORDS_MAX = 2
# A preposition (ب، ل، ك) on a word news writes this often is no name's ("ولد لأب").
PREPOSITION_STEM_MIN = 50
# Right after the particle, و، ل or ب on a word news writes this often (bare or with the
# article) is no name's start.
CLITICS = "ولب"
CLITIC_STEM_MIN = 5


def _descent_chains(ctx: _Context) -> None:
    """Grow each person over ``ولد`` and the name after it, again and again; and a
    person read from ``ولد`` on takes the given name right before it."""
    grown = False
    for sp in [sp for sp in ctx.spans() if sp.kind == "person"]:
        if ctx.owner[sp.i] is not sp or getattr(sp, "alias", False):
            continue  # joined into a person before it; an alias holds its full name's
        if ctx.norms[sp.i] == PARTICLE and sp.i > 0 and _name_word(ctx, sp.i - 1, after=True) and _tight(ctx, sp.i - 1):
            ctx.owner[sp.i - 1] = sp
            sp.i -= 1
            sp.start = ctx.toks[sp.i].start
            sp.name_norm = " ".join(ctx.norms[sp.i:sp.j])
            grown = True
        while True:
            p = sp.j - 1 if ctx.norms[sp.j - 1] == PARTICLE and sp.j - sp.i > 1 else sp.j  # "حمادي ولد" read so
            if p + 1 >= len(ctx.toks) or ctx.norms[p] != PARTICLE or not _tight(ctx, p - 1) or not _tight(ctx, p):
                break
            other = ctx.owner[p]
            if other is None or other is sp:
                end = _name_after(ctx, p + 1)
            else:  # a person read from the particle on ("ولد المختار")
                end = other.j if other.kind == "person" and other.i == p and not getattr(other, "alias", False) else None
            if end is None:
                break
            tail = " ".join(ctx.norms[sp.j:end])
            for k in range(sp.j, end):
                other = ctx.owner[k]
                if other is not None and other is not sp:
                    other.i = other.j = end  # a person read after the particle joins this one
                ctx.owner[k] = sp
            sp.end = ctx.toks[end - 1].end
            sp.j = end
            sp.name_norm = f"{sp.name_norm} {tail}"
            grown = True
    if grown:
        ctx._live = None


def _tight(ctx: _Context, k: int) -> bool:
    """Only a space between the words at k and k + 1."""
    return _joined(ctx.nt, ctx.toks[k], ctx.toks[k + 1])


def _name_after(ctx: _Context, k: int) -> int | None:
    """The end of the name that starts at k, after the particle: the person read there,
    or up to ``WORDS_MAX`` free name words; None when the word at k is no name's."""
    other = ctx.owner[k]
    if other is not None:
        return other.j if other.kind == "person" and other.i == k else None
    if not _given_or_title(ctx, k):
        return None  # "ولد إبان"، "ولد ونشأ"، "ولد لأبوين": the verb "was born", not a father's name
    end = k + 1
    while end < len(ctx.toks) and end - k < WORDS_MAX and ctx.owner[end] is None and ctx.norms[end] != PARTICLE \
            and _tight(ctx, end - 1) and _name_word(ctx, end):
        end += 1
    return end


def _given_or_title(ctx: _Context, k: int) -> bool:
    """The first word after the particle starts a father's name as a given name, a title
    word, or a rare word that is no conjunction or preposition on a word news writes: after
    the verb "was born" such words follow ("ولد ونشأ"، "ولد لأبوين")."""
    w = ctx.norms[k]
    if ctx.owner[k] is not None or not w.isalpha() or ctx.stop(w) or ctx.function_word(k):
        return False
    if w in ctx.lex.given_names or ctx.compound_given(k) or w in ctx.lex.title_index:
        return True
    if w[:1] in CLITICS and ctx.counts.get(w[1:], 0) + ctx.counts.get("ال" + w[1:], 0) >= CLITIC_STEM_MIN:
        return False  # "ولد ونشأ"، "ولد لأبوين": a conjunction or preposition on a word news writes
    return _name_word(ctx, k, after=True)


def _name_word(ctx: _Context, k: int, after: bool = False) -> bool:
    """A free word that can be a name's: a given name, or a word
    of letters news writes rarely, that is no stop word or function word and, unless it
    comes right ``after`` the particle, no verb by its form nor common noun (after "X ولد"
    the verb's reading is gone: "ولد سيدي"، "ولد المختار" are the father's names; "الشيخ"
    is a title word there)."""
    w = ctx.norms[k]
    if ctx.owner[k] is not None or not w.isalpha() or ctx.stop(w) or ctx.function_word(k):
        return False
    if w in ctx.lex.given_names or ctx.compound_given(k):
        return True
    if after and w in ctx.lex.title_index:
        return True
    if ctx.counts.get(w, 0) >= NAME_WORD_MAX or ctx.lex.lookup(w) or _with_preposition(ctx, w):
        return False
    return after or not (ctx.verb_form(w) or ctx.common_noun(w))


def _with_preposition(ctx: _Context, w: str) -> bool:
    """The word reads as a preposition on a word news writes often ("لأب": to a father)."""
    return any("ب" in w[:d] or "ل" in w[:d] or "ك" in w[:d]
               for stem, d in clitic_variants(w)[1:] if ctx.counts.get(stem, 0) >= PREPOSITION_STEM_MIN)

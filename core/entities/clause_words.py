"""Words only a clause holds, read into a person's name: an indefinite accusative and a
plural verb.

Why: a word the lexicons do not know is read as a name word, so an adjective or a verb
after a person ("عثر على الرجل وابنته مغشياً عليهما"، "وكان والده مهندساً معمارياً"،
"والناس يعلمون حقيقته") came out as a person of its own or as a family name ("كان
كريم غامضاً"). A word written with fathatan is an indefinite noun or adjective in the
accusative, which no name is; a word of the imperfect's plural (ي... ون) that news writes
often, and its singular in its other persons too, is that verb; so is its dual (ي... ان:
"وزوجته يجمعان الحطب"), which news writes seldom, by its singular, plural and persons. The name ends before such a word, and a
name that starts with one is none, and so is one word left before it that is no given
name ("وترديه قتيلاً": a verb and its accusative)."""
from __future__ import annotations

from core.entities.context import VERB_FORMS_MIN, _Context
from core.entities.finder import _Span

_FATHATAN = "\u064b"
# Shortest plural imperfect read as a verb: ي, two root letters at least, ون.
_PLURAL_VERB_MIN = 5


def _clause_word(ctx: _Context, k: int) -> bool:
    tok = ctx.toks[k]
    if _FATHATAN in ctx.nt.original[tok.start:tok.end]:
        return True
    w = ctx.norms[k]
    if len(w) < _PLURAL_VERB_MIN or w[0] != "ي" or not w.endswith(("ون", "ان")):
        return False
    stem = w[:-2]
    if w.endswith("ان"):
        return _dual_verb(ctx, w, stem)  # "يعلم" of "يعلمون": news writes it as "تعلم"، "نعلم" too
    # the plural itself frequent in news too: "يارون" (a given name) shares "تيار" with no verb
    return (ctx.counts.get(w, 0) >= VERB_FORMS_MIN and stem not in ctx.lex.given_names and not ctx.whole_name(stem)
            and ctx.persons(stem, "نيت") >= VERB_FORMS_MIN)


def _dual_verb(ctx: _Context, w: str, stem: str) -> bool:
    """The imperfect's dual ("يجمعان"، "يعملان"): news writes the dual itself seldom, so
    its singular and other persons ("يجمع"، "تجمع"، "نجمع") and its plural ("يجمعون")
    count for it; a name in ي...ان ("يوهان") has no such verb."""
    if stem in ctx.lex.given_names or ctx.whole_name(w) or ctx.whole_name(stem):
        return False
    seen = ctx.counts.get(stem, 0) + ctx.counts.get(stem + "ون", 0) + ctx.persons(stem, "تن")
    return seen >= VERB_FORMS_MIN


def _clause_words_in_people(ctx: _Context) -> None:
    """Cuts the rules' and the tagger's people before a word only a clause holds; a
    person whose first word is one, or who keeps one word that is no given name, is
    released."""
    for sp in ctx.spans():
        if sp.kind != "person" or getattr(sp, "alias", False):
            continue
        k = next((k for k in range(sp.i, sp.j) if ctx.owner[k] is sp and _clause_word(ctx, k)), None)
        if k is None:
            continue
        ctx.release(sp, sp.i, sp.j)
        if k - sp.i > 1 or k > sp.i and ctx.norms[sp.i] in ctx.lex.given_names:
            _, end = ctx.nt.orig_span(ctx.toks[k - 1].nstart, ctx.toks[k - 1].nend)
            words = sp.name_norm.split()
            name = " ".join(words[:k - sp.i]) if len(words) == sp.j - sp.i else " ".join(ctx.norms[sp.i:k])
            ctx.claim(_Span(sp.i, k, sp.start, end, "person", name_norm=name, country=sp.country, acts_for=sp.acts_for))

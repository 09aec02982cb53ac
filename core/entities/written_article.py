"""The article that ل hides in a body's name, and quotes after a head that are speech.

"للمجلس الوطني" is ل + "المجلس الوطني": Arabic writes the article's alef away after ل,
and "للجنة المركزية" (ل + "اللجنة") writes one of its three lams away too. The mention
is what the text writes ("لمجلس الوطني", as the annotation scheme lists it), but the
body's name keeps its article: otherwise one council is shown as "لمجلس الوطني" in one
article and "المجلس الوطني" in the next, and "اللجنة المركزية" as "لجنة المركزية", whose
key (ل + ال + "جنة") was a word of another root.

A head followed by a quote is often a body and what it said ("قالت الوزارة "لن نقبل
بذلك""): a quote that opens with a particle and a verb is speech, no name.
"""
from __future__ import annotations


from core import prepared
from core.entities.tables import _name_adjectives, _read_column
from core.text import clitic_variants, normalize_for_match

# Endings of a definite adjective that agrees with a feminine or masculine noun
# ("المركزية"، "العليا"): after "للجنة" such a word shows that ل hides an article.
_DEFINITE_ADJECTIVE_ENDINGS = ("يه", "ي", "يا")


def first_name_word(ctx, i: int, dropped: int, head_form: str) -> str:
    """The first word of an organisation's name that starts at token i with `dropped`
    proclitic letters written before it. A head that begins with ل written after لل
    ("للجنة") is ل + the indefinite head before a noun ("للجنة التحكيم": لجنة التحكيم)
    and ل + the definite head before a definite adjective ("للجنة المركزية": اللجنة
    المركزية), since an indefinite noun takes no definite adjective."""
    w = ctx.toks[i].norm
    variants = [st for st, d in clitic_variants(w) if d == dropped]
    head_first = normalize_for_match(head_form.split(" ", 1)[0]) if dropped == 1 and w.startswith("لل") else ""
    if head_first in variants and head_first.startswith("ل"):
        nxt = ctx.norms[i + 1] if i + 1 < len(ctx.toks) and not ctx.punct_between(i, i + 1) else ""
        if nxt.startswith("ال") and (nxt.endswith(_DEFINITE_ADJECTIVE_ENDINGS) or nxt in _name_adjectives()):
            return "ال" + head_first
        return head_first
    return variants[0] if variants else w


def written_name(surface: str, name_norm: str) -> str:
    """The name of a body as Arabic writes it alone: the mention's words with the article
    that ل hid put back ("لمجلس الوطني" → "المجلس الوطني", "لجنة المركزية" read as
    "اللجنه المركزيه" → "اللجنة المركزية")."""
    first, _, rest = surface.partition(" ")
    key = name_norm.split(" ", 1)[0]
    if not key.startswith("ال") or not first.startswith("ل"):
        return surface
    written = normalize_for_match(first)
    if key == "ا" + written:
        return "ا" + surface
    if key == "ال" + written:
        return "ال" + surface
    return surface


@prepared.table()  # imaged: first asked after the warm-up article
def _clause_openers() -> frozenset[str]:
    """Particles that open a verbal clause (لم، لن، لا، قد ...), from the stop words."""
    return frozenset(normalize_for_match(w) for w, kind in _read_column("stopwords.tsv", "word", "kind")
                     if kind == "particle")


def quoted_clause(ctx, k: int, end: int) -> bool:
    """A quote after a head that opens with a particle and a verb ("المجموعة "لن تقبل
    بالتهديد""، "الوزارة "لا نعلق على ذلك""، "الشرطة "كانوا يحاولون"") or with a verb in
    the future ("الحكومة "سترد بحزم""): what the body said, no name. A quoted name may
    open with such a particle ("لا كروا"), but no verb follows it there."""
    if end - k < 2:
        return False
    return ctx.verb_form(ctx.norms[k]) or ctx.norms[k] in _clause_openers() and _verb(ctx, ctx.norms[k + 1])


def _verb(ctx, w: str) -> bool:
    """A verb by its other persons, also in the plural or the dual ("يحاولون" beside
    "يحاول"، "تحاول")."""
    return ctx.verb_like(w) or w.endswith(("ون", "ان")) and len(w) > 5 and ctx.verb_like(w[:-2])

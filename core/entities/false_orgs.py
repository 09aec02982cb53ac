"""Organisations the lexicon and the head patterns read where the words name none.

A head and the words after it make an organisation's name, but news also writes a
body's passing state after its name ("الجمعية الآسيوية المنعقدة": the assembly *in
session*, "جبهة الساحل المتمردة": the *rebel* front), a quality of it ("المقاومة الشرسة": fierce
resistance, no movement named "the fierce"), a kind of body with a descriptive
nisba ("حزب يساري": a leftist party, any one), the make of a product after "طراز"
("طائرة من طراز إيرباص إيه 330": the model, not the company that acts) and brothers before
their names ("الأخوان كوين": the Muslim Brotherhood's short name is also the plural of
"brother"). These rules run after the organisation patterns and before the people, so
that the names the brothers bear are still free for the people's rules.
"""
from __future__ import annotations

from core.entities.context import _Context
from core.entities.heads import _indefinite_nisba
from core.entities.tables import _descriptive_adjectives, _name_adjectives, ordinal_words
from core.text import NAME_PROCLITIC_LETTERS, clitic_variants, normalize_for_match

# "brothers": the Muslim Brotherhood's short name, read as the plural before names (with
# the proclitics news writes before it)
_BROTHERS = frozenset(normalize_for_match(c + "الإخوان") for c in ("", "و", "ف", "ب", "وب")) \
    | frozenset(normalize_for_match(c + "للإخوان") for c in ("", "و"))
# the model or make of a machine ("من طراز إيرباص", "طائرة طراز بوينج")
_MODEL_WORDS = frozenset(normalize_for_match(w) for w in ("طراز", "بطراز", "الطراز"))


def _false_orgs(ctx: _Context) -> None:
    """Shorten or unname the organisations whose words describe instead of naming."""
    words = ctx.word_set()
    if words & _BROTHERS:
        _brothers_before_names(ctx)
    if words & _MODEL_WORDS:
        _makes_of_models(ctx)
    adjectives = _descriptive_adjectives()
    for sp in ctx.spans():
        head_j = getattr(sp, "head_j", None)  # a head pattern's, not a quoted name's
        if sp.kind != "org" or head_j is None or getattr(sp, "generic", False):
            continue
        if head_j < sp.j and head_j == sp.i + 1 and _described_kind(ctx, sp.i, head_j):
            sp.generic = True  # type: ignore[attr-defined]  # "حزب يساري التوجه": a kind of party
            continue
        end = next((k for k in range(head_j, sp.j) if ctx.toks[k].norm in adjectives
                    and not (k + 1 < sp.j and ctx.adjective(k + 1))), sp.j)  # "المخابرات الرئيسية الروسية"
        if end == sp.j and sp.j - 1 >= head_j and _clause_participle(ctx, sp.j - 1):
            end = sp.j - 1  # "الدائرة [المقربة] من الرئيس"
        if end == sp.j and sp.j == head_j + 1 and _quality_adjective(ctx, sp.i, head_j):
            end = head_j  # "المقاومة الشرسة"، "الدائرة الضيقة": the head and how it is
        if end == sp.j:
            continue
        if end == head_j:
            sp.generic = True  # type: ignore[attr-defined]  # "اللجنة المذكورة": the head and how it is
            continue
        _shorten(ctx, sp, end)


# Prepositions that open a participle's complement ("المقربة من"، "المسؤولة عن"), normalised.
_PREPOSITIONS = frozenset(normalize_for_match(w) for w in ("من", "عن", "في", "على", "إلى"))


def _clause_participle(ctx: _Context, k: int) -> bool:
    """A definite participle after a definite word that ends a body's words and opens a
    complement with a preposition ("الدائرة المقربة من الرئيس"، "الرابطة المؤلفة من عشرة
    أندية"، "الاستخبارات الداخلية المسؤولة عن"): it tells what the body is or does, as a
    relative clause would; names do not go on with a preposition. Not a participle that
    names ("القوات المسلحة في"، "الهيئة المستقلة"), a nisba, or a noun in construct after
    an indefinite word ("جامعة المنصورة في")."""
    w = ctx.norms[k]
    if not w.startswith("الم") or len(w) < 6 or w.endswith(("ي", "يه", "يين", "يون")) \
            or not ctx.norms[k - 1].startswith("ال") or ctx.adjective(k) or not _definite_start(ctx, k):
        return False
    named = _name_adjectives()
    if w in named or w.endswith("ه") and w[:-1] in named or k + 1 >= len(ctx.toks) or ctx.punct_between(k, k + 1):
        return False
    nxt = ctx.norms[k + 1]
    return nxt in _PREPOSITIONS or nxt.startswith("بال") and len(nxt) > 5  # "المعنية بالملف"; not "بشكل سنوي"


def _definite_start(ctx: _Context, k: int) -> bool:
    """The body's words before k begin with the article: "الدائرة المقربة من". A name begun
    by an indefinite head is a construct name the participle may close ("جامعة القدس
    المفتوحة في غزة"، "هيئة الطاقة المتجددة في مصر")."""
    owner = ctx.owner[k]
    first = ctx.toks[owner.i].norm if owner is not None else ""
    return any(stem.startswith("ال") for stem, _ in clitic_variants(first))


def _quality_adjective(ctx: _Context, i: int, k: int) -> bool:
    """A definite head and one definite feminine adjective that is no nisba and no word of
    names (``name_adjectives.tsv``: العامة، المسلحة، الخاصة ...), alone: a quality or a
    state of whatever the head names ("المقاومة الشرسة"، "الدائرة الضيقة"، "الهيئة
    المكلفة"، "القائمة الجاهزة"), as news writes such words after any noun. The adjectives
    of names are nisbas ("الحزب الشيوعي"، "الشرطة المحلية") or that table's few."""
    w = ctx.norms[k]
    owner = ctx.owner[k]
    return (ctx.norms[i].startswith("ال") and w.startswith("ال") and w.endswith("ه") and not w.endswith("يه")
            and w not in _name_adjectives() and w[:-1] not in _name_adjectives() and owner is not None and owner.kind == "org"
            and w not in ordinal_words()
            and not ctx.adjective(k))


def _described_kind(ctx: _Context, i: int, j: int) -> bool:
    """An indefinite one-word head and an indefinite nisba right after it ("حزب يساري
    التوجه"، "مجلس استشاري"): a kind of body, whatever definite word follows."""
    head = ctx.toks[i].norm
    if any(stem.startswith("ال") for stem, _ in clitic_variants(head)):
        return False
    return ctx.owner[j] is ctx.owner[i] and _indefinite_nisba(ctx, ctx.toks[j].norm)


def _shorten(ctx: _Context, sp, end: int) -> None:
    """End an organisation's span before its first descriptive adjective ("جبهة الساحل
    [المتمردة]"، "القائمة [الرئيسية للتطبيق]"): the words from it on go back free."""
    ctx.release(sp, end, sp.j)
    cut = sp.j - end
    sp.name_norm = " ".join(sp.name_norm.split()[:-cut]) if cut else sp.name_norm
    sp.j = end
    sp.end = ctx.toks[end - 1].end


def _brothers_before_names(ctx: _Context) -> None:
    """"الأخوان" alone before two given names joined by و or before a family name
    ("الأخوان محمد وأحمد"، "الأخوان كوين") is brothers, no Brotherhood: the lexicon's reading
    is given back to the people's rules. Before one given name it is still the Brotherhood
    (an apposition that names one of its members)."""
    toks, norms, given = ctx.toks, ctx.norms, ctx.lex.given_names
    for k in ctx.positions(_BROTHERS):
        sp = ctx.owner[k]
        if k + 1 >= len(toks) or sp is None or sp.kind != "lexicon" or sp.i != k or sp.j != k + 1 \
                or sp.entry is None or sp.entry.type != "ORG" or ctx.punct_between(k, k + 1) or ctx.owner[k + 1]:
            continue
        nxt = norms[k + 1]
        if nxt in given:
            named = k + 2 < len(norms) and norms[k + 2][:1] == "و" and norms[k + 2][1:] in given
        else:
            named = nxt[:1] not in NAME_PROCLITIC_LETTERS and not (
                ctx.surface(k + 1).startswith("ال") or ctx.common_word(nxt) or ctx.stop(nxt) or ctx.verb_like(nxt)
                or ctx.accusative(nxt, alone=True))
        if named:
            ctx.release(sp, sp.i, sp.j)


def _makes_of_models(ctx: _Context) -> None:
    """A company of the lexicon right after "طراز" (model, make) names the product, not the
    company: "طائرة من طراز إيرباص إيه 330" tells what flew, not who acted. The words stay
    claimed, so no other rule reads them as a name."""
    for k in ctx.positions(_MODEL_WORDS):
        if k + 1 >= len(ctx.toks) or ctx.punct_between(k, k + 1):
            continue
        sp = ctx.owner[k + 1]
        if sp is not None and sp.kind == "lexicon" and sp.i == k + 1 and sp.entry is not None \
                and sp.entry.type == "ORG" and sp.entry.kind == "company":
            sp.generic = True  # type: ignore[attr-defined]

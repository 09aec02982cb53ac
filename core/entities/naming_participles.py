"""A participle that says by what name a person goes ("المكنى"، "الملقب"، "المعروف
بـ"، ``data/lexicons/naming_participles.tsv``) is no word of that name: the tagger read
"المكنى أبو نصار" as one person and "المكنى" alone, after the full name it follows, as
another. The person's name starts after it (after a preposition on the next word, as in
"المكنى بأبو محمد") and ends before it ("محمود محمد المعروف بـ..."); a participle alone
names no one. Run before the aliases, which repeat their full name's words.
"""
from __future__ import annotations


from core import prepared
from core.entities.context import _Context
from core.entities.finder import _span_offsets
from core.entities.tables import _name_particles, _read_column
from core.names import known_parts
from core.text import clitic_variants, normalize_for_match, written_forms


@prepared.table()
def _participles() -> frozenset[str]:
    return frozenset(normalize_for_match(w) for (w,) in _read_column("naming_participles.tsv", "form"))


@prepared.table()
def _participle_forms() -> frozenset[str]:
    """The participles as written with a conjunction or preposition on them ("والمكنى"),
    made once, so that an article's words are intersected with them, not each one cut."""
    return written_forms(_participles())


def _name_reading(ctx: _Context, k: int) -> tuple[str, int]:
    """The word at k as a name's first word and the letters of a preposition before it
    ("بأبو" → "ابو", 1), or the word as written when no shorter reading is a name's."""
    w = ctx.norms[k]
    before, _ = _name_particles()
    for stem, dropped in clitic_variants(w):
        if dropped and (stem in before or stem in ctx.lex.given_names or (stem,) in known_parts()):
            return stem, dropped
    return w, 0


def _names_after_participles(ctx: _Context) -> None:
    found = ctx.words_in(_participle_forms())
    if not found:
        return
    before, _ = _name_particles()
    for sp in ctx.spans():
        if sp.kind == "person" and sp.j - sp.i > 1 and ctx.norms[sp.j - 1] in found \
                and ctx.norms[sp.j - 2] not in before:  # "ماجد عبد المعروف": a name after عبد
            ctx.release(sp, sp.j - 1, sp.j)  # "محمود محمد المعروف بـ..."
            sp.j -= 1
            sp.end = _span_offsets(ctx.nt, ctx.toks, sp.i, sp.j, 0)[1]
            sp.name_norm = " ".join(sp.name_norm.split()[:-1]) or sp.name_norm
        if sp.kind != "person" or ctx.norms[sp.i] not in found:
            continue
        ctx.release(sp, sp.i, sp.j)
        if sp.j - sp.i < 2:
            continue  # "الدار المكنى": the participle alone
        first, dropped = _name_reading(ctx, sp.i + 1)
        sp.i += 1
        sp.start, sp.end = _span_offsets(ctx.nt, ctx.toks, sp.i, sp.j, dropped)
        sp.name_norm = " ".join([first] + ctx.norms[sp.i + 1:sp.j])
        ctx.claim(sp)

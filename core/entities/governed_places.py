"""The place a governor or a mayor governs, named right after the title ("محافظ
المنوفية"، "رئيس بلدية لنس"، "عمدة كرانتس"): an indefinite title stands in construct
with what it governs, so the word after it is the place, not the official's name, which
comes after the place ("رئيس بلدية لنس سيلفان روبير"). The title rules read such a word
as a person ("رئيس بلدية [لنس] التي تضم ...") or left it unread; a common word after the
title ("محافظ الإقليم"، "عمدة المدينة"), a given name ("والي أحمد") and a body's name
("حاكم مصرف لبنان": the lexicon's or an organisation rule's) stay as they are. Titles
in ``data/lexicons/governing_titles.tsv``.
"""
from __future__ import annotations

from functools import lru_cache

from core.entities.context import _Context
from core.entities.finder import _Span
from core.entities.tables import _read_column
from core.names import known_parts
from core.text import clitic_variants, normalize_for_match


@lru_cache(maxsize=1)
def _governing_titles() -> dict[str, frozenset[tuple[str, ...]]]:
    """First word of each governing title → the words after it of its forms."""
    out: dict[str, set[tuple[str, ...]]] = {}
    for (form,) in _read_column("governing_titles.tsv", "form"):
        words = normalize_for_match(form).split()
        out.setdefault(words[0], set()).add(tuple(words[1:]))
    return {w: frozenset(rest) for w, rest in out.items()}


@lru_cache(maxsize=1)
def _written_firsts() -> dict[str, str]:
    """Normalised first word of each title → that word as the table writes it."""
    return {normalize_for_match(f.split()[0]): f.split()[0] for (f,) in _read_column("governing_titles.tsv", "form")}


def _written_as_title(ctx: _Context, i: int, stem: str) -> bool:
    """Whether token i is the title as written, not a word normalisation made look like
    it: "وإلى" and "والى" (and to) normalise as "والي" (governor) does."""
    written = _written_firsts()[stem]
    return ctx.surface(i).endswith(written) and not (written.endswith("ي") and ctx.ya_for_maqsura())


def _title_end(ctx: _Context, i: int, titles: dict[str, frozenset[tuple[str, ...]]]) -> int | None:
    """The token after the longest governing title that starts at token i (a proclitic
    on its first word seen through: "ومحافظ"), or None."""
    norms = ctx.norms
    for stem, _ in clitic_variants(norms[i]):
        rests = titles.get(stem)
        if rests is None or not _written_as_title(ctx, i, stem):
            continue
        for rest in sorted(rests, key=len, reverse=True):
            end = i + 1 + len(rest)
            if tuple(norms[i + 1:end]) == rest and not any(ctx.punct_between(k - 1, k) for k in range(i + 1, end)):
                return end
    return None


def _place_word(ctx: _Context, k: int) -> bool:
    """Whether the word at k can be the name of a place no table holds (a proclitic is no
    reading after a title in construct: "رئيس بلدية لنس" is no ل + نس)."""
    w = ctx.norms[k]
    return not (len(w) < 3 or not w.isalpha() or ctx.stop(w) or ctx.function_word(k) or w in ctx.lex.given_names
                or (w,) in known_parts() or ctx.common_noun(w) or ctx.common_word(w) or ctx.verb_like(w)
                or ctx.adjective(k) or ctx.accusative(w, alone=True))


def _governed_places(ctx: _Context) -> None:
    titles = _governing_titles()
    firsts = {p + w for w in titles for p in ("", "و", "ل", "ب", "ول", "وب")}
    hits = ctx.word_set() & firsts
    if not hits:
        return
    toks, n = ctx.toks, len(ctx.toks)
    for i in ctx.positions(hits):
        k = _title_end(ctx, i, titles)
        if k is None or k >= n or ctx.punct_between(k - 1, k) or ctx.owner[i] is not None:
            continue
        owner = ctx.owner[k]
        if owner is not None and (owner.kind != "person" or owner.i != k):
            continue  # a known place, a body ("حاكم مصرف لبنان"), a person read from before the title
        known = [e for e in ctx.lex.lookup(ctx.norms[k]) if e.type == "PLACE"]
        if owner is not None:
            ctx.release(owner, owner.i, owner.j)
        if len(known) != 1 and not _place_word(ctx, k):
            if owner is not None:
                ctx.claim(owner)
            continue
        if owner is not None and (owner.j > k + 2 or owner.j == k + 2 and (
                ctx.norms[k + 1] in ctx.lex.given_names or (ctx.norms[k + 1],) in known_parts())):
            rest = _Span(k + 1, owner.j, toks[k + 1].start, owner.end, "person", country=owner.country,
                         name_norm=" ".join(ctx.norms[k + 1:owner.j]), acts_for=owner.acts_for)
            ctx.claim(rest)  # "رئيس بلدية لنس سيلفان روبير": the mayor after his town
        if len(known) == 1:  # a place the lexicon leaves to the context ("مأرب" is also "purposes")
            e = known[0]
            ctx.claim(_Span(k, k + 1, toks[k].start, toks[k].end, "lexicon", entry=e, country=e.country,
                            acts_for=e.acts_for))
        else:
            ctx.claim(_Span(k, k + 1, toks[k].start, toks[k].end, "place", name_norm=ctx.norms[k], org_kind="city"))

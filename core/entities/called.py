"""Organisations the news introduces by the name they go by: "مجموعة "تكفيرية" تسمى "المنبر
الجهادي""، "شركة تدعى "سلاف كوربس"".

A quoted name right after a word that says what something is called names it; what it
is, an organisation here, the organisation head a few words before says (a film or a
person "يدعى" something is no organisation, and has no such head). The naming words are
data (data/lexicons/naming_words.tsv), the heads those of org_heads.tsv.
"""
from __future__ import annotations


from core import prepared
from core.entities.context import _Context
from core.entities.finder import _Finder, _match_at, _Span, _span_offsets
from core.lexicon import DATA_DIR, read_tsv
from core.text import CLOSE_QUOTES, OPEN_QUOTES, normalize_for_match

HEAD_REACH = 3  # words from the organisation head to the naming word ("مجموعة "تكفيرية" تسمى")
MAX_NAME = 5  # words of the quoted name
_OPEN = set('"' + OPEN_QUOTES)
_CLOSE = set('"' + CLOSE_QUOTES)


@prepared.table()
def _naming_words() -> tuple[dict[str, tuple[tuple[str, ...], ...]], frozenset[str]]:
    """(first word → the words after it, for each naming phrase; the first words)."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for _, r in read_tsv(DATA_DIR / "naming_words.tsv", ("form", "note"), required=("form",)):
        words = normalize_for_match(r["form"]).split()
        table.setdefault(words[0], []).append(tuple(words[1:]))
    return {w: tuple(v) for w, v in table.items()}, frozenset(table)


def _called_names(ctx: _Context, f: _Finder) -> None:
    """Claim each quoted name a naming word introduces after an organisation head."""
    table, firsts = _naming_words()
    norms, toks = ctx.norms, ctx.toks
    for i in ctx.positions(ctx.words_in(firsts)):
        k = next((i + 1 + len(rest) for rest in table[norms[i]] if tuple(norms[i + 1:i + 1 + len(rest)]) == rest), None)
        if k is None or k >= len(toks) or ctx.nt.norm[toks[k - 1].nend:toks[k].nstart].strip() not in _OPEN:
            continue
        end = k + 1
        while end < len(toks) and end - k < MAX_NAME and not ctx.nt.norm[toks[end - 1].nend:toks[end].nstart].strip():
            end += 1
        after = ctx.nt.norm[toks[end - 1].nend:toks[end].nstart] if end < len(toks) else ctx.nt.norm[toks[end - 1].nend:]
        if after.strip()[:1] not in _CLOSE or not ctx.free(k, end) or ctx.stop(norms[k]):
            continue
        head = _head_before(ctx, f, i)
        if head is None:
            continue
        if norms[i - 1] != "ما" and norms[i].startswith("ت") != _feminine(norms[head[1]]):
            continue  # "قناة ... يسمى "المتدرب"": the verb agrees with a noun that is no head
        head = head[0]
        s, t = _span_offsets(ctx.nt, toks, k, end, 0)
        ctx.claim(_Span(k, end, s, t, "org", name_norm=" ".join(norms[k:end]), org_kind=head.kind))


def _head_before(ctx: _Context, f: _Finder, i: int):
    """(the organisation head, its word) within HEAD_REACH words before word i, no stop
    mark between; not a head that "من" follows ("مجموعة من الغازات": some of a kind)."""
    for h in range(i - 1, max(i - 1 - HEAD_REACH, -1), -1):
        if ctx.nt.norm[ctx.toks[h].nend:ctx.toks[h + 1].nstart].strip(' "«»“”'):
            return None  # a comma or a full stop: the head belongs to another clause
        m = _match_at(ctx.nt, ctx.toks, h, f.heads)
        if m:
            return (m[0], h) if ctx.norms[m[1]] != "من" else None
    return None


def _feminine(word: str) -> bool:
    """A head a feminine verb agrees with: a feminine singular or a feminine plural."""
    return word.endswith(("ه", "ات"))

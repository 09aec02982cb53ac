"""Ships and boats by name: "سفينة "أكواريوس" الإغاثية"، "السفينة الإنسانية "أكواريوس""،
"السفينة أكواريوس"، "حاملة الطائرات "ترومان"".

A vessel is a side of the events news tells about it (a state refuses it a port, lets it
dock, accuses it; the ship's operators call on states), so its name is an organisation
(the gold types rescue ships ORG) and every later mention of the same name ("لأكواريوس")
is a mention of it. What introduces the name is a word for a ship (data/lexicons/
vessel_heads.tsv) and, between the two, only words that describe the ship (definite
words or adjectives: "الإغاثية"، "الروسية"، "الشحن"): "ناقلة عنه قوله "..."" (conveying) or
"سفينة تحمل "..."" quote something that is no name. A name written without quotes counts
only right after the head, as news writes an apposition ("السفينة أكواريوس"), and only
when it is a word of names, not a common noun, an adjective or a verb.
"""
from __future__ import annotations


from core import prepared
from core.entities.context import _Context
from core.entities.finder import _Finder, _Span, _span_offsets
from core.entities.rules import _CLOSE_QUOTES, _OPEN_QUOTES, MAX_QUOTED_NAME, _adjectival, _quoted_adjective
from core.lexicon import DATA_DIR, read_tsv
from core.text import clitic_variants, normalize_for_match, proclitic_forms

DESCRIBING_REACH = 3  # words that describe the ship between its head and its name ("سفينة خفر السواحل الإيطالي")
KIND = "vessel"
VERB_PERSON_MIN = 20  # news count of a word's other person (تقل / يقل) that makes it a verb


@prepared.table()
def _heads() -> tuple[dict[str, tuple[tuple[str, ...], ...]], frozenset[str]]:
    """(first word → the words after it, per head; every written form of a first word)."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for _, r in read_tsv(DATA_DIR / "vessel_heads.tsv", ("form", "note"), required=("form",)):
        words = normalize_for_match(r["form"]).split()
        table.setdefault(words[0], []).append(tuple(words[1:]))
    forms = frozenset(f for w in table for f in proclitic_forms(w))
    return {w: tuple(sorted(v, key=len, reverse=True)) for w, v in table.items()}, forms


def _head_end(ctx: _Context, i: int) -> int | None:
    """The word after the vessel head that starts at word i, else None."""
    table, _ = _heads()
    for stem, _dropped in clitic_variants(ctx.norms[i]):
        for rest in table.get(stem, ()):
            if tuple(ctx.norms[i + 1:i + 1 + len(rest)]) == rest:
                return i + 1 + len(rest)
    return None


def _describes(ctx: _Context, k: int) -> bool:
    """Word k describes the ship before its name: a definite word or an adjective."""
    w = ctx.norms[k]
    return not ctx.stop(w) and (w.startswith("ال") or _adjectival(w) or ctx.adjective(k) is not None)


def _quoted_end(ctx: _Context, k: int) -> int | None:
    """The word after a quoted name opening at word k (its closing quote right after)."""
    toks, norm = ctx.toks, ctx.nt.norm
    if k == 0 or norm[toks[k - 1].nend:toks[k].nstart].strip() not in _OPEN_QUOTES:
        return None
    end = k + 1
    while end < len(toks) and end - k < MAX_QUOTED_NAME and not norm[toks[end - 1].nend:toks[end].nstart].strip():
        end += 1
    after = norm[toks[end - 1].nend:toks[end].nstart] if end < len(toks) else norm[toks[end - 1].nend:]
    if after.strip()[:1] not in _CLOSE_QUOTES or ctx.stop(ctx.norms[k]) or _quoted_adjective(ctx, k, end):
        return None
    return end


def _name_after(ctx: _Context, i: int, h: int) -> tuple[int, int, str | None] | None:
    """(first word, word after, country of a nationality adjective) of the name the head
    at words i..h introduces, else None."""
    country = None
    for k in range(h, min(h + DESCRIBING_REACH + 1, len(ctx.toks))):
        if ctx.punct_between(k - 1, k) and _quoted_end(ctx, k) is None:
            return None  # a comma or a full stop: the quote, if any, is another clause's
        end = _quoted_end(ctx, k)
        if end is not None:
            return k, end, country
        if k == h and _bare_name(ctx, k):
            return k, k + 1, None  # "السفينة أكواريوس"، "على متن سفينة أكواريوس"
        if not _describes(ctx, k):
            return None
        country = country or ctx.adjective(k)
    return None


def _bare_name(ctx: _Context, k: int) -> bool:
    """Word k, written without quotes right after the head, is a name: a word of names
    that is no common noun, adjective or verb ("السفينة ستقل": the ship will carry;
    "السفينة غرقت": it sank), and that the article writes again, as it does a ship it
    tells about (a verb after the head seldom comes back in the same form)."""
    w = ctx.norms[k]
    if not ctx.name_like(k, True) or ctx.common_noun(w) or _adjectival(w) or ctx.verb_like(w):
        return False
    if w[:1] == "س" and ctx.verb_like(w[1:]) or w.endswith("ت"):
        return False
    if w[:1] in "يت" and ctx.counts.get({"ي": "ت", "ت": "ي"}[w[0]] + w[1:], 0) >= VERB_PERSON_MIN:
        return False  # "السفينة تقل" beside "يقل": a short verb, too short for verb_like
    return sum(ctx.word_count(x) for x in proclitic_forms(w)) >= 2


def _vessel_names(ctx: _Context, f: _Finder) -> None:
    """Claim each ship's name a vessel head introduces, and its later mentions."""
    _, forms = _heads()
    names: dict[str, tuple[int, str | None]] = {}  # name → its words, the ship's country
    for i in ctx.positions(ctx.words_in(forms)):
        h = _head_end(ctx, i)
        if h is None or h >= len(ctx.toks):
            continue
        found = _name_after(ctx, i, h)
        if found is None or not ctx.free(found[0], found[1]):
            continue
        k, end, country = found
        name = " ".join(ctx.norms[k:end])
        s, t = _span_offsets(ctx.nt, ctx.toks, k, end, 0)
        ctx.claim(_Span(k, end, s, t, "org", country=country, name_norm=name, org_kind=KIND))
        names.setdefault(name, (end - k, country))
    for name, (size, country) in names.items():
        _claim_again(ctx, name, size, country)


def _claim_again(ctx: _Context, name: str, size: int, country: str | None) -> None:
    """The name's other mentions, through their proclitics ("لأكواريوس"); a one-word
    name that is a common word ("العودة") is the ship only where its head introduces it."""
    words = name.split()
    if size == 1 and (ctx.common_noun(words[0]) or ctx.stop(words[0])):
        return
    for i in ctx.positions(set(proclitic_forms(words[0])) & ctx.word_set()):
        if ctx.norms[i + 1:i + size] != words[1:] or not ctx.free(i, i + size):
            continue
        dropped = next((d for stem, d in clitic_variants(ctx.norms[i]) if stem == words[0]), None)
        if dropped is None:
            continue
        s, t = _span_offsets(ctx.nt, ctx.toks, i, i + size, dropped)
        ctx.claim(_Span(i, i + size, s, t, "org", country=country, name_norm=name, org_kind=KIND))

"""Where a title's complement ends: the role words between a title and the name it
introduces ("وزير الخارجية الروسي"، "مساعد الرئيس بوتين"), and the country they name.

Apart from the rule that reads titled people (core.entities.rules), since the complement
is a reading of its own: what a role is of, and where its bearer's name may start.
"""
from __future__ import annotations

from core.entities.context import _Context
from core.entities.person_names import NAME_RARE
from core.entities.tables import MAX_COMPLEMENT_TOKENS
from core.text import without_lam


def _complement_end(ctx: _Context, k: int, kin: bool = False) -> tuple[int, str | None]:
    """Skip the role words after a title (الخارجية الروسي، مكتب ... بوزارة الدفاع الإسرائيلية)
    and return (first token after them, the country they name). ``kin``: a title whose
    pronoun says whose it is ("ابنته"، "زوجها"), which has no place of office."""
    toks = ctx.toks
    country = None
    start = k
    while k < len(toks) and k - start < MAX_COMPLEMENT_TOKENS:
        if k > start and ctx.punct_between(k - 1, k):
            gap = ctx.nt.norm[toks[k - 1].nend:toks[k].nstart]
            if gap.strip() not in ("،", ","):
                break
        owner = ctx.owner[k]
        if owner is not None:
            if owner.kind in ("person", "blocked"):
                break
            e = owner.entry
            if owner.kind == "lexicon" and e is not None:
                if e.type == "PLACE" and e.kind not in ("capital",):
                    break
                country = country or (e.id if e.type == "COUNTRY" else e.country)
            else:
                country = country or owner.country
            k = owner.j
            continue
        if ctx.compound_given(k):
            break  # "الرئيس عبد الله": a given name, no idafa of the role ("عبد" is a common noun too)
        w = toks[k].norm
        iso = ctx.adjective(k)
        if iso:
            country = country or iso
            k += 1
            continue
        if w == "في" and kin:
            break  # "وابنته في المكانين": "في" joins a role to its place ("السفير في لبنان"), no kin
        if w in ("باسم", "لدي", "في", "العام", "السابق", "الاسبق", "الحالي"):
            k += 1
            continue
        if w.startswith(("ال", "لل")) and ctx.common_noun(without_lam(w)):
            k += 1
            continue
        if w[:1] in "بل" and ctx.common_noun(w[1:]) and len(w) > 3:
            k += 1
            continue
        # idafa: an indefinite common noun followed by a definite word (مدير مكتب الشؤون);
        # a particle is none ("الوزير إن البلدين ...": "ان" reads as a noun, الآن without its article)
        if not w.startswith("ال") and ctx.common_noun(w) and k + 1 < len(toks) and toks[k + 1].norm.startswith("ال") \
                and not ctx.stop(w):
            k += 1
            continue
        if _describing_nisba(ctx, k):
            k += 1
            continue
        break
    return k, country


def known_bearer(ctx: _Context, j: int, k: int) -> bool:
    """The complement (tokens j..k) ended on a well-known person, with nothing but
    nationality adjectives before him, and no given name follows: the title was his
    ("الرئيس ترامب حنينه"، "الرئيس الروسي بوتين تخاذله"), and the word after him is no name.
    A given name after him, or a role noun before him ("مستشار الرئيس روحاني واعظي"), makes
    the title that of another, named after him."""
    before = ctx.owner[k - 1] if 0 < k <= len(ctx.toks) else None
    if before is None or before.kind != "lexicon" or before.entry is None or before.entry.type != "PERSON":
        return False
    if not all(ctx.adjective(x) for x in range(j, before.i)):
        return False
    return k >= len(ctx.toks) or ctx.toks[k].norm not in ctx.lex.given_names and not ctx.compound_given(k)


def _describing_nisba(ctx: _Context, k: int) -> bool:
    """A definite nisba adjective between a title and the name it describes ("الفنان
    التشكيلي بابلو ..."، "القس البروتستانتي ..."، "المرشحة الراديكالية ..."): followed
    in the same clause by an indefinite word that can start a name. A family name alone
    after a title ("النائب الجبوري") is followed by no name."""
    w = ctx.toks[k].norm
    if not (w.startswith("ال") and w.endswith(("ي", "يه")) and len(w) > 5) or k + 1 >= len(ctx.toks):
        return False
    nxt = ctx.toks[k + 1].norm
    return (not ctx.punct_between(k, k + 1) and not nxt.startswith("ال") and ctx.name_like(k + 1, first=True)
            and (nxt in ctx.lex.given_names or ctx.counts.get(nxt, 0) < NAME_RARE))

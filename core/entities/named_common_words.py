"""A tagger's name made of common words that still names someone.

Arabic names are common words ("خيري"، "سلام"، "الوحيد"), so a name the tagger proposes
over common words only is dropped as its slip ("المسؤولين"، "وأكد على ضرورة";
``second._all_common``) unless the words themselves say it is a name: a given name of
two words, عبد and a definite word ("عبد الوحيد": عبد before a definite word is a name
whatever the word, when the text ends the name there and no name word stands before it), or two words or more right after a nationality adjective ("اللاعب
الغاني بشارة سلام": a nationality before a name is how news introduces a foreigner),
when its first word is no title (a rank after a nationality is no name: "الإيراني اللواء").
"""
from __future__ import annotations

from core.entities.context import _Context
from core.entities.finder import name_candidate
from core.entities.second import _all_common
from core.text import clitic_variants


def common_words_only(ctx: _Context, i: int, j: int, typ: str = "") -> bool:
    """Whether the tagger's span [i, j) of type typ is common words only and no name."""
    if not _all_common(ctx, i, j, typ):
        return False
    if typ != "PER":
        return True
    if j - i == 2 and ctx.compound_given(i) and _name_ends(ctx, j) and not _name_before(ctx, i):
        return False  # the two words are the name, no more: "عبد الفتاح الشهير" is no name
    return not (j - i >= 2 and i > 0 and not ctx.punct_between(i - 1, i) and ctx.adjective(i - 1)
                and not ctx.lex.title(ctx.toks[i].norm))  # "الإيراني الميجر جنرال"


def _name_ends(ctx: _Context, j: int) -> bool:
    """The text shows a name ends before word j: a pause, a function word or the end. A
    free word after "عبد X" may be its family name the tagger left out ("عبد الباسط
    الحداد"): the two words alone would cut the name."""
    return j >= len(ctx.toks) or ctx.punct_between(j - 1, j) or ctx.stop(ctx.norms[j]) or ctx.function_word(j)


def _name_before(ctx: _Context, i: int) -> bool:
    """A free name word stands right before "عبد X" ("وحامد عبد الرحمن"، "سلوى عز الدين"):
    the two words are that person's family name, and alone they would cut the name."""
    if i == 0 or ctx.owner[i - 1] is not None or ctx.punct_between(i - 1, i):
        return False
    return any(name_candidate(ctx.lex, stem) for stem, _ in clitic_variants(ctx.norms[i - 1]))

"""A verb or a noun with a pronoun read as a one-word person: "نعلم" (we know) after a
speaker's name and a quote, "وحفيدته" (and his granddaughter) after a noun of kinship. A word that starts as an imperfect does (ن، ي، ت)
and that news writes far more often with another person's prefix ("يعلم"، "تعلم"
beside "نعلم") is that verb, not a name: a foreign name has no such forms ("نوفارينو"،
"نيكولا": no "يوفارينو"), and a name that is also read so is written more often than
its other persons ("نوري" beside "يوري"). A word that ends on an attached pronoun
news writes without it is that word (``inflected_word``). Given names and known name
parts stay.
"""
from __future__ import annotations

from core.entities.context import VERB_FORMS_MIN, _Context
from core.entities.word_endings import pronoun_suffix
from core.text import normalize_for_match

_IMPERFECT = "نيت"  # the imperfect's prefixes (أ starts too many names)
# How many times more often news must write the verb's other persons than the word.
OTHER_PERSONS_RATIO = 2


def imperfect_verb(ctx: _Context, w: str) -> bool:
    """Whether ``w`` is an imperfect verb by the other persons news writes it in."""
    if len(w) < 4 or w[0] not in _IMPERFECT or w in ctx.lex.given_names or ctx.whole_name(w):
        return False
    others = ctx.persons(w, _IMPERFECT)
    return others >= VERB_FORMS_MIN and others >= OTHER_PERSONS_RATIO * ctx.counts.get(w, 0)


def _verbs_read_as_people(ctx: _Context) -> None:
    """Releases the one-word people (no lexicon's) whose word is an imperfect verb or a
    word of news with an attached pronoun."""
    for sp in ctx.spans():
        if sp.kind == "person" and sp.j - sp.i == 1 and (imperfect_verb(ctx, sp.name_norm) or inflected_word(ctx, sp.i)):
            ctx.release(sp, sp.i, sp.j)


# How often news must write the word under its pronoun for the word to be that word.
INFLECTED_STEM_MIN = 10


def _stems(w: str) -> list[str]:
    """The words ``w`` (as written, its pronoun cut) may be: "حفيدت" of "حفيدته" is حفيدة
    (or the verb خذلت → خذل), "وزرائ" of "وزرائه" is وزراء, "ناشرو" of "ناشروه" ناشرون,
    "نظيرا" of "نظيراه" نظير."""
    out = [w]
    if w.endswith("ت"):
        out += [w[:-1] + "ة", w[:-1]]
    elif w.endswith(("ئ", "ؤ")):
        out.append(w[:-1] + "ء")  # "أبناؤه"، "وزرائه"
    elif w.endswith("و"):
        out += [w + "ن", w + "ا", w[:-1]]
    elif w.endswith("ا"):
        out.append(w[:-1])  # a dual: "نظيراه"
    return out


def inflected_word(ctx: _Context, i: int) -> bool:
    """Whether the word at i is a word of news with an attached pronoun ("وحفيدته"،
    "ووزرائه"، "يرحمها"، "ناشروه"): as written it ends on a pronoun (a plural or feminine
    one, or ه after ت or on a word with a conjunction or preposition: names end on a
    written ه, "ديديه"، "فاطمه"), and without it news writes it often. Given names and
    known name parts stay."""
    w = ctx.surface(i)
    norm = ctx.norms[i]
    if norm in ctx.lex.given_names or ctx.whole_name(norm):
        return False
    suffix = pronoun_suffix(w)  # any but a lone ه a name never ends with ("ديديه"، "توريه")
    if not suffix:
        return False
    body = w[:-len(suffix)]
    bodies = [(body, False)]
    if body[:1] in "وف" and len(body) > 3:  # a conjunction (ب، ل start names: "بيريه")
        bodies.append((body[1:], True))
    for b, cut in bodies:
        plain = suffix != "ه" or b.endswith("ت")
        if len(b) < 3 or not (plain or cut):
            continue
        for stem in map(normalize_for_match, _stems(b)):
            # after a conjunction a lone ه must leave a common word: "وبيريه" is و + a name
            if ctx.counts.get(stem, 0) >= INFLECTED_STEM_MIN and (plain or ctx.common_noun(stem) or ctx.common_word(stem)):
                return True
    return False

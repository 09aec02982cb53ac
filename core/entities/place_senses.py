"""Place names of the lexicon written where the words around them mean no place.

A city or country is also part of what is named after it, and a few place names are
common words in fixed phrases:

* a championship or a festival named after a place ("بطولة فرنسا المفتوحة"، "مهرجان
  البندقية"): the name is the event's, not a mention of the place (ANERcorp's train part
  leaves such places out of its places every time; a cup's, a fair's or an agreement's
  place it marks more often than not, "كأس آسيا"، "معرض صنعاء"، "اتفاقية باريس", so those
  stay);
* "مسقط رأسه" is a birthplace, no Muscat;
* "صلاة المغرب"، "أذان المغرب" and "المغرب والعشاء" name the sunset prayer, no Morocco;
* a country whose name is also its feminine nisba ("السعودية"، "روسية"، "سورية") after a
  feminine word of the same definiteness is the adjective: "العائلة المالكة السعودية"،
  "محاولة روسية" (ANERcorp's train part: 6 times out of 6 no place). An indefinite word
  before a definite one is a construct, "زيارة السعودية", and keeps the country.

A place under ب or ل after the event's word is where it is held ("مهرجان بالبندقية") and
stays. The words stay claimed (``generic``), so no later rule nor the tagger reads them as a
name again.
"""
from __future__ import annotations

from core.entities.context import _Context
from core.lexicon import per_lexicon
from core.text import normalize_for_match


def _with_proclitics(words: str, clitics: tuple[str, ...] = ("", "و", "ف", "ب", "ل", "وب", "ول")) -> frozenset[str]:
    return frozenset(normalize_for_match(c + w) for w in words.split() for c in clitics)


# the word before a place that makes it part of an event's name
_EVENT_WORDS = _with_proclitics("بطولة مهرجان")
# "مسقط رأسه": the place where one was born
_MUSCAT = _with_proclitics("مسقط", ("", "و", "ف", "ب", "ل"))
_HEAD_WORDS = frozenset(normalize_for_match(w) for w in "رأس رأسه رأسها رأسهما رأسهم رأسي".split())
# the sunset prayer and its call
_PRAYER_WORDS = _with_proclitics("صلاة صلاتي صلاتا أذان آذان")
_NIGHT_PRAYER = frozenset(normalize_for_match(w) for w in ("والعشاء", "العشاء"))
_MOROCCO = _with_proclitics("المغرب", ("", "و"))  # "صلاة بالمغرب" is a prayer in Morocco
_CUES = _EVENT_WORDS | _MUSCAT | _PRAYER_WORDS | _NIGHT_PRAYER


def _places_in_other_senses(ctx: _Context) -> None:
    """Unname the lexicon's places that the word before or after them reads otherwise."""
    words = ctx.word_set()
    if not ctx.words_in(_CUES):
        return
    if words & _EVENT_WORDS:
        for k in ctx.positions(words & _EVENT_WORDS):
            sp = _place_at(ctx, k + 1)
            if sp is not None and not ctx.punct_between(k, k + 1) \
                    and any(e is sp.entry for e in ctx.lex.lookup(" ".join(ctx.norms[sp.i:sp.j]))):
                sp.generic = True  # type: ignore[attr-defined]  # "مهرجان البندقية": the festival's name
    if words & _MUSCAT:
        for k in ctx.positions(words & _MUSCAT):
            sp = _place_at(ctx, k)
            if sp is not None and sp.j == k + 1 and k + 1 < len(ctx.norms) and ctx.norms[k + 1] in _HEAD_WORDS \
                    and not ctx.punct_between(k, k + 1):
                sp.generic = True  # type: ignore[attr-defined]  # "مسقط رأسه": a birthplace
    if words & _MOROCCO and words & (_PRAYER_WORDS | _NIGHT_PRAYER):
        for k in ctx.positions(words & _MOROCCO):
            sp = _place_at(ctx, k)
            if sp is None or sp.j != k + 1:
                continue
            before = k > 0 and ctx.norms[k - 1] in _PRAYER_WORDS and not ctx.punct_between(k - 1, k)
            after = k + 1 < len(ctx.norms) and ctx.norms[k + 1] in _NIGHT_PRAYER
            if before or after:
                sp.generic = True  # type: ignore[attr-defined]  # "صلاة المغرب": the sunset prayer


def _nisba_countries(ctx: _Context) -> None:
    """Unname a one-word country written as its own feminine nisba after a feminine word
    that agrees with it ("المحادثات الإسرائيلية السعودية"): the words stay claimed, and the
    events read the adjective as they read any nationality adjective. Run after the
    tagger, which confirms the lexicon's reading of "روسية" where the lexicon alone leaves
    it to context."""
    lex, norms = ctx.lex, ctx.norms
    forms = ctx.words_in(_nisba_forms(lex))
    for k in ctx.positions(forms) if forms else ():
        sp = _place_at(ctx, k)
        if sp is None or sp.j != k + 1 or sp.entry.type != "COUNTRY" or k == 0 or ctx.punct_between(k - 1, k):
            continue
        before = norms[k - 1]
        if not before.endswith(("ه", "ات")) or ctx.owner[k - 1] is not None and ctx.owner[k - 1].kind == "lexicon":
            continue
        definite = _bare(norms[k]).startswith("ال")
        if _bare(before).startswith("ال") == definite and lex.adjective_of(norms[k]) == sp.entry.id:
            sp.generic = True  # type: ignore[attr-defined]  # "العائلة المالكة السعودية": Saudi, the adjective


@per_lexicon
def _nisba_forms(lex) -> frozenset[str]:
    """The one-word names of countries that are also their feminine nisba ("السعوديه"،
    "روسيه"), bare or after و (made once per lexicon)."""
    return frozenset(c + f for f, ids in lex.by_form.items() if " " not in f and f.endswith("يه")
                     and lex.adjective_of(f) in {lex.by_id[i].id for i in ids if lex.by_id[i].type == "COUNTRY"}
                     for c in ("", "و"))


def _bare(norm: str) -> str:
    """A word without the proclitics that do not change its definiteness (و ف ب، لل → ال)."""
    if norm.startswith(("وال", "فال", "بال")):
        return norm[1:]
    if norm.startswith(("وبال", "فبال")):
        return norm[2:]
    if norm.startswith(("لل", "ولل")) and len(norm) > 4:
        return "ال" + norm[norm.index("لل") + 2:]
    return norm


def _place_at(ctx: _Context, k: int):
    """The lexicon's place or country that starts at word ``k``, if any."""
    if k >= len(ctx.norms):
        return None
    sp = ctx.owner[k]
    if sp is None or sp.kind != "lexicon" or sp.i != k or sp.entry is None or getattr(sp, "generic", False):
        return None
    return sp if sp.entry.type in ("PLACE", "COUNTRY") else None

"""ل and a verbal noun after an organisation's name: why the body was reached, not its field.

"اقتيد الموقوفون إلى النيابة العامة للتحقيق في الحادث" names the prosecution and why the
men were taken there; "الهيئة العامة للاستثمار" names a body by its field. A verbal noun
that governs a preposition ("للتحقيق في"، "للحديث مع"، "للحصول على") is a verb's purpose
clause, and a field is a noun standing alone, so the name stops before such a ل. A plural
is no verbal noun: the feminine one in -ات ("للانتخابات في"), the masculine one in -ين,
and the broken one written with أ ("للأنباء عن": a news agency, and whom it quotes), nor is a preposition before a
country or place governed ("للاستثمار في السعودية": where the body is). Names
built on a governed verbal noun exist ("اللجنة العليا للإشراف على الانتخابات"); they stay
whole where an officer's title stands right before the head ("رئيس اللجنة ..."): a body
with a chair is a standing one, no verb's goal. "للمرة" (for the second time) is a time,
never a field. The words are rows of `data/lexicons/purpose_cues.tsv`."""
from __future__ import annotations

from functools import lru_cache

from core.entities.context import _Context
from core.entities.finder import _match_at
from core.entities.tables import _read_column
from core.text import normalize_for_match


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for form, kind in _read_column("purpose_cues.tsv", "form", "kind"):
        out.setdefault(kind, set()).add(normalize_for_match(form))
    return {kind: frozenset(forms) for kind, forms in out.items()}


def purpose_after_name(ctx: _Context, i: int, k: int) -> bool:
    """Whether the word k, ل with the article on a noun after the organisation head at
    token i, starts a purpose clause or a time instead of the body's field."""
    w = ctx.norms[k]
    if not w.startswith("لل"):
        return False
    cues = _cues()
    if "ال" + w[2:] in cues["time"]:
        return True
    if k + 1 >= len(ctx.toks) or ctx.punct_between(k, k + 1) or ctx.norms[k + 1] not in cues["preposition"] \
            or _plural(ctx, k) or _place_after(ctx, k + 2):
        return False
    return not (i > 0 and not ctx.punct_between(i - 1, i) and ctx.norms[i - 1] in cues["officer"])


def _plural(ctx: _Context, k: int) -> bool:
    """A plural after لل, no verbal noun: feminine in -ات ("للانتخابات"), masculine in -ين
    ("للمعلنين"; a verbal noun in -ين is of the form تفعيل: "للتأمين"), broken and written
    with أ ("للأنباء")."""
    w = ctx.norms[k][2:]
    return w.endswith("ات") or w.endswith("ين") and not w.startswith("ت") or ctx.surface(k)[2:3] == "أ"


def _place_after(ctx: _Context, k: int) -> bool:
    """A country or place after the preposition, of the lexicon or of the rules, or after
    a place's head ("ولاية فرجينيا"): where the body is ("الهيئة العامة للاستثمار في السعودية"), no object of a
    verbal noun."""
    if k < len(ctx.toks) and ctx.owner[k] is None:
        head = _match_at(ctx.nt, ctx.toks, k, ctx.f.place_heads)
        k = head[1] if head is not None else k
    owner = ctx.owner[k] if k < len(ctx.toks) else None
    return owner is not None and (owner.kind == "place" or owner.entry is not None and owner.entry.type in ("COUNTRY", "PLACE"))

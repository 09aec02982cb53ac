"""The fields an organisation's name goes on with after its first words.

Two ways a body's name names its field after the head and its first words: ل with the
article ("الهيئة العامة للاستثمار"، "شركة ماهر للتجارة والمقاولات"), and a second field
joined by و to a first one written as the head's definite complement ("وزارة الثقافة
والإعلام"، "حزب العيش والحرية"، "هيئة الطرق والمواصلات"). Names of ministries and
parties with two portfolios or two words of a programme are common in Arab news, and
the name stopped at the first: "وزارة التربية" for "وزارة التربية والتعليم". The second
field is a noun of a body's complement in `org_name_words.tsv` (no head: "والجيش"،
"والشرطة" are other bodies), after a definite noun (no adjective: "الجيش الوطني
والمقاومة" lists two forces); other nouns after و go on with the clause ("وزارة الدفاع
والمسؤولين").
"""
from __future__ import annotations

from core.entities.context import _Context
from core.entities.finder import _Finder, _match_at
from core.entities.times_after_names import time_after_name
from core.org_names import _bare, name_words
from core.text import without_lam

# Endings of a nisba adjective, normalised (ة is written ه): الوطني، الوطنية.
_NISBA_ENDINGS = ("ي", "يه")


def field_end(ctx: _Context, f: _Finder, i: int, k: int, after_complement: bool) -> int:
    """The token after the field that starts at token k of the name headed at i, or k
    when none starts there; a second field joined by و only after a definite complement
    of the head (`after_complement`: "البرلمان والانتخابات" lists two things)."""
    w = ctx.norms[k]
    # not right after a one-word head: "المحكمة للحصول على إذن"، "شركة للتجارة" (a purpose)
    if w.startswith("لل") and len(w) > 4 and ctx.common_noun(without_lam(w)) and k - i > 1 and not time_after_name(ctx, k):
        k += 1
        # "للتجارة والمقاولات"، "للعلوم والتكنولوجيا": a second field joined by و
        if (k < len(ctx.toks) and ctx.norms[k].startswith("وال") and not ctx.punct_between(k - 1, k)
                and ctx.owner[k] is None and len(ctx.norms[k]) > 5 and not ctx.stop(ctx.norms[k][1:])):
            k += 1
        return k
    if after_complement and _joined_field(ctx, f, k):
        return k + 1
    return k


def _joined_field(ctx: _Context, f: _Finder, k: int) -> bool:
    """Whether token k, و with the article, joins a second field to the definite noun
    before it ("والإعلام" after "وزارة الثقافة")."""
    w, prev = ctx.norms[k], ctx.norms[k - 1]
    if not w.startswith("وال") or len(w) < 6 or ctx.punct_between(k - 1, k) or ctx.owner[k] is not None:
        return False
    if prev.startswith("وال"):
        prev = prev[1:]  # a third field ("لجنة الإعلام والثقافة والرياضة")
    if not prev.startswith("ال") or ctx.adjective(k - 1) or ctx.owner[k - 1] is not None:
        return False
    if prev.endswith(_NISBA_ENDINGS) and "noun" not in name_words().get((_bare(prev),), ()):
        return False  # "الجيش الوطني والمقاومة": an adjective; "التربية" is a field
    parts = name_words().get((_bare(w[1:]),))
    if parts is None or "noun" not in parts or "head" in parts:
        return False
    if k + 1 < len(ctx.toks) and not ctx.punct_between(k, k + 1) and ctx.norms[k + 1].startswith("ال") \
            and ctx.owner[k + 1] is None and _match_at(ctx.nt, ctx.toks, k + 1, f.heads) is not None:
        return False  # "وزارة الداخلية والشؤون البلدية": the name would end at the head before the field's qualifier
    return _match_at(ctx.nt, ctx.toks, k, f.heads) is None

"""Actors named only as whom a side is close or loyal to: in "اتهمت حركة التغيير حزب
الاتحاد الوطني المقرب من إيران بتزوير الانتخابات" Iran describes the accused party and
is no side of the accusation, as "الموالية لإيران" describes the noun before it.
"""
from __future__ import annotations

from core.events.named_only import named_only, without_sides

CLOSE = "close"  # violence_cues.tsv: "المقرب من"، "القريبة من": a side's closeness to another
LOYAL = "الموال"  # "الموالية لإيران"، "الموالين لـ"
MARKS = frozenset({"من", "ل"})  # "المقرب من إيران"؛ "لـ" is written on the name ("الموالية لإيران")


def _describing(word: str) -> bool:
    """Closeness or loyalty; not "التابع لـ" ("الجهاز التابع للحكومة X" acts for X) nor
    "المدعوم من", which the gold reads as sides."""
    from core.events import violence  # it imports the filters that call these
    return word.startswith(LOYAL) and word in violence.AFFILIATED or violence.load_cues().get(word) == CLOSE


def _affiliate(norms: list[str], h, a) -> bool:
    """Mention ``a`` stands right after a word of affiliation, or after it and "من"."""
    k = a.i - 1
    if k >= 0 and norms[k] in MARKS:
        k -= 1
    return k >= 0 and k not in (h.i, h.j - 1) and _describing(norms[k])


def no_affiliates(doc, st, h, pairs: list) -> list:
    """The pairs with no side the sentence names only as whom another is close or loyal to."""
    return without_sides(pairs, named_only(st.actors, lambda a: _affiliate(doc.norms, h, a)))

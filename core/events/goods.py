"""Trade measures told by the goods they fall on: "فرضت X رسوما على واردات أمريكية"،
"بفرض رسوم تتراوح بين 10 و25% على البضائع الصينية"، "عقوبات على صادرات النفط الإيرانية".

A tariff or sanction on goods names its target only by the nationality of the goods:
the adjective right after the goods noun (or after the product it qualifies). The one who
imposes it is the subject before the trigger (the clause's first actor without a
preposition) unless the rules found one already.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the rule reads the role ladder's context; no import at run time
    from core.events.roles import _RoleContext

# goods nouns, normalised (ة → ه), without the conjunction; with and without the article
GOODS = frozenset({"واردات", "الواردات", "صادرات", "الصادرات", "بضائع", "البضائع", "سلع", "السلع", "منتجات",
                   "المنتجات", "بضاعه", "البضاعه", "منتجا", "سلعا"})
ON_MARKS = frozenset({"علي"})  # "رسوم على ...": what follows is what the measure falls on
_AFTER_WA = GOODS | ON_MARKS  # the words a leading و is cut from
GOODS_REACH = 14  # words from the trigger to the goods noun (a range of rates may come between)
ON_REACH = 6  # words between "على" and the goods noun ("على 12 مليار دولار من الواردات")
ADJ_REACH = 2  # words between the goods noun and the adjective of their origin ("صادرات النفط الإيرانية")
STOPS = ".:؛;!?؟"  # punctuation that ends the clause (a comma, a percent sign do not)


def _goods_at(c: _RoleContext) -> int | None:
    """The token of the goods noun the trigger's "على" introduces, or None."""
    toks, h = c.toks, c.h
    on = None
    for k in range(h.j, min(h.j + GOODS_REACH, len(toks))):
        if k > h.j and any(ch in STOPS for ch in c.nt.norm[toks[k - 1].nend:toks[k].nstart]):
            return None
        w = toks[k].norm
        w = w[1:] if w[:1] == "و" and w[1:] in _AFTER_WA else w
        if w in ON_MARKS:
            on = k
        elif w in GOODS and on is not None and k - on <= ON_REACH:
            return k
    return None


def rule_goods_origin(c: _RoleContext) -> tuple[list[str], list[str], list[str]] | None:
    """"فرضت كندا رسوما على الواردات الأمريكية": a sanction on goods targets the state the
    goods come from, named by the adjective after them; the imposer is the subject."""
    if c.h.form.type != "SANCTION" or c.joint:
        return None
    g = _goods_at(c)
    if g is None:
        return None
    origin = next((a for a in c.seq if a.adjective and g < a.i <= g + ADJ_REACH), None)
    if origin is None:
        return None
    src = [s for s in c.src if s != origin.actor]
    if not src:
        src = [a.actor for a in c.earlier if a.actor != origin.actor][:1]
    if not src:
        return None
    return src, [origin.actor], []

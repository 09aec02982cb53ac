""""النظام" for the state an article has named as "النظام X".

Reports of a civil war name the government side "النظام السوري" once and then "النظام"
alone: "الحصار الذي يفرضه النظام"، "تسوية مع النظام". The bare word is no entity (it is
as often a system: "النظام الانتخابي"), so the events it is a side of were lost. Here it
becomes a mention of the state's body (as "السلطات" is, core.events.actors) when the
article has named exactly one state so before it, and it stands alone: not followed by
a definite word that makes it another system ("النظام العالمي"), except a relative
pronoun ("النظام الذي"). An article that names two regimes ("النظام السوري" and
"النظام الإيراني") leaves the bare word unread.
"""
from __future__ import annotations

from core.events.actors import _ActorMention
from core.text import Token, clitic_variants

REGIME = "النظام"
RELATIVE = frozenset({"الذي", "التي"})  # "النظام الذي": the regime still


def _is_regime(norm: str) -> int | None:
    """Characters written before "النظام" in a word ("للنظام": 1, "والنظام": 1), or None."""
    if REGIME[2:] not in norm:
        return None
    return next((dropped for stem, dropped in clitic_variants(norm) if stem == REGIME), None)


def regime_mentions(actors: list[_ActorMention], toks: list[Token], norms: list[str],
                    covered: set[int]) -> list[_ActorMention]:
    """The actor mentions with each bare "النظام" after "النظام X" read as X's (module docstring)."""
    if REGIME[2:] not in " ".join(norms):  # one search in C (no word holds a space)
        return actors  # most articles: no regime
    adjective_at = {a.i: a for a in actors if a.kind == "ADJ"}
    named = [(k, adjective_at[k + 1].actor) for k, w in enumerate(norms)
             if k + 1 in adjective_at and _is_regime(w) is not None]
    if not named or len({iso for _, iso in named}) != 1:
        return actors
    iso = named[0][1]
    taken = {a.i for a in actors} | covered
    added = []
    for k in range(named[0][0] + 1, len(norms)):
        dropped = _is_regime(norms[k])
        if dropped is None or k in taken or k + 1 in adjective_at:
            continue
        nxt = norms[k + 1] if k + 1 < len(norms) else ""
        if nxt.startswith("ال") and nxt not in RELATIVE:
            continue  # "النظام العالمي": a system
        t = toks[k]
        added.append(_ActorMention(iso, k, k + 1, t.start + dropped, t.end, kind="BODY"))
    return sorted(actors + added, key=lambda a: a.i) if added else actors

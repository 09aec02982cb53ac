"""Each word's violence cue kind (violence_cues.tsv, read without its conjunction), once per article.

The attack rules that run when an attack trigger made no event (core.events.agentless,
core.events.unclaimed) ask the kind of many words of its sentence, each rule again: an
agent phrase anywhere in the sentence, a toll word near the trigger, a word of an accident
or a claim anywhere in it. An article's attack triggers thus looked the same words up
several times over, each through a call that cuts the conjunction. The kinds of all the
article's words are worked out once, in C but for the words written with و or ف, and
read by position: the same kinds as ``violence.load_cues().get(violence._bare(w))``.
"""
from __future__ import annotations

from itertools import compress, repeat

from core.events import violence
from core.events.no_side_mentions import group_heads

CONJUNCTIONS = ("و", "ف")  # what violence._bare (text.without_conjunction) cuts off a word longer than three letters
_LAST: tuple = (None, None, [])  # (the last article's words, the cue table, their kinds): replaced whole


def cue_kinds(norms: list[str]) -> list[str | None]:
    """The violence cue kind of each word of ``norms`` (None for most), kept for the
    last list asked (held, so that the identity test cannot meet a new list at an old
    address; a tuple swapped whole, so that two threads never pair one article's words
    with another's kinds). The list is shared: not to be changed."""
    global _LAST
    cues = violence.load_cues()
    last = _LAST
    if last[0] is not norms or last[1] is not cues:
        get = cues.get
        kinds = list(map(get, norms))
        for k in compress(range(len(norms)), map(str.startswith, norms, repeat(CONJUNCTIONS))):
            w = norms[k]
            if len(w) > 3:
                kinds[k] = get(w[1:])
        last = _LAST = (norms, cues, kinds)
    return last[2]


FORCE = "force"  # violence_cues.tsv: the members or arm of a side ("عناصر"، "مسلحي"، "قوات")


def agent_lead(norms: list[str], kinds: list[str | None], k: int, tj: int) -> int:
    """1 when the two words after an agent word ``k`` are the members of a group and its
    head noun ("بأيدي عناصر تنظيم داعش"، "على يد مسلحي حركة X"), so that the name after
    them, which leaves the head out of its mention, is still the agent's; else 0. The
    agent phrase then names the side three words on, not two."""
    if k + 3 >= tj or kinds[k + 1] != FORCE:
        return 0
    return 1 if norms[k + 2] in group_heads() else 0

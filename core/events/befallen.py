"""An act that befell the one a pronoun names is done to him by the side named after the
act: in "لقي عشرة جنود مصرعهم إثر تعرضهم لهجوم من تنظيم X" the pronoun of "تعرضهم"
takes up the soldiers named before, and X attacked them. core.events.bystanders turns
such pairs round when the verb of undergoing has its subject named beside it ("تعرضت
السفارة لهجوم من X"); a verbal noun carrying a pronoun names none there, and the role
model, reading word order, makes the side named before the source of the act. The verbs
of undergoing are data (topic_cues.tsv, kind befall).
"""
from __future__ import annotations

from core.events.bystanders import befall_word, givers
from core.events.filters import RESUMPTIVE


def _pronoun_on(doc, k: int) -> bool:
    """The written word at k ends in a pronoun ("تعرضهم"، "تعرضها"); a ة ends none."""
    word = doc.nt.original[doc.toks[k].start:doc.toks[k].end]
    return len(word) > 4 and word.endswith(RESUMPTIVE)


def pronoun_victims(doc, st, h, pairs: list) -> list:
    """Directed pairs whose target is named after the act noun as its doer ("لهجوم من X")
    and whose source is named before it, read the other way round, when the verb of
    undergoing that governs the noun carries the pronoun of the one it befell."""
    if not pairs:
        return pairs
    return _pronoun_victims(doc, st, h, pairs)


def _pronoun_victims(doc, st, h, pairs: list) -> list:
    """pronoun_victims past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    b = befall_word(doc, st, h)
    if b is None or not _pronoun_on(doc, b):
        return pairs
    before = {a.actor for a in st.actors if a.i < b}
    doers = givers(doc, st, h) - before
    if not doers:
        return pairs
    out = []
    for p, d in pairs:
        turned = [p[1], p[0]] if d and len(p) == 2 and p[1] in doers and p[0] in before else None
        if turned is None:
            out.append((p, d))
        elif (turned, d) not in out:
            out.append((turned, d))
    return out

"""Directed pairs read the other way round. Several rules find that a reading put a side
on the wrong end of a directed act: an author named by a nationality adjective
("العقوبات الأمريكية"), a subject after a verb carrying its object as a pronoun ("تتهمها
واشنطن"), a subject after an aside or a relative clause, the antecedent of a passive
clause ("التي تم استهدافها"). Each says which pairs are wrong; the turn is made here.
"""
from __future__ import annotations


def turned_round(pairs: list, wrong) -> list:
    """The pairs, each directed pair of two sides for which ``wrong(source, target)``
    holds read the other way round."""
    return [(type(p)(p[::-1]) if d and len(p) == 2 and wrong(p[0], p[1]) else p, d) for p, d in pairs]


def turned_to_source(pairs: list, actor: str) -> list:
    """The pairs with ``actor`` as the source wherever a directed pair made it the target
    of another side; a pair the turn makes twice is kept once."""
    out: list = []
    for pd in turned_round(pairs, lambda s, t: t == actor and s != actor):
        if pd not in out:
            out.append(pd)
    return out


def turned_to_author(pairs: list, author: str | None) -> list:
    """The pairs with ``author``, the side a construct names as the act's author ("تهديدات
    X"، "اتهامات X"), as the source of each directed pair that made it the target; the
    pairs as they are when there is none (core.events.construct_authors, accusers)."""
    if author is None or not any(d and len(p) == 2 and p[1] == author for p, d in pairs):
        return pairs
    return turned_to_source(pairs, author)


def turned_from_object(pairs: list, obj: str, doers: set[str]) -> list:
    """The pairs less those that made ``obj``, a side the construction names as the one the
    act is done to, a source: such a pair is turned round when its target is one of
    ``doers`` (the act's doer, named before it), and dropped otherwise (a side of what the
    act is about); a pair the turn makes twice is kept once."""
    out: list = []
    for p, d in pairs:
        if d and len(p) == 2 and p[0] == obj and p[1] != obj:
            if p[1] not in doers:
                continue
            p = type(p)(p[::-1])
        if (p, d) not in out:
            out.append((p, d))
    return out

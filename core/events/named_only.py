"""Sides a sentence names only in one way: as whom another is loyal to ("الموالية
لإيران"), as a platform something was said on ("على حسابه في تويتر"), as whom a spy
served ("لصالح إيران"), as a person's descent ("من أصل مغربي"), as a channel ("عبر مصر"),
as where an envoy serves ("لدى الأمم المتحدة"), as the guest of the meeting where one spoke,
as the one a relative clause on an act's object names as acted on. Such a side is no side of
the sentence's act; named another way as well, it stays one. Each rule says which
mentions are of its kind; the "every mention" test and the pairs left are made here.
"""
from __future__ import annotations

from itertools import compress
from operator import itemgetter

_SIDES = itemgetter(0)  # a pair's sides


def named_only(actors: list, test) -> set[str]:
    """The actors every mention of which among ``actors`` passes ``test``."""
    only: dict[str, bool] = {}
    for a in actors:
        only[a.actor] = only.get(a.actor, True) and test(a)
    return {actor for actor, o in only.items() if o}


def without_sides(pairs: list, barred: set[str]) -> list:
    """The pairs with none of the ``barred`` sides."""
    # compress, not a comprehension: one reading barred in its closure cost a cell on
    # every call, and most calls bar nothing
    return list(compress(pairs, map(barred.isdisjoint, map(_SIDES, pairs)))) if barred else pairs


def without_named_only(pairs: list, actors: list, test) -> list:
    """without_sides(pairs, named_only(actors, test)), testing only the mentions of the
    pairs' sides: whether another actor is named only so removes no pair, so its mentions
    need not be read (the same pairs are left)."""
    if not pairs:
        return pairs
    sides = {x for p, _ in pairs for x in p}
    mentions = []
    for a in actors:  # a loop: a comprehension reading sides would make it a cell of every call
        if a.actor in sides:
            mentions.append(a)
    return without_sides(pairs, named_only(mentions, test))

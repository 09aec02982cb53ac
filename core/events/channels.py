"""Sides named only as the channel of an act: "نقلت إسرائيل رسالة تهديد عبر مصر"، "تسلل
المقاتلون عبر تركيا"، "أبلغت واشنطن طهران عن طريق سويسرا". The state after the
preposition "عبر" or "عن طريق" is the road or go-between, not the one who acts or is
acted on. The same letters are the verb "عبّر" (expressed): its subject is then followed
by "عن" ("عبر الوزير الفرنسي عن قلقه"), and it opens its clause; so does the verb "عبَر"
(crossed: "فيما عبر فلسطيني إلى إسرائيل"); such a mention stays.
"""
from __future__ import annotations

from core.events.named_only import named_only, without_sides
from core.events.sentence_sides import unsided

VIA = "عبر"
BY_WAY = ("عن", "طريق")  # "عن طريق X"
EXPRESSED_REACH = 6  # words from the actor to the عن of "عبّر X عن"
CLAUSE_OPENERS = frozenset({"فيما", "بينما", "عندما", "حين", "حينما", "بعدما", "كما", "ثم", "قد", "وقد", "لقد"})
CROSSED_TO = frozenset({"الي", "نحو"})  # "عبر فلسطيني إلى إسرائيل": the verb "عبَر" (crossed)


def _channel(norms: list[str], a, ti: int) -> bool:
    """Mention ``a`` is the object of "عبر" (the preposition) or "عن طريق"."""
    if a.i - 2 >= ti and (norms[a.i - 2], norms[a.i - 1]) == BY_WAY:
        return True
    if a.i - 1 <= ti or norms[a.i - 1] != VIA or norms[a.i - 2] in CLAUSE_OPENERS:
        return False  # "عبر" opening the sentence or a clause is the verb
    return "عن" not in norms[a.j:a.j + EXPRESSED_REACH] and not CROSSED_TO.intersection(norms[a.j:a.j + 2])


def no_channel_sides(doc, st, pairs: list) -> list:
    """The pairs none of whose sides the sentence names only as a channel."""
    if not pairs:
        return pairs
    return without_sides(pairs, unsided(doc, st, _channel_sides))


def _channel_sides(doc, st) -> set[str]:
    """The actors the sentence names only as a channel (read once per sentence:
    core.events.sentence_sides)."""
    return named_only(st.actors, lambda a: _channel(doc.norms, a, st.ti))

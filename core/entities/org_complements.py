"""Words after an organisation head that cannot complete its name, by Arabic grammar.

A definite noun takes no genitive complement, so a country or place right after a
definite head is no part of its name: "اتهمت المنظمة روسيا بالتقصير" is the organisation
and its verb's object, not a body named "المنظمة روسيا". A word with an attached pronoun
("هيئة حكامها"، "شبكة دعايتها": its board of governors, its propaganda network) refers back
to something named before; names carry no pronoun."""
from __future__ import annotations

from core.entities.verb_people import inflected_word

_NAMED_AREAS = frozenset(("COUNTRY", "PLACE"))


def place_after_definite_head(ctx, owner, k: int, start_j: int, head_definite: bool) -> bool:
    """A country or place of the lexicon right after a definite head ("المنظمة روسيا"),
    unless its name is also the nationality adjective ("القنصلية السعودية")."""
    return head_definite and k == start_j and owner.entry is not None and owner.entry.type in _NAMED_AREAS \
        and not ctx.adjective(k)


def pronoun_complement(ctx, k: int) -> bool:
    """A word with an attached pronoun that news writes without it ("حكامها"، "دعايتها")."""
    return inflected_word(ctx, k)

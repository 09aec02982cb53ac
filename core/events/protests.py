"""Protests told without a named target ("موجة من الاحتجاجات المناهضة للحكومة"، "تظاهر
المحتجون في طهران").

The protesters are the UNNAMED side the words imply (core.events.unnamed: the protest
nouns themselves name them when no one else is said to protest). When the sentence names
no state or body but the one country the protest is held in, the other side is that
country: ACLED and PLOVER code a protest with no stated target as one against the
government of the place. A second named actor leaves the reading to the ordinary rules.
"""
from __future__ import annotations


from core import prepared
from core.events.incidents import load_words
from core.model import Entity

PROTESTERS = "unnamed-protesters"


def protest_pair(h, norms: list[str], s_actors: list, entities: list[Entity], start: int, end: int) -> list[str] | None:
    """[protesters, country] for a protest trigger that made no event, or None: one
    unnamed protesters side in the sentence, and the sentence naming no country but theirs
    and no other actor (an unnamed side placed by the article alone keeps its country).
    Some "of the protesters" ("مقتل 250 من المحتجين") are whom something befell: the
    protest is told elsewhere, if at all."""
    if h.i > 0 and norms[h.i - 1] == "من" and norms[h.i].endswith(("ين", "ون")):
        return None  # persons, not "موجة من الاحتجاجات"
    sides = {a.actor for a in s_actors if a.actor.startswith(PROTESTERS)}
    if len(sides) != 1:
        return None
    (side,) = sides
    iso = side[len(PROTESTERS) + 1:].upper()
    if not iso:
        return None
    named = {e.id if e.type == "COUNTRY" else e.country for e in entities
             if e.type in ("COUNTRY", "PLACE") and any(start <= m.start < end for m in e.mentions)}
    if named - {iso, None}:
        return None  # another country named: whose protest against whom is the rules' reading
    places = {e.id for e in entities if e.type == "PLACE" and e.country == iso}
    if any(a.actor not in places | {iso} and not a.actor.startswith("unnamed-") for a in s_actors):
        return None
    return [side, iso]


AGAINST_REACH = 4  # words after a protest where the word introducing its target stands ("تظاهروا أمس ضد")
TARGET_GAP = 3  # words between that word and the side it introduces ("احتجاجا على نقل السفارة X")
PAUSES = ("،", ",", ".", "؛", ";", ":", "(", ")")


def _kinds(kind: str) -> frozenset[str]:
    return frozenset(w for w, k in load_words().items() if k == kind)


@prepared.table()
def _against() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return _kinds("protest_against"), _kinds("protest_on"), _kinds("protest_cause")


def protest_target(h, norms: list[str], toks, text: str, s_actors: list) -> list[str] | None:
    """[protesters, whom they protest] for a protest trigger that made no event, or None:
    one unnamed protesters side in the sentence, and a state or body introduced right
    after the protest by "ضد"، "احتجاجا على"، "المناهضة لـ" ("خرجت تظاهرات احتجاجا على
    نقل السفارة X"): a protest's stated target is the other side (PLOVER), whichever
    country it is held in; what the protest is about may be a deed of that side."""
    sides = {a.actor for a in s_actors if a.actor.startswith(PROTESTERS)}
    if len(sides) != 1:
        return None
    (side,) = sides
    against, on, cause = _against()
    for k in range(h.j, min(h.j + AGAINST_REACH, len(norms))):
        if k > h.j and any(c in text[toks[k - 1].end:toks[k].start] for c in PAUSES):
            return None
        w = norms[k][1:] if norms[k][:1] == "و" and len(norms[k]) > 3 else norms[k]
        if w in on and k == h.j and k + 1 < len(norms) and norms[k + 1] in cause:
            return None  # "احتجاجات على خلفية X": a cause, not whom it is against
        if w in against or w in on and k == h.j:
            a = next((a for a in s_actors if k < a.i <= k + TARGET_GAP and not a.kind.startswith("PAIR")
                      and not a.actor.startswith("unnamed-")), None)
            return [side, a.actor] if a is not None and a.actor != side else None
    return None


CIVILIAN_TYPES = frozenset({"PROTEST"})  # acts of people, not of states
# nouns of people a nationality adjective may describe ("حشود فلسطينية"، "آلاف المصريين")
PEOPLE_WORDS = frozenset({"حشود", "الاف", "مئات", "عشرات", "الوف", "جماهير", "الجماهير", "مواطنين", "المواطنين",
                          "مواطنون", "المواطنون", "سكان", "السكان", "طلاب", "الطلاب", "عمال", "العمال", "نشطاء",
                          "ناشطين", "ناشطون", "شبان", "الشبان", "نساء", "النساء", "جمعيات", "الجاليه", "جاليه"})


def people_named(s_actors: list, actor: str, norms: list[str]) -> bool:
    """Whether a demonstration's source is a people or a body, not a state: a state
    named only by its name, capital, government or officials ("تظاهرات ضد زيارة ولي
    العهد السعودي إلى بريطانيا" are not Saudi Arabia's) demonstrates nowhere; a people
    is a plural nationality ("الفلسطينيون") or one describing people ("حشود فلسطينية")."""
    kinds = [a for a in s_actors if a.actor == actor]
    if not kinds or not any(a.kind.startswith(("COUNTRY", "STATE>", "ADJ")) for a in kinds):
        return True  # an organisation, an unnamed group, a person
    return any(a.kind == "ADJ" and (norms[a.i].endswith(("يون", "يين"))
                                    or a.i > 0 and norms[a.i - 1].lstrip("و") in PEOPLE_WORDS) for a in kinds)


def people_pair(norms: list[str], s_actors: list, entities: list[Entity], start: int, end: int) -> list[str] | None:
    """[a people, the state they protest] for a protest trigger that made no event, or None:
    the sentence counts one people as a crowd ("تدفق آلاف الفلسطينيين ... في مسيرة
    احتجاجية"، "شارك عشرات الآلاف من الأتراك في تظاهرة") and names one other state and no
    other actor ("... قرب الحدود مع إسرائيل"). A crowd of a people is that people acting; a
    protest abroad or at a border is against the state it faces there. Their own state
    alone ("آلاف الإيرانيين في طهران") is left to the unnamed protesters' reading, and so is a
    sentence naming a person: he may speak of the protest, as a court's city may name a treaty
    ("قالت X إن ... اتفاقية روما")."""
    from core.events.unnamed import count_words

    counts = count_words()

    def counted(i: int) -> bool:
        k = i - 1 if i > 1 and norms[i - 1] == "من" else i
        return k > 0 and (norms[k - 1] in counts or norms[k - 1].isdigit())

    peoples = {a.actor for a in s_actors if a.kind == "ADJ" and counted(a.i)}
    if len(peoples) != 1:
        return None
    (people,) = peoples
    others = {a.actor for a in s_actors if a.actor != people and not a.actor.startswith(PROTESTERS)}
    if len(others) != 1:
        return None
    (other,) = others
    if any(e.type == "PERSON" and any(start <= m.start < end for m in e.mentions) for e in entities):
        return None
    return [people, other] if len(other) == 3 and other.isupper() else None


def fallback_pair(h, norms: list[str], toks, text: str, s_actors: list, entities: list[Entity], start: int,
                  end: int) -> list[str] | None:
    """The sides of a protest trigger that made no event: its unnamed protesters against the
    state it is held in (protest_pair) or the one it names (protest_target), else a counted
    people against the one state the sentence names (people_pair)."""
    return (protest_pair(h, norms, s_actors, entities, start, end)
            or protest_target(h, norms, toks, text, s_actors) or people_pair(norms, s_actors, entities, start, end))

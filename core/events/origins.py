"""A person's origin is no state that acts: in "المهاجم، الفرنسي من أصل مغربي، ... قبل أن
تقتله الشرطة" the police are France's (or the country the article is about), never
Morocco's. A generic body ("الشرطة"، "السلطات") takes up the nearest state named before
it; a nationality adjective that only tells where a person comes from is skipped.
"""
from __future__ import annotations

from core.events.named_only import named_only, without_sides
from core.events.sentence_sides import unsided
from core.text import without_conjunction

# nouns of descent (normalised) after which an adjective tells a person's origin; not the
# citizenship acquired ("حصل على الجنسية الفرنسية"), mostly that of the state that acts
ORIGIN_WORDS = frozenset({"اصل", "الاصل", "اصول", "الاصول"})
ORIGIN_GAP = 2  # words from the noun of descent to the adjective ("من أصول عربية مغربية")
# words of coming after which "من X" tells where a person, a plane or a ship came from
# ("طائرة قادمة من لندن"، "المهاجرين القادمين من تركيا"): the place of departure takes no part
COMING_WORDS = frozenset({"قادم", "قادما", "قادمه", "قادمين", "قادمون", "القادم", "القادمه", "القادمين", "القادمون"})
# bodies sent by a state (normalised): "وفد قادم من السعودية" stands for Saudi Arabia, which meets
ENVOY_WORDS = frozenset({"وفد", "وفدا", "الوفد", "بعثه", "البعثه", "مبعوث", "مبعوثا", "المبعوث"})
# nouns of flight and exile (normalised) after which "من X", with at most one word between
# ("موجة لجوء جديدة من سوريا"، "عودة اللاجئين من لبنان"), tells where people fled from
FLIGHT_WORDS = frozenset({"لاجئ", "لاجئين", "لاجئون", "اللاجئين", "اللاجئون", "نازحين", "النازحين", "مهاجرين",
                          "المهاجرين", "فارين", "الفارين", "لجوء", "اللجوء", "نزوح", "النزوح", "هجره", "الهجره"})
FROM = "من"
FROM_TARGETED = frozenset({"SANCTION"})  # acts on what comes from a state: tariffs, bans on its flights


def origin_adjectives(toks: list, actors: list, person_ends: set[int]) -> set[int]:
    """First tokens of the nationality adjectives that describe a person's origin: after a
    noun of descent ("من أصل مغربي"، "من أصول تونسية") or in apposition right
    after a person's name ("رضوان، الفرنسي"; ``person_ends``: the token after each
    person's name)."""
    out = set()
    for a in actors:
        if not a.adjective:
            continue
        before = [without_conjunction(toks[k].norm) for k in range(max(a.i - ORIGIN_GAP, 0), a.i)]
        if any(w in ORIGIN_WORDS for w in before) or a.i in person_ends and toks[a.i].norm.startswith("ال"):
            out.add(a.i)
    return out


def no_origins(doc, st, pairs: list) -> list:
    """The pairs less those with a side named in the sentence only as a person's descent
    ("أطلق المسلح، الألماني من أصل تركي، النار": Turkey is not shot at)."""
    return without_sides(pairs, unsided(doc, st, _origin_sides))


def _origin_sides(doc, st) -> set[str]:
    """The actors the sentence names only as a person's descent (read once per sentence:
    core.events.sentence_sides)."""
    origins = origin_adjectives(doc.toks, st.actors, set())
    return named_only(st.actors, lambda a: a.i in origins) if origins else set()


def no_departure_sides(doc, st, h, pairs: list) -> list:
    """The pairs less those with a side named in the sentence only as where someone or
    something came from ("احتجزت الشرطة رجلين في طائرة قادمة من لندن": Britain is held by no
    one); not for a sanction, which hits what comes from a state ("رسوم على واردات الصلب
    القادمة من كندا": Canada is its target)."""
    if not pairs or h.form.type in FROM_TARGETED:
        return pairs
    return _no_departure_sides(doc, st, h, pairs)


def _no_departure_sides(doc, st, h, pairs: list) -> list:
    """no_departure_sides past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    departures = _departures(doc.norms, st.actors)
    return without_sides(pairs, named_only(st.actors, lambda a: a.i in departures)) if departures else pairs


def _departures(norms: list[str], actors: list) -> set[int]:
    """First tokens of the sides named as where someone came from: right after a word of
    coming and "من" ("قادمة من لندن"; not a state's envoys, "وفد قادم من السعودية"), or after
    "من" a word or two after a noun of flight ("موجة لجوء جديدة من سوريا")."""
    return {a.i for a in actors if a.i >= 2 and norms[a.i - 1] == FROM and (
        without_conjunction(norms[a.i - 2]) in COMING_WORDS and not (a.i >= 3 and without_conjunction(norms[a.i - 3]) in ENVOY_WORDS)
        or any(without_conjunction(norms[k]) in FLIGHT_WORDS for k in range(max(0, a.i - 3), a.i - 1)))}

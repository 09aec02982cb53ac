"""Meetings that are no meeting between sides: a meeting noun qualified as one with the
press ("لقاء صحافي"، "اللقاء التلفزيوني": an interview or a press briefing) or inside a
government ("اجتماع حكومي"، "اجتماع الحكومة": a cabinet meeting). The actors its sentence names were not
met there; a joint press conference ("مؤتمر صحفي مشترك") still is a meeting.
"""
from __future__ import annotations

import bisect
from itertools import compress, count
from operator import itemgetter

from core.text import without_conjunction
from core.topics import SPORT_ARTICLE, sport_words

# adjectives (normalised, with and without the article) that make a meeting one-sided
ONE_SIDED = frozenset(w for a in ("صحفي", "صحفيه", "صحافي", "صحافيه", "اعلامي", "اعلاميه", "تلفزيوني",
                                  "تلفزيونيه", "متلفز", "متلفزه", "حكومي", "حكوميه")
                      for w in (a, "ال" + a))
CABINET = "الحكومه"  # "اجتماع الحكومة الأحد": a cabinet meeting, unless with someone ("اجتماع الحكومة مع وفد")
SESSIONS = frozenset({"اجتماع", "الاجتماع", "لاجتماع", "اجتماعات", "جلسه", "الجلسه"})  # not "مفاوضات الحكومة": talks with others
OTHERS = frozenset({"مع", "بين"})  # words after "اجتماع الحكومة" that name whom it met
OTHERS_REACH = 3  # words after "الحكومة" to them ("اجتماع الحكومة اليمنية والحوثيين")
JOINT = frozenset({"مشترك", "المشترك", "مشتركه", "المشتركه"})


def one_sided(norms: list[str], h, named=()) -> bool:
    """The meeting noun of hit h is qualified, right after it, as a press or government
    meeting, and not as a joint one. ``named``: the first tokens of the sentence's actors,
    a side joined to the government by و ("اجتماع الحكومة اليمنية والحوثيين") being one."""
    j = h.j
    if not h.verbal and j < len(norms) and norms[j] == CABINET and without_conjunction(norms[h.i]) in SESSIONS:
        # "اجتماع الحكومة مع وفد X"، "اجتماع الحكومة بين": others met; not "الأحد قال وزير"
        return not any(norms[k] in OTHERS or k in named and norms[k][:1] == "و"
                       for k in range(j + 1, min(len(norms), j + 1 + OTHERS_REACH)))
    if h.verbal or j >= len(norms) or norms[j] not in ONE_SIDED:
        return False
    return not (j + 1 < len(norms) and norms[j + 1] in JOINT)


WITH = "مع"


def not_both_partners(st, h, norms: list[str], pairs: list) -> list:
    """"إثر لقاء مع زعيم الحزب ورئيس الوزراء": the actors named after the "مع" right after a
    meeting noun are whom someone met, so a pair of two of them (and none named before the
    noun) is no meeting between them."""
    if h.verbal or h.j >= st.tj or norms[h.j] != WITH:
        return pairs
    before = {a.actor for a in st.actors if a.i < h.i}
    after = {a.actor for a in st.actors if a.i > h.j}
    return [(p, d) for p, d in pairs if not all(x in after and x not in before for x in p)]


def no_host_sides(doc, st, pairs: list) -> list:
    """"محادثات عقدت في النرويج بين وفود من X وY"، "القمة التي شهدتها فيتنام بين X وY": the
    country where the meeting took place is no side of it, though the sentence names it
    again ("قالت الخارجية النرويجية"), unless it is one of the sides after "بين"."""
    from core.events.screen import BETWEEN_REACH, hosts_at, sides_between

    from core.events.venues import no_venue_bodies

    pairs = no_venue_bodies(doc, st, pairs)  # "على هامش قمة مجموعة العشرين": the group hosts
    norms, hosts = doc.norms, set()
    for a in st.actors:
        if a.kind.startswith("COUNTRY") and hosts_at(norms, a.i) and (k := sides_between(norms, a.j)) is not None:
            sides = {b.actor for b in st.actors if k < b.i <= k + BETWEEN_REACH}
            if sides and a.actor not in sides:
                hosts.add(a.actor)
    return [(p, d) for p, d in pairs if hosts.isdisjoint(p)] if hosts else pairs


SPORT_TEAMS = ("COUNTRY", "ADJ")  # a country named by its name or adjective; a leader or a capital is a state


def no_teams_met(doc, st, pairs: list) -> list:
    """"وتلتقي الأرجنتين في المباراة الأخيرة مع نيجيريا": in a sentence that names a match
    or a ground, or in an article full of such words, countries named only by their names
    or adjectives are teams, and their meeting a game, not a meeting of states."""
    if not sport_sentence(doc, st):
        return pairs
    states = {a.actor for a in st.actors if a.kind.split(":")[0] not in SPORT_TEAMS}
    return [(p, d) for p, d in pairs if not states.isdisjoint(p)]


def _sport_at(norms: list[str], words: frozenset[str]) -> list[int]:
    """Where an article's sport words stand (sport_sentence, once per article): apart, so
    that the calls that find them made make no closure cells."""
    ends = _sport_ends(words)
    return [k for k in compress(count(), map(ends.__contains__, map(_LAST_TWO, norms)))
            if (w := norms[k]) in words or w[1:] in words or w[2:] in words]


def sport_sentence(doc, st) -> bool:
    """The sentence names a match or a ground, or the article is full of such words (at
    least SPORT_ARTICLE): the one test of sport the event rules ask ("مواجهات الجولة")."""
    global _SPORT_COUNT
    words = sport_words()
    # where the article's sport words stand, found once per article (every event's pairs
    # pass here; the norms held, so that the identity test cannot meet a new list at an
    # old address)
    norms, last = doc.norms, _SPORT_COUNT  # read once (threads analyse side by side)
    if last[0] is not norms or last[1] is not words:
        # a sport word bare or after one or two proclitic letters ("والمباراة"، "بملعب"):
        # such a word ends as some sport word ends, which few words do (tested in C), and
        # only those are cut (a table of every word met, asked of every word, cost more:
        # its look-ups miss the caches the other stages fill)
        last = _SPORT_COUNT = (norms, words, _sport_at(norms, words))
    at = last[2]
    k = bisect.bisect_left(at, st.ti)
    return k < len(at) and at[k] < st.tj or len(at) >= SPORT_ARTICLE


def _sport_ends(words: frozenset[str]) -> frozenset[str]:
    """The last two letters of every sport word: a word that is one of ``words`` after up
    to two proclitic letters ends with one of them, so its own last two letters are one of
    them (every sport word has two letters or more; a set look-up of a word's last two
    letters costs less than a test of every ending)."""
    global _SPORT_ENDS
    last = _SPORT_ENDS
    if last[0] is not words:
        last = _SPORT_ENDS = (words, frozenset(w[-2:] for w in words))
    return last[1]


_LAST_TWO = itemgetter(slice(-2, None))
_SPORT_ENDS: tuple = (None, frozenset())  # (the sport words, their last two letters), replaced whole
_SPORT_COUNT: tuple = (None, None, [])  # (the last article's norms, the sport words, where they stand), replaced whole

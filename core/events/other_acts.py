"""The clause of another act in an attack's sentence, whose places are not the attack's.

News tells a raid together with what it answered or what happened meanwhile: "شنت
الطائرات X غارات ردا على إطلاق صواريخ من القطاع باتجاه X"، "بعد سقوط قذيفة"، "فيما دوت
صفارات الإنذار في X". The words of direction and place in such a clause tell where the
other side's rockets were aimed or arrived, not where the raid struck: read as the raid's
they made its author's own country its target (core.events.struck). Two kinds of clause
(data/lexicons/direction_words.tsv):

- an opener ("ردا"، "في أعقاب"، "بعد"، "عقب"، "إثر"، "فيما"، "بينما") with a word of an
  act, a launch or an alarm within OPENER_REACH words after it: everything from the
  opener on tells that other act ("بعد ظهر اليوم" opens none);
- a word of alarm (sirens, an interception; a launch after an attack that launches
  nothing): it sounds or stops a projectile where an attack arrived; where that is the author's own country, it is the other side's attack
  (a group's missile intercepted over the neighbour's town is still its own: the
  neighbour stays its target).
"""
from __future__ import annotations

from typing import Callable

OPENER, ACT, ALARM, LAUNCH = "opener", "act", "alarm", "launch"  # direction_words.tsv kinds
OBJECTED_TO = ("onto", "objection")  # "على" or its forms with a pronoun after "اعترض": objecting to, no interception
OBJECTION_REACH = 4  # words after "اعترض" where "على" tells an objection, past its subject ("اعترضت الدول الكبرى على")
OPENER_REACH = 3  # words after an opener where the other act's word stands ("ردا على إطلاق"، "بعد أن أطلقت")


def alarm_at(norms: list[str], k: int, kind_of: Callable[[str], str | None]) -> bool:
    """Whether word k is a word of alarm: sirens or an interception, never "اعترض" with
    "على" within OBJECTION_REACH words after it and no projectile before that ("واعترضت
    X على مشروع القرار": it objected, nothing was intercepted)."""
    if kind_of(norms[k]) != ALARM:
        return False
    for m in range(k + 1, min(k + 1 + OBJECTION_REACH, len(norms))):
        kind = kind_of(norms[m])
        if kind == LAUNCH:  # "اعترضت الدفاعات صاروخا أطلق على ...": the projectile first
            return True
        if kind in OBJECTED_TO:
            return False
    return True


def clause_starts(norms: list[str], h, hi: int, kind_of: Callable[[str], str | None]) -> tuple[int, int]:
    """(first word of another act's clause opened by an opener, first word of alarm) in
    the words after the attack ``h`` up to hi; hi where there is none. After an attack
    that launches nothing (raids, shelling), a word of launching is one of alarm too:
    "وعقب الغارات أشار الجيش إلى إطلاق قذيفة على شمال X" tells the other side's rocket.
    An objection ("واعترضت X على القرار"، alarm_at) opens another act's clause: its
    countries are no target of the attack."""
    launches = any(kind_of(w) == LAUNCH for w in norms[h.i:h.j])
    opened = alarm = hi
    for k in range(h.j, hi):
        kind = kind_of(norms[k])
        if (alarm_at(norms, k, kind_of) or kind == LAUNCH and not launches) and alarm == hi:
            alarm = k
        elif kind == ALARM and not alarm_at(norms, k, kind_of):  # "واعترضت X على القرار": an objection, another act
            opened = k
            break
        elif kind == OPENER and any(kind_of(norms[m]) in (ACT, LAUNCH) or alarm_at(norms, m, kind_of)
                                    for m in range(k + 1, min(k + 1 + OPENER_REACH, hi))):
            opened = k
            break
    return opened, min(alarm, opened)

"""Bodies named only as the gathering where a meeting took place: "التقى الرئيسان على هامش
قمة مجموعة العشرين"، "اجتمع الوزيران خلال أعمال الدورة العادية لمجلس الجامعة العربية".
The body whose summit, meeting, session or forum is the occasion is where the two met,
not a side of their meeting; named another way as well ("التقى الأمين العام لمجلس التعاون")
it stays one.
"""
from __future__ import annotations

from core.events.named_only import named_only, without_sides
from core.text import without_conjunction

# normalised: "خلال"، "أثناء"، "في"، "هامش" (of "على هامش")
OCCASION = frozenset({"خلال", "اثناء", "في", "هامش"})
PARTNERED = frozenset({"مع", "بين"})  # "في اجتماع مع الاتحاد الأوروبي": whom one met, no venue
PROCEEDINGS = frozenset({"اعمال", "فعاليات"})  # "خلال أعمال قمة ..."
GATHERINGS = ("قمه", "اجتماع", "جلسه", "دوره", "مؤتمر", "منتدي")  # stems; "اجتماعات"، "القمة"
BARE_GATHERINGS = GATHERINGS[:2] + GATHERINGS[3:]  # all but "دوره"
BODIES = ("ORG", "BODY")  # actor kinds of bodies; a person, a state, a country is no gathering's owner
BODY_REACH = 2  # words from the gathering's noun to its body ("قمة دول مجموعة العشرين"، "الدورة العادية لمجلس")


def _gathering(word: str) -> bool:
    """The word names a gathering, with or without the article or the ل of its owner."""
    bare = word[2:] if word.startswith("ال") else word
    # "دوره" bare is as often "his role" ("في دوره"): a session only with the article
    return bare.startswith(GATHERINGS) and (bare.startswith(BARE_GATHERINGS) or bare != word)


def _body_starts(norms: list[str], ti: int, tj: int) -> list[int]:
    """Positions right after each "خلال/أثناء/في/على هامش + (أعمال) + gathering noun"."""
    out = []
    for k in range(ti, tj - 1):
        if norms[k] not in OCCASION and without_conjunction(norms[k], 1) not in OCCASION:
            continue  # "في" itself begins with the letter of "ف"
        n = k + 1
        if norms[n] in PROCEEDINGS:
            n += 1
        if n + 1 < tj and _gathering(norms[n]) and norms[n + 1] not in PARTNERED:
            out.append(n + 1)
    return out


def no_venue_bodies(doc, st, pairs: list) -> list:
    """The meeting pairs less the bodies named only as the gathering that was their
    occasion (a country there is screened as a venue already; a person named there, "في
    مؤتمر صحفي للوزير"، is whose conference it was and stays a side)."""
    if not pairs:
        return pairs
    starts = _body_starts(doc.norms, st.ti, st.tj)
    if not starts:
        return pairs
    venues = named_only(st.actors, lambda a: a.kind.startswith(BODIES)
                        and any(s <= a.i < s + BODY_REACH for s in starts))
    return without_sides(pairs, venues)

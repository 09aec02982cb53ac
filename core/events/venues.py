"""Bodies named only as the gathering where a meeting took place: "التقى الرئيسان على هامش
قمة مجموعة العشرين"، "اجتمع الوزيران خلال أعمال الدورة العادية لمجلس الجامعة العربية".
The body whose summit, meeting, session or forum is the occasion is where the two met,
not a side of their meeting; named another way as well ("التقى الأمين العام لمجلس التعاون")
it stays one.
"""
from __future__ import annotations

from core.events import filter_gates
from core.events.named_only import named_only, without_named_only, without_sides
from core.lexicon import read_table
from core.text import RELATIVE_PRONOUNS, without_conjunction

# normalised: "خلال"، "أثناء"، "في"، "هامش" (of "على هامش")
OCCASION = frozenset({"خلال", "اثناء", "في", "هامش"})
PARTNERED = frozenset({"مع", "بين"})  # "في اجتماع مع الاتحاد الأوروبي": whom one met, no venue
PROCEEDINGS = frozenset({"اعمال", "فعاليات"})  # "خلال أعمال قمة ..."
GATHERINGS = ("قمه", "اجتماع", "جلسه", "دوره", "مؤتمر", "منتدي")  # stems; "اجتماعات"، "القمة"
BARE_GATHERINGS = GATHERINGS[:2] + GATHERINGS[3:]  # all but "دوره"
BODIES = ("ORG", "BODY")  # actor kinds of bodies; a person, a state, a country is no gathering's owner
BODY_REACH = 2  # words from the gathering's noun to its body ("قمة دول مجموعة العشرين"، "الدورة العادية لمجلس")
# a verb of holding or hosting right after the gathering's noun, with the pronoun of the
# gathering or not ("قمة يعقدها الاتحاد الأوروبي"، "الاجتماع الذي تستضيفه الجامعة العربية")
# (verbs: holding_verbs.tsv; the gathering's pronoun, masculine or feminine, or none)
GATHERING_PRONOUNS = ("", "ه", "ها")
HOLDING = frozenset(r["verb"] + pronoun for _, r in read_table("holding_verbs.tsv") for pronoun in GATHERING_PRONOUNS)


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
    return out + _held_starts(norms, ti, tj)


def _held_starts(norms: list[str], ti: int, tj: int) -> list[int]:
    """Positions right after each "gathering noun + (التي/الذي) + verb of holding": the
    body named there holds the gathering ("في قمة يعقدها الاتحاد الأوروبي بمشاركة
    بريطانيا"); one that holds it with someone ("اجتماع عقده المجلس مع X") met X."""
    out = []
    for k in range(ti, tj - 2):
        if not _gathering(norms[k]):
            continue
        n = k + 1 + (norms[k + 1] in RELATIVE_PRONOUNS)
        if n + 1 < tj and norms[n] in HOLDING and PARTNERED.isdisjoint(norms[n + 1:n + 2 + BODY_REACH]):
            out.append(n + 1)
    return out


def no_venue_bodies(doc, st, pairs: list) -> list:
    """The meeting pairs less the bodies named only as the gathering that was their
    occasion (a country there is screened as a venue already; a person named there, "في
    مؤتمر صحفي للوزير"، is whose conference it was and stays a side)."""
    if not pairs or not filter_gates.body_named(st, BODIES):
        return pairs  # gate: the venues below are actors of a kind of BODIES
    starts = _body_starts(doc.norms, st.ti, st.tj)
    if not starts:
        return pairs
    venues = named_only(st.actors, lambda a: a.kind.startswith(BODIES)
                        and any(s <= a.i < s + BODY_REACH for s in starts))
    return without_sides(pairs, venues)


# "في العاصمة القطرية"، "في مدينة إسطنبول التركية": the words between "في" and a state's
# name or adjective that keep it a place (normalised)
SITE_NOUNS = frozenset({"العاصمه", "مدينه", "المدينه"})
STATE_KINDS = ("COUNTRY", "STATE>", "ADJ")  # a state's name, a capital standing for it, its adjective


def _site_mentions(norms: list[str], actors: list) -> set[int]:
    """The token positions of the state mentions that say where: right after "في", after
    "في العاصمة/مدينة", or right after another such mention of the same state ("في العاصمة القطرية الدوحة"; a
    list, "في مصر والسودان وإثيوبيا", names each state after "في" only once)."""
    out: set[int] = set()
    for a in sorted(actors, key=lambda a: a.i):
        if not a.kind.startswith(STATE_KINDS) or a.i < 1:
            continue
        before = norms[a.i - 1]
        if before == "في" or before in SITE_NOUNS and a.i > 1 and norms[a.i - 2] == "في" or any(
                b.j == a.i and b.i in out and b.actor == a.actor for b in actors):
            out.add(a.i)
    return out


def no_venue_states(doc, st, pairs: list) -> list:
    """The meeting pairs less the states the sentence names only as where it took place
    ("التقى وفد X بالمبعوث في العاصمة القطرية"، "مكتب X في الدوحة"). A state named as a
    side as well ("استقبل أمير قطر في الدوحة"، "التقى في طهران بالمسؤولين الإيرانيين") or
    as the place one came to ("وصل إلى طهران"، "زار الدوحة") stays one."""
    if not pairs:
        return pairs
    sites = _site_mentions(doc.norms, st.actors)
    return without_named_only(pairs, st.actors, lambda a: a.i in sites) if sites else pairs


def no_venue_attackers(doc, st, h, pairs: list) -> list:
    """An attack's directed pairs less those whose attacker the sentence names only as
    where the side hit was ("هاجم أربعة أشخاص السفارة التركية في العاصمة الدنماركية":
    Denmark attacks nothing). A site named before the side hit is where the attackers are
    ("قصفت القوات الحكومية في اليمن مواقع للحوثيين"، "الشرطة في إيران هاجمت المتظاهرين").
    Where an attack happened may be what it hit, so a site stays a target."""
    if not pairs:
        return pairs
    return _no_venue_attackers(doc, st, h, pairs)


def _no_venue_attackers(doc, st, h, pairs: list) -> list:
    """no_venue_attackers past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    sites = _site_mentions(doc.norms, st.actors)
    only_sites = named_only(st.actors, lambda a: a.i in sites) if sites else None
    if not only_sites:
        return pairs

    def after_the_hit(src: str, tgt: str) -> bool:
        hit = min((a.i for a in st.actors if a.actor == tgt), default=len(doc.norms))
        return all(a.i > max(hit, h.i) for a in st.actors if a.actor == src)
    return [(p, d) for p, d in pairs if not (d and len(p) == 2 and p[0] in only_sites and after_the_hit(p[0], p[1]))]

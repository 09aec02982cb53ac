"""Sides of exercises and troop moves (MOBILIZE): a state named as a partner of the
drill ("مناورات تجريها سول مع الجيش الأميركي"، "إلى جانب كوريا الجنوبية"، "بحضور
مراقبين من الصين") takes part in it or watches it, and is not what it is aimed at; the
target of a drill is the state it faces ("في مضيق تايوان"، "على الحدود الروسية").
The partner words are data (drill_partners.tsv).
"""
from __future__ import annotations


from core import prepared
from core.events.filters import _bare, topic_cues
from core.lexicon import read_table

OWNER_PRONOUNS = ("ها", "هما", "هم", "ه", "نا")  # "حدودها"، "حدوده"، "حدودنا"
PARTNER_REACH = 2  # words from a partner word to the side it names ("مع الجيش الأميركي"، "بين القوات الأميركية")


@prepared.table()
def partner_words() -> frozenset[str]:
    return frozenset(r["word"] for _, r in read_table("drill_partners.tsv"))


def _partnered(doc, st, a) -> bool:
    """The mention is named within PARTNER_REACH words after a partner word."""
    words, norms, cues = partner_words(), doc.norms, topic_cues()
    return any((norms[k] in words or _bare(norms[k]) in words)
               and not (k > 0 and _border(norms[k - 1], cues))  # "الحدود مع أوكرانيا"، "حدودها مع": faced
               for k in range(max(st.ti, a.i - PARTNER_REACH), a.i))


def _border(word: str, cues: dict) -> bool:
    """A noun of a border, bare or with the pronoun of whose border it is ("حدودها مع
    أوكرانيا": the mobilising state's own border, and the country after مع faces it)."""
    bare = _bare(word)
    return any(cues.get(w) == "border" for w in [bare] + [bare[:-len(p)] for p in OWNER_PRONOUNS if bare.endswith(p)])


def no_partner_targets(doc, st, h, pairs: list) -> list:
    """The pairs of a MOBILIZE trigger less those whose target or source is named only as
    a partner of the drill (every mention of it in the sentence follows a partner word)."""
    marked: dict[str, bool] = {}
    for a in st.actors:
        marked[a.actor] = marked.get(a.actor, True) and _partnered(doc, st, a)
    partners = {x for x, m in marked.items() if m}
    if not partners:
        return pairs
    return [(p, d) for p, d in pairs if partners.isdisjoint(p)]

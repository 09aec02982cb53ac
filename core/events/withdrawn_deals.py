"""A withdrawal from an agreement with a named party acts on that party: "انسحاب X من
الاتفاق النووي الإيراني"، "انسحبت X من الاتفاق مع Y".

A side's withdrawal from an agreement is a reduction of its relations with the other
party (SANCTION, the sense data/lexicons/trigger_senses.tsv gives the word when what is
left is an agreement). When the agreement names that party, by its state's adjective
("الاتفاق النووي الإيراني"، "الاتفاقية التركية") or after مع ("الاتفاق مع إيران"), the
withdrawal is aimed at it. News tells a famous withdrawal again and again inside others'
reactions ("إن انسحاب واشنطن من الاتفاق النووي الإيراني درس للسعودية"، "حذر X ترامب من
الانسحاب من الاتفاق النووي الإيراني"), and the role model aims it at whoever is named
nearby, or makes the party its author. So a directed pair whose source is the party is
dropped (the party withdraws from nothing it is named in), and any other is aimed at the
party; the dropped and turned ones count as told. An agreement is often named after both
its sides, or after the side that leaves it ("انسحبت روسيا من المعاهدة الروسية الأمريكية"،
"أعلنت إيران انسحابها من الاتفاق النووي الإيراني"): the side that withdraws (named between
the withdrawal and its من, or, for a verb or a noun with its pronoun, the side named last
before it) is never the party, and its pairs are never dropped; with no other party named
the pairs stay as read. The agreement nouns are data (data/lexicons/agreement_cues.tsv).
"""
from __future__ import annotations


from core import prepared
from core.events.reading_cues import related
from core.lexicon import read_table
from core.text import clitic_variants, normalize_for_match

FROM = "من"
WITH = "مع"
ARTICLE = "ال"
PRONOUNS = ("ه", "ها", "هم", "هما")  # as written (ة is no pronoun): "انسحابها"، "انسحابه"
AGREEMENT_ENDING = 3  # letters past the cue an agreement noun may have ("اتفاقيه"، "معاهده")
AUTHOR_REACH = 3  # words between the withdrawal and its من ("انسحاب الولايات المتحدة من")
PARTY_REACH = 3  # words after the agreement noun to the party's adjective or مع ("الاتفاق النووي الإيراني")


@prepared.table()
def _agreement_cues() -> tuple[str, ...]:
    """The agreement nouns' written beginnings, normalised ("اتفاق"، "معاهد")."""
    return tuple({normalize_for_match(r["cue"]) for _, r in read_table("agreement_cues.tsv")})


def _agreement(word: str) -> bool:
    cues = _agreement_cues()
    for stem, _ in clitic_variants(word):
        stem = stem[len(ARTICLE):] if stem.startswith(ARTICLE) else stem
        if any(stem.startswith(c) and len(stem) <= len(c) + AGREEMENT_ENDING for c in cues):
            return True
    return False


def _withdrawer(doc, st, h, f: int, at: dict) -> str | None:
    """The side that withdraws: named between the withdrawal and its من ("انسحاب واشنطن
    من"، "انسحبت تركيا من"), or, for a verb or a noun with its pronoun ("أعلنت روسيا
    انسحابها"), the side named last before it; None for a bare noun told again."""
    named = next((at[k].actor for k in range(h.i + 1, f) if k in at), None)
    if named is not None:
        return named
    tok = doc.toks[h.i]
    if h.verbal or doc.nt.original[tok.start:tok.end].endswith(PRONOUNS):
        return next((a.actor for a in reversed(st.actors) if a.j <= h.i), None)
    return None


def _party(doc, st, h) -> str | None:
    """The state the withdrawn-from agreement names as its party, other than the side that
    withdraws, or None."""
    norms = doc.norms
    f = next((k for k in range(h.i + 1, min(h.i + 2 + AUTHOR_REACH, st.tj)) if norms[k] == FROM), None)
    if f is None or f + 1 >= st.tj or not _agreement(norms[f + 1]):
        return None
    at = {a.i: a for a in st.actors}
    withdrawer = _withdrawer(doc, st, h, f, at)
    for k in range(f + 2, min(f + 2 + PARTY_REACH, st.tj)):
        a = at.get(k)
        if a is not None:
            if not a.adjective:
                return None  # a name here is no party
            if a.actor != withdrawer:
                return a.actor  # "الاتفاق النووي الإيراني"، "المعاهدة الروسية الأمريكية" left by Russia
            continue
        if norms[k] == WITH:
            b = at.get(k + 1)
            return b.actor if b is not None and b.actor != withdrawer else None
    return None


def aimed_at_party(doc, st, h, pairs: list) -> list:
    """A withdrawal's directed pairs aimed at the party of the agreement it leaves; none
    with that party as its source."""
    if not pairs or h.form.type != "SANCTION":
        return pairs
    party = _party(doc, st, h)
    if party is None:
        return pairs
    out = []
    for p, d in pairs:
        if d and len(p) == 2:
            if p[0] == party:
                continue
            p = type(p)([p[0], party])
        if (p, d) not in out:
            out.append((p, d))
    if out != pairs:
        related(doc, st, pairs)
    return out

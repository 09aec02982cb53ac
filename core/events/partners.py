"""More partners of a meeting named one after the other: "أجرت اتصالات هاتفية مع الرئيس
الفرنسي والمستشارة الألمانية"، "التقى نظيريه الأردني والسعودي".

When a meeting's partner is followed, with nothing but و (or a comma and و) between, by
another actor — the و-word itself ("والسعودي"، "وألمانيا") or a title it opens
("والمستشارة الألمانية") — the source met that actor too: one pair per partner, the
meeting stays one act. A و-word that is no title ("وأعلن أن الولايات المتحدة ...") opens a
clause of its own and adds nobody.
"""
from __future__ import annotations

from functools import lru_cache

from core.lexicon import load_lexicon
from core.text import normalize_for_match

TYPES = frozenset({"CONSULT"})
TITLE_REACH = 3  # words from a title opened by و to the actor it names ("والمستشارة الألمانية")
MAX_PARTNERS = 6


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """First words of the titles (data/lexicons/titles.tsv), normalised, with and without ال."""
    words = set()
    for t in load_lexicon().titles:
        w = normalize_for_match(t.form.split()[0])
        words.add(w)
        if w.startswith("ال"):
            words.add(w[2:])
    return frozenset(words)


def _next_partner(doc, actors: list, k: int, tj: int) -> int | None:
    """Index in actors of the actor joined by و right after actors[k]'s mention, or None."""
    end = actors[k].j
    if end >= tj or not doc.norms[end].startswith("و"):
        return None
    gap = doc.nt.norm[doc.toks[end - 1].nend:doc.toks[end].nstart].strip()
    if gap not in ("", "،", ","):
        return None
    opens_title = doc.norms[end][1:] in title_words()
    for m in range(k + 1, len(actors)):
        a = actors[m]
        if a.i == end or opens_title and end < a.i <= end + TITLE_REACH:
            return m
        if a.i > end + TITLE_REACH:
            break
    return None


def with_partners(doc, st, h, pairs: list) -> list:
    """The pairs of a meeting, with one more (source, partner) for each actor joined by و
    after a partner's mention that follows the trigger."""
    if h.form.type not in TYPES or not pairs:
        return pairs
    actors, out = st.actors, list(pairs)
    have = {tuple(p) for p, _ in pairs}
    for p, d in pairs:
        if len(p) != 2:
            continue
        src, partner = p
        k = next((m for m, a in enumerate(actors) if a.i >= h.j and a.actor == partner), None)
        seen = 0
        while k is not None and seen < MAX_PARTNERS:
            # a partner's name after its title is the same partner ("الرئيس الفرنسي إيمانويل ماكرون")
            while k + 1 < len(actors) and actors[k + 1].actor == actors[k].actor and actors[k + 1].i <= actors[k].j + 2:
                k += 1
            k = _next_partner(doc, actors, k, st.tj)
            seen += 1
            if k is None:
                break
            other = actors[k].actor
            if other not in (src, partner) and (src, other) not in have and (other, src) not in have:
                out.append(([src, other], d))
                have.add((src, other))
    return out

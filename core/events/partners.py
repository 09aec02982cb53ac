"""More partners of a meeting or a joint act named one after the other: "أجرت اتصالات
هاتفية مع الرئيس الفرنسي والمستشارة الألمانية"، "التقى نظيريه الأردني والسعودي"،
"وقعت X اتفاقا مع Y وZ".

When a partner after the trigger stands in a run of actors joined by و (or a comma and و)
— the و-word itself ("والسعودي"، "وألمانيا") or a title it opens ("والمستشارة الألمانية")
— the source met, or agreed or signed with, each of them: one pair per partner, the act
stays one. The run is read both ways from the partner the role model kept, which is often
its last or its nearest member rather than its first. A و-word that is no title ("وأعلن أن
الولايات المتحدة ...") opens a clause of its own and adds nobody. Beyond meetings only a
joint act's pairs are extended (a directed act's coordinated targets are the role
model's to keep, core.events.learned).
"""
from __future__ import annotations


from core import prepared
from core.events.clauses import finite_verb
from core.lexicon import load_lexicon
from core.text import normalize_for_match

TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT"})
MEETINGS = "CONSULT"  # the type whose directed pairs are extended too ("التقى X نظيريه ...")
TITLE_REACH = 3  # words from a title opened by و to the actor it names ("والمستشارة الألمانية")
MAX_PARTNERS = 6
PARTNER_REACH = 8  # words after the trigger within which a partner named before it is named again as one


@prepared.table()
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
            # after a comma, a finite verb right after the name makes it a clause's subject ("، وإيران
            # تندد بالخطوة"); without one the verb may be the sentence's ("المحادثات مع X وY تجري")
            return None if gap and a.j < len(doc.norms) and finite_verb(doc.norms[a.j]) else m
        if a.i > end + TITLE_REACH:
            break
    return None


def _runs(doc, actors: list, k: int, tj: int) -> list[list[int]]:
    """The runs of actors joined one to the next by و from index ``k`` on (indices in
    ``actors``; a name after its title is the same partner, "الرئيس الفرنسي إيمانويل ماكرون")."""
    runs = []
    while k < len(actors):
        run, cur = [k], k
        while len(run) <= MAX_PARTNERS:
            while cur + 1 < len(actors) and actors[cur + 1].actor == actors[cur].actor and actors[cur + 1].i <= actors[cur].j + 2:
                cur += 1
            nxt = _next_partner(doc, actors, cur, tj)
            if nxt is None:
                break
            run.append(nxt)
            cur = nxt
        runs.append(run)
        k = cur + 1
    return runs


def with_partners(doc, st, h, pairs: list) -> list:
    """The pairs of a meeting (a joint act), with one more (source, partner) for each actor
    of the run joined by و that holds a partner's mention after the trigger."""
    typ = h.form.type
    if typ not in TYPES or not pairs:
        return pairs
    return _with_partners(doc, st, h, pairs, typ)


def _with_partners(doc, st, h, pairs: list, typ: str) -> list:
    """with_partners past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    actors, out = st.actors, list(pairs)
    first = next((m for m, a in enumerate(actors) if a.i >= h.j), None)
    if first is None:
        return pairs
    runs = [r for r in _runs(doc, actors, first, st.tj) if len(r) > 1]
    if not runs:
        return pairs
    have = {tuple(p) for p, _ in pairs}
    for p, d in pairs:
        if len(p) != 2 or d and typ != MEETINGS:
            continue
        # a meeting's partner is its second side; either side of a joint act may be the run's
        for src, partner in ((p[0], p[1]),) if d else ((p[0], p[1]), (p[1], p[0])):
            # the run of the partner's first mention after the trigger (not a later list it is
            # named in); a partner the sentence named before the trigger only when named again
            # near it ("وكانت X وY قد وقعتا اتفاقا ... بين X عضو الحلف وY": Y's later mention
            # is no partner's of the agreement; "التقى ولي العهد السعودي، كما تحدث هاتفيا مع
            # العاهل السعودي وأمير قطر": it is)
            k = next((m for m in range(first, len(actors)) if actors[m].actor == partner), None)
            if k is None or actors[k].i - h.j > PARTNER_REACH and any(a.actor == partner for a in actors[:first]):
                continue
            run = next((r for r in runs if k in r), None)
            if run is None or any(actors[m].actor == src for m in run):
                continue  # both sides in one list: the list's subject is elsewhere, its pair a guess
            for m in run[:MAX_PARTNERS + 1]:
                other = actors[m].actor
                if other not in (src, partner) and (src, other) not in have and (other, src) not in have:
                    out.append(([src, other], d))
                    have.add((src, other))
            break
    return out

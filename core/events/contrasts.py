"""A side named only in a clause of contrast after an act is no side of that act:
"وامتنعت الصين وكازاخستان عن التصويت، فيما صوتت بوليفيا ضد القرار"، "ودعت روسيا وألمانيا
وفرنسا البلدين إلى ضبط النفس، لكن الولايات المتحدة قالت ..."، "ووصل الجنرال إلى سول، في
حين سعت عائلات الضحايا إلى منع دخوله".

After a pause, "فيما"، "لكن"، "بيد أن" and "في حين" open a clause with its own subject and
verb (construction_cues.tsv, kind contrast; "بينما" is a while_clause, read the same way
for targets by core.events.when_clauses). The role model may pair the act before it with
the second clause's subject, named only there: such pairs, of either side, are dropped, but
for a denial, whose accuser the contrast often names ("نفت X ...، لكن خبراء Y على ثقة").
A side named further in may be what the first act was about ("توصلت إلى تفاهم مع الوزير،
لكن مصيره بات مبهما بعد إقالة ترامب له") and stays. "فيما يتعلق بـ"، "فيما بعد"، "فيما
بينها" are no clauses.
"""
from __future__ import annotations

from core.events import constructions
from core.events.clauses import named_only_after

CONTRAST = "contrast"  # construction_cues.tsv
WHILE_TWO = ("في", "حين")  # "في حين", normalised
NOT_CLAUSES = frozenset({"يتعلق", "يخص", "بعد", "بينها", "بينهم", "بينهما", "بين", "يلي", "مضي"})  # "فيما يتعلق"
PAUSES = frozenset("،,؛;")
SUBJECT_REACH = 3  # words from the opener to the clause's subject ("لكن الرئيس الأمريكي"، "فيما دعت الصين")
ANSWERS = frozenset({"REJECT"})  # a denial whose accuser the contrast names ("نفت X ...، لكن Y تؤكد")
RETORT = "retort"  # construction_cues.tsv: a verb of retaliating ("ردت"، "انتقمت")
DENIED = "denied"  # event_cues.tsv: a verb of denying ("نفت"), not one of refusing or abstaining


def no_contrast_sides(doc, st, h, pairs: list) -> list:
    """The pairs less those with a side the sentence names only from a clause of contrast
    opened after the trigger on."""
    if not pairs:
        return pairs
    k = _contrast_at(doc, st, h)
    return pairs if k is None else _before_contrast(doc, st, h, pairs, k)


def _before_contrast(doc, st, h, pairs: list, k: int) -> list:
    """no_contrast_sides of a trigger a clause of contrast follows at k (apart from its gates:
    the names its generators read are closure cells, made on each call of the function that holds them)."""
    inside = named_only_after(st.actors, k)
    # only the clause's own subject: right after its opener or its verb ("فيما صوتت بوليفيا"،
    # "لكن الولايات المتحدة قالت"); a side named further in may be what the first act was about
    inside = {x for x in inside if min(a.i for a in st.actors if a.actor == x) <= k + SUBJECT_REACH}
    if not inside:
        return pairs
    # "نفت X ...، ولكن خبراء الأمم المتحدة على ثقة": the denial answers them
    answered = h.form.type in ANSWERS and DENIED in doc.trig.cue_kinds(doc.norms[h.i])
    # "قصفت إسرائيل مواقع، فيما ردت حماس بإطلاق قذائف": who retaliates is whom the act hit, when
    # the act names no side or place it hit ("مواقع في غزة، فيما ردت مصر بإدانة الهجوم": Egypt answers in words)
    sources = {p[0] for p, d in pairs if d}
    hit = any(h.j <= a.i < k and a.actor not in sources for a in st.actors) or any(h.j <= i < k for i in doc.place_ends)
    answered = answered or not hit and any(constructions.kind(w) == RETORT for w in doc.norms[k + 1:k + 1 + SUBJECT_REACH])
    return [(p, d) for p, d in pairs if inside.isdisjoint(p) or answered and d and p[-1] in inside and p[0] not in inside]


def _contrast_at(doc, st, h) -> int | None:
    """The first word after the trigger that, right after a pause, opens a clause of contrast."""
    norms, toks, text = doc.norms, doc.toks, doc.nt.original
    for k in range(h.i + 1, st.tj - 1):  # a trigger's gap may hold it ("التصويت … ضد")
        if PAUSES.isdisjoint(text[toks[k - 1].end:toks[k].start]):
            continue
        w = norms[k]
        if constructions.kind(w) == CONTRAST and norms[k + 1] not in NOT_CLAUSES:
            return k
        if (w, norms[k + 1]) == WHILE_TWO or w[:1] == "و" and (w[1:], norms[k + 1]) == WHILE_TWO:
            return k + 1
    return None

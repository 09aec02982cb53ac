"""A coalition told with its leader: "التحالف العربي بقيادة السعودية"، "التحالف الذي تقوده X".

The coalition acts; its leader, named after a word of leading (violence_cues.tsv kind
leader, read by core.events.struck.led), is neither the author of the coalition's attacks
nor their target. The violence rules read the name right before the verb as its subject
("إن التحالف العربي بقيادة السعودية شن غارات": the leader) or the name after the author
as the one hit ("شن التحالف العربي بقيادة السعودية غارات": the leader as target); both
stand for the coalition's own attack on someone the sentence may not name. Attacks on a
coalition ("هجمات على قاعدة للتحالف الذي شكلته X") hit the coalition, not the state that
leads or founded it, which the sentence must name as hit another way to be a target.
"""
from __future__ import annotations

from core.events import struck, violence

ORIGIN_REACH = 4  # words before a word of leading where "من" tells the led body as an origin ("من منطقة X بقيادة")
LINKS = frozenset({"الذي", "التي", "والذي", "والتي"})  # "التحالف الذي تقوده X": the relative before the word of leading
COALITION = "coalition"  # violence_cues.tsv: "التحالف"، "الائتلاف": a coalition its leader is named after
COALITION_REACH = 2  # words before the word of leading where the coalition stands ("التحالف الدولي بقيادة")


def led_body(doc, st, src):
    """The actor mention of the body the leader at ``src`` leads: the one ending right
    before the word of leading, or before the relative before it ("التحالف الذي تقوده
    X"); None when src is no leader or no body stands there."""
    m = struck.leading_at(doc.norms, src.i, st.ti)
    if m is None:
        return None
    end = m - 1 if m - 1 > st.ti and doc.norms[m - 1] in LINKS else m
    return next((a for a in st.actors if a.j == end and a.actor != src.actor and not a.adjective), None)


def _leads_the_act(doc, st, h, actor: str) -> bool:
    """Whether ``actor`` is named after a word of leading right after the attack's own
    words ("بتدخل عسكري تقوده السعودية"، "الحملة التي يقودها X"): it leads the act."""
    for a in st.actors:
        m = struck.leading_at(doc.norms, a.i, st.ti) if a.actor == actor else None
        if m is not None and h.j <= m <= h.j + 1 and (m == h.j or doc.norms[h.j] in LINKS):
            return True
    return False


def _leader_only(doc, st, h, actor: str) -> bool:
    """Whether the sentence's mention of ``actor`` nearest the attack follows a word of
    leading ("التحالف الدولي بقيادة واشنطن شن غارة ... فيما قال إن واشنطن تعتقد": the
    leader strikes no one; named again it speaks); never an unnamed side ("شاحنة مفخخة
    يقودها مسلح": one who drives, not a leader)."""
    if actor.startswith("unnamed-"):
        return False
    near = _nearest(st, h, actor)
    return near is not None and struck.led(doc, near.i, st.ti)


def _nearest(st, h, actor: str):
    """The sentence's mention of ``actor`` nearest the attack ``h``, or None."""
    return min((a for a in st.actors if a.actor == actor), key=lambda a: abs(a.i - h.i), default=None)


def _leads(doc, st, h, leader: str, author: str) -> bool:
    """Whether the mention of ``leader`` nearest the attack leads the pair's author (its
    led_body: "شن التحالف العربي بقيادة السعودية غارات", the coalition struck, its
    leader is no target) or what the attack came from ("هجمات من منطقة X بقيادة Y"، an
    origin within ORIGIN_REACH words before the word of leading); not "قصفت الطائرات X
    مواقع فصائل يقودها Y" (what Y leads was hit, Y with it)."""
    near = _nearest(st, h, leader)
    body = led_body(doc, st, near)
    if body is not None and body.actor == author:
        return True
    m = struck.leading_at(doc.norms, near.i, st.ti)
    return m is not None and any(w in struck.FROM for w in doc.norms[max(st.ti, m - ORIGIN_REACH):m])


def _leads_coalition(doc, st, h, leader: str) -> bool:
    """Whether the mention of ``leader`` nearest the attack follows a word of leading or
    founding right after a coalition ("قاعدة للتحالف الذي شكلته X"، "التحالف الدولي بقيادة
    X", one word may qualify it, violence_cues.tsv kind coalition): the coalition was hit,
    not its leader, unless the sentence names the leader as hit another way."""
    near = _nearest(st, h, leader)
    m = struck.leading_at(doc.norms, near.i, st.ti)
    if m is None:
        return False
    end = m - 1 if m - 1 > st.ti and doc.norms[m - 1] in LINKS else m
    return any(violence.cue_kind(doc.norms[k]) == COALITION for k in range(max(st.ti, end - COALITION_REACH), end))


def _led_body_of(doc, st, actor: str):
    """The body the first mention of ``actor`` leads, else None: a loop, not next() over a
    generator, so that no_leader_sides makes no closure cells on each call."""
    for a in st.actors:
        if a.actor == actor:
            b = led_body(doc, st, a)
            if b is not None:
                return b
    return None


def no_leader_sides(doc, st, h, pairs: list) -> list:
    """The pairs of an attack less a leader of its author as its target ("شن التحالف
    العربي بقيادة السعودية غارات"), with the body it leads as the author in place of a leader read as
    the author; a leader of the attack itself ("تدخل عسكري تقوده X"), or of a body no
    actor names ("تحرك تقوده X يستهدف"), stays its author."""
    out = []
    for p, d in pairs:
        if not d or len(p) != 2:
            out.append((p, d))
            continue
        if _leader_only(doc, st, h, p[1]) and (_leads(doc, st, h, p[1], p[0]) or _leads_coalition(doc, st, h, p[1])):
            continue
        if _leader_only(doc, st, h, p[0]) and not _leads_the_act(doc, st, h, p[0]):
            body = _led_body_of(doc, st, p[0])
            if body is not None and body.actor == p[1]:
                continue
            if body is not None:
                p = type(p)([body.actor, p[1]])  # no body named: the leader stands for what it leads ("تحرك تقوده X")
        out.append((p, d))
    return out

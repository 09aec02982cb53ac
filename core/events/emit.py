"""Events told: the last step every event rule of the stage takes with its pairs.

A rule of the stage (core.events) or of a module of its own (indicted, investigated,
penalties) that has read a trigger's pairs, clause, modality and date hands them here:
the filters that drop a backer's or a platform's pair, the reading as a threat, a plan or
a demand, then one Event per pair not told before. Kept below the stage so that those
modules import it at their top instead of from the stage that imports them.
"""
from __future__ import annotations

import bisect

from core.events import backers, coordinated, incident_cues, plans, platforms, threats
from core.events.modality import _demanded
from core.events.roles import _pair_key
from core.events.triggers import _Hit
from core.model import Event, Trigger


def emit(doc, st, h: _Hit, pairs: list, clause: tuple[int, int], modality: str,
         date: str | None, date_source: str | None) -> None:
    """One event per pair, typed by its trigger (a threat when a condition governs it),
    or as a demand when an obligation cue governs the trigger. ``doc`` and ``st`` are the
    stage's article and sentence under way (core.events._Article, _Sentence)."""
    doc.doc_pairs.update(_pair_key(p) for p in pairs)  # as the rules read them (the role model's feature)
    if h.form.type == "PROTEST" and incident_cues.banned(h, doc.norms, st.ti):
        return  # "يحظر فيها المظاهرات": protests forbidden, none staged
    pairs = backers.no_backers(doc, st, h, pairs)  # "قوات تدعمها إيران هاجمت": Iran attacks nothing
    pairs = platforms.no_platforms(doc, st, pairs)  # "قال على صفحته في تويتر": where, no side
    etype, ecameo, modality = threats.threat(doc, st, h, (h.form.type, h.form.cameo), modality)  # "ستلغي ... إذا" threatens
    # "ستقصف": a threat; "ستقدم مساعدات": a promise (AGREE); "سيجتمعان في قمة": no event
    # yet, its pairs seen so that the noun restating it ("قمة") makes none either
    etype, ecameo = plans.planned_type(etype, ecameo, modality) or (etype, None)
    if ecameo and etype != "REQUEST" and _demanded(h, doc.toks, doc.trig, max(st.ti, bisect.bisect_left(doc.tok_starts, clause[0]))):
        etype, ecameo = "REQUEST", "020"  # "يجب فرض حظر على ميانمار" demands a ban, imposes none
        # "يجب أن يكون موضع تفاوض بين X وY": the parties of a demanded joint act demand nothing of each other
        pairs = [(p, d) for p, d in pairs if d]
    cam = doc.trig.cameo.get(ecameo)
    text = doc.nt.original
    for actor_ids, directed in pairs:
        key = (etype, tuple(actor_ids if directed else sorted(actor_ids)), st.start,
               h.start if isinstance(actor_ids, coordinated.Joined) else None)  # a second act is no repeat
        if key in doc.seen:
            continue
        doc.seen.add(key)
        if ecameo is None:
            continue  # a planned act's pair, seen and not told
        doc.events.append(Event(
            type=etype, actors=list(actor_ids),
            directed=directed,
            trigger=Trigger(text[h.start:h.end], h.start, h.end),
            sentence=text[st.start:st.end],
            sentence_start=st.start,
            date=date,
            modality=modality,
            cameo=ecameo,
            goldstein=cam.goldstein if cam else 0.0,
            date_source=date_source,
        ))
        if isinstance(actor_ids, coordinated.Joined):
            doc.acts.add((st.start, h.start))

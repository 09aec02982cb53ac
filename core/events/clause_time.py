"""Where a trigger's act stands and when it took place: its clause, its modality, its date.

Read once a trigger is to make an event (core.events runs it), apart from the roles: the
modality and the date depend on the clause the trigger stands in, not on its sides.
"""
from __future__ import annotations

import bisect
from functools import partial

from core.events import conditions, dated_to_come, dating, plans, resolved_gatherings, violence
from core.events.modality import UNASSERTED, _date_for, _in_past_frame, _modality, _reported_present
from core.text import split_clauses


def when(doc, st, h) -> tuple[tuple[int, int], str, str | None, str | None]:
    """The trigger's clause, modality and date (with where the date came from)."""
    if st.clauses is None:
        st.clauses = split_clauses(doc.nt.original, st.start, st.end)
    clause = _clause_at(st.clauses, h.start, st)
    modality = _modality(h, doc.toks, doc.trig, st.ti, bisect.bisect_left(doc.tok_starts, clause[0]), doc.norms)
    if h.form.type in violence.TYPES and modality not in UNASSERTED and conditions.conditioned(
            h, doc.norms, st.ti, st.tj, doc.in_entity):  # "في شن هجوم ... إذا قررت"، "إن هاجمت X ... فإن"
        modality = "hypothetical"
    elif modality in ("asserted", "reported") and (plans.still_to_come(h, doc, st) or resolved_gatherings.resolved_on(h, doc, st)):
        modality = "hypothetical" if h.form.type == "AGREE" else "planned"  # "الاتفاق المرتقب": no pact yet
    if st.dates is None:  # the sentence's dates, gathered once for its triggers (_date_for keeps these)
        st.dates = _sentence_dates(doc, st)
    date, date_source = _date_for(h.start, st.dates, clause, (st.start, st.end), partial(
        _foreign, h, doc, st))  # "منذ بدء الصراع عام 2011" dates no trigger before
    if modality in ("asserted", "reported") and dated_to_come.dated_later(h, doc, st, clause, date, date_source):
        modality = "planned"  # "قمة ... في أبريل المقبل": still to come
    if date is None and doc.document_date:
        # news reports what just happened: an act its sentence does not date took place on
        # the lead's day ("قال الوزير إن بلاده ترفض ...": a present act reported that day); a
        # pluperfect or past frame ("وكان ... قد"، "كان ... يتهم") tells of earlier days: the
        # publication year only
        past = not _reported_present(h, doc.toks, doc.trig, st.ti, modality) and _in_past_frame(h, doc.toks, doc.trig, st.ti)
        date, date_source = doc.document_date[:4] if past else dating.undated_day(doc, h.start), "document"
    return clause, modality, date, date_source


def _clause_at(clauses, start: int, st) -> tuple[int, int]:
    """The clause holding ``start``, else the sentence: a loop, not next() over a generator,
    so that when() makes no closure cells on each trigger."""
    for a, b in clauses:
        if a <= start < b:
            return a, b
    return st.start, st.end


def _sentence_dates(doc, st) -> list:
    """The sentence's dates, apart from when() so that its comprehension's cell is made once
    a sentence, not on each trigger."""
    return [t for t in _article_dates(doc) if st.start <= t.start < st.end]


def _foreign(h, doc, st, t) -> bool:
    """dating.foreign for the trigger, bound by functools.partial in when() (a lambda there
    made closure cells on each trigger)."""
    return dating.foreign(t, h, doc.toks, doc.nt, doc.trig, doc.tok_starts, st.ti)


def _article_dates(doc) -> list:
    """The article's date expressions that a trigger may take its date from (no reference
    like "_REF"), in the order of ``doc.times``: picked once per article and kept on its
    record (``doc.dates``), not again from every time expression for each sentence."""
    dates = getattr(doc, "dates", None)
    if dates is None:
        dates = [t for t in doc.times if t.type == "DATE" and not t.value.endswith("_REF")]
        if hasattr(doc, "dates"):
            doc.dates = dates
    return dates

"""A gathering dated by a time to come is still to come: "قمة بين X وY في أبريل المقبل".

A meeting, summit, talks or signing named by a noun whose clause dates it by a time expression
of the month, week or year to come ("الشهر المقبل"، "نيسان/أبريل المقبل"، "العام القادم")
is told before it takes place; core.events.plans reads cue words right around the noun
("القمة المقبلة"، "التي ستعقد"), which such a date often stands beyond ("اتفقتا على قمة
على الحدود في شهر أبريل المقبل"). Only the date the trigger takes from its own clause is
read, and only for nouns: a verb's tense tells its time ("اجتمع الوزراء ... حيث من
المقرر إجراء الجولة في مايو المقبل": the meeting took place). The words of a time to come
are data (data/lexicons/reading_cues.tsv, kind next).
"""
from __future__ import annotations

from core.events.reading_cues import cue_kind
from core.text import normalize_for_match

# meetings and talks (CONSULT), signings (SUPPORT); not pacts (AGREE): "اتفاق X وY على قمة
# في أبريل المقبل"، "موافقة X على لقاء في مايو المقبل" date what was agreed on, the
# agreement itself was made
GATHERINGS = frozenset({"CONSULT", "SUPPORT"})


def dated_later(h, doc, clause: tuple[int, int], date: str | None, date_source: str | None) -> bool:
    """Whether the noun trigger ``h`` of a gathering takes its date from a time expression
    of its clause that holds a word of a time to come."""
    if h.verbal or date is None or date_source != "clause" or h.form.type not in GATHERINGS:
        return False
    for t in doc.times:
        if t.value == date and clause[0] <= t.start < clause[1] and t.type == "DATE":
            return any(cue_kind(w) == "next" for w in normalize_for_match(t.text).split())
    return False

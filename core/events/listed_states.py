"""States named in brackets after the group they make up: "طالبت قطر دول الحصار
(السعودية والإمارات والبحرين ومصر) برفع الإجراءات"، "دعت الدول الأربع (...) إلى". The
bracket opens the list of the group's members, the sides of the act, and not an aside that
ends the clause (core.events.clauses.clause_break): the demand is made of each state listed.
"""
from __future__ import annotations

from core.text import written_forms

# normalised nouns of a group of states ("دول الحصار"، "الدول الأربع"، "البلدان المجاورة"), with
# the conjunctions and prepositions they may carry ("ودول"، "للدول")
GROUP_NOUNS = written_forms(("دول", "الدول", "بلدان", "البلدان", "الدولتين", "دولتي", "البلدين", "بلدي"))
GROUP_REACH = 3  # words from the group noun to the bracket ("الدول العربية الأربع (")
OPENING = "("


def opens_member_list(toks, gap: str, k: int) -> bool:
    """The gap before token k is an opening bracket right after a noun of a group of
    states (within three words), so what it opens names the group's members."""
    return gap == OPENING and any(t.norm in GROUP_NOUNS for t in toks[max(0, k - GROUP_REACH):k])

"""Platforms named as where something was posted: "وذكر الحزب على صفحته على فيسبوك أن
..."، "وأظهرت لقطات نشرت على تويتر أن ..."، "وعلق الرئيس في حسابه على تويتر، أن ...".
The "على X أن" after a page, an account or a verb of publishing is where the words
stand, not a demand on X ("على فيسبوك أن يحذف المنشورات" stays one): the verb before
it need not be one of saying, and one of reporting ("ذكرت"، "أفادت") tells a statement
as well (core.events.speech_acts.venue_addressee).
"""
from __future__ import annotations

from core.events.platforms import MEDIUM_WORDS
from core.text import normalize_for_match, without_conjunction

# verbs of publishing or showing right before "على" ("نشرت على تويتر"، "بثها على يوتيوب")
PUBLISHING = frozenset(normalize_for_match(w) for w in (
    "نشر", "نشرت", "نشره", "نشرها", "نشروا", "ينشر", "تنشر", "بث", "بثت", "بثه", "بثها", "يبث", "تبث",
    "غرد", "غردت", "يغرد", "كتب", "كتبت", "تداول", "تداولت", "يتداول", "ظهر", "ظهرت"))
# verbs of reporting, no verbs of saying in the speech cues, before "X على تويتر أن"
# ("ذكرت شرطة المدينة على تويتر أن"، "أفادت السفارة على تويتر أن")
REPORTING = frozenset(normalize_for_match(w) for w in (
    "ذكر", "ذكرت", "ذكروا", "أفاد", "أفادت", "أفادوا", "أورد", "أوردت", "نقل", "نقلت", "علق", "علقت"))


def reporting_verb(norm: str) -> bool:
    """A verb of reporting ("وذكرت"، "أفادت") at the head of a statement."""
    return without_conjunction(norm, 2) in REPORTING


def posted_on(before: str) -> bool:
    """``before``, the normalised word right before an "على", is a page or account
    ("صفحته"، "حسابها") or a verb of publishing ("نشرت"): what the على introduces is
    where the words were posted."""
    before = without_conjunction(before, 2)  # "ونشرت" → "نشرت"
    return before in MEDIUM_WORDS or before in PUBLISHING

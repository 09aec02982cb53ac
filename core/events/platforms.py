"""Platforms named as where something was said: in "قال ترامب على صفحته في تويتر إن ..."
or "هاجم الوزير عبر حسابه على فيسبوك قرار الحكومة" the company is the medium of the
statement, no side of it, nor of any act the statement tells. Named otherwise ("اتهم
المحققون موقع فيسبوك بنشر الكراهية"، "دعا البرلمان مؤسس فيسبوك") it stays an actor.
"""
from __future__ import annotations

from core.events.named_only import named_only, without_sides
from core.text import normalize_for_match, without_conjunction

PLATFORMS = frozenset({"twitter", "facebook", "youtube", "instagram", "whatsapp", "telegram", "snapchat"})  # entity ids
# words between a preposition and the platform ("على صفحته الرسمية في"، "عبر موقع التواصل الاجتماعي")
MEDIUM_WORDS = frozenset(normalize_for_match(w) for w in (
    "موقع", "مواقع", "شبكة", "منصة", "تطبيق", "صفحة", "صفحته", "صفحتها", "صفحتهم", "حساب", "حسابه", "حسابها", "حسابهم",
    "حساباته", "الرسمي", "الرسمية", "الشخصي", "الشخصية", "التواصل", "الاجتماعي", "تغريدة", "تغريدات", "التغريدات",
    "منشور", "تدوينة", "برنامج", "فيديو", "مقطع", "بث", "حسابات", "رسالة", "قناته", "قناتها", "قناة"))
PREPOSITIONS = frozenset(normalize_for_match(w) for w in ("على", "عبر", "في", "خلال", "مستخدمي", "مستخدمو"))
MEDIUM_REACH = 5  # words from the preposition to the platform ("على صفحته الرسمية بموقع التواصل الاجتماعي")


def medium(norms: list[str], i: int) -> bool:
    """The platform named at token i follows a preposition of place, through words of
    pages, accounts and sites only ("في حسابه على تويتر"، "بموقع تويتر"، "بتويتر")."""
    if norms[i][:1] == "ب" or norms[i][:2] == "وب":
        return True
    for k in range(i - 1, max(i - 1 - MEDIUM_REACH, -1), -1):
        w = without_conjunction(norms[k], 2)  # "وعلى" → "على"
        if w in PREPOSITIONS:
            return True
        if w in MEDIUM_WORDS:
            continue
        if w[:1] == "ب" and w[1:] in MEDIUM_WORDS:
            return True  # "بموقع"، "بحسابه"
        return False
    return False


def no_platforms(doc, st, pairs: list) -> list:
    """The pairs less those with a platform every mention of which in the sentence names
    where something was said or shown."""
    platforms = [a for a in st.actors if a.actor in PLATFORMS]
    return without_sides(pairs, named_only(platforms, lambda a: medium(doc.norms, a.i)))

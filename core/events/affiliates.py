"""Actors named only as whom a side is close or loyal to: in "اتهمت حركة التغيير حزب
الاتحاد الوطني المقرب من إيران بتزوير الانتخابات" Iran describes the accused party and
is no side of the accusation, as "الموالية لإيران" describes the noun before it, and in
"تعهدت موسكو، حليفة دمشق، ..." Damascus describes Moscow: an ally named in apposition.
"""
from __future__ import annotations

from core.events.named_only import named_only, without_named_only
from core.events.no_side_mentions import group_heads
from core.text import RELATIVE_PRONOUNS, clitic_variants

CLOSE = "close"  # violence_cues.tsv: "المقرب من"، "القريبة من": a side's closeness to another
LOYAL = "الموال"  # "الموالية لإيران"، "الموالين لـ"
MARKS = frozenset({"من", "ل"})  # "المقرب من إيران"؛ "لـ" is written on the name ("الموالية لإيران")
HEAD_MARKS = frozenset({"ب", "ل"})  # written on a group's head noun: "المرتبطة بتنظيم X"، "الموالية لجماعة X"


def _violence():
    """core.events.violence (it imports the filters that call these), imported on first use
    and kept: an import statement per word asked cost more than the test."""
    if not _VIOLENCE:
        from core.events import violence

        _VIOLENCE.append(violence)
    return _VIOLENCE[0]


_VIOLENCE: list = []


def _describing(word: str) -> bool:
    """Closeness or loyalty; not "التابع لـ" ("الجهاز التابع للحكومة X" acts for X) nor
    "المدعوم من", which the gold reads as sides. A second adjective joined by "و" is one
    too ("الجماعات المسلحة والموالية لتنظيم X")."""
    violence = _violence()
    word = word[1:] if word.startswith("وال") else word
    return word.startswith(LOYAL) and word in violence.AFFILIATED or violence.load_cues().get(word) == CLOSE


# what may stand between an ally's word and the side it names: "الحليف الرئيسي لسوريا"
QUALITIES = frozenset({"الرئيسي", "الرئيسيه", "الرئيسيان", "القوي", "القويه", "الابرز", "الاقرب", "الوثيق",
                       "الوثيقه", "التقليدي", "التقليديه", "الاستراتيجي", "الاستراتيجيه", "الاكبر", "الاساسي",
                       "الاول", "الوحيد", "الوحيده", "الدائم"})
HIS = "حليفه"  # "حليفه زعيم الحزب" (his ally, the leader) names the ally itself; "حليفة دمشق" whom one is allied to
ALLIES = "حلفاء"  # "حلفاء الناتو": the allies of an alliance are its members
MEMBERSHIP = ("ORG:regional_org", "ORG:intl_org")  # organisations of members (organisations.tsv kinds)


def _members(word: str, a) -> bool:
    """The allies of an organisation of members ("طالبت واشنطن حلفاء الناتو بزيادة
    الإنفاق") are its members, so the organisation is a side of what is asked of them or
    done by them, unlike the state after "حلفاء إيران مثل X وY"."""
    return word == ALLIES and getattr(a, "kind", "") in MEMBERSHIP


def _headed(word: str) -> bool:
    """A group's head noun with the "بـ" or "لـ" of a word of affiliation written on it
    ("بتنظيم"، "للجماعة"): the name after it ("المرتبطة بتنظيم القاعدة") may leave the head
    out of its mention, and then the word before the mention is no word of affiliation."""
    return word[:1] in HEAD_MARKS and any(n == 1 and v in group_heads() for v, n in clitic_variants(word))


RELATIVE_REACH = 3  # words between a relative pronoun and the act of its clause ("التي كانت تنفي")


def _antecedent(norms: list[str], h, a) -> bool:
    """The act stands in a relative clause on the mention ("مرتبطة بحزب X، الذي يقاتل
    القوات Y"، "بجماعة X التي تصنفها Z إرهابية"): the patron is a side of that clause's act,
    which the clause tells of it, whatever the words before the mention say it describes."""
    j = getattr(a, "j", None)
    return j is not None and j < h.i <= j + RELATIVE_REACH and norms[j] in RELATIVE_PRONOUNS


def _affiliate(norms: list[str], h, a, text: str, toks) -> bool:
    """Mention ``a`` stands right after a word of affiliation, or after it and "من", or
    after such a word, the qualities of the ally ("الحليف الرئيسي لـ") and, before a
    nationality adjective, the noun it qualifies ("حليفة النظام السوري"), or, before a
    group's name, its head noun ("المرتبطة بتنظيم القاعدة"); not when the act's own word,
    a participle, describes the mention ("Y المدعومة من إيران")."""
    if getattr(a, "j", None) == h.i and norms[h.i].startswith("ال"):
        return False  # "تحالف X المرتبط بفصائل Y المدعومة من إيران": Y is the side Iran supports
    if _antecedent(norms, h, a):
        return False  # "على صلة بإيران التي تنفي ...": Iran denies
    k = a.i - 1
    if k > 0 and getattr(a, "kind", "") != "ADJ" and _headed(norms[k]):
        k -= 1  # "حركة X المرتبطة بتنظيم القاعدة": the mention is "القاعدة"
    if k >= 0 and getattr(a, "kind", "") == "ADJ" and norms[k] not in MARKS and not _describing(norms[k]):
        k -= 1  # "حليفة الحكومة السورية": the government is the ally's
    if k >= 0 and norms[k] in MARKS:
        k -= 1
    while k >= 0 and norms[k] in QUALITIES:
        k -= 1
    if k < 0 or k in (h.i, h.j - 1) or not _describing(norms[k]) or _members(norms[k], a):
        return False
    return norms[k] != HIS or text[toks[k].end - 1:toks[k].end] == "ة"


def no_affiliates(doc, st, h, pairs: list) -> list:
    """The pairs with no side the sentence names only as whom another is close or loyal to.
    No pairs return before the lambda's closure cells are made (without_named_only's gate)."""
    if not pairs:
        return pairs
    return _no_affiliates(doc, st, h, pairs)


def _no_affiliates(doc, st, h, pairs: list) -> list:
    """no_affiliates past its gate, apart so that a trigger with no pairs returns before its
    lambda's closure cells are made."""
    return without_named_only(pairs, st.actors, lambda a: _affiliate(doc.norms, h, a, doc.nt.original, doc.toks))


def patrons(doc, st, h) -> set[str]:
    """The actors the sentence names only as whom another is close, linked or loyal to: no
    author of an attack whose target it does not name ("شنت الفصائل المرتبطة بإيران هجمات")."""
    return named_only(st.actors, lambda a: _affiliate(doc.norms, h, a, doc.nt.original, doc.toks))

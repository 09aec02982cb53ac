"""Acts told inside a statement: in "أصدرت الخارجية المصرية بيانا اتهمت فيه إسرائيل
بخرق الهدنة" or "نشر الرئيس تغريدة، حذر فيها روسيا" the verb after the statement's noun,
tied back to it by "فيه"/"فيها", is the statement's author's act; the actor after the
verb is its object, not its subject (a role rule of core.events.roles.ROLE_RULES).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from core.events.actors import _uniq
from core.text import normalize_for_match

if TYPE_CHECKING:  # the rules read the role ladder's context; no import at run time
    from core.events.roles import _RoleContext

# the returning pronoun after the verb ("اتهم فيه"، "دعت فيها"، "أكد خلاله")
RETURNING = frozenset({"فيه", "فيها", "خلاله", "خلالها"})
# nouns of a statement (normalised, bare or indefinite): what "فيه" returns to
STATEMENT_NOUNS = frozenset(normalize_for_match(w) for w in (
    "بيان", "بيانا", "بيانات", "تقرير", "تقريرا", "تقارير", "رسالة", "رسائل", "تغريدة", "تغريدات", "تدوينة",
    "كلمة", "خطاب", "خطابا", "تصريح", "تصريحا", "تصريحات", "مقال", "مقالا", "مقابلة", "حديث", "حديثا",
    "مؤتمر", "مؤتمرا", "شكوى", "دعوى", "دعاوى", "مذكرة", "برقية", "اتصال", "اتصالا", "مكالمة", "قرار", "قرارا"))
# a statement's noun whose "ل" names its author, not its addressee ("في بيان للاتحاد الأوروبي";
# not "في تصريحات لوكالة الأناضول", "في مقابلة لرويترز": said to the outlet)
AUTHORED = frozenset(normalize_for_match(w) for w in ("بيان", "بيانا"))
AUTHORED_BARE = normalize_for_match("بيان")  # read so only after "في"; "بيانا" is issued
ANSWERED = frozenset(normalize_for_match(w) for w in ("على", "عقب", "بعد", "إثر", "اثر"))  # "ردا على بيان"
SUBJECT_TITLE = 2  # words of a title before a subject's adjective ("فيها وزير الخارجية الإيراني")
NOUN_REACH = 5
OBLIQUE = "ين"  # a plural's ending as an object ("البريطانيين"); as a subject it ends in ون  # words from the statement's noun to the verb ("بيانا قبل أيام، دعت فيه")


def _statement_noun(c: _RoleContext) -> int | None:
    """The token of the statement's noun the verb's "فيه" returns to, None without one."""
    h, toks = c.h, c.toks
    if not (h.verbal and not h.form.joint and h.j < len(toks) and toks[h.j].norm in RETURNING):
        return None
    from core.events.roles import prepositional  # the ladder's module imports this one; rarely here
    for k in range(h.i - 1, max(h.i - NOUN_REACH, 0) - 1, -1):
        word = toks[k].norm
        if word in STATEMENT_NOUNS or word[:1] in "وب" and word[1:] in STATEMENT_NOUNS:
            return k
        for a in c.seq:  # a loop: a generator's names would be cells of every call
            if a.i <= k < a.j and not prepositional(a, c.toks, c.nt):
                return None  # an actor between: "فيه" returns to it ("الذي تواجه فيه"); not "على تويتر"
    return None


def rule_statement_clause(c: _RoleContext):
    """"أصدرت X بيانا اتهمت فيه Y بـ"، "في بيان لـX دعت فيه Y": the statement's author
    (the actor "ل" ties to the noun, else the clause's first subject, else the previous
    sentence's) acts on the first actor after the verb. A verb with a subject of
    its own right after "فيه" ("رسالة دعا فيها الملك X باريس") has it act on the next."""
    k = _statement_noun(c)
    if k is None:
        return None
    return _statement_clause_roles(c, k)


def _statement_clause_roles(c: _RoleContext, k: int):
    """The rest of rule_statement_clause, kept apart so that the many triggers without a
    statement's noun return before the closure cells its comprehensions need are made."""
    from core.events.roles import prepositional  # the ladder's module imports this one
    toks, h = c.toks, c.h
    named = [a for a in c.seq if a.i >= h.j]  # not "تغريدة على تويتر" before the verb
    after = _uniq([x for x in c.src + c.tgt if any(a.actor == x for a in named)])
    if (named and named[0].i <= h.j + 1 + SUBJECT_TITLE and c.src == [named[0].actor] and c.tgt
            and not c.nt.original[toks[named[0].i].start:named[0].start]  # not "فيه لإسرائيل"
            and not toks[named[0].j - 1].norm.endswith(OBLIQUE)):  # "دعا فيه البريطانيين": the object
        return c.src, c.tgt[:1], []  # VSO: the verb's own subject, then its object (not "X وY")
    owner = [a.actor for a in c.seq if k < a.i < h.i and a.start > toks[a.i].start
             and c.nt.original[toks[a.i].start:a.start].endswith("ل")]
    author = owner[:1] or [a.actor for a in c.earlier if a.j <= k and a.actor not in after
                           and not prepositional(a, toks, c.nt)][:1] or \
        [x for x in c.carried_subject if x not in after][:1]
    if not author:
        return None
    return author, [x for x in after if x not in author], []


def statement_author(c: _RoleContext) -> list[str]:
    """The actor "ل" ties to a statement's noun before the trigger ("جاء ذلك في بيان للاتحاد
    الأوروبي، داعيا روسيا إلى ..."): the author of what a participle after it tells, when
    its clause names no subject of its own (the verb "جاء" has none)."""
    toks, text = c.toks, c.nt.original
    for a in c.seq:
        if a.i >= c.h.i:
            break
        if _authored_at(toks, a.i - 1) and a.start > toks[a.i].start and text[toks[a.i].start:a.start].endswith("ل"):
            return [a.actor]
    return []


def _authored_at(toks, k: int) -> bool:
    """Whether the word at k is a statement's noun the participle after it comes from: "في
    بيان" (the statement it was told in) or "بيانا" (one issued); not "ردا على بيان لـX"،
    "عقب بيان لـX" (a statement answered or followed: its author is not the one who speaks)."""
    if k < 1:
        return False
    noun = toks[k].norm
    if noun[:1] == "و" and noun[1:] in AUTHORED:
        noun = noun[1:]
    if noun not in AUTHORED or toks[k - 1].norm in ANSWERED:
        return False
    return noun != AUTHORED_BARE or toks[k - 1].norm in ("في", "وفي")

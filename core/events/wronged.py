"""The side a wrong is done to is no target of the stance taken on that wrong.

An accusation may name a wrongdoing rather than voice one: "جرائم إسرائيل ضد المتظاهرين"،
"سياستها العدائية تجاه كوريا الشمالية"، "جرائمها البشعة بحق اليمنيين". After such a deed's
word, "ضد"، "بحق"، "تجاه"، "حيال" or "إزاء" names whom the deed is done to, its victim; after
a word of voicing ("اتهامات ضد إيران"، "مزاعم ضد بريطانيا"، "دعوى ضد قطر") it names the
accused, and those stay. The same holds for the state named as whose sovereignty, unity,
security or soil an act violates or threatens ("الانتهاك الصارخ لسيادة سوريا"، "تهديدا
لوحدة وسيادة الأراضي اليمنية"، "محاولة تستهدف أمن واستقرار المملكة المغربية"): that state
is wronged, whoever condemns, rejects or warns of the act takes no stance against it.

Read of accusations, rejections and threats, the target of a directed pair whose first
mention after the trigger stands so is dropped (a state named before as well, the mention
after the trigger is what the trigger governs). The words are data (event_cues.tsv, kinds
wrong_deed and sovereign); the prepositions, function words, stay here.
"""
from __future__ import annotations

from core.events import raid_authors, violence
from core.events.filters import _kind, topic_cues
from core.events.reading_cues import without_targets
from core.text import mark_between, without_conjunction

TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN"})  # stances whose target the victim of a deed is not
# stances whose target the state wronged is not: a threat to a state's security or soil is
# one on that state ("الحوثيون انتهكوا القوانين بتهديد الأراضي السعودية")
OWNER_TYPES = frozenset({"ACCUSE", "REJECT"})
THREATENS = "THREATEN"
WARN = "warn"  # topic_cues.tsv: a verb or noun of warning ("حذر"، "تحذير"), not one of threatening
DEED = "wrong_deed"  # event_cues.tsv: a word naming a wrongdoing ("جرائم"، "العدائية"، "انتهاكات")
SOVEREIGN = "sovereign"  # event_cues.tsv: what of a state an act wrongs ("سيادة"، "السيادة"، "أراضي")
# the words of the same sense that event_cues.tsv lists as kind endangered (what a verb of
# threatening endangers: "تهدد أمن المنطقة"), normalised, with their article
# in construct only ("أمن السعودية"; "مجلس الأمن روسيا" is no security of Russia's)
ENDANGERED_OWNED = frozenset({"امن", "استقرار", "سلامه", "وحده"})
# words that may stand between those and the state: "سيادة دولة الكويت"، "وحدة أراضي المملكة
# المغربية"، "وحدة وسيادة الأراضي اليمنية" (a state named only as whose soil an act was on, or
# that one leaves, is not wronged so: "مغادرة أراضي الولايات المتحدة")
LINKS = frozenset({"دوله", "الدوله", "اراضي", "الاراضي"})
BETWEEN = frozenset({"في", "من", "علي", "الي", "عن", "مع", "بين"})  # a preposition between "ضد" and a side: another phrase
TOWARD = frozenset({"ضد", "بحق", "تجاه", "حيال", "ازاء"})  # normalised: whom a deed is done to
DEED_REACH = 3  # words from a deed's word to its "ضد" ("جرائمها البشعة ضد"، "عمليات عدائية ضد")
VICTIM_REACH = 3  # words from "ضد" to the victim ("ضد المتظاهرين الفلسطينيين"، "بحق شعبنا الفلسطيني")
OWNER_GAP = 2  # words from "سيادة" to the state ("سيادة دولة الكويت"، "وحدة وسيادة الأراضي اليمنية")
PAUSES = violence.PAUSES  # a clause, a list or a quotation ends what a word governs


def no_wronged_targets(doc, st, h, pairs: list) -> list:
    """The pairs of an accusation, rejection or threat less the directed ones whose target's
    first mention after the trigger is the victim of a deed the trigger names, or the state
    whose sovereignty, unity, security or soil an act wrongs."""
    if not pairs or h.form.type not in TYPES:
        return pairs
    targets = {p[-1] for p, d in pairs if d}
    return _not_wronged(doc, st, h, pairs, targets) if targets else pairs


def _not_wronged(doc, st, h, pairs: list, targets: set) -> list:
    """no_wronged_targets of directed pairs (apart from its gates: the names its generators read are closure cells, made on each call of the function that holds them)."""
    first: dict = {}
    for a in st.actors:
        if a.i >= h.j and a.actor in targets and a.actor not in first:
            first[a.actor] = a
    owners = h.form.type in OWNER_TYPES
    # "هددت روسيا باتخاذ خطوات عدائية ضد أوكرانيا": the victim of the deed a side threatens
    # is whom it threatens; only a warning ("حذر من جرائم X ضد Y") names another's deed
    victims = h.form.type != THREATENS or _kind(doc.norms[h.i], topic_cues()) == WARN
    wronged = {x for x, a in first.items() if owners and _owner(doc, st, a) or victims and _victim(doc, st, h, a)}
    if not wronged:
        return pairs
    return without_targets(st, pairs, wronged)


def _kinds(doc, w: str) -> tuple[str, ...]:
    return doc.trig.cue_kinds(w)


def _paused(doc, a: int, b: int) -> bool:
    """A pause stands between tokens a and b (a < b)."""
    return mark_between(doc.toks, doc.nt.original, a, b, PAUSES)


def _owner(doc, st, a) -> bool:
    """Mention ``a`` follows a word of what an act wrongs within OWNER_GAP words, with only
    such words or LINKS between ("لوحدة وسيادة الأراضي اليمنية")."""
    norms = doc.norms
    for k in range(a.i - 1, max(st.ti, a.i - 1 - OWNER_GAP) - 1, -1):
        if SOVEREIGN in _kinds(doc, norms[k]) or _endangered_owned(norms[k]):
            # "عناصر أمن إيرانيين"، "قوات أمن السلطة": a security force's name, no state's security
            force = k > 0 and without_conjunction(norms[k - 1], 2) in raid_authors.forces()
            return not _paused(doc, k, a.i) and not force
        if without_conjunction(norms[k], 1) not in LINKS:
            return False
    return False


def _endangered_owned(word: str) -> bool:
    """One of ENDANGERED_OWNED, with or without و, ل and ب ("ووحدة"، "لأمن"، "المساس بأمن")."""
    w = without_conjunction(word, 2)
    return w in ENDANGERED_OWNED or w[:1] in ("ل", "ب") and w[1:] in ENDANGERED_OWNED


def _victim(doc, st, h, a) -> bool:
    """Mention ``a`` is named within VICTIM_REACH words after "ضد"/"بحق"/"تجاه" that follows a
    deed's word (the trigger's own, or one after it: "جماعة إرهابية نظرا لجرائمها ضد اليمنيين")
    within DEED_REACH words, with no pause from the trigger to the mention."""
    norms = doc.norms
    marks = [m for m in range(max(h.j, a.i - VICTIM_REACH), a.i) if norms[m] in TOWARD]
    if not marks or _paused(doc, h.j - 1, a.i):
        return False
    mark = marks[-1]
    if not BETWEEN.isdisjoint(norms[mark + 1:a.i]):
        return False  # "جرائم ضد الإنسانية في إسرائيل": the side is where, not whom
    return any(DEED in _kinds(doc, norms[k]) for k in range(max(h.i, mark - DEED_REACH), mark))

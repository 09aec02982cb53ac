"""What a meeting discussed is no side of it: "ناقش وزير الخارجية السعودي الملف النووي
الإيراني مع نظيره البريطاني"، "بحث مجلس الأمن الهجمات التركية"، "سيتم بحث نشاطات إيران".

A verb or noun of discussing (بحث، ناقش، مناقشة، تناول، استعرض) takes what is discussed as
its direct object; whom it was discussed with comes after "مع" (or "بين", or as a second
subject joined by "و"). A state named inside that object, as the adjective or the
genitive of a noun of it ("الملف الإيراني"، "نشاطات إيران"، "التهديد الذي يمثله
الحوثيون"), is spoken of: a pair with it is no meeting. The verb's own subject, named right
after it with its title ("بحث ولي العهد السعودي"), stays a side.
"""
from __future__ import annotations


from core import prepared
from core.events import signers
from core.events.named_only import without_named_only
from core.events.roles import PASSIVE_AUX
from core.lexicon import read_table
from core.text import normalize_for_match, without_conjunction

# first words of the discussing triggers (the lexicon's CONSULT forms that take a topic as object)
DISCUSS = frozenset(normalize_for_match(w) for w in (
    "بحث", "بحثت", "بحثا", "بحثتا", "بحثوا", "يبحث", "تبحث", "يبحثان", "تبحثان", "يبحثون", "نبحث",
    "ناقش", "ناقشت", "ناقشا", "ناقشتا", "ناقشوا", "يناقش", "تناقش", "يناقشان", "تناقشان", "يناقشون", "نناقش",
    "مناقشة", "مناقشات", "تناول", "تناولت", "تناولا", "يتناول", "تتناول", "استعرض", "استعرضت", "استعرضا",
    "يستعرض", "تستعرض"))
PARTNER_WORDS = signers.PARTNER_WORDS  # "مع"، "بين": whom it was discussed with follows them
PARTNER_REACH = 4  # words from مع to the side it names ("مع رئيس البرلمان الإيراني")
SUBJECT_REACH = 2  # words from a verb to its subject's state ("ناقش وزير الخارجية السعودي")
COUNTERPART = ("نظير", "نظرا")  # "نظيره الإيراني"، "نظرائه": a counterpart is a person met


@prepared.table()
def title_words() -> frozenset[str]:
    """Every word of a title or a role ("ولي العهد"، "وزير الخارجية"، "المتحدث باسم"): a
    state's adjective after one names whom the person acts for, not a topic."""
    words = set()
    for table in ("titles.tsv", "role_words.tsv"):
        for _, r in read_table(table):
            words.update(normalize_for_match(r["form"]).split())
    return frozenset(words)


def _titled(norm: str, titles: frozenset[str]) -> bool:
    bare = without_conjunction(norm, 1)
    return bare in titles or bare.startswith(COUNTERPART) or bare.startswith("ال") and bare[2:].startswith(COUNTERPART)


def _topic(doc, st, h, a) -> bool:
    """The mention stands inside the trigger's object: after it, after a word that is no
    title (the noun it describes or follows), not after "مع"/"بين", and not the verb's
    subject."""
    norms, titles = doc.norms, title_words()
    if a.i <= h.j or a.i > st.tj:
        return False
    if any(without_conjunction(norms[k], 1) in PARTNER_WORDS for k in range(max(h.j, a.i - PARTNER_REACH), a.i)):
        return False
    if a.start > doc.toks[a.i].start and without_conjunction(norms[a.i], 1)[:1] == "ب":
        return False  # "ببريطانيا": a proclitic ب names the partner
    before = range(h.j, a.i)
    if all(_titled(norms[k], titles) or any(b.i <= k < b.j for b in st.actors) for k in before):
        return False  # "بحث الرئيس الأمريكي": the subject with its title, or an actor's own words
    passive = h.i > 0 and without_conjunction(norms[h.i - 1], 1) in PASSIVE_AUX  # "سيتم بحث": no subject
    if (h.verbal and not passive and a.i - h.j <= SUBJECT_REACH
            and not any(b.j <= a.i and b.i >= h.j for b in st.actors if b is not a)):
        return False  # "بحث وفد إيراني": the first named after the verb is its subject
    return not _titled(norms[a.i - 1], titles)


def no_topic_sides(doc, st, h, pairs: list) -> list:
    """The pairs of a discussing trigger less those with a side named only inside what was
    discussed."""
    if not pairs or h.form.tokens[0] not in DISCUSS:
        return pairs
    return _no_topic_sides(doc, st, h, pairs)


def _no_topic_sides(doc, st, h, pairs: list) -> list:
    """no_topic_sides past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    return without_named_only(pairs, st.actors, lambda a: _topic(doc, st, h, a))

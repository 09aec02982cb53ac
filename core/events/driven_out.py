"""The armed group an expulsion by force names is the one driven out: "تمكنت القوات
العراقية من طرد داعش من المدن".

"طرد" with an armed group as its object is read as an attack (CAMEO 190: the trigger
phrases "طرد … داعش"، "طرد … مسلحي" and the senses of trigger_senses.tsv). As a verbal
noun governed by another verb ("تمكنت من طرد"، "عملية لطرد"), the group written right after
it is its object, yet the role model, reading a noun's genitive as its doer, made the group
the attacker of the state named before (in 3,000 tuning articles, every such reading of the
noun). The group named there is the target when the word is that noun; a finite verb's
subject may follow it ("وطرد تنظيم داعش القوات"), and that reading is left to the others.
"""
from __future__ import annotations

from core.events.turned import turned_round

HEAD = "طرد"  # the verb's root letters, in every form of the trigger phrases ("طردت"، "يطردون"، "لطرد")
ASSAULT, DRIVE_OUT = "ASSAULT", "190"
REACH = 1  # words after the trigger where a sense row's object stands ("طرد الجيش عناصر": the verb's)
ARMED = "ORG:armed_group"
# normalised words a verbal noun follows ("من طرد"، "بعد طرد"، "عملية طرد")
NOUN_GOVERNORS = frozenset({"من", "في", "بعد", "قبل", "علي", "عن", "الي", "حتي", "اجل", "بهدف", "عقب", "اثر",
                            "عمليه", "محاوله", "اعلان", "اعلن", "اعلنت", "استكمال", "اتمام"})


def _noun(doc, h) -> bool:
    """The trigger's word is the verbal noun: it carries a proclitic or the article
    ("لطرد"، "بطرد"، "الطرد") or follows a preposition or a word that governs a noun
    ("تمكنت من طرد"، "بعد طرد"). A finite verb may have the group as its subject, written
    after it ("وطرد تنظيم داعش القوات من المدينة"): the group drives out, and is left alone."""
    word = doc.norms[h.i]
    return (not word.startswith(HEAD) and not word.startswith(("و" + HEAD, "ف" + HEAD))
            or h.i > 0 and doc.norms[h.i - 1] in NOUN_GOVERNORS)


def driven_group(doc, st, h) -> str | None:
    """The armed group an expulsion by force names as its object: the phrase's last word,
    or the word right after a one-word trigger."""
    if h.form.type != ASSAULT or h.form.cameo != DRIVE_OUT or HEAD not in doc.norms[h.i] or not _noun(doc, h):
        return None
    last = h.j - 1 if h.j - h.i > 1 else None
    for a in st.actors:
        if a.i == last or a.kind == ARMED and h.j <= a.i <= h.j + (0 if last else REACH):  # "طرد مسلحي داعش"
            return a.actor
    return None


def driven_out_targets(doc, st, h, pairs: list) -> list:
    """Directed pairs that made the group driven out the attacker, turned round."""
    group = driven_group(doc, st, h) if pairs else None
    return turned_round(pairs, lambda s, t: s == group and t != group) if group else pairs


def not_attackers(doc, st, h, pairs: list) -> list:
    """The pairs an attack's constructions name less those that make the group driven out
    the attacker ("لطرد وحدات X التي تسيطر على منطقة Y": X is driven out, it attacks no place)."""
    group = driven_group(doc, st, h) if pairs else None
    return [(p, d) for p, d in pairs if not d or p[0] != group] if group else pairs

"""The author an attack noun names with ل right after it: "قتل عشرة جنود في هجوم لتنظيم
داعش"، "في هجومين منفصلين لقوات سوريا الديمقراطية"، "غارات للتحالف". After a noun of an
attack that is no verbal noun of a transitive verb (هجوم، غارة، كمين), the ل names
whose attack it was, not whom it hit ("قصف لمواقع" and "استهداف للمدنيين" mark their
object so, and "ضربة لتايوان" is a blow to Taiwan: left out); the side named before the
noun, among the dead or the driven out, is the target (core.events.filters.author_first
turns such a pair round). A verbal noun of aim with its ل ("أطلق الجيش هجوما لطرد
مسلحين") names no author: it tells what the attack is for, and its object is the target.
"""
from __future__ import annotations


from core import prepared
from core.lexicon import read_table
from core.text import written_forms
from core.topics import topic_cues

CUES = "violence_cues.tsv"  # read as core.events.violence reads it (its lam_agent takes the same nouns)
LAM_NOUN = "lam_noun"  # violence_cues.tsv: an attack noun whose ل-phrase is its author (no transitive verbal noun)
ADJECTIVE_REACH = 2  # words between the noun and its author ("هجومين منفصلين لقوات"، "هجوم انتحاري جديد لتنظيم")
AUTHOR_MARKS = ("ل", "لـ", "ول")  # the ل written on the author's first word (with a tatweel: "لـقوات")
GOAL = "goal"  # topic_cues.tsv's kind of a verbal noun of aim with its ل ("لطرد"، "لاستعادة")
NOT_ADJECTIVES = frozenset({"علي", "ضد", "في", "من", "عن", "الي", "قرب", "داخل", "استهدف", "استهدفت"})


def author_after(doc, st, h) -> str | None:
    """The actor an attack noun of hit h names as its author with ل right after it (past
    at most two adjectives), or None."""
    if h.verbal or h.form.type != "ASSAULT" or doc.norms[h.i] not in authored_forms():
        return None
    at = {a.i: a for a in st.actors}
    text, toks, norms, cues = doc.nt.original, doc.toks, doc.norms, topic_cues()
    for k in range(h.j, min(h.j + ADJECTIVE_REACH + 1, st.tj)):
        if cues.get(norms[k]) == GOAL:
            return None  # "هجوما لطرد مسلحين": the attack's aim, whose object is its target
        if any(map(text[toks[k - 1].end:toks[k].start].__contains__, "،,.:؛()")):  # no generator: no cells
            return None
        a = at.get(k)
        if a is not None:
            return a.actor if text[toks[k].start:a.start].replace('"', "") in AUTHOR_MARKS else None
        if norms[k][:1] == "ل" and (a := at.get(k + 1)) is not None:
            return a.actor  # "لتنظيم داعش"، "لـ قوات": the ل on the head of the author's name
        if norms[k] in NOT_ADJECTIVES:
            return None
    return None


@prepared.table()
def authored_forms() -> frozenset[str]:
    """Every written form of violence_cues.tsv's lam_noun nouns, with and without the article
    and the conjunctions and prepositions written on them ("والهجوم"، "بغارة"، "لهجوم")."""
    nouns = [r["cue"] for _, r in read_table(CUES) if r["kind"] == LAM_NOUN]
    return written_forms(nouns + ["ال" + w for w in nouns])


FORCE = "force"  # violence_cues.tsv: an armed body's word ("طيران"، "قوات") written before its owner's name
OWNER_REACH = 2  # words after the force word where its owner may be named ("لطيران التحالف العربي")


@prepared.table()
def lam_forces() -> frozenset[str]:
    """The force words with the ل of an author written on them ("لطيران"، "لقوات")."""
    return frozenset("ل" + r["cue"] for _, r in read_table(CUES) if r["kind"] == FORCE)


def unnamed_author(doc, st, h) -> bool:
    """An attack noun whose ل-phrase names its author by a force no actor stands for ("بغارة
    لطيران التحالف" where no lexicon knows that coalition): the attack is that force's, so
    no side the sentence names elsewhere (a country named as where it struck) made it."""
    if h.verbal or h.form.type != "ASSAULT" or doc.norms[h.i] not in authored_forms():
        return False
    norms, at = doc.norms, {a.i for a in st.actors}
    for k in range(h.j, min(h.j + ADJECTIVE_REACH + 1, st.tj)):
        if norms[k] in lam_forces():
            return not any(m in at for m in range(k + 1, min(k + 1 + OWNER_REACH, st.tj)))
        if norms[k] in NOT_ADJECTIVES or norms[k][:1] == "ل":
            return False
    return False

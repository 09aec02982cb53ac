"""The author an attack noun names by its force right after it: "تكبدت الميليشيات عشرات
القتلى بقصف من طائرات التحالف"، "بقصف لطائرات التحالف"، "بغارات من مقاتلات X".

After an attack noun, "من" (or "من قبل") before a force word ("طائرات"، "طيران"،
"مقاتلات"، "قوات") and its owner, or the ل of an author written on that force word ("لطيران
X"، "لطائرات X"), names whose attack it was: the owner struck. A transitive verbal noun
marks its object with ل ("قصف لمواقع"), never with a force word, and core.events.attack_authors
reads the ل of the nouns that are no verbal nouns ("غارة للتحالف"); this is the force's
reading for every attack noun. The side named before the noun, among the dead, is the
target: core.events.filters.author_first turns a pair that made the author the target round.
"""
from __future__ import annotations

from core.events.attack_authors import ADJECTIVE_REACH, NOT_ADJECTIVES, OWNER_REACH, lam_forces, FORCE, CUES
from core import prepared
from core.lexicon import read_table

FROM, BY = "من", "قبل"  # "من (قبل) طائرات X"
PAUSES = "،,.:؛()"
NOUN_PREFIXES = ("ب", "ال", "وب", "وال", "لل", "فب")  # a preposition or the article: the word is a noun


@prepared.table()
def forces() -> frozenset[str]:
    """The force words of violence_cues.tsv, bare and with the article ("طائرات"، "الطائرات")."""
    words = [r["cue"] for _, r in read_table(CUES) if r["kind"] == FORCE]
    return frozenset(words + ["ال" + w for w in words])


TOLL_KINDS = frozenset({"toll", "victim", "victim_noun"})  # violence_cues.tsv: "قتلى"، "قُتل"، "مقتل"


@prepared.table()
def tolls() -> frozenset[str]:
    """The words of the dead and wounded of violence_cues.tsv, no attack nouns."""
    return frozenset(r["cue"] for _, r in read_table(CUES) if r["kind"] in TOLL_KINDS)


def force_author(doc, st, h) -> str | None:
    """The owner of the force an attack noun of hit h names as its author right after it
    (past at most two adjectives), or None."""
    norms, toks, text = doc.norms, doc.toks, doc.nt.original
    if (h.form.type != "ASSAULT" or h.verbal and not norms[h.i].startswith(NOUN_PREFIXES)
            or h.form.tokens[0] in tolls()):  # "مقتل"، "قتلى": a toll, no attack noun
        return None  # a verb's "من" names where from ("قصفت من البحر"); "بقصف" is a noun whatever its form's tag
    at = {a.i: a for a in st.actors}
    for k in range(h.j, min(h.j + ADJECTIVE_REACH + 1, st.tj)):
        if any(map(text[toks[k - 1].end:toks[k].start].__contains__, PAUSES)) or k in at:  # no generator: no cells
            return None
        w = norms[k]
        if w == FROM:
            m = k + 1 + (k + 1 < st.tj and norms[k + 1] == BY)
            return _owner(at, m + 1, st.tj) if m < st.tj and norms[m] in forces() else None
        if w in lam_forces():
            return _owner(at, k + 1, st.tj)
        if w in NOT_ADJECTIVES or w[:1] == "ل" or not _adjective(w):
            return None  # "مقتل 35 عنصرا من ميليشيات X": the dead's count and kin, no author
    return None


def _adjective(w: str) -> bool:
    """A word that may describe the attack noun before its author: definite, or a nisba
    ("الجوية"، "جوية"، "المكثف")."""
    return w.startswith("ال") or w.endswith(("يه", "ي", "يين"))


def _owner(at: dict, k: int, tj: int) -> str | None:
    """The actor named within OWNER_REACH words from word k ("طائرات التحالف العربي")."""
    return next((at[m].actor for m in range(k, min(k + OWNER_REACH, tj)) if m in at), None)

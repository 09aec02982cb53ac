"""The words of clash and protest sentences (data/lexicons/incident_cues.tsv), and the one
test other stages ask of them: a protest noun right after a word of banning.

Kept apart from core.events.unnamed_incidents, which reads the sentences, so that the
stage's last step (core.events.emit) can ask whether a protest was banned without
importing the rules that emit events.
"""
from __future__ import annotations


from core import prepared
from core.lexicon import read_table
from core.text import without_prefix

PEOPLE_ENDINGS = ("ون", "ين")  # "مُنع المحتجون من الوصول": the protesters kept away, no protest banned
BAN_REACH = 2  # words before a protest noun where a word of banning stands ("يحظر فيها المظاهرات")


@prepared.table()
def load_words() -> dict[str, str]:
    """Normalised word → kind (incident_cues.tsv)."""
    return {r["cue"]: r["kind"] for _, r in read_table("incident_cues.tsv")}


BARE_PREFIXES = ("وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل")  # the table's words are written without them


def bare(w: str) -> str:
    """A word without its conjunction, preposition and article ("والمواجهات" → "مواجهات")."""
    return without_prefix(w, BARE_PREFIXES)


def kind_of(w: str, words: dict) -> str | None:
    """The kind of word ``w`` in ``words`` (load_words), as written or bare ("والمواجهات")."""
    return words.get(w) or words.get(bare(w))


def words_of(kind: str) -> frozenset[str]:
    """The words of one kind of incident_cues.tsv ("agent_of", "occupied")."""
    return frozenset(w for w, k in load_words().items() if k == kind)


def banned(h, norms: list[str], ti: int) -> bool:
    """A word of banning stands right before a protest noun, its object ("يحظر فيها
    المظاهرات"، "حظر على الاحتجاجات"): protests forbidden, none staged, whoever the sentence
    names. Not when another noun is the ban's object ("خرقوا حظر التجول بمظاهرات": a curfew,
    and the protest staged against it)."""
    if h.form.type != "PROTEST" or h.verbal or h.form.tokens[0].endswith(PEOPLE_ENDINGS):
        return False
    words = norms[max(ti, h.i - BAN_REACH):h.i]
    at = [n for n, w in enumerate(words) if kind_of(w, load_words()) == "banned"]
    return bool(at) and not any(kind_of(w, load_words()) == "not_banned" for w in words[at[-1] + 1:])

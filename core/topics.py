"""The topic cue table (data/lexicons/topic_cues.tsv): words that tell what a phrase is
about or how it stands (a purpose, a topic, an anaphor, a treaty in force, a match ...).

Most kinds serve the event stage's filters; the words of matches and grounds also tell the
entity stage that an article is about sport (a club's ambiguous short name is the club
there). So the table is read here, below both stages, and neither reaches into the other.
"""
from __future__ import annotations


from core import prepared
from core.lexicon import DATA_DIR, read_tsv
from core.text import normalize_for_match

CUES = DATA_DIR / "topic_cues.tsv"
SPORT_ARTICLE = 3  # an article with this many words of matches is about sport


@prepared.table()
def topic_cues() -> dict[str, str]:
    """Normalised cue word → kind (purpose, aim, topic, anaphor)."""
    return {normalize_for_match(r["cue"]): r["kind"].strip()
            for _, r in read_tsv(CUES, ("cue", "kind", "note"), required=("cue", "kind"))}


def sport_words() -> frozenset[str]:
    """Normalised words of matches and grounds (topic_cues.tsv kind "sport")."""
    cues = topic_cues()
    if _SPORT_WORDS[0] is not cues:  # made once per table, not at every meeting's pair
        _SPORT_WORDS[:] = [cues, frozenset(c for c, kind in cues.items() if kind == "sport")]
    return _SPORT_WORDS[1]


_SPORT_WORDS: list = [None, frozenset()]  # (the topic cues read, their sport words)

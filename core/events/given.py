"""Trigger words that are a person's first name: "دان كوتس" (Dan Coats), not "دان" (condemned).

A word that is both a trigger and a given name (data/lexicons/trigger_names.tsv) is the
first name of a person when the entity tagger found that person's surname alone right
after it: a one-word mention of a person the gazetteer does not know ("per-" ids). A
known figure after it ("دان أردوغان الهجوم") or a name of two words ("دان آدم شيف") is the
verb's subject, and the word stays a trigger.
"""
from __future__ import annotations

from pathlib import Path

from core import prepared
from core.lexicon import read_tsv
from core.text import normalize_for_match

NAMES = Path(__file__).resolve().parents[2] / "data" / "lexicons" / "trigger_names.tsv"
UNKNOWN_PERSON = "per-"  # id prefix of persons the tagger found and the gazetteer does not list


@prepared.table()
def trigger_names() -> frozenset[str]:
    """Normalised trigger words that are also given names."""
    return frozenset(normalize_for_match(r["word"]) for _, r in read_tsv(NAMES, ("word", "note"), required=("word",)))


def first_name(h, toks, persons: list[tuple[int, int, str]]) -> bool:
    """The one-word trigger at h is the first name of the unknown person whose surname
    alone follows it, or the first word of a person's mention (persons: (first token,
    token after, id), in text order)."""
    if h.j != h.i + 1 or toks[h.i].norm not in trigger_names():
        return False
    return any(i == h.i or i == h.j and j == i + 1 and pid.startswith(UNKNOWN_PERSON) for i, j, pid in persons)


def without_first_names(hits: list, toks, spans) -> list:
    """The hits less the first names (spans: (entity, mention, first token, token after))."""
    names = trigger_names()
    if not any(toks[h.i].norm in names for h in hits):
        return hits
    persons = sorted((i, j, e.id) for e, _, i, j in spans if e.type == "PERSON")
    return [h for h in hits if not first_name(h, toks, persons)]


# words that name an outlet before its title, normalised ("صحيفة "زود دويتشه تسايتونغ"")
OUTLET_WORDS = frozenset(normalize_for_match(p + w) for w in ("صحيفة", "جريدة", "مجلة", "قناة", "وكالة", "موقع", "إذاعة")
                         for p in ("", "ل", "و", "ب", "ال", "لل", "بال", "وال"))
QUOTES = "\"«“'"


def without_titles(hits: list, toks, text: str) -> list:
    """The hits less those that open a quoted title after an outlet word (صحيفة "زود ..."،
    قناة "الحرة"): the name of a newspaper or channel, no act."""
    return [h for h in hits
            if not (h.i > 0 and toks[h.i - 1].norm in OUTLET_WORDS
                    and any(q in text[toks[h.i - 1].end:toks[h.i].start] for q in QUOTES))]

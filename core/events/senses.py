"""Senses of a trigger word that the word beside it decides (data/lexicons/trigger_senses.tsv).

A head word's type is the lexicon's in most sentences, but one word next to it can
change what the sentence tells: "هاجم وزير الخارجية" attacks with words (ACCUSE), not
with force; "تعليق الهجوم" ends an attack (RETREAT); "علق على" comments and suspends
nothing. Read from the words alone, like the trigger scan, so the role model sees the
trigger under the type it will be reported as.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from core.lexicon import read_table
from core.text import normalize_for_match

SENSES = "trigger_senses.tsv"
NEXT_REACH = 2  # "وهاجم نائب الوزير": the subject's title may follow a word of its own
NO_EVENT = "-"


@lru_cache(maxsize=1)
def senses() -> dict[tuple[str, str], list[tuple[frozenset[str], str, str]]]:
    """(head, where) → [(words, type, cameo)], all normalised."""
    out: dict[tuple[str, str], list] = {}
    for _, r in read_table(SENSES):
        words = frozenset(normalize_for_match(w) for w in r["words"].split("|") if w.strip())
        for head in r["head"].split("|"):
            out.setdefault((normalize_for_match(head.strip()), r["where"].strip()), []).append(
                (words, r["type"].strip(), (r.get("cameo") or "").strip()))
    return out


def _near(h, where: str, norms: list[str]) -> list[str]:
    """The words a sense row of kind ``where`` reads, with and without a leading و or ف."""
    if where == "next":
        got = norms[h.i + 1:h.i + 1 + NEXT_REACH]
    elif where == "before":
        got = norms[h.i - 1:h.i] if h.i else []
    else:
        got = norms[h.j:h.j + 1]
    return got + [w[1:] for w in got if w[:1] in "وف"]  # "ووزير" and "وزير" alike


def read(hits: list, norms: list[str]) -> list:
    """The hits under the sense their neighbours give them; those that tell no event dropped."""
    table = senses()
    out = []
    for h in hits:
        toks = h.form.tokens
        for where, head in (("next", toks[0]), ("before", toks[0]), ("after", toks[-1])):
            rows = table.get((head, where))
            if not rows:
                continue
            near = _near(h, where, norms)
            row = next((r for r in rows if not r[0].isdisjoint(near)), None)
            if row is not None:
                if row[1] == NO_EVENT:
                    h = None
                elif row[1] != h.form.type:
                    h = replace(h, form=replace(h.form, type=row[1], cameo=row[2] or h.form.cameo))
                break
        if h is not None:
            out.append(h)
    return out

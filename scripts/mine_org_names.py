"""Mine organisation names from news by the head nouns that introduce them.

    python scripts/mine_org_names.py CORPUS.jsonl.gz [--limit N] [--min 5] [--top 300]

News introduces a movement, outlet or body by a head noun the first time ("حركة
طالبان"، "قناة الجزيرة"، "صحيفة هآرتس") and often names it alone afterwards. For every
head of ``HEADS`` this counts the one or two words after it (up to a punctuation mark
or a function word) and how often the same words stand in the corpus without the head.
A name seen with its head in several articles and alone as often is one the news uses
bare, which only a lexicon can find (no head, and often a common word: "الجزيرة").
Unsupervised statistics on the unlabelled news corpus only: the printed candidates are
read by hand before any is added to ``data/lexicons/organisations.tsv`` (the list is an
aid, not the lexicon). Prints TSV: head, name, articles with head, count with head,
count alone, known (already a lexicon phrase).
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.text import normalize_for_match  # noqa: E402

# The heads that introduce a named organisation in news (indefinite forms: the name
# follows in idafa).
HEADS = ("حركة", "جماعة", "حزب", "صحيفة", "جريدة", "قناة", "وكالة", "منظمة", "تنظيم", "شبكة",
         "مجلة", "تلفزيون", "إذاعة", "موقع", "ميليشيا", "جبهة", "كتائب", "شركة", "مجموعة", "تيار")
_WORD = re.compile(r"[\u0621-\u064a]+|[^\s\u0621-\u064a]")
_PREFIXES = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


def _known_phrases() -> set[str]:
    """Every variant and alias of the organisation and place lexicons, normalised."""
    from core.lexicon import load_lexicon

    out = set()
    for e in load_lexicon().entries:
        out.update(normalize_for_match(v) for v in (*e.variants, *e.aliases, e.name_ar))
    return out


def _head_forms() -> dict[str, str]:
    """Normalised head (with a proclitic or without) → the head as written in HEADS."""
    forms = {}
    for h in HEADS:
        n = normalize_for_match(h)
        forms[n] = h
        for p in _PREFIXES:
            forms[p + n] = h
    return forms


def mine(path: str, limit: int, stop: set[str]) -> tuple[Counter, Counter, Counter]:
    """(with-head counts, with-head article counts, bare counts) of candidate names."""
    heads = _head_forms()
    with_head, articles, words = Counter(), Counter(), []
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if limit and n >= limit:
                break
            toks = _WORD.findall(normalize_for_match(json.loads(line).get("text", "")))
            words.append(toks)
            seen = set()
            for i, t in enumerate(toks[:-1]):
                h = heads.get(t)
                if h is None:
                    continue
                name = []
                for w in toks[i + 1:i + 3]:
                    if not re.fullmatch(r"[\u0621-\u064a]+", w) or w in stop:
                        break
                    name.append(w)
                    cand = (h, " ".join(name))
                    with_head[cand] += 1
                    seen.add(cand)
            articles.update(seen)
    names = {c[1] for c in with_head}
    bare = Counter()
    for toks in words:
        for i, t in enumerate(toks):
            prev = toks[i - 1] if i else ""
            if prev in heads:
                continue
            for size in (1, 2):
                phrase = " ".join(toks[i:i + size])
                if phrase in names:
                    bare[phrase] += 1
    return with_head, articles, bare


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--limit", type=int, default=0, help="articles to read (all by default)")
    ap.add_argument("--min", type=int, default=5, help="fewest articles with the head")
    ap.add_argument("--top", type=int, default=300)
    a = ap.parse_args(argv)
    from core.lexicon import load_lexicon

    stop = set(load_lexicon().stopwords)  # the function words that end a name
    with_head, articles, bare = mine(a.corpus, a.limit, stop)
    known = _known_phrases()
    rows = [(articles[c], with_head[c], bare[c[1]], c) for c in with_head if articles[c] >= a.min]
    rows.sort(key=lambda r: (-r[0], -r[2]))
    print("head\tname\tarticles\twith_head\talone\tknown")
    for arts, n, alone, (h, name) in rows[:a.top]:
        print(f"{h}\t{name}\t{arts}\t{n}\t{alone}\t{int(name in known or (h + ' ' + name) in known)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

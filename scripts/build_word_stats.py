"""Build data/lexicons/word_stats.tsv: how often each normalised word occurs in a news
corpus, so the name finder can tell common nouns (words that also occur with the
article ال) from names without a hand-written dictionary.

usage: python scripts/build_word_stats.py CORPUS.jsonl.gz [--top 60000]
"""
from __future__ import annotations

import argparse
import collections
import gzip
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from core.text import normalize_with_offsets, tokenize  # noqa: E402

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "lexicons" / "word_stats.tsv"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--top", type=int, default=60000)
    a = ap.parse_args()
    counts: collections.Counter[str] = collections.Counter()
    n = 0
    with gzip.open(a.corpus, "rt", encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["text"]
            counts.update(t.norm for t in tokenize(normalize_with_offsets(text)) if not t.norm.isdigit())
            n += 1
    with OUT.open("w", encoding="utf-8") as out:
        out.write(f"# word frequencies over {n} Arabic news articles of the ANT Corpus v2.1 (multi-source); words only, normalised for matching\n")
        out.write("word\tcount\n")
        for w, c in counts.most_common(a.top):
            if c < 3:
                break
            out.write(f"{w}\t{c}\n")
    print(f"{n} articles, {len(counts)} distinct words, wrote {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

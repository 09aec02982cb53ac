"""Label news sentences with the default path's entities, as extra training data for the CRF.

Self-training: the whole extraction (lexicons, title rules, name tables and the tagger)
finds people the tagger alone misses (a name after a title, a known given name, a name
word news writes mostly inside names). Sentences of news where the path names a person
and where the tagger alone proposes nothing the path did not keep are written as
word / label pairs (the format of ``core.ner_train``), so the tagger can learn the
contexts of those names from far more news than the annotated corpora hold.

A sentence is kept when
* the path names a person in it (a mention of two words or more, or a lexicon person);
* every span the tagger alone proposes there is a mention of the path with the same type
  (no doubt left between the two readings);
* no generic reference ("المملكة") and no mention that cuts a word in two stands in it.

Usage::

    python scripts/news_pseudo_labels.py CORPUS.jsonl.gz OUT.tsv [--skip 0] [--limit 12000] [--step 8]

The output is one "word<TAB>label" per line, a blank line between sentences.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.ner_train import GOLD_DIRS, GOLD_MAP  # noqa: E402  (after the path is set)

SENTENCE_END = re.compile(r"[.!?؟\n]")


def _gold_ids() -> set[str]:
    return {p.stem for d in GOLD_DIRS for p in Path(d).glob("*.json")}


def articles(corpus: Path, skip: int, limit: int, step: int = 1):
    """(title + text) of every ``step``-th article of ``skip`` .. ``skip + limit - 1``,
    annotated ones left out."""
    gold = _gold_ids()
    opener = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as f:
        for k, line in enumerate(f):
            if k < skip or (k - skip) % step:
                continue
            if k >= skip + limit:
                break
            d = json.loads(line)
            if d.get("id") not in gold:
                yield d.get("title", "") + "\n" + d["text"]


def token_labels(toks, mentions) -> list[str] | None:
    """BIO labels of the tokens from the path's mentions (start, end, type); None when a
    mention starts or ends inside a word other than after a proclitic."""
    labels = ["O"] * len(toks)
    for s, e, typ in mentions:
        inside = [k for k, t in enumerate(toks) if t.start < e and t.end > s]
        if not inside or toks[inside[-1]].end != e:
            return None
        if toks[inside[0]].start != s and s - toks[inside[0]].start > 2:
            return None
        for n, k in enumerate(inside):
            if labels[k] != "O":
                return None
            labels[k] = ("B-" if n == 0 else "I-") + typ
    return labels


def sentences(text: str, toks) -> list[tuple[int, int]]:
    """Token ranges of the sentences: a break where the text between two words ends one."""
    out, start = [], 0
    for k in range(1, len(toks)):
        if SENTENCE_END.search(text[toks[k - 1].end:toks[k].start]):
            out.append((start, k))
            start = k
    if toks:
        out.append((start, len(toks)))
    return out


def article_sentences(text: str) -> list[tuple[list[str], list[str]]]:
    """The kept sentences of one article as (words, labels)."""
    from core import analyze, ner_crf
    from core.text import normalize_with_offsets, tokenize

    a = analyze(text)
    toks = tokenize(normalize_with_offsets(text))
    if not toks:
        return []
    mentions, generic, people = [], [], []
    for ent in a.entities:
        typ = GOLD_MAP.get(ent.type)
        for m in ent.mentions:
            if m.source == "generic" or typ is None:
                generic.append((m.start, m.end))
                continue
            mentions.append((m.start, m.end, typ))
            if typ == "PER" and (" " in m.text.strip() or m.source == "lexicon"):
                people.append((m.start, m.end))
    out = []
    for a_, b_ in sentences(text, toks):
        if not 5 <= b_ - a_ <= 60:
            continue
        s0, s1 = toks[a_].start, toks[b_ - 1].end
        if not any(s0 <= s and e <= s1 for s, e in people):
            continue
        if any(s < s1 and e > s0 for s, e in generic):
            continue
        here = [m for m in mentions if m[0] < s1 and m[1] > s0]
        stoks = toks[a_:b_]
        labels = token_labels(stoks, here)
        if labels is None:
            continue
        words = [t.norm for t in stoks]
        tagged = ner_crf.bio_spans(ner_crf.tag_words(words))
        kept = set(ner_crf.bio_spans(labels))
        if any(sp not in kept for sp in tagged if sp[2] in ner_crf.TYPES):
            continue
        out.append((words, labels))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--skip", type=int, default=0)
    ap.add_argument("--limit", type=int, default=12000)
    ap.add_argument("--step", type=int, default=8, help="read every STEP-th article of the slice")
    a = ap.parse_args(argv)
    n = 0
    with a.out.open("w", encoding="utf-8") as f:
        for text in articles(a.corpus, a.skip, a.limit, a.step):
            for words, labels in article_sentences(text):
                f.write("".join(f"{w}\t{l}\n" for w, l in zip(words, labels)) + "\n")
                n += 1
    print(f"{n} sentences written to {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

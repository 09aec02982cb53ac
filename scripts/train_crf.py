"""Train the CRF NER model of core/ner_crf.py and score it on held-out ANERcorp.

Training data (read by ``core.ner_train``; every corpus token re-tokenised the way the
project tokenises text, so what the model sees in training is what it sees tagging):

* ANERcorp's train part (the sentences holding the first ~125,100 tokens; the rest is
  the held-out test and is never trained on; ``--aner-repeat`` times, default
  ``ner_train.ANER_REPEAT``), AQMAR (all 28 articles) and the Wojood sample's train
  split (outermost level; GPE, LOC and FAC are LOC), tags mapped to PER / ORG / LOC and
  MISC dropped;
* annotated news articles in the gold format (``--gold-train``, any number of folders
  of NAME.json + NAME.txt; ``--gold-repeat`` times, default once): required mentions
  label their tokens, optional entities (generic bodies, treaties) stay O.

Usage::

    python scripts/train_crf.py --data DIR --gold-train data/gold/train data/gold   # the shipped model
    python scripts/train_crf.py --data DIR --tune     # also pick c1/c2 on a dev slice
    python scripts/train_crf.py --bench data/gold     # speed (texts repeated to 500)
    python scripts/train_crf.py --gold data/gold      # spans vs. gold mentions
    python scripts/train_crf.py --test-only --data DIR   # score the saved model on ANERcorp test
    python scripts/train_crf.py --data DIR --gold-train data/gold/train data/gold --dev [TENTH] --out DEV_MODEL

DIR holds ``anercorp/ANERCorp.txt``, ``aqmar/*.txt`` and ``wojood/train.txt`` (or set
``AKHBAR_NER_DATA``).
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core import ner_crf  # noqa: E402
from core.ner_train import (  # noqa: E402,F401 - the loaders are part of this script's interface
    ANER_MAP, AQMAR_MAP, WOJOOD_MAP, Sentence, gold_sentences, load_anercorp, load_aqmar, load_wojood,
    map_tag, retokenise, train_model,
)


# --- scoring -------------------------------------------------------------------------
def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, dict[str, float]]:
    """conlleval-style exact entity matching, per type and overall (micro)."""
    tp: Counter = Counter()
    ng: Counter = Counter()
    np_: Counter = Counter()
    for g, p in zip(gold, pred):
        gs = {x for x in ner_crf.bio_spans(g) if x[2] in ner_crf.TYPES}
        ps = {x for x in ner_crf.bio_spans(p) if x[2] in ner_crf.TYPES}
        for s in gs:
            ng[s[2]] += 1
        for s in ps:
            np_[s[2]] += 1
        for s in gs & ps:
            tp[s[2]] += 1
    out = {}
    for t in list(ner_crf.TYPES) + ["ALL"]:
        a = sum(tp.values()) if t == "ALL" else tp[t]
        b = sum(np_.values()) if t == "ALL" else np_[t]
        c = sum(ng.values()) if t == "ALL" else ng[t]
        p = a / b if b else 0.0
        r = a / c if c else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[t] = {"P": p, "R": r, "F1": f, "gold": c, "pred": b}
    return out


def format_scores(s: dict[str, dict[str, float]]) -> str:
    lines = ["| type | P | R | F1 | gold | predicted |", "|---|---|---|---|---|---|"]
    for t, v in s.items():
        lines.append(f"| {t} | {100 * v['P']:.1f} | {100 * v['R']:.1f} | {100 * v['F1']:.1f} | {v['gold']} | {v['pred']} |")
    return "\n".join(lines)


# --- training ------------------------------------------------------------------------
def load_labelled(path: Path) -> list[Sentence]:
    """Sentences of a "word<TAB>label" file, a blank line between sentences (the output of
    scripts/news_pseudo_labels.py: project words already, labels already BIO)."""
    out: list[Sentence] = []
    words: list[str] = []
    labels: list[str] = []
    for line in path.read_text(encoding="utf-8").split("\n") + [""]:
        if not line.strip():
            if words:
                out.append((words, labels))
            words, labels = [], []
            continue
        w, _, lab = line.partition("\t")
        words.append(w)
        labels.append(lab)
    return out


def train(sentences: list[Sentence], out: Path, c1: float, c2: float, max_iter: int) -> None:
    train_model(sentences, out, c1, c2, max_iter)


def evaluate(model: Path, sentences: list[Sentence]) -> dict[str, dict[str, float]]:
    ner_crf._tagger.cache_clear()
    ner_crf._scorer.cache_clear()
    pred = [ner_crf.tag_words(w, model) for w, _ in sentences]
    return score([lab for _, lab in sentences], pred)


# --- speed and agreement with the dev gold --------------------------------------------
def load_texts(path: Path, n: int) -> list[str]:
    """n texts: a .jsonl(.gz) file of {"text": ...} objects, or a folder of .txt files
    (repeated until there are n)."""
    import gzip
    import json

    if path.is_dir():
        base = [f.read_text(encoding="utf-8") for f in sorted(path.glob("*.txt"))]
        return [base[i % len(base)] for i in range(n)]
    opener = gzip.open if path.suffix == ".gz" else open
    out = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            out.append(json.loads(line)["text"])
            if len(out) >= n:
                break
    return out


def bench(texts: list[str], warm: list[str] | None = None) -> None:
    """CPU time (process time, so other load on the machine does not count) of
    tag_tokens on texts; with ``warm``, those texts are tagged first (the state of a
    long-running process) and are not timed."""
    from core.text import normalize_with_offsets, tokenize

    ner_crf.tag_tokens(tokenize(normalize_with_offsets("قال الرئيس")))  # load the model outside the timing
    for t in warm or ():
        ner_crf.tag_tokens(tokenize(normalize_with_offsets(t)))
    toks = [tokenize(normalize_with_offsets(t)) for t in texts]
    chars = sum(len(t) for t in texts)
    ntok = sum(len(t) for t in toks)
    for label in ("first pass (word cache cold)", "second pass (word cache warm)"):
        t0 = time.process_time()
        for tt in toks:
            ner_crf.tag_tokens(tt)
        dt = time.process_time() - t0
        print(f"{label}: {len(texts)} texts, {chars} chars, {ntok} tokens: {ntok / dt:,.0f} tokens/s, "
              f"{1000 * dt / len(texts):.2f} ms per text, {1000 * dt / chars * 4096:.2f} ms per 4 KB")
    t0 = time.process_time()
    for t in texts:
        tokenize(normalize_with_offsets(t))
    dt = time.process_time() - t0
    print(f"(normalise + tokenise alone, for comparison: {1000 * dt / chars * 4096:.2f} ms per 4 KB)")


def _strip_clitic(text: str, start: int, end: int, targets: set[tuple[int, int]]) -> tuple[int, int]:
    """The span with a leading proclitic removed when that makes it a gold span."""
    from core.text import clitic_variants, normalize_for_match

    if (start, end) in targets:
        return start, end
    first = text[start:end].split()[0] if text[start:end].split() else ""
    for _stem, dropped in clitic_variants(normalize_for_match(first))[1:]:
        cand = (start + dropped, end)
        if cand in targets:
            return cand
    return start, end


def gold_agreement(folder: Path) -> None:
    """How the CRF's PER and ORG spans compare with the gold mentions of the dev
    articles: exact (proclitics aside) with the right type, exact with another type,
    overlapping a gold mention, or unrelated."""
    import json
    import re

    gmap = {"PER": "PERSON", "ORG": "ORG", "LOC": ("COUNTRY", "PLACE")}
    stats: dict[str, Counter] = {t: Counter() for t in ner_crf.TYPES}
    recall: Counter = Counter()
    unmatched: dict[str, list[str]] = {t: [] for t in ner_crf.TYPES}
    for jf in sorted(folder.glob("*.json")):
        text = jf.with_suffix(".txt").read_text(encoding="utf-8")
        gold = json.loads(jf.read_text(encoding="utf-8"))
        spans: dict[tuple[int, int], str] = {}
        for e in gold["entities"]:
            for m in e["mentions"]:
                for mm in re.finditer(re.escape(m), text):
                    spans.setdefault((mm.start(), mm.end()), e["type"])
        targets = set(spans)
        found = set()
        for s, e, typ in ner_crf.tag_text(text):
            s2, e2 = _strip_clitic(text, s, e, targets)
            want = gmap[typ]
            if (s2, e2) in spans:
                gt = spans[(s2, e2)]
                ok = gt == want or gt in want
                stats[typ]["exact, same type" if ok else f"exact, gold type {gt}"] += 1
                found.add((s2, e2))
            elif any(a < e2 and s2 < b for a, b in spans):
                stats[typ]["overlaps a gold mention"] += 1
                unmatched[typ].append(text[s:e] + " ~")
            else:
                stats[typ]["no gold mention"] += 1
                unmatched[typ].append(text[s:e])
        for (a, b), gt in spans.items():
            recall[(gt, (a, b) in found)] += 1
    for typ in ner_crf.TYPES:
        c = stats[typ]
        total = sum(c.values())
        print(f"{typ}: {total} spans: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
        print(f"   not exact: {' | '.join(unmatched[typ][:40])}")
    for gt in ("PERSON", "ORG", "COUNTRY", "PLACE"):
        hit, miss = recall[(gt, True)], recall[(gt, False)]
        print(f"gold {gt} mention occurrences found exactly: {hit}/{hit + miss}")


def main(argv: list[str] | None = None) -> int:
    from core import ner_train

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, help="folder with anercorp/, aqmar/, wojood/ (else $AKHBAR_NER_DATA)")
    ap.add_argument("--gold-train", type=Path, nargs="*", default=[],
                    help="folders of annotated articles (NAME.json + NAME.txt) to train on as well")
    ap.add_argument("--bench", type=Path, help="time the saved model on texts: a .jsonl(.gz) or a folder of .txt")
    ap.add_argument("--bench-n", type=int, default=500)
    ap.add_argument("--bench-warm", type=int, default=0, help="tag this many other texts first, untimed")
    ap.add_argument("--gold", type=Path, help="compare the saved model's spans with gold .json/.txt pairs")
    ap.add_argument("--out", type=Path, default=ner_crf.MODEL_PATH)
    ap.add_argument("--c1", type=float, default=ner_train.C1)
    ap.add_argument("--c2", type=float, default=ner_train.C2)
    ap.add_argument("--max-iter", type=int, default=ner_train.MAX_ITER)
    ap.add_argument("--aner-repeat", type=int, default=ner_train.ANER_REPEAT,
                    help="train on ANERcorp's train part this many times")
    ap.add_argument("--gold-repeat", type=int, default=1,
                    help="train on the annotated articles of --gold-train this many times (their weight against the corpora)")
    ap.add_argument("--news-train", type=Path, nargs="*", default=[],
                    help="news sentences labelled by the default path (scripts/news_pseudo_labels.py) to train on as well")
    ap.add_argument("--tune", action="store_true", help="pick c1/c2 on the last 10%% of ANERcorp train first")
    ap.add_argument("--test-only", action="store_true", help="score the saved model on ANERcorp test, no training")
    ap.add_argument("--dev", type=int, nargs="?", const=10, default=0, metavar="TENTH",
                    help="train without a tenth of ANERcorp train (the last unless told) and score that tenth (a "
                         "model for bench_ner_anercorp.py --dev TENTH: choices are made there, never on the test part)")
    a = ap.parse_args(argv)

    if a.bench or a.gold:
        if a.bench:
            texts = load_texts(a.bench, a.bench_n + a.bench_warm)
            bench(texts[a.bench_warm:], texts[: a.bench_warm])
        if a.gold:
            gold_agreement(a.gold)
        return 0
    data = ner_train.data_dir(a.data)
    t0 = time.time()
    aner_train, aner_test = load_anercorp(data / "anercorp" / "ANERCorp.txt")
    if a.test_only:
        print(format_scores(evaluate(a.out, aner_test)))
        return 0
    extra = load_aqmar(data / "aqmar") + load_wojood(data / "wojood" / "train.txt")
    gold = gold_sentences([p for d in a.gold_train for p in sorted(d.glob("*.json")) if p.with_suffix(".txt").exists()])
    news = [s for p in a.news_train for s in load_labelled(p)]
    n = lambda ss: sum(len(w) for w, _ in ss)  # noqa: E731
    print(f"ANERcorp train {len(aner_train)} sentences / {n(aner_train)} words, test {len(aner_test)} / "
          f"{n(aner_test)}; other corpora {len(extra)} / {n(extra)}; gold articles {len(gold)} / {n(gold)}; "
          f"labelled news {len(news)} / {n(news)}; "
          f"gazetteer {len(ner_crf.gazetteer())} words; loaded in {time.time() - t0:.1f}s", flush=True)

    c1, c2 = a.c1, a.c2
    if a.tune:
        cut = int(len(aner_train) * 0.9)
        fit, dev = aner_train[:cut] + extra + gold, aner_train[cut:]
        best = None
        for tc1, tc2 in ((0.02, 0.02), (0.05, 0.05), (0.15, 0.01), (0.15, 0.1)):
            tmp = a.out.with_suffix(f".tune-{tc1}-{tc2}")
            train(fit, tmp, tc1, tc2, a.max_iter)
            f1 = evaluate(tmp, dev)["ALL"]["F1"]
            print(f"c1={tc1} c2={tc2}: dev F1 {100 * f1:.1f}", flush=True)
            tmp.unlink()
            if best is None or f1 > best[0]:
                best = (f1, tc1, tc2)
        _, c1, c2 = best
        print(f"chosen c1={c1} c2={c2}")

    if a.dev:
        a_, b_ = int(len(aner_train) * (a.dev - 1) / 10), int(len(aner_train) * a.dev / 10)
        aner_train, aner_test = aner_train[:a_] + aner_train[b_:], aner_train[a_:b_]
        print(f"dev: training without tenth {a.dev} of the train part, scoring on it")
    t1 = time.time()
    train(aner_train * a.aner_repeat + extra + gold * a.gold_repeat + news, a.out, c1, c2, a.max_iter)
    print(f"trained in {time.time() - t1:.0f}s (c1={c1}, c2={c2}); model {a.out.stat().st_size / 1e6:.1f} MB")
    print(f"ANERcorp {f'train part, tenth {a.dev}' if a.dev else 'held-out test'} (conlleval-style exact match):")
    print(format_scores(evaluate(a.out, aner_test)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Attack and protest sentences found, by K-fold cross-validation over the gold articles.

    python bench/bench_incident_sentences.py data/gold/train data/gold [--cv 5] [--errors OUT.jsonl]

Issue 8 is judged, among others, on sentence-level detection of attack and protest
reports in public Arabic newswire, which the project never sees. This is the nearest
figure it can measure itself: a sentence of a gold article is an attack (a protest)
sentence when a gold event of type ASSAULT (PROTEST), required or optional, one of its
types, has its evidence there; the extractor finds it when it reports an event of that
type, in any modality, in that sentence, with the learned parts trained on the other
folds. It only approximates the public benchmark (other annotators, other conventions,
single sentences rather than articles), so it tracks direction, not the target.
With --errors, every missed and falsely found sentence is written out, one JSON object a
line, with the gold events told there and every event the extractor reported there.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TYPES = ("ASSAULT", "PROTEST")


def _types(event: dict) -> set[str]:
    t = event.get("type")
    return set(t) if isinstance(t, list) else {t}


def _squash(s: str) -> str:
    return "".join(s.split())


def sentence_labels(text: str, gold: dict, out: dict) -> list[tuple[set[str], set[str]]]:
    """(gold types, found types) among TYPES of every sentence of the article."""
    from core.text import split_sentences

    rows = []
    for start, end in split_sentences(text):
        body = _squash(text[start:end])
        # an evidence may be a clause, or run over two of our sentences: its first words decide
        want = {t for e in gold.get("events", []) for t in _types(e) & set(TYPES)
                if _squash(e.get("evidence") or "") and _squash(e["evidence"])[:40] in body}
        found = {e["type"] for e in out.get("events", []) if e["type"] in TYPES
                 and start <= int(e.get("sentence_start", -1)) < end}
        rows.append((want, found))
    return rows


def _error_rows(path, gold: dict, text: str, out: dict) -> list[dict]:
    """The article's missed and falsely found sentences, with what gold and extractor tell there."""
    from core.text import split_sentences

    rows = []
    for (start, end), (want, found) in zip(split_sentences(text), sentence_labels(text, gold, out)):
        body = _squash(text[start:end])
        for t in TYPES:
            if (t in want) == (t in found):
                continue
            rows.append({
                "article": Path(path).stem, "type": t, "error": "miss" if t in want else "false",
                "sentence": text[start:end],
                "gold": [{"type": e.get("type"), "actors": e.get("actors"), "evidence": e.get("evidence")}
                         for e in gold.get("events", []) if _squash(e.get("evidence") or "")
                         and _squash(e["evidence"])[:40] in body],
                "found": [{"type": e["type"], "actors": e.get("actors"), "trigger": (e.get("trigger") or {}).get("text"),
                           "modality": e.get("modality")}
                          for e in out.get("events", []) if start <= int(e.get("sentence_start", -1)) < end],
            })
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold_dirs", nargs="+")
    ap.add_argument("--cv", type=int, default=5)
    ap.add_argument("--errors", metavar="OUT.jsonl", help="write the missed and falsely found sentences here")
    a = ap.parse_args(argv)
    from core.crossval import held_out_outputs, write_json_lines

    counts = {t: [0, 0, 0] for t in TYPES}  # tp, fp, fn
    sentences = 0
    errors: list[dict] = []
    for path, gold, text, out in held_out_outputs(a.gold_dirs, a.cv):
        if a.errors:
            errors += _error_rows(path, gold, text, out)
        for want, found in sentence_labels(text, gold, out):
            sentences += 1
            for t in TYPES:
                counts[t][0] += t in want and t in found
                counts[t][1] += t in found and t not in want
                counts[t][2] += t in want and t not in found
    print(f"{sentences:,} sentences, {a.cv}-fold cross-validation by article")
    print("type      sentences  found  right     P     R    F1")
    for t, (tp, fp, fn) in counts.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{t:<9} {tp + fn:>9} {tp + fp:>6} {tp:>6} {p:5.2f} {r:5.2f} {f:5.2f}")
    if a.errors:
        write_json_lines(a.errors, errors)
        print(f"{len(errors)} missed or falsely found sentences written to {a.errors}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

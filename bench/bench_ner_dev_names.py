"""A copy of the repository for honest choices on a dev tenth of ANERcorp's train part.

    python bench/bench_ner_dev_names.py --data NER_DATA --dev TENTH OUT
    cd OUT && python scripts/train_crf.py --data NER_DATA --gold-train data/gold/train data/gold \
        --dev TENTH --out DEV_MODEL
    cd OUT && AKHBAR_CRF_MODEL=DEV_MODEL python bench/bench_ner_anercorp.py --data NER_DATA --dev TENTH

Why: ``given_names.tsv`` learns the first names of ANERcorp's train part (its
``anercorp`` rows, scripts/build_given_names.py), the dev tenths included. A name that
only the tenth gives is then known to the rules and to the tagger's gazetteer flag
there, and to neither on the test part, whose people are mostly new: the dev tenths
overrate people recall (the tagger alone: PER recall 73.8 → 66.2 on the last tenth,
74.4 → 68.6 on the 9th, with 18 and 14 such names held out). OUT receives the tracked
and changed files of this checkout, with a given_names.tsv that lacks the ``anercorp``
names seen fewer than the build's MIN_COUNT times in the other tenths.
"""
from __future__ import annotations

import argparse
import collections
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

NAMES = Path("data/lexicons/given_names.tsv")


def held_out_rows(rows: list[str], others: list[list[tuple[str, str]]]) -> tuple[list[str], list[str]]:
    """(the rows kept, the names dropped): an ``anercorp`` row whose name starts fewer
    than MIN_COUNT people in ``others`` (the other tenths) is dropped."""
    import build_given_names as G
    from core.text import clitic_variants, normalize_for_match

    counts: collections.Counter = collections.Counter()
    for ent in G.person_entities([[(t, [g]) for t, g in s] for s in others]):
        first = normalize_for_match(G.first_name(ent))
        counts.update(stem for stem, _ in clitic_variants(first))
    kept, dropped = [], []
    for row in rows:
        name, _, source = row.partition("\t")
        if source == "anercorp" and counts[normalize_for_match(name)] < G.MIN_COUNT:
            dropped.append(name)
        else:
            kept.append(row)
    return kept, dropped


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--data", help="folder of the open NER corpora (else $AKHBAR_NER_DATA)")
    ap.add_argument("--dev", type=int, default=10, metavar="TENTH")
    a = ap.parse_args(argv)
    from bench_ner_anercorp import test_sentences
    from core.ner_train import data_dir

    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT, check=True,
                           capture_output=True, text=True).stdout.split("\n")
    for f in filter(None, files):
        src, dst = ROOT / f, a.out / f
        if src.is_file():
            dst.parent.mkdir(parents=True, exist_ok=True)
            dst.write_bytes(src.read_bytes())
    others = test_sentences(data_dir(a.data) / "anercorp" / "ANERCorp.txt", a.dev, others=True)
    kept, dropped = held_out_rows((ROOT / NAMES).read_text(encoding="utf-8").split("\n"), others)
    (a.out / NAMES).write_text("\n".join(kept), encoding="utf-8")
    print(f"{a.out}: given names without the {len(dropped)} only tenth {a.dev} gives: {' '.join(dropped)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Print how much of the NER corpora's entities the lexicons cover.

    python scripts/build_coverage_report.py NER_DIR

For LOC/GPE entities: share found as a COUNTRY or PLACE variant or alias; for ORG:
share found as an ORG (or COUNTRY) variant; for PER/PERS: share whose first token
(or first two for compound names) is a known given name. A leading proclitic is seen
through as the extractor does (core.text.clitic_variants). The most frequent misses
are listed: they are the candidates for the next additions to the lexicons.
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from build_given_names import read_iob  # noqa: E402
from core.lexicon import load_lexicon  # noqa: E402
from core.text import clitic_variants, normalize_for_match  # noqa: E402

TYPE_MAP = {"PER": "PER", "PERS": "PER", "LOC": "LOC", "GPE": "LOC", "ORG": "ORG"}


def entities(sents) -> list[tuple[str, str]]:
    out = []
    for sent in sents:
        for lv in range(max(len(t) for _, t in sent)):
            cur = None
            for token, tags in sent + [("", ["O"])]:
                tag = tags[lv] if lv < len(tags) else "O"
                typ = TYPE_MAP.get(tag[2:]) if tag[:2] in ("B-", "I-") else None
                if typ and (tag.startswith("B-") or cur is None or cur[0] != typ):
                    if cur:
                        out.append((cur[0], " ".join(cur[1])))
                    cur = (typ, [token])
                elif typ:
                    cur[1].append(token)
                else:
                    if cur:
                        out.append((cur[0], " ".join(cur[1])))
                    cur = None
    return out


def corpus_entities(ner_dir: Path) -> dict[str, list[tuple[str, str]]]:
    files = {
        "anercorp": [(ner_dir / "anercorp" / "ANERCorp.txt", False)],
        "aqmar": [(p, False) for p in sorted((ner_dir / "aqmar").glob("*.txt"))],
        "wojood": [(p, True) for p in sorted((ner_dir / "wojood").glob("*.txt"))],
    }
    return {name: [e for path, multi in fs for e in entities(read_iob(path, multi))] for name, fs in files.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ner_dir", type=Path)
    ap.add_argument("--misses", type=int, default=40, help="how many frequent misses to list per type")
    args = ap.parse_args()
    lex = load_lexicon()

    def found(text: str, types: set[str]) -> bool:
        toks = normalize_for_match(text).split()
        for stem, _ in clitic_variants(toks[0]):
            key = " ".join([stem] + toks[1:])
            ids = lex.by_form.get(key, ()) + lex.by_alias.get(key, ())
            if any(lex.by_id[i].type in types for i in ids):
                return True
        return False

    def person(text: str) -> bool:
        toks = normalize_for_match(text).split()
        cands = toks[:1] + ([" ".join(toks[:2])] if len(toks) > 1 else [])
        return any(stem in lex.given_names for c in cands for stem, _ in clitic_variants(c))

    checks = {"LOC": lambda t: found(t, {"COUNTRY", "PLACE"}), "ORG": lambda t: found(t, {"ORG", "COUNTRY"}),
              "PER": person}
    data = corpus_entities(args.ner_dir)
    for typ, check in checks.items():
        misses: collections.Counter = collections.Counter()
        for corpus, ents in data.items():
            texts = [t for ty, t in ents if ty == typ]
            hits = 0
            for t in texts:
                if check(t):
                    hits += 1
                else:
                    misses[t] += 1
            print(f"{typ:4} {corpus:9} {len(texts):6} entities  {100 * hits / max(1, len(texts)):5.1f}% covered")
        print("  frequent misses:", ", ".join(f"{t} ({n})" for t, n in misses.most_common(args.misses)))


if __name__ == "__main__":
    main()

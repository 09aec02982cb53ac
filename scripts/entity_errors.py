"""List the entity misses and false alarms of K-fold cross-validation, article by article.

The pooled figures of ``python -m core evaluate --cv K`` say how many entities are wrong;
this says which: for every held-out article, each required gold entity no tool entity of
its type matched (and whether a tool entity of another type shares its mention, a type
confusion) and each tool entity that matched nothing. The same folds, per-fold training
and matching as the evaluation, so the lists explain its figures; the pooled figures are
printed at the end.

    python scripts/entity_errors.py data/gold/train data/gold [--cv 5] [--type ORG]
        [--kind miss|"false alarm"] [--json errors.jsonl]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.crossval import held_out_outputs, write_json_lines  # noqa: E402
from core.evaluate import Score, format_score, mention_keys, score_article  # noqa: E402

UNNAMED = "UNNAMED"


def _keys(mentions: list[str]) -> set[str]:
    return set().union(set(), *(mention_keys(m) for m in mentions))


def article_errors(gold: dict[str, Any], out: dict[str, Any]) -> list[dict[str, Any]]:
    """The article's unmatched required gold entities and unmatched tool entities, paired
    as the scorer pairs them (same type, a shared mention or a country's code)."""
    tool = [e for e in out.get("entities", []) if e.get("type") != UNNAMED]
    tmentions = [[m["text"] for m in e.get("mentions", [])] for e in tool]
    used: set[int] = set()
    misses = []
    for g in sorted(gold["entities"], key=lambda g: bool(g.get("optional"))):
        gk = _keys(g["mentions"])
        hit = next((i for i, s in enumerate(tool) if i not in used and s.get("type") == g["type"]
                    and (gk & _keys(tmentions[i]) or (g["type"] == "COUNTRY" and s.get("id") == g["id"]))), None)
        if hit is not None:
            used.add(hit)
        elif not g.get("optional"):
            misses.append(g)
    errs = []
    for g in misses:
        gk = _keys(g["mentions"])
        # a tool entity of another type sharing a mention: the span was found, the type was not
        other = sorted({s["type"] for i, s in enumerate(tool) if s.get("type") != g["type"] and gk & _keys(tmentions[i])}
                       | {e["type"] for e in out.get("entities", []) if e.get("type") == UNNAMED
                          and gk & _keys([m["text"] for m in e.get("mentions", [])])})
        errs.append({"kind": "miss", "type": g["type"], "mentions": g["mentions"], "tool_types": other})
    gold_keys = [(g["type"], _keys(g["mentions"])) for g in gold["entities"]]
    for i, s in enumerate(tool):
        if i in used:
            continue
        sk = _keys(tmentions[i])
        other = sorted({t for t, gk in gold_keys if t != s.get("type") and gk & sk})
        errs.append({"kind": "false alarm", "type": s.get("type"), "mentions": tmentions[i],
                     "gold_types": other, "source": s.get("source", "")})
    return errs


def run(dirs: list[str], k: int) -> tuple[list[dict[str, Any]], Score]:
    """Every held-out article's errors, and the pooled score, under K-fold training."""
    rows, score = [], Score()
    for gp, gold, text, out in held_out_outputs(dirs, k):
        score_article(gold, out, text, score)
        rows += [{"article": gp.stem, **e} for e in article_errors(gold, out)]
    return rows, score


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold_dir", nargs="+")
    ap.add_argument("--cv", type=int, default=5)
    ap.add_argument("--type", help="only errors of this entity type")
    ap.add_argument("--kind", choices=("miss", "false alarm"))
    ap.add_argument("--json", help="also write one JSON line per error to this file")
    a = ap.parse_args(argv)
    rows, score = run(a.gold_dir, a.cv)
    if a.type:
        rows = [r for r in rows if r["type"] == a.type]
    if a.kind:
        rows = [r for r in rows if r["kind"] == a.kind]
    for r in rows:
        other = r.get("tool_types") or r.get("gold_types")
        conf = f"  (as {'/'.join(other)} in the {'tool' if r['kind'] == 'miss' else 'gold'})" if other else ""
        print(f"[{r['article']}] {r['kind']:11s} {r['type']:8s} {' | '.join(r['mentions'])}{conf}")
    print(f"\n{sum(r['kind'] == 'miss' for r in rows)} misses, "
          f"{sum(r['kind'] == 'false alarm' for r in rows)} false alarms\n")
    print(format_score(score))
    if a.json:
        write_json_lines(a.json, rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())

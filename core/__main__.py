"""Command line: the same core the dashboard calls.

    python -m core extract FILE [--published YYYY-MM-DD] [--format json|table]
    python -m core evaluate GOLD_DIR... [--cv K]
    python -m core export-gold --store URL --out DIR [--article ID ...]
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from core.errors import AkhbarError


def output_dict(a) -> dict[str, Any]:
    """The JSON document of an Analysis: every field, with the mention lists the gold
    format expects (id, type, name, name_ar, country, mentions[{text, start, end}])."""
    d = a.to_dict()
    for v in d["events"]:
        v["date"] = v.get("date")
    return d


def _read_input(path: str) -> str:
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        with open(path, "rb") as f:
            data = f.read()
    try:
        from core.ingest import decode_bytes
    except ImportError:  # a trimmed install without the upload readers
        return data.decode("utf-8-sig")
    return decode_bytes(data, name=path)[0]


def _table(a) -> str:
    lines = [f"document date: {a.document_date.value} ({a.document_date.source})", "", "ENTITIES"]
    # columns as wide as their longest value: a composed name or a romanised id runs long
    wid = max((len(e.id) for e in a.entities), default=0)
    wname = max((len(e.name) for e in a.entities), default=0)
    for e in a.entities:
        ms = ", ".join(sorted({m.text for m in e.mentions}))
        lines.append(f"  {e.type:<8} {e.id:<{wid}} {e.name:<{wname}} country={e.country or '-':<4} {ms}")
    lines.append("")
    lines.append("TIMES")
    for t in a.times:
        lines.append(f"  {t.type:<8} {t.value:<12} {t.mod or '':<7} {t.text}")
    lines.append("")
    lines.append("EVENTS")
    for v in a.events:
        arrow = "->" if v.directed else "<->"
        actors = f" {arrow} ".join(a.actor_name(x) for x in v.actors)
        lines.append(f"  {v.date or '?':<11} {v.type:<10} {actors:<40} [{v.trigger.text}] {v.modality}")
    lines.append("")
    lines.append("RELATIONS")
    for r in a.relations:
        counts = " ".join(f"{k}:{n}" for k, n in sorted(r["counts"].items()))
        lines.append(f"  {a.actor_name(r['source'])} – {a.actor_name(r['target'])}: {r['n_events']} events, "
                     f"net {r['net_goldstein']:+.1f}, {r['first_date'] or '?'}..{r['last_date'] or '?'}  {counts}")
    for w in a.warnings:
        lines.append(f"warning: {w}")
    return "\n".join(lines)


def cmd_extract(args: argparse.Namespace) -> int:
    from core import analyze_record

    text = _read_input(args.file)
    a, note = analyze_record(text, args.published or None, ner=args.ner)
    if note:
        print(f"note: {note}", file=sys.stderr)
    if args.format == "table":
        print(_table(a))
    else:
        json.dump(output_dict(a), sys.stdout, ensure_ascii=False, indent=None if args.compact else 1)
        sys.stdout.write("\n")
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from core.evaluate import Score, evaluate_dir, format_score

    if args.cv:
        from core import crossval

        comps = crossval.available_components()
        scores, score = crossval.cross_validate(args.gold_dir, args.cv, comps,
                                                log=lambda m: print(m, file=sys.stderr, flush=True))
        print(crossval.format_cv(scores, score, [name for name, _, _ in comps]))
    elif len(args.gold_dir) == 1:
        score = evaluate_dir(args.gold_dir[0])
        print(format_score(score))
    else:
        from core.crossval import gold_articles
        from core.evaluate import evaluate_paths

        score = evaluate_paths(gold_articles(args.gold_dir))
        print(format_score(score))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"entity_f1": Score.total(score.entities).f1, "time_f1": score.times.f1,
                       "time_value_accuracy": score.time_accuracy, "event_f1": Score.total(score.events).f1,
                       "articles": score.articles}, f, indent=1)
    return 0


def _require_existing_store(url: str) -> None:
    """A command that reads a store must not create an empty one where none was (SQLite
    creates the file of any path it is given)."""
    from pathlib import Path

    from core.store import StoreError

    if url.startswith("sqlite:///"):
        path = url.removeprefix("sqlite:///").split("?")[0]
        if path and path != ":memory:" and not (Path(path).is_file() and Path(path).stat().st_size):
            raise StoreError("no store there (a SQLite file made by the app or `python -m core batch`)", url,
                             "missing")


def cmd_export_gold(args: argparse.Namespace) -> int:
    from core.gold_export import export_gold
    from core.store import Store, StoreError

    _require_existing_store(args.store)
    try:
        paths = export_gold(Store(args.store), args.out, args.article or None)
    except StoreError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(f"{len(paths)} corrected articles written to {args.out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m core", description="Akhbar Lens: Arabic news → entities, times, events")
    sub = ap.add_subparsers(dest="cmd", required=True)
    ex = sub.add_parser("extract", help="analyse one article (FILE, or - for stdin)")
    ex.add_argument("file")
    ex.add_argument("--published", help="publication date YYYY-MM-DD (resolves weekdays and relative dates)")
    ex.add_argument("--format", choices=["json", "table"], default="json")
    ex.add_argument("--compact", action="store_true", help="JSON on one line")
    ex.add_argument("--ner", choices=["rules", "rules+crf"], default="rules+crf",
                    help="rules+crf (default): a CRF tagger proposes names the rules check; rules: without it (NER.md)")
    ex.set_defaults(func=cmd_extract)
    ev = sub.add_parser("evaluate", help="score against a folder of gold annotations (NAME.txt + NAME.json)")
    ev.add_argument("gold_dir", nargs="+", help="one or more folders of NAME.txt + NAME.json")
    ev.add_argument("--cv", type=int, metavar="K",
                    help="K-fold cross-validation by article: train every learned component on the other folds")
    ev.add_argument("--json", help="also write the figures to this JSON file")
    ev.set_defaults(func=cmd_evaluate)
    eg = sub.add_parser("export-gold", help="write the analysts' corrected articles as gold (NAME.txt + NAME.json)")
    eg.add_argument("--store", required=True, help="the store's SQLAlchemy URL (sqlite:///..., postgresql+psycopg://...)")
    eg.add_argument("--out", required=True, help="folder to write into")
    eg.add_argument("--article", action="append", help="only this article id (repeatable); default: every corrected one")
    eg.set_defaults(func=cmd_export_gold)
    _add_optional_commands(sub)
    args = ap.parse_args(argv)
    try:
        return args.func(args)
    except AkhbarError as e:  # every error the project raises on purpose (core.errors)
        print(f"error: {e}", file=sys.stderr)
        return 2
    except OSError as e:  # a missing file, a folder given for a file, no permission
        print(f"error: {e.filename}: {e.strerror}" if e.filename and e.strerror else f"error: {e}", file=sys.stderr)
        return 2


def _add_optional_commands(sub) -> None:
    """Commands of modules that may be absent from a trimmed install (batch)."""
    try:
        from core import batch
    except ImportError:
        return
    if hasattr(batch, "add_cli"):
        batch.add_cli(sub)


if __name__ == "__main__":
    sys.exit(main())

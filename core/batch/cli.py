"""``python -m core batch``: the command line over :func:`core.batch.run.run_batch`."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from core.batch.engines import BatchError
from core.batch.readers import Problem
from core.batch.run import DEFAULT_CHUNK, DEFAULT_MAX_CHARS, DEFAULT_TIMEOUT, run_batch
from core.batch.sinks import COMMIT_SECONDS, DEFAULT_COMMIT_EVERY


def cmd_batch(args: argparse.Namespace) -> int:
    engine = args.engine or ("dask" if args.scheduler else "local")
    if args.scheduler and engine != "dask":
        raise BatchError("--scheduler is the address of a Dask cluster: use it with --engine dask")
    problems_file = open(args.log, "a", encoding="utf-8") if args.log else None

    def note(p: Problem) -> None:
        if problems_file:
            problems_file.write(json.dumps({"where": p.where, "reason": p.reason, "kind": p.kind,
                                            "skipped": p.skipped}, ensure_ascii=False) + "\n")

    try:
        s = run_batch(args.inputs, store_url=args.store, out_dir=args.out, engine=engine,
                      scheduler=args.scheduler, workers=args.workers, chunk=args.chunk, owner=args.owner,
                      public=False if args.private else None, max_chars=args.max_chars,
                      progress=not args.no_progress, on_problem=note, limit=args.limit,
                      timeout=args.timeout or None, commit_every=args.commit_every)
    finally:
        if problems_file:
            problems_file.close()
    try:
        print(s.format(), flush=True)
    except BrokenPipeError:  # summary piped into `head`
        sys.stdout = open(os.devnull, "w")
    if args.summary_json:
        Path(args.summary_json).write_text(json.dumps(s.as_dict(), indent=1), encoding="utf-8")
    if s.interrupted:
        return 130
    if s.stored == 0 and s.already == 0:
        print("error: no article could be read from the inputs (see the problems above)", file=sys.stderr)
        return 2
    return 0


def add_cli(sub: Any) -> None:
    """Add the ``batch`` command to the ``python -m core`` sub-commands."""
    p = sub.add_parser("batch", help="extract whole archives (.jsonl[.gz], .csv, folders of .txt, .zip) "
                                     "into the store and/or Parquet",
                       description="Whole archives: stream articles from files, extract them in parallel, "
                                   "store the rows.")
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("--store", metavar="URL",
                   help="SQLAlchemy URL of the store (default: the dashboard's store, $AKHBAR_DB_URL or the "
                        "SQLite file in the home folder; with --out and no --store, Parquet only)")
    p.add_argument("--out", metavar="DIR", help="also/instead write Parquet files here, one per table per chunk")
    p.add_argument("--engine", choices=["local", "dask"], default=None,
                   help="local: a pool of processes (default); dask: a dask.distributed cluster "
                        "(the default with --scheduler)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="address of a running Dask scheduler, tcp://HOST:PORT (default: start a LocalCluster)")
    p.add_argument("--workers", type=int, default=None, help="processes (default: all cores)")
    p.add_argument("--chunk", type=int, default=DEFAULT_CHUNK,
                   help=f"articles per task (default {DEFAULT_CHUNK})")
    p.add_argument("--commit-every", type=int, default=DEFAULT_COMMIT_EVERY, metavar="N",
                   help=f"store: commit whole chunks, at least N articles per transaction (default "
                        f"{DEFAULT_COMMIT_EVERY}; a chunk waits at most {COMMIT_SECONDS:g} s)")
    p.add_argument("--owner", help="store the articles as private to this owner token (default: public)")
    p.add_argument("--private", action="store_true", help="store the articles as not public")
    p.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS,
                   help=f"skip longer articles (default {DEFAULT_MAX_CHARS:,})")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                   help=f"skip an article whose extraction takes more CPU seconds (default {DEFAULT_TIMEOUT:g}; "
                        "0: no limit; both engines)")
    p.add_argument("--limit", type=int, help="stop after this many input records")
    p.add_argument("--log", metavar="FILE", help="append every problem to this file as JSON lines")
    p.add_argument("--summary-json", metavar="FILE", help="write the summary figures as JSON")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_batch)

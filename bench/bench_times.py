"""Speed of core.times.find_times over a JSON-lines corpus (one article per line, with
``text`` and optionally ``published``), plain or gzip-compressed.

    python -m bench.bench_times ARTICLES.jsonl.gz [-n 500] [--no-published] [--stage]

Prints articles per second, milliseconds per article and per 4 KB of text, and how
many expressions were found per article. ``--stage`` normalises and tokenises the
articles before the clock starts and hands both to find_times, as the pipeline does, so
that the figure is the times stage alone (what bench_extract --stages reports).
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import time

from core.text import normalize_with_offsets, tokenize
from core.times import find_times


def load(path: str, n: int) -> list[dict]:
    opener = gzip.open if path.endswith(".gz") else open
    out = []
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                out.append(json.loads(line))
            if len(out) >= n:
                break
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path")
    ap.add_argument("-n", type=int, default=500)
    ap.add_argument("--no-published", action="store_true")
    ap.add_argument("--stage", action="store_true", help="time the stage alone (text layer done beforehand)")
    args = ap.parse_args()
    arts = load(args.path, args.n)
    find_times("warm up 17 يناير 2023")  # lexicons are loaded once, lazily
    items = []
    for a in arts:
        pub = None
        if not args.no_published and a.get("published"):
            try:
                pub = dt.date.fromisoformat(str(a["published"])[:10])
            except ValueError:
                pub = None
        text = a.get("text") or ""
        nt = normalize_with_offsets(text) if args.stage else None
        items.append((text, pub, nt, tokenize(nt) if nt is not None else None))
    chars = sum(len(t) for t, *_ in items)
    found = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for text, pub, nt, toks in items:
        found += len(find_times(text, pub, nt, toks)[0])
    el, cpu = time.perf_counter() - t0, time.process_time() - c0
    n = max(len(items), 1)
    print(f"{len(items)} articles, {chars / n:.0f} chars on average, {found / n:.1f} expressions each")
    for label, sec in (("wall", el), ("cpu", cpu)):
        print(f"{label}: {len(items) / sec:.0f} articles/s, {sec / n * 1000:.2f} ms/article, "
              f"{sec / max(chars, 1) * 4096 * 1000:.2f} ms per 4 KB")


if __name__ == "__main__":
    main()

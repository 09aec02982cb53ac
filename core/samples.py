"""The bundled example articles, with their analyses computed ahead of time.

A new store shows the examples on its first page. Analysing them there means importing
the extractor and loading every lexicon and model on the first visit (seconds on a small
machine); reading analyses made ahead of time takes milliseconds. They are only used
while they are what the shipped extractor would produce: the file records a fingerprint
of the extraction code and data, and an analysis whose fingerprint does not match (the
code changed since the file was built) is made again, live. ``python -m core.samples``
rebuilds the file; a test says when it is out of date.
"""
from __future__ import annotations

import gzip
import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
SAMPLES_DIR = ROOT / "data" / "samples"
PRECOMPUTED = SAMPLES_DIR / "analyses.json.gz"
# modules that do not take part in analysing a text: changing them leaves the analyses as they are
NOT_EXTRACTION = {"__main__.py", "batch", "charts.py", "corrections.py", "crossval.py", "evaluate.py", "frames.py",
                  "gold_export.py", "limits.py", "ner_train.py", "prepared.py", "quotas.py", "samples.py", "store",
                  "timex.py"}


def extraction_files() -> list[Path]:
    """The code and data an analysis depends on, in a fixed order."""
    code = [p for p in sorted((ROOT / "core").rglob("*.py"))
            if p.relative_to(ROOT / "core").parts[0] not in NOT_EXTRACTION and "__pycache__" not in p.parts]
    data = [p for d in ("lexicons", "models") for p in sorted((ROOT / "data" / d).rglob("*"))
            if p.is_file() and p.suffix not in (".md",)]
    return code + data


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A hash of the extraction code and data (file names and contents)."""
    h = hashlib.sha256()
    for p in extraction_files():
        h.update(str(p.relative_to(ROOT)).encode())
        h.update(b"\0")
        h.update(p.read_bytes())
    return h.hexdigest()


def sample_records(samples_dir: Path = SAMPLES_DIR) -> list[dict[str, Any]]:
    """The bundled examples as (text, published, meta) records, in file order."""
    out = []
    for path in sorted(samples_dir.glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        meta = {k: d.get(k) for k in ("title", "source", "url", "published")}
        meta["sample"] = path.stem
        out.append({"text": d["text"], "published": d.get("published"), "meta": meta})
    return out


def _key(text: str, published: Any, meta: dict[str, Any] | None) -> str:
    return hashlib.sha256(json.dumps([text, published, meta], ensure_ascii=False, sort_keys=True,
                                     default=str).encode()).hexdigest()


def build(analyze_fn: Callable[..., Any], path: Path = PRECOMPUTED, samples_dir: Path = SAMPLES_DIR) -> int:
    """Analyse every example and write the file; returns how many."""
    recs = sample_records(samples_dir)
    out = {"fingerprint": fingerprint(), "analyses": {
        _key(r["text"], r["published"], r["meta"]): analyze_fn(r["text"], published=r["published"],
                                                               meta=r["meta"]).to_dict() for r in recs}}
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as f:
        json.dump(out, f, ensure_ascii=False, sort_keys=True)
    return len(recs)


def _load(path: Path) -> dict[str, Any]:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError):
        return {}
    return data.get("analyses", {}) if data.get("fingerprint") == fingerprint() else {}


def precomputed_current(path: Path = PRECOMPUTED, samples_dir: Path = SAMPLES_DIR) -> bool:
    """Whether the file holds every example's analysis for the extractor as it is now."""
    ready = _load(path)
    return bool(ready) and all(_key(r["text"], r["published"], r["meta"]) in ready
                               for r in sample_records(samples_dir))


def with_precomputed(analyze_fn: Callable[..., Any] | None = None,
                     path: Path = PRECOMPUTED) -> Callable[..., Any]:
    """An analyse function that answers from the precomputed file when it holds this
    exact input and the extractor has not changed since, and calls ``analyze_fn`` (by
    default core.analyze, imported only then) otherwise."""
    from core.model import Analysis

    ready = _load(path)

    def analyze(text: str, published: Any = None, meta: dict[str, Any] | None = None) -> Any:
        d = ready.get(_key(text, published, meta))
        if d is not None:
            return Analysis.from_dict(d)
        fn = analyze_fn
        if fn is None:
            from core import analyze as fn
        return fn(text, published=published, meta=meta)

    return analyze


if __name__ == "__main__":
    from core import analyze as _analyze

    print(f"{build(_analyze)} analyses written to {PRECOMPUTED.relative_to(ROOT)}")

"""The bundled examples' analyses made ahead of time (core.samples): current, equal to a
live analysis, and never used once the extractor has changed."""
from __future__ import annotations

import gzip
import json

from core import analyze
from core.samples import PRECOMPUTED, _key, _load, build, fingerprint, sample_records, with_precomputed


def test_the_shipped_analyses_are_those_of_the_shipped_extractor():
    ready = _load(PRECOMPUTED)
    keys = {_key(r["text"], r["published"], r["meta"]) for r in sample_records()}
    assert ready and keys <= set(ready), "out of date: run `python -m core.samples` and commit the file"


def test_a_precomputed_analysis_is_the_live_one_and_costs_no_analysis(tmp_path):
    path = tmp_path / "a.json.gz"
    recs = sample_records()[:2]
    build(analyze, path)
    calls = []
    fn = with_precomputed(lambda *a, **k: calls.append(a), path)
    for r in recs:
        got = fn(r["text"], r["published"], r["meta"])
        assert got.to_dict() == analyze(r["text"], published=r["published"], meta=r["meta"]).to_dict()
    assert not calls


def test_after_a_change_of_the_extractor_the_analysis_is_made_live(tmp_path):
    path = tmp_path / "a.json.gz"
    r = sample_records()[0]
    build(analyze, path)
    with gzip.open(path, "rt", encoding="utf-8") as f:
        data = json.load(f)
    data["fingerprint"] = "0" * 64  # what an older extractor would have written
    with gzip.open(path, "wt", encoding="utf-8") as f:
        json.dump(data, f)
    calls = []

    def live(text, published=None, meta=None):
        calls.append(text)
        return analyze(text, published=published, meta=meta)

    with_precomputed(live, path)(r["text"], r["published"], r["meta"])
    assert calls == [r["text"]] and len(fingerprint()) == 64

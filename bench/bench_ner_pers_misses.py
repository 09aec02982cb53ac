"""Where the people of a dev tenth of ANERcorp's train part are lost, step by step.

    AKHBAR_CRF_MODEL=DEV_MODEL python bench/bench_ner_pers_misses.py --data NER_DATA --dev TENTH
        [--examples N]

Runs the default path (``bench_ner_anercorp.predicted``) on the tenth, with
``core.entities.find_entities`` instrumented: what the tagger proposes over the open
windows (before the pause split), what is left of it after each of the steps that read
the tagger's spans (pause split, conjoined names, the second opinion, joined people),
and the people placed once ``_tagged_spans`` ran. The tagger is also run over every
word, to tell a name the windows kept from it from one it does not read at all. Each
gold PERS the path misses is classed:

* (a) the tagger proposes no person over it (split by what it reads over all words and
  whether it proposes another type there);
* (b) the tagger proposes a person over it and the path keeps none there (the step after
  which the tagger's person is gone, or the rule whose span holds its words);
* (c) the path's person has other boundaries (which edge, and whether the tagger's own
  span had the gold's boundaries);
* (d) the path's person spans two gold people, or two path people one gold person.

The scored tenth is for choosing (a model trained without it: ``scripts/train_crf.py
--dev TENTH``); never run it on the test part. Asserts nothing.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

STEPS = ("_split_at_pauses", "_split_conjoined", "_names_over_places", "tagged_second_opinion", "_joined_people",
         "_clubs_over_places")


class Trace:
    """What one analyze() call's find_entities saw of the tagger (token spans of the
    project's tokens, mapped to character offsets)."""

    def __init__(self):
        self.reset()

    def reset(self):
        self.toks = None
        self.proposed: list = []
        self.after: dict[str, list] = {}
        self.owners_before: list = []
        self.placed: list = []

    def chars(self, spans, typ="PER"):
        return [(self.toks[i].start, self.toks[j - 1].end) for i, j, t in spans if t == typ and j > i]


def instrument(trace: Trace) -> None:
    import core.entities as E

    def wrap_split(fn):
        def inner(ctx, spans):
            trace.toks = ctx.toks
            trace.proposed = list(spans)
            out = fn(ctx, spans)
            trace.after["_split_at_pauses"] = list(out)
            return out
        return inner

    def wrap_step(name, fn):
        def inner(ctx, *a, **k):
            out = fn(ctx, *a, **k)
            trace.after[name] = list(ctx.tagged)
            return out
        return inner

    def wrap_tagged(fn):
        def inner(ctx, tagged):
            trace.owners_before = list(ctx.owner)
            out = fn(ctx, tagged)
            trace.placed = [(sp.i, sp.j, sp.kind, getattr(sp, "tagged", False)) for sp in ctx.spans()]
            return out
        return inner

    E._split_at_pauses = wrap_split(E._split_at_pauses)
    for name in STEPS[1:]:
        setattr(E, name, wrap_step(name, getattr(E, name)))
    E._tagged_spans = wrap_tagged(E._tagged_spans)


def corpus_span(offsets, s, t):
    toks = [k for k, (a, b) in enumerate(offsets) if a < t and s < b]
    return (toks[0], toks[-1] + 1) if toks else None


def classify(g, gold, pred, tr: Trace, offsets, full_per, full_other) -> tuple[str, str]:
    """(class, detail) of one missed gold PERS span g = (first, last + 1)."""
    def over(a, b):
        return a[0] < b[1] and b[0] < a[1]

    def cspans(char_spans):
        return [c for c in (corpus_span(offsets, s, t) for s, t in char_spans) if c]

    pers = [p for p in pred if p[2] == "PERS" and over(p, g)]
    prop = [c for c in cspans(tr.chars(tr.proposed)) if over(c, g)] if tr.toks else []
    tag_exact = any(c == g[:2] for c in prop)
    if pers:
        p = pers[0]
        others = [h for h in pred if h[2] == "PERS" and over(h, g) and h != p]
        if others or any(h != g and over(h, p) for h in gold):
            return "d", "split/joined"
        edge = "left" if p[0] != g[0] and p[1] == g[1] else "right" if p[0] == g[0] else "both"
        wider = ("wider" if (p[0] <= g[0] and p[1] >= g[1]) else "narrower" if (p[0] >= g[0] and p[1] <= g[1])
                 else "shifted")
        src = pred[p]
        return "c", f"{edge} {wider}; source {src}; tagger {'exact' if tag_exact else 'other' if prop else 'none'}"
    if prop:
        typed = [f"{h[2]}({pred[h]})" for h in pred if over(h, g)]
        if typed:
            return "b", "retyped " + ",".join(sorted(set(typed)))
        for name in STEPS:
            spans = tr.after.get(name)
            if spans is None:
                continue
            left = [c for c in cspans(tr.chars(spans)) if over(c, g)]
            if not left:
                return "b", f"dropped by {name}"
        owners = {tr.owners_before[k].kind for k in range(len(tr.toks))
                  if tr.owners_before[k] is not None and over(corpus_span(offsets, tr.toks[k].start, tr.toks[k].end) or (0, 0), g)}
        if owners:
            return "b", "words held by " + ",".join(sorted(owners))
        placed = [c for c in cspans([(tr.toks[i].start, tr.toks[j - 1].end) for i, j, kind, _ in tr.placed
                                     if kind == "person"]) if over(c, g)]
        return "b", "trimmed/refused by _tagged_spans" if not placed else "placed, lost later"
    path = sorted({f" (path: {h[2]} by {pred[h]})" for h in pred if over(h, g)})
    path = path[0] if path else ""
    if any(over(c, g) for c in full_per):
        return "a", "tagger reads PER over all words, not in the windows" + path
    if any(over(c, g) for c in full_other):
        return "a", "tagger reads another type" + path
    return "a", "tagger reads no name" + path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data")
    ap.add_argument("--dev", type=int, required=True)
    ap.add_argument("--chunk", type=int, default=20)
    ap.add_argument("--examples", type=int, default=12)
    ap.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    a = ap.parse_args(argv)
    import bench_ner_anercorp as B
    from core import ner_crf
    from core.ner_train import data_dir
    from core.text import normalize_with_offsets, tokenize

    trace = Trace()
    instrument(trace)
    sentences = B.test_sentences(data_dir(a.data) / "anercorp" / "ANERCorp.txt", a.dev)
    if a.limit:
        sentences = sentences[:a.limit]
    classes, details, examples = Counter(), Counter(), {}
    tp = npred = ngold = 0
    for k in range(0, len(sentences), a.chunk):
        pairs = [p for s in sentences[k:k + a.chunk] for p in s]
        words = [t for t, _ in pairs]
        gold = {s for s in B.spans_of([g for _, g in pairs]) if s[2] == "PERS"}
        trace.reset()
        pred = B.predicted(words, "rules+crf")
        offsets, text = [], ""
        for t in words:
            offsets.append((len(text), len(text) + len(t)))
            text += t + " "
        toks = tokenize(normalize_with_offsets(text))
        full = ner_crf.tag_tokens(toks)
        full_per = [c for c in (corpus_span(offsets, toks[i].start, toks[j - 1].end) for i, j, t in full if t == "PER") if c]
        full_other = [c for c in (corpus_span(offsets, toks[i].start, toks[j - 1].end) for i, j, t in full if t != "PER") if c]
        pp = {p for p in pred if p[2] == "PERS"}
        tp += len(gold & pp)
        npred += len(pp)
        ngold += len(gold)
        for g in sorted(gold - pp):
            c, d = classify(g, gold, pred, trace, offsets, full_per, full_other)
            classes[c] += 1
            details[(c, d)] += 1
            ctx_words = " ".join(words[max(0, g[0] - 3):g[0]]) + " [" + " ".join(words[g[0]:g[1]]) + "] " + \
                " ".join(words[g[1]:g[1] + 3])
            examples.setdefault((c, d), []).append(ctx_words)
    p, r = tp / npred if npred else 0, tp / ngold if ngold else 0
    print(f"tenth {a.dev}: PERS P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r) if p + r else 0:.3f} "
          f"(gold {ngold}, predicted {npred}, right {tp}); missed {ngold - tp}")
    for c in "abcd":
        print(f"({c}) {classes[c]}")
        for (cc, d), n in sorted(details.items(), key=lambda x: -x[1]):
            if cc == c:
                print(f"      {n:4d}  {d}")
                for ex in examples[(cc, d)][:a.examples]:
                    print(f"              {ex}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

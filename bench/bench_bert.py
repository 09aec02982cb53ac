"""The model-based alternative, side by side: a BERT-base token classifier of the size
of CAMeLBERT NER against core.analyze, on the same articles, in the same run, on CPU.

usage: python bench/bench_bert.py CORPUS.jsonl.gz [--limit 64] [--threads N]

The model is built locally with random weights (transformers' BertConfig +
BertForTokenClassification: 12 layers, hidden 768, 12 heads, intermediate 3072, vocab
30,000, 9 labels) - nothing is downloaded; the speed of a forward pass does not depend
on the weights. Each article is split into words and each word into word-piece-like
pieces of at most four characters (ids from a stable hash), windows of at most 512
tokens with [CLS]/[SEP]; batch 1 (one window at a time) and batch 8 (eight windows
padded to the longest). core.analyze runs in this process on one core; torch uses
--threads intra-op threads (default: all cores), so the ratio favours the model.
Prints figures; asserts nothing. torch is imported here only.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import pathlib
import re
import sys
import time
import zlib

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

VOCAB = 30_000
MAX_LEN = 512
PIECE = 4  # characters per word piece (Arabic BERT vocabularies give ~1.3-1.6 pieces per word)
_WORD = re.compile(r"\w+|[^\w\s]", re.UNICODE)


def wordpieces(text: str) -> list[int]:
    """Token ids of a word-piece-like split: each word cut into pieces of <= PIECE chars,
    continuation pieces marked as in WordPiece ('##'), ids from a stable hash."""
    ids = []
    for w in _WORD.findall(text):
        for i in range(0, len(w), PIECE):
            piece = w[i:i + PIECE] if i == 0 else "##" + w[i:i + PIECE]
            ids.append(5 + zlib.crc32(piece.encode("utf-8")) % (VOCAB - 5))
    return ids


def windows(ids: list[int]) -> list[list[int]]:
    body = MAX_LEN - 2
    return [[2] + ids[i:i + body] + [3] for i in range(0, max(len(ids), 1), body)]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--limit", type=int, default=64, help="articles (the model is slow: keep it small)")
    ap.add_argument("--skip", type=int, default=0)
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--timeout", type=float, default=5.0, help="per-article limit for core.analyze, CPU seconds")
    a = ap.parse_args()
    from bench_batch import git_commit, load, timed_analyze

    docs = [(d["text"], d.get("published")) for d in load(a.corpus, a.limit, a.skip)]
    n = len(docs)
    print(f"commit {git_commit()}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; "
          f"{n} articles")

    # the rule-based core, one core
    from core.pipeline import prepare

    prepare()  # as the batch workers do; the word caches still start empty
    t, c = time.perf_counter(), time.process_time()
    lat, n_to = timed_analyze(docs, a.timeout)
    core_wall, core_cpu = time.perf_counter() - t, time.process_time() - c
    core_rate = n / core_wall

    # the model
    import torch
    from transformers import BertConfig, BertForTokenClassification

    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    cfg = BertConfig(vocab_size=VOCAB, hidden_size=768, num_hidden_layers=12, num_attention_heads=12,
                     intermediate_size=3072, max_position_embeddings=512, num_labels=9)
    model = BertForTokenClassification(cfg).eval()
    n_params = sum(p.numel() for p in model.parameters())
    tok = time.perf_counter()
    wins = [windows(wordpieces(text)) for text, _ in docs]
    tok = time.perf_counter() - tok
    all_w = [w for ws in wins for w in ws]
    n_tokens = sum(len(w) for w in all_w)
    words = sum(len(_WORD.findall(t)) for t, _ in docs)
    print(f"model             BertForTokenClassification, {n_params / 1e6:.1f} M parameters, random weights, "
          f"torch {torch.__version__}, {a.threads} threads")
    print(f"tokens            {n_tokens:,} in {len(all_w)} windows ({n_tokens / max(words, 1):.2f} per word; "
          f"tokenising {tok * 1000:.0f} ms)")
    with torch.inference_mode():
        model(input_ids=torch.tensor([all_w[0]]))  # warm-up
        res = {}
        cpu = {}
        for bs in (1, 8):
            t, c = time.perf_counter(), time.process_time()
            for i in range(0, len(all_w), bs):
                batch = all_w[i:i + bs]
                width = max(len(w) for w in batch)
                ids = torch.tensor([w + [0] * (width - len(w)) for w in batch])
                mask = torch.tensor([[1] * len(w) + [0] * (width - len(w)) for w in batch])
                logits = model(input_ids=ids, attention_mask=mask).logits
                logits.argmax(-1)
            res[bs] = time.perf_counter() - t
            cpu[bs] = time.process_time() - c
    print()
    print(f"{'path':<38} {'articles/s':>10} {'ms/article':>11} {'ratio':>7}   {'art/CPU-s':>10} {'ratio':>7}")
    core_cpu_rate = n / core_cpu
    print(f"{'core.analyze (rules, 1 core)':<38} {core_rate:>10.2f} {1000 / core_rate:>11.1f} {'':>7}   "
          f"{core_cpu_rate:>10.2f}")
    for bs, secs in res.items():
        rate, crate = n / secs, n / cpu[bs]
        print(f"{f'BERT-base token classifier, batch {bs}':<38} {rate:>10.3f} {1000 / rate:>11.1f} "
              f"{core_rate / rate:>6.0f}x   {crate:>10.3f} {core_cpu_rate / crate:>6.0f}x")
    print("ratio = how many times faster core.analyze is; art/CPU-s = articles per CPU-second (all threads),"
          " which does not depend on other programs sharing the cores")
    print(f"(core.analyze: {n_to} articles stopped at the {a.timeout:g} CPU-s limit, counted at the limit)")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
    sys.exit(main())

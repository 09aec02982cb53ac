"""Build data/lexicons/word_clusters.tsv: word clusters learnt without labels from a news
corpus, for the CRF tagger's features (core.crf_features): words that stand in the same
places in sentences (given names, family names, cities, ministries, verbs of saying)
fall in the same cluster, so a name the training corpora never held still looks like
the names they did.

How: every word seen at least ``--min-count`` times (at most ``--top`` words) is
described by the words right before and after it and two before and after (four
separate positions over the ``--contexts`` most frequent words); those counts become
positive pointwise mutual information (context frequencies smoothed by the power 0.75),
reduced by a truncated SVD to ``--dims`` dimensions and scaled to unit length; k-means
groups the words into ``--fine`` clusters, and k-means over those clusters' centres
(weighted by their sizes) groups them into ``--mid`` and ``--coarse`` ones, so the three
levels nest like the prefixes of a Brown cluster path. Fixed seeds and one thread: the
same corpus gives the same table.

usage: python scripts/build_word_clusters.py CORPUS.jsonl.gz
"""
from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")  # one thread: the same sums in the same order every run

import argparse  # noqa: E402
import collections  # noqa: E402
import gzip  # noqa: E402
import json  # noqa: E402
import pathlib  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from core.text import normalize_with_offsets, tokenize  # noqa: E402

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "lexicons" / "word_clusters.tsv"
SEED = 0


def read_sentences(corpus: str) -> tuple[list[list[str]], int]:
    """Each article's normalised words (digits read as one word "0"), and how many articles."""
    docs: list[list[str]] = []
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["text"]
            docs.append(["0" if t.norm.isdigit() else t.norm for t in tokenize(normalize_with_offsets(text))])
    return docs, len(docs)


def cooccurrence(docs: list[list[str]], vocab: dict[str, int], contexts: dict[str, int]):
    """Sparse counts: word × (position, context word), positions -2, -1, +1, +2 (articles
    kept apart by two empty places)."""
    import numpy as np
    from scipy import sparse

    nc = len(contexts)
    ids: list[int] = []
    cids: list[int] = []
    for words in docs:
        ids.extend([vocab.get(w, -1) for w in words] + [-1, -1])
        cids.extend([contexts.get(w, -1) for w in words] + [-1, -1])
    ia, ic = np.array(ids), np.array(cids)
    n = len(ia)
    rows, cols = [], []
    for k, off in enumerate((-2, -1, 1, 2)):
        i = np.arange(max(0, -off), min(n, n - off))
        a, c = ia[i], ic[i + off]
        keep = (a >= 0) & (c >= 0)
        rows.append(a[keep])
        cols.append(k * nc + c[keep])
    r, c = np.concatenate(rows), np.concatenate(cols)
    m = sparse.csr_matrix((np.ones(len(r)), (r, c)), shape=(len(vocab), 4 * nc))
    m.sum_duplicates()
    return m


def ppmi(m, alpha: float = 0.75):
    import numpy as np
    from scipy import sparse

    total = m.sum()
    rs = np.asarray(m.sum(axis=1)).ravel()
    cs = np.asarray(m.sum(axis=0)).ravel() ** alpha
    cs = cs / cs.sum()
    coo = m.tocoo()
    val = np.log(coo.data * 1.0 / (rs[coo.row] / total * cs[coo.col] * total))
    keep = val > 0
    return sparse.csr_matrix((val[keep], (coo.row[keep], coo.col[keep])), shape=m.shape)


def main() -> int:
    import numpy as np
    from sklearn.cluster import KMeans
    from sklearn.decomposition import TruncatedSVD

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--top", type=int, default=200000, help="at most this many words get a cluster")
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--contexts", type=int, default=5000, help="context words: the most frequent")
    ap.add_argument("--dims", type=int, default=100)
    ap.add_argument("--fine", type=int, default=1000)
    ap.add_argument("--mid", type=int, default=200)
    ap.add_argument("--coarse", type=int, default=40)
    ap.add_argument("--out", type=pathlib.Path, default=OUT)
    a = ap.parse_args()

    t0 = time.time()
    docs, n_docs = read_sentences(a.corpus)
    counts = collections.Counter(w for d in docs for w in d)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))  # ties by the word: deterministic
    words = [w for w, c in ranked[: a.top] if c >= a.min_count and w != "0"]
    vocab = {w: i for i, w in enumerate(words)}
    contexts = {w: i for i, (w, _) in enumerate(ranked[: a.contexts])}
    print(f"{n_docs} articles, {sum(counts.values())} words, {len(counts)} distinct; "
          f"clustering {len(words)} words ({time.time() - t0:.0f}s)", flush=True)

    m = ppmi(cooccurrence(docs, vocab, contexts))
    svd = TruncatedSVD(n_components=a.dims, algorithm="randomized", n_iter=7, random_state=SEED)
    x = svd.fit_transform(m)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    print(f"vectors {x.shape} ({time.time() - t0:.0f}s)", flush=True)

    fine = KMeans(n_clusters=a.fine, n_init=1, max_iter=60, random_state=SEED).fit(x)
    labels = fine.labels_
    sizes = np.bincount(labels, minlength=a.fine).astype(np.float64)
    centres = fine.cluster_centers_
    levels = []
    for k in (a.coarse, a.mid):
        km = KMeans(n_clusters=k, n_init=4, max_iter=200, random_state=SEED).fit(centres, sample_weight=sizes)
        levels.append(km.labels_)
    coarse_of, mid_of = levels
    print(f"clusters {a.coarse} / {a.mid} / {a.fine} ({time.time() - t0:.0f}s)", flush=True)

    # ids that read as a path: coarse, then mid within coarse, then fine
    with a.out.open("w", encoding="utf-8") as out:
        out.write(f"# word clusters over {n_docs} Arabic news articles of the ANT Corpus v2.1 (multi-source), "
                  f"built by scripts/build_word_clusters.py (PPMI of the words at -2..+2, SVD {a.dims}, k-means "
                  f"{a.coarse} / {a.mid} / {a.fine}); words normalised for matching, at least {a.min_count} "
                  f"occurrences\n")
        out.write("word\tcoarse\tmid\tfine\n")
        for w, lab in zip(words, labels.tolist()):
            out.write(f"{w}\t{coarse_of[lab]}\t{mid_of[lab]}\t{lab}\n")
    print(f"wrote {a.out} ({a.out.stat().st_size / 1e6:.1f} MB, {time.time() - t0:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

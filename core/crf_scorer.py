"""The CRF tagger's model read from its file and laid out for fast tagging.

``core.ner_crf`` is the API; this module holds what makes it fast: the CRFsuite model
file read straight from its binary layout (``read_model``), the weights of every feature
arranged by what the feature looks at, so that a word's rows come from a few dictionary
look-ups on the word and its parts instead of feature strings (``Scorer``), and the
Viterbi search over the windows the entity rules leave open.

Every number here is the one crfsuite computes: a word's rows are the same model rows
summed in the same order as its feature strings list them, and an emission score adds
the same terms in the same order, so the labels do not depend on how they were reached.
"""
from __future__ import annotations

import struct
import threading
from itertools import chain, compress, starmap
from operator import not_
from pathlib import Path
from typing import Iterable, Sequence

from core.crf_features import _shape, bare_reading, flags_of, gazetteer, word_cluster, word_clusters, word_counts
from core.crf_viterbi import Transitions, viterbi
from core.errors import AkhbarError
from core.text import clitic_variants

# Where O's emission score beats every other label by this much, and neither neighbour
# leans to a name, the word is taken as outside any name without a search. The exact
# bound (what transitions can make up, about 16 with the shipped model) prunes almost
# nothing; at 3 the labels of 300 news articles (111,000 words) were all the same as a
# full search's (NER.md).
PRUNE_MARGIN = 3.0
# A label whose emission score is this far behind the best label of its word is not
# searched (NER.md: no label of 300 news articles changed at this width).
BEAM = 5.0
# How many word forms the tagger keeps score rows for before it starts again (a long
# batch run meets new names for ever; 200,000 rows are about 56 MB).
MAX_ROWS = 200_000

_LENT_SLOT = {"-1": 0, "-2": 1, "+1": 2, "+2": 3}  # the order of a word's lent segments
# The kinds of a word's own features ("kind=value"), in the order _word_features lists
# them.
_OWN_KINDS = ("w", "p1", "p2", "p3", "s1", "s2", "s3", "sh", "bare", "bs2", "bs3", "st", "fq", "bfq", "k1", "k2", "k3",
              "g")
_LENT_CLUSTERS = ("k3",)  # the cluster level a word lends to its next neighbours
_WORD_SLOT = {"w": 0, "bare": 1, "st": 2}  # own features whose value is a word
# A position's five table rows: its own word (slot 0), the words at -1 and -2 (what they
# lend as -1, -2) and at +1 and +2.
_NEIGHBOURS = ((0, 0), (-1, 1), (-2, 2), (1, 3), (2, 4))
_ZEROS = [0, 0]  # the padding beyond an article's edges


class ModelFileError(AkhbarError, ValueError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{Path(path).name} is not a CRFsuite model this tagger can read: {reason}")


def _read_cqdb(data: bytes, base: int) -> list[str]:
    """The strings of a CQDB string table (labels, attributes) in id order."""
    if data[base:base + 4] != b"CQDB":
        raise ValueError(f"no string table at byte {base}")
    count, offset = struct.unpack_from("<2I", data, base + 16)
    out = []
    for ref in struct.unpack_from(f"<{count}I", data, base + offset):
        size = struct.unpack_from("<I", data, base + ref + 4)[0]
        start = base + ref + 8
        out.append(data[start:start + size - 1].decode("utf-8"))
    return out


def read_model(path: str):
    """(labels, attributes, state features, transitions) of a CRFsuite 1d model file,
    read straight from its binary layout: the features are one fixed-size record array,
    so this takes a few tens of milliseconds where the tagger's ``info()`` (a text dump
    parsed back, weights rounded to six decimals) takes half a second and a large
    transient dictionary. State features come as (attribute ids, label ids, weights)
    arrays; transitions as a labels × labels matrix."""
    import numpy as np

    data = Path(path).read_bytes()
    try:
        if data[:4] != b"lCRF" or data[8:12] != b"FOMC":
            raise ValueError("wrong magic bytes")
        n_labels, n_attrs, off_feat, off_labels, off_attrs = struct.unpack_from("<5I", data, 20)
        if data[off_feat:off_feat + 4] != b"FEAT":
            raise ValueError("no feature chunk")
        count = struct.unpack_from("<I", data, off_feat + 8)[0]
        record = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("w", "<f8")])
        feats = np.frombuffer(data, dtype=record, count=count, offset=off_feat + 12)
        labels = _read_cqdb(data, off_labels)
        attrs = _read_cqdb(data, off_attrs)
    except (ValueError, struct.error) as e:
        raise ModelFileError(path, str(e)) from None
    if len(labels) != n_labels or len(attrs) != n_attrs:
        raise ModelFileError(path, "string tables and header disagree")
    state = feats[feats["type"] == 0]
    trans = np.zeros((n_labels, n_labels))
    for src, dst, w in feats[feats["type"] == 1][["src", "dst", "w"]].tolist():
        trans[src, dst] += w
    return labels, attrs, (state["src"].astype(np.int64), state["dst"].astype(np.int64), state["w"].copy()), trans


class Scorer:
    """The model's weights laid out for tagging without building feature strings.

    A linear-chain CRF scores label y at position i as the sum of the weights of the
    (feature, y) pairs that fire there, and every feature here depends on one word
    (its own features, or what it lends to a neighbour at -2..+2) or on a pair of
    adjacent words (bigrams). So each word form's five contributions (own; lent to
    -1, -2, +1, +2) are summed once, kept as a row of a table, and an article's
    emission scores are one gather of table rows; Viterbi runs on them. The weights
    are read from the model file itself, so the labels are the ones crfsuite's own
    tagger gives (up to the pruning of ``decode_windows``)."""

    def __init__(self, path: str):
        import numpy as np

        self.path = path
        labels, attrs, (src, dst, w), trans = read_model(path)
        self.labels = labels
        self.n = len(labels)
        # row 0 of the weight matrix is all zeros (features the model lacks)
        self.matrix = np.zeros((len(attrs) + 1, self.n))
        np.add.at(self.matrix, (src + 1, dst), w)
        self.attr_ids = {attr: k + 1 for k, attr in enumerate(attrs)}
        self._index_features()
        self.bos = self.matrix[self.attr_ids.get("BOS", 0)]
        self.eos = self.matrix[self.attr_ids.get("EOS", 0)]
        self.trans = trans.tolist()
        self.o_index = labels.index("O") if "O" in labels else 0
        self.o_margin = min(self._o_margin(), PRUNE_MARGIN)
        self.beam = BEAM
        self.transitions = Transitions(self.trans, self.o_index)
        self._others = np.array([y for y in range(self.n) if y != self.o_index], dtype=np.intp)
        self._offsets = np.array([[d] for d, _ in _NEIGHBOURS], dtype=np.intp)
        self._slots = np.array([[s] for _, s in _NEIGHBOURS], dtype=np.intp)
        self._bits = np.array([1 << y for y in range(self.n)], dtype=np.int64)
        self._lock = threading.Lock()
        self._ids: dict[str, int] = {}  # word -> row of self._table (row 0: zeros)
        # a word's first 3 letters, its last 3, its bare stem's last 3 -> their rows
        self._ends: tuple[dict[str, tuple[int, ...]], ...] = ({}, {}, {})
        # a fine word cluster -> its rows (own k1, k2, k3; lent k3): a few thousand clusters
        self._cluster_rows: dict[str, tuple[int | None, ...]] = {}
        self._table = np.zeros((1024 * 5, self.n))  # a word's five rows are consecutive
        self._pair_bits = np.zeros(1024, dtype=np.uint8)  # per word: ``_pair_bit``
        self._rows = 1
        self._kept = 1  # rows below this are preloaded (``preload``) and survive a full table

    def _index_features(self) -> None:
        """The model's attributes by what they look at: own features by kind and value
        ("p2=ال" → own["p2"]["ال"]); the features whose value is a word (w=, bare=, st=,
        and what a word lends as w= and bare=) by that word, so that a new word costs
        one look-up per string it holds; what a word lends to a neighbour at -2..+2 as
        four rows in the order -1, -2, +1, +2 (far neighbours lend no stem, "bare=", and
        no cluster); bigrams by their two words."""
        own: dict[str, dict[str, int]] = {k: {} for k in _OWN_KINDS if k not in _WORD_SLOT}
        words: dict[str, list] = {}  # word -> [w=, bare=, st=, lent w= four, lent bare= four]
        lent_g: dict[str, list[int]] = {}
        lent_k: dict[str, dict[str, list[int]]] = {k: {} for k in _LENT_CLUSTERS}
        self.lent_def = [0, 0, 0, 0]
        self.pairs_prev: dict[str, dict[str, int]] = {}  # "bg-=a|b" at b's position: [b][a]
        self.pairs_next: dict[str, dict[str, int]] = {}  # "bg+=a|b" at a's position: [a][b]
        for attr, row in self.attr_ids.items():
            kind, eq, value = attr.partition("=")
            slot = _WORD_SLOT.get(kind) if eq else None
            if slot is not None:
                rec = words.get(value)
                if rec is None:
                    rec = words[value] = [None] * 5
                rec[slot] = row
            elif eq and kind in own:
                own[kind][value] = row
            elif kind[2:3] == ":" and kind[:2] in _LENT_SLOT:  # "+1:w=..."
                at, what = _LENT_SLOT[kind[:2]], kind[3:]
                if what == "def" and not eq:
                    self.lent_def[at] = row
                elif eq and what == "g":
                    lent_g.setdefault(value, [0, 0, 0, 0])[at] = row
                elif eq and what in lent_k and kind[1] == "1":  # clusters are lent to -1, +1 only
                    lent_k[what].setdefault(value, [0, 0, 0, 0])[at] = row
                elif eq and (what == "w" or what == "bare" and kind[1] == "1"):
                    rec = words.get(value)
                    if rec is None:
                        rec = words[value] = [None] * 5
                    slot = 3 if what == "w" else 4
                    if rec[slot] is None:
                        rec[slot] = [0, 0, 0, 0]
                    rec[slot][at] = row
            elif eq and kind in ("bg-", "bg+"):
                a, _, b = value.partition("|")
                if kind == "bg-":
                    self.pairs_prev.setdefault(b, {})[a] = row
                else:
                    self.pairs_next.setdefault(a, {})[b] = row
        # the first words of "bg-" bigrams, the second words of "bg+" ones (``_pair_bit``)
        self._pair_ends = (frozenset(chain.from_iterable(self.pairs_prev.values())),
                           frozenset(chain.from_iterable(self.pairs_next.values())))
        if not any(self.lent_def):
            self.lent_def = None
        self._word_kinds = words
        self._part_kinds = tuple(own[k] for k in ("p1", "p2", "p3", "s1", "s2", "s3", "sh", "bs2", "bs3", "g")) \
            + (lent_g,)
        self._clusters = (own["k1"], own["k2"], own["k3"], lent_k["k3"])
        self._buckets = tuple([own[k].get(str(i)) for i in range(6)] for k in ("fq", "bfq"))  # as _bucket names them
        get = self.attr_ids.get
        self._const = (get("b"), get("def"), get("short"), get("hasdef"))

    def _o_margin(self) -> float:
        """How much transitions can favour another label over O at one position: the
        most any label y gains over O coming from some a, plus the most it gains going to
        some b. An emission margin above this makes O optimal whatever the neighbours."""
        o, t, labels = self.o_index, self.trans, range(self.n)
        into = max(t[a][y] - t[a][o] for a in labels for y in labels)
        out = max(t[y][b] - t[o][b] for b in labels for y in labels)
        return max(into, 0.0) + max(out, 0.0)

    def word_rows(self, w: str) -> list[list[int]]:
        """The model rows of a word's five contributions (own; lent as -1, -2, +1, +2),
        each in the order of its feature strings (``crf_features._word_features``)."""
        rows, starts = self._rows_of([w])
        return [rows[a + 1:b] for a, b in zip(starts, starts[1:] + [len(rows)])]

    def _rows_of(self, words: list[str], variants_of=clitic_variants) -> tuple[list[int], list[int]]:
        """The model rows of each word's five contributions, each segment opened by the
        zero row, and where the segments start: the rows crfsuite adds for the words'
        feature strings, in their order, looked up by kind instead of by string (a
        word's first and last three letters each by one look-up; the word itself, its
        bare stem and its stems in the table of word-valued features)."""
        rows: list[int] = []
        starts: list[int] = []
        kinds, none = self._word_kinds, (None,) * 5
        dsh, dg, lg = self._part_kinds[6], self._part_kinds[9], self._part_kinds[10]
        fq, bfq = self._buckets
        b, c_def, c_short, c_hasdef = self._const
        lent_def = self.lent_def
        dk1, dk2, dk3, lk3 = self._clusters
        counts, clusters, gz = word_counts(), word_clusters(), gazetteer()
        cluster_rows = self._cluster_rows
        for w in words:
            variants = variants_of(w)
            bare, definite = bare_reading(w, variants)
            kw = kinds.get(w, none)  # (w=, bare=, st=, lent w=, lent bare=) rows of w
            kb = kw if bare == w else kinds.get(bare, none)
            p, q, r = self._affix_rows(w, bare)
            own = [b, kw[0], *p, *q, dsh.get(_shape(w)), kb[1], *r]
            if len(variants) > 1:
                own.extend([kinds.get(s, none)[2] for s, _ in variants[1:]])
            if definite:
                own.append(c_def)
            if len(w) <= 2:
                own.append(c_short)
            n = counts.get(w, 0)
            m = n if bare == w else counts.get(bare, 0)
            own.append(fq[min(len(str(n)), 5) if n else 0])
            own.append(bfq[min(len(str(m)), 5) if m else 0])
            if bare[:2] != "ال" and counts.get("ال" + bare, 0) >= 8:
                own.append(c_hasdef)
            cl = word_cluster(w, variants, clusters)
            if cl is not None:
                kr = cluster_rows.get(cl[2])  # the fine cluster names the other two
                if kr is None:
                    kr = cluster_rows[cl[2]] = (dk1.get(cl[0]), dk2.get(cl[1]), dk3.get(cl[2]), lk3.get(cl[2]))
                own.extend(kr[:3])
            flags = flags_of(variants, gz)
            fours = [kw[3], kb[4]]
            if flags:
                own.extend(map(dg.get, flags))
                fours.extend(map(lg.get, flags))
            if cl is not None:
                fours.append(kr[3])
            if definite:
                fours.append(lent_def)
            _add_segments(rows, starts, own, fours)
        return rows, starts

    def _affix_rows(self, w: str, bare: str) -> tuple[tuple, tuple, tuple]:
        """The rows of a word's first one to three letters, of its last one to three and of
        its bare stem's last two and three, each made once per three letters."""
        dp1, dp2, dp3, ds1, ds2, ds3, _, dbs2, dbs3, _, _ = self._part_kinds
        pre, suf, bare_suf = self._ends
        key = w[:3]
        p = pre.get(key)
        if p is None:
            p = pre[key] = tuple(filter(None, (dp1.get(key[:1]), dp2.get(key[:2]), dp3.get(key))))
        key = w[-3:]
        q = suf.get(key)
        if q is None:
            q = suf[key] = tuple(filter(None, (ds1.get(key[-1:]), ds2.get(key[-2:]), ds3.get(key))))
        key = bare[-3:]
        r = bare_suf.get(key)
        if r is None:
            r = bare_suf[key] = tuple(filter(None, (dbs2.get(key[-2:]), dbs3.get(key))))
        return p, q, r

    def _add_words(self, new: Iterable[str], variants=clitic_variants) -> None:
        """Score rows for words not yet in the table: one gather of weight rows and one
        segmented sum for all of them. Caller holds the lock."""
        import numpy as np

        new = list(new)
        rows, starts = self._rows_of(new, variants)
        # take() of an index array: indexing with the list itself reads it element by element
        # first, several times the cost for the same rows
        sums = np.add.reduceat(self.matrix.take(np.fromiter(rows, np.intp, len(rows)), axis=0), starts, axis=0)
        start, end = self._rows * 5, (self._rows + len(new)) * 5
        if end > len(self._table):
            grown = np.zeros((max(end, 2 * len(self._table)), self.n))
            grown[:start] = self._table[:start]
            self._table = grown
            bits = np.zeros(len(grown) // 5, dtype=np.uint8)
            bits[:self._rows] = self._pair_bits[:self._rows]
            self._pair_bits = bits
        self._table[start:end] = sums
        self._pair_bits[self._rows:self._rows + len(new)] = list(map(self._pair_bit, new))
        ids = self._ids
        for k, w in enumerate(new, self._rows):
            ids[w] = k
        self._rows += len(new)

    def span_emissions(self, words: Sequence[str], spans: list[tuple[int, int]]):
        """Emission scores (positions of ``spans`` × labels) of the words in ``spans``
        (sorted, disjoint [a, b) ranges), with the article's edges (BOS, EOS) where they
        fall. Only these words and two on each side (what the features look at) are
        scored."""
        import numpy as np

        n = len(words)
        contexts = [words[max(a - 2, 0):b + 2] for a, b in spans]
        with self._lock:  # the word table grows in place: one writer at a time
            found = self._table_rows(list(chain.from_iterable(contexts)))
            seq: list[int] = []  # each span's table rows, two on each side (0: none)
            at: list[int] = []  # where the spans' own words are in seq
            pos = 0
            for (a, b), ctx in zip(spans, contexts):
                left = a - max(a - 2, 0)
                seq.extend(_ZEROS[:2 - left])
                base = len(seq) + left
                seq.extend(found[pos:pos + len(ctx)])
                pos += len(ctx)
                seq.extend(_ZEROS[:b + 2 - min(b + 2, n)])
                at.extend(range(base, base + b - a))
            # 5 × positions: own, -1, -2, +1, +2 (fromiter: a list of ints read without
            # numpy's type discovery per element)
            rows = np.fromiter(seq, np.intp, len(seq))[np.fromiter(at, np.intp, len(at)) + self._offsets]
            g = self._table.take(rows * 5 + self._slots, axis=0)  # take(): a fifth of indexing's cost
            pairs = self._pair_hits(rows)
        e = g[0] + g[1] + g[2] + g[3] + g[4]
        if spans[-1][1] == n:
            e[-1] += self.eos
        if spans[0][0] == 0:
            e[0] += self.bos
        if pairs:
            self._add_pairs(e, words, spans, pairs)
        return e

    def _pair_bit(self, w: str) -> int:
        """A word's bits in ``_pair_bits``: 1 it ends a "bg-" bigram, 2 it begins a "bg+"
        one, 4 it begins a "bg-" one, 8 it ends a "bg+" one."""
        return (w in self.pairs_prev) | (w in self.pairs_next) << 1 | (w in self._pair_ends[0]) << 2 \
            | (w in self._pair_ends[1]) << 3

    def _pair_hits(self, rows) -> list[int]:
        """The positions (of the table rows ``rows``: own, -1, -2, +1, +2) where a bigram
        of the model may fire: the word ends a "bg-" bigram and the word before may begin
        one, or it begins a "bg+" bigram and the word after may end one. Both words' bits
        are read in C: tested on the word alone, a third of an article's words are hits
        and hardly any fire. The array's own ``nonzero`` needs no import of numpy on each
        call of this hot path."""
        bits = self._pair_bits
        own = bits[rows[0]]
        hit = own & bits[rows[1]] >> 2 & 1 | own >> 1 & bits[rows[3]] >> 3 & 1
        return hit.nonzero()[0].tolist()

    def _table_rows(self, words: list[str]) -> list[int]:
        """The table rows of ``words``, scoring the words the table lacks. Caller holds
        the lock."""
        ids = self._ids
        found = list(map(ids.get, words))
        if all(found):  # rows start at 1 (row 0: zeros), so only a missing word's None is false:
            return found  # all() tests truth in C, a third of the time ``None not in`` took comparing each
        missing = list(compress(range(len(words)), map(not_, found)))
        new = dict.fromkeys([words[k] for k in missing])
        if self._rows + len(new) > MAX_ROWS:  # a bounded table: start again
            self._forget(len(new))
            self._add_words(dict.fromkeys([w for w in words if w not in ids]))
            return list(map(ids.__getitem__, words))
        self._add_words(new)
        for k in missing:
            found[k] = ids[words[k]]
        return found

    def _forget(self, room: int) -> None:
        """Empty the table of the words met in articles, keeping the preloaded ones when
        ``room`` more rows fit beside them (else those go too, for good)."""
        ids = self._ids
        if self._kept + room > MAX_ROWS:
            self._kept = 1
        if self._kept == 1:
            ids.clear()
        else:
            kept = self._kept
            for w in [w for w, k in ids.items() if k >= kept]:
                del ids[w]
        for d in self._ends:
            d.clear()
        self._rows = self._kept

    def preload(self, words: Iterable[str], chunk: int = 4096) -> None:
        """Score the rows of ``words`` now (the news vocabulary, at load time) and keep
        them when the table starts again: a process then meets few new words in its first
        articles (9 in 10 of the words a fresh tagger scored in 300 news articles are in
        the word clusters' vocabulary), and the prepared image carries the rows. The rows
        are the ones the words would get when first met. Proclitic readings are computed
        without filling ``clitic_variants``' cache with words no article may hold."""
        with self._lock:
            new = [w for w in dict.fromkeys(words) if w and w not in self._ids]
            if self._rows + len(new) > MAX_ROWS // 2:
                new = new[:max(MAX_ROWS // 2 - self._rows, 0)]
            for k in range(0, len(new), chunk):
                self._add_words(new[k:k + chunk], clitic_variants.__wrapped__)
            self._kept = self._rows

    def __getstate__(self) -> dict:
        """The tagger as the prepared image keeps it: the table's filled rows only."""
        state = self.__dict__.copy()
        state["_table"] = self._table[:self._rows * 5]
        state["_pair_bits"] = self._pair_bits[:self._rows]
        return state

    def __setstate__(self, state: dict) -> None:
        """Read back with room for as many new words as it holds (zeros the system
        allocates when first written), so that the first articles do not copy the table."""
        import numpy as np

        self.__dict__.update(state)
        size = max(2 * self._rows, 1024)
        table, bits = np.zeros((size * 5, self.n)), np.zeros(size, dtype=np.uint8)
        table[:self._rows * 5] = self._table
        bits[:self._rows] = self._pair_bits
        self._table, self._pair_bits = table, bits

    def _add_pairs(self, e, words: Sequence[str], spans: list[tuple[int, int]], hits: list[int]) -> None:
        """Add the bigram weights to the emissions at ``hits`` (positions whose word
        begins or ends some bigram of the model): "bg-=a|b" at b, then "bg+=b|c" (the
        order crfsuite lists them)."""
        n = len(words)
        where = list(chain.from_iterable(starmap(range, spans)))  # the word at each position
        at: list[int] = []
        rows: list[int] = []
        later: list[tuple[int, int]] = []  # "bg+=" rows, added after every "bg-=" row
        for k in hits:
            i = where[k]
            w = words[i]
            d = self.pairs_prev.get(w)
            v = d.get(words[i - 1]) if d is not None and i > 0 else None
            if v is not None:
                at.append(k)
                rows.append(v)
            d = self.pairs_next.get(w)
            v = d.get(words[i + 1]) if d is not None and i + 1 < n else None
            if v is not None:
                later.append((k, v))
        for k, v in later:
            at.append(k)
            rows.append(v)
        # one or two rows an article: each added to its position's row in turn (the
        # order np.add.at would take, without its setup)
        m = self.matrix
        for k, v in zip(at, rows):
            e[k] += m[v]

    def _prune(self, e) -> tuple[list[bool], list[int]]:
        """Which positions are surely O (their O score beats every other label by
        ``o_margin`` and neither neighbour leans to a name: margin at most half that),
        and each position's candidate labels as a bit mask (the labels within ``beam`` of
        its best one; ``Transitions.candidate_sets`` adds O). Computed on the labels ×
        positions transpose, where a maximum over labels is a few row operations."""
        import numpy as np

        et = np.ascontiguousarray(e.T)
        others = et.take(self._others, axis=0).max(axis=0)
        own = et[self.o_index]
        margin = own - others
        sure = margin > self.o_margin
        if len(margin) > 1:  # a neighbour that leans to a name may pull the word in (B- → I-)
            steady = margin > self.o_margin / 2
            sure[1:] &= steady[:-1]
            sure[:-1] &= steady[1:]
        masks = self._bits @ (et >= np.maximum(others, own) - self.beam)
        return sure.tolist(), masks.tolist()

    def decode(self, words: Sequence[str]) -> list[str]:
        """Viterbi labels of a whole sequence."""
        return self.decode_windows(words, [(0, len(words))])

    def decode_windows(self, words: Sequence[str], windows: list[tuple[int, int]]) -> list[str]:
        """Labels of the words inside ``windows`` ([a, b) ranges); every other word is O,
        and each window is searched as if O stood just outside it (``window_paths``)."""
        labels = ["O"] * len(words)
        names = self.labels
        for i, path in self.window_paths(words, windows):
            labels[i:i + len(path)] = [names[y] for y in path]
        return labels

    def window_paths(self, words: Sequence[str], windows: list[tuple[int, int]]) -> list[tuple[int, list[int]]]:
        """(first word, label indexes) of each run of words searched inside ``windows``;
        every other word is O. Two runs never touch: a word taken as O, or one outside
        every window, stands between them.

        Most words of news are plainly outside any name: where the emission score of O
        beats every other label by ``self.o_margin`` (at most what transitions could make
        up, when O would be on every best path) and no neighbour leans to a name, the
        word is taken as O and only the runs in between are searched (plain Python: with
        7 labels it beats numpy's per-step cost). ``o_margin = inf`` searches everything
        and gives crfsuite's own labels."""
        n = len(words)
        spans = merged(windows, n)
        if not spans or not len(self._others):  # nothing to read, or a model of O alone
            return []
        e = self.span_emissions(words, spans)
        sure_list, masks = self._prune(e)
        rows = e.tolist()
        out = []
        k = 0
        for a, b in spans:
            i = a
            while i < b:
                if sure_list[k + i - a]:
                    i += 1
                    continue
                j = i
                while j < b and not sure_list[k + j - a]:
                    j += 1
                out.append((i, viterbi(rows[k + i - a:k + j - a], masks[k + i - a:k + j - a], self.transitions,
                                       i > 0, j < n)))
                i = j
            k += b - a
        return out


def merged(windows: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """Windows clipped to [0, n), sorted, overlapping or touching ones joined."""
    out: list[list[int]] = []
    for a, b in sorted((max(0, a), min(n, b)) for a, b in windows):
        if a >= b:
            continue
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def _add_segments(rows: list[int], starts: list[int], own: list, fours: list) -> None:
    """A word's own segment, opened by the zero row, then its four lent segments (each in
    the order of ``fours``; four zero rows when it lends nothing)."""
    starts.append(len(rows))
    rows.append(0)
    rows.extend(filter(None, own))
    fours = [f for f in fours if f]
    if not fours:
        at = len(rows)
        starts.extend((at, at + 1, at + 2, at + 3))
        rows.extend((0, 0, 0, 0))
        return
    for column in zip(*fours):  # the four lent segments, each in the order of fours
        starts.append(len(rows))
        rows.append(0)
        rows.extend(filter(None, column))

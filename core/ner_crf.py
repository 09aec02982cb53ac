"""A light statistical NER tagger (linear-chain CRF) that complements the rules.

The model is trained by ``scripts/train_crf.py`` on ANERcorp, AQMAR and the Wojood
sample (see ``data/models/README.md`` for the data and its licences) and tags the
project's own tokens (``core.text.tokenize``) with PER, ORG and LOC spans.

Features are computed on normalised tokens (``core.text.normalize_for_match`` forms,
which is what ``Token.norm`` holds): the word, its first/last 1-3 characters, the
stems left after removing proclitics (``core.text.clitic_variants``), definiteness,
shape, the words two to the left and right, and gazetteer flags from the project's
lexicons (countries, places, organisations, titles, nationality adjectives, given
names) when they can be loaded. Features of a word are computed once per word form
and cached, so tagging an article is a few dictionary look-ups per token plus
crfsuite's Viterbi search.

Usage::

    from core import ner_crf
    if ner_crf.available():
        spans = ner_crf.tag_tokens(tokens)   # [(first token, last token + 1, "PER"), ...]

Nothing heavy is imported at module level: ``pycrfsuite`` is imported when the model
is first loaded.
"""
from __future__ import annotations

import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from core.crf_features import (LEXICON_DIR, _word_features, gazetteer, sequence_features,  # noqa: F401 - the API
                               word_counts, words_of)
from core.errors import AkhbarError
from core.text import Token, clitic_variants, normalize_with_offsets, tokenize

ROOT = Path(__file__).resolve().parent.parent
MODEL_PATH = ROOT / "data" / "models" / "crf_ner.crfsuite"
TYPES = ("PER", "ORG", "LOC")
# The environment variable that points the tagger at another model file.
MODEL_ENV = "AKHBAR_CRF_MODEL"
# Where O's emission score beats every other label by this much, and neither neighbour
# leans to a name, the word is taken as outside any name without a search. The exact
# bound (what transitions can make up, about 16 with the shipped model) prunes almost
# nothing; at 3 the labels of 300 news articles (111,000 words) were all the same as a
# full search's (NER.md).
PRUNE_MARGIN = 3.0
# A label whose emission score is this far behind the best label of its word is not
# searched (NER.md: no label of 300 news articles changed at this width).
BEAM = 5.0

def model_path() -> Path:
    env = os.environ.get(MODEL_ENV)
    return Path(env) if env else MODEL_PATH


# --- decoding ------------------------------------------------------------------------
def bio_spans(labels: Iterable[str]) -> list[tuple[int, int, str]]:
    """(first, last + 1, type) spans of a BIO label sequence; an I- that continues
    nothing opens a new span (conlleval's reading)."""
    spans: list[tuple[int, int, str]] = []
    start, typ = -1, None
    labels = list(labels)
    for i, lab in enumerate(labels + ["O"]):
        prefix, _, t = lab.partition("-")
        if typ is not None and (prefix != "I" or t != typ):
            spans.append((start, i, typ))
            typ = None
        if prefix == "B" or (prefix == "I" and typ is None):
            start, typ = i, t
    return spans


# --- model ---------------------------------------------------------------------------
def available() -> bool:
    """True when the model file exists and python-crfsuite (and numpy) can be imported."""
    return unavailable_reason() is None


@lru_cache(maxsize=8)
def _missing(path: str) -> str | None:
    if not Path(path).is_file():
        return f"no model file {Path(path).name}"
    for module, package in (("numpy", "numpy"), ("pycrfsuite", "python-crfsuite")):
        try:
            __import__(module)
        except ImportError:
            return f"{package} is not installed"
    try:
        _scorer(path)  # loaded once here: a file that is no model is a reason too
    except ModelFileError as e:
        return str(e)
    return None


def unavailable_reason() -> str | None:
    """Why the tagger cannot run in this process (a missing package or model file), or
    None when it can. Checked once per model file, so the pipeline may ask per article."""
    if _ACTIVE is not None:
        return None
    return _missing(str(model_path()))


@lru_cache(maxsize=4)
def _tagger(path: str):
    import pycrfsuite

    t = pycrfsuite.Tagger()
    t.open(path)
    return t


def tagger(path: str | Path | None = None):
    """The crfsuite tagger of a model file (opened once per file)."""
    return _tagger(str(path or model_path()))


class ModelFileError(AkhbarError, ValueError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{Path(path).name} is not a CRFsuite model this tagger can read: {reason}")


def _read_cqdb(data: bytes, base: int) -> list[str]:
    """The strings of a CQDB string table (labels, attributes) in id order."""
    import struct

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
    import struct

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


_LENT_SLOT = {"-1": 0, "-2": 1, "+1": 2, "+2": 3}  # the order of a word's lent segments
# How many word forms the tagger keeps score rows for before it starts again (a long
# batch run meets new names for ever; 200,000 rows are about 56 MB).
MAX_ROWS = 200_000


class _Scorer:
    """The model's weights laid out for tagging without building feature strings.

    A linear-chain CRF scores label y at position i as the sum of the weights of the
    (feature, y) pairs that fire there, and every feature here depends on one word
    (its own features, or what it lends to a neighbour at -2..+2) or on a pair of
    adjacent words (bigrams). So each word form's five contributions (own; lent to
    +1, +2, -1, -2) are summed once, kept as a row of a table, and an article's
    emission scores are a few gathers of table rows; Viterbi runs on them. The
    weights are read from the model file itself, so the labels are the ones
    crfsuite's own tagger gives (up to the pruning of ``decode``)."""

    def __init__(self, path: str):
        import numpy as np

        self.path = path
        labels, attrs, (src, dst, w), trans = read_model(path)
        self.labels = labels
        self.n = len(labels)
        index = {lab: k for k, lab in enumerate(labels)}
        # row 0 of the weight matrix is all zeros (features the model lacks)
        self.matrix = np.zeros((len(attrs) + 1, self.n))
        np.add.at(self.matrix, (src + 1, dst), w)
        self.attr_ids = {attr: k + 1 for k, attr in enumerate(attrs)}
        # what a word lends to a neighbour at -2..+2, keyed by the unprefixed feature, so
        # that a new word costs look-ups, not a prefixed string per feature and offset
        # (row as -1, -2, +1, +2); far neighbours lend no stem ("bare=")
        self.lent_rows: dict[str, list[int]] = {}
        self.pairs_prev: dict[tuple[str, str], int] = {}  # "bg-=a|b": scored at b's position
        self.pairs_next: dict[tuple[str, str], int] = {}  # "bg+=a|b": scored at a's position
        for attr, row in self.attr_ids.items():
            if attr[:1] in "+-" and attr[2:3] == ":" and attr[1:2] in "12":
                feat = attr[3:]
                if not (attr[1] == "2" and feat.startswith("bare=")):
                    four = self.lent_rows.setdefault(feat, [0, 0, 0, 0])
                    four[_LENT_SLOT[attr[:2]]] = row
            elif attr.startswith(("bg-=", "bg+=")):
                a, _, b = attr[4:].partition("|")
                (self.pairs_prev if attr[2] == "-" else self.pairs_next)[(a, b)] = row
        self.bos = self.matrix[self.attr_ids.get("BOS", 0)]
        self.eos = self.matrix[self.attr_ids.get("EOS", 0)]
        self.trans = trans.tolist()
        self.cols = trans.T.tolist()  # cols[y][a]: the weight of a → y
        self.o_index = index.get("O", 0)
        self.o_margin = min(self._o_margin(), PRUNE_MARGIN)
        self.beam = BEAM
        self._lock = threading.Lock()
        self._ids: dict[str, int] = {}  # word -> row of self._table (row 0: zeros)
        self._table = np.zeros((1024, 5, self.n))
        self._rows = 1

    def _o_margin(self) -> float:
        """How much transitions can favour another label over O at one position: the
        most any label y gains over O coming from some a, plus the most it gains going to
        some b. An emission margin above this makes O optimal whatever the neighbours."""
        o, t, labels = self.o_index, self.trans, range(self.n)
        into = max(t[a][y] - t[a][o] for a in labels for y in labels)
        out = max(t[y][b] - t[o][b] for b in labels for y in labels)
        return max(into, 0.0) + max(out, 0.0)

    def _feature_rows(self, word: str, rows: list[int], starts: list[int]) -> None:
        """Append the weight rows of a word's five contributions (own; lent as -1, -2,
        +1, +2) to ``rows``, each segment opened by the zero row and its start noted."""
        own, lend = _word_features(word)
        starts.append(len(rows))
        rows.append(0)
        get = self.attr_ids.get
        rows.extend([r for r in map(get, own) if r is not None])
        segments: list[list[int]] = [[0], [0], [0], [0]]
        get = self.lent_rows.get
        for f in lend:
            four = get(f)
            if four is not None:
                for seg, r in zip(segments, four):
                    if r:
                        seg.append(r)
        for seg in segments:
            starts.append(len(rows))
            rows.extend(seg)

    def _add_words(self, words: Iterable[str]) -> None:
        """Score rows for words not yet in the table: one gather of weight rows and one
        segmented sum for all of them. Caller holds the lock."""
        import numpy as np

        new = [w for w in dict.fromkeys(words) if w not in self._ids]
        if not new:
            return
        if self._rows + len(new) > MAX_ROWS:  # a bounded table: start again
            self._ids.clear()
            self._rows = 1
        rows: list[int] = []
        starts: list[int] = []
        for w in new:
            self._feature_rows(w, rows, starts)
        sums = np.add.reduceat(self.matrix[rows], starts, axis=0).reshape(len(new), 5, self.n)
        end = self._rows + len(new)
        if end > len(self._table):
            grown = np.zeros((max(end, 2 * len(self._table)), 5, self.n))
            grown[: self._rows] = self._table[: self._rows]
            self._table = grown
        self._table[self._rows:end] = sums
        for k, w in enumerate(new, self._rows):
            self._ids[w] = k
        self._rows = end

    def emissions(self, words: Sequence[str], positions: Sequence[int]):
        """Emission scores (len(positions) × labels) of the words at ``positions``, with
        the article's edges (BOS, EOS) where they fall. Only these words and two on each
        side (what the features look at) are scored."""
        import numpy as np

        n = len(words)
        needed: list[int] = []
        last = -1
        for a, b in _runs(positions):
            needed.extend(range(max(last + 1, a - 2), min(n, b + 2)))
            last = needed[-1] if needed else last
        with self._lock:  # the word table grows in place: one writer at a time
            self._add_words([words[k] for k in needed])
            ids = self._ids
            row_at = [0] * (n + 4)  # two zero rows of padding at each end
            for k in needed:
                row_at[k + 2] = ids[words[k]]
            table = self._table
            r = np.array(row_at)
            p = np.array(positions) + 2
            e = (table[r[p], 0] + table[r[p - 1], 1] + table[r[p - 2], 2]
                 + table[r[p + 1], 3] + table[r[p + 2], 4])
        at: list[int] = []
        rows: list[int] = []
        pp, pn = self.pairs_prev, self.pairs_next
        for k, i in enumerate(positions):
            if i > 0:
                v = pp.get((words[i - 1], words[i]))
                if v is not None:
                    at.append(k)
                    rows.append(v)
            if i + 1 < n:
                v = pn.get((words[i], words[i + 1]))
                if v is not None:
                    at.append(k)
                    rows.append(v)
            elif i == n - 1:
                e[k] += self.eos
            if i == 0:
                e[k] += self.bos
        if at:
            np.add.at(e, at, self.matrix[rows])
        return e

    def decode(self, words: Sequence[str]) -> list[str]:
        """Viterbi labels of a whole sequence."""
        return self.decode_windows(words, [(0, len(words))])

    def decode_windows(self, words: Sequence[str], windows: list[tuple[int, int]]) -> list[str]:
        """Labels of the words inside ``windows`` ([a, b) ranges); every other word is O,
        and each window is searched as if O stood just outside it.

        Most words of news are plainly outside any name: where the emission score of O
        beats every other label by ``self.o_margin`` (at most what transitions could make
        up, when O would be on every best path) and no neighbour leans to a name, the
        word is taken as O and only the runs in between are searched (plain Python: with
        7 labels it beats numpy's per-step cost). ``o_margin = inf`` searches everything
        and gives crfsuite's own labels."""
        n = len(words)
        labels = ["O"] * n
        spans = _merged(windows, n)
        if not spans:
            return labels
        positions = [k for a, b in spans for k in range(a, b)]
        e = self.emissions(words, positions)
        o = self.o_index
        best_other = e.copy()
        best_other[:, o] = -1e18
        margin = e[:, o] - best_other.max(axis=1)
        sure = margin > self.o_margin
        if len(positions) > 1:  # a neighbour that leans to a name may pull the word in (B- → I-)
            leans = margin <= self.o_margin / 2
            sure[1:] &= ~leans[:-1]
            sure[:-1] &= ~leans[1:]
        rows = e.tolist()
        sure_list = sure.tolist()
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
                path = self._viterbi(rows[k + i - a:k + j - a], i > 0, j < n)
                labels[i:j] = [self.labels[y] for y in path]
                i = j
            k += b - a
        return labels

    def _viterbi(self, emissions: list[list[float]], after_o: bool, before_o: bool) -> list[int]:
        """Best label indexes of a run, given O just before it (``after_o``) and just
        after it (``before_o``). Each position only considers the labels whose emission
        is within ``self.beam`` of its best one (and O): a label that far behind never
        wins in news text, and the search shrinks from 49 label pairs a word to a few."""
        o = self.o_index
        cols = self.cols
        beam = self.beam
        cands = []
        for ei in emissions:
            floor = max(ei) - beam
            c = [y for y, v in enumerate(ei) if v >= floor]
            if o not in c:
                c.append(o)
            cands.append(c)
        first = emissions[0]
        prev = cands[0]
        from_o = self.trans[o]
        score = [first[y] + from_o[y] for y in prev] if after_o else [first[y] for y in prev]
        backs = []
        for ei, cur in zip(emissions[1:], cands[1:]):
            new = []
            back = []
            for y in cur:
                col = cols[y]
                vals = [s + col[a] for s, a in zip(score, prev)]
                best = max(vals)
                new.append(best + ei[y])
                back.append(prev[vals.index(best)])
            score = new
            backs.append((cur, back))
            prev = cur
        if before_o:
            out_o = self.trans
            score = [v + out_o[y][o] for v, y in zip(score, prev)]
        k = prev[score.index(max(score))]
        path = [k]
        for cur, back in reversed(backs):
            k = back[cur.index(k)]
            path.append(k)
        path.reverse()
        return path


def _runs(positions: Sequence[int]) -> list[tuple[int, int]]:
    """Sorted positions as [a, b) runs of consecutive ones."""
    out: list[list[int]] = []
    for p in positions:
        if out and p == out[-1][1]:
            out[-1][1] = p + 1
        else:
            out.append([p, p + 1])
    return [(a, b) for a, b in out]


def _merged(windows: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
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


@lru_cache(maxsize=4)
def _scorer(path: str) -> _Scorer:
    return _Scorer(path)


# The tagger analyze() uses in this process when set_tagger() named one (cross-validation
# folds); None means the shipped model.
_ACTIVE: _Scorer | None = None


def set_tagger(tagger: object | None) -> None:
    """Make ``core.analyze`` (and every tag_* call without a path) use ``tagger`` in this
    process from now on: an object returned by train_on_gold, or None for the shipped
    model. Cross-validation sets each fold's model this way."""
    global _ACTIVE
    if tagger is not None and not isinstance(tagger, _Scorer):
        raise TypeError(f"set_tagger needs a tagger from train_on_gold, not {type(tagger).__name__}")
    _ACTIVE = tagger


def train_on_gold(gold_paths: list[Path], data: str | Path | None = None) -> _Scorer:
    """Train a tagger on the open corpora (ANERcorp train part, AQMAR, Wojood; the
    folder named by ``data`` or ``$AKHBAR_NER_DATA``) plus exactly these gold articles
    (paths of NAME.json, NAME.txt beside each), and return it for set_tagger. The
    corpora are read and featurised once per process. Takes a few minutes."""
    import tempfile

    from core import ner_train

    sentences = list(ner_train.external_sentences(str(data) if data else None))
    sentences += ner_train.gold_sentences([Path(p) for p in gold_paths])
    fd, name = tempfile.mkstemp(suffix=".crfsuite", prefix="akhbar-crf-")
    os.close(fd)
    ner_train.train_model(sentences, Path(name))
    return load_tagger(name)


def load_tagger(path: str | Path) -> _Scorer:
    """A tagger object for set_tagger from a model file."""
    return _scorer(str(path))


def _active(path: str | Path | None) -> _Scorer:
    if path is None and _ACTIVE is not None:
        return _ACTIVE
    return _scorer(str(path or model_path()))


def tag_words(words: Sequence[str], path: str | Path | None = None, exact: bool = False) -> list[str]:
    """BIO labels of normalised words. ``exact`` uses crfsuite's own tagger (slower;
    the fast path gives the same labels)."""
    if not words:
        return []
    if exact:
        return tagger(path or (_ACTIVE.path if _ACTIVE is not None else None)).tag(sequence_features(words))
    return _active(path).decode(words)


def tag_tokens(tokens: list[Token], path: str | Path | None = None) -> list[tuple[int, int, str]]:
    """PER/ORG/LOC spans over ``tokens`` as (first token index, last + 1, type).

    Indexes are positions in ``tokens`` (equal to ``Token.index`` for the full output
    of ``core.text.tokenize``). The whole list is tagged as one sequence."""
    labels = tag_words([t.norm for t in tokens], path)
    return [s for s in bio_spans(labels) if s[2] in TYPES]


def tag_token_windows(tokens: list[Token], windows: list[tuple[int, int]],
                      path: str | Path | None = None) -> list[tuple[int, int, str]]:
    """PER/ORG/LOC spans found inside the token ranges ``windows`` only (the words
    around which a name may stand; the rest of the text is not searched): what the
    pipeline uses, since most words of news are settled by the lexicons before."""
    if not tokens or not windows:
        return []
    labels = _active(path).decode_windows([t.norm for t in tokens], windows)
    return [s for s in bio_spans(labels) if s[2] in TYPES]


def proclitic_length(word: str) -> int:
    """How many leading characters of a normalised entity word are a proclitic
    (و، ف، ب، ل، ك، وال ...): the reading whose stem is the most frequent word in news,
    when that stem is more frequent than the word as written ("وماكرون" -> 1,
    "بوتين" -> 0)."""
    counts = word_counts()
    best, best_n = 0, counts.get(word, 0)
    for stem, dropped in clitic_variants(word)[1:]:
        n = counts.get(stem, 0)
        if n > best_n:
            best, best_n = dropped, n
    return best


def tag_text(text: str, path: str | Path | None = None, strip_proclitics: bool = True) -> list[tuple[int, int, str]]:
    """Spans over the original text: (start, end, type). The corpora annotate whole
    tokens ("وفلسطين"); with ``strip_proclitics`` an attached proclitic is left out of
    the span, as the project's mentions do."""
    nt = normalize_with_offsets(text)
    toks = tokenize(nt)
    out = []
    for i, j, typ in tag_tokens(toks, path):
        start = toks[i].start
        if strip_proclitics:
            k = proclitic_length(toks[i].norm)
            if k:
                start = nt.orig_span(toks[i].nstart + k, toks[i].nend)[0]
        out.append((start, toks[j - 1].end, typ))
    return out

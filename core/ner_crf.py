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

import csv
import os
import re
import threading
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from core.text import Token, clitic_variants, normalize_for_match, normalize_with_offsets, tokenize

ROOT = Path(__file__).resolve().parent.parent
MODEL_PATH = ROOT / "data" / "models" / "crf_ner.crfsuite"
LEXICON_DIR = ROOT / "data" / "lexicons"
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

_LATIN = re.compile(r"^[a-z]+$")
_DIGIT = re.compile(r"^[0-9]+$")
_ARABIC = re.compile(r"^[\u0600-\u06ff]+$")
_NISBA_SUFFIXES = ("ي", "يه", "يان", "يين", "يون", "يتان", "يتين", "يات")


def model_path() -> Path:
    env = os.environ.get(MODEL_ENV)
    return Path(env) if env else MODEL_PATH


# --- gazetteer -----------------------------------------------------------------------
def _split_cell(cell: str) -> list[str]:
    return [p.strip() for p in (cell or "").split("|") if p.strip()]


def _read_rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        lines = [ln for ln in f if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _gazetteer_from_files(d: Path) -> dict[str, set[str]]:
    """Fallback when core.lexicon cannot be loaded: read the TSV files directly."""
    g: dict[str, set[str]] = {}
    for fname, key in (("countries.tsv", "C"), ("places.tsv", "P"), ("organisations.tsv", "O")):
        for r in _read_rows(d / fname):
            for v in [r.get("name_ar", "")] + _split_cell(r.get("variants", "")) + _split_cell(r.get("aliases", "")):
                g.setdefault(key, set()).add(v)
    for r in _read_rows(d / "titles.tsv"):
        if r.get("form"):
            g.setdefault("T", set()).add(r["form"])
    for r in _read_rows(d / "nationalities.tsv"):
        for stem in _split_cell(r.get("stems", "")):
            n = normalize_for_match(stem)
            if n.endswith("ي") and " " not in n:
                for suf in _NISBA_SUFFIXES:
                    g.setdefault("A", set()).update((n[:-1] + suf, "ال" + n[:-1] + suf))
        for irr in _split_cell(r.get("irregular", "")):
            g.setdefault("A", set()).update((irr, "ال" + irr))
    for r in _read_rows(d / "given_names.tsv"):
        if r.get("name"):
            g.setdefault("N", set()).add(r["name"])
    return g


def _gazetteer_from_lexicon() -> dict[str, set[str]] | None:
    try:
        from core.lexicon import load_lexicon  # optional: training and tagging work without it

        lex = load_lexicon()
    except Exception:  # noqa: BLE001 - a missing or malformed lexicon only disables the flags
        return None
    g: dict[str, set[str]] = {}
    kinds = {"COUNTRY": "C", "PLACE": "P", "ORG": "O"}
    for e in lex.entries:
        key = kinds.get(e.type)
        if key:
            g.setdefault(key, set()).update(e.variants)
            g[key].update(e.aliases)
    g["T"] = {t.form for t in lex.titles}
    g["A"] = set(lex.adjectives)
    g["N"] = set(lex.given_names)
    return g


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, dict[str, str]]:
    """Normalised word -> flag string per class: 'C' countries, 'P' places, 'O'
    organisations, 'T' titles, 'A' nationality adjectives, 'N' given names. A word is
    flagged '=' when it is a whole single-word entry, 'b' when it begins a multi-word
    entry and 'i' when it is inside one."""
    g = _gazetteer_from_lexicon()
    if g is None:
        g = _gazetteer_from_files(LEXICON_DIR)
    out: dict[str, dict[str, str]] = {}
    for key, forms in g.items():
        for form in forms:
            toks = normalize_for_match(form).replace("_", " ").split()
            if not toks:
                continue
            if len(toks) == 1:
                out.setdefault(toks[0], {})[key + "="] = ""
            else:
                out.setdefault(toks[0], {})[key + "b"] = ""
                for t in toks[1:]:
                    out.setdefault(t, {})[key + "i"] = ""
    return {w: "".join(sorted(flags)) for w, flags in out.items()}  # type: ignore[misc]


def _flags(word: str) -> list[str]:
    """Gazetteer flags of a word, looked up with and without its proclitics."""
    gz = gazetteer()
    found: set[str] = set()
    for stem, _ in clitic_variants(word):
        f = gz.get(stem)
        if f:
            for k in range(0, len(f), 2):
                found.add(f[k:k + 2])
        if stem.startswith("ال") and len(stem) > 3:
            f = gz.get(stem[2:])
            if f:
                for k in range(0, len(f), 2):
                    found.add(f[k:k + 2])
    return sorted(found)


# --- word frequencies in news --------------------------------------------------------
@lru_cache(maxsize=1)
def word_counts() -> dict[str, int]:
    """Normalised word -> count in news (data/lexicons/word_stats.tsv; {} if missing)."""
    counts: dict[str, int] = {}
    path = LEXICON_DIR / "word_stats.tsv"
    if not path.is_file():
        return counts
    with path.open(encoding="utf-8") as f:
        for line in f:
            w, _, c = line.rstrip("\n").partition("\t")
            if c.isdigit():
                counts[w] = int(c)
    return counts


def _bucket(n: int) -> str:
    return "0" if n == 0 else str(min(len(str(n)), 5))


# --- features ------------------------------------------------------------------------
def _shape(w: str) -> str:
    if _ARABIC.match(w):
        return "A"
    if _DIGIT.match(w):
        return "D"
    if _LATIN.match(w):
        return "L"
    return "X"


@lru_cache(maxsize=200_000)
def word_features(w: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(features of the word itself, features it lends to its neighbours)."""
    variants = clitic_variants(w)
    stems = [s for s, _ in variants[1:]]
    # the shortest reading (most proclitics removed), without the article
    core_stem = min((s for s, _ in variants), key=len)
    bare = core_stem[2:] if core_stem.startswith("ال") and len(core_stem) > 3 else core_stem
    definite = any(s.startswith("ال") for s, _ in variants)
    own = [
        "b",
        "w=" + w,
        "p1=" + w[:1], "p2=" + w[:2], "p3=" + w[:3],
        "s1=" + w[-1:], "s2=" + w[-2:], "s3=" + w[-3:],
        "sh=" + _shape(w),
        "bare=" + bare,
        "bs2=" + bare[-2:], "bs3=" + bare[-3:],
    ]
    own.extend("st=" + s for s in stems)
    if definite:
        own.append("def")
    if len(w) <= 2:
        own.append("short")
    counts = word_counts()
    own.append("fq=" + _bucket(counts.get(w, 0)))
    own.append("bfq=" + _bucket(counts.get(bare, 0)))
    if not bare.startswith("ال") and counts.get("ال" + bare, 0) >= 8:
        own.append("hasdef")  # a common noun that takes the article
    flags = _flags(w)
    own.extend("g=" + f for f in flags)
    lend = ["w=" + w, "bare=" + bare] + ["g=" + f for f in flags]
    if definite:
        lend.append("def")
    return tuple(own), tuple(lend)


@lru_cache(maxsize=200_000)
def _lent(w: str, offset: int) -> tuple[str, ...]:
    tag = f"{offset:+d}:"
    lend = word_features(w)[1]
    if abs(offset) == 2:  # far neighbours lend only the word and its gazetteer flags
        return tuple(tag + f for f in lend if not f.startswith("bare="))
    return tuple(tag + f for f in lend)


def sequence_features(words: Sequence[str]) -> list[list[str]]:
    """CRF features of a sequence of normalised words."""
    n = len(words)
    out: list[list[str]] = []
    for i, w in enumerate(words):
        f = list(word_features(w)[0])
        if i > 0:
            f.extend(_lent(words[i - 1], -1))
            f.append("bg-=" + words[i - 1] + "|" + w)
            if i > 1:
                f.extend(_lent(words[i - 2], -2))
        else:
            f.append("BOS")
        if i + 1 < n:
            f.extend(_lent(words[i + 1], 1))
            f.append("bg+=" + w + "|" + words[i + 1])
            if i + 2 < n:
                f.extend(_lent(words[i + 2], 2))
        else:
            f.append("EOS")
        out.append(f)
    return out


def words_of(token_text: str) -> list[str]:
    """The project's tokens inside a corpus token (normalised; punctuation dropped)."""
    return [t.norm for t in tokenize(normalize_with_offsets(token_text))]


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


class _Scorer:
    """The model's weights laid out for tagging without building feature strings.

    A linear-chain CRF scores label y at position i as the sum of the weights of the
    (feature, y) pairs that fire there, and every feature here depends on one word
    (its own features, or what it lends to a neighbour at -2..+2) or on a pair of
    adjacent words (bigrams). So each word form's contribution is summed once and
    cached, an article's emission scores are a few vector additions, and Viterbi runs
    on them. The result is the same labelling crfsuite's own tagger gives."""

    def __init__(self, path: str):
        self.path = path
        info = tagger(path).info()
        self.labels = list(tagger(path).labels())
        self.n = len(self.labels)
        index = {lab: k for k, lab in enumerate(self.labels)}
        w: dict[str, list[float]] = {}
        for (attr, lab), v in info.state_features.items():
            w.setdefault(attr, [0.0] * self.n)[index[lab]] += v
        import numpy as np

        self.attr_ids = {attr: k + 1 for k, attr in enumerate(w)}  # row 0 is all zeros
        # what a word lends to a neighbour at -2..+2, keyed by the unprefixed feature, so
        # that a new word costs look-ups, not a prefixed string per feature and offset
        self.lent_ids: dict[int, dict[str, int]] = {off: {} for off in (-2, -1, 1, 2)}
        for attr, row in self.attr_ids.items():
            if attr[:1] in "+-" and attr[2:3] == ":" and attr[1:2] in "12":
                off = int(attr[:2])
                self.lent_ids[off][attr[3:]] = row
        self.matrix = np.zeros((len(w) + 1, self.n))
        for attr, k in self.attr_ids.items():
            self.matrix[k] = w[attr]
        self.pairs_prev: dict[tuple[str, str], list[float]] = {}  # "bg-=a|b": at b's position
        self.pairs_next: dict[tuple[str, str], list[float]] = {}  # "bg+=a|b": at a's position
        for attr, vec in w.items():
            if attr.startswith("bg-=") or attr.startswith("bg+="):
                a, _, b = attr[4:].partition("|")
                (self.pairs_prev if attr[2] == "-" else self.pairs_next)[(a, b)] = vec
        zero = [0.0] * self.n
        self.bos = w.get("BOS", zero)
        self.eos = w.get("EOS", zero)
        self.trans = [[0.0] * self.n for _ in range(self.n)]
        for (a, b), v in info.transitions.items():
            self.trans[index[a]][index[b]] = v
        self.cols = [[self.trans[a][y] for a in range(self.n)] for y in range(self.n)]
        self.o_index = index.get("O", 0)
        self.o_margin = min(self._o_margin(), PRUNE_MARGIN)
        self.beam = BEAM
        self._lock = threading.Lock()
        self._ids: dict[str, int] = {}  # word -> row of self._table
        self._table = None  # (rows, 5, labels) numpy array, grown on demand
        self._rows = 0

    def _o_margin(self) -> float:
        """How much transitions can favour another label over O at one position: the
        most any label y gains over O coming from some a, plus the most it gains going to
        some b. An emission margin above this makes O optimal whatever the neighbours."""
        o, t, labels = self.o_index, self.trans, range(self.n)
        into = max(t[a][y] - t[a][o] for a in labels for y in labels)
        out = max(t[y][b] - t[o][b] for b in labels for y in labels)
        return max(into, 0.0) + max(out, 0.0)

    def word_vectors(self, word: str):
        """(own, lent to +1, lent to +2, lent to -1, lent to -2) score vectors: one
        gather of weight rows and one segmented sum."""
        import numpy as np

        own, lend = word_features(word)
        rows: list[int] = [0]  # the zero row: no segment is empty
        starts: list[int] = [0]
        get = self.attr_ids.get
        rows.extend(r for r in map(get, own) if r is not None)
        near = [f for f in lend if not f.startswith("bare=")]  # far neighbours lend no stem
        for off, feats in ((-1, lend), (-2, near), (1, lend), (2, near)):
            starts.append(len(rows))
            rows.append(0)
            get = self.lent_ids[off].get
            rows.extend(r for r in map(get, feats) if r is not None)
        return np.add.reduceat(self.matrix[rows], starts, axis=0)

    def _row(self, word: str) -> int:
        import numpy as np

        row = self._ids.get(word)
        if row is not None:
            return row
        if self._table is None or self._rows == len(self._table):
            grown = np.zeros((max(1024, 2 * self._rows), 5, self.n))
            if self._table is not None and self._rows:
                grown[: self._rows] = self._table[: self._rows]
            self._table = grown
        row = self._rows
        self._table[row] = self.word_vectors(word)
        self._ids[word] = row
        self._rows += 1
        return row

    def _zero_row(self) -> int:
        """A row of zeros in the word table, for words not scored."""
        row = self._ids.get(_ZERO)
        if row is None:
            row = self._row(_ZERO)
            self._table[row] = 0.0
        return row

    def warm(self, words: Iterable[str]) -> int:
        """Compute the score rows of many words at once (a long-running process reads
        the same news vocabulary again and again): what would otherwise cost each new
        word of the first thousand articles. Returns how many rows were added."""
        with self._lock:
            before = self._rows
            for w in words:
                self._row(w)
            return self._rows - before

    def emissions(self, words: Sequence[str], bos: bool = True, eos: bool = True,
                  needed: Sequence[bool] | None = None):
        """Emission scores (words × labels); ``bos``/``eos`` False when the words are a
        slice of a longer sequence (the edges then lack their outer context). With
        ``needed``, words marked False are not scored (their rows and what they lend
        count as zero): only the rows the caller reads are right."""
        nw = len(words)
        with self._lock:  # the word table grows in place: one writer at a time
            if self._rows > 1_000_000:  # a bounded cache: start again
                self._ids.clear()
                self._rows = 0
            if needed is None:
                rows = [self._row(x) for x in words]
            else:
                zero = self._zero_row()
                rows = [self._row(x) if k else zero for x, k in zip(words, needed)]
            a = self._table[rows]  # (n, 5, labels)
        e = a[:, 0].copy()
        if nw > 1:
            e[1:] += a[:-1, 1]  # word i-1 seen from i as "-1:"
            e[:-1] += a[1:, 3]  # word i+1 seen from i as "+1:"
        if nw > 2:
            e[2:] += a[:-2, 2]
            e[:-2] += a[2:, 4]
        if bos:
            e[0] += self.bos
        if eos:
            e[-1] += self.eos
        pp, pn = self.pairs_prev, self.pairs_next
        for i in range(1, nw):
            key = (words[i - 1], words[i])
            v = pp.get(key)
            if v is not None:
                e[i] += v
            v = pn.get(key)
            if v is not None:
                e[i - 1] += v
        return e

    def decode(self, words: Sequence[str]) -> list[str]:
        """Viterbi labels. Most words of news are plainly outside any name: where the
        emission score of O beats every other label by ``self.o_margin`` (at most what
        transitions could make up, when O would be on every best path), the sequence is
        cut there and only the runs in between are searched (plain Python: with 7
        labels it beats numpy's per-step cost). ``o_margin = inf`` searches everything
        and gives crfsuite's own labels."""
        if not words:
            return []
        e = self.emissions(words)
        o = self.o_index
        others = e.copy()
        others[:, o] = -1e18
        margin = e[:, o] - others.max(axis=1)
        sure = margin > self.o_margin
        if len(words) > 1:  # a neighbour that leans to a name may pull the word in (B- → I-)
            leans = margin <= self.o_margin / 2
            sure[1:] &= ~leans[:-1]
            sure[:-1] &= ~leans[1:]
        labels = ["O"] * len(words)
        rows = e.tolist()
        n = len(words)
        i = 0
        sure_list = sure.tolist()
        while i < n:
            if sure_list[i]:
                i += 1
                continue
            j = i
            while j < n and not sure_list[j]:
                j += 1
            path = self._viterbi(rows[i:j], i > 0, j < n)
            labels[i:j] = [self.labels[k] for k in path]
            i = j
        return labels

    def decode_windows(self, words: Sequence[str], windows: list[tuple[int, int]]) -> list[str]:
        """Labels of the words inside ``windows`` ([a, b) ranges); every other word is O.
        Emission scores come from one pass over the article in which only the windows and
        two words of context on each side (what the features look at) are scored; each
        window is then searched as if O stood just outside it."""
        n = len(words)
        labels = ["O"] * n
        spans = _merged(windows, n)
        if not spans:
            return labels
        needed = [False] * n
        for a, b in spans:
            needed[max(0, a - 2):min(n, b + 2)] = [True] * (min(n, b + 2) - max(0, a - 2))
        rows = self.emissions(words, needed=needed).tolist()
        for a, b in spans:
            path = self._viterbi(rows[a:b], a > 0, b < n)
            labels[a:b] = [self.labels[k] for k in path]
        return labels

    def _viterbi(self, emissions: list[list[float]], after_o: bool, before_o: bool) -> list[int]:
        """Best label indexes of a run, given O just before it (``after_o``) and just
        after it (``before_o``). Each position only considers the labels whose emission
        is within ``self.beam`` of its best one (and O): a label that far behind never
        wins in news text, and the search shrinks from 49 label pairs a word to a few."""
        o = self.o_index
        trans = self.trans
        beam = self.beam
        cands = []
        for ei in emissions:
            top = max(ei)
            c = [y for y, v in enumerate(ei) if v >= top - beam]
            if o not in c:
                c.append(o)
            cands.append(c)
        first = emissions[0]
        prev = cands[0]
        score = [first[y] + trans[o][y] if after_o else first[y] for y in prev]
        backs = []
        for ei, cur in zip(emissions[1:], cands[1:]):
            new = []
            back = []
            for y in cur:
                vals = [s + trans[a][y] for s, a in zip(score, prev)]
                best = max(vals)
                new.append(best + ei[y])
                back.append(prev[vals.index(best)])
            score = new
            backs.append((cur, back))
            prev = cur
        if before_o:
            score = [v + trans[y][o] for v, y in zip(score, prev)]
        k = prev[score.index(max(score))]
        path = [k]
        for cur, back in reversed(backs):
            k = back[cur.index(k)]
            path.append(k)
        path.reverse()
        return path


_ZERO = "\x00"  # the key of the zero row (no real word holds this character)


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


def warm_up(limit: int = 60_000) -> int:
    """Load the tagger and compute the rows of the ``limit`` most frequent news words
    (data/lexicons/word_stats.tsv) now, so that a process analysing many articles (a
    batch worker, the app: ``core.pipeline.prepare``) does not pay for them one article
    at a time. About a second; returns the number of words added."""
    if unavailable_reason():
        return 0
    counts = word_counts()
    words = sorted(counts, key=counts.__getitem__, reverse=True)[:limit]
    return _active(None).warm(words)


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

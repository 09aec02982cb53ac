"""A light statistical NER tagger (linear-chain CRF) that complements the rules.

The model is trained by ``scripts/train_crf.py`` on ANERcorp, AQMAR and the Wojood
sample (see ``data/models/README.md`` for the data and its licences) and tags the
project's own tokens (``core.text.tokenize``) with PER, ORG and LOC spans.

Features are computed on normalised tokens (``core.text.normalize_for_match`` forms,
which is what ``Token.norm`` holds): the word, its first/last 1-3 characters, the
stems left after removing proclitics (``core.text.clitic_variants``), definiteness,
shape, the words two to the left and right, and gazetteer flags from the project's
lexicons (countries, places, organisations, titles, nationality adjectives, given
names) when they can be loaded. The model's weights are read from its file and summed
once per word form (``core.crf_scorer``), so tagging an article is a gather of table
rows per token plus a Viterbi search over the windows that need one
(``core.crf_viterbi``), with crfsuite's own labels.

Usage::

    from core import ner_crf
    if ner_crf.available():
        spans = ner_crf.tag_tokens(tokens)   # [(first token, last token + 1, "PER"), ...]

Nothing heavy is imported at module level: ``pycrfsuite`` is imported when the model
is first loaded.
"""
from __future__ import annotations

import os
from functools import lru_cache
from itertools import compress, count
from pathlib import Path
from typing import Iterable, Sequence

from core import prepared
from core.crf_features import (LEXICON_DIR, _word_features, gazetteer, sequence_features,  # noqa: F401 - the API
                               news_vocabulary, word_counts, words_of)
from core.crf_scorer import BEAM, MAX_ROWS, PRUNE_MARGIN, ModelFileError, Scorer, read_model  # noqa: F401
from core.text import Token, clitic_variants, normalize_with_offsets, token_norms, tokenize

_Scorer = Scorer  # the tagger objects set_tagger takes (the name tests and scripts know)

ROOT = Path(__file__).resolve().parent.parent
MODEL_PATH = ROOT / "data" / "models" / "crf_ner.crfsuite"
TYPES = ("PER", "ORG", "LOC")
# The environment variable that points the tagger at another model file.
MODEL_ENV = "AKHBAR_CRF_MODEL"
_MODEL_STR = str(MODEL_PATH)

def model_path() -> Path:
    env = os.environ.get(MODEL_ENV)
    return Path(env) if env else MODEL_PATH


# --- decoding ------------------------------------------------------------------------
def bio_spans(labels: Iterable[str]) -> list[tuple[int, int, str]]:
    """(first, last + 1, type) spans of a BIO label sequence; an I- that continues
    nothing opens a new span (conlleval's reading). Only the labels other than O are
    visited (found in C): most words of an article are O."""
    spans: list[tuple[int, int, str]] = []
    start, typ, last = -1, None, -2
    labels = list(labels)
    for i in compress(count(), map("O".__ne__, labels)):
        prefix, _, t = labels[i].partition("-")
        if typ is not None and (i != last + 1 or prefix != "I" or t != typ):  # an O between closes it too
            spans.append((start, last + 1, typ))
            typ = None
        if prefix == "B" or (prefix == "I" and typ is None):
            start, typ = i, t
        last = i
    if typ is not None:
        spans.append((start, last + 1, typ))
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
    env = os.environ.get(MODEL_ENV)  # model_path() without a Path made per article
    return _missing(str(Path(env)) if env else _MODEL_STR)


@lru_cache(maxsize=4)
def _tagger(path: str):
    import pycrfsuite

    t = pycrfsuite.Tagger()
    t.open(path)
    return t


def tagger(path: str | Path | None = None):
    """The crfsuite tagger of a model file (opened once per file)."""
    return _tagger(str(path or model_path()))


@prepared.table(imaged=lambda path: path == _MODEL_STR)  # the shipped model: imaged
def _scorer(path: str) -> _Scorer:
    """The tagger of a model file. The shipped model's comes with the rows of the news
    vocabulary (``news_vocabulary``: the frequency list's words, most frequent first,
    the other words of the word clusters, numbers) scored in advance: about a second once, then
    read from the prepared image, where a fresh process would otherwise score some 50
    new words an article for its first few hundred articles. A cross-validation fold's
    model tags too few articles to gain from it."""
    scorer = _Scorer(path)
    if path == _MODEL_STR:
        scorer.preload(news_vocabulary())  # most frequent first: their rows lie together
    return scorer


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
    scorer = _active(path)
    names, o = scorer.labels, scorer.o_index
    out: list[tuple[int, int, str]] = []
    # read run by run: O stands between two runs, so they hold the spans of the whole
    # labelling (most runs are O throughout)
    for i, labels in scorer.window_paths(token_norms(tokens), windows):
        if labels.count(o) < len(labels):
            out.extend((a + i, b + i, t) for a, b, t in bio_spans([names[y] for y in labels]) if t in TYPES)
    return out


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

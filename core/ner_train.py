"""Training data and training for the CRF tagger of ``core.ner_crf``.

Two kinds of data feed the tagger, both turned into sequences of the project's own
normalised tokens with BIO labels over PER, ORG and LOC:

* open NER corpora in one-token-per-line files (ANERcorp's train part, AQMAR, the
  Wojood sample), read from a folder the caller names (``--data`` of
  ``scripts/train_crf.py``, or the environment variable ``AKHBAR_NER_DATA``);
* annotated articles in the gold format (``NAME.json`` beside ``NAME.txt``): every
  occurrence of a required mention labels the tokens it covers. Optional entities
  (generic bodies such as "الحكومة العراقية", treaties) stay O, which teaches the
  tagger that they are not named entities.

ANERcorp's test part (the sentences after the first ~125,100 tokens) is returned
separately and is for measuring only. Nothing here is imported on the analysis path.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

from core.text import normalize_with_offsets, split_sentences, tokenize

Sentence = tuple[list[str], list[str]]  # normalised words, BIO labels

DATA_ENV = "AKHBAR_NER_DATA"
ANER_TRAIN_TOKENS = 125_100
ANER_MAP = {"PERS": "PER", "ORG": "ORG", "LOC": "LOC"}
AQMAR_MAP = {"PER": "PER", "ORG": "ORG", "-ORG": "ORG", "LOC": "LOC"}
WOJOOD_MAP = {"PERS": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
GOLD_MAP = {"PERSON": "PER", "ORG": "ORG", "COUNTRY": "LOC", "PLACE": "LOC"}
# Training settings of the shipped model (chosen on a slice of ANERcorp's train part; NER.md).
C1, C2, MAX_ITER = 0.15, 0.1, 150
# How many times ANERcorp's train part is trained on beside the other corpora (a weight
# of its news against AQMAR's encyclopaedia and Wojood's conventions). Twice read
# better on two honest dev tenths and worse on the test part: left at once (NER.md).
ANER_REPEAT = 1


class NerDataMissing(FileNotFoundError):
    """The folder of open NER corpora is not where training looks for it."""

    def __init__(self, where: Path | None):
        hint = f"no NER corpora in {where}" if where else f"set {DATA_ENV} to the folder of NER corpora"
        super().__init__(f"{hint} (it holds anercorp/ANERCorp.txt, aqmar/*.txt, wojood/train.txt)")


def data_dir(folder: str | Path | None = None) -> Path:
    """The folder of open corpora: the argument, else ``$AKHBAR_NER_DATA``."""
    where = folder or os.environ.get(DATA_ENV)
    if not where:
        raise NerDataMissing(None)
    p = Path(where)
    if not (p / "anercorp" / "ANERCorp.txt").is_file():
        raise NerDataMissing(p)
    return p


# --- corpus files ----------------------------------------------------------------------
def map_tag(tag: str, table: dict[str, str]) -> str:
    prefix, _, typ = tag.partition("-")
    if prefix not in ("B", "I") or typ not in table:
        return "O"
    return f"{prefix}-{table[typ]}"


def repair_bio(labels: list[str]) -> list[str]:
    """An I- that continues nothing becomes B- (conlleval's reading made explicit)."""
    out, prev = [], "O"
    for lab in labels:
        if lab.startswith("I-") and prev[2:] != lab[2:]:
            lab = "B-" + lab[2:]
        out.append(lab)
        prev = lab
    return out


def retokenise(pairs: list[tuple[str, str]]) -> Sentence:
    """Corpus tokens with mapped tags -> project words with repaired BIO labels."""
    words: list[str] = []
    labels: list[str] = []
    for tok, tag in pairs:
        for k, t in enumerate(tokenize(normalize_with_offsets(tok))):
            words.append(t.norm)
            labels.append(tag if tag == "O" or k == 0 else "I-" + tag[2:])
    return words, repair_bio(labels)


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


def load_anercorp(path: Path) -> tuple[list[Sentence], list[Sentence]]:
    """(train, test) sentences of ANERcorp: sentences end after each run of "."; those
    holding the first ANER_TRAIN_TOKENS tokens are train (the conventional 5/6 split)."""
    sentences: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in _lines(path):
        if not line.strip():
            continue
        tok, _, tag = line.rpartition(" ")
        if not tok.strip():
            continue  # the empty tokens
        items = [(tok, tag)]
        if tok.startswith(". O") and len(tok) > 3:  # two lines run together
            items = [(".", "O"), (tok[3:], tag)]
        for t, g in items:
            if cur and cur[-1][0] == "." and t != ".":
                sentences.append(cur)
                cur = []
            cur.append((t, map_tag(g, ANER_MAP)))
    if cur:
        sentences.append(cur)
    train, test, count = [], [], 0
    for s in sentences:
        (train if count < ANER_TRAIN_TOKENS else test).append(s)
        count += len(s)
    return [retokenise(s) for s in train], [retokenise(s) for s in test]


def _aqmar_tag(tag: str) -> str:
    tag = tag.strip("`")
    if tag in ("IO", "OO"):
        return "O"
    return map_tag(tag.replace("I--", "I-"), AQMAR_MAP)


def load_aqmar(folder: Path) -> list[Sentence]:
    out = []
    for f in sorted(folder.glob("*.txt")):
        cur: list[tuple[str, str]] = []
        for line in _lines(f) + [""]:
            if not line.strip():
                if cur:
                    out.append(retokenise(cur))
                cur = []
                continue
            tok, _, tag = line.rpartition(" ")
            cur.append((tok, _aqmar_tag(tag)))
    return out


def load_wojood(path: Path) -> list[Sentence]:
    """Outermost level of the Wojood sample; "$#$" line-break placeholders dropped."""
    out = []
    cur: list[tuple[str, str]] = []
    for line in _lines(path) + [""]:
        if not line.strip():
            if cur:
                out.append(retokenise(cur))
            cur = []
            continue
        parts = line.split(" ")
        tok, tag = parts[0], parts[1] if len(parts) > 1 else "O"
        if tok != "$#$":
            cur.append((tok, map_tag(tag, WOJOOD_MAP)))
    return out


@lru_cache(maxsize=2)
def external_sentences(folder: str | None = None) -> tuple[Sentence, ...]:
    """ANERcorp train (``ANER_REPEAT`` times) + AQMAR + Wojood train, read once per
    process (cross-validation trains five models on the same corpora)."""
    d = data_dir(folder)
    aner_train, _ = load_anercorp(d / "anercorp" / "ANERCorp.txt")
    return tuple(aner_train * ANER_REPEAT + load_aqmar(d / "aqmar") + load_wojood(d / "wojood" / "train.txt"))


# --- gold articles -----------------------------------------------------------------------
def _mention_tokens(toks, text: str, mention: str):
    """Token ranges [i, j) covering the occurrences of ``mention`` that start a word (or
    follow a short proclitic) and end one."""
    starts = {t.start: k for k, t in enumerate(toks)}
    ends = {t.end: k for k, t in enumerate(toks)}
    at = text.find(mention)
    while at >= 0:
        b = at + len(mention)
        j = ends.get(b)
        i = starts.get(at)
        if i is None:  # "وإسرائيل": the mention starts after an attached proclitic
            i = next((k for k, t in enumerate(toks) if t.start < at < t.end and at - t.start <= 3), None)
        if i is not None and j is not None and j >= i:
            yield i, j + 1
        at = text.find(mention, at + 1)


def article_sentences(text: str, gold: dict) -> list[Sentence]:
    """One article's sentences with the BIO labels its required mentions give."""
    nt = normalize_with_offsets(text)
    toks = tokenize(nt)
    labels = ["O"] * len(toks)
    mentions = [(m, GOLD_MAP[e["type"]]) for e in gold.get("entities", [])
                if not e.get("optional") and e.get("type") in GOLD_MAP for m in e.get("mentions", []) if m.strip()]
    for m, typ in sorted(mentions, key=lambda x: -len(x[0])):  # longest first: inner names stay inside
        for i, j in _mention_tokens(toks, text, m):
            if all(lab == "O" for lab in labels[i:j]):
                labels[i:j] = ["B-" + typ] + ["I-" + typ] * (j - i - 1)
    out: list[Sentence] = []
    k = 0
    for s, e in split_sentences(text):
        words, labs = [], []
        while k < len(toks) and toks[k].start < e:
            if toks[k].start >= s:
                words.append(toks[k].norm)
                labs.append(labels[k])
            k += 1
        if words:
            out.append((words, repair_bio(labs)))
    return out


def gold_sentences(gold_paths: list[Path]) -> list[Sentence]:
    """Labelled sentences of gold articles (paths of NAME.json, NAME.txt beside each)."""
    out: list[Sentence] = []
    for p in gold_paths:
        p = Path(p)
        gold = json.loads(p.read_text(encoding="utf-8"))
        out.extend(article_sentences(p.with_suffix(".txt").read_text(encoding="utf-8"), gold))
    return out


# --- unannotated news ----------------------------------------------------------------------
GOLD_DIRS = (Path(__file__).resolve().parent.parent / "data" / "gold",
             Path(__file__).resolve().parent.parent / "data" / "gold" / "train")


def news_texts(corpus: Path, skip: tuple[Path, ...] = GOLD_DIRS):
    """Title and text of each article of a JSON-lines news corpus (gzipped or not),
    leaving out the articles annotated in ``skip`` (their NAME is the corpus id), so
    that lexicons learnt from news know nothing of the articles that measure them."""
    import gzip

    gold = {p.stem for d in skip for p in Path(d).glob("*.json")}
    opener = gzip.open if Path(corpus).suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d.get("id") not in gold:
                yield d.get("title", "") + "\n" + d["text"]


def news_person_names(corpus: Path):
    """The person names the tagger finds in each article of a news corpus (gold articles
    left out, as :func:`news_texts`): one list per article of each name's normalised
    words. What the news-built name tables (given names, person words) count from."""
    from core import ner_crf
    from core.text import normalize_with_offsets, tokenize

    for text in news_texts(corpus):
        toks = tokenize(normalize_with_offsets(text))
        yield [tuple(t.norm for t in toks[i:j]) for i, j, typ in ner_crf.tag_tokens(toks) if typ == "PER"]


# --- training ------------------------------------------------------------------------------
def train_model(sentences: list[Sentence], out: Path, c1: float = C1, c2: float = C2,
                max_iter: int = MAX_ITER) -> Path:
    """Train a CRF (L-BFGS, crfsuite) on labelled sentences and save it to ``out``."""
    import pycrfsuite

    from core.ner_crf import sequence_features

    trainer = pycrfsuite.Trainer(verbose=False)
    for words, labels in sentences:
        if words:
            trainer.append(sequence_features(words), labels)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iter,
                        "feature.possible_transitions": True})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    return out

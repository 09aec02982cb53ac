"""Optional NER backend: camel-tools' NERecognizer (a BERT token classifier).

camel-tools ships the code (``camel_tools.ner.NERecognizer``) but not the model: its
CAMeLBERT NER model normally comes from the camel-tools data packages
(``camel_data -i ner-arabert``). This module loads a model from a folder you give it
and maps its word labels back to character offsets of the original text.

Importing ``camel_tools.ner`` offline
-------------------------------------
``camel_tools.ner`` imports ``camel_tools.data``, whose ``__init__`` runs
``Catalogue.load_catalogue()``. That reads ``catalogue.json`` from the camel-tools
data folder (``$CAMELTOOLS_DATA``, else ``~/.camel_tools``) and, when the file is
missing, downloads it from GitHub. Offline the download fails and the import raises
``camel_tools.data.downloader.DownloaderError``. ``_prepare_offline()`` avoids this:
when no catalogue exists in the data folder, it writes an empty catalogue
(``{"version": ..., "packages": {}, "components": {}}``) to a private temporary folder
and points ``CAMELTOOLS_DATA`` there *before* the first import. A data folder that has
a catalogue is used as it is. (Each such process leaves a tiny temporary folder.) ``NERecognizer(model_dir)`` does
not need the catalogue at all; only ``NERecognizer.pretrained()`` does, and with the
empty catalogue it raises ``KeyError``.

The model folder must hold what ``transformers`` saves for a
``BertForTokenClassification`` (``config.json`` with ``id2label``, the weights) and a
``BertTokenizer`` (``vocab.txt``, tokenizer config): ``NERecognizer`` calls
``BertForTokenClassification.from_pretrained(dir)`` and
``BertTokenizer.from_pretrained(dir)``. camel-tools' own labels are B-/I- of LOC, ORG,
PERS and MISC plus O.

torch, transformers and camel_tools.ner are imported inside the functions only.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from core.text import normalize_with_offsets, split_sentences, tokenize

CAMEL_LABELS = ("B-LOC", "B-ORG", "B-PERS", "B-MISC", "I-LOC", "I-ORG", "I-PERS", "I-MISC", "O")
# camel-tools type -> the type names of core/ner_crf.py (MISC kept as it is)
TYPE_MAP = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}


def _default_data_dir() -> Path:
    env = os.environ.get("CAMELTOOLS_DATA")
    if env:
        return Path(env).expanduser().absolute()
    if sys.platform == "win32":
        return Path.home() / "AppData/Roaming/camel_tools"
    return Path.home() / ".camel_tools"


def _prepare_offline() -> None:
    """Make ``import camel_tools.ner`` work without network access (see module doc)."""
    if "camel_tools.data" in sys.modules:
        return  # already imported successfully: nothing to do
    if (_default_data_dir() / "catalogue.json").is_file():
        return
    stub_dir = Path(tempfile.mkdtemp(prefix="camel_tools_offline_"))
    try:
        import camel_tools

        version = camel_tools.__version__
    except Exception:  # noqa: BLE001
        version = "0"
    (stub_dir / "catalogue.json").write_text(
        json.dumps({"version": version, "packages": {}, "components": {}}), encoding="utf-8")
    os.environ["CAMELTOOLS_DATA"] = str(stub_dir)
    # A failed earlier import leaves camel_tools.data.catalogue loaded with the old
    # folder frozen in; point it at the stub too.
    cat = sys.modules.get("camel_tools.data.catalogue")
    if cat is not None:
        cat.CT_DATA_DIR = stub_dir
        cat.CT_VERSIONS_PATH = stub_dir / "versions.json"


def import_ner():
    """The ``camel_tools.ner`` module, imported lazily and offline-safe."""
    _prepare_offline()
    import camel_tools.ner as ner

    return ner


def load_recognizer(model_dir: str, use_gpu: bool = False):
    """A camel-tools ``NERecognizer`` for the model saved in ``model_dir``."""
    if not Path(model_dir).is_dir():
        raise FileNotFoundError(f"no NER model folder at {model_dir}")
    ner = import_ner()
    return ner.NERecognizer(str(model_dir), use_gpu=use_gpu)


def _spans(labels: list[str]) -> list[tuple[int, int, str]]:
    """(first, last + 1, camel type) of word labels; a stray I- opens a span."""
    out: list[tuple[int, int, str]] = []
    start, typ = -1, None
    for i, lab in enumerate(list(labels) + ["O"]):
        prefix, _, t = (lab or "O").partition("-")
        if typ is not None and (prefix != "I" or t != typ):
            out.append((start, i, typ))
            typ = None
        if prefix in ("B", "I") and typ is None:
            start, typ = i, t
    return out


def tag_with_camel(text: str, recognizer, batch_size: int = 32) -> list[tuple[int, int, str]]:
    """Entity spans of ``text`` found by a camel-tools recognizer: (start, end, type)
    with offsets into ``text`` and type PER, ORG, LOC or MISC.

    The text is split into sentences and words with the project's own tokenizer; the
    recognizer sees each word as written (original characters, not the normalised
    form), and its label of a word is mapped back to that word's span."""
    nt = normalize_with_offsets(text)
    toks = tokenize(nt)
    if not toks:
        return []
    sentences: list[list[int]] = []
    bounds = split_sentences(text)
    k = 0
    for s, e in bounds:
        cur = []
        while k < len(toks) and toks[k].start < e:
            if toks[k].start >= s:
                cur.append(k)
            k += 1
        if cur:
            sentences.append(cur)
    if k < len(toks):
        sentences.append(list(range(k, len(toks))))
    words = [[text[toks[i].start:toks[i].end] for i in sent] for sent in sentences]
    preds = recognizer.predict(words, batch_size=batch_size)
    out: list[tuple[int, int, str]] = []
    for sent, labels in zip(sentences, preds):
        labels = list(labels)[: len(sent)] + ["O"] * max(0, len(sent) - len(labels))
        for i, j, typ in _spans(labels):
            mapped = TYPE_MAP.get(typ)
            if mapped is None:
                continue
            out.append((toks[sent[i]].start, toks[sent[j - 1]].end, mapped))
    return out

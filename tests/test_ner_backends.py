"""The optional NER backends: the CRF tagger (core/ner_crf.py) and the camel-tools
NERecognizer loader (core/ner_camel.py). Everything is built inside the tests; no
external corpus or downloaded model is needed."""
from __future__ import annotations

from pathlib import Path

import pytest

from core import ner_crf
from core.text import normalize_for_match, normalize_with_offsets, tokenize
from script_modules import load

ROOT = Path(__file__).resolve().parent.parent


def _train_module():
    return load("scripts/train_crf.py")


# --- CRF -----------------------------------------------------------------------------
TINY = [
    "قال O|الرئيس O|سمير B-PERS|خليل I-PERS|إن O|الوزارة O|ستعمل O|.",
    "التقى O|الوزير O|كريم B-PERS|ناصر I-PERS|في O|القاهرة B-LOC|.",
    "أعلن O|المتحدث O|رامي B-PERS|عادل I-PERS|أن O|شركة B-ORG|النور I-ORG|ستفتح O|فرعا O|في O|بيروت B-LOC|.",
    "وصل O|الرئيس O|باسم B-PERS|فريد I-PERS|إلى O|عمان B-LOC|أمس O|.",
    "قالت O|الوزيرة O|هدى B-PERS|سالم I-PERS|إن O|بنك B-ORG|الأمل I-ORG|يدعم O|المشروع O|.",
    "زار O|الرئيس O|نبيل B-PERS|شاكر I-PERS|مدينة O|دمشق B-LOC|.",
]


def _tiny_corpus(mod):
    out = []
    for line in TINY:
        pairs = [(p.rsplit(" ", 1)[0], mod.map_tag(p.rsplit(" ", 1)[1], mod.ANER_MAP)) if " " in p else (p, "O")
                 for p in line.split("|")]
        out.append(mod.retokenise(pairs))
    return out


def test_bio_spans_reads_stray_inside_as_new_entity():
    assert ner_crf.bio_spans(["O", "I-PER", "I-PER", "B-LOC", "I-ORG", "O"]) == [(1, 3, "PER"), (3, 4, "LOC"), (4, 5, "ORG")]


def test_retokenise_drops_punctuation_and_repairs_bio():
    mod = _train_module()
    words, labels = mod.retokenise([("(د", "O"), ("بالقاهرة", "I-LOC"), ("،", "O"), ("U.S.", "B-ORG")])
    assert words == ["د", "بالقاهره", "u", "s"]
    assert labels == ["O", "B-LOC", "B-ORG", "I-ORG"]


def test_features_are_strings_with_context():
    feats = ner_crf.sequence_features(["قال", "الرئيس", "ماكرون"])
    assert len(feats) == 3 and all(isinstance(f, str) for fs in feats for f in fs)
    assert "w=ماكرون" in feats[2] and "-1:w=" + normalize_for_match("الرئيس") in feats[2] and "BOS" in feats[0] and "EOS" in feats[2]


def test_tiny_crf_learns_names(tmp_path):
    pytest.importorskip("pycrfsuite")
    mod = _train_module()
    model = tmp_path / "tiny.crfsuite"
    mod.train(_tiny_corpus(mod) * 3, model, c1=0.0, c2=0.01, max_iter=60)
    text = "قال الرئيس سمير خليل في القاهرة"
    toks = tokenize(normalize_with_offsets(text))
    spans = ner_crf.tag_tokens(toks, path=model)
    assert (2, 4, "PER") in spans
    for i, j, typ in spans:
        assert 0 <= i < j <= len(toks) and typ in ner_crf.TYPES
    assert ner_crf.tag_tokens([], path=model) == []
    # the fast scorer gives crfsuite's own labelling
    scorer = ner_crf.load_tagger(model)
    margin, scorer.o_margin = scorer.o_margin, float("inf")  # no pruning: the exact search
    try:
        for sent in ["قال الرئيس سمير خليل في القاهرة", "زار الوزير رامي ناصر بيروت ودمشق أمس", "بنك"]:
            words = [t.norm for t in tokenize(normalize_with_offsets(sent))]
            assert ner_crf.tag_words(words, path=model) == ner_crf.tag_words(words, path=model, exact=True)
    finally:
        scorer.o_margin = margin
    # character spans over the original text
    char_spans = ner_crf.tag_text(text, path=model)
    assert (text.index("سمير"), len("قال الرئيس سمير خليل"), "PER") in char_spans


def test_anercorp_can_weigh_more_than_the_other_corpora(tmp_path, monkeypatch):
    """The open corpora for the tagger hold ANERcorp's train part ``ANER_REPEAT`` times
    (a weight of its news tried on the dev tenths, NER.md)."""
    from core import ner_train

    data = _tiny_data(tmp_path / "ner")
    aner, _ = ner_train.load_anercorp(data / "anercorp" / "ANERCorp.txt")
    monkeypatch.setattr(ner_train, "ANER_REPEAT", 2)
    got = ner_train.external_sentences.__wrapped__(str(data))
    assert list(got[:2 * len(aner)]) == aner * 2 and len(got) == 2 * len(aner) + 2  # one AQMAR, one Wojood sentence


def test_training_loaders_read_the_corpus_formats(tmp_path):
    mod = _train_module()
    aner = tmp_path / "ANERCorp.txt"
    aner.write_text("فرانكفورت B-LOC\n(د O\n O\nاتحاد B-ORG\nصناعة I-ORG\n. O\n. Oالإصابة O\nجون B-PERS\n. O\n",
                    encoding="utf-8")
    train, test = mod.load_anercorp(aner)
    assert [w for w, _ in train + test] == [["فرانكفورت", "د", "اتحاد", "صناعه"], ["الاصابه", "جون"]]
    assert train[0][1] == ["B-LOC", "O", "B-ORG", "I-ORG"]
    woj = tmp_path / "w.txt"
    woj.write_text("محضر O\nبلدية B-ORG\nبيرزيت I-ORG B-GPE\n$#$ O\n\nفي O\nرام B-GPE\nالله I-GPE", encoding="utf-8")
    assert mod.load_wojood(woj) == [(["محضر", "بلديه", "بيرزيت"], ["O", "B-ORG", "I-ORG"]),
                                    (["في", "رام", "الله"], ["O", "B-LOC", "I-LOC"])]
    aq = tmp_path / "aqmar"
    aq.mkdir()
    (aq / "A.txt").write_text("الحكومة B-ORG\nالأمريكية I--ORG\nكرة B-MISS1\nجزيرة O\nماديرا I-LOC\n\n", encoding="utf-8")
    assert mod.load_aqmar(aq) == [(["الحكومه", "الامريكيه", "كره", "جزيره", "ماديرا"], ["B-ORG", "I-ORG", "O", "O", "B-LOC"])]


def _tiny_data(folder: Path) -> Path:
    """A folder shaped like the open corpora, with a few sentences in each."""
    (folder / "anercorp").mkdir(parents=True)
    (folder / "aqmar").mkdir()
    (folder / "wojood").mkdir()
    lines = [p if " " in p else p + " O" for line in TINY for p in line.split("|")]
    (folder / "anercorp" / "ANERCorp.txt").write_text("\n".join(lines * 3) + "\n", encoding="utf-8")
    (folder / "aqmar" / "A.txt").write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    (folder / "wojood" / "train.txt").write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    return folder


def _gold_article(folder: Path) -> Path:
    import json

    folder.mkdir(parents=True, exist_ok=True)
    text = "قال الرئيس سمير خليل إن الحكومة العراقية ستعمل مع بنك الأمل في بغداد."
    (folder / "a.txt").write_text(text, encoding="utf-8")
    gold = {"id": "a", "entities": [
        {"id": "samir", "type": "PERSON", "mentions": ["سمير خليل"]},
        {"id": "gov", "type": "ORG", "mentions": ["الحكومة العراقية"], "optional": True},
        {"id": "bank", "type": "ORG", "mentions": ["بنك الأمل"]},
        {"id": "baghdad", "type": "PLACE", "mentions": ["بغداد"]}], "times": [], "events": []}
    (folder / "a.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return folder / "a.json"


def test_gold_articles_become_token_labels(tmp_path):
    from core.ner_train import gold_sentences

    [(words, labels)] = gold_sentences([_gold_article(tmp_path)])
    got = {w: lab for w, lab in zip(words, labels)}
    assert got["سمير"] == "B-PER" and got["خليل"] == "I-PER"
    assert got["بنك"] == "B-ORG" and got["الامل"] == "I-ORG" and got["بغداد"] == "B-LOC"
    assert got["الحكومه"] == "O"  # optional generic bodies teach the tagger they are no names


def test_train_on_gold_and_set_tagger(tmp_path, monkeypatch):
    pytest.importorskip("pycrfsuite")
    from core import analyze, ner_train

    monkeypatch.setattr(ner_train, "MAX_ITER", 30)
    monkeypatch.setattr(ner_train.train_model, "__defaults__", (ner_train.C1, ner_train.C2, 30))
    tagger = ner_crf.train_on_gold([_gold_article(tmp_path / "gold")], data=_tiny_data(tmp_path / "ner"))
    try:
        ner_crf.set_tagger(tagger)
        assert ner_crf.available()
        assert analyze("قال الرئيس سمير خليل إن").entities
    finally:
        ner_crf.set_tagger(None)
    assert ner_crf._ACTIVE is None
    with pytest.raises(TypeError):
        ner_crf.set_tagger("a model")


def test_train_on_gold_names_the_missing_corpora(monkeypatch, tmp_path):
    from core.ner_train import NerDataMissing

    monkeypatch.delenv("AKHBAR_NER_DATA", raising=False)
    with pytest.raises(NerDataMissing, match="AKHBAR_NER_DATA"):
        ner_crf.train_on_gold([])
    with pytest.raises(FileNotFoundError, match="no NER corpora in"):
        ner_crf.train_on_gold([], data=tmp_path)


def test_fresh_install_runs_the_tagger_by_default():
    """python-crfsuite is a requirement and the model is shipped: the default path tags."""
    from core import analyze

    assert ner_crf.unavailable_reason() is None
    text = "وقال بوغدانوف إن موسكو مستعدة للحوار."
    a = analyze(text)
    assert not a.warnings
    assert [m.text for e in a.entities if e.type == "PERSON" for m in e.mentions] == ["بوغدانوف"]


def test_a_backend_that_cannot_load_is_reported(monkeypatch, tmp_path):
    from core import analyze

    monkeypatch.setenv(ner_crf.MODEL_ENV, str(tmp_path / "missing.crfsuite"))
    a = analyze("اتفق المغرب وإسرائيل على التعاون")
    assert any("tagger is off" in w and "missing.crfsuite" in w for w in a.warnings)
    assert {e.id for e in a.entities} >= {"MAR", "ISR"}  # the rules still run
    assert not analyze("اتفق المغرب وإسرائيل", ner="rules").warnings  # asked for nothing, told nothing


def test_missing_package_is_named(monkeypatch):
    import builtins

    real = builtins.__import__

    def no_crfsuite(name, *a, **k):
        if name == "pycrfsuite":
            raise ImportError(name)
        return real(name, *a, **k)

    ner_crf._missing.cache_clear()
    monkeypatch.setattr(builtins, "__import__", no_crfsuite)
    try:
        assert ner_crf.unavailable_reason() == "python-crfsuite is not installed"
    finally:
        monkeypatch.undo()
        ner_crf._missing.cache_clear()


@pytest.mark.skipif(not ner_crf.available(), reason="no shipped CRF model")
def test_shipped_model_tags_a_person():
    text = "قال الرئيس الفرنسي إيمانويل ماكرون"
    toks = tokenize(normalize_with_offsets(text))
    spans = ner_crf.tag_tokens(toks)
    assert any(typ == "PER" and toks[i].start <= text.index("ماكرون") < toks[j - 1].end for i, j, typ in spans), spans


@pytest.mark.skipif(not ner_crf.available(), reason="no shipped CRF model")
def test_model_file_is_read_as_crfsuite_reads_it():
    pycrfsuite = pytest.importorskip("pycrfsuite")
    labels, attrs, (src, dst, w), trans = ner_crf.read_model(str(ner_crf.MODEL_PATH))
    t = pycrfsuite.Tagger()
    t.open(str(ner_crf.MODEL_PATH))
    info = t.info()
    assert labels == list(t.labels())
    mine = {(attrs[a], labels[y]): v for a, y, v in zip(src.tolist(), dst.tolist(), w.tolist())}
    assert mine.keys() == info.state_features.keys()
    assert all(abs(mine[k] - v) < 1e-5 for k, v in info.state_features.items())  # info() rounds
    assert all(abs(trans[labels.index(a)][labels.index(b)] - v) < 1e-5 for (a, b), v in info.transitions.items())


def test_a_file_that_is_no_model_is_named(tmp_path):
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"not a model at all, just some bytes")
    with pytest.raises(ner_crf.ModelFileError, match="bad.crfsuite"):
        ner_crf.read_model(str(bad))
    assert "bad.crfsuite" in ner_crf._missing(str(bad))


# --- camel-tools ---------------------------------------------------------------------
CAMEL_WORDS = ["قال", "الرئيس", "الفرنسي", "ماكرون", "في", "باريس", "إن", "الأمم", "المتحدة", "##ة"]


def _tiny_camel_model(folder: Path) -> None:
    transformers = pytest.importorskip("transformers")
    pytest.importorskip("torch")
    from core.ner_camel import CAMEL_LABELS

    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + CAMEL_WORDS
    (folder / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    config = transformers.BertConfig(
        vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
        intermediate_size=64, max_position_embeddings=300,
        id2label=dict(enumerate(CAMEL_LABELS)), label2id={lab: i for i, lab in enumerate(CAMEL_LABELS)},
    )
    model = transformers.BertForTokenClassification(config)
    model.save_pretrained(str(folder))
    tok = transformers.BertTokenizer(str(folder / "vocab.txt"), do_lower_case=False)
    tok.save_pretrained(str(folder))


def test_camel_loader_runs_a_tiny_model(tmp_path):
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    pytest.importorskip("camel_tools")
    from core.ner_camel import CAMEL_LABELS, load_recognizer, tag_with_camel

    _tiny_camel_model(tmp_path)
    rec = load_recognizer(str(tmp_path))
    assert sorted(rec.labels_map.values()) == sorted(CAMEL_LABELS)
    text = "قال الرئيس الفرنسي ماكرون في باريس إن الأمم المتحدة، وكلمة مجهولة. جملة ثانية هنا"
    spans = tag_with_camel(text, rec)
    assert isinstance(spans, list)
    for start, end, typ in spans:
        assert 0 <= start < end <= len(text)
        assert typ in ("PER", "ORG", "LOC", "MISC")
        assert text[start:end].strip() == text[start:end] and text[start:end]
    # every word is labelled: force all-entity output by checking the raw predictions
    words = [["قال", "الرئيس"], ["باريس"]]
    preds = rec.predict(words)
    assert [len(p) for p in preds] == [2, 1] and all(lab in CAMEL_LABELS for p in preds for lab in p)
    assert tag_with_camel("", rec) == [] and tag_with_camel("...", rec) == []


def test_camel_loader_rejects_a_missing_folder(tmp_path):
    from core.ner_camel import load_recognizer

    with pytest.raises(FileNotFoundError):
        load_recognizer(str(tmp_path / "nope"))


def test_train_script_weighs_the_annotated_articles_by_gold_repeat(tmp_path, monkeypatch):
    tc = _train_module()
    (tmp_path / "anercorp").mkdir()
    (tmp_path / "anercorp" / "ANERCorp.txt").write_text("", encoding="utf-8")
    (tmp_path / "gold").mkdir()
    corpus, article = (["سمير", "خليل"], ["B-PER", "I-PER"]), (["كريم", "ناصر"], ["B-PER", "I-PER"])
    monkeypatch.setattr(tc, "load_anercorp", lambda path: ([corpus], []))
    monkeypatch.setattr(tc, "load_aqmar", lambda path: [])
    monkeypatch.setattr(tc, "load_wojood", lambda path: [])
    monkeypatch.setattr(tc, "gold_sentences", lambda paths: [article])
    monkeypatch.setattr(tc, "evaluate", lambda model, sentences: {})
    trained = []

    def fake_train(sentences, out, c1, c2, max_iter):
        trained.append(list(sentences))
        out.write_bytes(b"model")

    monkeypatch.setattr(tc, "train", fake_train)
    args = ["--data", str(tmp_path), "--gold-train", str(tmp_path / "gold"), "--out", str(tmp_path / "m.crfsuite")]
    assert tc.main(args + ["--gold-repeat", "3"]) == 0
    assert trained[-1].count(article) == 3 and trained[-1].count(corpus) == 1
    assert tc.main(args + ["--gold-repeat", "0"]) == 0
    assert article not in trained[-1]
    assert tc.main(args) == 0
    assert trained[-1].count(article) == 1  # once by default, as the shipped model

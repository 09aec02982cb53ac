"""News sentences labelled by the default path, as extra training data for the tagger."""
from __future__ import annotations

import pytest

from script_modules import load

pytest.importorskip("pycrfsuite")


def test_a_titled_person_in_news_becomes_a_labelled_training_sentence(tmp_path):
    pl = load("scripts/news_pseudo_labels.py")
    kept = pl.article_sentences("وقال الرئيس الأمريكي دونالد ترامب إن بلاده لن تتراجع عن قرارها.")
    assert kept and ["B-PER", "I-PER"] == [lab for lab in kept[0][1] if lab != "O"]
    f = tmp_path / "news.tsv"
    f.write_text("".join(f"{w}\t{lab}\n" for w, lab in zip(*kept[0])) + "\n", encoding="utf-8")
    assert load("scripts/train_crf.py").load_labelled(f) == [kept[0]]


def test_a_sentence_without_a_person_is_not_kept():
    pl = load("scripts/news_pseudo_labels.py")
    assert pl.article_sentences("ارتفعت أسعار النفط في الأسواق العالمية صباح اليوم بنسبة كبيرة.") == []

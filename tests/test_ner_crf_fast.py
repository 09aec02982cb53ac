"""The fast paths of the CRF tagger (core/crf_scorer.py, core/crf_viterbi.py) against
plain references written from their definitions: a word's model rows against its
feature strings, emission scores against a sum in plain Python, the Viterbi search
against the straightforward search with back-pointers (ties included), and the
windowed decoder against the same pruning written position by position."""
from __future__ import annotations

import random

import pytest

from core import crf_scorer, ner_crf
from core.crf_features import _word_features, gazetteer, sequence_features, word_clusters
from core.crf_viterbi import MAX_LISTED_LABELS, Transitions, viterbi
from core.text import normalize_with_offsets, tokenize

SHIPPED = pytest.mark.skipif(not ner_crf.available(), reason="no shipped CRF model")

# Made-up news sentences (names, places, proclitics, digits, Latin letters, short words).
SENTENCES = [
    "قال الرئيس الفرنسي إيمانويل ماكرون في باريس إن الاتحاد الأوروبي سيدعم الخطة",
    "وأعلنت وزارة الخارجية المصرية أمس أن الوزير سامح شكري سيزور بالرياض وللقاهرة",
    "التقى الأمين العام للأمم المتحدة بوفد من شركة Apple في 12 مايو 2021",
    "وبالعراق والكويت وفلسطين ولبنان قالت مصادر إن و ب ك ل لا",
    "اجتمع مجلس الأمن الدولي لبحث الأزمة بين روسيا وأوكرانيا وكازاخستان",
]


@pytest.fixture(scope="module")
def scorer():
    return ner_crf.Scorer(str(ner_crf.MODEL_PATH))


def _words(text: str) -> list[str]:
    return [t.norm for t in tokenize(normalize_with_offsets(text))]


def _vocabulary(sc, k: int = 400) -> list[str]:
    """Words of the sentences, gazetteer words with and without proclitics, words of the
    model's own vocabulary and of its bigrams, and some words it never saw."""
    rng = random.Random(7)
    words = [w for s in SENTENCES for w in _words(s)]
    gz = sorted(gazetteer())
    words += rng.sample(gz, min(k, len(gz)))
    words += [p + w for w in rng.sample(gz, min(k // 4, len(gz))) for p in ("و", "بال", "لل", "ف")]
    clustered = sorted(word_clusters())  # words with cluster features, bare and with proclitics
    words += rng.sample(clustered, min(k, len(clustered)))
    words += [p + w for w in rng.sample(clustered, min(k // 4, len(clustered))) for p in ("و", "بال", "ل")]
    model_words = sorted(a[2:] for a in sc.attr_ids if a.startswith("w="))
    words += rng.sample(model_words, min(k, len(model_words)))
    words += sorted(sc.pairs_prev)[:50] + sorted(sc.pairs_next)[:50]
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةى"
    words += ["".join(rng.choice(letters) for _ in range(rng.randint(1, 9))) for _ in range(k)]
    words += ["12", "2021", "apple", "x1", "ال", "الا", "ي"]
    return list(dict.fromkeys(words))


def _reference_rows(sc, w: str) -> list[list[int]]:
    """A word's five segments of model rows from its feature strings (own; lent as -1,
    -2, +1, +2; far neighbours lend no stem and no cluster), in the order the strings come."""
    own, lend = _word_features(w)
    ids = sc.attr_ids
    segs = [[ids[f] for f in own if f in ids]]
    for tag in ("-1:", "-2:", "+1:", "+2:"):
        segs.append([ids[tag + f] for f in lend
                     if tag + f in ids and not (tag[1] == "2" and f.startswith(("bare=", "k3=")))])
    return segs


@SHIPPED
def test_word_rows_are_the_rows_of_the_feature_strings(scorer):
    vocab = _vocabulary(scorer)
    assert len(vocab) > 1000
    for w in vocab:
        assert scorer.word_rows(w) == _reference_rows(scorer, w), w


@SHIPPED
def test_the_shipped_model_weighs_word_clusters_of_the_word_and_its_neighbours(scorer):
    """The model and the cluster table match: some cluster features of every level carry
    weights, and a clustered word's own row includes its cluster rows."""
    kinds = {a.split("=")[0] for a in scorer.attr_ids if "k" in a.split("=")[0]}
    assert {"k1", "k2", "k3", "-1:k3", "+1:k3"} <= kinds
    assert not any(k.startswith(("-2:", "+2:")) for k in kinds)  # lent to the next words only
    table = word_clusters()
    w = next(w for w in sorted(table) if "k3=" + table[w][2] in scorer.attr_ids and "و" + w not in table)
    assert scorer.attr_ids["k3=" + table[w][2]] in scorer.word_rows(w)[0]
    assert "k3=" + table[w][2] in _word_features("و" + w)[0]  # found again under a proclitic


def _reference_emissions(sc, words: list[str], spans: list[tuple[int, int]]) -> list[list[float]]:
    """Emission scores summed in plain Python in the order the scorer adds them: own +
    lent from -1, -2, +1, +2 (each segment summed by numpy's reduceat, whose order
    within a segment is its own), then EOS, BOS, the bigram with the previous word and
    the one with the next."""
    import numpy as np

    m = sc.matrix.tolist()
    n, labels = len(words), range(sc.n)

    def seg_sum(rows: list[int]) -> list[float]:
        return np.add.reduceat(sc.matrix[[0] + rows], [0], axis=0)[0].tolist()

    def part(i: int, slot: int) -> list[float]:
        return seg_sum(_reference_rows(sc, words[i])[slot]) if 0 <= i < n else [0.0] * sc.n

    out = []
    for a, b in spans:
        for i in range(a, b):
            parts = [part(i, 0), part(i - 1, 1), part(i - 2, 2), part(i + 1, 3), part(i + 2, 4)]
            e = [p0 + p1 + p2 + p3 + p4 for p0, p1, p2, p3, p4 in zip(*parts)]
            extra = []
            if i == n - 1:
                extra.append(m[sc.attr_ids["EOS"]])
            if i == 0:
                extra.append(m[sc.attr_ids["BOS"]])
            if i > 0 and "bg-=" + words[i - 1] + "|" + words[i] in sc.attr_ids:
                extra.append(m[sc.attr_ids["bg-=" + words[i - 1] + "|" + words[i]]])
            if i + 1 < n and "bg+=" + words[i] + "|" + words[i + 1] in sc.attr_ids:
                extra.append(m[sc.attr_ids["bg+=" + words[i] + "|" + words[i + 1]]])
            for x in extra:
                e = [e[y] + x[y] for y in labels]
            out.append(e)
    return out


def _random_text(sc, rng: random.Random, vocab: list[str]) -> list[str]:
    """Words from the vocabulary with some of the model's bigrams placed in them."""
    words = [rng.choice(vocab) for _ in range(rng.randint(1, 60))]
    pairs = [a[4:].split("|", 1) for a in sc.attr_ids if a.startswith(("bg-=", "bg+="))]
    for _ in range(rng.randint(0, 4)):
        k = rng.randrange(len(words))
        words[k:k + 2] = rng.choice(pairs)
    return words


def _random_windows(rng: random.Random, n: int) -> list[tuple[int, int]]:
    out = [(k - rng.randint(0, 3), k + rng.randint(1, 4)) for k in rng.sample(range(n), min(n, rng.randint(1, 8)))]
    if rng.random() < 0.2:
        out.append((0, n))
    return out


@SHIPPED
def test_emissions_equal_a_plain_sum_to_the_last_bit(scorer):
    rng = random.Random(11)
    vocab = _vocabulary(scorer, 100)
    for _ in range(60):
        words = _random_text(scorer, rng, vocab)
        spans = crf_scorer.merged(_random_windows(rng, len(words)), len(words))
        got = scorer.span_emissions(words, spans).tolist()
        assert got == _reference_emissions(scorer, words, spans)


@SHIPPED
def test_emissions_are_the_weights_of_the_feature_strings(scorer):
    """The sum over the strings crfsuite sees (sequence_features), in any order."""
    m = scorer.matrix
    words = _words(SENTENCES[1]) + _words(SENTENCES[2])
    feats = sequence_features(words)
    e = scorer.span_emissions(words, [(0, len(words))])
    for i, fs in enumerate(feats):
        want = sum((m[scorer.attr_ids[f]] for f in fs if f in scorer.attr_ids), start=0 * m[0])
        assert e[i] == pytest.approx(want, abs=1e-9)


def _reference_viterbi(emissions, trans, o: int, beam: float, after_o: bool, before_o: bool) -> list[int]:
    """Viterbi with back-pointers: candidates within ``beam`` of a word's best label, in
    label order, O appended when left out; the first of equal scores wins."""
    cands = []
    for ei in emissions:
        c = [y for y, v in enumerate(ei) if v >= max(ei) - beam]
        cands.append(c if o in c else c + [o])
    prev = cands[0]
    score = [emissions[0][y] + trans[o][y] for y in prev] if after_o else [emissions[0][y] for y in prev]
    backs = []
    for ei, cur in zip(emissions[1:], cands[1:]):
        new, back = [], []
        for y in cur:
            vals = [s + trans[a][y] for s, a in zip(score, prev)]
            new.append(max(vals) + ei[y])
            back.append(prev[vals.index(max(vals))])
        score, prev = new, cur
        backs.append((cur, back))
    if before_o:
        score = [v + trans[y][o] for v, y in zip(score, prev)]
    k = prev[score.index(max(score))]
    path = [k]
    for cur, back in reversed(backs):
        k = back[cur.index(k)]
        path.append(k)
    return path[::-1]


def _masks(emissions, beam: float) -> list[int]:
    return [sum(1 << y for y, v in enumerate(ei) if v >= max(ei) - beam) for ei in emissions]


@pytest.mark.parametrize("whole", [False, True])
def test_viterbi_equals_the_reference_search_with_ties(whole):
    """Small whole numbers make equal scores common: ties must go the same way."""
    rng = random.Random(3 + whole)
    for _ in range(1500):
        n = rng.randint(2, 7)
        o = rng.randrange(n)
        pick = (lambda: float(rng.randint(-3, 3))) if whole else (lambda: rng.uniform(-4, 4))
        trans = [[pick() for _ in range(n)] for _ in range(n)]
        emissions = [[pick() for _ in range(n)] for _ in range(rng.randint(1, 9))]
        beam = rng.choice([0.0, 1.0, 2.5, 5.0, float("inf")])
        after_o, before_o = rng.random() < 0.7, rng.random() < 0.7
        got = viterbi(emissions, _masks(emissions, beam), Transitions(trans, o), after_o, before_o)
        assert got == _reference_viterbi(emissions, trans, o, beam, after_o, before_o)


def test_viterbi_of_a_model_of_many_labels_equals_the_reference_search():
    """Past MAX_LISTED_LABELS the tables are made per mask when first asked for."""
    rng = random.Random(11)
    for _ in range(200):
        n = rng.randint(MAX_LISTED_LABELS + 1, MAX_LISTED_LABELS + 2)
        o = rng.randrange(n)
        trans = [[float(rng.randint(-3, 3)) for _ in range(n)] for _ in range(n)]
        emissions = [[float(rng.randint(-3, 3)) for _ in range(n)] for _ in range(rng.randint(1, 6))]
        beam = rng.choice([0.0, 2.5, float("inf")])
        got = viterbi(emissions, _masks(emissions, beam), Transitions(trans, o), True, True)
        assert got == _reference_viterbi(emissions, trans, o, beam, True, True)


def test_candidates_keep_label_order_and_put_o_last_when_left_out():
    tr = Transitions([[0.0] * 4 for _ in range(4)], 1)
    assert tr.candidates[0b1101] == (0, 2, 3, 1)
    assert tr.candidates[0b0011] == (0, 1)
    assert tr.into[0b0101][3] == (0.0, 0.0, 0.0)


def _reference_decode(sc, words: list[str], windows: list[tuple[int, int]]) -> list[str]:
    """decode_windows written position by position: a word is surely O when O beats
    every other label by o_margin and neither neighbour in the list of searched
    positions has a margin of at most half that; the runs in between are searched."""
    n = len(words)
    labels = ["O"] * n
    spans = crf_scorer.merged(windows, n)
    if not spans:
        return labels
    e = _reference_emissions(sc, words, spans)
    o, om = sc.o_index, sc.o_margin
    margin = [r[o] - max(v for y, v in enumerate(r) if y != o) for r in e]
    sure = [m > om for m in margin]
    for k in range(len(e)):
        if (k > 0 and margin[k - 1] <= om / 2) or (k + 1 < len(e) and margin[k + 1] <= om / 2):
            sure[k] = False
    k = 0
    for a, b in spans:
        i = a
        while i < b:
            if sure[k + i - a]:
                i += 1
                continue
            j = i
            while j < b and not sure[k + j - a]:
                j += 1
            path = _reference_viterbi(e[k + i - a:k + j - a], sc.trans, o, sc.beam, i > 0, j < n)
            labels[i:j] = [sc.labels[y] for y in path]
            i = j
        k += b - a
    return labels


@SHIPPED
def test_windowed_decoder_equals_the_reference(scorer):
    rng = random.Random(5)
    vocab = _vocabulary(scorer, 100)
    texts = [_words(s) for s in SENTENCES] + [_random_text(scorer, rng, vocab) for _ in range(40)]
    for words in texts:
        windows = _random_windows(rng, len(words))
        assert scorer.decode_windows(words, windows) == _reference_decode(scorer, words, windows)
    assert scorer.decode_windows([], []) == []
    assert scorer.decode_windows(["قال"], [(5, 9)]) == ["O"]


@SHIPPED
def test_a_full_table_starts_again_and_tags_the_same(monkeypatch):
    """The word table is bounded: when it fills it is emptied, and an article whose
    words were in it before is scored from scratch with the same labels; it also
    grows past its first size."""
    rng = random.Random(9)
    words = [w for s in SENTENCES for w in _words(s)]
    fresh = ner_crf.Scorer(str(ner_crf.MODEL_PATH))
    want = fresh.decode(words)
    small = ner_crf.Scorer(str(ner_crf.MODEL_PATH))
    monkeypatch.setattr(crf_scorer, "MAX_ROWS", 60)
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
    for _ in range(5):
        assert small.decode(words) == want
        small.decode(["".join(rng.choice(letters) for _ in range(6)) for _ in range(40)])
    assert small._rows <= 60
    monkeypatch.setattr(crf_scorer, "MAX_ROWS", 200_000)
    many = ["".join(rng.choice(letters) for _ in range(7)) for _ in range(1500)]
    small.decode(many)
    assert small.decode(words) == want and small._rows > 1024



@SHIPPED
def test_preloaded_rows_survive_a_full_table_and_the_prepared_image(monkeypatch):
    """Rows scored at load time (the news vocabulary) are the rows the words get when
    first met; they stay when the table starts again, go for good when no room is left
    beside them, and come back from a pickle (the prepared image) unchanged."""
    import pickle

    from core import prepared

    rng = random.Random(11)
    words = [w for s in SENTENCES for w in _words(s)]
    want = ner_crf.Scorer(str(ner_crf.MODEL_PATH)).decode(words)
    sc = ner_crf.Scorer(str(ner_crf.MODEL_PATH))
    sc.preload(words[:20])
    kept = dict(sc._ids)
    assert sc._kept == sc._rows > 1 and sc.decode(words) == want
    monkeypatch.setattr(crf_scorer, "MAX_ROWS", sc._kept + 60)
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
    for _ in range(4):
        sc.decode(["".join(rng.choice(letters) for _ in range(6)) for _ in range(25)])
        assert all(sc._ids.get(w) == k for w, k in kept.items()) and sc.decode(words) == want
    image = pickle.loads(prepared._dumps(sc))
    assert image.decode(words) == want and image._kept == sc._kept
    monkeypatch.setattr(crf_scorer, "MAX_ROWS", 20)  # no room beside the preloaded rows
    sc.decode(["".join(rng.choice(letters) for _ in range(6)) for _ in range(25)])
    assert sc._kept == 1 and sc.decode(words) == want

def _reference_bio_spans(labels: list[str]) -> list[tuple[int, int, str]]:
    """conlleval's reading, label by label: an I- that continues nothing opens a span."""
    spans, start, typ = [], -1, None
    for i, lab in enumerate(labels + ["O"]):
        prefix, _, t = lab.partition("-")
        if typ is not None and (prefix != "I" or t != typ):
            spans.append((start, i, typ))
            typ = None
        if prefix == "B" or (prefix == "I" and typ is None):
            start, typ = i, t
    return spans


def test_bio_spans_equal_the_label_by_label_reading():
    rng = random.Random(2)
    tags = ["O"] * 6 + ["B-PER", "I-PER", "B-LOC", "I-LOC", "I-ORG", "B-ORG", "MISC"]
    for _ in range(3000):
        labels = [rng.choice(tags) for _ in range(rng.randint(0, 14))]
        assert ner_crf.bio_spans(labels) == _reference_bio_spans(labels), labels
    assert ner_crf.bio_spans(iter(["B-PER", "I-PER"])) == [(0, 2, "PER")]

"""Words the lexicon of places read wrongly (a nationality adjective, a common word), a
tagged place that ran over a participle, and how the ANERcorp bench scores a place."""

from core.entities import find_entities
from core.text import normalize_with_offsets, tokenize
from script_modules import load


def places(text, tagged=None):
    nt = normalize_with_offsets(text)
    toks = tokenize(nt)
    spans = tagged(toks) if tagged else []
    return [(m.text, e.type) for e in find_entities(nt, toks, tagged=spans)
            if e.type in ("PLACE", "COUNTRY") for m in e.mentions]


def test_the_chilean_adjective_is_no_mention_of_chile():
    assert places("وسجل المهاجم التشيلي هدف الفوز في الدقيقة الأخيرة.") == []
    assert places("وفازت تشيلي على البيرو بهدفين.") == [("تشيلي", "COUNTRY"), ("البيرو", "COUNTRY")]


def test_a_proposal_not_on_the_table_is_no_town():
    assert places("وقال الوزير إن تعديل الدستور غير مطروح حاليا.") == []
    assert places("ووصل الوفد إلى مرسى مطروح صباح الأحد.") == [("مرسى مطروح", "PLACE")]


def test_a_place_ends_before_the_participle_after_it():
    """The name after a place head, or the tagger's, ran over "مقتولا" (how he died
    there), as a person's ran over "مبتسما"."""
    def tagger(toks):
        k = next(n for n, t in enumerate(toks) if t.norm == "زرنوق")
        return [(k, k + 2, "LOC")]
    assert places("وعثر عليه في قرية زرنوق مقتولا قبل يومين.") == [("زرنوق", "PLACE")]
    assert places("وعثر عليه في زرنوق مقتولا قبل يومين.", tagger) == [("زرنوق", "PLACE")]
    assert places("وعثر عليه في قرية زرنوق المنكوبة قبل يومين.") == [("زرنوق", "PLACE")]


def _bench():
    return load("bench/bench_ner_anercorp.py")


def test_the_anercorp_bench_scores_a_place_on_anercorps_span():
    span = _bench().aner_loc_span
    toks = "قصفت الطائرات جنوب لبنان أمس".split()
    assert span(toks, 2, 4) == (3, 4)  # a direction before a country
    toks = "وصل الوفد إلى بمدينة غزة أمس".split()
    assert span(toks, 3, 5) == (4, 5)  # a head under its proclitic
    toks = "ودول جنوب شرق آسيا".split()
    assert span(toks, 1, 4) == (3, 4)  # two heads
    toks = "زار الرئيس جنوب أفريقيا أمس".split()
    assert span(toks, 2, 4) == (2, 4)  # a country of its own
    toks = "وصل الحجاج إلى مكة المكرمة".split()
    assert span(toks, 3, 5) == (3, 4)  # an epithet ANERcorp leaves out
    toks = "زار الولايات المتحدة الأمريكية".split()
    assert span(toks, 1, 4) == (1, 4)  # an adjective it keeps


def test_a_place_named_like_a_common_word_after_its_kind_is_the_place():
    """"صور" (pictures), "مأرب" (purposes) and "الزاوية" (the corner) are left to the
    context; "مدينة" or "محافظة" before them settles it."""
    assert places("وقصفت الطائرات مدينة صور فجر اليوم.") == [("صور", "PLACE")]
    assert places("ووصلت التعزيزات إلى محافظة مأرب أمس.") == [("مأرب", "PLACE")]
    assert places("وعرضت القناة صور الدمار في الحي.") == []
    assert places("وهبطت الطائرة في مطار صور أمس.") != [("صور", "PLACE")]  # the airport's name
    assert places("وتهب الرياح من ناحية الغرب عادة.") == []  # "ناحية": a side, no district
    assert ("طرابلس", "PLACE") not in places("واعتقل الرجل في مدينة طرابلس بشمال لبنان.")  # a namesake

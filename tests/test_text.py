"""Text layer: matching forms, offsets back into the original, proclitics, sentences."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.text import (SINGULAR_OBJECT_SUFFIXES, clitic_variants, future_imperfect, normalize_for_match, normalize_with_offsets,
                       split_clauses, split_sentences, tokenize, with_pronouns, without_lam)


@pytest.mark.parametrize("raw, norm", [
    ("أمريكا", "امريكا"),
    ("إسرائيل", "اسرائيل"),
    ("آذار", "اذار"),
    ("ٱلقدس", "القدس"),
    ("المدرسة", "المدرسه"),
    ("مصطفى", "مصطفي"),
    ("مُحَمَّد", "محمد"),
    ("الـــمغرب", "المغرب"),
    ("٢٠٢٣", "2023"),
    ("۲۰۲۱", "2021"),
    ("ﻻ", "لا"),
    ("Royal ARMED", "royal armed"),
    ("\u200fالرباط\u200e", "الرباط"),
])
def test_normalize_for_match(raw, norm):
    assert normalize_for_match(raw) == norm


@pytest.mark.parametrize("text", [
    "وقال البيانُ: للأمم المتحدة، بالرباط.",
    "الـــمغرب و\u200fإسرائيل 🇲🇦🇮🇱 #سيرغي_سكريبال",
    "ﻻ تنازل\n\nعن ٢٠٢٣",
])
def test_token_offsets_point_into_original(text):
    nt = normalize_with_offsets(text)
    for tok in tokenize(nt):
        assert normalize_for_match(text[tok.start:tok.end]) == tok.norm


def test_hashtag_underscore_splits_words():
    nt = normalize_with_offsets("#سيرغي_سكريبال")
    assert [t.norm for t in tokenize(nt)] == ["سيرغي", "سكريبال"]


@pytest.mark.parametrize("word, stem, dropped", [
    ("وإسرائيل", "اسرائيل", 1),
    ("بالرباط", "الرباط", 1),
    ("للقوات", "القوات", 1),
    ("وللقوات", "القوات", 2),
    ("وبالرباط", "الرباط", 2),
    ("فالجزائر", "الجزائر", 1),
    ("كالمغرب", "المغرب", 1),
])
def test_clitic_variants(word, stem, dropped):
    assert (stem, dropped) in clitic_variants(normalize_for_match(word))


def test_clitic_variants_keep_short_words():
    assert clitic_variants("وف") == (("وف", 0),)


def test_sentences_and_clauses():
    text = "اتفق البلدان. وقال الوزير: نعم، ولا!\nسطر أخير"
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["اتفق البلدان.", "وقال الوزير: نعم، ولا!", "سطر أخير"]
    a, b = spans[1]
    assert [text[x:y].strip() for x, y in split_clauses(text, a, b)] == ["وقال الوزير", "نعم", "ولا!"]


def test_decimal_point_does_not_split():
    assert len(split_sentences("بلغ النمو 2.5 في المئة هذا العام")) == 1


def _reference_offsets(text: str) -> tuple[str, list[int]]:
    """Normalisation one character at a time: what the fast path must reproduce."""
    from core.text import normalize_char

    chars, offsets = [], []
    for i, c in enumerate(text):
        for ch in normalize_char(c):
            chars.append(ch)
            offsets.append(i)
    offsets.append(len(text))
    return "".join(chars), offsets


@pytest.mark.parametrize("text", [
    "plain ascii only",
    "مُحَمَّدٌ قالَ",  # diacritics dropped
    "الـــمغرب",  # tatweel dropped
    "ﻻ بد ﻷن",  # ligatures expand to two letters
    "ﻻ مُحَمَّد\u200fالـرباط\u200e",  # both at once
    "\u0670\u06e1نادر",  # rarer marks met for the first time
    "",
])
def test_fast_offsets_equal_reference(text):
    nt = normalize_with_offsets(text)
    norm, offsets = _reference_offsets(text)
    assert nt.norm == norm
    assert list(nt.offsets) == offsets


_MIXED = list("أإآٱاةهىيؤئءـًٌٍَُِّْٰ٠١٢٣۴۵ﻻﻷ\u200f\u200e\ufeffabcABCİ \n\t\r\x00.,،؛؟«»…–’"
                "مغربﷲ²ﾀ🇲🇦")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.one_of(st.sampled_from(_MIXED), st.characters()), max_size=60))
def test_replacing_the_changing_characters_equals_translating(text):
    """The fast normalisation (replace only the characters that change) is the table's
    translation, or declines; either way the offsets are the reference ones."""
    from core.text import _TABLE, _replace_changing

    norm = _replace_changing(text)
    assert norm is None or norm == text.translate(_TABLE)
    nt = normalize_with_offsets(text)
    assert (nt.norm, list(nt.offsets)) == _reference_offsets(text)


def test_token_span_swallows_trailing_diacritics():
    text = "قالَ البيانُ، ثم"
    spans = [text[t.start:t.end] for t in tokenize(normalize_with_offsets(text))]
    assert spans == ["قالَ", "البيانُ", "ثم"]


def test_proclitic_forms_invert_clitic_variants():
    """Every word that reads as a stem is among the stem's proclitic forms."""
    from pathlib import Path

    from core.text import proclitic_forms

    words = set()
    for path in sorted(Path("data/gold").glob("*.txt")):
        words.update(t.norm for t in tokenize(normalize_with_offsets(path.read_text(encoding="utf-8"))))
    words.update(["للامم", "وبالرباط", "فللمغرب", "لل", "وال"])
    assert len(words) > 500
    for w in words:
        for stem, _ in clitic_variants(w):
            assert w in proclitic_forms(stem), (w, stem)


def test_proclitic_forms_follow_the_proclitics_order():
    """The forms come one per proclitic, in the table's order (the rules rely on no order,
    but the forms are tested together by the part each proclitic restores)."""
    from core.text import _NOUN_PROCLITICS, MIN_STEM, proclitic_forms

    for stem in ("الوزير", "وفد", "الم", "ال", "سفير", "ا", "البرلمان الاوروبي"):
        expected = [] if " " in stem else [stem] + [pre + stem[len(restore):] for pre, restore in _NOUN_PROCLITICS
                                                     if stem.startswith(restore) and len(stem) - len(restore) >= MIN_STEM]
        assert proclitic_forms(stem) == expected, stem


@pytest.mark.parametrize("raw", ["وزارة\tالخارجية", " وزارة\u00a0\u00a0الخارجية\n", "وزارة\u2003 الخارجية  "])
def test_normalize_for_match_makes_any_run_of_spaces_one(raw):
    assert normalize_for_match(raw) == "وزاره الخارجيه"


def test_word_cache_stays_bounded():
    from core.text import WordCache

    cache = WordCache(limit=50)
    for n in range(200):
        assert cache.put(f"w{n}", n) == n
        assert len(cache) <= 50
    assert cache.get("w199") == 199


@pytest.mark.parametrize("word, imperfect", [
    ("سيزور", "يزور"),
    ("ستعقد", "تعقد"),
    ("وسنبحث", "نبحث"),
    ("فسيلتقيان", "يلتقيان"),
    ("سيم", None),  # too short to be a verb under the prefix
    ("سفير", None),  # س then no person prefix
    ("وزير", None),
    ("يزور", None),
    ("", None),
])
def test_future_imperfect(word, imperfect):
    assert future_imperfect(word) == imperfect


def test_future_imperfect_min_len_reads_short_verbs_too():
    assert future_imperfect("سيم", min_len=2) == "يم"
    assert future_imperfect("س", min_len=1) is None


def test_future_imperfect_of_a_stem_whose_proclitics_are_cut():
    assert future_imperfect("وسيتفق", min_len=5, after_conjunction=False) is None
    assert future_imperfect("سيتفق", min_len=5, after_conjunction=False) == "يتفق"
    assert future_imperfect("سيتف", min_len=5, after_conjunction=False) is None


def test_diacritics_are_camel_tools_own():
    """core.text writes camel-tools' diacritic set out (importing it costs start-up time);
    the two must not drift apart, and dediac must do what dediac_ar does."""
    from camel_tools.utils.charsets import AR_DIAC_CHARSET
    from camel_tools.utils.dediac import dediac_ar

    from core.text import AR_DIACRITICS, dediac

    assert AR_DIACRITICS == AR_DIAC_CHARSET
    for s in ("مُحَمَّدٌ", "الْقُدْسِ", "هٰذا", "بلا تشكيل", "ــتطويل", "abc ١٢٣", ""):
        assert dediac(s) == dediac_ar(s)


def test_start_up_does_not_scan_unicode():
    """Importing the pipeline must not import camel-tools' charsets module (a scan of all
    of Unicode at import); checked in a fresh interpreter."""
    import subprocess
    import sys

    code = ("import sys, core.pipeline; core.pipeline.prepare(); "
            "print('camel_tools.utils.charsets' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=str(__import__('pathlib').Path(__file__).resolve().parents[1]))
    assert out.stdout.strip() == "False"


# the sentence and clause ends as first written (core.text rearranges them for speed)
_PLAIN_SENT_END = r"(?:[.!?؟…]+(?=\s|$|[\"”»)’])[\"”»)’]*|\n+)"
_PLAIN_CLAUSE_END = r"[،;؛:]|\s-\s|\s–\s"


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=".!?؟…\n \t\"”»)’،;؛:-–ab٣", max_size=30), st.data())
def test_the_fast_sentence_and_clause_ends_match_their_plain_forms(text, data):
    import re

    from core.text import _CLAUSE_END, _SENT_END

    spans = [m.span() for m in _SENT_END.finditer(text)]
    assert spans == [m.span() for m in re.finditer(_PLAIN_SENT_END, text)]
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    spans = [m.span() for m in _CLAUSE_END.finditer(text, start, end)]
    assert spans == [m.span() for m in re.compile(_PLAIN_CLAUSE_END).finditer(text, start, end)]


def test_token_norms_are_each_callers_own_and_follow_the_token_list():
    from core.text import token_norms

    a = tokenize(normalize_with_offsets("قال الوزير أمس"))
    b = tokenize(normalize_with_offsets("زار الرئيس مصر"))
    first = token_norms(a)
    first.append("x")  # a caller's change stays its own
    assert token_norms(a) == ["قال", "الوزير", "امس"]
    assert token_norms(b) == ["زار", "الرئيس", "مصر"]  # same length, another article
    assert token_norms(list(a)) == token_norms(a)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_MIXED), max_size=30), st.data())
def test_original_spans_swallow_what_normalised_to_nothing(text, data):
    from core.text import normalize_char

    nt = normalize_with_offsets(text)
    a = data.draw(st.integers(0, len(nt.norm)))
    b = data.draw(st.integers(0, len(nt.norm)))
    start = nt.offsets[a]
    end = nt.offsets[b - 1] + 1 if b > a else start
    while b > a and end < len(text) and not normalize_char(text[end]) and not text[end].isspace():
        end += 1
    assert nt.orig_span(a, b) == (start, end)


def test_a_one_letter_abbreviation_does_not_end_a_sentence():
    from core.text import split_sentences
    t = "ويتهم د. أيمن السحباني الحكومة. وقال خالد إن الوضع صعب."
    assert [t[a:b] for a, b in split_sentences(t)] == ["ويتهم د. أيمن السحباني الحكومة.", "وقال خالد إن الوضع صعب."]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_MIXED), max_size=40))
def test_tokens_of_each_kind_of_offsets_equal_the_general_reading(text):
    """tokenize reads the offsets in C when nothing expanded (a range, or offsets that
    rise at every character): the same tokens as the general reading, which lets a word
    whose last character expanded end one past its offset."""
    from core.text import _WORD

    nt = normalize_with_offsets(text)
    off = nt.offsets
    expected = [(m.group(), m.start(), m.end(), off[m.start()],
                 off[m.end()] if off[m.end()] > off[m.end() - 1] else off[m.end()] + 1, i)
                for i, m in enumerate(_WORD.finditer(nt.norm))]
    assert [tuple(t) for t in tokenize(nt)] == expected


def test_a_conjunction_is_cut_from_a_word_long_enough_to_stand_without_it():
    from core.text import without_conjunction
    assert without_conjunction("وبرصاص") == "برصاص"
    assert without_conjunction("فالحكومه") == "الحكومه"
    assert without_conjunction("وفد") == "وفد"  # the letter is the word's own
    assert without_conjunction("وعن", 2) == "عن" and without_conjunction("وعن") == "وعن"
    assert without_conjunction("بعد") == "بعد"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("بيت'’_ 1a.،\n")), max_size=30))
def test_the_word_split_chosen_for_a_text_finds_the_words_of_the_word_pattern(text):
    """tokenize splits a text with no underscore or no apostrophe by a cheaper pattern:
    the same words at the same offsets as the word pattern itself ("أو'براين" one word)."""
    from core.text import _WORD

    nt = normalize_with_offsets(text)
    assert [(t.norm, t.nstart, t.nend) for t in tokenize(nt)] == [(m.group(), m.start(), m.end())
                                                                 for m in _WORD.finditer(nt.norm)]


def test_without_lam_reads_the_lam_on_an_article_as_the_article():
    assert without_lam("للناشط") == "الناشط" and without_lam("للمجلس", 4) == "المجلس"
    assert without_lam("لله", 4) == "لله" and without_lam("لمجلس") == "لمجلس" and without_lam("الناشط") == "الناشط"


def _regex_sentences(text):
    """split_sentences as first written: every match of _SENT_END, trimmed (by the
    module's own trimming: what is compared is where the breaks are found)."""
    from core.sentences import _add_trimmed
    from core.text import _SENT_END, _abbreviation_dot

    out, pos = [], 0
    for m in _SENT_END.finditer(text):
        if not _abbreviation_dot(text, m.start()):
            _add_trimmed(out, text, pos, m.end())
            pos = m.end()
    _add_trimmed(out, text, pos, len(text))
    return out


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=".!?؟…\n \t\u00a0\"”»)’،;؛:-–ab٣د", max_size=40), st.data())
def test_sentences_and_clauses_found_by_their_characters_are_the_regex_ones(text, data):
    """split_sentences and split_clauses look for their break characters with str.find and
    try the pattern there: the spans a regex scan of every character gives."""
    import re

    assert split_sentences(text) == _regex_sentences(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    out, pos = [], start
    for m in re.compile(_PLAIN_CLAUSE_END).finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if end > pos:
        out.append((pos, end))
    assert split_clauses(text, start, end) == out


def test_a_sentence_ends_after_a_made_up_quote_and_not_after_an_initial():
    text = "قال د. سامر نادر: «وصلنا». ثم غادر - كما قيل - مساء أمس"
    assert [text[a:b] for a, b in split_sentences(text)] == ["قال د. سامر نادر: «وصلنا».", "ثم غادر - كما قيل - مساء أمس"]
    s, e = split_sentences(text)[1]
    assert [text[a:b] for a, b in split_clauses(text, s, e)] == ["ثم غادر", "كما قيل", "مساء أمس"]


def test_offsets_of_a_long_text_with_diacritics_are_the_reference_ones():
    """A text longer than the offsets kept ready (core.text._OFFSETS) gets them as a range's."""
    from core.text import _OFFSETS

    text = ("قالَ الوزيرُ " * (len(_OFFSETS) // 12 + 5))
    nt = normalize_with_offsets(text)
    assert (nt.norm, list(nt.offsets)) == _reference_offsets(text)


def test_a_preposition_takes_each_object_pronoun_written_on_it():
    assert with_pronouns(("علي",)) == {"عليه", "عليها", "عليهم", "عليهما"}
    assert with_pronouns(("عن", "ل"), SINGULAR_OBJECT_SUFFIXES) == {"عنه", "عنها", "له", "لها"}
    assert normalize_for_match("عليهم") in with_pronouns((normalize_for_match("على"),))

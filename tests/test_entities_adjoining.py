"""Two person spans side by side are one name (core.entities.adjoining)."""
from core.entities import _finder
from core.entities.adjoining import _adjoining_people
from core.entities.context import _Context
from core.entities.finder import _Span, _span_offsets
from core.lexicon import load_lexicon
from core.text import normalize_with_offsets, tokenize


def _people_after(text: str, pieces: list[tuple[int, int]]) -> list[str]:
    """The person spans left after joining, given the pieces the rules found (token ranges)."""
    nt = normalize_with_offsets(text)
    toks = tokenize(nt)
    ctx = _Context(nt, toks, load_lexicon(), _finder(load_lexicon()))
    for i, j in pieces:
        s, t = _span_offsets(nt, toks, i, j, 0)
        ctx.claim(_Span(i, j, s, t, "person", name_norm=" ".join(tk.norm for tk in toks[i:j])))
    _adjoining_people(ctx)
    return [text[sp.start:sp.end] for sp in ctx.spans() if sp.kind == "person"]


def test_a_foreign_name_found_in_two_pieces_is_one_person():
    """A given name and a surname each found alone as rare words ("تاكيرو" + "ميناموتو")."""
    assert _people_after("وأصيب المدافع تاكيرو ميناموتو في الشوط الأول.", [(2, 3), (3, 4)]) == ["تاكيرو ميناموتو"]
    # a name of four words the title rule and the tagger each read half of
    assert _people_after("وقال الوزير السابق أشرف غاني أحمد زي إن الإصلاح ممكن.", [(3, 5), (5, 7)]) \
        == ["أشرف غاني أحمد زي"]


def test_two_people_in_a_list_stay_two():
    """A conjunction or a comma between them: two people ("محمد خميس وعباس عثمان")."""
    assert _people_after("وشكر المدرب محمد خميس وعباس عثمان على جهودهما.", [(2, 4), (4, 6)]) \
        == ["محمد خميس", "وعباس عثمان"]
    assert _people_after("وشارك محمد خميس، عباس عثمان في اللقاء.", [(1, 3), (3, 5)]) == ["محمد خميس", "عباس عثمان"]

"""scripts/pair_losses.py: a wrapped step records the pairs it drops, and a miss is put in
the step that dropped its gold pair; made-up pairs."""
from tests.script_modules import load

pl = load("scripts/pair_losses.py")


def same(a, b):
    return a == b


def test_a_wrapped_step_records_the_pairs_it_drops():
    pl._TRACE.clear()
    pl._STATE["key"] = (0, 50, "ACCUSE")
    step = pl._wrap("demo.no_second", lambda doc, st, h, pairs: pairs[:1])
    kept = step(None, None, None, [(["AAA", "BBB"], True), (["AAA", "CCC"], True)])
    assert kept == [(["AAA", "BBB"], True)]
    assert pl._TRACE == [((0, 50, "ACCUSE"), "filter:demo.no_second", [["AAA", "CCC"]])]


def test_a_miss_is_lost_where_its_pair_was_dropped():
    miss = {"actors": ["AAA", "CCC"], "type": ["ACCUSE"]}
    trace = [((0, 50, "ACCUSE"), "model", [["AAA", "BBB"]]),
             ((0, 50, "ACCUSE"), "filter:demo.no_second", [["AAA", "CCC"]])]
    assert pl._lost_where(miss, (10, 40), same, trace) == "filter:demo.no_second"


def test_a_pair_read_in_a_sentence_the_miss_is_not_in_does_not_count():
    miss = {"actors": ["AAA", "CCC"], "type": ["ACCUSE"]}
    trace = [((60, 90, "ACCUSE"), "filter:demo.no_second", [["AAA", "CCC"]])]
    assert pl._lost_where(miss, (10, 40), same, trace) is None


def test_a_candidate_miss_no_step_dropped_is_the_models():
    row = {"cause": "below"}
    assert pl._table_cause(row, None) == "model"
    assert pl._table_cause({"cause": "not_candidate", "missing": ["PERSON:sentence"]}, None) == "side missing (PERSON:sentence)"

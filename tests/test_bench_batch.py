"""bench/bench_batch.py: its collector figures count what only a collection frees (the
reference cycles that make a batch walk its garbage), and only inside their block."""
import gc

from script_modules import load


def _module():
    return load("bench/bench_batch.py")


class _Node:
    def __init__(self):
        self.me = self  # a cycle: only the collector frees it


def test_the_collector_counts_the_cycles_it_freed_and_stops_counting_after():
    Collector = _module().Collector
    gc.collect()
    with Collector() as c:
        for _ in range(50):
            _Node()
        gc.collect()
    assert c.passes >= 1
    assert c.freed >= 50  # each node and its attribute dict
    assert c.cpu >= 0.0
    seen = (c.passes, c.freed)
    _Node()
    gc.collect()
    assert (c.passes, c.freed) == seen
    assert c._note not in gc.callbacks


def test_without_cycles_a_collection_frees_nothing():
    Collector = _module().Collector
    gc.collect()
    with Collector() as c:
        _ = [[i] for i in range(1000)]  # plain garbage: freed by its reference counts
        del _
        gc.collect()
    assert c.passes >= 1 and c.freed == 0

"""Fixtures shared by the test modules."""
from __future__ import annotations

import threading

import pytest

from core.events import learned

# Threads a page test leaves behind (pages._common): the warm-up timer analyses a sentence
# seconds after a store opens, the samples thread analyses the examples when they are stale.
BACKGROUND_ANALYSES = ("akhbar-warm-up", "akhbar-samples")


@pytest.fixture(autouse=True)
def _no_background_analysis():
    """Every test starts with no analysis of an earlier page test pending or running: a
    test that spies on the pipeline (tests/test_events_filter_gates.py) would otherwise
    count the warm-up's calls as its own when the timer fires during it."""
    for t in threading.enumerate():
        if t.name in BACKGROUND_ANALYSES:
            if isinstance(t, threading.Timer):
                t.cancel()
            t.join(timeout=120)
    yield


@pytest.fixture
def rules_only():
    """The word-order rules without the learned role model (tests of a rule's own reading)."""
    learned.set_model(learned.RULES_ONLY)
    yield
    learned.set_model(None)

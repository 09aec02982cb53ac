"""Fixtures shared by the test modules."""
from __future__ import annotations

import pytest

from core.events import learned


@pytest.fixture
def rules_only():
    """The word-order rules without the learned role model (tests of a rule's own reading)."""
    learned.set_model(learned.RULES_ONLY)
    yield
    learned.set_model(None)

"""Analyzers for the batch tests that must also reach Dask worker processes, which do
not see a test's monkeypatching: they import an analyzer by its ``module:function`` name
(``run_batch(analyzer=...)``), so it has to live in a module of its own."""
from __future__ import annotations

import time

from core import analyze

# A runaway article gives up after this long, so that a limit that does not work makes
# the test fail (the article gets stored) instead of hanging the test run.
GIVE_UP_S = 30.0


def runaway(text: str, published: str | None = None, meta: dict | None = None):
    """The real analysis, except that an article whose id starts with ``runaway`` spins
    (as a rule stuck in a very long search would), and one whose id starts with
    ``stubborn`` spins and swallows every ``Exception`` (as a careless stage might):
    only a CPU limit that nothing can catch stops either in time."""
    ident = str((meta or {}).get("id") or "")
    end = time.monotonic() + GIVE_UP_S
    if ident.startswith("runaway"):
        while time.monotonic() < end:
            pass
    elif ident.startswith("stubborn"):
        while time.monotonic() < end:
            try:
                while time.monotonic() < end:
                    pass
            except Exception:  # noqa: BLE001, S110 - the point of this analyzer
                pass
    return analyze(text, published, meta)


def slow(text: str, published: str | None = None, meta: dict | None = None):
    """The real analysis, a tenth of a second late: a run long enough to be killed midway."""
    time.sleep(0.1)
    return analyze(text, published, meta)

"""Stoppable work: a caller that stops waiting stops the worker, and a CPU allowance ends
a runaway text (core.limits)."""
from __future__ import annotations

import threading
import time

import pytest

from core.limits import ArticleTimeout, Cancelled, run_stoppable

needs_thread_clock = pytest.mark.skipif(not hasattr(time, "pthread_getcpuclockid"),
                                        reason="no per-thread CPU clock here")


def _spin(flag: dict) -> None:
    flag["started"] = True
    try:
        while True:
            pass
    except Cancelled:
        flag["cancelled"] = True
        raise


def test_the_result_comes_back_and_ticks_run_while_waiting():
    ticks: list[float] = []

    def slow(x: int, y: int = 0) -> int:
        time.sleep(0.6)
        return x + y

    assert run_stoppable(slow, 2, y=3, tick=ticks.append, interval=0.1) == 5
    assert ticks and ticks == sorted(ticks)


def test_errors_of_the_work_reach_the_caller():
    def bad() -> None:
        raise ValueError("broken text")

    with pytest.raises(ValueError, match="broken text"):
        run_stoppable(bad, tick=lambda s: None)


class _SessionClosed(Exception):
    pass


def test_a_caller_that_stops_waiting_stops_the_worker():
    """As when a visitor closes the tab: the tick raises, the worker thread ends too."""
    flag: dict = {}
    before = {t.ident for t in threading.enumerate()}

    def tick(elapsed: float) -> None:
        if elapsed > 0.3:
            raise _SessionClosed()

    t0 = time.monotonic()
    with pytest.raises(_SessionClosed):
        run_stoppable(_spin, flag, tick=tick, interval=0.05)
    assert flag == {"started": True, "cancelled": True}
    assert time.monotonic() - t0 < 10
    assert not [t for t in threading.enumerate() if t.ident not in before and t.name == "akhbar-stoppable"]


@needs_thread_clock
def test_a_runaway_text_ends_at_its_cpu_allowance():
    flag: dict = {}
    with pytest.raises(ArticleTimeout):
        run_stoppable(_spin, flag, tick=lambda s: None, cpu_seconds=0.3, interval=0.05)
    assert flag["started"] and "cancelled" not in flag

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


def test_slots_bound_the_process_and_each_visitor():
    from core.limits import Slots

    slots = Slots(2, per_key=1)
    assert slots.try_take("a") and not slots.try_take("a")  # a visitor's second analysis waits
    assert slots.try_take("b") and not slots.try_take("c")  # the process is full
    slots.release("a")
    assert slots.try_take("c") and slots.busy == 2


def test_an_analysis_waits_for_a_free_slot_and_runs_when_one_frees():
    from core.limits import Slots

    slots = Slots(1)
    release = threading.Event()
    order: list[str] = []

    def first() -> None:
        run_stoppable(lambda: (release.wait(5), order.append("first")), tick=lambda s: None,
                      slots=slots, key="a", interval=0.05)

    t = threading.Thread(target=first)
    t.start()
    while slots.busy == 0:
        time.sleep(0.01)
    waits: list[float] = []
    threading.Timer(0.3, release.set).start()
    run_stoppable(lambda: order.append("second"), tick=lambda s: None, slots=slots, key="b",
                  wait_tick=waits.append, interval=0.05)
    t.join()
    assert order == ["first", "second"] and waits  # it waited, saying so, and then ran
    assert slots.busy == 0


def test_a_visitor_who_leaves_while_waiting_stops_waiting_and_holds_no_slot():
    from core.limits import Slots

    class Gone(Exception):
        pass

    slots = Slots(1)
    assert slots.try_take("other")
    ran: list[int] = []

    def wait_tick(elapsed: float) -> None:
        if elapsed > 0.1:
            raise Gone

    with pytest.raises(Gone):
        run_stoppable(lambda: ran.append(1), tick=lambda s: None, slots=slots, key="v",
                      wait_tick=wait_tick, interval=0.02)
    assert not ran and slots.busy == 1
    slots.release("other")
    assert slots.busy == 0


def test_the_slot_is_given_back_when_the_analysis_fails():
    from core.limits import Slots

    slots = Slots(1)
    with pytest.raises(ValueError):
        run_stoppable(lambda: (_ for _ in ()).throw(ValueError("bad")), tick=lambda s: None, slots=slots, key="v")
    assert slots.busy == 0 and slots.try_take("v")


def test_the_number_of_slots_comes_from_the_environment(monkeypatch):
    from core.limits import default_slots

    monkeypatch.setenv("AKHBAR_MAX_CONCURRENT_ANALYSES", "3")
    assert default_slots() == 3
    monkeypatch.setenv("AKHBAR_MAX_CONCURRENT_ANALYSES", "many")
    assert default_slots() >= 1

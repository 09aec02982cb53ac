"""Limits on the work one text may cause: CPU time per article, and a call the caller
can stop from another thread (a visitor who closes the tab, a rerun).

Both raise an exception inside the thread doing the work with CPython's
``PyThreadState_SetAsyncExc``, because extraction is plain Python that never looks at a
clock or a flag: it takes effect at the thread's next Python instruction.
"""
from __future__ import annotations

import os
import threading
import time
from collections import Counter
from typing import Any, Callable, Hashable


class ArticleTimeout(BaseException):
    """One article used more CPU time than the batch's per-article limit.

    A ``BaseException`` (like ``KeyboardInterrupt``) so that an ``except Exception``
    inside an extraction stage cannot swallow it and carry on with the runaway article."""


def _set_async_exc() -> Callable[..., int] | None:
    """CPython's ``PyThreadState_SetAsyncExc`` (None where ctypes cannot reach it)."""
    try:
        import ctypes

        return ctypes.pythonapi.PyThreadState_SetAsyncExc
    except (ImportError, AttributeError):
        return None


class CpuLimit:
    """Stops an article that uses more than ``seconds`` of CPU time in the thread that
    runs it, wherever that thread is: the main thread of a pool process (local engine),
    a worker thread of a Dask worker, several tasks side by side in one Dask worker with
    ``--nthreads 4`` on a remote cluster.

    Why not a signal: ``SIGPROF``/``SIGALRM`` handlers run only on a process's main
    thread and can only be installed from it, while Dask runs every task on a thread of
    its executor (even in a worker process with a single thread), so a signal can
    neither be set up nor interrupt the task there; a timer per process would also
    charge an article for the CPU its neighbours use in the same worker. Why not a child
    process per article or chunk: a Dask worker is a multi-threaded (and, under a nanny,
    daemonic) process, where forking is unsafe and ``multiprocessing`` may refuse to
    start children, and a spawned child would load the lexicons again for every task.
    Why not a deadline checked inside the extraction loop: the limit must also hold for
    stages that never look at a clock. And the limit must not depend on how a remote
    cluster was started (threads or processes, nanny or not), which the batch does not
    control: this works in any thread and travels with the task.

    How: a watcher thread reads the article thread's own CPU clock
    (``pthread_getcpuclockid``; where the platform has none, the process's CPU time, the
    same thing for a single-threaded worker) and, once the article has used its
    allowance, raises :class:`ArticleTimeout` in that thread with
    ``PyThreadState_SetAsyncExc``. Like a signal handler, it takes effect at the next
    Python instruction of the article's thread, so both engines stop a runaway article
    at the same point and record the same failure. CPU time, not wall time, so that a
    busy machine (or a Dask worker sharing its cores) does not fail healthy articles.
    The watcher sleeps until the earliest moment the allowance could be used up (a
    thread's CPU clock cannot run faster than the wall clock), so it costs nothing per
    article beyond two lock round trips."""

    def __init__(self, seconds: float):
        self.seconds = float(seconds)
        self.tid = threading.get_ident()
        try:
            clock_id = time.pthread_getcpuclockid(self.tid)
            self.clock: Callable[[], float] = lambda: time.clock_gettime(clock_id)
            self.clock()
        except (AttributeError, OSError):
            self.clock = time.process_time
        self._raise = _set_async_exc()
        # A C-level lock, never a Condition: the timeout may be raised in the article's
        # thread at any Python instruction, and ``with`` on a C lock leaves no Python
        # code between acquiring it and the block that releases it on an exception.
        self._lock = threading.Lock()
        self._start: float | None = None  # the thread's CPU clock when the article began
        self._fired = False
        self._closed = threading.Event()
        self._watcher = threading.Thread(target=self._watch, name="akhbar-cpu-limit", daemon=True)
        self._watcher.start()

    def _cancel_pending(self) -> None:
        """Drop a timeout that was sent but has not been raised yet (the article ended
        first): it must not hit the next article or the caller."""
        if self._raise is not None:
            import ctypes

            self._raise(ctypes.c_ulong(self.tid), None)

    def arm(self) -> None:
        """Start the allowance of one article (called by the thread that runs it)."""
        with self._lock:
            stale, self._fired = self._fired, False
            self._start = self.clock()
        if stale:
            self._cancel_pending()

    def disarm(self) -> bool:
        """End the article's allowance; True when it ran out (the caller then reports a
        timeout even if the exception was caught somewhere inside the article). After
        it returns, no timeout is pending for this thread."""
        with self._lock:
            self._start = None
            fired, self._fired = self._fired, False
        if fired:
            self._cancel_pending()
        return fired

    def close(self) -> None:
        with self._lock:
            self._start = None
        self._closed.set()
        self._watcher.join()

    def _watch(self) -> None:
        wait = self.seconds
        while not self._closed.wait(wait):
            with self._lock:
                if self._start is None:
                    wait = self.seconds
                    continue
                used = self.clock() - self._start
                if used < self.seconds:
                    wait = self.seconds - used + 0.002
                    continue
                self._start = None
                self._fired = True
                wait = self.seconds
                if self._raise is not None:
                    import ctypes

                    self._raise(ctypes.c_ulong(self.tid), ctypes.py_object(ArticleTimeout))


class Cancelled(BaseException):
    """The caller of :func:`run_stoppable` stopped waiting (a closed session, a rerun).

    A ``BaseException`` for the same reason as :class:`ArticleTimeout`."""


def _raise_in(thread_id: int, exc: type[BaseException]) -> None:
    fn = _set_async_exc()
    if fn is not None:
        import ctypes

        fn(ctypes.c_ulong(thread_id), ctypes.py_object(exc))


class Slots:
    """At most ``total`` analyses at once in this process, and at most ``per_key`` for
    one key (a visitor).

    Why: every analysis holds a core for as long as it runs, and a web server runs one
    thread per session. Without a bound, a visitor who opens ten tabs (or uploads in
    several at once) takes every core and everybody else's page waits behind them; with
    it, the next analysis waits for a free slot, and one visitor's second analysis waits
    for their first, so the others' go ahead. Waiting happens in the caller's thread,
    which keeps calling its ``tick``: a visitor who leaves while waiting stops waiting."""

    def __init__(self, total: int, per_key: int = 1):
        self.total, self.per_key = max(1, int(total)), max(1, int(per_key))
        self._cond = threading.Condition()
        self._running: Counter[Hashable] = Counter()

    @property
    def busy(self) -> int:
        with self._cond:
            return sum(self._running.values())

    def try_take(self, key: Hashable) -> bool:
        with self._cond:
            if sum(self._running.values()) >= self.total or self._running[key] >= self.per_key:
                return False
            self._running[key] += 1
            return True

    def take(self, key: Hashable, tick: Callable[[float], Any], interval: float = 0.25) -> float:
        """Wait for a slot, calling ``tick(seconds waited)`` between tries; returns the
        seconds waited. Whatever ``tick`` raises ends the wait (no slot is held then)."""
        t0 = time.monotonic()
        while not self.try_take(key):
            with self._cond:
                self._cond.wait(interval)
            tick(time.monotonic() - t0)
        return time.monotonic() - t0

    def release(self, key: Hashable) -> None:
        with self._cond:
            self._running[key] -= 1
            if self._running[key] <= 0:
                del self._running[key]
            self._cond.notify_all()


def default_slots() -> int:
    """``AKHBAR_MAX_CONCURRENT_ANALYSES``, else the number of cores this process may use."""
    raw = os.environ.get("AKHBAR_MAX_CONCURRENT_ANALYSES", "").strip()
    if raw.isdigit() and int(raw) > 0:
        return int(raw)
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def run_stoppable(fn: Callable[..., Any], *args: Any, tick: Callable[[float], Any],
                  cpu_seconds: float | None = None, interval: float = 0.25,
                  slots: Slots | None = None, key: Hashable = None,
                  wait_tick: Callable[[float], Any] | None = None, **kwargs: Any) -> Any:
    """``fn(*args, **kwargs)`` in a worker thread while the calling thread calls
    ``tick(elapsed_seconds)`` every ``interval``; returns what ``fn`` returns.

    Why: a web request whose visitor has gone must not keep a core busy. The caller's
    ``tick`` is where it learns that (Streamlit raises its stop exception from the next
    element update of a session that was closed or rerun); whatever ``tick`` raises is
    raised here after the worker has been told to stop with :class:`Cancelled`.
    ``cpu_seconds`` bounds the worker's own CPU time (:class:`ArticleTimeout`), so that
    one enormous text cannot hold a core for minutes even while its visitor waits.
    ``slots`` (with the visitor's ``key``) bounds how many run at once; while it waits
    for one, ``wait_tick`` (default ``tick``) is called instead."""
    if slots is None:
        return _run_stoppable(fn, args, kwargs, tick, cpu_seconds, interval)
    slots.take(key, wait_tick or tick, interval)
    try:
        return _run_stoppable(fn, args, kwargs, tick, cpu_seconds, interval)
    finally:
        slots.release(key)


def _run_stoppable(fn: Callable[..., Any], args: tuple, kwargs: dict, tick: Callable[[float], Any],
                   cpu_seconds: float | None, interval: float) -> Any:
    box: dict[str, Any] = {}

    def work() -> None:
        limit = CpuLimit(cpu_seconds) if cpu_seconds and cpu_seconds > 0 else None
        try:
            if limit is not None:
                limit.arm()
            try:
                box["value"] = fn(*args, **kwargs)
            finally:
                if limit is not None and limit.disarm():
                    box["error"] = ArticleTimeout()
        except BaseException as e:  # noqa: BLE001 - handed to the calling thread
            box.setdefault("error", e)
        finally:
            if limit is not None:
                limit.close()

    worker = threading.Thread(target=work, name="akhbar-stoppable", daemon=True)
    t0 = time.monotonic()
    worker.start()
    try:
        while worker.is_alive():
            worker.join(interval)
            if worker.is_alive():
                tick(time.monotonic() - t0)
    except BaseException:
        while worker.is_alive():  # until it has stopped: a pending exception can be lost
            _raise_in(worker.ident or 0, Cancelled)
            worker.join(0.05)
        raise
    if "error" in box:
        raise box["error"]
    return box.get("value")

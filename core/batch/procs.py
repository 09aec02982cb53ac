"""A pool of worker processes that can be stopped at any moment without hanging.

Why not the standard pools: ``multiprocessing.Pool`` and
``concurrent.futures.ProcessPoolExecutor`` send every worker's results through one shared
pipe. A worker killed halfway through writing a large result (a chunk of articles'
rows) leaves half a message in that pipe, and the thread that reads it waits forever for
the rest: ``Pool.terminate()`` hung a test run that way, and with the executor the
interpreter then hung at exit, joining that thread. Here each worker has a pipe of its
own, so a killed worker takes only its own pipe with it and the rest is thrown away.

Each worker serves its jobs in the order they were sent; a sender thread per worker
writes the jobs, so that the main thread never blocks on a full pipe while the worker
blocks on sending a result the main thread has not read yet.
"""
from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

_STOP = None  # a worker that receives it leaves its loop and exits


class WorkerDied(RuntimeError):
    """A worker process ended while it had jobs (killed by the system, out of memory...)."""


def _serve(conn: Any, initializer: Callable[[], None] | None) -> None:
    if initializer is not None:
        initializer()
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is _STOP:
            return
        fn, args = job
        try:
            out = (True, fn(*args))
        except BaseException as e:  # noqa: BLE001 - handed to the caller, who decides
            out = (False, e)
        try:
            conn.send(out)
        except (BrokenPipeError, OSError):
            return


class _Worker:
    def __init__(self, ctx: Any, initializer: Callable[[], None] | None):
        self.conn, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_serve, args=(child, initializer), daemon=True)
        self.proc.start()
        child.close()  # the worker holds the only other end: its death is an end of file here
        self.jobs: queue.SimpleQueue = queue.SimpleQueue()
        self.sender = threading.Thread(target=self._send, daemon=True, name="batch-sender")
        self.sent = 0  # jobs handed to the sender, numbered from 0
        self.received = 0  # results read back (a worker answers in order)
        self.results: dict[int, tuple[bool, Any]] = {}
        self.finishing = False  # told that no job follows

    def _send(self) -> None:
        while True:
            job = self.jobs.get()
            try:
                self.conn.send(job)
            except (OSError, ValueError):  # the worker is gone, or the pipe is closed
                return
            if job is _STOP:
                return

    def submit(self, job: Any) -> int:
        self.jobs.put(job)
        self.sent += 1
        return self.sent - 1

    def collect(self) -> None:
        """Read the results the worker has already sent, without waiting for more: a
        result waiting in the pipe is a job done, and the worker is free for another."""
        try:
            while self.busy and self.conn.poll():
                self.results[self.received] = self.conn.recv()
                self.received += 1
        except (EOFError, OSError):
            pass  # the worker is gone: result() says so when its job is asked for

    @property
    def busy(self) -> int:
        return self.sent - self.received

    def result(self, seq: int) -> tuple[bool, Any]:
        while seq not in self.results:
            try:
                self.results[self.received] = self.conn.recv()
            except (EOFError, OSError):
                raise WorkerDied(f"worker process {self.proc.pid} ended (exit code {self.proc.exitcode}) "
                                 "before returning its results") from None
            self.received += 1
        return self.results.pop(seq)

    def finish(self) -> None:
        """No job will follow: the worker exits once it has sent its last result."""
        if not self.finishing:
            self.finishing = True
            self.jobs.put(_STOP)

    def stop(self, kill: bool, timeout: float) -> None:
        if not kill:
            self.finish()
            self.proc.join(timeout)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(timeout)
        self.conn.close()
        self.jobs.put(_STOP)  # a sender still waiting for a job leaves too


class Handle:
    """A job sent to a worker; ``result()`` waits for it."""

    def __init__(self, worker: _Worker, seq: int):
        self.worker, self.seq = worker, seq

    def done(self) -> bool:
        """Whether the result is back (asking does not wait)."""
        self.worker.collect()
        return self.seq in self.worker.results

    def result(self) -> Any:
        ok, value = self.worker.result(self.seq)
        if ok:
            return value
        raise value


class ProcessPool:
    """``workers`` processes (started with ``ctx``); a job goes to the worker with the
    fewest jobs out (a job whose result has come back but not been asked for yet is not
    out: without that, a worker that had finished its jobs while the caller waited for
    another's got none and stood idle)."""

    def __init__(self, workers: int, ctx: Any, initializer: Callable[[], None] | None = None):
        self.workers = [_Worker(ctx, initializer) for _ in range(max(1, workers))]
        for w in self.workers:  # threads after the last fork: no child inherits one mid-step
            w.sender.start()

    def submit(self, fn: Callable[..., Any], *args: Any) -> Handle:
        for w in self.workers:  # results are read in the order of the jobs: count those already sent
            w.collect()
        w = min(self.workers, key=lambda w: w.busy)
        return Handle(w, w.submit((fn, args)))

    def finish(self) -> None:
        """No job will follow: each worker exits after its last result, while the caller
        still reads and writes those (its exit, the unmapping of a process that shared
        the tables, is then off the run's wall clock)."""
        for w in self.workers:
            w.finish()

    @property
    def processes(self) -> list[Any]:
        return [w.proc for w in self.workers]

    def close(self, kill: bool = False, timeout: float = 30.0) -> None:
        """Let idle workers exit; kill the others (asked to, or with results nobody will
        read: a worker blocked sending one would never exit), losing what they were doing."""
        for w in self.workers:
            w.stop(kill or w.busy > 0, timeout)

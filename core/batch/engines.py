"""Who runs the chunks: a pool of local processes or a Dask cluster, behind one small
interface (``window``, ``submit``, ``result``, ``close``), and :func:`ordered_map`, which
keeps a few chunks in flight and hands results back in input order."""
from __future__ import annotations

import collections
import importlib
import logging
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from core.errors import AkhbarError

log = logging.getLogger("akhbar.batch")

class LocalEngine:
    """A pool of processes (:class:`core.batch.procs.ProcessPool`, which can be stopped
    at any moment), or, with one worker, this process."""

    def __init__(self, workers: int):
        self.workers = max(1, workers)
        self.pool = None
        if self.workers > 1:
            import multiprocessing as mp

            from core.batch.procs import ProcessPool

            ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
            self.pool = ProcessPool(self.workers, ctx, initializer=_worker_init)

    @property
    def window(self) -> int:
        return 2 * self.workers

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        if self.pool is None:
            return _Done(fn(*args))
        return self.pool.submit(fn, *args)

    @staticmethod
    def result(handle: Any) -> Any:
        return handle.result()

    def finish(self) -> None:
        """Every job has been submitted."""
        if self.pool is not None:
            self.pool.finish()

    def close(self, abort: bool = False) -> None:
        """``abort``: the chunks in flight are thrown away (the store holds only whole,
        committed chunks), so the workers are killed rather than waited for."""
        if self.pool is not None:
            self.pool.close(kill=abort)


def _worker_init() -> None:
    """Pool workers leave Ctrl-C to the main process, which stops them cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Done:
    def __init__(self, value: Any):
        self.value = value

    @staticmethod
    def done() -> bool:
        return True

    def result(self) -> Any:
        return self.value


class DaskEngine:
    """dask.distributed: an existing scheduler, or a LocalCluster of ``workers`` processes."""

    def __init__(self, workers: int, scheduler: str | None = None):
        from dask.distributed import Client, LocalCluster

        self.cluster = None
        if scheduler:
            self.client = _connect(Client, scheduler)
        else:
            # no dashboard; its HTTP server still starts, on a free port rather than on
            # 8787, which another cluster on the machine may hold (a warning each run)
            self.cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                        dashboard_address=":0", scheduler_kwargs={"dashboard": False},
                                        silence_logs=logging.ERROR)
            self.client = Client(self.cluster)
        if scheduler:
            self._check_code(scheduler)
        info = self.client.scheduler_info().get("workers", {})
        # a remote worker may run several tasks at once (--nthreads): keep each thread busy
        n = sum(int(w.get("nthreads") or 1) for w in info.values())
        if scheduler and not n:
            log.warning("the Dask scheduler at %s has no workers yet: chunks wait until one joins", scheduler)
        self.workers = n or max(1, workers)

    def _check_code(self, address: str) -> None:
        """Fail now, with a message, if the cluster cannot import this code: the scheduler
        unpickles every task and a worker that cannot closes itself, which would leave
        the run waiting for workers forever."""
        try:
            self.client.run_on_scheduler(importlib.import_module, __name__)
            self.client.run(importlib.import_module, __name__)
        except ImportError as e:
            self.client.close()
            raise _no_code(e, address) from None

    @property
    def window(self) -> int:
        return 2 * self.workers

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        return self.client.submit(fn, *args, pure=False)

    @staticmethod
    def result(handle: Any) -> Any:
        try:
            return handle.result()
        except Exception as e:
            # a scheduler or worker started without this code (the scheduler unpickles
            # the task too, and says so in a RuntimeError caused by the ImportError)
            cause = e if isinstance(e, ImportError) else e.__cause__
            if isinstance(cause, ImportError):
                raise _no_code(cause) from None
            raise

    def finish(self) -> None:
        """Every job has been submitted (the cluster's workers stay for others)."""

    def close(self, abort: bool = False) -> None:
        try:
            self.client.close()
        finally:
            if self.cluster is not None:
                self.cluster.close()


class BatchError(AkhbarError):
    """A run that cannot start or go on, for a reason the user can fix (printed without
    a traceback by the command line)."""


def _no_code(e: ImportError, address: str | None = None) -> BatchError:
    where = f" at {address!r}" if address else ""
    return BatchError(f"the Dask cluster{where} cannot import the extraction code ({type(e).__name__}: {e}); "
                      "start its scheduler and workers from this repository or with it installed")


def _connect(client_cls: Any, address: str) -> Any:
    """A client of the scheduler at ``address``, or a :class:`BatchError` that says what
    to check: an unreachable address is a usage problem, not a crash. Dask retries until
    its connect timeout (``distributed.comm.timeouts.connect``, 30 s by default;
    ``DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT=5s`` shortens it)."""
    try:
        return client_cls(address)
    except (OSError, ValueError, TypeError) as e:  # OSError covers refused, unknown host, timed out
        reason = str(e).strip() or type(e).__name__
        raise BatchError(f"cannot connect to the Dask scheduler at {address!r}: {reason}. Check the address "
                         "(tcp://HOST:PORT) and that `dask scheduler` is running there and reachable; "
                         "or leave out --scheduler to start a local cluster") from None


def make_engine(engine: str, workers: int | None = None, scheduler: str | None = None) -> Any:
    workers = workers or os.cpu_count() or 1
    if engine == "local":
        return LocalEngine(workers)
    if engine == "dask":
        return DaskEngine(workers, scheduler)
    raise ValueError(f"unknown engine {engine!r}: use local or dask")


def ordered_map(engine: Any, fn: Callable[..., Any], jobs: Iterable[tuple[Any, tuple[Any, ...]]],
                idle: Callable[[], None] | None = None) -> Iterator[tuple[Any, Any]]:
    """``(tag, fn(*args))`` for each ``(tag, args)`` job, in input order, with at most
    ``engine.window`` jobs in flight: the input is consumed only as results come back.
    ``idle`` is called before waiting for a result that is not back yet (work for the
    caller that must not hold up results already waiting)."""
    pending: collections.deque = collections.deque()
    it = iter(jobs)
    exhausted = False
    while True:
        while not exhausted and len(pending) < engine.window:
            try:
                tag, args = next(it)
            except StopIteration:
                exhausted = True
                engine.finish()
                break
            pending.append((tag, engine.submit(fn, *args) if args is not None else None))
        if not pending:
            return
        tag, handle = pending.popleft()
        if idle is not None and handle is not None and not handle.done():
            idle()
        yield tag, (engine.result(handle) if handle is not None else [])


"""Work off the GUI thread: one executor, results handed back to the GUI thread by a queued signal.

After Anki's `aqt/taskman.py`: a worker runs `work`, and `on_success(result)` or `on_failure(error)` then run
on the GUI thread, which alone touches widgets. Nothing polls: the worker's "done" posts a signal.
Reads run on a read-only connection of their own (`run_read`: to the file, or to the ward server), opened and
closed in the worker, so the window's own connection is never used from two threads (sqlite3 and psycopg
refuse that) and a write never waits on a read.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from bedside.services.records import Store

T = TypeVar("T")
Closure = Callable[[], None]
YOUNG_COLLECTION_MS = 5  # while a task runs, the GUI thread collects young objects this often
RELEASE_AFTER_MS = 50  # automatic collection comes back this long after the last task called back
WORKERS = 2  # the board and a printout may be computed at once; more only competes for the GIL
SWITCH_INTERVAL_S = 0.0005  # while a task runs, a worker hands Python's lock over after 0.5 ms, not 5 ms


class _CollectOnGuiThread:
    """While a task runs, Python's automatic garbage collection is off and the GUI thread collects instead.

    Automatic collection runs in whichever thread allocates when a threshold is passed. In a worker it could
    free the last reference to a Qt object, whose destructor must run on the GUI thread: a crash (seen in the
    test suite). And a full collection holds the GIL while it walks every live object: with a ward's records
    loaded that took 150-200 ms, all of it a stall of the GUI thread (benchmarks/bench_gui_stall.py). So the
    GUI thread runs the young collections on a short timer meanwhile, and no full one until the tasks are done.
    """

    def __init__(self) -> None:
        self._held = 0
        self._was_enabled = True
        self._was_interval = sys.getswitchinterval()
        self._timer: QTimer | None = None

    def hold(self) -> None:
        if self._held == 0:
            self._was_enabled = gc.isenabled()
            gc.disable()
            # Each Qt call into Python (a new widget's first virtual calls, a timer) waits for the lock a
            # worker holds: at 5 ms a wait, a preview's widgets stalled the window for seconds (docs/architecture.md).
            self._was_interval = sys.getswitchinterval()
            sys.setswitchinterval(SWITCH_INTERVAL_S)
            if self._timer is None:
                self._timer = QTimer()
                self._timer.setInterval(YOUNG_COLLECTION_MS)
                self._timer.timeout.connect(self._collect_young)
            self._timer.start()
        self._held += 1

    def release(self) -> None:
        self._held -= 1
        if self._held == 0:
            if self._timer is not None:
                self._timer.stop()
            sys.setswitchinterval(self._was_interval)
            if self._was_enabled:
                gc.enable()  # the workers are idle now: the next collection runs where the GUI allocates

    def _collect_young(self) -> None:
        young, middle, _old = gc.get_count()
        first, second, _third = gc.get_threshold()
        if young > first:
            gc.collect(1 if middle >= second else 0)


_collector = _CollectOnGuiThread()


def _report(error: BaseException) -> None:
    """A failure nobody asked to handle is a bug: it reaches the excepthook (and fails a test), not silence."""
    sys.excepthook(type(error), error, error.__traceback__)


class Tasks(QObject):
    """Owned by Python, not by a widget: a worker finishing after its window closed still has a live
    object to signal, and its callbacks are dropped (`owner` gone)."""

    _closures_pending = Signal()  # emitted from a worker; the connection queues it to the GUI thread

    def __init__(self, owner: QObject | None = None, workers: int = WORKERS) -> None:
        super().__init__()
        if owner is not None:
            owner.destroyed.connect(self.shutdown)
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="bedside-task")
        self._closures: list[Closure] = []
        self._lock = threading.Lock()
        self._running = 0  # submitted and not yet called back: idle() for tests and benchmarks
        self._closures_pending.connect(self._run_closures)
        self._closed = False

    def run_on_main(self, closure: Closure) -> None:
        """Run `closure` on the GUI thread, soon; safe to call from any thread."""
        with self._lock:
            self._closures.append(closure)
        self._closures_pending.emit()

    def run(
        self,
        work: Callable[[], T],
        on_success: Callable[[T], object] | None = None,
        on_failure: Callable[[BaseException], object] | None = None,
    ) -> Future[Handed[T]]:
        """`work()` in a worker; then `on_success(result)` or `on_failure(error)` on the GUI thread."""
        self._running += 1
        _collector.hold()  # before the worker starts: it never collects garbage itself
        future = self._executor.submit(_handed, work)

        def done(finished: Future[Handed[T]]) -> None:
            self.run_on_main(lambda: self._finish(finished, on_success, on_failure, collector=True))

        future.add_done_callback(done)
        return future

    def run_read(
        self,
        store: Store,
        read: Callable[[Store], T],
        on_success: Callable[[T], object] | None = None,
        on_failure: Callable[[BaseException], object] | None = None,
    ) -> Future[Handed[T]]:
        """`read(reader)` on a read-only connection of its own, opened and closed in the worker: a second
        connection to the file, or to the ward server. An in-memory database has no second connection: it
        is read on the window's connection at once."""
        if store.path == ":memory:":
            future: Future[Handed[T]] = Future()
            try:
                future.set_result(Handed(read(store)))
            except Exception as err:  # handed to on_failure below, as a worker's would be
                future.set_exception(err)
            self._running += 1
            self._finish(future, on_success, on_failure)
            return future

        def work() -> T:
            reader = store.reader()  # reads only what opening needs (the address), never the window's connection
            try:
                return read(reader)
            finally:
                reader.close()

        return self.run(work, on_success, on_failure)

    def idle(self) -> bool:
        """Nothing running and nothing waiting to be called back."""
        return self._running == 0

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Run the GUI thread's events until every task has called back (benchmarks, the app's close)."""
        import time

        deadline = time.monotonic() + timeout_ms / 1000
        while not self.idle() and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.002)
        return self.idle()

    def shutdown(self) -> None:
        """No new work; running work finishes in its thread, and its callbacks are dropped."""
        self._closed = True
        self._executor.shutdown(wait=False, cancel_futures=True)

    def _finish(
        self,
        future: Future[Handed[T]],
        on_success: Callable[[T], object] | None,
        on_failure: Callable[[BaseException], object] | None,
        *,
        collector: bool = False,
    ) -> None:
        self._running -= 1
        if collector:  # a moment later: the worker may still be tidying up after handing its result over
            QTimer.singleShot(RELEASE_AFTER_MS, _collector.release)
        try:
            if self._closed or future.cancelled():
                return
            error = future.exception()
            if error is None:
                value = future.result().take()
                if on_success is not None:
                    on_success(value)
            elif on_failure is not None:
                on_failure(error)
            else:
                _report(error)
        finally:
            _let_go(future)

    def _run_closures(self) -> None:
        with self._lock:
            closures, self._closures = self._closures, []
        for closure in closures:
            closure()


class Latest(QObject):
    """One kind of result where only the newest request matters (the board): at most one computes at a
    time, and the requests made meanwhile fold into one more run after it."""

    def __init__(self, tasks: Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self._busy = False
        self._again: Closure | None = None

    def busy(self) -> bool:
        return self._busy

    def request(
        self,
        store: Store,
        read: Callable[[Store], T],
        on_success: Callable[[T], object],
        on_failure: Callable[[BaseException], object] | None = None,
    ) -> None:
        if self._busy:
            self._again = lambda: self.request(store, read, on_success, on_failure)
            return
        self._busy = True

        def success(result: T) -> None:
            self._done()
            on_success(result)  # newer than what is shown, even when another request is already queued
            self._next()

        def failure(error: BaseException) -> None:
            self._done()
            if on_failure is not None:
                on_failure(error)
            else:
                _report(error)
            self._next()

        self.tasks.run_read(store, read, success, failure)

    def _done(self) -> None:
        self._busy = False

    def _next(self) -> None:
        again, self._again = self._again, None
        if again is not None:
            again()


class Handed(Generic[T]):
    """A worker's result, handed to the GUI thread: it takes the value out (`take`), so its last reference goes
    there. A result may hold Qt objects the worker made and moved to the GUI thread (a preview's document, its
    severity rows); the worker keeps the future, and its own reference to what it returned, a moment after
    handing it over, and if it let go last, Python would delete them there, on the wrong thread."""

    def __init__(self, value: T) -> None:
        self._value: list[T] = [value]

    def take(self) -> T:
        return self._value.pop()

    def drop(self) -> None:
        self._value.clear()


def _handed(work: Callable[[], T]) -> Handed[T]:
    return Handed(work())  # the worker's frame lets go of the value before the future is done


def _let_go(future: Future[Handed[T]]) -> None:
    """A result nobody took (closed, or a failure) is dropped here, on the GUI thread, too."""
    if not future.cancelled() and future.exception() is None:
        future.result().drop()

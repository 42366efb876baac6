"""A handover's PDF drawn in a process of its own, so the window's Python never runs the drawing.

Drawn in a thread, a 500-patient handover (643 pages, 7-10 s) kept the window still for 240-600 ms: the
garbage the drawing leaves must be collected and freed under Python's lock (GIL), in whichever thread, and the
GUI thread waits meanwhile (docs/architecture.md, "Work off the GUI thread"). A child process has a lock of its
own. It is started with "spawn" (a fresh interpreter; main.py calls multiprocessing.freeze_support() for the
bundle), once, on the first drawing, and kept for the next ones.

Called from a worker thread (ui/tasks.py). No Qt here: the child imports this module.
"""

from __future__ import annotations

import atexit
import os
import pickle
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # multiprocessing loads with the first drawing, not with the window (start-up time)
    from concurrent.futures import ProcessPoolExecutor

    from bedside.printouts import Handover, RenderedPdf

Draw = Callable[..., "RenderedPdf"]  # render_handover or render_ward_list: found by name in the child

_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None
last_pid: int | None = None  # the process that drew the last sheet (the tests check it is not this one)


def draw_elsewhere(draw: Draw, handover: Handover, paper: str) -> RenderedPdf:
    """`draw(handover, paper=paper)` in the drawing process; in this thread if that process cannot run."""
    global last_pid
    # Pickled one patient at a time: each call holds the lock well under a millisecond, and the GUI thread
    # gets it in between (one pickle of the whole ward held it for 70-160 ms).
    head = pickle.dumps(replace(handover, patients=()))
    patients = [pickle.dumps(patient) for patient in handover.patients]
    from concurrent.futures.process import BrokenProcessPool

    try:
        last_pid, rendered = _executor().submit(_draw, draw, head, patients, paper).result()
    except BrokenProcessPool:  # the process died (killed, out of memory): a new one next time, this one here
        _forget_pool()
        last_pid, rendered = os.getpid(), draw(handover, paper=paper)
    return rendered


def _draw(draw: Draw, head: bytes, patients: Sequence[bytes], paper: str) -> tuple[int, RenderedPdf]:
    """In the drawing process: the handover put back together, then drawn. No garbage collection while it
    draws (the drawing's live objects grow to millions: automatic full collections walked them again and again,
    4-5x the drawing's time); one collection after it."""
    import gc

    gc.disable()
    try:
        handover = replace(pickle.loads(head), patients=tuple(pickle.loads(p) for p in patients))
        return os.getpid(), draw(handover, paper=paper)
    finally:
        gc.enable()
        gc.collect()


def _executor() -> ProcessPoolExecutor:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _pool
    with _lock:
        if _pool is None:
            context = multiprocessing.get_context("spawn")
            _pool = ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=_end_with_parent)
            atexit.register(_forget_pool)  # shut down while Python is whole, not in its teardown
        return _pool


def _end_with_parent() -> None:
    """In the drawing process: end when Bedside ends, even when it was killed or crashed (a process waiting for
    work would otherwise wait for ever, seen after a crash)."""
    import multiprocessing
    from multiprocessing.connection import wait

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="bedside-parent-watch", daemon=True).start()


def _forget_pool() -> None:
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)

"""A handover's PDF drawn in a process of its own, so the window's Python never runs the drawing.

Drawn in a thread, a 500-patient handover (643 pages, 7-10 s) kept the window still for 240-600 ms: the
garbage the drawing leaves must be collected and freed under Python's lock (GIL), in whichever thread, and the
GUI thread waits meanwhile (docs/architecture.md, "Work off the GUI thread"). A child process has a lock of its
own. It is started with "spawn" (a fresh interpreter; main.py calls multiprocessing.freeze_support() for the
bundle), once, on the first drawing, and kept for the next ones.

Called from a worker thread (ui/tasks.py). No Qt here: the child imports this module.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace

from bedside.handover import Handover, RenderedPdf

Draw = Callable[..., RenderedPdf]  # render_handover or render_ward_list: found by name in the child

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
    try:
        last_pid, rendered = _executor().submit(_draw, draw, head, patients, paper).result()
    except BrokenProcessPool:  # the process died (killed, out of memory): a new one next time, this one here
        _forget_pool()
        last_pid, rendered = os.getpid(), draw(handover, paper=paper)
    return rendered


def _draw(draw: Draw, head: bytes, patients: Sequence[bytes], paper: str) -> tuple[int, RenderedPdf]:
    """In the drawing process: the handover put back together, then drawn."""
    handover = replace(pickle.loads(head), patients=tuple(pickle.loads(p) for p in patients))
    return os.getpid(), draw(handover, paper=paper)


def _executor() -> ProcessPoolExecutor:
    global _pool
    with _lock:
        if _pool is None:
            _pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
        return _pool


def _forget_pool() -> None:
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)

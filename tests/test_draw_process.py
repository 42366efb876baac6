"""Handover PDFs are drawn in a process of their own (ui/printing/draw_process.py): the same pages as drawn here, and a
drawing process that died is replaced, the sheet drawn meanwhile in the calling thread."""

from __future__ import annotations

import os
import signal
import sys
import time
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from bedside.printouts import choose_severity, render_handover, render_ward_list
from bedside.services.demo import seed_demo_once
from bedside.services.printout_data import ward_handover
from bedside.storage import Store
from ui.printing import draw_process

TODAY = date(2026, 11, 21)


def _text(pdf: bytes) -> str:
    import io

    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def handover(store: Store):  # type: ignore[no-untyped-def]
    seed_demo_once(store, TODAY)
    printed = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)
    return choose_severity(ward_handover(store, None, TODAY, printed_by="TN", printed_at=printed), {})


def test_the_process_draws_the_same_sheet(handover) -> None:  # type: ignore[no-untyped-def]
    for draw in (render_handover, render_ward_list):
        here = draw(handover, paper="A4")
        there = draw_process.draw_elsewhere(draw, handover, "A4")
        assert draw_process.last_pid not in (None, os.getpid())
        assert there.pages == here.pages and there.warnings == here.warnings
        assert _text(there.pdf) == _text(here.pdf)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_dead_drawing_process_is_replaced(handover) -> None:  # type: ignore[no-untyped-def]
    first = draw_process.draw_elsewhere(render_handover, handover, "A4")
    dead = draw_process.last_pid
    assert dead is not None and dead != os.getpid()
    os.kill(dead, signal.SIGKILL)
    time.sleep(0.5)  # the executor notices the lost process

    second = draw_process.draw_elsewhere(render_handover, handover, "A4")
    assert second.pages == first.pages
    assert draw_process.last_pid == os.getpid()  # drawn here this once, never a sheet lost

    third = draw_process.draw_elsewhere(render_handover, handover, "A4")
    assert third.pages == first.pages and draw_process.last_pid not in (dead, os.getpid())  # a new process

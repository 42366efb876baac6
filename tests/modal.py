"""Answering a modal dialog that a real click opens with exec(): the test fills it in from a timer."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

W = TypeVar("W", bound=QWidget)


def answer_modal(kind: type[W], answer: Callable[[W], None], *, timeout_s: float = 5.0) -> list[W]:
    """When a `kind` window is the active modal one, call `answer(it)` once; the list gets the window.

    Call before the click that opens it: exec() runs its own event loop, and the timer runs inside it.
    """
    seen: list[W] = []
    deadline = time.monotonic() + timeout_s

    def poll() -> None:
        found = QApplication.activeModalWidget()
        if isinstance(found, kind) and found.isVisible():
            seen.append(found)
            answer(found)
        elif time.monotonic() < deadline:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


class StrayModals:
    """Closes a modal window that no test answered within `grace_s` (a wrong value asked a question the
    test did not expect) and remembers its text, so such a test fails instead of waiting forever."""

    def __init__(self, grace_s: float = 1.5) -> None:
        self.grace_s = grace_s
        self.closed: list[str] = []
        self._seen: dict[int, float] = {}
        self._timer = QTimer()
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._check)
        self._timer.start()

    def _check(self) -> None:
        found = QApplication.activeModalWidget()
        if found is None:
            return
        first = self._seen.setdefault(id(found), time.monotonic())
        if time.monotonic() - first > self.grace_s:
            self.closed.append(getattr(found, "text", found.windowTitle)())
            found.close()

    def stop(self) -> None:
        self._timer.stop()

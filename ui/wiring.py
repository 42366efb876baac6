"""Connecting a button or menu action to a slot that takes no arguments from it.

`clicked(bool)` and `triggered(bool)` pass `checked` into the slot's first parameter; a slot with an
optional parameter then receives False (issue 13: Add user and Set PIN did nothing). Every button and
action is connected through `run_on`, so the slot is always called with no arguments.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import SignalInstance


def run_on(signal: SignalInstance, slot: Callable[[], object]) -> None:
    """Call `slot()` whenever `signal` fires, whatever arguments the signal carries."""
    signal.connect(lambda *_ignored: slot())

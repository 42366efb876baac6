"""The window lays out and prints on the paper the workstation uses: its Paper size setting, else the default
printer's paper, else the locale's (issue 17 part 4), driven through the real print action."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

from bedside.config import settings
from bedside.services.demo import seed_demo_once
from bedside.storage import Store
from bedside.storage.audit import Actor
from tests.gui import settle, sheet_ready
from ui.access.session import Session
from ui.main_window import MainWindow
from ui.printing import printer_defaults

TODAY = date(2026, 11, 21)
LETTER, A4 = (612.0, 792.0), (595.3, 841.9)


@pytest.fixture
def window(qtbot, store: Store) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    seed_demo_once(store, TODAY)
    nurse = store.add_user("Tess Nurse", "TN", Actor("system", "ws-test"))
    win = MainWindow(Session(store, nurse, TODAY, now=lambda: "2026-11-21T10:00:00Z", zone=ZoneInfo("Europe/Berlin")))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    settle(qtbot, win)  # the board is computed in a worker (ui/tasks.py)
    yield win
    win.session.close()


def preview_paper(qtbot, window: MainWindow) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    window.print_action.trigger()
    preview = sheet_ready(qtbot, window.printing.preview)  # read and drawn in workers
    assert preview.rendered is not None
    box = PdfReader(io.BytesIO(preview.rendered.pdf)).pages[0].mediabox
    preview.reject()
    return round(float(box.width), 1), round(float(box.height), 1)


class FakePrinter:
    def __init__(self, size: QPageSize.PageSizeId) -> None:
        self.size = size

    def isNull(self) -> bool:
        return False

    def defaultPageSize(self) -> QPageSize:
        return QPageSize(self.size)


def test_no_printer_and_a_us_locale_gives_letter(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("ui.printing.paper.QLocale.system", lambda: QLocale("en_US"))
    assert preview_paper(qtbot, window) == LETTER
    monkeypatch.setattr("ui.printing.paper.QLocale.system", lambda: QLocale("de_DE"))
    assert preview_paper(qtbot, window) == A4


def test_the_default_printers_paper_comes_before_the_locale(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.printing.paper.QLocale.system", lambda: QLocale("de_DE"))
    monkeypatch.setattr(
        "ui.printing.printer_defaults.QPrinterInfo.defaultPrinter", lambda: FakePrinter(QPageSize.PageSizeId.Letter)
    )
    assert preview_paper(qtbot, window) == LETTER
    # a printer that defaults to a paper Bedside does not lay out for leaves the choice to the locale
    monkeypatch.setattr(
        "ui.printing.printer_defaults.QPrinterInfo.defaultPrinter", lambda: FakePrinter(QPageSize.PageSizeId.A5)
    )
    assert preview_paper(qtbot, window) == A4


def test_the_workstations_setting_comes_first(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(
        "ui.printing.printer_defaults.QPrinterInfo.defaultPrinter", lambda: FakePrinter(QPageSize.PageSizeId.Letter)
    )
    printer_defaults.save(settings.PAPER, "A4")
    try:
        assert preview_paper(qtbot, window) == A4
    finally:
        printer_defaults.save(settings.PAPER, "")
    assert preview_paper(qtbot, window) == LETTER

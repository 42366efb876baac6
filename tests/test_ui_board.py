"""The first window: demo ward on a new database, the board model, and the data location."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QApplication

from bedside.paths import data_dir
from bedside.storage import Store
from ui.app import seed_demo_once
from ui.board_model import ROW_ROLE, BoardModel
from ui.main_window import MainWindow

TODAY = date(2026, 11, 21)


@pytest.fixture
def window(qtbot, store: Store) -> MainWindow:  # type: ignore[no-untyped-def]
    seed_demo_once(store, TODAY)
    win = MainWindow(store, TODAY)
    qtbot.addWidget(win)
    win.show()
    return win


def test_new_database_shows_the_demo_ward_marked_demo(window: MainWindow) -> None:
    model = window.model
    assert model.rowCount() == 6
    names = [model.data(model.index(r, 2)) for r in range(model.rowCount())]
    assert all(name.startswith("DEMO ") for name in names)
    assert window.banner.isVisible()
    assert "DEMO" in window.banner.text()
    # Markup in a name is shown literally, never interpreted.
    assert "DEMO O'Brien & <b>Kelly</b>, Declan" in names


def test_board_sorted_by_bed_with_severity_as_text(window: MainWindow) -> None:
    model = window.model
    beds = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert beds == ["1", "2", "4", "7", "10", "12"]
    febrile = model.data(model.index(0, 1))
    assert "watcher" in febrile  # fever with neutropenia and CRS 1: text, not only colour
    row = model.data(model.index(0, 0), ROW_ROLE)
    assert row.mrn == "DEMO-001" and row.due >= 1


def test_demo_is_seeded_only_once(store: Store) -> None:
    assert seed_demo_once(store, TODAY) == 6
    assert seed_demo_once(store, TODAY) == 0
    assert len(store.patient_summaries()) == 6


def test_board_model_passes_qtmodeltester(qtmodeltester, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(window.model)
    qtmodeltester.check(BoardModel())


def test_header_labels(window: MainWindow) -> None:
    header = [window.model.headerData(c, Qt.Orientation.Horizontal) for c in range(window.model.columnCount())]
    assert header[:3] == ["Bed", "Severity", "Name"]


def test_core_data_dir_matches_qstandardpaths(qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    QApplication.setApplicationName("Bedside")
    QApplication.setOrganizationName("")
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    assert Path(location) == data_dir()

"""The main window: demo ward on a new database, the board and its filters, opening a patient and coming back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QApplication

from bedside.config.paths import data_dir
from bedside.services.demo import seed_demo_once
from bedside.storage import Store
from bedside.storage.audit import Actor
from tests.factories import full_document, record_of
from tests.gui import settle
from ui.access.session import Session
from ui.board.model import ROW_ROLE, BoardFilter, BoardModel
from ui.main_window import MainWindow, app_settings
from ui.patient.view import PatientView

pytestmark = pytest.mark.both_engines  # the store fixture: SQLite, then PostgreSQL (tests/conftest.py)

TODAY = date(2026, 11, 21)


@pytest.fixture
def session(store: Store) -> Iterator[Session]:
    seed_demo_once(store, TODAY)
    nurse = store.add_user("Tess Nurse", "TN", Actor("system", "ws-test"))
    opened = Session(store, nurse, TODAY)
    yield opened
    opened.close()  # its poll timer must not outlive the store the next fixture closes


@pytest.fixture
def window(qtbot, session: Session) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(session)
    qtbot.addWidget(win)
    settle(qtbot, win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.session.close()  # the session it signed in, after Switch user


def names_shown(window: MainWindow) -> list[str]:
    assert window.tasks.wait_idle(), "the board was not computed in time"  # computed in a worker
    proxy = window.board.proxy
    return [proxy.index(r, 2).data() for r in range(proxy.rowCount())]


def test_new_database_shows_the_demo_ward_marked_demo(window: MainWindow) -> None:
    model = window.board.model
    assert model.rowCount() == 6
    names = [model.data(model.index(r, 2)) for r in range(model.rowCount())]
    assert all(name.startswith("DEMO ") for name in names)
    assert window.board.banner.isVisible()
    assert "DEMO" in window.board.banner.text()
    # Markup in a name is shown literally, never interpreted.
    assert "DEMO O'Brien & <b>Kelly</b>, Declan" in names


def test_board_sorted_by_bed_with_severity_as_text(window: MainWindow) -> None:
    model = window.board.model
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


def test_board_model_and_filter_pass_qtmodeltester(qtmodeltester, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(window.board.model)
    qtmodeltester.check(BoardModel())
    window.board.proxy.set_search("demo")
    qtmodeltester.check(window.board.proxy)
    empty = BoardFilter()
    empty.setSourceModel(BoardModel())
    qtmodeltester.check(empty)


def test_header_labels(window: MainWindow) -> None:
    header = [
        window.board.model.headerData(c, Qt.Orientation.Horizontal) for c in range(window.board.model.columnCount())
    ]
    assert header[:3] == ["Bed", "Severity", "Name"]


def test_search_by_name_or_mrn_narrows_the_rows(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.board.search, "o'brien")
    assert names_shown(window) == ["DEMO O'Brien & <b>Kelly</b>, Declan"]
    window.board.search.clear()
    qtbot.keyClicks(window.board.search, "demo-00")
    assert len(names_shown(window)) == 6
    window.board.search.setText("DEMO-004")
    assert names_shown(window) == ["DEMO Иванов, Сергей"]
    window.board.search.setText("nobody")
    assert names_shown(window) == []


def test_ward_filter_narrows_the_rows_and_is_remembered(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    session.store.import_record(record_of(full_document("H5-1", "Ward, Five")), session.actor)  # ward H5
    win = MainWindow(session)
    qtbot.addWidget(win)
    settle(qtbot, win)
    wards = [win.board.ward_filter.itemText(i) for i in range(win.board.ward_filter.count())]
    assert wards == ["All wards", "DEMO", "H5"]
    assert win.board.proxy.rowCount() == 7
    win.board.ward_filter.setCurrentIndex(win.board.ward_filter.findData("H5"))
    assert names_shown(win) == ["Ward, Five"]
    assert app_settings().value("board/ward") == "H5"
    again = MainWindow(session)
    qtbot.addWidget(again)
    settle(qtbot, again)
    assert again.board.ward_filter.currentData() == "H5" and again.board.proxy.rowCount() == 1


def test_enter_opens_the_patient_and_escape_returns(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitActive(window)
    window.board.table.setFocus()
    window.select_mrn("DEMO-004")
    qtbot.keyClick(window.board.table, Qt.Key.Key_Return)
    assert isinstance(window.stack.currentWidget(), PatientView)
    assert window.current_mrn() == "DEMO-004"
    qtbot.keyClick(window.patient_view.tabs, Qt.Key.Key_Escape)
    assert window.stack.currentIndex() == 0
    assert window.current_mrn() == "DEMO-004"  # the row stays selected
    window.open_selected()
    window.patient_view.back_requested.emit()  # the patient view's own back button
    assert window.stack.currentIndex() == 0 and window.patient_view is None


def test_ctrl_f_focuses_the_search_even_from_a_patient(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitActive(window)
    window.open_selected()
    qtbot.keyClick(window.patient_view.tabs, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == 0
    assert window.board.search.hasFocus()


def test_arrow_keys_move_and_search_enter_opens(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.board.table.setFocus()
    qtbot.keyClick(window.board.table, Qt.Key.Key_Down)
    assert window.current_mrn() == "DEMO-002"
    window.board.search.setText("smith")
    qtbot.keyClick(window.board.search, Qt.Key.Key_Return)
    assert window.current_mrn() == "DEMO-006"
    assert isinstance(window.stack.currentWidget(), PatientView)


def test_down_leaves_the_search_and_escape_clears_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitActive(window)
    window.focus_search()
    qtbot.keyClicks(window.board.search, "demo")
    qtbot.keyClick(window.board.search, Qt.Key.Key_Escape)
    assert window.board.search.text() == "" and window.board.proxy.rowCount() == 6
    qtbot.keyClick(window.board.search, Qt.Key.Key_Down)
    assert window.board.table.hasFocus()


def test_board_refreshes_when_data_changes(window: MainWindow, session: Session) -> None:
    session.store.import_record(record_of(full_document("NEW-1", "New, Patient")), session.actor)
    session.notify()
    assert "New, Patient" in names_shown(window)


def test_switch_user_records_actions_as_the_new_user(qtbot, window: MainWindow, session: Session) -> None:  # type: ignore[no-untyped-def]
    session.store.add_user("Ann Berg", "AB", Actor("system", "ws-test"), pin="2580")
    dialog = window.switch_user()
    dialog.search.setText("ann")
    dialog.pin.setText("2580")
    assert dialog.sign_in()
    assert window.session.actor.user == "AB"
    assert "Ann Berg" in window.user_label.text()


def test_about_shows_the_notice_as_plain_text(window: MainWindow) -> None:
    box = window.show_about()
    assert "not a medical device" in box.text()
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.close()


def test_core_data_dir_matches_qstandardpaths(qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    QApplication.setApplicationName("Bedside")
    QApplication.setOrganizationName("")
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    assert Path(location) == data_dir()


def test_at_start_the_window_shows_first_and_the_board_fills_after_its_first_paint(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(session, fill_after_paint=True)
    qtbot.addWidget(win)
    assert win.board.proxy.rowCount() == 0 and "loading" in win.windowTitle()
    win.show()
    qtbot.waitUntil(lambda: win.board.proxy.rowCount() == 6, timeout=3000)
    assert "ward board" in win.windowTitle()


def test_a_missing_ld_date_shows_on_the_board_row() -> None:
    from bedside.views.board import BoardRow
    from ui.board.model import BoardModel

    common = ("Doe, J", "H5", "1", "axi-cel", 3, None, None, 0, 0, 0, "stable", False, "ash-2024")
    model = BoardModel([BoardRow("A-1", *common, missing_dates=("lymphodepletion start",)), BoardRow("A-2", *common)])
    day = model.COLUMNS.index("day")
    assert model.index(0, day).data() == "+3 (no LD date)"
    assert "lymphodepletion start" in model.index(0, day).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, day).data() == "+3"

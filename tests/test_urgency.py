"""The sickest patient stands out: an open febrile-neutropenia episode is flagged in words and red, listed first,
counts the minutes since the fever, and keeps the severity suggestion above "stable" while febrile and neutropenic."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt

from bedside.domain.patient import Check
from bedside.engine.urgency import suggest_severity
from bedside.services.board import rows as board
from bedside.services.demo import seed_demo_once
from bedside.services.printout_data import patient_handover
from bedside.storage import Store
from bedside.storage.audit import Actor
from tests.factories import minimal_document, record_of
from tests.gui import settle
from ui.access.session import Session
from ui.main_window import MainWindow
from ui.patient.checklist_model import ROW_ROLE

pytestmark = pytest.mark.both_engines  # the store fixture: SQLite, then PostgreSQL (tests/conftest.py)

TODAY = date(2026, 11, 21)
NOW = "2026-11-21T14:35:00Z"  # the DEMO-001 fever was at 14:10 (UTC here): 25 minutes ago
ACTOR = Actor("TN", "ws-test")


def febrile_without_crs(store: Store) -> None:
    """Day +3, T 38.6 C at 14:10, ANC 0.3: febrile neutropenic with no CRS grade recorded."""
    doc = minimal_document(mrn="FN-1", name="Fever, Frida", ward="H5", bed="9")
    doc["therapy"]["infusion_dates"] = ["2026-11-18"]
    doc["labs"] = [{"date": "2026-11-21", "test": "anc", "value": 0.3, "unit": "10^9/L"}]
    doc["observations"] = [{"date": "2026-11-21", "time": "14:10", "type": "temperature", "value": 38.6, "unit": "C"}]
    store.import_record(record_of(doc), ACTOR)


def tick_bundle(store: Store, mrn: str) -> None:
    store.record_check(mrn, Check("FN-BUNDLE", TODAY, "done", "TN", "2026-11-21T14:30:00Z"), ACTOR)


def test_open_episodes_are_first_on_the_board_with_the_time_of_the_fever(store: Store) -> None:
    seed_demo_once(store, TODAY)
    febrile_without_crs(store)  # ward H5, bed 9: last by ward and bed
    rows = board(store, TODAY, UTC)
    assert [r.mrn for r in rows[:2]] == ["DEMO-001", "FN-1"] and rows[-1].fn is None
    first = rows[0]
    assert first.fn is not None and first.fn.fever_at == datetime(2026, 11, 21, 14, 10, tzinfo=UTC)
    assert first.fn.anc == 0.3
    assert first.fn.antibiotics_minutes_left(datetime(2026, 11, 21, 14, 35, tzinfo=UTC)) == 35
    assert all(r.fn is None for r in rows[2:])


def test_a_ticked_bundle_closes_the_episode_but_never_makes_a_febrile_neutropenic_patient_stable(store: Store) -> None:
    febrile_without_crs(store)
    (row,) = board(store, TODAY, UTC)
    assert row.fn is not None and row.severity == "watcher"
    tick_bundle(store, "FN-1")
    (row,) = board(store, TODAY, UTC)
    assert row.fn is None and row.severity == "watcher"  # was "stable" before
    sheet = patient_handover(store, "FN-1", TODAY, printed_by="TN", printed_at=datetime(2026, 11, 21, 14, 40), zone=UTC)
    severity = sheet.patients[0].severity
    assert severity.suggested == "watcher" and any("fever while neutropenic" in r for r in severity.reasons)


def test_a_fever_recorded_for_later_than_now_counts_nothing() -> None:
    from bedside.engine.urgency import FnEpisode
    from ui.board.model import fn_antibiotics, fn_since

    fn = FnEpisode("T 38.6 C at 14:10", 0.3, datetime(2026, 11, 21, 14, 10, tzinfo=UTC), "due")
    early = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
    assert fn_since(fn, early) == "fever at 14:10, later than now"
    assert fn_antibiotics(fn, early) == "antibiotics within 60 minutes of the fever"
    assert (
        fn_antibiotics(fn, datetime(2026, 11, 21, 15, 20, tzinfo=UTC)) == "antibiotics within 60 minutes: 10 min past"
    )


def test_a_falling_ice_score_makes_a_watcher(store: Store) -> None:
    doc = minimal_document(mrn="ICE-1", name="Ice, Ida", ward="H5", bed="3")
    doc["therapy"]["infusion_dates"] = ["2026-11-18"]
    doc["observations"] = [
        {"date": "2026-11-20", "time": "08:00", "type": "ice_score", "value": 10},
        {"date": "2026-11-21", "time": "08:00", "type": "ice_score", "value": 10},
    ]
    store.import_record(record_of(doc), ACTOR)
    assert board(store, TODAY, UTC)[0].severity == "stable"
    doc["observations"].append({"date": "2026-11-21", "time": "12:00", "type": "ice_score", "value": 8})
    store.import_record(record_of(doc), ACTOR, replace=True)
    assert board(store, TODAY, UTC)[0].severity == "watcher"
    sheet = patient_handover(
        store, "ICE-1", TODAY, printed_by="TN", printed_at=datetime(2026, 11, 21, 14, 40), zone=UTC
    )
    assert sheet.patients[0].severity.suggested == "watcher"
    assert "ICE score falling" in sheet.patients[0].severity.reasons


def test_severity_rule() -> None:
    assert suggest_severity(None, None, fn_open=False, febrile_neutropenic=False) == "stable"
    assert suggest_severity(None, None, fn_open=False, febrile_neutropenic=True) == "watcher"
    assert suggest_severity(3, None, fn_open=True, febrile_neutropenic=True) == "unstable"


@pytest.fixture
def window(qtbot, store: Store) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    seed_demo_once(store, TODAY)
    nurse = store.add_user("Tess Nurse", "TN", Actor("system", "ws-test"), pin="4711")
    win = MainWindow(Session(store, nurse, TODAY, now=lambda: NOW, zone=UTC))
    qtbot.addWidget(win)
    settle(qtbot, win)
    win.show()
    yield win
    win.session.close()
    win.idle_lock.stop()


def cell(window: MainWindow, row: int, column: str, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    proxy = window.board.proxy
    return proxy.index(row, window.board.model.COLUMNS.index(column)).data(role)


def test_the_board_flags_the_episode_in_words_and_lists_it_first(window: MainWindow) -> None:
    assert cell(window, 0, "mrn") == "DEMO-001"
    assert cell(window, 0, "alert") == "!! FN, fever 25 min ago"
    assert "antibiotics within 60 minutes: 35 min left" in str(cell(window, 0, "alert", Qt.ItemDataRole.ToolTipRole))
    assert cell(window, 0, "severity") != "stable"
    assert all(cell(window, r, "alert") == "" for r in range(1, window.board.proxy.rowCount()))


def test_the_patient_shows_a_red_banner_until_the_bundle_is_ticked(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.board.table.setFocus()
    window.board.table.setCurrentIndex(window.board.proxy.index(0, 0))
    qtbot.keyClick(window.board.table, Qt.Key.Key_Return)
    view = window.patient_view
    assert view is not None and view.mrn == "DEMO-001"
    banner = view.fn_banner
    assert banner.isVisible() and banner.text().startswith("!! FEBRILE NEUTROPENIA: T 38.6 C at 14:10, ANC 0.3")
    assert "Fever 25 min ago: antibiotics within 60 minutes: 35 min left" in banner.text()
    tab = view.checklist
    for g in range(tab.model.rowCount()):  # select the bundle, then tick it with Space
        group = tab.model.index(g, 0)
        for r in range(tab.model.rowCount(group)):
            if tab.model.index(r, 0, group).data(ROW_ROLE).item.id == "FN-BUNDLE":
                tab.tree.setCurrentIndex(tab.model.index(r, 0, group))
    assert tab.selected_row() is not None and tab.selected_row().item.id == "FN-BUNDLE"
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Space)
    assert not banner.isVisible()

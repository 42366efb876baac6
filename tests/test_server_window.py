"""Two workstations on one ward server: a tick saved on one shows on the other's board and open patient within
1 s, by LISTEN/NOTIFY (ui/access/change_notices.py), not the 1.5 s poll a SQLite file uses (docs/ward-server.md)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt

from bedside.domain.patient import Check
from bedside.services.backups import check_backup, default_folder
from bedside.services.database import open_database
from bedside.services.demo import seed_demo_once
from bedside.storage import Store
from bedside.storage.audit import Actor
from bedside.views.day import day_view
from tests.gui import settle
from ui.access.session import Session
from ui.board.model import ROW_ROLE
from ui.main_window import MainWindow
from ui.patient.view import PatientView

TODAY = date(2026, 11, 21)
OTHER = Actor("XY", "ws-other")  # the second workstation
MRN = "DEMO-004"


@pytest.fixture
def two(pg_url: str) -> Iterator[tuple[Store, Store]]:
    """This workstation's store and another workstation's, on one ward database."""
    here = open_database(pg_url)
    seed_demo_once(here, TODAY)
    there = open_database(pg_url)
    yield here, there
    there.close()
    here.close()


@pytest.fixture
def window(qtbot, two: tuple[Store, Store]) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    here, _ = two
    nurse = here.add_user("Tess Nurse", "TN", Actor("system", "ws-here"), role="admin")
    session = Session(here, nurse, TODAY)
    win = MainWindow(session)
    qtbot.addWidget(win)
    settle(qtbot, win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.session.close()


def due_today(store: Store) -> Check:
    """A tick for an item due today, as the other workstation's nurse makes it."""
    record = store.load_record(MRN)
    view = day_view(store.protocol_for(record), record, TODAY, TODAY)
    item = next(r.item for r in view.rows if r.can_check and r.item.status == "due")
    assert item.due is not None
    return Check(item.id, item.due, "done", "XY", f"{TODAY.isoformat()}T10:00:00Z")


def board_due(window: MainWindow) -> int:
    model = window.board.model
    for r in range(model.rowCount()):
        row = model.index(r, 0).data(ROW_ROLE)
        if row.mrn == MRN:
            return int(row.due)
    raise AssertionError(f"{MRN} is not on the board")


def test_a_tick_on_another_workstation_shows_on_the_board_within_a_second(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    two: tuple[Store, Store],
) -> None:
    _, there = two
    before = board_due(window)
    check = due_today(there)
    started = time.monotonic()
    there.record_check(MRN, check, OTHER)
    qtbot.waitUntil(lambda: board_due(window) == before - 1, timeout=1000)
    print(f"the board showed the other workstation's tick {1000 * (time.monotonic() - started):.0f} ms after it")


def test_a_tick_on_another_workstation_shows_in_the_open_patient_within_a_second(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    two: tuple[Store, Store],
) -> None:
    _, there = two
    window.activateWindow()
    window.board.table.setFocus()
    window.select_mrn(MRN)
    qtbot.keyClick(window.board.table, Qt.Key.Key_Return)  # the nurse opens the patient
    view = window.patient_view
    assert isinstance(view, PatientView) and window.current_mrn() == MRN
    checklist = view.checklist
    assert checklist.view is not None
    done_before = checklist.view.checklist.counts()["done"]
    there.record_check(MRN, due_today(there), OTHER)
    qtbot.waitUntil(
        lambda: checklist.view is not None and checklist.view.checklist.counts()["done"] == done_before + 1,
        timeout=1000,
    )


def test_the_window_listens_and_does_not_poll_on_a_server(window: MainWindow) -> None:
    session = window.session
    assert session.watching
    assert not session._poll.isActive()  # the change token is read when a notice comes, not every 1.5 s
    session.close()
    assert not session.watching  # stopped with the session: nothing reads a store about to close


def test_reads_in_workers_use_a_server_connection_of_their_own(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    two: tuple[Store, Store],
) -> None:
    here, _ = two
    seen: list[tuple[int, str]] = []

    def read(reader: Store) -> tuple[int, str]:
        return reader._db.conn.info.backend_pid, threading.current_thread().name  # type: ignore[attr-defined]

    window.tasks.run_read(here, read, seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    pid, thread = seen[0]
    assert pid != here._db.conn.info.backend_pid  # type: ignore[attr-defined]
    assert thread.startswith("bedside-task")  # in a worker, never on the GUI thread


def test_back_up_now_on_a_server_writes_the_verified_file_in_this_workstations_folder(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    two: tuple[Store, Store],
    pg_url: str,
) -> None:
    actions = window.backups
    actions.back_up_action.trigger()  # File > Back up now
    qtbot.waitUntil(lambda: not actions.running(), timeout=30_000)
    assert actions.warning.isHidden(), actions.warning.toolTip()
    made = actions.last_made
    assert made is not None and made.path.parent == default_folder(pg_url)
    assert check_backup(made.path).ok
    assert [e.action for e in two[1].events(limit=1)] == ["backup.made"]  # recorded in the server's trail


def test_restore_on_a_server_is_refused_saying_what_to_do_instead(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    before = window.store.audit_head()
    with qtbot.waitSignal(window.backups.restore_finished, timeout=5000) as finished:
        window.backups.restore_action.trigger()  # File > Restore from backup… (no file dialog: refused first)
    assert finished.args == [False]
    box = window.backups.last_message
    assert box is not None and "ward server" in box.text() and "move-to" in box.text()
    assert window.store.audit_head() == before

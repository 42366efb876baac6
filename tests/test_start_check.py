"""Issue 14 part 7: the start check of a large file is bounded; its full check runs after the window shows.

Before: Store.open ran PRAGMA quick_check over the whole file at every start (3.9 s on the 10,000-patient
database). Now a file above health.FULL_CHECK_UP_TO gets the bounded check (header, schema, the small tables
whole, the newest rows of the growing ones), and the window runs the whole quick_check in a thread: damage
it finds is a critical message, and the next start checks the whole file (so the recovery screen follows).
Here the threshold is set to 0, so the small test ward counts as large.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from bedside.domain.errors import DamagedDatabaseError
from bedside.domain.patient import Observation
from bedside.services.database import open_database
from bedside.storage import entries, health
from bedside.storage.audit import Actor
from bedside.storage.connection import write_transaction
from tests.test_backup import ACTOR, sha256
from ui.access.session import Session
from ui.main_window import MainWindow

TODAY = date(2026, 11, 21)


@pytest.fixture
def large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(health, "FULL_CHECK_UP_TO", 0)


def leaves(path: Path, table: str) -> list[int]:
    """The table's leaf pages from oldest rows to newest (b-tree order)."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY path", [table]
        ).fetchall()
    finally:
        conn.close()
    return [r[0] for r in rows]


def damage_page(path: Path, pageno: int) -> None:
    size = sqlite3.connect(path).execute("PRAGMA page_size").fetchone()[0]
    with open(path, "r+b") as f:
        f.seek((pageno - 1) * size)
        f.write(b"\xa5" * size)


@pytest.fixture
def ward_db(ward_db: Path) -> Path:
    """The small ward with a year of daily temperatures on one patient: an audit trail of many pages."""
    store = open_database(ward_db)
    try:
        mrn = store.patient_summaries()[0].mrn
        pid = store._db.execute("SELECT id FROM patients WHERE mrn = ?", [mrn]).fetchone()[0]
        with write_transaction(store._db):  # one transaction: the test stays fast
            for day in range(365):
                when = TODAY - timedelta(days=day)
                entries.add(store._db, pid, mrn, Observation(when, "temperature", 37.0, "08:00"), ACTOR)
    finally:
        store.close()
    return ward_db


@pytest.fixture
def old_rows_damaged(ward_db: Path) -> Path:
    """One leaf of old audit rows overwritten: not among the newest rows the bounded check reads."""
    pages = leaves(ward_db, "events")
    assert len(pages) >= 4, "the test ward is too small"
    damage_page(ward_db, pages[0])
    return ward_db


def test_a_small_file_is_checked_whole_at_start(old_rows_damaged: Path) -> None:
    with pytest.raises(DamagedDatabaseError):
        open_database(old_rows_damaged)


def test_a_large_file_opens_after_the_bounded_check_and_owes_the_full_one(large: None, old_rows_damaged: Path) -> None:
    store = open_database(old_rows_damaged)
    try:
        assert store.full_check_owed
    finally:
        store.close()
    with pytest.raises(DamagedDatabaseError):
        health.check_sound(old_rows_damaged)  # what the window then runs in its thread


def test_a_sound_large_file_owes_its_full_check_and_a_small_one_does_not(ward_db: Path, large: None) -> None:
    store = open_database(ward_db)
    try:
        assert store.full_check_owed
    finally:
        store.close()


@pytest.mark.parametrize(
    "where", ["newest audit rows", "patients", "users", "header"], ids=lambda w: w.replace(" ", "-")
)
def test_the_bounded_check_still_refuses_damage_where_it_looks(ward_db: Path, large: None, where: str) -> None:
    if where == "header":
        with open(ward_db, "r+b") as f:
            f.write(b"\x00" * 100)
    else:
        table = {"newest audit rows": "events", "patients": "patients", "users": "users"}[where]
        found = leaves(ward_db, table) or _root(ward_db, table)
        damage_page(ward_db, found[-1])
    digest = sha256(ward_db)
    with pytest.raises(DamagedDatabaseError):
        open_database(ward_db)
    assert sha256(ward_db) == digest  # nothing was written to it


def _root(path: Path, table: str) -> list[int]:
    conn = sqlite3.connect(path)
    try:
        return [conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]]
    finally:
        conn.close()


# --- the window: the full check runs off the GUI thread, and its result shows ---------------------------------
@pytest.fixture
def window_on(qtbot, large: None) -> Iterator[Callable[[Path], MainWindow]]:  # type: ignore[no-untyped-def]
    made: list[MainWindow] = []

    def open_window(path: Path) -> MainWindow:
        store = open_database(path)
        nurse = store.add_user("Tess Nurse", "TN", Actor("system", "ws-test"), pin="4711", role="admin")
        win = MainWindow(Session(store, nurse, TODAY))
        qtbot.addWidget(win)
        win.show()
        made.append(win)
        return win

    yield open_window  # type: ignore[misc]
    for win in made:
        win.session.close()
        win.session.store.close()


def test_the_window_shows_damage_the_full_check_finds_and_the_next_start_refuses(
    qtbot,  # type: ignore[no-untyped-def]
    window_on,  # type: ignore[no-untyped-def]
    old_rows_damaged: Path,
) -> None:
    window = window_on(old_rows_damaged)
    window.audit.check_at_start()  # what the app does once the window shows
    assert window.audit.file.running or window.audit.file.problem is not None  # in a thread: the window works on

    qtbot.waitUntil(lambda: window.audit.file.problem is not None, timeout=20_000)
    box = window.last_message
    assert box is not None and box.icon() == QMessageBox.Icon.Critical
    assert "found damage" in box.text() and "restore the newest verified backup" in box.text()
    assert health.flag_path(old_rows_damaged).exists()
    window.session.store.close()
    with pytest.raises(DamagedDatabaseError):
        open_database(old_rows_damaged)  # the whole file is checked at this start: the recovery screen follows


def test_the_window_says_when_the_full_check_found_no_damage(qtbot, window_on, ward_db: Path) -> None:  # type: ignore[no-untyped-def]
    window = window_on(ward_db)
    shown: list[str] = []
    window.statusBar().messageChanged.connect(shown.append)
    window.audit.check_at_start()

    qtbot.waitUntil(lambda: window.audit.file.seconds is not None, timeout=20_000)
    assert window.audit.file.problem is None
    assert "Checking the whole database file in the background…" in shown
    assert any(text.startswith("The whole database file was checked: no damage") for text in shown)
    assert not health.flag_path(ward_db).exists()

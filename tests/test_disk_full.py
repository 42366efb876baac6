"""Disk full while ticking: a clear error, nothing half-written, nothing lost once space returns.

The core test fills the file up to PRAGMA max_page_count (SQLITE_FULL, works anywhere); a second test
fills a real 400 kB tmpfs when this machine allows a private mount; the GUI test shows the checklist
never shows such a tick as done.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bedside.domain.errors import StorageError
from bedside.services.database import open_database
from bedside.storage import Store
from tests import fs_scenarios
from tests.db_worker import MRN, a_check, ensure_patient
from tests.factories import ACTOR, minimal_document, record_of

FULL = "the disk is full; nothing was saved"
NO_LIMIT = 1_073_741_823  # SQLite's largest max_page_count: the space has returned


def _fill_up(store: Store) -> str:
    """Lower the limit to the file's size, then print until the last page is full; the refusal's text."""
    store._db.execute("PRAGMA max_page_count = 1")  # never below the current size: this means "no more pages"
    for _ in range(10_000):
        try:
            store.record_print("handover", ACTOR, ward="H5", pages=1)  # fills the audit trail's last page
        except StorageError as err:
            return str(err)
    raise AssertionError("the database never filled up")


def _stored(store: Store) -> dict[str, Any]:
    return {
        "checks": store._db.execute("SELECT * FROM checks ORDER BY id").fetchall(),
        "events": store._db.execute("SELECT seq, action, hash FROM events ORDER BY seq").fetchall(),
        "record": store.load_record(MRN),
    }


def test_a_tick_on_a_full_disk_is_refused_clearly_and_saved_once_space_returns(store: Store, db_path: Path) -> None:
    ensure_patient(store, ACTOR)
    earlier = [store.record_check(MRN, a_check(n, ACTOR.user), ACTOR) for n in range(3)]
    assert FULL in _fill_up(store)
    before = _stored(store)
    tick = a_check(10, ACTOR.user)

    with pytest.raises(StorageError, match=FULL) as caught:
        store.record_check(MRN, tick, ACTOR)

    assert str(db_path) in str(caught.value)  # says where
    assert not store._db.conn.in_transaction
    assert _stored(store) == before  # nothing half-written: no check row, no event
    other = open_database(db_path)  # and another connection sees the same
    try:
        assert other._db.execute("SELECT count(*) FROM checks").fetchone()[0] == len(earlier)
    finally:
        other.close()

    store._db.execute(f"PRAGMA max_page_count = {NO_LIMIT}")
    saved = store.record_check(MRN, tick, ACTOR)
    assert [r.id for r in store.entry_rows(MRN, "check")] == [*earlier, saved]
    assert store.load_record(MRN).checks[:3] == before["record"].checks  # earlier data intact
    assert store.verify_audit().ok
    assert store._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_real_full_disk_refuses_clearly_and_keeps_every_acknowledged_tick(tmp_path: Path) -> None:
    if not fs_scenarios.private_mounts_work(tmp_path / "probe"):
        pytest.skip("cannot mount a private tmpfs here (needs root with CAP_SYS_ADMIN or user namespaces)")
    seen = fs_scenarios.run("disk-full", tmp_path / "disk")
    assert seen["refusal"].startswith(FULL), seen["refusal"]
    assert seen["rows_when_full"] == seen["acknowledged"] == seen["adds_when_full"]  # no half-written tick
    assert seen["rows_after"] == [*seen["acknowledged"], seen["saved_after"]]
    assert seen["chain_ok"] and seen["integrity"] == "ok"


# --- the checklist tab --------------------------------------------------------------------------
TODAY = date(2026, 11, 21)


@pytest.fixture
def tab(qtbot, store: Store) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    from ui.access.session import Session
    from ui.patient.checklist_tab import ChecklistTab

    doc = minimal_document(ward="H5", bed="3")
    doc["therapy"]["infusion_dates"] = ["2026-11-21"]  # day 0 today: nothing carried over from earlier days
    doc["therapy"]["lymphodepletion_start"] = "2026-11-21"
    store.import_record(record_of(doc), ACTOR)
    user = store.add_user("Nurse Test", "NT", ACTOR)
    session = Session(store, user, TODAY, now=lambda: f"{TODAY.isoformat()}T10:00:00Z", zone=None)
    widget = ChecklistTab(session, "A12345")
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    session.close()


def _select(tab: Any, item_id: str) -> None:
    from ui.patient.checklist_model import ROW_ROLE

    for g in range(tab.model.rowCount()):
        group = tab.model.index(g, 0)
        for r in range(tab.model.rowCount(group)):
            index = tab.model.index(r, 0, group)
            if index.data(ROW_ROLE).item.id == item_id:
                tab.tree.setCurrentIndex(index)
                return
    raise AssertionError(f"{item_id} is not listed")


def _status(tab: Any, item_id: str) -> str:
    return str(tab.view.checklist.item(item_id).status)


def test_a_tick_on_a_full_disk_is_not_shown_as_done(tab: Any) -> None:
    store: Store = tab.session.store
    _fill_up(store)
    _select(tab, "HSV-VZV")
    assert _status(tab, "HSV-VZV") == "due"

    assert not tab.record("done")

    assert _status(tab, "HSV-VZV") == "due"
    assert tab.message.text().startswith("Not saved: " + FULL)
    assert "Saved" not in tab.message.text()
    assert not tab.undo_stack.canUndo()  # nothing to undo: nothing was saved
    tab.reload()  # what the database holds, read again
    assert _status(tab, "HSV-VZV") == "due"
    assert store.load_record("A12345").checks == ()

    store._db.execute(f"PRAGMA max_page_count = {NO_LIMIT}")  # space returns: the same tick goes through
    assert tab.record("done")
    assert _status(tab, "HSV-VZV") == "done"
    assert [c.item for c in store.load_record("A12345").checks] == ["HSV-VZV"]

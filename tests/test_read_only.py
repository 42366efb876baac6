"""A database file this workstation cannot write opens read-only: shown, never written, every save refused.

As root, chmod does not stop a write, so the core test makes os.access say "not writable" (what a
write-protected file or folder looks like to Store.open); a second test remounts a real tmpfs
read-only when this machine allows a private mount.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bedside.domain.errors import StorageError
from bedside.domain.patient import Lab
from bedside.protocol.loader import load_protocol
from bedside.services.database import open_database
from bedside.storage import Store, connection
from tests import fs_scenarios
from tests.conftest import DATA
from tests.db_worker import MRN, a_check, ensure_patient, patient_document
from tests.factories import ACTOR, minimal_document, record_of

READ_ONLY = "the database is read-only; nothing was saved"


@pytest.fixture
def write_protected(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], None]:
    """Make a file look write-protected to this process, as it would to anyone but root."""
    protected: set[str] = set()
    real_access = os.access

    def access(path: Any, mode: int, **kwargs: Any) -> bool:
        if mode & os.W_OK and str(Path(path).resolve()) in protected:
            return False
        return real_access(path, mode, **kwargs)

    monkeypatch.setattr(connection.os, "access", access)
    return lambda path: protected.add(str(path.resolve()))


@pytest.fixture
def filled(db_path: Path) -> Iterator[tuple[Path, int]]:
    store = open_database(db_path)
    try:
        ensure_patient(store, ACTOR)
        check_id = store.record_check(MRN, a_check(0, ACTOR.user), ACTOR)
    finally:
        store.close()
    yield db_path, check_id


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_file_that_cannot_be_written_opens_read_only_and_refuses_every_save(
    filled: tuple[Path, int], write_protected: Callable[[Path], None]
) -> None:
    path, check_id = filled
    write_protected(path)
    before = _digest(path)
    store = open_database(path)
    try:
        assert store.read_only
        assert [r.id for r in store.entry_rows(MRN, "check")] == [check_id]  # everything can still be read
        assert store.verify_audit().ok
        record = store.load_record(MRN)
        saves: dict[str, Callable[[], object]] = {
            "tick": lambda: store.record_check(MRN, a_check(1, ACTOR.user), ACTOR),
            "lab": lambda: store.add_entry(MRN, Lab(date(2025, 3, 5), "anc", 0.4, "10^9/L"), ACTOR),
            "void": lambda: store.void_entry(MRN, "check", check_id, "wrong patient", ACTOR),
            "setting": lambda: store.set_meta("site_timezone", "Europe/Oslo", ACTOR),
            "user": lambda: store.add_user("Ann Berg", "ABX", ACTOR),
            "import": lambda: store.import_record(record_of(patient_document()), ACTOR, replace=True),
            "edit": lambda: store.edit_patient(record, ACTOR),
            "protocol": lambda: store.move_protocol(MRN, load_protocol(None), ACTOR, "new version"),
            "print": lambda: store.record_print("handover", ACTOR, ward="H5", pages=1),
        }
        for what, save in saves.items():
            with pytest.raises(StorageError, match=READ_ONLY) as caught:
                save()
            assert str(path) in str(caught.value), what  # says which file
        assert [r.voided_at for r in store.entry_rows(MRN, "check")] == [None]
    finally:
        store.close()
    assert _digest(path) == before  # the file was never written


def test_a_writable_file_is_not_read_only(store: Store) -> None:
    assert not store.read_only
    ensure_patient(store, ACTOR)
    assert store.record_check(MRN, a_check(0, ACTOR.user), ACTOR) > 0


def test_a_read_only_file_that_needs_an_upgrade_is_refused_and_untouched(
    tmp_path: Path, write_protected: Callable[[Path], None]
) -> None:
    old = tmp_path / "bedside.sqlite3"
    shutil.copyfile(DATA / "bedside-v1.sqlite3", old)
    write_protected(old)
    before = _digest(old)
    with pytest.raises(StorageError, match="read-only and needs an upgrade"):
        open_database(old)
    assert _digest(old) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bedside.sqlite3"]  # no backup, no -wal


def test_a_database_on_a_read_only_disk_opens_read_only(tmp_path: Path) -> None:
    if not fs_scenarios.private_mounts_work(tmp_path / "probe"):
        pytest.skip("cannot mount a private tmpfs here (needs root with CAP_SYS_ADMIN or user namespaces)")
    seen = fs_scenarios.run("read-only", tmp_path / "disk")
    assert seen["read_only"] is True
    assert seen["checks"] == [seen["first"]] and seen["voided"] == [None]
    assert len(seen["refusals"]) == 3
    assert all(r.startswith(READ_ONLY) for r in seen["refusals"]), seen["refusals"]
    assert seen["chain_ok"]


def test_the_checklist_never_shows_a_tick_on_a_read_only_file_as_saved(
    qtbot, db_path: Path, write_protected: Callable[[Path], None]
) -> None:  # type: ignore[no-untyped-def]
    from tests.test_disk_full import TODAY, _select, _status
    from ui.access.session import Session
    from ui.patient.checklist_tab import ChecklistTab

    store = open_database(db_path)
    doc = minimal_document(ward="H5", bed="3")
    doc["therapy"]["infusion_dates"] = ["2026-11-21"]  # day 0: HSV/VZV due today, nothing carried over
    doc["therapy"]["lymphodepletion_start"] = "2026-11-21"
    store.import_record(record_of(doc), ACTOR)
    user = store.add_user("Nurse Test", "NT", ACTOR)
    store.close()
    write_protected(db_path)
    store = open_database(db_path)
    session = Session(store, user, TODAY, now=lambda: f"{TODAY.isoformat()}T10:00:00Z", zone=None)
    try:
        tab = ChecklistTab(session, "A12345")
        qtbot.addWidget(tab)
        _select(tab, "HSV-VZV")
        assert not tab.record("done")
        assert _status(tab, "HSV-VZV") == "due"
        assert tab.message.text().startswith("Not saved: " + READ_ONLY)
    finally:
        session.close()
        store.close()


def test_a_read_only_database_still_lets_a_user_sign_in_without_writing(
    db_path: Path, write_protected: Callable[[Path], None]
) -> None:
    from bedside.storage import access
    from bedside.storage.access import Outcome

    store = open_database(db_path)
    try:
        store.add_user("Tess Nurse", "TN", ACTOR, pin="4711")
    finally:
        store.close()
    before = _digest(db_path)
    write_protected(db_path)
    store = open_database(db_path)
    try:
        nurse = access.find(store._db, "TN")
        assert access.sign_in(store._db, nurse, "0007", "ws").outcome is Outcome.WRONG
        assert access.sign_in(store._db, nurse, "4711", "ws").outcome is Outcome.SIGNED_IN
        access.record_session(store._db, access.Actor("TN", "ws"), "session.lock")
    finally:
        store.close()
    assert _digest(db_path) == before


def test_a_read_only_folder_with_a_wal_and_no_shm_never_shows_stale_data(tmp_path: Path) -> None:
    """Issue 14 F3: such a folder was opened immutable=1, which ignores the -wal: 226 of 400 acknowledged
    ticks were shown as if that were all. Now every acknowledged tick is shown, or the open is refused
    with what to do."""
    if not fs_scenarios.private_mounts_work(tmp_path / "probe"):
        pytest.skip("cannot mount a private tmpfs here (needs root with CAP_SYS_ADMIN or user namespaces)")
    seen = fs_scenarios.run("read-only-wal", tmp_path / "disk")
    if seen["refused"] is None:
        assert seen["shown"] == seen["acknowledged"]
    else:
        assert "bedside.sqlite3-wal" in seen["refused"] and "writable" in seen["refused"], seen["refused"]

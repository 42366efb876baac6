"""bedside/services: one function per user action; each asserts what is stored and what the trail says."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bedside.config.settings import SITE_NAME
from bedside.domain.errors import AccessError, BedsideError, NotFoundError
from bedside.domain.patient import Check, Lab
from bedside.protocol.loader import load_protocol
from bedside.services import (
    audit_trail,
    board,
    demo,
    entries,
    patients,
    printouts,
    session,
    settings,
    users,
    ward_list,
)
from bedside.services.database import default_protocol, open_database
from bedside.storage import Store
from bedside.storage.access import User
from bedside.storage.audit import Actor
from tests.factories import ACTOR, minimal_document, record_of

TODAY = date(2025, 3, 10)
ADMIN_PIN, STAFF_PIN = "4711", "2580"


@pytest.fixture
def ward(tmp_path: Path) -> Iterator[Store]:
    store = open_database(tmp_path / "bedside.sqlite3")
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def admin(ward: Store) -> User:
    return session.add_first_user(ward, "Ann Admin", "AA", ADMIN_PIN)


@pytest.fixture
def staff(ward: Store, admin: User) -> User:
    return users.add(ward, ACTOR, "Carl Staff", "CS", STAFF_PIN, by=admin)


def newest(store: Store, action: str | None = None) -> tuple[str, str | None, object, object]:
    """(action, mrn, old, new) of the newest event (of that action)."""
    for e in store.events():
        if action is None or e.action == action:
            return e.action, e.mrn, e.old_value, e.new_value
    raise AssertionError(f"no {action} event")


def actions(store: Store) -> list[str]:
    return [e.action for e in reversed(store.events())]


def a_patient(store: Store, mrn: str = "A12345") -> None:
    patients.add(store, ACTOR, record_of(minimal_document(mrn=mrn)))


# --- opening ---------------------------------------------------------------------------------------------
def test_open_database_pins_an_unpinned_record_to_the_default_it_passes_in(ward: Store) -> None:
    a_patient(ward)
    pin = ward.load_record("A12345").protocol
    assert pin is not None and (pin.id, pin.version) == (default_protocol().id, default_protocol().version)


def test_storage_itself_chooses_no_protocol(tmp_path: Path) -> None:
    from bedside import storage

    bare = storage.open(tmp_path / "bare.sqlite3")  # no default given
    try:
        with pytest.raises(BedsideError, match="no default protocol"):
            bare.import_record(record_of(minimal_document()), ACTOR)
        assert bare.patient_summaries() == []
    finally:
        bare.close()


# --- patients --------------------------------------------------------------------------------------------
def test_import_files_stores_every_file_in_one_step(ward: Store, tmp_path: Path) -> None:
    files = []
    for mrn in ("P-1", "P-2"):
        files.append(tmp_path / f"{mrn}.json")
        files[-1].write_text(json.dumps(minimal_document(mrn=mrn)), encoding="utf-8")
    read = patients.import_files(ward, ACTOR, files)
    assert [r.mrn for r in read] == ["P-1", "P-2"]
    assert sorted(s.mrn for s in ward.patient_summaries()) == ["P-1", "P-2"]
    assert actions(ward)[-2:] == ["patient.import", "patient.import"]


def test_one_mrn_twice_in_a_batch_imports_nothing(ward: Store) -> None:
    batch = [record_of(minimal_document(mrn="BX-1")), record_of(minimal_document(mrn="bx-1"))]
    with pytest.raises(BedsideError, match="appears in more than one file"):
        patients.import_records(ward, ACTOR, batch)
    assert ward.patient_summaries() == [] and "patient.import" not in actions(ward)


def test_an_unreadable_file_names_itself_and_imports_nothing(ward: Store, tmp_path: Path) -> None:
    bad = tmp_path / "latin1.json"
    bad.write_bytes("Ø".encode("latin-1"))
    with pytest.raises(BedsideError, match=r"latin1\.json: the file is not UTF-8 text"):
        patients.import_files(ward, ACTOR, [bad])
    assert ward.patient_summaries() == []


def test_export_file_writes_the_patient_with_voided_entries(ward: Store, tmp_path: Path) -> None:
    a_patient(ward)
    lab = entries.add(ward, ACTOR, "A12345", Lab(date(2025, 3, 4), "anc", 0.4, "10^9/L"))
    entries.void(ward, ACTOR, "A12345", "lab", lab, "wrong sample")
    out = tmp_path / "out.json"
    patients.export_file(ward, ACTOR, "A12345", out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["patient"]["mrn"] == "A12345" and [v["reason"] for v in doc["voided"]] == ["wrong sample"]
    assert newest(ward)[:2] == ("patient.export", "A12345")


def test_add_stores_the_patient_and_the_trail_says_so(ward: Store) -> None:
    a_patient(ward)
    assert patients.is_stored(ward, "A12345") and newest(ward)[:2] == ("patient.import", "A12345")


def test_edit_with_a_move_saves_both_in_one_step(ward: Store, admin: User) -> None:
    a_patient(ward)
    edited = record_of(minimal_document(name="Doe, Janet"))
    other = load_protocol("eha-ebmt-2023")
    patients.edit(ward, ACTOR, edited, move_to=other, reason="centre switched", by=admin)
    record = ward.load_record("A12345")
    assert record.patient.name == "Doe, Janet"
    assert record.protocol is not None and record.protocol.id == "eha-ebmt-2023"
    assert actions(ward)[-2:] == ["patient.edit", "protocol.move"]


def test_a_move_refused_inside_the_transaction_leaves_the_edit_unsaved(ward: Store, admin: User) -> None:
    a_patient(ward)
    before = actions(ward)
    pinned = ward.protocol_for(ward.load_record("A12345"))
    changed = dataclasses.replace(pinned, files={"x.toml": "a changed text under the same version"})
    edited = record_of(minimal_document(name="Doe, Janet"))
    with pytest.raises(BedsideError, match="differs from the copy already in use"):
        patients.edit(ward, ACTOR, edited, move_to=changed, reason="new text", by=admin)
    assert ward.load_record("A12345").patient.name == "Doe, Jane"  # the edit was rolled back with the move
    assert actions(ward) == before


def test_a_move_by_staff_is_refused_and_the_edit_is_not_saved(ward: Store, staff: User) -> None:
    a_patient(ward)
    edited = record_of(minimal_document(name="Doe, Janet"))
    with pytest.raises(AccessError, match="only an admin"):
        patients.edit(ward, ACTOR, edited, move_to=load_protocol("eha-ebmt-2023"), reason="why", by=staff)
    assert ward.load_record("A12345").patient.name == "Doe, Jane"
    assert "patient.edit" not in actions(ward)


def test_edit_without_a_move_saves_the_edit(ward: Store) -> None:
    a_patient(ward)
    patients.edit(ward, ACTOR, record_of(minimal_document(name="Doe, Janet")))
    assert newest(ward)[0] == "patient.edit" and ward.load_record("A12345").patient.name == "Doe, Janet"


def test_move_protocol_needs_a_reason_and_is_audited(ward: Store) -> None:
    a_patient(ward)
    with pytest.raises(BedsideError, match="needs a reason"):
        patients.move_protocol(ward, ACTOR, "A12345", load_protocol("eha-ebmt-2023"), " ")
    patients.move_protocol(ward, ACTOR, "A12345", load_protocol("eha-ebmt-2023"), "centre switched")
    assert newest(ward)[0] == "protocol.move" and newest(ward)[3] == {
        "id": "eha-ebmt-2023",
        "version": load_protocol("eha-ebmt-2023").version,
    }


def test_discharge_and_readmit(ward: Store) -> None:
    a_patient(ward)
    patients.move_stay(ward, ACTOR, "A12345", "discharged", "home")
    assert ward.patient_summaries() == [] and patients.off_board(ward)[0][::4] == ("A12345", "discharged")
    assert newest(ward)[0] == "patient.discharge"
    patients.move_stay(ward, ACTOR, "A12345", "active", "back")
    assert patients.off_board(ward) == [] and newest(ward)[0] == "patient.readmit"


# --- ticks and entries -----------------------------------------------------------------------------------
def test_tick_and_void(ward: Store) -> None:
    a_patient(ward)
    check = Check("hsv-prophylaxis", date(2025, 3, 4), "done", "AB", "2025-03-04T09:00:00Z")
    check_id = entries.tick(ward, ACTOR, "A12345", check)
    assert ward.load_record("A12345").checks == (check,) and newest(ward)[0] == "check.add"
    entries.void(ward, ACTOR, "A12345", "check", check_id, "ticked the wrong item")
    assert ward.load_record("A12345").checks == () and newest(ward)[0] == "check.void"


def test_a_not_done_tick_needs_a_reason(ward: Store) -> None:
    a_patient(ward)
    with pytest.raises(BedsideError, match="needs a reason"):
        entries.tick(ward, ACTOR, "A12345", Check("x", date(2025, 3, 4), "not-done", "AB", "2025-03-04T09:00:00Z"))
    assert ward.load_record("A12345").checks == ()


def test_add_entry_stores_a_lab(ward: Store) -> None:
    a_patient(ward)
    entries.add(ward, ACTOR, "A12345", Lab(date(2025, 3, 4), "anc", 0.4, "10^9/L"))
    assert [lab.value for lab in ward.load_record("A12345").labs] == [0.4] and newest(ward)[0] == "lab.add"


# --- users and signing in --------------------------------------------------------------------------------
def test_the_first_user_is_admin_and_signs_in(ward: Store) -> None:
    assert not session.has_users(ward)
    first = session.add_first_user(ward, "Ann Admin", "AA", ADMIN_PIN)
    assert first.is_admin and session.has_users(ward) and newest(ward)[0] == "user.add"
    assert session.sign_in(ward, first, ADMIN_PIN, "ws").outcome is session.Outcome.SIGNED_IN
    assert newest(ward)[0] == "signin"
    assert session.sign_in(ward, first, "0000", "ws").outcome is session.Outcome.WRONG
    assert newest(ward)[0] == "signin.failed"


def test_admin_work_is_refused_to_staff_and_done_for_an_admin(ward: Store, admin: User, staff: User) -> None:
    with pytest.raises(AccessError, match="only an admin"):
        users.set_role(ward, ACTOR, staff, "admin", by=staff)
    assert users.find(ward, "CS").role == "staff"
    users.set_role(ward, ACTOR, staff, "admin", by=admin)
    assert users.find(ward, "CS").role == "admin" and newest(ward)[0] == "user.role"


def test_set_pin_unlock_and_remove(ward: Store, admin: User, staff: User) -> None:
    users.set_pin(ward, ACTOR, staff, "3690", repeat="3690", by=admin)
    assert newest(ward)[0] == "user.pin_reset"
    assert session.sign_in(ward, staff, "3690", "ws").outcome is session.Outcome.SIGNED_IN
    users.unlock(ward, ACTOR, staff, by=admin)
    assert newest(ward)[0] == "user.unlock"
    users.remove(ward, ACTOR, staff, "left the ward", by=admin)
    assert [u.initials for u in users.listed(ward)] == ["AA"] and newest(ward)[0] == "user.deactivate"
    with pytest.raises(NotFoundError):
        users.find(ward, "CS")


def test_a_pin_typed_differently_twice_adds_nobody(ward: Store, admin: User) -> None:
    with pytest.raises(BedsideError):
        users.add(ward, ACTOR, "Dora", "DO", "1234", repeat="1243", by=admin)
    assert [u.initials for u in users.listed(ward)] == ["AA"]


def test_a_user_without_a_pin_chooses_one(ward: Store, admin: User) -> None:
    newcomer = users.add(ward, ACTOR, "Dora New", "DN", None, by=admin)
    chosen = session.choose_pin(ward, newcomer, "1357", "1357")
    assert chosen.has_pin and newest(ward)[0] == "user.pin_set"


def test_emergency_access_and_the_screen_lock_are_recorded(ward: Store) -> None:
    actor = session.start_emergency(ward, "Eve Night", "en", "admin unreachable", "ws")
    assert actor.user == "EN (emergency)" and newest(ward)[0] == "session.emergency"
    session.lock(ward, actor)
    assert newest(ward)[0] == "session.lock"
    session.unlock(ward, actor)
    assert newest(ward)[0] == "session.unlock"


# --- board, printouts, ward list -------------------------------------------------------------------------
def test_board_rows_and_summaries(ward: Store) -> None:
    a_patient(ward)
    assert [r.mrn for r in board.rows(ward, TODAY)] == ["A12345"]
    assert [s.mrn for s in board.summaries(ward)] == ["A12345"]


def test_record_print_and_severity(ward: Store) -> None:
    a_patient(ward)
    printouts.record_print(ward, ACTOR, "plan", "A12345", pages=2)
    assert newest(ward) == ("plan.print", "A12345", None, {"pages": 2, "output": "printer"})
    printouts.choose_severity(ward, ACTOR, "A12345", TODAY, "watcher")
    assert printouts.chosen_severity(ward, ["A12345"], TODAY) == {"A12345": "watcher"}
    assert newest(ward)[0] == "severity.set"


def test_save_pdf_writes_the_file_and_records_it(ward: Store, tmp_path: Path) -> None:
    out = tmp_path / "handover.pdf"
    printouts.save_pdf(ward, ACTOR, "handover", out, b"%PDF-1.4 test", 1, mrn=None, ward="H5")
    assert out.read_bytes() == b"%PDF-1.4 test"
    assert newest(ward) == ("handover.print", None, None, {"pages": 1, "output": "file", "ward": "H5"})


def test_ward_list_writes_the_csv_and_records_the_export(ward: Store, tmp_path: Path) -> None:
    patients.add(ward, ACTOR, record_of(minimal_document(mrn="W-1", ward="H5", bed="1")))
    written = ward_list.write(ward, ACTOR, tmp_path / "list.csv", TODAY, "H5")
    assert written.patients == 1 and "W-1" in written.path.read_text(encoding="utf-8-sig")
    assert newest(ward) == (
        "export.ward_list",
        None,
        None,
        {"ward": "H5", "date": TODAY.isoformat(), "patients": 1, "output": "file"},
    )


# --- demo and settings -----------------------------------------------------------------------------------
def test_the_demo_ward_is_seeded_once_and_removed_by_an_admin(ward: Store, admin: User) -> None:
    assert demo.seed_demo_once(ward, TODAY) == 6
    assert ward.meta(demo.DEMO_SEEDED) == TODAY.isoformat()
    assert demo.seed_demo_once(ward, TODAY) == 0
    assert demo.remove_demo_ward(ward, ACTOR, admin) == 6
    assert ward.patient_summaries() == [] and newest(ward)[0] == "demo.remove"
    assert demo.seed_demo_once(ward, TODAY) == 0  # never again, even emptied


def test_settings_are_admin_work_and_audited(ward: Store, admin: User, staff: User) -> None:
    with pytest.raises(AccessError):
        settings.save(ward, ACTOR, SITE_NAME, "St Elsewhere", staff)
    assert settings.value(ward, SITE_NAME) == ""
    assert settings.save(ward, ACTOR, SITE_NAME, "St Elsewhere", admin) is True
    assert settings.value(ward, SITE_NAME) == "St Elsewhere"
    assert newest(ward) == ("setting.change", None, None, "St Elsewhere")
    assert settings.lock_minutes(ward) == 5


# --- the audit trail -------------------------------------------------------------------------------------
def test_the_trail_verifies_and_holds_its_own_head(ward: Store) -> None:
    a_patient(ward)
    report = audit_trail.verify(ward)
    assert report.ok and audit_trail.tampered_users(ward) == [] and audit_trail.last_restore(ward) is None
    newest_event = ward.events(limit=1)[0]
    assert audit_trail.head_problem(ward, newest_event.seq, "0" * 12) is not None  # a wrong hash is noticed


def test_an_actor_is_who_the_trail_names(ward: Store) -> None:
    a_patient(ward)
    patients.move_stay(ward, Actor("ZZ", "ward-pc"), "A12345", "discharged", "home")
    event = ward.events(limit=1)[0]
    assert (event.actor, event.workstation) == ("ZZ", "ward-pc")

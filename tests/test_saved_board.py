"""The board's memo kept between starts (issue 15): a saved row is shown only while it is exactly what counting
would show; any change that may touch a patient counts that patient (or everyone) again."""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bedside.domain.patient import Check
from bedside.services import saved_board
from bedside.services.board import BoardMemo, kept_memo
from bedside.services.board import rows as board
from bedside.services.demo import seed_demo_once
from bedside.storage import Store
from bedside.storage.audit import Actor
from bedside.views.board import BoardRow

TODAY = date(2026, 11, 21)
NURSE = Actor("TN", "ws-test")
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def ward(store: Store) -> Store:
    seed_demo_once(store, TODAY)
    return store


def next_start(store: Store, on: date = TODAY, zone: ZoneInfo | None = None) -> tuple[list[BoardRow], int]:
    """A new window's board (a new memo read from the file), checked against one counted from scratch."""
    memo = kept_memo(store)
    rows = board(store, on, zone, memo)
    assert rows == board(store, on, zone)
    return rows, memo.counted


def saved_text(store: Store) -> dict[str, object]:
    loaded: dict[str, object] = json.loads(saved_board.file_for(store.path).read_text())
    return loaded


@pytest.mark.both_engines
def test_the_next_start_shows_the_saved_rows_without_counting(ward: Store) -> None:
    rows, first = next_start(ward, zone=BERLIN)
    assert first == len(rows) > 5
    assert any(r.fn is not None for r in rows) and any(r.missing_dates for r in rows)  # every kind of field
    again, counted = next_start(ward, zone=BERLIN)
    assert (again, counted) == (rows, 0)
    fever = next(r.fn for r in again if r.fn is not None and r.fn.fever_at is not None)
    assert fever.fever_at is not None and fever.fever_at.tzinfo is BERLIN  # the ward's clock, as counted


@pytest.mark.both_engines
def test_a_patient_changed_since_is_counted_again_and_only_that_one(ward: Store) -> None:
    rows, _ = next_start(ward)
    ward.record_check("DEMO-004", Check("HSV-VZV", TODAY, "done", "TN", "2026-11-21T10:00:00Z"), NURSE)
    again, counted = next_start(ward)
    assert counted == 1
    assert next(r for r in again if r.mrn == "DEMO-004") != next(r for r in rows if r.mrn == "DEMO-004")


@pytest.mark.both_engines
def test_signing_in_locking_printing_and_users_count_nobody_again(ward: Store) -> None:
    """Events without an MRN that change no patient's data (NO_ROW_CHANGE) leave the saved board in use: a real
    start signs in (an event), and a closing window ends its session (another)."""
    rows, _ = next_start(ward)
    admin = ward.add_user("Ann Berg", "AB", NURSE, pin="4711", role="admin")
    assert ward.sign_in(admin, "0000", "ws-test").outcome.name == "WRONG"
    assert ward.sign_in(admin, "4711", "ws-test").outcome.name == "SIGNED_IN"
    for action in ("session.lock", "session.unlock", "session.end"):
        ward.record_session(NURSE, action)
    ward.record_print("handover", NURSE, pages=3)
    assert next_start(ward) == (rows, 0)
    ward.set_meta("ward-note", "x", NURSE)  # a setting may change the day's zone or the protocol: everyone
    assert next_start(ward)[1] == len(rows)


@pytest.mark.both_engines
def test_the_file_holds_no_name_mrn_bed_or_address(ward: Store) -> None:
    next_start(ward)
    text = saved_board.file_for(ward.path).read_text()
    saved = json.loads(text)
    for summary in ward.patient_summaries():
        assert summary.mrn not in text and json.dumps(summary.name)[1:-1] not in text
    assert ward.path not in text and "database" not in saved
    for row in saved["rows"].values():  # keyed by row number; the fields computed, nothing that names anyone
        assert set(row) == {
            "mark",
            "day",
            "crs_grade",
            "icans_grade",
            "due",
            "overdue",
            "blocked",
            "severity",
            "protocol",
            "fn",
            "needs_data",
            "missing_dates",
        }


@pytest.mark.both_engines
def test_a_renamed_patient_shows_the_new_name(ward: Store) -> None:
    """Names and beds are never saved: they come from the database at every board."""
    next_start(ward)
    record = ward.load_record("DEMO-002")
    from dataclasses import replace

    ward.edit_patient(replace(record, patient=replace(record.patient, name="Renamed Patient")), NURSE)
    rows, counted = next_start(ward)
    assert counted == 1 and next(r for r in rows if r.mrn == "DEMO-002").name == "Renamed Patient"


@pytest.mark.both_engines
def test_another_day_zone_or_event_without_a_patient_counts_everyone(ward: Store) -> None:
    rows, _ = next_start(ward)
    assert next_start(ward, TODAY + timedelta(days=1))[1] == len(rows)
    next_start(ward)
    assert next_start(ward, zone=BERLIN)[1] == len(rows)
    next_start(ward)
    ward.set_meta("ward-note", "x", NURSE)
    assert next_start(ward)[1] == len(rows)


@pytest.mark.both_engines
def test_other_code_or_another_protocol_text_counts_everyone(ward: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    rows, _ = next_start(ward)
    monkeypatch.setattr(saved_board, "code_digest", lambda: "another build")
    assert next_start(ward)[1] == len(rows)
    monkeypatch.undo()
    next_start(ward)
    text = saved_text(ward)
    protocols = text["protocols"]
    assert isinstance(protocols, list) and protocols
    for entry in protocols:
        entry[1] = "0" * 64  # the protocol the rows were counted with reads differently now
    saved_board.file_for(ward.path).write_text(json.dumps(text))
    assert next_start(ward)[1] == len(rows)


def test_another_copy_of_the_database_at_the_same_place_counts_everyone(tmp_path: Path) -> None:
    """A file put back by hand (an older copy, then written on): the same event numbers may now mean other
    changes. The audit trail's head, kept in the memo, tells it: every row is counted again."""
    from bedside.services.database import open_database

    path = tmp_path / "ward.sqlite3"
    store = open_database(path)
    seed_demo_once(store, TODAY)
    store.close()
    shutil.copy(path, tmp_path / "copy.sqlite3")
    store = open_database(path)
    store.record_check("DEMO-004", Check("HSV-VZV", TODAY, "done", "TN", "2026-11-21T10:00:00Z"), NURSE)
    rows, _ = next_start(store)
    store.close()
    shutil.copy(tmp_path / "copy.sqlite3", path)  # the older copy, then another change to the same patient
    store = open_database(path)
    store.record_check("DEMO-004", Check("PJP", TODAY, "done", "TN", "2026-11-21T10:00:00Z"), NURSE)
    _, counted = next_start(store)  # next_start checks the rows against a board counted from scratch
    assert counted == len(rows)
    store.close()


@pytest.mark.parametrize("text", ["", "{not json", "[]", '{"format": "bedside-board-memo/1"}', "null"])
def test_a_damaged_file_is_counted_as_no_file_and_written_again(store: Store, text: str) -> None:
    seed_demo_once(store, TODAY)
    rows, _ = next_start(store)
    saved_board.file_for(store.path).write_text(text)
    assert next_start(store)[1] == len(rows)
    assert next_start(store)[1] == 0  # the count was saved again


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_the_file_is_private_to_this_user(ward: Store) -> None:
    next_start(ward)
    path = saved_board.file_for(ward.path)
    assert os.stat(path).st_mode & 0o777 == 0o600 and os.stat(path.parent).st_mode & 0o777 == 0o700


def test_a_memo_without_a_file_saves_nothing(ward: Store) -> None:
    board(ward, TODAY, None, BoardMemo())
    assert not saved_board.file_for(ward.path).exists()


@pytest.mark.parametrize(("field", "value"), [("due", "3"), ("overdue", None), ("severity", "fine"), ("day", 1.5)])
def test_a_saved_row_of_another_shape_is_counted_again(store: Store, field: str, value: object) -> None:
    seed_demo_once(store, TODAY)
    rows, _ = next_start(store)
    text = saved_text(store)
    saved_rows = text["rows"]
    assert isinstance(saved_rows, dict)
    for saved in saved_rows.values():
        saved[field] = value
    saved_board.file_for(store.path).write_text(json.dumps(text))
    assert next_start(store)[1] == len(rows)


@pytest.mark.parametrize(
    "head", [[1e400, "ab" * 8], [2**70, "ab" * 8], [-1, "ab" * 8], [1, "not hex"], [1, None], "x", [[[[]]]]]
)
def test_a_trail_head_of_another_shape_never_reaches_the_database(store: Store, head: object) -> None:
    seed_demo_once(store, TODAY)
    rows, _ = next_start(store)
    text = saved_text(store)
    text["trail_head"] = head
    saved_board.file_for(store.path).write_text(json.dumps(text))
    assert next_start(store)[1] == len(rows)


def test_deeply_nested_text_is_counted_as_no_file(store: Store) -> None:
    seed_demo_once(store, TODAY)
    rows, _ = next_start(store)
    saved_board.file_for(store.path).write_text("[" * 100_000 + "]" * 100_000)
    assert next_start(store)[1] == len(rows)


def test_a_damaged_value_is_not_written_to_the_log(store: Store, caplog: pytest.LogCaptureFixture) -> None:
    seed_demo_once(store, TODAY)
    next_start(store)
    text = saved_text(store)
    rows = text["rows"]
    assert isinstance(rows, dict)
    for saved in rows.values():
        saved["due"] = "ANC 0.31 at 14:10"
    saved_board.file_for(store.path).write_text(json.dumps(text))
    next_start(store)
    assert "not used: ValueError" in caplog.text and "0.31" not in caplog.text


def test_memos_not_written_for_two_days_are_removed(store: Store) -> None:
    seed_demo_once(store, TODAY)
    folder = saved_board.file_for(store.path).parent
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    old, recent = folder / "old.json", folder / "recent.json"
    for path, age_days in ((old, 2.1), (recent, 1.9)):
        path.write_text("{}")
        then = time.time() - age_days * 86_400
        os.utime(path, (then, then))
    next_start(store)  # writes its own memo, and tidies the folder
    assert not old.exists() and recent.exists() and saved_board.file_for(store.path).exists()

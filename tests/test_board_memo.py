"""The board's memo (issue 15): a refresh counts again only the patients whose data changed, and what it shows
is always what a board counted from scratch would show."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bedside.domain.patient import Check, Lab
from bedside.services.board import BoardMemo
from bedside.services.board import rows as board
from bedside.services.demo import seed_demo_once
from bedside.storage import Store
from bedside.storage.audit import Actor
from bedside.views.board import BoardRow

pytestmark = pytest.mark.both_engines
TODAY = date(2026, 11, 21)
NURSE = Actor("TN", "ws-test")


@pytest.fixture
def ward(store: Store) -> Store:
    seed_demo_once(store, TODAY)
    return store


def counted(store: Store, memo: BoardMemo, on: date = TODAY) -> tuple[list[BoardRow], int]:
    """The memo's board, checked against one counted from scratch."""
    rows = board(store, on, None, memo)
    assert rows == board(store, on, None)
    return rows, memo.counted


def test_an_unchanged_ward_is_not_counted_again(ward: Store) -> None:
    memo = BoardMemo()
    rows, first = counted(ward, memo)
    assert first == len(rows) > 5
    assert counted(ward, memo) == (rows, 0)


def test_a_tick_counts_that_patient_again_and_shows_it(ward: Store) -> None:
    memo = BoardMemo()
    rows, _ = counted(ward, memo)
    before = next(r for r in rows if r.mrn == "DEMO-004")
    ward.record_check("DEMO-004", Check("HSV-VZV", TODAY, "done", "TN", "2026-11-21T10:00:00Z"), NURSE)
    after, again = counted(ward, memo)
    assert again == 1
    assert next(r for r in after if r.mrn == "DEMO-004") != before  # one item fewer due: the counts moved


def test_a_lab_a_void_and_a_discharge_each_show(ward: Store) -> None:
    memo = BoardMemo()
    counted(ward, memo)
    lab = ward.add_entry("DEMO-002", Lab(TODAY, "anc", 0.3, "10^9/L", "08:00"), NURSE)
    assert counted(ward, memo)[1] == 1
    ward.void_entry("DEMO-002", "lab", lab, "typed into the wrong patient", NURSE)
    assert counted(ward, memo)[1] == 1
    ward.move_stay("DEMO-003", "discharged", "home", NURSE)
    rows, again = counted(ward, memo)
    assert again == 0 and "DEMO-003" not in {r.mrn for r in rows}


def test_an_event_without_a_patient_or_another_day_counts_everyone_again(ward: Store) -> None:
    """A lab file, a setting or the demo ward's removal is one event without an MRN: it may touch anyone."""
    memo = BoardMemo()
    rows, _ = counted(ward, memo)
    ward.set_meta("ward-note", "x", NURSE)
    assert counted(ward, memo)[1] == len(rows)
    assert counted(ward, memo, TODAY + timedelta(days=1))[1] == len(rows)


def test_a_lab_file_counts_its_patients_again(ward: Store) -> None:
    memo = BoardMemo()
    counted(ward, memo)
    results = [("DEMO-001", Lab(TODAY, "anc", 0.2, "10^9/L", "09:00"))]
    ward.import_lab_file(results, NURSE, "labs.hl7", "ab" * 32, {})
    rows, again = counted(ward, memo)
    assert again == len(rows)


def test_the_first_screenful_is_those_patients_counted(ward: Store) -> None:
    memo = BoardMemo()
    first = {s.mrn for s in ward.patient_summaries()[:3]}
    rows = board(ward, TODAY, None, memo, only=first)
    assert {r.mrn for r in rows} == first and memo.counted == 3
    whole, rest = counted(ward, memo)
    assert rest == len(whole) - 3


def test_a_patient_whose_mrn_is_another_patients_code_hides_no_change(ward: Store) -> None:
    """A packed audit row stores an MRN as a short code (bedside/storage/audit_pack.py); a patient whose MRN
    happens to equal another patient's code must not hide that patient's changes from the memo."""
    from bedside.storage import audit_pack
    from tests.factories import minimal_document, record_of

    if int(ward._db.execute("PRAGMA user_version").fetchone()[0]) < audit_pack.PACKED_SCHEMA:
        pytest.skip("rows are not packed on this schema")
    code = audit_pack.find_code(ward._db, "DEMO-004")
    assert code is not None
    ward.import_record(record_of(minimal_document(mrn=code)), NURSE)
    memo = BoardMemo()
    counted(ward, memo)
    ward.record_check("DEMO-004", Check("HSV-VZV", TODAY, "done", "TN", "2026-11-21T10:00:00Z"), NURSE)
    assert counted(ward, memo)[1] >= 1  # DEMO-004 counted again, not taken for the patient named like its code

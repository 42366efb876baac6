"""The ward list CSV: the board's rows, formula starts neutralised, written whole, audited like a print."""

from __future__ import annotations

import csv
import io
import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bedside.cli import entry as cli
from bedside.config import file_out
from bedside.domain.errors import BedsideError
from bedside.domain.input_limits import name_problem
from bedside.printouts import ward_list_csv as ward_list
from bedside.printouts.ward_list_csv import HEADER, csv_bytes, default_file_name, neutralise, table
from bedside.services.board import rows as board
from bedside.services.database import open_database
from bedside.services.ward_list import write_ward_list
from bedside.storage import Store
from bedside.storage.store_ward import WARD_LIST_ACTION as AUDIT_ACTION
from bedside.views.board import BoardRow
from tests.factories import ACTOR, minimal_document, record_of

ON = date(2025, 3, 6)
DANGEROUS = [
    '=HYPERLINK("http://x")',
    "+1",
    "@SUM(A1)",
    "-2+3",
    "\tTab, Tom",
    "\rCarriage, Ray",
    "\x00Null, Nora",
    "=1+1",
]
HARMLESS = ["Øster, Zoë", 'O\'Brien "Jr", Declan', "Line\nbreak, Lena", " =spaced, Sam", "'quoted, Quinn"]
ON_H5 = len(DANGEROUS) + len(HARMLESS) + 1  # and one patient before infusion


def add_patient(store: Store, mrn: str, name: str, bed: str, infusion: str = "2025-03-03", ward: str = "H5") -> None:
    doc = minimal_document(mrn=mrn, name=name if name_problem(name) is None else "Placeholder", ward=ward, bed=bed)
    doc["therapy"]["infusion_dates"] = [infusion]
    store.import_record(record_of(doc), ACTOR)
    if name_problem(name) is not None:  # imports refuse control characters now; a database from before may hold them
        store._db.execute("UPDATE patients SET name = ? WHERE mrn = ?", [name, mrn])


@pytest.fixture
def ward(store: Store) -> Store:
    for n, name in enumerate(DANGEROUS + HARMLESS, start=1):
        add_patient(store, f"M{n:03d}", name, str(n))
    add_patient(store, "PRE-1", "Before, Infusion", "40", infusion="2025-03-08")  # day -2 on ON
    add_patient(store, "OTHER-1", "Other, Ward", "1", ward="H6")
    return store


def read_back(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def expected(rows: list[BoardRow]) -> list[list[str]]:
    """The board's rows as the list shows them, before neutralising."""
    return [[r.ward, r.bed, r.name, r.mrn, r.product, f"day {r.day:+d}", str(r.overdue), str(r.due)] for r in rows]


# --- neutralising formula starts --------------------------------------------------------------------


@pytest.mark.parametrize("cell", DANGEROUS)
def test_a_cell_that_starts_like_a_formula_gets_an_apostrophe(cell: str) -> None:
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize("cell", [*HARMLESS, "", "H5", "12", "day +3", "0"])
def test_other_cells_are_left_alone(cell: str) -> None:
    assert neutralise(cell) == cell


def test_the_day_is_text_that_no_spreadsheet_reads_as_a_formula() -> None:
    assert [ward_list.day_text(d) for d in (-2, 0, 3)] == ["day -2", "day +0", "day +3"]


# --- the file ---------------------------------------------------------------------------------------


def test_dangerous_names_come_out_prefixed_and_the_rest_parses_back_unchanged(ward: Store, tmp_path: Path) -> None:
    out = tmp_path / "ward-list.csv"
    written = write_ward_list(ward, out, ON, ACTOR, "H5")
    rows = [r for r in board(ward, ON) if r.ward == "H5"]
    assert written.patients == len(rows) == ON_H5
    cells = read_back(out)
    assert cells[0] == list(HEADER)
    by_mrn = {line[3]: line for line in cells[1:]}
    for n, name in enumerate(DANGEROUS, start=1):
        assert by_mrn[f"M{n:03d}"][2] == "'" + name
    for n, name in enumerate(HARMLESS, start=len(DANGEROUS) + 1):
        assert by_mrn[f"M{n:03d}"][2] == name
    unprefixed = [[c[1:] if c[:1] == "'" and c[1:2] in "=+-@\t\r\x00" and c[1:] else c for c in line] for line in cells]
    assert unprefixed[1:] == expected(rows)  # same table, same bed order as the board
    assert by_mrn["PRE-1"][5] == "day -2"


def test_every_ward_when_none_is_chosen(ward: Store, tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    assert write_ward_list(ward, out, ON, ACTOR).patients == len(board(ward, ON))
    assert {line[0] for line in read_back(out)[1:]} == {"H5", "H6"}


def test_utf8_with_a_byte_order_mark_and_crlf_lines_for_excel(ward: Store, tmp_path: Path) -> None:
    out = tmp_path / "ward-list.csv"
    write_ward_list(ward, out, ON, ACTOR, "H6")
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfWard,Bed,Name,MRN,Product,Day,Overdue,Due\r\n")
    assert b"Other, Ward" in data


def test_the_export_is_in_the_audit_trail_without_patient_data(ward: Store, tmp_path: Path) -> None:
    write_ward_list(ward, tmp_path / "ward-list.csv", ON, ACTOR, "H5")
    events = [e for e in ward.events() if e.action == AUDIT_ACTION]
    assert len(events) == 1
    event = events[0]
    assert (event.actor, event.entity, event.entity_id, event.mrn) == (ACTOR.user, "ward", "H5", None)
    assert event.new_value == {"ward": "H5", "date": "2025-03-06", "patients": ON_H5, "output": "file"}
    assert ward.verify_audit().ok


def test_a_failed_write_leaves_no_half_file_no_old_file_damage_and_no_audit_row(
    ward: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "ward-list.csv"
    out.write_bytes(b"yesterday's list")
    before = len(ward.events())

    def full_disk(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(file_out.os, "replace", full_disk)
    with pytest.raises(BedsideError, match=r"ward-list\.csv: cannot write the file: the disk is full"):
        write_ward_list(ward, out, ON, ACTOR, "H5")
    assert out.read_bytes() == b"yesterday's list"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no .part left
    assert len(ward.events()) == before


def test_a_folder_that_does_not_exist_is_a_clear_error(ward: Store, tmp_path: Path) -> None:
    with pytest.raises(BedsideError, match=r"the folder .*missing does not exist; nothing was written"):
        write_ward_list(ward, tmp_path / "missing" / "list.csv", ON, ACTOR)


def test_a_ward_without_patients_writes_nothing(ward: Store, tmp_path: Path) -> None:
    out = tmp_path / "list.csv"
    with pytest.raises(BedsideError, match='no active patient on ward "H9"'):
        write_ward_list(ward, out, ON, ACTOR, "H9")
    assert not out.exists()
    assert not [e for e in ward.events() if e.action == AUDIT_ACTION]


def test_default_file_names_carry_no_patient_data() -> None:
    assert default_file_name(date(2026, 11, 21)) == "ward-list-2026-11-21.csv"
    assert default_file_name(date(2026, 11, 21), "H5") == "ward-list-H5-2026-11-21.csv"
    assert default_file_name(date(2026, 11, 21), "../H 5") == "ward-list----H-5-2026-11-21.csv"


# --- any text survives the round trip ------------------------------------------------------------------


def row_with(name: str, bed: str, ward: str) -> BoardRow:
    return BoardRow("M1", name, ward, bed, "axi-cel", -3, None, None, 1, 2, 0, "stable", False, "ash-2024")


@settings(max_examples=300, deadline=None)
@given(name=st.text(st.characters(codec="utf-8")), bed=st.text(max_size=5), ward_name=st.text(max_size=5))
def test_any_text_parses_back_to_the_same_table(name: str, bed: str, ward_name: str) -> None:
    row = row_with(name, bed, ward_name)
    cells = table([row])
    text = csv_bytes(cells).decode("utf-8-sig")
    assert list(csv.reader(io.StringIO(text, newline=""))) == cells
    shown = cells[1]
    for original, cell in zip(expected([row])[0], shown, strict=True):
        danger = original[:1] in ("=", "+", "-", "@", "\t", "\r", "\x00")
        assert cell == ("'" + original if danger else original)


# --- the command line ------------------------------------------------------------------------------


def test_cli_writes_the_list_and_says_how_many(
    ward: Store, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ward.close()
    out = tmp_path / default_file_name(ON, "H5")
    code = cli.run(["--db", str(db_path), "ward-list", "--ward", "H5", "--date", "2025-03-06", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 0, err
    assert f"wrote {out} ({ON_H5} patients)" in err
    assert len(read_back(out)) == 1 + ON_H5
    store = open_database(db_path)
    try:
        assert [e.actor.startswith("cli:") for e in store.events() if e.action == AUDIT_ACTION] == [True]
    finally:
        store.close()


def test_cli_refuses_an_unknown_ward_with_exit_2(
    ward: Store, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ward.close()
    out = tmp_path / "list.csv"
    assert cli.run(["--db", str(db_path), "ward-list", "--ward", "H9", "--out", str(out)]) == 2
    assert 'ward "H9"' in capsys.readouterr().err
    assert not out.exists()


def test_the_sub_command_runs_headless() -> None:
    assert cli.wants_cli(["ward-list", "--out", "x.csv"])


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_the_file_is_readable_by_this_user_only(ward: Store, tmp_path: Path) -> None:
    out = tmp_path / "ward-list.csv"
    write_ward_list(ward, out, ON, ACTOR)
    assert out.stat().st_mode & 0o077 == 0

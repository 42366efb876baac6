"""Lab result files (issue 17 part 2): each refusal with its own small file in tests/data/labs/, the
preview before saving, and a saved file as one transaction and one audit event naming its SHA-256."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bedside.domain.errors import BedsideError, NotFoundError
from bedside.domain.patient import Lab
from bedside.interop.labs.mapping import load_mapping, shipped_mappings
from bedside.interop.labs.preview import DUPLICATE, READY, REFUSED, Preview, build_preview
from bedside.interop.labs.readers import read_results
from bedside.services.database import open_database
from bedside.services.lab_files import patients_of
from bedside.storage import Store
from tests.conftest import DATA
from tests.factories import ACTOR
from tests.test_cli import EXAMPLE_1, EXAMPLE_2, REPO, Run, runner

LABS = DATA / "labs"
NOW = datetime(2026, 12, 3, 7, 0)  # the site's local time when the nurse imports


@pytest.fixture
def ward(store: Store) -> Store:
    from bedside.cli.commands import read_patient_file

    for path in (EXAMPLE_1, EXAMPLE_2):
        store.import_record(read_patient_file(path), ACTOR)
    return store


def preview_of(store: Store, name: str, mapping: str = "generic-csv") -> Preview:
    chosen = load_mapping(mapping)
    raw = read_results((LABS / name).read_bytes(), chosen, name)
    known, stored = patients_of(store, {r.mrn for r in raw})
    return build_preview(raw, chosen, known, stored, NOW)


def outcomes(preview: Preview) -> list[tuple[str, str, str]]:
    return [(line.where, line.outcome, line.reason) for line in preview.lines]


READY_ANC = ("line 2", READY, "")


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("unknown-patient.csv", 'unknown patient: no patient with MRN "ZZ-404"'),
        ("unknown-test.csv", 'unknown test: "2345-7" is not in the mapping "Generic CSV (ISO dates, decimal point)"'),
        ("unit-not-convertible.csv", 'unit not convertible: "mg" for IgG (Bedside takes mg/dL or g/L)'),
        ("implausible-value.csv", "implausible value: Platelets 180000 10^9/L is outside 0-2000 10^9/L"),
        ("future-time.csv", "future time: taken 2099-01-01 06:00, after now (2026-12-03 07:00)"),
    ],
)
def test_each_refusal_has_its_reason_and_leaves_the_good_row_ready(ward: Store, name: str, reason: str) -> None:
    assert outcomes(preview_of(ward, name)) == [READY_ANC, ("line 3", REFUSED, reason)]


def test_a_row_the_file_makes_unreadable_is_refused_not_guessed(ward: Store) -> None:
    assert outcomes(preview_of(ward, "unreadable.csv")) == [
        READY_ANC,
        ("line 3", REFUSED, 'value "<0.1" is not a number'),
        ("line 4", REFUSED, 'time taken "20.03.2025 06:00" does not match the mapping\'s date format %Y-%m-%d %H:%M'),
    ]


def test_duplicates_of_stored_results_and_within_the_file_are_skipped(ward: Store) -> None:
    assert outcomes(preview_of(ward, "duplicates.csv")) == [
        READY_ANC,
        ("line 3", DUPLICATE, "already stored"),  # example-1 has ANC 0.4 on 2025-03-05 06:00
        ("line 4", READY, ""),
        ("line 5", DUPLICATE, "appears earlier in this file"),
    ]


def test_a_unit_is_converted_for_the_duplicate_check(ward: Store) -> None:
    """IgG 4.1 g/L saved, then 410 mg/dL at the same time is the same result."""
    ward.add_entry("CL-5522/07", Lab(datetime(2025, 4, 10).date(), "igg", 410, "mg/dL", "07:15"), ACTOR)
    lines = preview_of(ward, "duplicates.csv").lines
    assert (lines[2].outcome, lines[2].reason) == (DUPLICATE, "already stored")


def test_the_german_mapping_reads_decimal_comma_german_dates_and_its_units(ward: Store) -> None:
    preview = preview_of(ward, "de-labor.csv", "de-labor-csv")
    labs = [line.lab for line in preview.lines]
    assert labs == [
        Lab(datetime(2025, 3, 20).date(), "anc", 0.9, "10^9/L", "06:00"),
        Lab(datetime(2025, 3, 20).date(), "cd4", 150, "/uL", "06:00"),
    ]


def test_hl7_oru_r01_each_obx_and_pid3(ward: Store) -> None:
    preview = preview_of(ward, "oru-r01.hl7", "hl7v2-loinc")
    assert [(line.where, line.mrn, line.outcome) for line in preview.lines] == [
        ("message 1, OBX 1", "BX-100231", READY),  # PID-3: the MR repetition, not the first
        ("message 1, OBX 2", "BX-100231", READY),
        ("message 1, OBX 3", "BX-100231", REFUSED),
        ("message 1, OBX 4", "BX-100231", REFUSED),
        ("message 1, OBX 5", "BX-100231", REFUSED),
        ("message 2, OBX 1", "ZZ-404", REFUSED),
        ("message 2, OBX 2", "BX-100231", REFUSED),
        ("message 2, OBX 3", "BX-100231", REFUSED),
    ]
    first, second = preview.lines[0].lab, preview.lines[1].lab
    assert first == Lab(datetime(2025, 3, 20).date(), "anc", 0.9, "10^9/L", "06:00")  # OBR-7 when OBX-14 is empty
    assert second is not None and second.time == "06:15"  # OBX-14
    reasons = [line.reason.split(":")[0] for line in preview.lines[2:]]
    assert reasons == [
        "unknown test",
        "unit not convertible",
        "result status OBX-11 is P, not F (final) or C (corrected)",
        "unknown patient",
        "implausible value",
        "future time",
    ]


# --- saving: one transaction, one audit event ----------------------------------------------------


def test_saving_is_one_event_naming_the_sha256(ward: Store) -> None:
    preview = preview_of(ward, "duplicates.csv")
    ready = [(line.mrn, line.lab) for line in preview.of(READY) if line.lab is not None]
    before = len(ward.events())
    digest = hashlib.sha256((LABS / "duplicates.csv").read_bytes()).hexdigest()
    ward.import_lab_file(ready, ACTOR, "duplicates.csv", digest, {"duplicate": 2})
    events = ward.events()
    assert len(events) == before + 1
    event = max(events, key=lambda e: e.seq)
    assert (event.action, event.new_value["sha256"], event.new_value["file"]) == (
        "labs.import",
        digest,
        "duplicates.csv",
    )
    assert [s["mrn"] for s in event.new_value["saved"]] == ["BX-100231", "CL-5522/07"]
    assert ward.verify_audit().ok
    assert Lab(datetime(2025, 4, 10).date(), "igg", 4.1, "g/L", "07:15") in ward.load_record("CL-5522/07").labs


def test_a_failure_midway_saves_nothing(ward: Store) -> None:
    lab = Lab(datetime(2025, 3, 20).date(), "anc", 0.9, "10^9/L", "06:00")
    labs_before, events_before = len(ward.load_record("BX-100231").labs), len(ward.events())
    with pytest.raises(NotFoundError):
        ward.import_lab_file([("BX-100231", lab), ("ZZ-404", lab)], ACTOR, "x.csv", "0" * 64, {})
    assert len(ward.load_record("BX-100231").labs) == labs_before
    assert len(ward.events()) == events_before


# --- mappings ----------------------------------------------------------------------------------


def test_shipped_mappings() -> None:
    assert {"generic-csv", "de-labor-csv", "hl7v2-loinc"} <= set(shipped_mappings())
    for name in shipped_mappings():
        load_mapping(name)


def test_an_unknown_mapping_lists_the_shipped_ones() -> None:
    with pytest.raises(BedsideError, match=r'no lab mapping "nope" \(shipped: de-labor-csv, generic-csv'):
        load_mapping("nope")


def test_a_mapping_naming_a_test_bedside_lacks_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "centre.toml"
    bad.write_text('[mapping]\nformat = "hl7v2"\n[tests]\nGLU = "glucose"\n', encoding="utf-8")
    with pytest.raises(BedsideError, match=r"centre.toml: tests.GLU: must be a Bedside test .* not 'glucose'"):
        load_mapping(str(bad))


def test_a_file_without_a_mapped_column_is_named(tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    path.write_text("MRN,Test code,Result\nBX-100231,751-8,0.9\n", encoding="utf-8")
    with pytest.raises(BedsideError, match=r'short.csv: line 1: no column "Unit"'):
        read_results(path.read_bytes(), load_mapping("generic-csv"), "short.csv")


# --- the command ---------------------------------------------------------------------------------


@pytest.fixture
def loaded_ward(tmp_path: Path) -> Run:
    run = runner(tmp_path / "ward.sqlite3")
    assert run("import", EXAMPLE_1, EXAMPLE_2).returncode == 0
    return run


def lab_count(db: Path) -> tuple[int, int]:
    opened = open_database(db)
    try:
        return sum(len(opened.load_record(m).labs) for m in ("BX-100231", "CL-5522/07")), len(opened.events())
    finally:
        opened.close()


def test_dry_run_prints_the_preview_and_saves_nothing(loaded_ward: Run, tmp_path: Path) -> None:
    before = lab_count(tmp_path / "ward.sqlite3")
    result = loaded_ward("labs", "import", LABS / "unit-not-convertible.csv", "--mapping", "generic-csv", "--dry-run")
    assert result.returncode == 0, result.stderr
    assert 'refused    line 3                BX-100231     unit not convertible: "mg"' in result.stdout
    assert "1 ready, 0 duplicate (skipped), 1 refused" in result.stdout
    assert "dry run: nothing was saved" in result.stdout
    assert lab_count(tmp_path / "ward.sqlite3") == before


def piped(db: Path, answer: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {"BEDSIDE_DB": str(db), "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8", "PATH": ""}
    return subprocess.run(
        [sys.executable, "main.py", *map(str, args)],
        cwd=REPO,
        env=env,
        input=answer,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def test_nothing_is_saved_unless_confirmed_then_once(loaded_ward: Run, tmp_path: Path) -> None:
    db = tmp_path / "ward.sqlite3"
    labs, events = lab_count(db)
    refused = piped(db, "n\n", "labs", "import", LABS / "duplicates.csv", "--mapping", "generic-csv")
    assert refused.returncode == 1 and "nothing was saved" in refused.stdout
    assert lab_count(db) == (labs, events)
    saved = piped(db, "y\n", "labs", "import", LABS / "duplicates.csv", "--mapping", "generic-csv")
    assert saved.returncode == 0, saved.stderr
    assert "saved 2 result(s) from duplicates.csv in one step" in saved.stdout
    assert lab_count(db) == (labs + 2, events + 1)
    again = loaded_ward("labs", "import", LABS / "duplicates.csv", "--mapping", "generic-csv", "--yes")
    assert "0 ready, 4 duplicate (skipped)" in again.stdout and "nothing to save" in again.stdout
    assert lab_count(db) == (labs + 2, events + 1)


def test_a_bad_mapping_name_exits_2(loaded_ward: Run) -> None:
    result = loaded_ward("labs", "import", LABS / "ready.csv", "--mapping", "nope")
    assert result.returncode == 2
    assert 'no lab mapping "nope"' in result.stderr


# --- damaged files: only Bedside's own error, or a refused line ---------------------------------

_SAMPLES = [(LABS / "duplicates.csv").read_bytes(), (LABS / "oru-r01.hl7").read_bytes()]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([0, 1]), st.integers(0, 400), st.binary(max_size=12), st.integers(0, 12))
def test_a_damaged_lab_file_gives_only_a_bedside_error(which: int, at: int, insert: bytes, cut: int) -> None:
    data = _SAMPLES[which]
    at = min(at, len(data))
    damaged = data[:at] + insert + data[at + cut :]
    mapping = load_mapping(("generic-csv", "hl7v2-loinc")[which])
    try:
        raw = read_results(damaged, mapping, "lab.file")
    except BedsideError as err:
        assert str(err).startswith("lab.file: ")
        return
    build_preview(raw, mapping, {"BX-100231"}, set(), NOW)


# --- who saves: once a database has users, saving a lab file needs --user and the PIN --------------


def test_saving_a_lab_file_needs_a_pin_a_preview_does_not(tmp_path: Path) -> None:
    from bedside.cli.commands import read_patient_file
    from tests.test_backup_cli import bedside

    db = tmp_path / "ward.sqlite3"
    opened = open_database(db)
    try:
        opened.add_user("Cleo Staff", "CS", ACTOR, pin="4711")
        opened.import_record(read_patient_file(EXAMPLE_1), ACTOR)
    finally:
        opened.close()
    file = LABS / "ready.csv"
    preview = bedside(db, "labs", "import", file, "--mapping", "generic-csv", "--dry-run")
    assert preview.returncode == 0, preview.stderr
    refused = bedside(db, "labs", "import", file, "--mapping", "generic-csv", "--yes")
    assert refused.returncode == 2 and "give --user INITIALS" in refused.stderr
    saved = bedside(db, "--user", "CS", "labs", "import", file, "--mapping", "generic-csv", stdin="4711\ny\n")
    assert saved.returncode == 0, saved.stderr
    opened = open_database(db)
    try:
        event = max(opened.events(), key=lambda e: e.seq)
    finally:
        opened.close()
    assert (event.action, event.actor) == ("labs.import", "CS")

"""Issue 14 F6, F17, F18, F19: what an import or a form may bring in.

Sentinel dates, invisible or reordering names, MRNs differing only in case, deep or special `extends`,
and huge keys are refused with a message that names the field and quotes at most 80 characters.
"""

from __future__ import annotations

import copy
import json
import os
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from bedside.domain.errors import BedsideError, PatientFormatError
from bedside.patient_file.format import parse_document, parse_entry, parse_json_text
from bedside.protocol.loader import load_protocol
from bedside.protocol.reading import ProtocolError
from bedside.services.database import open_database
from bedside.storage import Store
from tests.factories import ACTOR, full_document, minimal_document
from tests.test_cli import runner

SENTINELS = ("9999-12-31", "0001-01-01", "1899-12-31", "2201-01-01")


def _set(doc: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A copy of doc with the field at a dotted path (list indexes as numbers) set to value."""
    doc = copy.deepcopy(doc)
    *parents, last = path.split(".")
    here: Any = doc
    for key in parents:
        here = here[int(key)] if key.isdigit() else here[key]
    here[int(last) if last.isdigit() else last] = value
    return doc


def _problem_paths(doc: dict[str, Any]) -> list[str]:
    with pytest.raises(PatientFormatError) as caught:
        parse_document(doc)
    return [p.path for p in caught.value.problems]


DATE_FIELDS = [
    ("therapy.infusion_dates.0", "therapy.infusion_dates[0]"),
    ("patient.birth_date", "patient.birth_date"),
    ("therapy.apheresis_date", "therapy.apheresis_date"),
    ("labs.0.date", "labs[0].date"),
    ("observations.0.date", "observations[0].date"),
    ("vaccinations.0.date", "vaccinations[0].date"),
    ("checks.0.due", "checks[0].due"),
]


@pytest.mark.parametrize("sentinel", SENTINELS)
@pytest.mark.parametrize(("field", "path"), DATE_FIELDS)
def test_a_date_outside_1900_to_2200_is_refused_naming_the_field(field: str, path: str, sentinel: str) -> None:
    doc = full_document()
    doc["therapy"]["infusion_dates"] = ["2025-03-03"]  # one infusion, so index 0 is the field changed
    with pytest.raises(PatientFormatError) as caught:
        parse_document(_set(doc, field, sentinel))
    assert [p.path for p in caught.value.problems] == [path]
    assert "1900-01-01 and 2200-12-31" in str(caught.value)


@pytest.mark.parametrize("edge", ["1900-01-01", "2200-12-31"])
def test_the_first_and_last_allowed_days_are_accepted(edge: str) -> None:
    doc = minimal_document(birth_date=edge)
    assert parse_document(doc).patient.birth_date is not None


@pytest.mark.parametrize("at", ["0001-01-01T00:00:00Z", "9999-12-31T23:30:00Z", "2025-13-45T09:14:00Z"])
def test_a_check_time_must_be_a_real_time_in_range(at: str) -> None:
    doc = _set(full_document(), "checks.0.at", at)
    assert _problem_paths(doc) == ["checks[0].at"]


def test_a_form_entry_with_a_sentinel_date_names_the_date_field() -> None:
    with pytest.raises(PatientFormatError) as caught:
        parse_entry("labs", {"date": "9999-12-31", "test": "anc", "value": 0.4, "unit": "10^9/L"})
    assert [p.path for p in caught.value.problems] == ["date"]


def test_sentinel_infusion_date_never_reaches_the_screens_or_printouts(tmp_path: Path) -> None:
    """The failure of F6: import took 9999-12-31, then checklist, handover, plan and ward list raised
    OverflowError. Now the import is refused and every command reads a database without it."""
    run = runner(tmp_path / "bedside.sqlite3")
    bad = tmp_path / "bad.json"
    doc = _set(minimal_document(ward="H5"), "therapy.infusion_dates", ["9999-12-31"])
    bad.write_text(json.dumps(doc), encoding="utf-8")
    refused = run("import", bad)
    assert refused.returncode == 2, refused.stderr
    assert "therapy.infusion_dates[0]: must be between 1900-01-01 and 2200-12-31" in refused.stderr
    assert "Traceback" not in refused.stderr
    checked = run("checklist", "--patient", bad, "--date", "2025-03-05")
    assert checked.returncode == 2 and "therapy.infusion_dates[0]" in checked.stderr
    for args in (
        ("checklist", "--mrn", "A12345", "--date", "2025-03-05"),
        ("handover", "--ward", "H5", "--out", tmp_path / "h.pdf"),
        ("plan", "--mrn", "A12345", "--out", tmp_path / "p.pdf"),
    ):
        result = run(*args)
        assert "Traceback" not in result.stderr and "OverflowError" not in result.stderr, args
        assert result.returncode == 2 and ("no patient" in result.stderr or "no active patients" in result.stderr), args
    listed = run("ward-list", "--out", tmp_path / "w.csv")
    assert "Traceback" not in listed.stderr and "no active patient" in listed.stderr


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_a_command_line_date_outside_the_range_is_refused(tmp_path: Path, day: str) -> None:
    run = runner(tmp_path / "bedside.sqlite3")
    patient = tmp_path / "p.json"
    patient.write_text(json.dumps(minimal_document()), encoding="utf-8")
    result = run("checklist", "--patient", patient, "--date", day)
    assert result.returncode == 2, result.stderr
    assert "--date: must be between 1900-01-01 and 2200-12-31" in result.stderr


# --- F17: names -----------------------------------------------------------------------------
BAD_NAMES = {
    "right-to-left override": "Doe\u202e, Jane",
    "left-to-right isolate": "\u2066Doe, Jane\u2069",
    "newline": "Doe,\nJane",
    "NUL": "Doe\x00 Jane",
    "escape": "Doe \x1b[31mJane",
    "zero-width space only": "\u200b\u200b",
    "soft hyphen": "Do\u00ade",
    "Hangul filler only": "\u3164",
    "line separator": "Doe\u2028Jane",
}


@pytest.mark.parametrize("name", BAD_NAMES.values(), ids=BAD_NAMES.keys())
def test_a_name_with_control_bidi_or_invisible_characters_is_refused(name: str) -> None:
    assert _problem_paths(minimal_document(name=name)) == ["patient.name"]


@pytest.mark.parametrize("name", ["Øster, Zoë", "O'Brien-Smith, Mary Ann", "李 小龍", "مهر\u200cناز", "Nguyễn Văn An"])
def test_ordinary_names_in_any_script_are_accepted(name: str) -> None:
    assert parse_document(minimal_document(name=name)).patient.name == name


@pytest.mark.parametrize("name", ["Ann\u202eBerg", "Ann\nBerg", "\u200b"])
def test_a_user_name_with_control_bidi_or_invisible_characters_is_refused(store: Store, name: str) -> None:
    with pytest.raises(BedsideError, match=r"^the name "):
        store.add_user(name, "AB", ACTOR, pin="2580")
    assert store.users() == []


def test_a_mrn_differing_only_in_case_is_the_same_patient(store: Store) -> None:
    store.import_record(parse_document(minimal_document(mrn="BX-100")), ACTOR)
    lower = parse_document(minimal_document(mrn="bx-100", name="Other, Anne"))
    for replace in (False, True):
        with pytest.raises(BedsideError, match=r'"bx-100".*"BX-100"'):
            store.import_record(lower, ACTOR, replace=replace)
    assert [s.mrn for s in store.patient_summaries()] == ["BX-100"]


def test_a_batch_holding_one_mrn_in_two_cases_imports_nothing(tmp_path: Path) -> None:
    run = runner(tmp_path / "bedside.sqlite3")
    files = []
    for n, mrn in enumerate(("CASE-1", "case-1")):
        files.append(tmp_path / f"{n}.json")
        files[-1].write_text(json.dumps(minimal_document(mrn=mrn)), encoding="utf-8")
    result = run("import", *files)
    assert result.returncode == 2 and "more than one file" in result.stderr
    opened = open_database(tmp_path / "bedside.sqlite3")
    try:
        assert opened.patient_summaries() == []
    finally:
        opened.close()


# --- F19: messages quote at most 80 characters ---------------------------------------------
HUGE = "k" * 10_000_000


@pytest.mark.parametrize(
    "text",
    [
        json.dumps({**minimal_document(), HUGE: 1}),
        '{"format": "bedside-patient/1", "' + HUGE + '": 1, "' + HUGE + '": 2}',
        json.dumps(minimal_document(name="x" * 100 + "\u202e")),
        json.dumps(minimal_document(ward="w" * 10_000)),
    ],
    ids=["unknown key", "repeated key", "long bad name", "long ward"],
)
def test_a_patient_file_error_quotes_at_most_80_characters(text: str) -> None:
    with pytest.raises(PatientFormatError) as caught:
        parse_json_text(text, "p.json")
    for line in str(caught.value).splitlines():
        assert len(line) < 250, line[:300]


def test_a_protocol_error_quotes_at_most_80_characters(tmp_path: Path) -> None:
    base = (load_protocol("ash-2024").files["ash-2024.toml"]).replace(
        "[protocol]", f"[protocol]\n{HUGE[:1_000]} = 1", 1
    )
    file = tmp_path / "centre.toml"
    file.write_text(base, encoding="utf-8")
    with pytest.raises(ProtocolError) as caught:
        load_protocol(str(file))
    assert "unknown field" in str(caught.value)
    assert len(str(caught.value)) < len(str(file)) + 200


def test_a_long_protocol_name_is_quoted_short() -> None:
    with pytest.raises(ProtocolError) as caught:
        load_protocol("p" * 5000)
    assert len(str(caught.value)) < 300


# --- F18: protocol extends --------------------------------------------------------------------
def _centre(pid: str, extends: str) -> str:
    return (
        f'[protocol]\nid = "{pid}"\ntitle = "t"\nversion = "1"\neffective = 2025-01-01\n'
        f'approved_by = "x"\nextends = "{extends}"\n'
    )


def test_a_400_deep_extends_chain_is_a_clear_error(tmp_path: Path) -> None:
    for n in range(400):
        parent = f"p{n + 1}" if n < 399 else "ash-2024"
        (tmp_path / f"p{n}.toml").write_text(_centre(f"p{n}", parent), encoding="utf-8")
    with pytest.raises(ProtocolError) as caught:
        load_protocol(str(tmp_path / "p0.toml"))
    assert "extends" in str(caught.value) and "deep" in str(caught.value)


def test_a_short_chain_still_loads(tmp_path: Path) -> None:
    for n in range(3):
        parent = f"p{n + 1}" if n < 2 else "ash-2024"
        (tmp_path / f"p{n}.toml").write_text(_centre(f"p{n}", parent), encoding="utf-8")
    assert load_protocol(str(tmp_path / "p0.toml")).id == "p0"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
@pytest.mark.parametrize("where", ["extends", "file"])
def test_a_fifo_protocol_is_refused_without_hanging(tmp_path: Path, where: str) -> None:
    os.mkfifo(tmp_path / "fifo.toml")
    target = tmp_path / "centre.toml"
    target.write_text(_centre("centre", "fifo"), encoding="utf-8")
    outcome: list[BaseException | None] = []

    def load() -> None:
        try:
            load_protocol(str(target if where == "extends" else tmp_path / "fifo.toml"))
            outcome.append(None)
        except BaseException as err:  # handed to the test thread
            outcome.append(err)

    worker = threading.Thread(target=load, daemon=True)
    started = time.monotonic()
    worker.start()
    worker.join(5)
    if worker.is_alive():  # unblock the hung open so the thread ends, then fail
        with open(tmp_path / "fifo.toml", "w"):
            pass
        worker.join(5)
        pytest.fail("loading a FIFO hung")
    assert time.monotonic() - started < 5
    assert isinstance(outcome[0], ProtocolError)
    assert "not a regular file" in str(outcome[0])

"""The `bedside-patient/1` reader and writer (docs/patient-format.md)."""

from __future__ import annotations

import copy
import dataclasses
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from bedside.domain.patient import ProtocolPin
from bedside.domain.units import UnitError, to_internal
from bedside.patient_file.export import to_document, to_json_text
from bedside.patient_file.format import parse_document, parse_json_text
from bedside.protocol.loader import load_protocol
from bedside.services.database import open_database
from bedside.storage import Store
from tests.conftest import DATA
from tests.factories import (
    ACTOR,
    as_text,
    full_document,
    minimal_document,
    problems_of,
    record_of,
)
from tests.strategies import documents

_DEFAULT = load_protocol(None)
DEFAULT_PIN = {"id": _DEFAULT.id, "version": _DEFAULT.version}

# --- the worked examples ------------------------------------------------------------------


@pytest.mark.parametrize("name", ["example-1.json", "example-2.json"])
def test_worked_example_parses_and_exports_unchanged(name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    original = json.loads(text)

    record = parse_json_text(text, source=name)
    exported = to_json_text(record)

    assert record.mrn == original["patient"]["mrn"]
    assert record.patient.name == original["patient"]["name"]
    assert record.therapy.day0 == date.fromisoformat(original["therapy"]["infusion_dates"][0])
    assert len(record.labs) == len(original["labs"])
    assert len(record.observations) == len(original["observations"])
    assert parse_json_text(exported) == record
    assert json.loads(exported) == original


def test_export_writes_readable_utf8_not_escapes() -> None:
    record = record_of(full_document(name="Παπαδόπουλος, Γιώργος"))
    text = to_json_text(record)
    assert "Παπαδόπουλος, Γιώργος" in text
    assert text.endswith("\n")
    assert json.loads(text.encode("utf-8")) == to_document(record)


# --- round trip through the database --------------------------------------------------------

NAMES = [
    "Zoë Øster-Łukasz",
    "Παπαδόπουλος, Γιώργος",
    "Иванов, Иван Петрович",
    "O'Brien <b>x</b> & Co",
    "Nguyễn Thị, Hằng 😀",
]


@pytest.mark.parametrize("name", NAMES)
def test_round_trip_through_store(tmp_path: Path, name: str) -> None:
    document = full_document(mrn="RT-1", name=name)
    record = parse_json_text(as_text(document))
    path = tmp_path / "bedside.sqlite3"

    store = open_database(path)
    try:
        store.import_record(record, ACTOR)
    finally:
        store.close()
    store = open_database(path)  # a fresh connection: only what was committed counts
    try:
        loaded = store.load_record("RT-1")
    finally:
        store.close()

    exported = to_json_text(loaded)
    assert loaded == record
    assert parse_json_text(exported) == record
    assert json.loads(exported) == document
    assert loaded.patient.name == name


def test_round_trip_keeps_empty_sections_and_absent_sections_apart(store: Store) -> None:
    document = minimal_document(mrn="E-1")
    document["labs"] = []
    document["history"] = {"prior_hct": [], "exposure_risks": []}
    store.import_record(parse_document(document), ACTOR)

    exported = to_document(store.load_record("E-1"))

    assert exported == {**document, "protocol": DEFAULT_PIN}  # the store pins the protocol at enrolment
    assert "observations" not in exported
    assert "serology" not in exported


# --- units ----------------------------------------------------------------------------------


def _lab_record(test: str, value: float, unit: str) -> float:
    document = minimal_document()
    document["labs"] = [{"date": "2025-03-05", "test": test, "value": value, "unit": unit}]
    return record_of(document).labs[0].internal_value


def test_igg_in_g_per_l_and_mg_per_dl_are_the_same_internal_value() -> None:
    assert _lab_record("igg", 4, "g/L") == 400
    assert _lab_record("igg", 400, "mg/dL") == 400
    assert _lab_record("igg", 4.2, "g/L") == _lab_record("igg", 420, "mg/dL")


def test_anc_per_microlitre_converts_to_10e9_per_litre() -> None:
    assert _lab_record("anc", 500, "/uL") == 0.5
    assert _lab_record("anc", 0.5, "10^9/L") == 0.5
    assert _lab_record("anc", 300, "/uL") == 0.3  # no 0.30000000000000004 on screens


def test_every_accepted_unit_pair_agrees() -> None:
    pairs = {
        "platelets": ((150, "10^9/L"), (150_000, "/uL")),
        "hemoglobin": ((10.5, "g/dL"), (105, "g/L")),
        "crp": ((1.2, "mg/dL"), (12, "mg/L")),
        "ferritin": ((800, "ng/mL"), (800, "ug/L")),
        "cd4": ((200, "/uL"), (0.2, "10^9/L")),
        "cd19_b_cells": ((15, "/uL"), (0.015, "10^9/L")),
    }
    for test, ((a, unit_a), (b, unit_b)) in pairs.items():
        assert to_internal(test, a, unit_a) == to_internal(test, b, unit_b), test


def test_to_internal_refuses_other_units() -> None:
    with pytest.raises(UnitError, match='unknown unit "mg" for test "igg"'):
        to_internal("igg", 4, "mg")
    with pytest.raises(UnitError, match="unknown lab test"):
        to_internal("sodium", 140, "mmol/L")


def test_unknown_unit_is_an_error_naming_the_path() -> None:
    document = minimal_document()
    document["labs"] = [{"date": "2025-03-05", "test": "igg", "value": 4, "unit": "mg"}]
    err = problems_of(document)
    assert 'labs[0].unit: unknown unit "mg" for test "igg"' in str(err)
    assert [p.path for p in err.problems] == ["labs[0].unit"]


def test_missing_unit_is_an_error_never_a_guess() -> None:
    document = minimal_document()
    document["labs"] = [
        {"date": "2025-03-05", "test": "anc", "value": 0.5, "unit": "10^9/L"},
        {"date": "2025-03-06", "test": "anc", "value": 500},
    ]
    err = problems_of(document)
    assert "labs[1].unit: required field is missing" in str(err)
    assert [p.path for p in err.problems] == ["labs[1].unit"]


# --- properties --------------------------------------------------------------------------------


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=documents)
def test_any_valid_document_round_trips(document: dict[str, Any]) -> None:
    record = parse_json_text(as_text(document))
    exported = to_json_text(record)
    assert parse_json_text(exported) == record
    assert json.loads(exported) == document


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=documents)
def test_any_valid_document_round_trips_through_a_store(document: dict[str, Any]) -> None:
    if "protocol" in document:  # a store refuses a pin it cannot honour: pin a shipped protocol
        document = {**document, "protocol": dict(DEFAULT_PIN)}
    record = parse_document(copy.deepcopy(document))
    store = open_database(":memory:")
    try:
        store.import_record(record, ACTOR)
        loaded = store.load_record(record.mrn)
    finally:
        store.close()
    pin = record.protocol or ProtocolPin(DEFAULT_PIN["id"], DEFAULT_PIN["version"])
    assert loaded == dataclasses.replace(record, protocol=pin)
    assert to_document(loaded) == {**document, "protocol": {"id": pin.id, "version": pin.version}}

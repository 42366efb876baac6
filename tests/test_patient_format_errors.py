"""Bad `bedside-patient/1` input: every problem is a PatientFormatError naming its field path."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from bedside.domain.errors import PatientFormatError
from bedside.patient_file.export import to_document
from bedside.patient_file.format import parse_document, parse_json_text
from tests.factories import full_document, minimal_document, problems_of

Mutation = Callable[[dict[str, Any]], None]


# --- bad input --------------------------------------------------------------------------------


def _set(path: str, value: Any) -> Mutation:
    *parents, last = path.split(".")

    def mutate(doc: dict[str, Any]) -> None:
        target = doc
        for key in parents:
            target = target[key]
        target[last] = value

    return mutate


def _drop(path: str) -> Mutation:
    *parents, last = path.split(".")

    def mutate(doc: dict[str, Any]) -> None:
        target = doc
        for key in parents:
            target = target[key]
        del target[last]

    return mutate


def _add(section: str, entry: dict[str, Any]) -> Mutation:
    return lambda doc: doc.setdefault(section, []).append(entry)


BAD = [
    ("unknown product", _set("therapy.product", "cart-x"), "therapy.product", "must be one of"),
    (
        "month 13",
        _set("therapy.infusion_dates", ["2025-13-01"]),
        "therapy.infusion_dates[0]",
        "YYYY-MM-DD",
    ),
    (
        "US date",
        _set("therapy.infusion_dates", ["03/03/2025"]),
        "therapy.infusion_dates[0]",
        "YYYY-MM-DD",
    ),
    (
        "no dashes",
        _set("therapy.infusion_dates", ["20250303"]),
        "therapy.infusion_dates[0]",
        "YYYY-MM-DD",
    ),
    (
        "second infusion bad",
        _set("therapy.infusion_dates", ["2025-03-03", "2025-02-30"]),
        "therapy.infusion_dates[1]",
        "YYYY-MM-DD",
    ),
    (
        "infusions missing",
        _drop("therapy.infusion_dates"),
        "therapy.infusion_dates",
        "required field is missing",
    ),
    (
        "infusions empty",
        _set("therapy.infusion_dates", []),
        "therapy.infusion_dates",
        "one or more",
    ),
    (
        "infusions out of order",
        _set("therapy.infusion_dates", ["2025-03-12", "2025-03-03"]),
        "therapy.infusion_dates",
        "date order",
    ),
    ("unknown top-level key", _set("notes", "hello"), "notes", "unknown field"),
    ("unknown patient key", _set("patient.room", "3"), "patient.room", "unknown field"),
    ("wrong format", _set("format", "bedside-patient/2"), "format", "bedside-patient/1"),
    ("format missing", _drop("format"), "format", "required field is missing"),
    ("mrn with space", _set("patient.mrn", "A 12345"), "patient.mrn", "1-32 characters"),
    ("mrn too long", _set("patient.mrn", "A" * 33), "patient.mrn", "1-32 characters"),
    ("blank name", _set("patient.name", "   "), "patient.name", "not blank"),
    ("weight zero", _set("patient.weight_kg", 0), "patient.weight_kg", "between 1 and 400"),
    (
        "not-done without reason",
        _add(
            "checks",
            {
                "item": "CMV-PCR",
                "due": "2025-03-10",
                "status": "not-done",
                "by": "AB",
                "at": "2025-03-10T09:14:00Z",
            },
        ),
        "checks[0].reason",
        "needs a reason",
    ),
    (
        "check time not UTC",
        _add(
            "checks",
            {
                "item": "CMV-PCR",
                "due": "2025-03-10",
                "status": "done",
                "by": "AB",
                "at": "2025-03-10 09:14",
            },
        ),
        "checks[0].at",
        "UTC time",
    ),
    (
        "temperature without unit",
        _add("observations", {"date": "2025-03-06", "type": "temperature", "value": 38.6}),
        "observations[0].unit",
        "C or F",
    ),
    (
        "grade with a unit",
        _add("observations", {"date": "2025-03-06", "type": "crs_grade", "value": 1, "unit": "C"}),
        "observations[0].unit",
        "has no unit",
    ),
    (
        "crs grade 5",
        _add("observations", {"date": "2025-03-06", "type": "crs_grade", "value": 5}),
        "observations[0].value",
        "between 0 and 4",
    ),
    (
        "treatment with date and start",
        _add(
            "treatments",
            {"type": "steroid", "date": "2025-03-04", "start": "2025-03-04", "end": "2025-03-05"},
        ),
        "treatments[0]",
        'needs "date"',
    ),
    (
        "treatment start only",
        _add("treatments", {"type": "gcsf", "start": "2025-03-04"}),
        "treatments[0]",
        'needs "date"',
    ),
    (
        "treatment ends before start",
        _add("treatments", {"type": "steroid", "start": "2025-03-05", "end": "2025-03-04"}),
        "treatments[0].end",
        "before start",
    ),
    ("lab as text", _set("labs", "anc 0.5"), "labs", "must be a list"),
    ("patient not object", _set("patient", ["A1"]), "patient", "must be an object"),
    ("serology value", _set("serology", {"cmv_igg": "pos"}), "serology.cmv_igg", "must be one of"),
]


@pytest.mark.parametrize(("mutate", "path", "fragment"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_bad_input_names_the_field_path(mutate: Mutation, path: str, fragment: str) -> None:
    document = minimal_document()
    mutate(document)
    err = problems_of(document)
    messages = [str(p) for p in err.problems if p.path == path]
    assert messages, f"no problem at {path}: {err}"
    assert any(fragment in m for m in messages), messages
    assert f"{path}: " in str(err)


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (_set("patient.mrn", "A12345\n"), "patient.mrn"),
        (
            _add(
                "labs",
                {"date": "2025-03-05", "time": "06:00\n", "test": "anc", "value": 1, "unit": "/uL"},
            ),
            "labs[0].time",
        ),
        (
            _add(
                "labs",
                {"date": "2025-03-05", "time": "0٦:00", "test": "anc", "value": 1, "unit": "/uL"},
            ),
            "labs[0].time",
        ),
        (
            _add(
                "checks",
                {
                    "item": "CMV-PCR",
                    "due": "2025-03-10",
                    "status": "done",
                    "by": "AB",
                    "at": "2025-03-10T09:14:00Z\n",
                },
            ),
            "checks[0].at",
        ),
        (
            _add(
                "checks",
                {
                    "item": "CMV-PCR",
                    "due": "2025-03-10",
                    "status": "done",
                    "by": "AB",
                    "at": "٢٠٢٥-03-10T09:14:00Z",
                },
            ),
            "checks[0].at",
        ),
    ],
    ids=[
        "mrn-trailing-newline",
        "time-trailing-newline",
        "time-arabic-digit",
        "at-trailing-newline",
        "at-arabic-digits",
    ],
)
def test_patterns_accept_exactly_the_spec_characters(mutate: Mutation, path: str) -> None:
    """MRN: 1-32 of A-Z a-z 0-9 - _ / . ; times: ASCII HH:MM, ...Z. No newline, no other digits."""
    document = minimal_document()
    mutate(document)
    err = problems_of(document)
    assert path in [p.path for p in err.problems]


def test_broken_json_reports_line_and_column() -> None:
    text = '{\n  "format": "bedside-patient/1",\n  "patient": ,\n}\n'
    with pytest.raises(PatientFormatError) as caught:
        parse_json_text(text, source="ward.json")
    message = str(caught.value)
    assert "not valid JSON" in message
    assert "line 3 column" in message
    assert message.startswith("ward.json: ")


def test_every_problem_is_reported_at_once() -> None:
    document = minimal_document(mrn="bad mrn", sex="f")
    document["therapy"]["product"] = "nope"
    document["labs"] = [{"date": "2025-03-05", "test": "igg", "value": "4", "unit": "mg"}]
    err = problems_of(document)
    paths = {p.path for p in err.problems}
    assert {
        "patient.mrn",
        "patient.sex",
        "therapy.product",
        "labs[0].value",
        "labs[0].unit",
    } <= paths
    assert len(str(err).splitlines()) == len(err.problems)


def test_a_valid_document_is_not_changed_by_parsing() -> None:
    document = full_document()
    snapshot = copy.deepcopy(document)
    record = parse_document(document)
    assert document == snapshot
    assert to_document(record) == snapshot


@pytest.mark.parametrize(
    ("mutate", "path", "shown"),
    [
        (
            _add("labs", {"date": "2025-03-05", "test": "anc", "value": -0.5, "unit": "10^9/L"}),
            "labs[0].value",
            "-0.5",
        ),
        (
            _add(
                "treatments",
                {"type": "ivig", "date": "2025-03-04", "dose": -1, "dose_unit": "g/kg"},
            ),
            "treatments[0].dose",
            "-1",
        ),
    ],
    ids=["negative-lab-value", "negative-dose"],
)
def test_negative_number_is_a_format_error_not_a_crash(mutate: Mutation, path: str, shown: str) -> None:
    """Below a lower bound (no upper bound) is still a PatientFormatError (CLI exit 2), no crash."""
    document = minimal_document()
    mutate(document)
    err = problems_of(document)
    assert path in [p.path for p in err.problems]
    assert next(str(p) for p in err.problems if p.path == path).endswith(shown)  # names the value

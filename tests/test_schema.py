"""The shipped JSON Schema agrees with Bedside's own reader on good and bad documents."""

from __future__ import annotations

import copy
import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from bedside.domain.errors import PatientFormatError
from bedside.patient_file.format import parse_document

DATA = Path(__file__).parent / "data"


def _schema() -> dict[str, Any]:
    path = resources.files("resources") / "schemas" / "bedside-patient-1.schema.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _example(n: int) -> dict[str, Any]:
    return json.loads((DATA / f"example-{n}.json").read_text(encoding="utf-8"))


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(_schema())


@pytest.mark.parametrize("n", [1, 2])
def test_worked_examples_are_valid(n: int) -> None:
    jsonschema.Draft202012Validator(_schema()).validate(_example(n))
    parse_document(_example(n))


def _labs_unit(doc: dict[str, Any]) -> None:
    doc["labs"][0]["unit"] = "mg"


def _product(doc: dict[str, Any]) -> None:
    doc["therapy"]["product"] = "zz-cel"


def _date(doc: dict[str, Any]) -> None:
    doc["therapy"]["infusion_dates"] = ["03/03/2025"]


def _no_infusion(doc: dict[str, Any]) -> None:
    del doc["therapy"]["infusion_dates"]


def _top_key(doc: dict[str, Any]) -> None:
    doc["extra"] = 1


def _not_done_without_reason(doc: dict[str, Any]) -> None:
    doc["checks"] = [
        {"item": "CMV-PCR", "due": "2025-03-10", "status": "not-done", "by": "AB", "at": "2025-03-10T09:14:00Z"}
    ]


def _temperature_without_unit(doc: dict[str, Any]) -> None:
    doc["observations"][0].pop("unit")


def _treatment_both_shapes(doc: dict[str, Any]) -> None:
    doc["treatments"] = [{"type": "steroid", "date": "2025-03-05", "start": "2025-03-05", "end": "2025-03-06"}]


@pytest.mark.parametrize(
    "break_it",
    [
        _labs_unit,
        _product,
        _date,
        _no_infusion,
        _top_key,
        _not_done_without_reason,
        _temperature_without_unit,
        _treatment_both_shapes,
    ],
)
def test_schema_and_reader_both_refuse(break_it: Any) -> None:
    doc = copy.deepcopy(_example(1))
    break_it(doc)
    assert list(jsonschema.Draft202012Validator(_schema()).iter_errors(doc)), "schema accepted it"
    with pytest.raises(PatientFormatError):
        parse_document(doc)

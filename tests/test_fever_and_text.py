"""Fever across midnight, and how an unrecorded value reads in an item's why."""

from __future__ import annotations

from datetime import date
from typing import Any

from bedside.engine.core import checklist
from bedside.engine.facts import Facts
from bedside.engine.patient_index import PatientIndex
from bedside.patient_file.format import parse_document
from bedside.protocol.loader import load_protocol


def _doc(observations: list[dict[str, Any]], labs: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {
        "format": "bedside-patient/1",
        "patient": {"mrn": "F-1", "name": "Fever, Test"},
        "therapy": {"product": "axi-cel", "lymphodepletion_start": "2025-02-26", "infusion_dates": ["2025-03-03"]},
        "labs": [{"date": "2025-03-05", "time": "06:00", "test": "anc", "value": 0.3, "unit": "10^9/L"}]
        if labs is None
        else labs,
        "observations": observations,
    }


def _temp(day: str, time: str, value: float) -> dict[str, Any]:
    return {"date": day, "time": time, "type": "temperature", "value": value, "unit": "C"}


def _fever_on(doc: dict[str, Any], day: date) -> Any:
    return Facts(PatientIndex(parse_document(doc)), day)["fever_reading"]


def test_sustained_fever_across_midnight_counts_on_the_second_day() -> None:
    doc = _doc([_temp("2025-03-05", "23:30", 38.1), _temp("2025-03-06", "00:40", 38.2)])
    assert _fever_on(doc, date(2025, 3, 5)) is None  # one reading of 38.1 is not yet fever
    assert _fever_on(doc, date(2025, 3, 6)) == "T >=38.0 C from 23:30 the day before to 00:40"
    bundle = checklist(load_protocol(None), parse_document(doc), date(2025, 3, 6)).item("FN-BUNDLE")
    assert bundle is not None and bundle.status == "due"


def test_readings_under_an_hour_apart_across_midnight_are_not_fever() -> None:
    doc = _doc([_temp("2025-03-05", "23:50", 38.1), _temp("2025-03-06", "00:30", 38.2)])
    assert _fever_on(doc, date(2025, 3, 6)) is None


def test_a_normal_reading_in_between_breaks_the_run() -> None:
    doc = _doc(
        [_temp("2025-03-05", "23:00", 38.1), _temp("2025-03-05", "23:40", 37.2), _temp("2025-03-06", "00:30", 38.1)]
    )
    assert _fever_on(doc, date(2025, 3, 6)) is None


def test_an_unrecorded_value_drops_its_unit() -> None:
    record = parse_document(_doc([], labs=[]))
    # ide-cel follows MM-T6 for HSV/VZV; its why names CD4, which is not recorded here.
    bcma = parse_document({**_doc([], labs=[]), "therapy": {**_doc([])["therapy"], "product": "ide-cel"}})
    item = checklist(load_protocol(None), bcma, date(2025, 3, 10)).item("HSV-VZV")
    assert item is not None
    assert "CD4 not recorded since" in item.why and "not recorded/uL" not in item.why
    abx = checklist(load_protocol(None), record, date(2025, 3, 10), include_all=True).item("ABX-PPX")
    assert abx is not None and abx.status == "needs-data"
    assert "ANC not recorded since" in abx.why and "enter today's ANC" in abx.why


def test_a_recorded_value_keeps_its_unit() -> None:
    record = parse_document(_doc([]))
    abx = checklist(load_protocol(None), record, date(2025, 3, 5)).item("ABX-PPX")
    assert abx is not None and "(ANC 0.3 x10^9/L on 2025-03-05)" in abx.why

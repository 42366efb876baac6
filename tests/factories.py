"""Builders for `bedside-patient/1` documents used across the test suite."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from bedside.domain.errors import PatientFormatError
from bedside.domain.patient import PatientRecord
from bedside.patient_file.format import parse_document, parse_json_text
from bedside.storage.audit import Actor

ACTOR = Actor("AB", "ws-test")


def minimal_document(**patient: Any) -> dict[str, Any]:
    """The smallest valid document; keyword arguments override patient fields."""
    return {
        "format": "bedside-patient/1",
        "patient": {"mrn": "A12345", "name": "Doe, Jane", **patient},
        "therapy": {"product": "axi-cel", "infusion_dates": ["2025-03-03"]},
    }


def full_document(mrn: str = "A12345", name: str = "Øster, Zoë") -> dict[str, Any]:
    """A document that uses every section and most optional fields."""
    return {
        "format": "bedside-patient/1",
        "patient": {
            "mrn": mrn,
            "name": name,
            "birth_date": "1958-04-02",
            "sex": "female",
            "weight_kg": 70.5,
            "ward": "H5",
            "bed": "12",
        },
        "therapy": {
            "product": "obe-cel",
            "indication": "B-ALL",
            "apheresis_date": "2025-02-01",
            "lymphodepletion_start": "2025-02-26",
            "lymphodepletion_end": "2025-02-28",
            "infusion_dates": ["2025-03-03", "2025-03-12"],
            "cryopreserved_autologous_cells": False,
        },
        "protocol": {"id": "ash-2024", "version": "2024.2"},
        "history": {
            "prior_hct": [{"type": "autologous", "date": "2023-05-01"}, {"type": "allogeneic"}],
            "prior_invasive_fungal_infection": True,
            "prior_invasive_mold_infection": False,
            "bridging_therapy": True,
            "exposure_risks": ["strongyloides", "tuberculosis"],
        },
        "serology": {"cmv_igg": "positive", "hbsag": "negative", "anti_hbc": "unknown"},
        "labs": [
            {"date": "2025-03-05", "time": "06:00", "test": "anc", "value": 0.4, "unit": "10^9/L"},
            {"date": "2025-03-05", "test": "anc", "value": 400, "unit": "/uL"},
            {"date": "2025-04-02", "test": "igg", "value": 4.2, "unit": "g/L"},
            {"date": "2025-04-02", "test": "cmv_pcr", "value": 0, "unit": "IU/mL"},
        ],
        "observations": [
            {
                "date": "2025-03-06",
                "time": "14:10",
                "type": "temperature",
                "value": 38.6,
                "unit": "C",
            },
            {"date": "2025-03-06", "type": "temperature", "value": 101.3, "unit": "F"},
            {"date": "2025-03-06", "type": "crs_grade", "value": 1},
            {"date": "2025-03-06", "type": "ice_score", "value": 10},
        ],
        "treatments": [
            {
                "type": "steroid",
                "drug": "dexamethasone",
                "start": "2025-01-22",
                "end": "2025-01-27",
                "dose": 10,
                "dose_unit": "mg/day",
            },
            {"type": "tocilizumab", "date": "2025-01-21"},
            {"type": "ivig", "date": "2025-03-04", "dose": 0.4, "dose_unit": "g/kg"},
            {"type": "gcsf", "start": "2025-03-20", "ongoing": True},
        ],
        "infections": [
            {
                "date": "2025-05-02",
                "site": "sinopulmonary",
                "pathogen": "S. pneumoniae",
                "serious": False,
            }
        ],
        "vaccinations": [{"date": "2025-09-01", "vaccine": "influenza"}],
        "checks": [
            {
                "item": "CMV-PCR",
                "due": "2025-03-10",
                "status": "done",
                "by": "AB",
                "at": "2025-03-10T09:14:00Z",
            },
            {
                "item": "IGG-MON",
                "due": "2025-04-02",
                "status": "not-done",
                "by": "CD",
                "at": "2025-04-02T10:00:00Z",
                "reason": "lab closed",
            },
        ],
    }


def record_of(document: dict[str, Any]) -> PatientRecord:
    return parse_document(copy.deepcopy(document))


def as_text(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2)


def problems_of(document: dict[str, Any]) -> PatientFormatError:
    """Parse a document that must be refused; return the error."""
    with pytest.raises(PatientFormatError) as caught:
        parse_json_text(as_text(document))
    return caught.value

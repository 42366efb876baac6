"""Map a PatientRecord to rows and back. Only called inside Store methods."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlite_utils import Database

from bedside.domain.patient import (
    Check,
    History,
    Identity,
    Infection,
    Lab,
    Observation,
    PatientRecord,
    PriorHct,
    ProtocolPin,
    Therapy,
    Treatment,
    Vaccination,
)

DATA_TABLES = ("labs", "observations", "treatments", "infections", "vaccinations", "checks")


def _d(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _b(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def patient_row(record: PatientRecord) -> dict[str, Any]:
    p, t, h = record.patient, record.therapy, record.history
    history = None
    if h is not None:
        history = {
            "prior_hct": None if h.prior_hct is None else [{"type": x.type, "date": _iso(x.date)} for x in h.prior_hct],
            "prior_invasive_fungal_infection": h.prior_invasive_fungal_infection,
            "prior_invasive_mold_infection": h.prior_invasive_mold_infection,
            "bridging_therapy": h.bridging_therapy,
            "exposure_risks": None if h.exposure_risks is None else list(h.exposure_risks),
        }
    return {
        "mrn": p.mrn,
        "name": p.name,
        "birth_date": _iso(p.birth_date),
        "sex": p.sex,
        "weight_kg": p.weight_kg,
        "ward": p.ward,
        "bed": p.bed,
        "product": t.product,
        "indication": t.indication,
        "apheresis_date": _iso(t.apheresis_date),
        "lymphodepletion_start": _iso(t.lymphodepletion_start),
        "lymphodepletion_end": _iso(t.lymphodepletion_end),
        "infusion_dates": json.dumps([d.isoformat() for d in t.infusion_dates]),
        "cryopreserved_autologous_cells": t.cryopreserved_autologous_cells,
        "history": None if history is None else json.dumps(history, ensure_ascii=False),
        "serology": None if record.serology is None else json.dumps(record.serology),
        "protocol_id": record.protocol.id if record.protocol else None,
        "protocol_version": record.protocol.version if record.protocol else None,
        "present_sections": json.dumps(sorted(record.present_sections)),
    }


Entry = Lab | Observation | Treatment | Infection | Vaccination | Check


def entry_row(entry: Entry) -> tuple[str, dict[str, Any]]:
    """The table and row for one dated entry of a record."""
    if isinstance(entry, Lab):
        return "labs", {
            "date": _iso(entry.date),
            "time": entry.time,
            "test": entry.test,
            "value": entry.value,
            "unit": entry.unit,
            "internal_value": entry.internal_value,
        }
    if isinstance(entry, Observation):
        return "observations", {
            "date": _iso(entry.date),
            "time": entry.time,
            "type": entry.type,
            "value": entry.value,
            "unit": entry.unit,
        }
    if isinstance(entry, Treatment):
        return "treatments", {
            "type": entry.type,
            "drug": entry.drug,
            "date": _iso(entry.date),
            "start": _iso(entry.start),
            "end": _iso(entry.end),
            "ongoing": entry.ongoing,
            "dose": entry.dose,
            "dose_unit": entry.dose_unit,
        }
    if isinstance(entry, Infection):
        return "infections", {
            "date": _iso(entry.date),
            "site": entry.site,
            "pathogen": entry.pathogen,
            "serious": entry.serious,
        }
    if isinstance(entry, Vaccination):
        return "vaccinations", {"date": _iso(entry.date), "vaccine": entry.vaccine}
    return "checks", {
        "item": entry.item,
        "due": _iso(entry.due),
        "status": entry.status,
        "by": entry.by,
        "at": entry.at,
        "reason": entry.reason,
    }


def all_entries(record: PatientRecord) -> list[Entry]:
    return [
        *record.labs,
        *record.observations,
        *record.treatments,
        *record.infections,
        *record.vaccinations,
        *record.checks,
    ]


def _rows(db: Database, table: str, patient_id: int) -> list[dict[str, Any]]:
    cursor = db.execute(
        f"SELECT * FROM {table} WHERE patient_id = ? AND voided_at IS NULL ORDER BY id",
        [patient_id],
    )
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]


def load(db: Database, row: dict[str, Any]) -> PatientRecord:
    """Rebuild a record from its patient row and its (non-voided) data rows."""
    pid = row["id"]
    history = None
    if row["history"] is not None:
        h = json.loads(row["history"])
        history = History(
            prior_hct=None
            if h["prior_hct"] is None
            else tuple(PriorHct(x["type"], _d(x["date"])) for x in h["prior_hct"]),
            prior_invasive_fungal_infection=h["prior_invasive_fungal_infection"],
            prior_invasive_mold_infection=h["prior_invasive_mold_infection"],
            bridging_therapy=h["bridging_therapy"],
            exposure_risks=None if h["exposure_risks"] is None else tuple(h["exposure_risks"]),
        )
    protocol = None
    if row["protocol_id"] is not None:
        protocol = ProtocolPin(row["protocol_id"], row["protocol_version"])
    return PatientRecord(
        patient=Identity(
            row["mrn"],
            row["name"],
            _d(row["birth_date"]),
            row["sex"],
            row["weight_kg"],
            row["ward"],
            row["bed"],
        ),
        therapy=Therapy(
            row["product"],
            tuple(date.fromisoformat(d) for d in json.loads(row["infusion_dates"])),
            row["indication"],
            _d(row["apheresis_date"]),
            _d(row["lymphodepletion_start"]),
            _d(row["lymphodepletion_end"]),
            _b(row["cryopreserved_autologous_cells"]),
        ),
        history=history,
        serology=None if row["serology"] is None else json.loads(row["serology"]),
        protocol=protocol,
        present_sections=frozenset(json.loads(row["present_sections"])),
        labs=tuple(
            Lab(_d(x["date"]), x["test"], x["value"], x["unit"], x["time"])  # type: ignore[arg-type]
            for x in _rows(db, "labs", pid)
        ),
        observations=tuple(
            Observation(_d(x["date"]), x["type"], x["value"], x["time"], x["unit"])  # type: ignore[arg-type]
            for x in _rows(db, "observations", pid)
        ),
        treatments=tuple(
            Treatment(
                x["type"],
                x["drug"],
                _d(x["date"]),
                _d(x["start"]),
                _d(x["end"]),
                _b(x["ongoing"]),
                x["dose"],
                x["dose_unit"],
            )
            for x in _rows(db, "treatments", pid)
        ),
        infections=tuple(
            Infection(_d(x["date"]), x["site"], x["pathogen"], _b(x["serious"]))  # type: ignore[arg-type]
            for x in _rows(db, "infections", pid)
        ),
        vaccinations=tuple(
            Vaccination(_d(x["date"]), x["vaccine"])  # type: ignore[arg-type]
            for x in _rows(db, "vaccinations", pid)
        ),
        checks=tuple(
            Check(x["item"], _d(x["due"]), x["status"], x["by"], x["at"], x["reason"])  # type: ignore[arg-type]
            for x in _rows(db, "checks", pid)
        ),
    )

"""Map a PatientRecord to rows and back. Only called inside Store methods."""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
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
    VoidedEntry,
)

DATA_TABLES = ("labs", "observations", "treatments", "infections", "vaccinations", "checks")


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


def imported_row(entry: Entry, by: str, at: str) -> tuple[str, dict[str, Any]]:
    """entry_row() for an entry read from a file: a check also says who imported it and when, because its
    "by" and "at" are only what the file claims, never an act of someone signed in (issue 14 F17)."""
    table, row = entry_row(entry)
    return table, ({**row, "imported_by": by, "imported_at": at} if table == "checks" else row)


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
            "indication": entry.indication,
        }
    if isinstance(entry, Infection):
        return "infections", {
            "date": _iso(entry.date),
            "site": entry.site,
            "pathogen": entry.pathogen,
            "serious": entry.serious,
            "pathogen_group": entry.pathogen_group,
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


# Columns read back per table, in the order the domain classes take them.
_COLUMNS = {
    "labs": ("date", "test", "value", "unit", "time"),
    "observations": ("date", "type", "value", "time", "unit"),
    "treatments": ("type", "drug", "date", "start", '"end"', "ongoing", "dose", "dose_unit", "indication"),
    "infections": ("date", "site", "pathogen", "serious", "pathogen_group"),
    "vaccinations": ("date", "vaccine"),
    "checks": ("item", "due", "status", '"by"', "at", "reason"),
}
_DATED = {"labs", "observations"}  # rows after an as-of date are never needed for that date's checklist


@lru_cache(maxsize=8192)
def _day(value: str) -> date:
    return date.fromisoformat(value)  # the same few hundred dates repeat across a ward


def _d(value: str | None) -> date | None:
    return None if value is None else _day(value)


def _grouped(
    db: Database, table: str, patient: int | list[int] | None, as_of: date | None
) -> dict[int, list[tuple[Any, ...]]]:
    """Non-voided rows of one table for one patient, a few (a list of ids) or every active patient (None), in
    entry order, as tuples."""
    params: list[Any]
    if patient is None:
        where, params = "patient_id IN (SELECT id FROM patients WHERE active = 1)", []
    elif isinstance(patient, list):
        where, params = f"patient_id IN ({', '.join('?' * len(patient))})", list(patient)
    else:
        where, params = "patient_id = ?", [patient]
    if as_of is not None and table in _DATED:
        where += " AND date <= ?"
        params.append(as_of.isoformat())
    columns = ", ".join(_COLUMNS[table])
    sql = f"SELECT patient_id, {columns} FROM {table} WHERE {where} AND voided_at IS NULL ORDER BY id"
    found: dict[int, list[tuple[Any, ...]]] = {}
    for row in db.execute(sql, params).fetchall():
        found.setdefault(row[0], []).append(row[1:])
    return found


def load(db: Database, row: dict[str, Any]) -> PatientRecord:
    """Rebuild a record from its patient row and its (non-voided) data rows."""
    data = {table: _grouped(db, table, row["id"], None).get(row["id"], []) for table in DATA_TABLES}
    return _record(row, data)


def load_active(
    db: Database, rows: list[dict[str, Any]], as_of: date | None = None, *, whole_ward: bool = True
) -> list[PatientRecord]:
    """Active patients' records, one query per table; with as_of, labs and observations after it are left out.
    whole_ward: read every active patient's rows in one pass (else only those of `rows`: a board's changed
    few); records are made for `rows` alone either way."""
    if not rows:
        return []
    ids = None if whole_ward else [int(r["id"]) for r in rows]
    tables = {table: _grouped(db, table, ids, as_of) for table in DATA_TABLES}
    return [_record(r, {table: tables[table].get(r["id"], []) for table in DATA_TABLES}) for r in rows]


def _record(row: dict[str, Any], data: dict[str, list[tuple[Any, ...]]]) -> PatientRecord:
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
        **{table: tuple(_BUILD[table](*values) for values in data[table]) for table in DATA_TABLES},
    )


# One stored row (the columns of _COLUMNS, in order) back into its entry.
_BUILD: dict[str, Any] = {
    "labs": lambda d, test, value, unit, time: Lab(_day(d), test, value, unit, time),
    "observations": lambda d, kind, value, time, unit: Observation(_day(d), kind, value, time, unit),
    "treatments": lambda kind, drug, d, start, end, ongoing, dose, dose_unit, indication: Treatment(
        kind, drug, _d(d), _d(start), _d(end), _b(ongoing), dose, dose_unit, indication
    ),
    "infections": lambda d, site, pathogen, serious, group: Infection(_day(d), site, pathogen, _b(serious), group),
    "vaccinations": lambda d, vaccine: Vaccination(_day(d), vaccine),
    "checks": lambda item, due, status, by, at, reason: Check(item, _day(due), status, by, at, reason),
}


def voided(db: Database, patient_id: int) -> tuple[VoidedEntry, ...]:
    """A patient's voided entries, section by section in entry order, for a lossless export (issue 14 F17)."""
    found = []
    for table in DATA_TABLES:
        columns = ", ".join(_COLUMNS[table])
        where = "patient_id = ? AND voided_at IS NOT NULL"
        sql = f"SELECT {columns}, voided_at, voided_by, void_reason FROM {table} WHERE {where} ORDER BY id"
        for row in db.execute(sql, [patient_id]).fetchall():
            *values, at, by, reason = row
            found.append(VoidedEntry(table, _BUILD[table](*values), at, by, reason))
    return tuple(found)

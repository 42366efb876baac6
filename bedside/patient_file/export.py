"""Write a PatientRecord back as a `bedside-patient/1` document, field for field."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import date
from typing import Any

from bedside.domain.patient import PatientRecord
from bedside.patient_file.format import FORMAT_ID, LIST_SECTIONS


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value) if getattr(value, f.name) is not None}
    return value


def to_document(record: PatientRecord) -> dict[str, Any]:
    """The JSON object for one patient; optional fields the source omitted stay omitted."""
    doc: dict[str, Any] = {
        "format": FORMAT_ID,
        "patient": _plain(record.patient),
        "therapy": _plain(record.therapy),
    }
    if record.protocol is not None:
        doc["protocol"] = _plain(record.protocol)
    if record.history is not None:
        doc["history"] = _plain(record.history)
    if record.serology is not None:
        doc["serology"] = dict(record.serology)
    for section in LIST_SECTIONS:
        entries = getattr(record, section)
        if entries or section in record.present_sections:
            doc[section] = _plain(entries)
    if record.voided:  # entries voided as mistakes: carried, so an export and import loses none (issue 14 F17)
        doc["voided"] = [
            {"section": v.section, "entry": _plain(v.entry), "at": v.at, "by": v.by, "reason": v.reason}
            for v in record.voided
        ]
    return doc


def to_json_text(record: PatientRecord) -> str:
    return json.dumps(to_document(record), ensure_ascii=False, indent=2) + "\n"

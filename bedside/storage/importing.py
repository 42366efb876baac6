"""A patient record from a file into the database: new, or replacing the stored one (admin work).

Only called by Store.import_records, inside its one write transaction (issue 14 F5, F17).
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from bedside.domain.errors import BedsideError, StorageError
from bedside.domain.patient import PatientRecord
from bedside.patient_file.export import to_document
from bedside.protocol.model import Protocol
from bedside.storage import audit, entries, protocols, records
from bedside.storage.audit import Actor


def import_one(
    db: Database, record: PatientRecord, protocol: Protocol | None, actor: Actor, replace: bool, demo: bool
) -> int:
    """One record, inside the caller's write transaction."""
    pin_snapshot(db, record, protocol)
    existing = _patient_row(db, record.mrn)
    if existing is None:
        _refuse_other_case(db, record.mrn)
    else:
        if not replace:
            raise BedsideError(f'patient "{record.mrn}" is already in this database (use --replace)')
        return _replace(db, record, existing, actor)
    row = {**records.patient_row(record), "demo": int(demo), "created_at": audit.utc_now()}
    pid = db.table("patients").insert(row).last_pk
    if not isinstance(pid, int):
        raise StorageError("internal error: the database did not return a row id")
    now = audit.utc_now()
    for entry in records.all_entries(record):
        table, data = records.imported_row(entry, actor.user, now)
        db.table(table).insert({"patient_id": pid, **data})
    entries.add_voided(db, pid, record.voided, actor)
    audit.append(db, actor, "patient.import", "patient", pid, mrn=record.mrn, new=to_document(record))
    return pid


def _replace(db: Database, record: PatientRecord, existing: dict[str, Any], actor: Actor) -> int:
    """Voids what the file leaves out, never deletes it (F17); the caller has checked the admin."""
    old = to_document(records.load(db, existing))
    pid = int(existing["id"])
    db.table("patients").update(pid, records.patient_row(record))
    voided = entries.replace_all(db, pid, list(records.all_entries(record)), actor)
    entries.add_voided(db, pid, record.voided, actor)
    why = "; ".join(f"{table} {', '.join(f'#{i}' for i in ids)}" for table, ids in voided.items())
    reason = f"voided, {entries.REPLACED}: {why}" if voided else None
    new = to_document(record)
    audit.append(db, actor, "patient.replace", "patient", pid, mrn=record.mrn, old=old, new=new, reason=reason)
    return pid


def pin_snapshot(db: Database, record: PatientRecord, chosen: Protocol | None) -> None:
    """Keep the texts of the pinned version; refuse a pin this workstation cannot honour."""
    assert record.protocol is not None
    pin = record.protocol
    if chosen is not None and (chosen.id, chosen.version) == (pin.id, pin.version):
        protocols.snapshot(db, chosen)
        return
    try:
        found = protocols.pinned(db, pin.id, pin.version)
    except BedsideError:
        raise BedsideError(
            f'patient "{record.mrn}": protocol: {pin.id} version {pin.version} is not available here'
        ) from None
    protocols.snapshot(db, found)


def _patient_row(db: Database, mrn: str) -> dict[str, Any] | None:
    cursor = db.execute("SELECT * FROM patients WHERE mrn = ?", [mrn])
    values = cursor.fetchone()
    return None if values is None else dict(zip([c[0] for c in cursor.description], values, strict=True))


def _refuse_other_case(db: Database, mrn: str) -> None:
    """MRNs that differ only in letter case name one patient: never a second record (docs/input-limits.md)."""
    row = db.execute("SELECT mrn FROM patients WHERE mrn = ? COLLATE NOCASE", [mrn]).fetchone()
    if row is not None:
        raise BedsideError(
            f'patient "{mrn}": this database already holds "{row[0]}", the same MRN in other letter case; '
            "nothing was imported"
        )

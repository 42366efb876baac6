"""A laboratory result file saved as one act: every result in one transaction and one audit event that
names the file by its SHA-256 (issue 17). Only called inside Store.import_lab_file's transaction."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from bedside.domain.errors import NotFoundError, StorageError
from bedside.domain.patient import Lab
from bedside.storage import audit, records
from bedside.storage.audit import Actor


def save(
    db: Database, results: list[tuple[str, Lab]], actor: Actor, file_name: str, sha256: str, skipped: dict[str, int]
) -> int:
    """Insert each (MRN, lab) and append the one event; returns the event's sequence number."""
    ids: dict[str, int] = {}
    saved: list[dict[str, Any]] = []
    for mrn, lab in results:
        if mrn not in ids:
            row = db.execute("SELECT id FROM patients WHERE mrn = ?", [mrn]).fetchone()
            if row is None:
                raise NotFoundError(f'no patient with MRN "{mrn}"')
            ids[mrn] = int(row[0])
        table, data = records.entry_row(lab)
        row_id = db.table(table).insert({"patient_id": ids[mrn], **data}).last_pk
        if not isinstance(row_id, int):
            raise StorageError("internal error: the database did not return a row id")
        saved.append({"mrn": mrn, "lab": row_id, **data})
    new = {"file": file_name, "sha256": sha256, "saved": saved, "not_saved": skipped}
    return audit.append(db, actor, "labs.import", "lab_file", sha256[:16], new=new)


def imported(db: Database) -> set[str]:
    """The first 16 hex digits of the SHA-256 of every lab file imported so far (the events' entity id)."""
    rows = db.execute("SELECT entity_id FROM events WHERE action = 'labs.import'").fetchall()
    return {str(row[0]) for row in rows if row[0]}

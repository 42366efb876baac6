"""Dated entries typed in on the ward (labs, temperatures, grades, treatments, ...) and their voiding.

A mistake is never deleted: the row is voided with a reason, and both acts are in the audit trail.
Only called inside Store methods, inside their transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from bedside.domain.errors import BedsideError, NotFoundError
from bedside.domain.patient import VoidedEntry
from bedside.storage import audit, records
from bedside.storage.audit import Actor

# The audit trail names an entry by its entity; each entity lives in one table.
TABLES = {
    "lab": "labs",
    "observation": "observations",
    "treatment": "treatments",
    "infection": "infections",
    "vaccination": "vaccinations",
    "check": "checks",
}
ENTITIES = {table: entity for entity, table in TABLES.items()}


@dataclass(frozen=True, slots=True)
class EntryRow:
    """One stored entry with its row id, as the Labs and History views list it."""

    entity: str
    id: int
    date: str
    data: dict[str, Any]
    voided_at: str | None
    void_reason: str | None
    voided_by: str | None


def add(db: Database, patient_id: int, mrn: str, entry: records.Entry, actor: Actor) -> int:
    table, row = records.entry_row(entry)
    row_id = db.table(table).insert({"patient_id": patient_id, **row}).last_pk
    if not isinstance(row_id, int):
        raise BedsideError("internal error: the database did not return a row id")
    reason = row.get("reason") if table == "checks" else None
    audit.append(db, actor, f"{ENTITIES[table]}.add", ENTITIES[table], row_id, mrn=mrn, new=row, reason=reason)
    return row_id


def void(db: Database, patient_id: int, mrn: str, entity: str, row_id: int, reason: str, actor: Actor) -> None:
    if entity not in TABLES:
        raise BedsideError(f'only entries can be voided ({", ".join(TABLES)}), not "{entity}"')
    if not reason.strip():
        raise BedsideError("voiding an entry needs a reason")
    table = TABLES[entity]
    found = db.execute(
        f"SELECT * FROM {table} WHERE id = ? AND patient_id = ?", [row_id, patient_id]
    )  # table comes from TABLES, never from the caller
    values = found.fetchone()
    if values is None:
        raise NotFoundError(f"no {entity} #{row_id} for patient {mrn}")
    old = dict(zip([c[0] for c in found.description], values, strict=True))
    if old["voided_at"] is not None:
        raise BedsideError(f"{entity} #{row_id} was already voided on {old['voided_at']}")
    at = audit.utc_now()
    db.execute(
        f"UPDATE {table} SET voided_at = ?, void_reason = ?, voided_by = ? WHERE id = ?",
        [at, reason.strip(), actor.user, row_id],
    )
    audit.append(db, actor, f"{entity}.void", entity, row_id, mrn=mrn, old=_plain(old), reason=reason.strip())


def rows(db: Database, patient_id: int, entity: str, *, include_voided: bool = True) -> list[EntryRow]:
    table = TABLES[entity]
    sql = f"SELECT * FROM {table} WHERE patient_id = ?" + ("" if include_voided else " AND voided_at IS NULL")
    cursor = db.execute(sql + " ORDER BY id", [patient_id])
    names = [c[0] for c in cursor.description]
    result = []
    for values in cursor.fetchall():
        row = dict(zip(names, values, strict=True))
        when = row.get("date") or row.get("start") or row.get("due") or ""
        result.append(
            EntryRow(entity, row["id"], when, _plain(row), row["voided_at"], row["void_reason"], row["voided_by"])
        )
    return result


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    skip = {"id", "patient_id", "voided_at", "void_reason", "voided_by"}
    return {k: v for k, v in row.items() if k not in skip and v is not None}


REPLACED = "not in the file imported with --replace"


def replace_all(db: Database, patient_id: int, new: list[records.Entry], actor: Actor) -> dict[str, list[int]]:
    """A replacing import (issue 14 F17): stored entries that the file repeats in the same order are kept,
    the file's others are inserted, and stored entries the file leaves out are voided with a reason, never
    deleted. Once the file adds an entry, later stored ones are voided and inserted again after it, so the
    stored order stays the file's. Returns the ids voided, per table. Inside the caller's transaction."""
    waiting: dict[str, list[dict[str, Any]]] = {}
    for entry in new:
        table, row = records.entry_row(entry)
        waiting.setdefault(table, []).append(row)
    voided: dict[str, list[int]] = {}
    at = audit.utc_now()
    for table in records.DATA_TABLES:
        wanted = waiting.get(table, [])
        sql = f"SELECT * FROM {table} WHERE patient_id = ? AND voided_at IS NULL ORDER BY id"
        cursor = db.execute(sql, [patient_id])
        names = [c[0] for c in cursor.description]
        stored = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
        kept = _kept_prefix(stored, wanted)
        for row in stored:
            if row["id"] not in kept:
                db.execute(
                    f"UPDATE {table} SET voided_at = ?, void_reason = ?, voided_by = ? WHERE id = ?",
                    [at, REPLACED, actor.user, row["id"]],
                )
                voided.setdefault(table, []).append(int(row["id"]))
        for row in wanted[len(kept) :]:
            provenance = {"imported_by": actor.user, "imported_at": at} if table == "checks" else {}
            db.table(table).insert({"patient_id": patient_id, **row, **provenance})
    return voided


def _kept_prefix(stored: list[dict[str, Any]], wanted: list[dict[str, Any]]) -> set[int]:
    """Ids of stored rows matching the file's first entries in order (rows skipped between them are voided)."""
    kept: list[int] = []
    j = 0
    for row in wanted:
        match = next((k for k in range(j, len(stored)) if all(stored[k].get(c) == v for c, v in row.items())), None)
        if match is None:
            break
        kept.append(int(stored[match]["id"]))
        j = match + 1
    return set(kept)


def add_voided(db: Database, patient_id: int, voided: tuple[VoidedEntry, ...], actor: Actor) -> None:
    """Voided entries from a file (an export carries them): stored voided, as the file says when, by whom and
    why; one already stored exactly so is not stored twice (a replace with the same file)."""
    at = audit.utc_now()
    for item in voided:
        table, row = records.imported_row(item.entry, actor.user, at)
        void = {"voided_at": item.at, "void_reason": item.reason, "voided_by": item.by}
        match = " AND ".join(f'"{c}" IS ?' for c in (*records.entry_row(item.entry)[1], *void))
        values = [*records.entry_row(item.entry)[1].values(), *void.values()]
        if db.execute(f"SELECT 1 FROM {table} WHERE patient_id = ? AND {match}", [patient_id, *values]).fetchone():
            continue
        db.table(table).insert({"patient_id": patient_id, **row, **void})

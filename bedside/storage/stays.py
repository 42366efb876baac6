"""A patient's stay: discharge, readmit and archive, each with a reason in the audit trail; removing the DEMO ward.

Active patients are on the board; discharged ones leave it (their record, plan and history stay);
archived ones are on no list. Every change is one short transaction with its audit event.
"""

from __future__ import annotations

from sqlite_utils import Database

from bedside.domain.errors import BedsideError, NotFoundError
from bedside.storage import audit
from bedside.storage.access import User, require_admin
from bedside.storage.audit import Actor
from bedside.storage.connection import write_transaction

STAYS = ("active", "discharged", "archived")
# (from, to) -> audit action; anything else is refused with the reason.
MOVES = {
    ("active", "discharged"): "patient.discharge",
    ("discharged", "active"): "patient.readmit",
    ("archived", "active"): "patient.readmit",
    ("active", "archived"): "patient.archive",
    ("discharged", "archived"): "patient.archive",
}
DEMO_TABLES = ("labs", "observations", "treatments", "infections", "vaccinations", "checks", "severity_choices")


def stay_of(db: Database, mrn: str) -> str:
    row = db.execute("SELECT stay FROM patients WHERE mrn = ?", [mrn]).fetchone()
    if row is None:
        raise NotFoundError(f'no patient with MRN "{mrn}"')
    return str(row[0])


def move(db: Database, mrn: str, to: str, reason: str, actor: Actor) -> None:
    """Discharge, readmit or archive one patient; a reason is required and recorded."""
    if not reason.strip():
        raise BedsideError("a reason is required")
    with write_transaction(db):
        row = db.execute("SELECT id, stay FROM patients WHERE mrn = ?", [mrn]).fetchone()
        if row is None:
            raise NotFoundError(f'no patient with MRN "{mrn}"')
        pid, now = row
        action = MOVES.get((now, to))
        if action is None:
            raise BedsideError(f"this patient is {now}; they cannot be made {to}")
        db.execute("UPDATE patients SET stay = ?, active = ? WHERE id = ?", [to, int(to == "active"), pid])
        audit.append(db, actor, action, "patient", pid, mrn=mrn, old=now, new=to, reason=reason.strip())


def remove_demo_ward(db: Database, actor: Actor, by: User | None) -> int:
    """Delete every demo patient (never a real one) and their data in one admin action; returns how many."""
    require_admin(db, by)
    with write_transaction(db):
        ids = [r[0] for r in db.execute("SELECT id FROM patients WHERE demo = 1").fetchall()]
        if not ids:
            return 0
        marks = ",".join("?" * len(ids))
        for table in DEMO_TABLES:
            db.execute(f"DELETE FROM {table} WHERE patient_id IN ({marks})", ids)  # table names are fixed above
        db.execute(f"DELETE FROM patients WHERE id IN ({marks}) AND demo = 1", ids)
        audit.append(
            db, actor, "demo.remove", "ward", "DEMO", new={"patients": len(ids)}, reason="the DEMO ward removed"
        )
    return len(ids)


def patients_in(db: Database, stay: str) -> list[tuple[str, str, str]]:
    """(MRN, name, ward) of every patient with this stay, by ward, bed and name."""
    if stay not in STAYS:
        raise BedsideError(f'unknown stay "{stay}" (use {", ".join(STAYS)})')
    rows = db.execute(
        "SELECT mrn, name, coalesce(ward, '') FROM patients WHERE stay = ? ORDER BY ward, bed, name", [stay]
    ).fetchall()
    return [(str(mrn), str(name), str(ward)) for mrn, name, ward in rows]

"""The I-PASS severity a nurse set for a patient and day in the print preview: kept, and audited.

Bedside suggests a level (bedside/engine/urgency.py); a nurse's choice replaces it on that day's sheets until
changed again or set back to the suggestion. Each change is one transaction with its audit event.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlite_utils import Database

from bedside.domain.errors import BedsideError, NotFoundError
from bedside.storage import audit
from bedside.storage.audit import Actor
from bedside.storage.connection import write_transaction

LEVELS = ("stable", "watcher", "unstable")


def chosen(db: Database, mrns: Iterable[str], day: date) -> dict[str, str]:
    """MRN -> the level set for `day`, for those of `mrns` that have one."""
    wanted = list(mrns)
    if not wanted:
        return {}
    marks = ",".join("?" * len(wanted))
    rows = db.execute(
        f"SELECT p.mrn, s.level FROM severity_choices s JOIN patients p ON p.id = s.patient_id"
        f" WHERE s.day = ? AND p.mrn IN ({marks})",
        [day.isoformat(), *wanted],
    ).fetchall()
    return {mrn: level for mrn, level in rows}


def choose(db: Database, mrn: str, day: date, level: str | None, actor: Actor) -> None:
    """Set the level for the patient and day; None goes back to Bedside's suggestion."""
    if level is not None and level not in LEVELS:
        raise BedsideError(f'a severity is one of {", ".join(LEVELS)}, not "{level}"')
    with write_transaction(db):
        row = db.execute("SELECT id FROM patients WHERE mrn = ?", [mrn]).fetchone()
        if row is None:
            raise NotFoundError(f'no patient with MRN "{mrn}"')
        pid = row[0]
        old_row = db.execute(
            "SELECT level FROM severity_choices WHERE patient_id = ? AND day = ?", [pid, day.isoformat()]
        ).fetchone()
        old = old_row[0] if old_row else None
        if old == level:
            return
        if level is None:
            db.execute("DELETE FROM severity_choices WHERE patient_id = ? AND day = ?", [pid, day.isoformat()])
        else:
            db.execute(
                "INSERT OR REPLACE INTO severity_choices (patient_id, day, level, set_by, set_at)"
                " VALUES (?, ?, ?, ?, ?)",
                [pid, day.isoformat(), level, actor.user, audit.utc_now()],
            )
        audit.append(
            db,
            actor,
            "severity.set",
            "patient",
            pid,
            mrn=mrn,
            old=old,
            new={"day": day.isoformat(), "level": level or "suggested"},
        )

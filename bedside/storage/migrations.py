"""Numbered, transactional schema migrations (sqlite-utils Migrations).

Each migration sets PRAGMA user_version to its number inside its own transaction, so a file's
version says which schema it has, and a file from a newer Bedside is recognised and refused.
Never edit a released migration: add the next number.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from bedside.storage import audit

MIGRATION_SET = "bedside"
migrations = Migrations(MIGRATION_SET)

_VOIDABLE = "voided_at TEXT, void_reason TEXT, voided_by TEXT"


def _script(db: Database, sql: str, version: int) -> None:
    # executescript() would COMMIT first; split into complete statements (triggers hold ';').
    statement = ""
    for piece in (sql + ";").split(";"):
        statement += piece + ";"
        if sqlite3.complete_statement(statement):
            if statement.strip(" \n;"):
                db.execute(statement)
            statement = ""
    db.execute(f"PRAGMA user_version = {version}")


@migrations(name="m001_patients")
def m001_patients(db: Database) -> None:
    """Users, patients and their dated data (labs, observations, treatments, ...)."""
    _script(
        db,
        f"""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            initials TEXT NOT NULL UNIQUE COLLATE NOCASE,
            created_at TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1
        ) STRICT;
        CREATE TABLE patients (
            id INTEGER PRIMARY KEY,
            mrn TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            birth_date TEXT, sex TEXT, weight_kg ANY, ward TEXT, bed TEXT,
            product TEXT NOT NULL,
            indication TEXT, apheresis_date TEXT,
            lymphodepletion_start TEXT, lymphodepletion_end TEXT,
            infusion_dates TEXT NOT NULL,
            cryopreserved_autologous_cells INTEGER,
            history TEXT, serology TEXT,
            protocol_id TEXT, protocol_version TEXT,
            present_sections TEXT NOT NULL DEFAULT '[]',
            active INTEGER NOT NULL DEFAULT 1,
            demo INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        ) STRICT;
        CREATE TABLE labs (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patients(id),
            date TEXT NOT NULL, time TEXT, test TEXT NOT NULL,
            value ANY NOT NULL, unit TEXT NOT NULL, internal_value REAL NOT NULL, {_VOIDABLE}
        ) STRICT;
        CREATE TABLE observations (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patients(id),
            date TEXT NOT NULL, time TEXT, type TEXT NOT NULL, value ANY NOT NULL, unit TEXT, {_VOIDABLE}
        ) STRICT;
        CREATE TABLE treatments (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patients(id),
            type TEXT NOT NULL, drug TEXT, date TEXT, start TEXT, "end" TEXT, ongoing INTEGER,
            dose ANY, dose_unit TEXT, {_VOIDABLE}
        ) STRICT;
        CREATE TABLE infections (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patients(id),
            date TEXT NOT NULL, site TEXT NOT NULL, pathogen TEXT, serious INTEGER, {_VOIDABLE}
        ) STRICT;
        CREATE TABLE vaccinations (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patients(id),
            date TEXT NOT NULL, vaccine TEXT NOT NULL, {_VOIDABLE}
        ) STRICT;
        CREATE TABLE checks (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patients(id),
            item TEXT NOT NULL, due TEXT NOT NULL, status TEXT NOT NULL,
            "by" TEXT NOT NULL, at TEXT NOT NULL, reason TEXT, {_VOIDABLE}
        ) STRICT;
        CREATE INDEX labs_patient ON labs (patient_id, date);
        CREATE INDEX observations_patient ON observations (patient_id, date);
        CREATE INDEX treatments_patient ON treatments (patient_id);
        CREATE INDEX infections_patient ON infections (patient_id);
        CREATE INDEX vaccinations_patient ON vaccinations (patient_id);
        CREATE INDEX checks_patient ON checks (patient_id, due);
        CREATE INDEX patients_ward ON patients (active, ward, bed)
        """,
        1,
    )


@migrations(name="m002_audit_events")
def m002_audit_events(db: Database) -> None:
    """The append-only, hash-chained audit trail; triggers refuse UPDATE and DELETE."""
    _script(
        db,
        """
        CREATE TABLE events (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            workstation TEXT NOT NULL,
            mrn TEXT,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT,
            old_value TEXT,
            new_value TEXT,
            reason TEXT,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        ) STRICT;
        CREATE INDEX events_mrn ON events (mrn, seq);
        CREATE TRIGGER events_no_update BEFORE UPDATE ON events
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        CREATE TRIGGER events_no_delete BEFORE DELETE ON events
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END
        """,
        2,
    )


@migrations(name="m003_protocol_snapshots")
def m003_protocol_snapshots(db: Database) -> None:
    """The protocol texts each pinned version was built from, so an upgrade never changes a patient's rules."""
    _script(
        db,
        """
        CREATE TABLE protocol_snapshots (
            id TEXT NOT NULL,
            version TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            files TEXT NOT NULL,
            stored_at TEXT NOT NULL,
            PRIMARY KEY (id, version)
        ) STRICT
        """,
        3,
    )


@migrations(name="m004_access")
def m004_access(db: Database) -> None:
    """PINs (scrypt), roles, wrong-PIN counts and locks; the oldest user becomes the admin."""
    _script(
        db,
        """
        ALTER TABLE users ADD COLUMN pin_hash TEXT;
        ALTER TABLE users ADD COLUMN pin_set_at TEXT;
        ALTER TABLE users ADD COLUMN role TEXT NOT NULL DEFAULT 'staff' CHECK (role IN ('staff', 'admin'));
        ALTER TABLE users ADD COLUMN failed_pins INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE users ADD COLUMN pin_wait_until TEXT;
        ALTER TABLE users ADD COLUMN locked INTEGER NOT NULL DEFAULT 0
        """,
        4,
    )
    first = db.execute("SELECT id FROM users WHERE active = 1 ORDER BY id LIMIT 1").fetchone()
    if first is not None:
        # Someone must be able to add users and reset PINs on an upgraded database: its first user.
        db.execute("UPDATE users SET role = 'admin' WHERE id = ?", [first[0]])
        audit.append(
            db,
            audit.Actor.here("system"),
            "user.role",
            "user",
            first[0],
            old="staff",
            new="admin",
            reason="upgrade to schema 4: the first user becomes the admin",
        )


@migrations(name="m005_patient_stay")
def m005_patient_stay(db: Database) -> None:
    """Where a patient's stay is: active (on the board), discharged (follow-up) or archived (off every list).

    `active` stays as it was (1 only for an active stay) for the queries and index that use it.
    """
    _script(
        db,
        """
        ALTER TABLE patients ADD COLUMN stay TEXT NOT NULL DEFAULT 'active'
            CHECK (stay IN ('active', 'discharged', 'archived'));
        UPDATE patients SET stay = 'discharged' WHERE active = 0
        """,
        5,
    )


@migrations(name="m006_severity_choices")
def m006_severity_choices(db: Database) -> None:
    """The I-PASS severity a nurse set for a patient and day, instead of Bedside's suggestion (audited)."""
    _script(
        db,
        """
        CREATE TABLE severity_choices (
            patient_id INTEGER NOT NULL REFERENCES patients(id),
            day TEXT NOT NULL,
            level TEXT NOT NULL CHECK (level IN ('stable', 'watcher', 'unstable')),
            set_by TEXT NOT NULL,
            set_at TEXT NOT NULL,
            PRIMARY KEY (patient_id, day)
        ) STRICT
        """,
        6,
    )


@migrations(name="m007_clinical_detail")
def m007_clinical_detail(db: Database) -> None:
    """What a treatment was given for, and an infection's pathogen group (docs/clinical-rules.md)."""
    _script(
        db,
        """
        ALTER TABLE treatments ADD COLUMN indication TEXT;
        ALTER TABLE infections ADD COLUMN pathogen_group TEXT
        """,
        7,
    )


@migrations(name="m008_audit_key")
def m008_audit_key(db: Database) -> None:
    """A key mark on each new audit row and a seal on each user row (docs/audit-trail.md); older rows stay
    as they are. The key itself is made at the first start after this (bedside/storage/sealing.py)."""
    _script(
        db,
        """
        ALTER TABLE events ADD COLUMN mac TEXT;
        ALTER TABLE users ADD COLUMN seal TEXT
        """,
        8,
    )


@migrations(name="m009_import_provenance")
def m009_import_provenance(db: Database) -> None:
    """Who brought an imported check in, and when: its "by" and "at" are only what the file says
    (issue 14 F17, docs/audit-trail.md); NULL for a check recorded in Bedside by whoever signed in."""
    _script(
        db,
        """
        ALTER TABLE checks ADD COLUMN imported_by TEXT;
        ALTER TABLE checks ADD COLUMN imported_at TEXT
        """,
        9,
    )


@migrations(name="m010_compact_audit_rows")
def m010_compact_audit_rows(db: Database) -> None:
    """New audit rows are compact (docs/audit-trail.md): prev_hash left empty (it is the hash of the row
    before) and JSON without spaces. No table changes and no row is rewritten; older rows keep their
    format and verify as before. The number tells an older Bedside that it cannot verify such rows."""
    _script(db, "", 10)


@migrations(name="m011_packed_audit_rows")
def m011_packed_audit_rows(db: Database) -> None:
    """New audit rows are packed (bedside/storage/audit_pack.py, docs/audit-trail.md): hash and key mark as
    raw bytes in `sig`, the time as seconds in `t`, MRN and workstation as codes of the append-only
    `event_words`, objects stored by position against the append-only `event_shapes`. No row is
    rewritten; older rows keep their format and verify as before."""
    _script(
        db,
        """
        ALTER TABLE events ADD COLUMN sig BLOB;
        ALTER TABLE events ADD COLUMN t INTEGER;
        CREATE TABLE event_words (id INTEGER PRIMARY KEY, word TEXT NOT NULL UNIQUE) STRICT;
        CREATE TRIGGER event_words_no_update BEFORE UPDATE ON event_words
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        CREATE TRIGGER event_words_no_delete BEFORE DELETE ON event_words
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        CREATE TABLE event_shapes (id INTEGER PRIMARY KEY, keys TEXT NOT NULL UNIQUE) STRICT;
        CREATE TRIGGER event_shapes_no_update BEFORE UPDATE ON event_shapes
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        CREATE TRIGGER event_shapes_no_delete BEFORE DELETE ON event_shapes
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END
        """,
        11,
    )


MIGRATION_NAMES = tuple(m.name for m in migrations.pending(Database(memory=True)))
SCHEMA_VERSION = len(MIGRATION_NAMES)

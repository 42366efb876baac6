"""Create tests/data/bedside-v1.sqlite3: a database as the first released schema left it.

Only migration m001_patients is applied (no audit trail yet); one patient with one lab is
inserted with plain SQL, the way that version wrote them. The file is checkpointed and switched
to journal_mode=DELETE so it is one self-contained file.

Run from the repository root:  python tests/data/make_v1_db.py
Re-run only if the stored file is lost: it stands for databases already in the field.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bedside.storage.connection import connect  # noqa: E402
from bedside.storage.migrations import migrations  # noqa: E402

TARGET = Path(__file__).resolve().parent / "bedside-v1.sqlite3"

PATIENT = {
    "mrn": "V1-0001",
    "name": "Ærøskøbing, Åse",
    "birth_date": "1960-05-17",
    "sex": "female",
    "weight_kg": 64.5,
    "ward": "H5",
    "bed": "3",
    "product": "tisa-cel",
    "indication": "FL",
    "infusion_dates": '["2024-11-04"]',
    "cryopreserved_autologous_cells": 0,
    "serology": '{"cmv_igg": "positive"}',
    "present_sections": '["labs"]',
    "created_at": "2024-11-01T08:00:00Z",
}
LAB = {
    "date": "2024-11-10",
    "time": "06:00",
    "test": "igg",
    "value": 4.2,
    "unit": "g/L",
    "internal_value": 420.0,
}


def main() -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{TARGET}{suffix}").unlink(missing_ok=True)
    db = connect(TARGET)
    try:
        migrations.apply(db, stop_before="m002_audit_events")
        conn = db.conn
        conn.execute("BEGIN IMMEDIATE")
        cursor = conn.execute(
            f"INSERT INTO patients ({', '.join(PATIENT)}) VALUES ({', '.join('?' * len(PATIENT))})",
            list(PATIENT.values()),
        )
        row = {"patient_id": cursor.lastrowid, **LAB}
        conn.execute(
            f"INSERT INTO labs ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
        conn.execute("COMMIT")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version != 1:
            raise SystemExit(f"expected user_version 1, got {version}")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        db.close()
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()

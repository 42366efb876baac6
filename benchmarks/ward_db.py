"""A ward database for the UI benchmarks: 500 active patients with two years of data each.

Built once per (patients, days) into the temp folder and reused; delete the file to rebuild.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


from bedside.services.database import open_database
from bedside.storage.audit import Actor
from benchmarks.synthetic import synthetic_record

TODAY = date(2026, 11, 21)


def ward_db(patients: int = 500, days: int = 730) -> Path:
    path = Path(tempfile.gettempdir()) / f"bedside-bench-{patients}x{days}.sqlite3"
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    store = open_database(partial)
    actor = Actor("BENCH", "bench")
    try:
        store.add_user("Bench Nurse", "BN", actor)
        for n in range(patients):
            # Spread over the first year, each with `days` of data around today (2 years by default).
            day0 = TODAY - timedelta(days=(n * 7) % 365)
            store.import_record(synthetic_record(n, day0, days=days), actor)
    finally:
        store.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    partial.rename(path)
    return path


if __name__ == "__main__":
    print(ward_db())

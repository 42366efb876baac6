"""One simulated workstation ticking on the ward server: python -m tests.pg_writer URL SECONDS NAME [store].

Each tick is what Store.record_check writes, one short transaction: a checks row and its audit event;
with `store`, it is Store.record_check itself on a Store opened on the URL.
Prints one JSON line: the audit seqs the server acknowledged (COMMIT returned), the errors, and each
commit's time in ms. Used by tests/test_pg_audit.py and benchmarks/bench_pg_tick.py.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from bedside.domain.errors import StorageError
from bedside.services.database import open_database
from bedside.storage.audit import Actor
from bedside.storage.postgres import audit as pg_audit
from bedside.storage.postgres.connection import write_transaction
from bedside.storage.postgres.db import PgDatabase

MRN = "PG-0001"


def tick(pg: PgDatabase, patient_id: int, actor: Actor, n: int) -> int:
    row = {"item": f"item-{n % 7}", "due": "2026-12-03", "status": "done", "by": actor.user, "at": "2026-12-03T08:00Z"}
    with write_transaction(pg):
        found = pg.execute(
            'INSERT INTO checks (patient_id, item, due, status, "by", at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id',
            [patient_id, *row.values()],
        ).fetchone()
        assert found is not None
        return pg_audit.append(pg, actor, "check.add", "check", int(found[0]), mrn=MRN, new=row)


def store_ticks(url: str, seconds: float, name: str) -> dict[str, Any]:
    from datetime import date

    from bedside.domain.patient import Check
    from bedside.storage.audit import utc_now

    store = open_database(url)
    actor, acked, errors, ms = Actor(name, f"ws-{name}"), [], [], []
    end, n = time.monotonic() + seconds, 0
    while time.monotonic() < end:
        n += 1
        check = Check(f"item-{n % 7}", date(2025, 3, 10), "done", name, utc_now())
        started = time.perf_counter()
        try:
            acked.append(store.record_check(MRN, check, actor))  # the check's row id
            ms.append((time.perf_counter() - started) * 1000)
        except Exception as err:  # every failure is counted, none stops the workstation
            errors.append(f"{type(err).__name__}: {err}")
    store.close()
    return {"name": name, "acked": acked, "errors": errors, "ms": ms}


def run(url: str, seconds: float, name: str, pause_s: float = 0.0) -> dict[str, Any]:
    pg = PgDatabase.open(url)
    actor = Actor(name, f"ws-{name}")
    found = pg.execute("SELECT id FROM patients WHERE mrn = ?", [MRN]).fetchone()
    assert found is not None, "the patient is made before the workstations start"
    acked: list[int] = []
    errors: list[str] = []
    ms: list[float] = []
    end = time.monotonic() + seconds
    n = 0
    while time.monotonic() < end:
        n += 1
        started = time.perf_counter()
        try:
            acked.append(tick(pg, int(found[0]), actor, n))
            ms.append((time.perf_counter() - started) * 1000)
        except (StorageError, Exception) as err:  # every failure is counted, none stops the workstation
            errors.append(f"{type(err).__name__}: {err}")
        if pause_s:
            time.sleep(pause_s)
    pg.close()
    return {"name": name, "acked": acked, "errors": errors, "ms": ms}


if __name__ == "__main__":
    work = store_ticks if sys.argv[4:] == ["store"] else run
    print(json.dumps(work(sys.argv[1], float(sys.argv[2]), sys.argv[3])))

"""Simulated ward workstations that tick through the Store while the server is lost and comes back
(docs/ward-server.md): python -m tests.pg_workstation URL STOP_FILE NAME [PAUSE_S].

Each ticks with Store.record_check until STOP_FILE exists. A tick that fails is counted with its message;
the workstation then reconnects as the app does (reconnect() below) and goes on. Prints one JSON line:
every acknowledged tick (check id, wall-clock start and end), every failed write and every failed reconnect.
Workstations() starts several as processes and, from the test, watches their ticks arrive on the server.
Used by tests/test_pg_kill.py, tests/test_pg_failover.py and tests/test_pg_load.py.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import psycopg

from bedside.domain.patient import Check
from bedside.services.database import open_database
from bedside.storage import Store, audit
from bedside.storage.audit import Actor, utc_now
from tests.factories import full_document, record_of

MRN = "PG-0001"
REPO = Path(__file__).parents[1]
# Whether a Store reconnects by itself after its server is lost (another change, docs/ward-server.md).
# (bedside/storage/postgres/link.py); False: open a new Store on the same address instead.
STORE_RECONNECTS = True


def reconnect(store: Store | None) -> Store | None:
    """After a failed write: the Store to go on with (None: open a new one on the same address)."""
    if STORE_RECONNECTS:
        return store
    if store is not None:
        with contextlib.suppress(Exception):
            store.close()
    return None


def tick_until(url: str, stop_file: Path, name: str, pause_s: float = 0.0) -> dict[str, Any]:
    actor = Actor(name, f"ws-{name}")
    acked: list[tuple[int, float, float]] = []
    failed_writes: list[str] = []
    failed_opens: list[str] = []
    store: Store | None = None
    n = 0
    while not stop_file.exists():
        if store is None:
            try:
                store = open_database(url)
            except Exception as err:  # counted; the next turn tries again
                failed_opens.append(f"{type(err).__name__}: {err}")
                time.sleep(0.1)
                continue
        n += 1
        check = Check(f"item-{n % 7}", date(2025, 3, 10), "done", name, utc_now())
        started = time.time()
        try:
            acked.append((store.record_check(MRN, check, actor), started, time.time()))
        except Exception as err:  # every failure is counted, none stops the workstation
            failed_writes.append(f"{type(err).__name__}: {err}")
            store = reconnect(store)
            time.sleep(0.05)
            continue
        if pause_s:
            time.sleep(pause_s)
    if store is not None:
        store.close()
    return {"name": name, "acked": acked, "failed_writes": failed_writes, "failed_opens": failed_opens}


def prepare(url: str) -> set[int]:
    """The ward's one patient, made before the workstations start; returns the check ids it came with."""
    store = open_database(url)
    try:
        store.import_record(record_of(full_document(mrn=MRN)), Actor("AB", "ws-setup"))
        return {int(r[0]) for r in store._db.execute("SELECT id FROM checks").fetchall()}
    finally:
        store.close()


class Workstations:
    """Several workstation processes ticking on one address, stopped together."""

    def __init__(self, url: str, folder: Path, count: int, pause_s: float = 0.0) -> None:
        self.stop_file = folder / f"stop-{time.monotonic_ns()}"
        self.procs = [
            subprocess.Popen(
                [sys.executable, "-m", "tests.pg_workstation", url, str(self.stop_file), f"W{i}", str(pause_s)],
                cwd=REPO,
                stdout=subprocess.PIPE,
                text=True,
            )
            for i in range(count)
        ]

    def stop(self, timeout: float = 120.0) -> list[dict[str, Any]]:
        self.stop_file.touch()
        results = [json.loads(p.communicate(timeout=timeout)[0]) for p in self.procs]
        assert all(p.returncode == 0 for p in self.procs), [p.returncode for p in self.procs]
        return results

    def kill(self) -> None:
        for p in self.procs:
            if p.poll() is None:
                p.kill()
                p.wait()


def ticks_by(url: str) -> dict[str, int]:
    """How many checks each workstation has on the server now (empty when it cannot be reached)."""
    try:
        with psycopg.connect(url, autocommit=True, connect_timeout=2) as conn:
            rows = conn.execute('SELECT "by", count(*) FROM checks GROUP BY "by"').fetchall()
    except psycopg.Error:
        return {}
    return {str(r[0]): int(r[1]) for r in rows}


def wait_for_ticks(
    url: str, stations: int, more_than: dict[str, int] | None = None, timeout: float = 60.0
) -> dict[str, int]:
    """Until each of the workstations W0..W<stations-1> has more checks on the server than in `more_than`
    (10 more; from nothing when not given): all of them are writing. Returns the counts."""
    names = [f"W{i}" for i in range(stations)]
    floor = {name: (more_than or {}).get(name, 0) + 10 for name in names}
    deadline = time.monotonic() + timeout
    while True:
        counts = ticks_by(url)
        if all(counts.get(name, 0) >= floor[name] for name in names):
            return counts
        if time.monotonic() > deadline:
            raise AssertionError(f"the workstations did not all write within {timeout:.0f} s: {counts}")
        time.sleep(0.1)


def stored(url: str, before: set[int]) -> dict[str, Any]:
    """What the server holds after the run: the new check ids, the audit seqs and each check's events."""
    store = open_database(url)
    try:
        db = store._db
        checks = [int(r[0]) for r in db.execute("SELECT id FROM checks ORDER BY id").fetchall()]
        seqs = [int(r[0]) for r in db.execute("SELECT seq FROM events ORDER BY seq").fetchall()]
        # through the trail's reader: a packed row (schema 11) codes its action and entity
        events = [(e.entity_id,) for e in reversed(audit.events(db, action="check.add"))]
        report = store.verify_audit()
    finally:
        store.close()
    return {
        "checks": [c for c in checks if c not in before],
        "seqs": seqs,
        "check_events": [int(r[0]) for r in events if int(r[0]) not in before],
        "chain_ok": report.ok,
        "chain_rows": report.rows,
        "problem": report.problem,
    }


def lost_ticks(acked: list[int], stored_ids: list[int]) -> int:
    """How many acknowledged ticks the server does not hold. A server that lost commits gives their ids out
    again, so an id acknowledged twice but stored once is one lost tick."""
    held = set(stored_ids)
    return sum(n - (1 if check_id in held else 0) for check_id, n in Counter(acked).items())


if __name__ == "__main__":
    pause = float(sys.argv[4]) if len(sys.argv) > 4 else 0.0
    print(json.dumps(tick_until(sys.argv[1], Path(sys.argv[2]), sys.argv[3], pause)))

"""A second Bedside process for the durability tests: ticks, holds the write lock, or commits one check.

Run as `python -m tests.db_worker COMMAND DB ...` from the repository root. A check's row id is printed
(and flushed) only after Store.record_check returned: a printed id is an acknowledged save.

  tick DB [--count N] [--pause-ms MS] [--import] [--wait-for-go]   tick N checks (forever without --count)
  hold DB SECONDS                                  take the write lock, save one check, keep the lock
"""

from __future__ import annotations

import argparse
import os
import random
import selectors
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from bedside.domain.errors import BedsideError
from bedside.domain.patient import Check
from bedside.patient_file.format import parse_document
from bedside.services.database import open_database
from bedside.storage import Store, entries
from bedside.storage.audit import Actor
from bedside.storage.connection import set_wait_hook, write_transaction

MRN = "KILL-1"
FIRST_DUE = date(2025, 3, 3)
ROOT = Path(__file__).resolve().parent.parent  # run from here so `tests.db_worker` imports


# --- used by the tests to drive a worker ------------------------------------------------------
def spawn(*args: str) -> subprocess.Popen[bytes]:
    """Start a worker; its stdout is read with read_until, its stdin takes "go"."""
    return subprocess.Popen(
        [sys.executable, "-m", "tests.db_worker", *args],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def read_until(worker: subprocess.Popen[bytes], marker: bytes, timeout: float) -> bytes:
    """Everything the worker printed up to and including the first complete line holding marker."""
    assert worker.stdout is not None
    seen, deadline = b"", time.monotonic() + timeout
    with selectors.DefaultSelector() as selector:
        selector.register(worker.stdout, selectors.EVENT_READ)
        while marker not in seen or b"\n" not in seen[seen.index(marker) :]:
            left = deadline - time.monotonic()
            if left <= 0 or not selector.select(left):
                raise AssertionError(f"the worker did not print {marker!r} in {timeout} s; it printed {seen!r}")
            chunk = os.read(worker.stdout.fileno(), 65536)
            if not chunk:
                raise AssertionError(f"the worker ended before printing {marker!r}; it printed {seen!r}")
            seen += chunk
    return seen


# --- the worker itself ------------------------------------------------------------------------


def patient_document() -> dict[str, object]:
    return {
        "format": "bedside-patient/1",
        "patient": {"mrn": MRN, "name": "DEMO Durability, Test"},
        "therapy": {"product": "axi-cel", "infusion_dates": [FIRST_DUE.isoformat()]},
    }


def ensure_patient(store: Store, actor: Actor) -> None:
    """Import the test patient unless it is there; an import is one transaction, so it is all or nothing."""
    if not store._db.execute("SELECT 1 FROM patients WHERE mrn = ?", [MRN]).fetchone():
        store.import_record(parse_document(patient_document()), actor)


def a_check(n: int, by: str) -> Check:
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    return Check("HSV-VZV", FIRST_DUE + timedelta(days=n % 400), "done", by, stamp, None)


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def tick(store: Store, actor: Actor, count: int | None, pause_ms: float) -> None:
    waits: list[float] = []
    set_wait_hook(waits.append)
    rng = random.Random()
    n = 0
    while count is None or n < count:
        if pause_ms:
            time.sleep(rng.uniform(0, pause_ms) / 1000)  # a nurse's rhythm, compressed: the other can get in
        check = a_check(n, actor.user)
        # Both ways a tick is saved: record_check directly, and add_entry (which routes a Check to it).
        check_id = store.record_check(MRN, check, actor) if n % 2 else store.add_entry(MRN, check, actor)
        say(f"ack {check_id}")  # only now is the save acknowledged
        n += 1
    say(f"waits {len(waits)} longest {max(waits, default=0.0):.2f}")  # the hook gets the seconds waited so far


def hold(store: Store, actor: Actor, seconds: float) -> None:
    with write_transaction(store._db):
        pid = int(store._db.execute("SELECT id FROM patients WHERE mrn = ?", [MRN]).fetchone()[0])
        check_id = entries.add(store._db, pid, MRN, a_check(0, actor.user), actor)
        say(f"locked {check_id}")
        time.sleep(seconds)
    say(f"released {check_id}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="db_worker")
    parser.add_argument("command", choices=("tick", "hold"))
    parser.add_argument("db")
    parser.add_argument("seconds", nargs="?", type=float, default=8.0)
    parser.add_argument("--count", type=int)
    parser.add_argument("--pause-ms", type=float, default=0.0)
    parser.add_argument("--initials", default="KW")
    parser.add_argument("--import", dest="import_patient", action="store_true")
    parser.add_argument("--wait-for-go", action="store_true")
    args = parser.parse_args(argv)
    actor = Actor(args.initials, f"worker-{args.initials}")
    try:
        store = open_database(args.db)
        try:
            if args.import_patient:
                ensure_patient(store, actor)
            say("ready")
            if args.wait_for_go and sys.stdin.readline().strip() != "go":
                return 4
            if args.command == "tick":
                tick(store, actor, args.count, args.pause_ms)
            else:
                hold(store, actor, args.seconds)
        finally:
            store.close()
    except BedsideError as err:
        say(f"error {err}")
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

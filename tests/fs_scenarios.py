"""Disk full and read-only disk for real: a tiny tmpfs in a private mount namespace (Linux, root or user ns).

The tests run `unshare -m --propagation private python -m tests.fs_scenarios SCENARIO DIR`; the mount
vanishes with the process. Each scenario prints one JSON line of what it saw for the test to check.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from bedside.domain.errors import StorageError
from bedside.domain.patient import Lab
from bedside.services.database import open_database
from tests.db_worker import MRN, ROOT, a_check, ensure_patient
from tests.factories import ACTOR

UNSHARE = ["unshare", "-m", "--propagation", "private"]


def private_mounts_work(probe_dir: Path) -> bool:
    """Whether this machine lets us mount a tmpfs in a private namespace (not in every container)."""
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    probe_dir.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [*UNSHARE, "mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe_dir)], capture_output=True, check=False
    )
    return done.returncode == 0


def run(scenario: str, folder: Path) -> dict[str, Any]:
    """Run one scenario in its own mount namespace and return what it reported."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [*UNSHARE, sys.executable, "-m", "tests.fs_scenarios", scenario, str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _mount(folder: str, options: str) -> None:
    subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", folder], check=True)


def disk_full(folder: str) -> dict[str, Any]:
    """Tick until the disk is full, free the ballast, tick again; report what was stored."""
    _mount(folder, "size=600k")  # the new database (9 migrations) and the ballast must fit at first
    path = os.path.join(folder, "bedside.sqlite3")
    store = open_database(path)
    ensure_patient(store, ACTOR)
    with open(os.path.join(folder, "ballast"), "wb") as ballast:
        ballast.write(b"\0" * 60_000)
    acknowledged: list[int] = []
    refusal = ""
    try:
        for n in range(100_000):
            acknowledged.append(store.record_check(MRN, a_check(n, ACTOR.user), ACTOR))
    except StorageError as err:
        refusal = str(err)
    rows = [int(r[0]) for r in store._db.execute("SELECT id FROM checks")]
    adds = [int(r[0]) for r in store._db.execute("SELECT entity_id FROM events WHERE action = 'check.add'")]
    os.remove(os.path.join(folder, "ballast"))
    again = store.record_check(MRN, a_check(len(acknowledged), ACTOR.user), ACTOR)
    store.close()
    reopened = open_database(path)
    try:
        final = [int(r[0]) for r in reopened._db.execute("SELECT id FROM checks")]
        return {
            "refusal": refusal,
            "acknowledged": acknowledged,
            "rows_when_full": rows,
            "adds_when_full": adds,
            "saved_after": again,
            "rows_after": final,
            "chain_ok": reopened.verify_audit().ok,
            "integrity": reopened._db.execute("PRAGMA integrity_check").fetchone()[0],
        }
    finally:
        reopened.close()


def read_only_disk(folder: str) -> dict[str, Any]:
    """Write a database, remount the disk read-only, open it again and try to save."""
    _mount(folder, "size=2m")
    path = os.path.join(folder, "bedside.sqlite3")
    store = open_database(path)
    ensure_patient(store, ACTOR)
    first = store.record_check(MRN, a_check(0, ACTOR.user), ACTOR)
    store.close()
    subprocess.run(["mount", "-o", "remount,ro", folder], check=True)
    store = open_database(path)
    refusals = []
    for save in (
        lambda: store.record_check(MRN, a_check(1, ACTOR.user), ACTOR),
        lambda: store.add_entry(MRN, Lab(a_check(1, "x").due, "anc", 0.4, "10^9/L"), ACTOR),
        lambda: store.void_entry(MRN, "check", first, "typed in the wrong bed", ACTOR),
    ):
        try:
            save()
            refusals.append("saved")
        except StorageError as err:
            refusals.append(str(err))
    try:
        return {
            "read_only": store.read_only,
            "checks": [r.id for r in store.entry_rows(MRN, "check")],
            "voided": [r.voided_at for r in store.entry_rows(MRN, "check")],
            "first": first,
            "refusals": refusals,
            "chain_ok": store.verify_audit().ok,
        }
    finally:
        store.close()


def read_only_wal(folder: str) -> dict[str, Any]:
    """A database whose last saves sit in its -wal (no -shm beside it), on a disk then remounted read-only:
    what does opening it show? (issue 14 F3)"""
    _mount(folder, "size=4m")
    path = os.path.join(folder, "bedside.sqlite3")
    copy = os.path.join(folder, "copy")
    os.mkdir(copy)
    store = open_database(path)
    ensure_patient(store, ACTOR)
    store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store._db.execute("PRAGMA wal_autocheckpoint = 0")  # the saves below stay in the -wal
    acknowledged = [store.record_check(MRN, a_check(n, ACTOR.user), ACTOR) for n in range(40)]
    for name in ("bedside.sqlite3", "bedside.sqlite3-wal"):  # as a crash or a copy leaves it: no -shm
        shutil.copyfile(os.path.join(folder, name), os.path.join(copy, name))
    store.close()
    subprocess.run(["mount", "-o", "remount,ro", folder], check=True)
    try:
        opened = open_database(os.path.join(copy, "bedside.sqlite3"))
    except StorageError as err:
        return {"acknowledged": acknowledged, "refused": str(err), "shown": None}
    try:
        shown = [r.id for r in opened.entry_rows(MRN, "check")]
        return {"acknowledged": acknowledged, "refused": None, "shown": shown, "read_only": opened.read_only}
    finally:
        opened.close()


if __name__ == "__main__":
    scenario, target = sys.argv[1], sys.argv[2]
    print(
        json.dumps(
            {"disk-full": disk_full, "read-only": read_only_disk, "read-only-wal": read_only_wal}[scenario](target)
        )
    )

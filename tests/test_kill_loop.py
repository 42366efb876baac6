"""SIGKILL during saves, many times: the database reopens clean and every acknowledged tick is there.

A writer process (tests/db_worker.py) ticks in a loop and prints a check's id only after the save
returned. It is killed at a random moment; after each kill the file must pass integrity_check and
foreign_key_check, hold every acknowledged check, verify its audit chain, and have exactly one
check.add event per check row (so no tick was half-written). docs/reliability.md, first scenario.
"""

from __future__ import annotations

import os
import random
import signal
import time
from collections import Counter
from pathlib import Path

import pytest

from bedside.services.database import open_database
from bedside.storage import audit
from tests.db_worker import read_until, spawn

ITERATIONS = int(os.environ.get("BEDSIDE_KILL_ITERATIONS", "50"))
SEED = int(os.environ.get("BEDSIDE_KILL_SEED", str(random.randrange(2**32))))

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="this platform has no SIGKILL to kill with")


def _acknowledged(output: bytes) -> list[int]:
    """Ids on complete lines only: a line cut by the kill was never acknowledged."""
    lines = output.split(b"\n")[:-1]
    return [int(line.split()[1]) for line in lines if line.startswith(b"ack ")]


def _check_after_kill(db_path: Path, acknowledged: set[int], where: str) -> int:
    store = open_database(db_path)
    try:
        db = store._db
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)], where
        assert db.execute("PRAGMA foreign_key_check").fetchall() == [], where
        rows = [int(r[0]) for r in db.execute("SELECT id FROM checks").fetchall()]
        missing = acknowledged - set(rows)
        assert not missing, f"{where}: acknowledged checks lost: {sorted(missing)}"
        report = store.verify_audit()
        assert report.ok, f"{where}: {report.problem}"
        kind, params = audit.of_action(db, ["check.add"])  # a packed row holds the action's code
        events = db.execute(f"SELECT entity_id FROM events WHERE {kind}", params).fetchall()
        assert Counter(int(e[0]) for e in events) == Counter(rows), f"{where}: check rows and check.add events differ"
        return len(rows)
    finally:
        store.close()


def test_sigkill_during_saves_loses_no_acknowledged_tick(db_path: Path) -> None:
    rng = random.Random(SEED)
    acknowledged: set[int] = set()
    mid_loop_kills = 0
    for n in range(ITERATIONS):
        where = f"kill {n + 1} of {ITERATIONS} (BEDSIDE_KILL_SEED={SEED})"
        writer = spawn("tick", str(db_path), "--import")
        try:
            if n % 4 == 0:
                # Any moment from the start: interpreter start-up, opening, migrating, importing or ticking.
                time.sleep(rng.uniform(0.0, 0.4))
                seen = b""
            else:
                seen = read_until(writer, b"ack ", timeout=30.0)
                mid_loop_kills += 1
                time.sleep(rng.uniform(0.0, 0.05))
            writer.send_signal(signal.SIGKILL)
            rest, errors = writer.communicate(timeout=30)
        finally:
            if writer.poll() is None:
                writer.kill()
                writer.communicate()
        assert writer.returncode == -signal.SIGKILL, (
            f"{where}: the writer ended by itself: {(seen + rest + errors).decode()}"
        )
        acknowledged |= set(_acknowledged(seen + rest))
        rows = _check_after_kill(db_path, acknowledged, where)
    assert mid_loop_kills >= ITERATIONS * 3 // 4
    assert len(acknowledged) >= mid_loop_kills  # every mid-loop kill came after at least one acknowledged tick
    print(f"{ITERATIONS} kills, {len(acknowledged)} acknowledged ticks, {rows} check rows, seed {SEED}")

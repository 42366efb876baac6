"""Tick commits on a PostgreSQL ward server on loopback, beside SQLite, in one run (issue 16, docs/ward-server.md).

Run: .venv/bin/python benchmarks/bench_pg_tick.py [--ticks 500] [--writers 4] [--seconds 10]
Starts a throwaway PostgreSQL server of its own (tests/pg_server.py) with fsync on (durable) and connects
over TCP to 127.0.0.1. A tick is Store.record_check on both engines, the same code: one transaction with
a checks row and its audit event (on the server, the advisory lock taken), committed before it returns;
SQLite is a new file in WAL mode, synchronous=FULL. Then W processes, each with a Store of its own on the
server, tick as fast as they can for S seconds: ticks per second, errors, lost writes (acknowledged but
absent), whether the chain verifies, and each commit's time while they contend for the audit lock.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bedside.domain.patient import Check
from bedside.services.database import open_database
from bedside.storage.audit import Actor, utc_now
from tests import pg_server
from tests.factories import full_document, record_of
from tests.pg_writer import MRN

REPO = Path(__file__).resolve().parents[1]
ACTOR = Actor("BN", "bench")


def spread(ms: list[float]) -> str:
    ms = sorted(ms)
    p95 = ms[max(0, round(0.95 * len(ms)) - 1)]
    return f"median {statistics.median(ms):.2f} ms, p95 {p95:.2f} ms, max {ms[-1]:.2f} ms ({len(ms)} ticks)"


def ticks(target: str | Path, count: int) -> list[float]:
    store = open_database(target)
    try:
        store.import_record(record_of(full_document(mrn=MRN)), ACTOR)
        ms = []
        for n in range(count):
            check = Check(f"item-{n % 7}", date(2025, 3, 10), "done", "BN", utc_now())
            started = time.perf_counter()
            store.record_check(MRN, check, ACTOR)
            ms.append((time.perf_counter() - started) * 1000)
        assert store.verify_audit().ok
        return ms
    finally:
        store.close()


def many_writers(server: pg_server.PgServer, writers: int, seconds: float) -> str:
    url = server.create_database("bench")
    store = open_database(url)
    try:
        store.import_record(record_of(full_document(mrn=MRN)), ACTOR)
        before = {int(r[0]) for r in store.db.execute("SELECT id FROM checks").fetchall()}
    finally:
        store.close()
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.pg_writer", url, str(seconds), f"W{i}", "store"],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
        )
        for i in range(writers)
    ]
    results = [json.loads(p.communicate(timeout=seconds + 120)[0]) for p in procs]
    store = open_database(url)
    try:
        acked = {row_id for r in results for row_id in r["acked"]}
        stored = {int(r[0]) for r in store.db.execute("SELECT id FROM checks").fetchall()} - before
        report = store.verify_audit()
    finally:
        store.close()
    errors = sum(len(r["errors"]) for r in results)
    commits = [ms for r in results for ms in r["ms"]]
    return (
        f"{writers} workstations x {seconds:.0f} s: {len(acked)} ticks ({len(acked) / seconds:.0f}/s), "
        f"{errors} errors, {len(acked - stored)} lost, {len(stored - acked)} unacknowledged stored, chain "
        f"{'verifies' if report.ok else 'BROKEN'} ({report.rows} rows); commit {spread(commits)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ticks", type=int, default=500)
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    server = pg_server.start_server(durable=True)
    try:
        ticks(server.create_database("warmup"), 20)  # connections, plans, the first WAL segment
        probe = open_database(server.create_database("probe"))
        settings = [f"{n}={probe.db.execute(f'SHOW {n}').fetchone()[0]}" for n in ("fsync", "synchronous_commit")]
        probe.close()
        pg = spread(ticks(server.create_database("bench"), args.ticks))
        print(f"tick commit, Store.record_check, PostgreSQL on loopback ({', '.join(settings)}): {pg}")
        with tempfile.TemporaryDirectory() as tmp:
            lite = spread(ticks(Path(tmp) / "bench.sqlite3", args.ticks))
        print(f"tick commit, Store.record_check, SQLite (WAL, synchronous=FULL): {lite}")
        print(f"PostgreSQL, {many_writers(server, args.writers, args.seconds)}")
    finally:
        pg_server.discard(server)
    print("  command: .venv/bin/python benchmarks/bench_pg_tick.py")


if __name__ == "__main__":
    main()

"""Tick commits on a PostgreSQL ward server on loopback, beside SQLite, in one run (issue 16, docs/ward-server.md).

Run: .venv/bin/python benchmarks/bench_pg_tick.py [--ticks 500] [--writers 4] [--seconds 10]
Starts a throwaway PostgreSQL server of its own (tests/pg_server.py) with fsync on (durable), connects over
TCP to 127.0.0.1. A PostgreSQL tick is what Store.record_check writes, through bedside/storage/postgres:
one transaction with a checks row and its audit event (the advisory lock taken), committed before it
returns. Not yet through Store itself (it does not open a server). The SQLite tick beside it is
Store.record_check on a new file (WAL, synchronous=FULL). Then W processes tick at once for S seconds
on the server: ticks per second, errors, lost writes (acknowledged but absent) and whether the chain verifies.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bedside.domain.patient import Check
from bedside.storage import Store
from bedside.storage.audit import Actor, utc_now
from bedside.storage.postgres import audit as pg_audit
from bedside.storage.postgres import migrations
from bedside.storage.postgres.connection import write_transaction
from bedside.storage.postgres.db import PgDatabase
from tests import pg_server
from tests.pg_writer import MRN, tick

REPO = Path(__file__).resolve().parents[1]


def spread(ms: list[float]) -> str:
    ms = sorted(ms)
    p95 = ms[max(0, round(0.95 * len(ms)) - 1)]
    return f"median {statistics.median(ms):.2f} ms, p95 {p95:.2f} ms, max {ms[-1]:.2f} ms ({len(ms)} ticks)"


def new_ward(server: pg_server.PgServer) -> PgDatabase:
    pg = PgDatabase.open(server.create_database("bench"))
    migrations.apply(pg)
    with write_transaction(pg):
        pg.execute(
            "INSERT INTO patients (mrn, name, product, infusion_dates, created_at) VALUES (?, ?, ?, ?, ?)",
            [MRN, "Bench Patient", "axi-cel", '["2026-12-01"]', "2026-12-01T08:00:00Z"],
        )
    return pg


def pg_ticks(server: pg_server.PgServer, count: int) -> list[float]:
    pg = new_ward(server)
    try:
        patient = pg.execute("SELECT id FROM patients WHERE mrn = ?", [MRN]).fetchone()
        assert patient is not None
        actor, ms = Actor("BN", "bench"), []
        for n in range(count):
            started = time.perf_counter()
            tick(pg, int(patient[0]), actor, n)
            ms.append((time.perf_counter() - started) * 1000)
        assert pg_audit.verify(pg).ok
        return ms
    finally:
        pg.close()


def sqlite_ticks(count: int) -> list[float]:
    from tests.factories import full_document, record_of

    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "bench.sqlite3")
        try:
            actor = Actor("BN", "bench")
            patient = record_of(full_document())
            store.import_record(patient, actor)
            ms = []
            for n in range(count):
                due = patient.therapy.infusion_dates[0]
                check = Check(item=f"item-{n % 7}", due=due, status="done", by="BN", at=utc_now())
                started = time.perf_counter()
                store.record_check(patient.mrn, check, actor)
                ms.append((time.perf_counter() - started) * 1000)
            return ms
        finally:
            store.close()


def many_writers(server: pg_server.PgServer, writers: int, seconds: float) -> str:
    pg = new_ward(server)
    try:
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "tests.pg_writer", pg.url, str(seconds), f"W{i}"],
                cwd=REPO,
                stdout=subprocess.PIPE,
                text=True,
            )
            for i in range(writers)
        ]
        results = [json.loads(p.communicate(timeout=seconds + 120)[0]) for p in procs]
        acked = {seq for r in results for seq in r["acked"]}
        stored = {int(r[0]) for r in pg.execute("SELECT seq FROM events").fetchall()}
        errors = sum(len(r["errors"]) for r in results)
        report = pg_audit.verify(pg)
        commits = [ms for r in results for ms in r["ms"]]
        return (
            f"{writers} workstations x {seconds:.0f} s: {len(acked)} ticks ({len(acked) / seconds:.0f}/s), "
            f"{errors} errors, {len(acked - stored)} lost, chain {'verifies' if report.ok else 'BROKEN'} "
            f"({report.rows} rows); commit {spread(commits)}"
        )
    finally:
        pg.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ticks", type=int, default=500)
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    server = pg_server.start_server(durable=True)
    try:
        pg_ticks(server, 20)  # warm up: connections, plans, the first WAL segment
        probe = PgDatabase.open(server.url())
        settings = [f"{n}={probe.execute(f'SHOW {n}').fetchone()[0]}" for n in ("fsync", "synchronous_commit")]  # type: ignore[index]
        probe.close()
        print(f"PostgreSQL tick commit on loopback ({', '.join(settings)}): {spread(pg_ticks(server, args.ticks))}")
        print(f"SQLite tick commit (Store.record_check), WAL, synchronous=FULL: {spread(sqlite_ticks(args.ticks))}")
        print(f"PostgreSQL, {many_writers(server, args.writers, args.seconds)}")
    finally:
        pg_server.discard(server)
    print("  command: .venv/bin/python benchmarks/bench_pg_tick.py")


if __name__ == "__main__":
    main()

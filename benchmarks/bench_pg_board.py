"""The ward board's data for 500 patients on a PostgreSQL ward server on loopback, beside SQLite, in one run.

Run: .venv/bin/python benchmarks/bench_pg_board.py [--patients 500]
The 500-patient ward (ward_db.py: two years of labs and temperatures each) is imported into a throwaway
PostgreSQL server (tests/pg_server.py, fsync on) one patient per transaction, as `bedside import` would.
Then bedside.views.board.board (every active record read up to today, and each patient's row computed), the
same call the window's board makes, three times on each engine; the medians are printed.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bedside.services.board import rows as board
from bedside.services.database import open_database
from bedside.storage import Store
from bedside.storage.audit import Actor
from benchmarks.synthetic import synthetic_record
from benchmarks.ward_db import TODAY, ward_db
from tests import pg_server


def timed_board(store: Store, runs: int = 3) -> tuple[float, int]:
    times, rows = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        rows = len(board(store, TODAY))
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=500)
    count = parser.parse_args().patients
    server = pg_server.start_server(durable=True)
    try:
        store = open_database(server.create_database("board"))
        try:
            actor = Actor("BENCH", "bench")
            started = time.perf_counter()
            for n in range(count):  # the same patients as ward_db.py
                day0 = TODAY - timedelta(days=(n * 7) % 365)
                store.import_record(synthetic_record(n, day0, days=730), actor)
            imported = time.perf_counter() - started
            pg_ms, pg_rows = timed_board(store)
        finally:
            store.close()
    finally:
        pg_server.discard(server)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ward.sqlite3"
        shutil.copy(ward_db(count), path)
        lite = open_database(path)
        try:
            lite_ms, lite_rows = timed_board(lite)
        finally:
            lite.close()
    print(f"imported {count} patients into PostgreSQL in {imported:.1f} s ({count / imported:.1f} patients/s)")
    print(f"board data (bedside.views.board.board), PostgreSQL, loopback: median {pg_ms:.0f} ms for {pg_rows} rows")
    print(f"board data (bedside.views.board.board), SQLite file:         median {lite_ms:.0f} ms for {lite_rows} rows")
    print("  command: .venv/bin/python benchmarks/bench_pg_board.py")


if __name__ == "__main__":
    main()

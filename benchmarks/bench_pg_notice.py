"""Change-notice latency on a PostgreSQL ward server on loopback, beside a SQLite file, in one run.

Run: .venv/bin/python benchmarks/bench_pg_notice.py [--commits 200]
One workstation (a thread, its own connection) saves a setting every 20 ms; a second one waits with
Store.wait_for_change (LISTEN/NOTIFY on the server, the change token polled every 0.1 s on the file).
The latency runs from the moment the writer starts the save to the reader's wake-up, so it includes the
save's own commit.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bedside.services.database import open_database
from bedside.storage.audit import Actor
from tests import pg_server

ACTOR = Actor("BENCH", "bench")


def latencies(address: str, commits: int) -> list[float]:
    reader = open_database(address)
    reader.wait_for_change(0)  # starts listening on a server
    started: list[float] = []
    seen: list[float] = []

    def write() -> None:
        local = open_database(address)  # a SQLite connection belongs to its thread
        try:
            for n in range(commits):
                time.sleep(0.02)
                started.append(time.perf_counter())
                local.set_meta("bench", str(n), ACTOR)
                while len(seen) <= n:  # one change at a time, so each wake-up belongs to one commit
                    time.sleep(0.001)
        finally:
            local.close()

    thread = threading.Thread(target=write)
    thread.start()
    try:
        while len(seen) < commits:
            if reader.wait_for_change(5.0):
                seen.append(time.perf_counter())
            else:
                raise SystemExit("no notice within 5 s: a change was lost")
    finally:
        thread.join()
        reader.close()
    return [(s - b) * 1000 for b, s in zip(started, seen, strict=True)]


def summary(name: str, values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    return f"{name}: median {statistics.median(values):.1f} ms, p95 {p95:.1f} ms, max {ordered[-1]:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commits", type=int, default=200)
    commits = parser.parse_args().commits
    server = pg_server.start_server(durable=True)
    try:
        pg = latencies(server.create_database("notice"), commits)
    finally:
        pg_server.discard(server)
    with tempfile.TemporaryDirectory() as tmp:
        lite = latencies(str(Path(tmp) / "ward.sqlite3"), commits)
    print(f"{commits} commits, each seen by a second connection")
    print(summary("PostgreSQL LISTEN/NOTIFY on loopback", pg))
    print(summary("SQLite file, change token polled    ", lite))
    print("  command: .venv/bin/python benchmarks/bench_pg_notice.py")


if __name__ == "__main__":
    main()

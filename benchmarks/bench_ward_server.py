"""The ward server against the SQLite file, in one run and one table (issue 16, docs/ward-server.md).

Run: .venv/bin/python benchmarks/bench_ward_server.py [--ticks 500] [--patients 500] [--workstations 8]
     [--seconds 60] [--pause 0.25]
PostgreSQL is a throwaway server of its own (tests/pg_server.py, fsync on, synchronous_commit on) reached
over TCP on 127.0.0.1; SQLite is a file in WAL mode with synchronous=FULL. On each engine:
- tick commit: Store.record_check from one workstation, one at a time (bench_pg_tick.py's ticks());
- the board for the 500-patient ward (ward_db.py): bedside.views.board.board, median of 3; on the server the ward
  is put there with move_to_server first (the file's rows as they are);
- W workstation processes (ward_workstation.py) for S seconds, each ticking every PAUSE s and watching
  with Store.wait_for_change on a second Store: ticks, errors, lost writes (acknowledged, not stored),
  whether the chain verifies, commit times under load, and the change-notice latency: from the start of
  one workstation's save to the moment each other workstation has read it (its newest audit seq).
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bedside.services.database import open_database
from bedside.services.ward_server import move_to_server
from bedside.storage.audit import Actor
from benchmarks.bench_pg_board import timed_board
from benchmarks.bench_pg_tick import ticks
from benchmarks.ward_db import ward_db
from benchmarks.ward_workstation import MRN
from tests import pg_server
from tests.factories import full_document, record_of

REPO = Path(__file__).resolve().parents[1]
STARTUP_S = 20.0  # time for the workstation processes to start and open their Stores on a loaded machine
ACTOR = Actor("BENCH", "bench")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(q * len(ordered)) - 1)] if ordered else float("nan")


def board_ms(address: str | Path) -> tuple[float, int]:
    store = open_database(address)
    try:
        return timed_board(store)
    finally:
        store.close()


def workstations(address: str, count: int, seconds: float, pause_s: float) -> dict[str, Any]:
    store = open_database(address)
    try:
        store.import_record(record_of(full_document(mrn=MRN)), ACTOR)
    finally:
        store.close()
    start_at = time.time() + STARTUP_S  # every workstation ticks from the same moment
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "benchmarks.ward_workstation",
                address,
                str(start_at),
                str(seconds),
                f"W{i}",
                str(pause_s),
            ],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
        )
        for i in range(count)
    ]
    results = [json.loads(p.communicate(timeout=seconds + 300)[0]) for p in procs]
    store = open_database(address)
    try:
        seq_of = {
            int(r[0]): int(r[1])
            for r in store._db.execute("SELECT entity_id, seq FROM events WHERE action = 'check.add'").fetchall()
        }
        chain = store.verify_audit()
    finally:
        store.close()
    acked = {t[0] for r in results for t in r["ticks"]}
    latencies: list[float] = []
    unseen = 0
    for writer in results:
        for check_id, started, _ in writer["ticks"]:
            seq = seq_of.get(check_id)
            for other in results:
                if other is writer or seq is None:
                    continue
                seen = [w[1] for w in other["wakes"]]  # newest seq read at each wake-up, never going back
                at = bisect.bisect_left(seen, seq)
                if at == len(seen):
                    unseen += 1
                else:
                    latencies.append((other["wakes"][at][0] - started) * 1000)
    commits = [(t[2] - t[1]) * 1000 for r in results for t in r["ticks"]]
    return {
        "ticks": len(acked),
        "errors": sum(len(r["errors"]) for r in results),
        "first_error": next((e for r in results for e in r["errors"]), ""),
        "lost": len(acked - set(seq_of)),
        "chain": f"verifies ({chain.rows} rows)" if chain.ok else f"BROKEN: {chain.problem}",
        "commit": commits,
        "notice": latencies,
        "unseen": unseen,
        "late": max(r["late"] for r in results),
    }


def measure(tick_at: str | Path, board_at: str | Path, ws_at: str | Path, args: argparse.Namespace) -> dict[str, Any]:
    tick = ticks(tick_at, args.ticks)
    board, rows = board_ms(board_at)
    load = workstations(str(ws_at), args.workstations, args.seconds, args.pause)
    return {"tick": tick, "board": board, "board_rows": rows, **load}


def spread(values: list[float]) -> str:
    if not values:
        return "-"
    return f"{statistics.median(values):.1f} / {pct(values, 0.95):.1f} / {max(values):.1f}"


def print_table(found: dict[str, dict[str, Any]], args: argparse.Namespace, loads: tuple[float, float]) -> None:
    pg, lite = found["PostgreSQL"], found["SQLite"]
    w, s = args.workstations, args.seconds
    rows = [
        ("tick commit, 1 workstation: median / p95 / max ms", spread(pg["tick"]), spread(lite["tick"]), "p95 10 ms"),
        (
            f"board, {args.patients} patients (median of 3), ms",
            f"{pg['board']:.0f}",
            f"{lite['board']:.0f}",
            "1,000 ms",
        ),
        (
            f"{w} workstations x {s:.0f} s, a tick every {args.pause} s each: ticks",
            str(pg["ticks"]),
            str(lite["ticks"]),
            "-",
        ),
        ("  errors", str(pg["errors"]), str(lite["errors"]), "0"),
        ("  lost writes (acknowledged, not stored)", str(pg["lost"]), str(lite["lost"]), "0"),
        ("  audit chain", pg["chain"], lite["chain"], "verifies"),
        ("  commit under load: median / p95 / max ms", spread(pg["commit"]), spread(lite["commit"]), "-"),
        (
            "  change seen by the others: median / p95 / max ms",
            spread(pg["notice"]),
            spread(lite["notice"]),
            "p95 1,000 ms",
        ),
        ("  saves another workstation never saw", str(pg["unseen"]), str(lite["unseen"]), "0"),
        ("  latest workstation start after the common start, s", f"{pg['late']:.1f}", f"{lite['late']:.1f}", "0"),
    ]
    head = ("what", "PostgreSQL (loopback)", "SQLite file", "target")
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(4)]
    line = " | ".join
    for row in [head, *rows]:
        print(line(cell.ljust(widths[i]) for i, cell in enumerate(row)))
    for name, got in found.items():
        if got["first_error"]:
            print(f"{name}: first error: {got['first_error']}")
    print(f"1-minute load average: {loads[0]:.1f} before, {loads[1]:.1f} after (2 cores)")
    print("  command: .venv/bin/python benchmarks/bench_ward_server.py")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ticks", type=int, default=500)
    parser.add_argument("--patients", type=int, default=500)
    parser.add_argument("--workstations", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--pause", type=float, default=0.25, help="seconds between one workstation's ticks")
    args = parser.parse_args()
    source = ward_db(args.patients)
    load_before = os.getloadavg()[0]
    found: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        server = pg_server.start_server(durable=True)
        try:
            ticks(server.create_database("warmup"), 20)  # connections, plans, the first WAL segment
            board_url = server.create_database("board")
            shutil.copy(source, folder / "moved.sqlite3")
            moving = open_database(folder / "moved.sqlite3")
            try:
                move_to_server(moving, board_url, ACTOR)
            finally:
                moving.close()
            found["PostgreSQL"] = measure(server.create_database("tick"), board_url, server.create_database("ws"), args)
        finally:
            pg_server.discard(server)
        shutil.copy(source, folder / "board.sqlite3")
        found["SQLite"] = measure(folder / "tick.sqlite3", folder / "board.sqlite3", folder / "ws.sqlite3", args)
    print_table(found, args, (load_before, os.getloadavg()[0]))


if __name__ == "__main__":
    main()

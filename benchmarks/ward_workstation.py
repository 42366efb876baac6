"""One simulated ward workstation for bench_ward_server.py.

Run by it as: python -m benchmarks.ward_workstation ADDRESS START_AT SECONDS NAME PAUSE_S

Like the window, it saves and it watches. One thread ticks with Store.record_check every PAUSE_S seconds;
a second thread, with a Store of its own (as the window's board worker has), waits in
Store.wait_for_change and, on each wake-up, reads the newest audit seq it can now see. Audit seqs are given
out in commit order on both engines (the write lock on SQLite, the audit lock on the server), so a wake-up
that sees seq S has seen every save up to S. Prints one JSON line: each tick (check id, wall-clock start
and end), each error, and each wake-up (wall-clock time after the read, newest seq seen).
"""

from __future__ import annotations

import json
import sys
import threading
import time
from datetime import date
from typing import Any

from bedside.domain.patient import Check
from bedside.services.database import open_database
from bedside.storage.audit import Actor, utc_now

MRN = "WS-0001"


def watch(address: str, until: float, wakes: list[tuple[float, int]], errors: list[str]) -> None:
    store = open_database(address)  # a SQLite connection belongs to its thread: opened here
    try:
        store.wait_for_change(0)  # on a server: LISTEN from now on
        while time.time() < until:
            try:
                if store.wait_for_change(min(1.0, max(until - time.time(), 0.0))):
                    row = store._db.execute("SELECT max(seq) FROM events").fetchone()
                    wakes.append((time.time(), int(row[0])))
            except Exception as err:  # counted, the watch goes on
                errors.append(f"watch: {type(err).__name__}: {err}")
    finally:
        store.close()


def work(address: str, start_at: float, seconds: float, name: str, pause_s: float) -> dict[str, Any]:
    """Tick from START_AT (wall clock, the same for every workstation, so all of them watch the whole run)."""
    until = start_at + seconds
    wakes: list[tuple[float, int]] = []
    errors: list[str] = []
    watcher = threading.Thread(target=watch, args=(address, until + 5.0, wakes, errors))  # sees the last ticks
    watcher.start()
    store = open_database(address)
    actor = Actor(name, f"ws-{name}")
    late = max(time.time() - start_at, 0.0)  # started after the others: reported
    time.sleep(max(start_at - time.time(), 0.0))
    ticks: list[tuple[int, float, float]] = []
    n = 0
    try:
        while time.time() < until:
            n += 1
            check = Check(f"item-{n % 7}", date(2025, 3, 10), "done", name, utc_now())
            started = time.time()
            try:
                ticks.append((store.record_check(MRN, check, actor), started, time.time()))
            except Exception as err:  # every failure is counted, none stops the workstation
                errors.append(f"tick: {type(err).__name__}: {err}")
            time.sleep(pause_s)
    finally:
        store.close()
        watcher.join()
    return {"name": name, "ticks": ticks, "errors": errors, "wakes": wakes, "late": late}


if __name__ == "__main__":
    print(json.dumps(work(sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], float(sys.argv[5]))))

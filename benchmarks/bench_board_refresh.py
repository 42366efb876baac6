"""The board's refresh with its memo (issue 15): 500 patients counted from scratch, then again with nothing
changed, then after one patient's tick, then the first screenful (40 patients) of an empty memo.

Run: .venv/bin/python benchmarks/bench_board_refresh.py [--runs 5]
Wall and CPU time (time.process_time) per case, median of the runs; the machine is shared, so CPU time is the
figure that holds under load. Each case checks that the memo's rows equal a board counted from scratch.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bedside.domain.patient import Check
from bedside.services.board import BoardMemo
from bedside.services.board import rows as board
from bedside.services.database import open_database
from bedside.storage.audit import Actor
from bedside.views.board import BoardRow
from benchmarks.ward_db import TODAY, ward_db

SCREENFUL = 40


def timed(work: Callable[[], list[BoardRow]]) -> tuple[float, float, list[BoardRow]]:
    wall, cpu = time.perf_counter(), time.process_time()
    rows = work()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    folder = Path(tempfile.mkdtemp())
    path = folder / "ward.sqlite3"
    shutil.copy(ward_db(), path)
    store = open_database(path)
    results: dict[str, list[tuple[float, float]]] = {}

    def note(case: str, wall: float, cpu: float) -> None:
        results.setdefault(case, []).append((wall, cpu))

    mrns = [s.mrn for s in store.patient_summaries()]
    for n in range(runs):
        memo = BoardMemo()
        wall, cpu, rows = timed(lambda memo=memo: board(store, TODAY, None, memo))  # type: ignore[misc]
        note("from scratch (500 counted)", wall, cpu)
        wall, cpu, again = timed(lambda memo=memo: board(store, TODAY, None, memo))  # type: ignore[misc]
        assert again == rows and memo.counted == 0
        note("nothing changed (0 counted)", wall, cpu)
        check = Check("HSV-VZV", TODAY, "done", "OW", f"{TODAY.isoformat()}T11:{n:02d}:00Z")
        try:
            store.record_check(mrns[n], check, Actor("OW", "ws-bench"))
        except Exception:  # no such item due for this patient: any event with the MRN will do
            store.choose_severity(mrns[n], TODAY, "watcher", Actor("OW", "ws-bench"))
        wall, cpu, ticked = timed(lambda memo=memo: board(store, TODAY, None, memo))  # type: ignore[misc]
        assert memo.counted == 1 and ticked == board(store, TODAY, None)
        note("one patient ticked (1 counted)", wall, cpu)
        first = set(mrns[:SCREENFUL])
        wall, cpu, _ = timed(lambda first=first: board(store, TODAY, None, BoardMemo(), only=first))  # type: ignore[misc]
        note(f"first screenful of an empty memo ({SCREENFUL} counted)", wall, cpu)
    store.close()
    shutil.rmtree(folder, ignore_errors=True)
    print(f"the board's refresh, 500 patients, median of {runs} (wall / CPU ms)")
    for case, times in results.items():
        wall = statistics.median(w for w, _ in times)
        cpu = statistics.median(c for _, c in times)
        print(f"  {case:52s} {wall:7.1f} / {cpu:7.1f}")
    print("  command: .venv/bin/python benchmarks/bench_board_refresh.py")


if __name__ == "__main__":
    main()

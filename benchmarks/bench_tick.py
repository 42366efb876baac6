"""A tick commit: Store.record_check on the 500-patient database (WAL, synchronous=FULL), as the checklist saves it.

Run: .venv/bin/python benchmarks/bench_tick.py [--ticks 200]
Each tick is one BEGIN IMMEDIATE transaction with its audit event, committed to disk (fsync) before it returns.
The items ticked are ones due today on the ward's checklists. Storage only: bench_ui.py times a tick shown in the UI.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bedside.domain.patient import Check
from bedside.engine.core import checklist
from bedside.services.database import open_database
from bedside.storage import Store
from bedside.storage.audit import Actor, utc_now
from benchmarks.ward_db import TODAY, ward_db


def due_items(store: Store, wanted: int) -> list[tuple[str, str]]:
    """(MRN, item id) pairs due today, spread over the ward, as many as wanted."""
    pairs: list[tuple[str, str]] = []
    for summary in store.patient_summaries():
        record = store.load_record(summary.mrn)
        due = [i.id for i in checklist(store.protocol_for(record), record, TODAY).items if i.status == "due"]
        pairs += [(summary.mrn, item) for item in due[:3]]
        if len(pairs) >= wanted:
            return pairs[:wanted]
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ticks", type=int, default=200)
    ticks = parser.parse_args().ticks
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ward.sqlite3"
        shutil.copy(ward_db(), path)  # a copy: the ticks never pile up in the cached ward database
        store = open_database(path)
        try:
            journal = store._db.execute("PRAGMA journal_mode").fetchone()[0]
            synchronous = store._db.execute("PRAGMA synchronous").fetchone()[0]
            assert (journal, synchronous) == ("wal", 2), (
                f"expected WAL and synchronous=FULL, got {journal}, {synchronous}"
            )
            actor = Actor("BN", "bench")
            pairs = due_items(store, ticks)
            times = []
            for mrn, item in pairs:
                check = Check(item=item, due=TODAY, status="done", by="BN", at=utc_now())
                start = time.perf_counter()
                store.record_check(mrn, check, actor)
                times.append(time.perf_counter() - start)
        finally:
            store.close()
    times.sort()
    p95 = times[max(0, round(0.95 * len(times)) - 1)]
    print(f"tick committed (record_check, WAL, synchronous=FULL), {len(times)} ticks on 500 patients:")
    print(f"  median {statistics.median(times) * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms, max {times[-1] * 1000:.2f} ms")
    print("  command: .venv/bin/python benchmarks/bench_tick.py")


if __name__ == "__main__":
    main()

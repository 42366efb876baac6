"""Four workstations ticking through the Store on one ward server for a minute (issue 16, docs/ward-server.md).

Each is a process of its own with its own Store, ticking as fast as it can, so the audit lock is contended
the whole time. Afterwards: no error on any workstation, every acknowledged tick stored once with its one
audit event, audit seqs 1..N with none twice, and the chain verifies.
"""

from __future__ import annotations

import time
from pathlib import Path

from tests.pg_workstation import Workstations, prepare, stored, wait_for_ticks

WORKSTATIONS, SECONDS = 4, 60.0


def test_four_workstations_ticking_for_a_minute_lose_nothing(pg_url: str, tmp_path: Path) -> None:
    before = prepare(pg_url)
    stations = Workstations(pg_url, tmp_path, WORKSTATIONS)
    try:
        wait_for_ticks(pg_url, WORKSTATIONS)  # all four are writing: the minute starts now
        time.sleep(SECONDS)
    finally:
        results = stations.stop()
    assert [e for r in results for e in r["failed_writes"] + r["failed_opens"]] == []
    per_station = [len(r["acked"]) for r in results]
    assert min(per_station) > 100, per_station  # each really wrote all along
    acked = sorted(tick[0] for r in results for tick in r["acked"])
    after = stored(pg_url, before)
    assert len(acked) == len(set(acked))
    assert after["checks"] == acked  # every acknowledged tick, and nothing unacknowledged
    assert sorted(after["check_events"]) == acked  # one audit event each (in commit order, not id order)
    assert after["seqs"] == list(range(1, len(after["seqs"]) + 1))  # no seq twice, none missing
    assert after["chain_ok"] and after["chain_rows"] == len(after["seqs"]), after["problem"]
    print(f"{WORKSTATIONS} workstations x {SECONDS:.0f} s: {len(acked)} ticks ({per_station}), 0 errors")

"""The ward server killed while workstations tick, then started again (issue 16, docs/ward-server.md).

Three workstation processes tick through the Store on a server of this module's own (fsync on), which is
killed mid-write (SIGKILL of the postmaster, or `pg_ctl stop -m immediate`) and restarted on the same port.
Every acknowledged tick must be there afterwards; a write during the gap fails with "the ward server is
unreachable" and is never half-done (a tick without its audit event, or an event without its tick).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bedside.domain.errors import UNREACHABLE
from tests import pg_cluster
from tests import pg_server as pg
from tests.pg_workstation import Workstations, lost_ticks, prepare, stored, wait_for_ticks

WORKSTATIONS = 3
GAP_S = 2.0  # how long the server stays down


@pytest.fixture
def own_server(pg_server: pg.PgServer) -> Iterator[pg.PgServer]:
    """A server this test may kill (never the session's shared one); pg_server first, so a missing
    PostgreSQL skips (or fails in CI) with its reason."""
    server = pg.start_server(durable=True)
    try:
        yield server
    finally:
        pg.discard(server)


@pytest.mark.parametrize("how", ["sigkill", "immediate"])
def test_a_killed_server_loses_no_acknowledged_tick(own_server: pg.PgServer, tmp_path: Path, how: str) -> None:
    url = own_server.create_database("kill")
    before = prepare(url)
    stations = Workstations(url, tmp_path, WORKSTATIONS)
    try:
        writing = wait_for_ticks(url, WORKSTATIONS)
        pg_cluster.kill(own_server, how)
        killed_at = time.time()
        time.sleep(GAP_S)
        restarting_at = time.time()  # the server may take writes before pg_ctl start -w returns
        pg_cluster.restart(own_server)
        back_at = time.time()
        wait_for_ticks(url, WORKSTATIONS, writing)  # the workstations reconnected and write again
    finally:
        results = stations.stop()
    after = stored(url, before)
    acked = [tick[0] for r in results for tick in r["acked"]]
    failed = [e for r in results for e in r["failed_writes"]]
    assert not lost_ticks(acked, after["checks"]), "acknowledged ticks are missing"
    assert len(acked) == len(set(acked))  # no id acknowledged twice
    # A write cut off after COMMIT was sent may be stored though unacknowledged: never more than failed.
    assert len(set(after["checks"]) - set(acked)) <= len(failed)
    assert sorted(after["check_events"]) == after["checks"]  # each tick with its one audit event, none alone
    assert after["seqs"] == list(range(1, len(after["seqs"]) + 1))  # no seq twice, none missing
    assert after["chain_ok"], after["problem"]
    # The gap was felt: each workstation's writes failed, each failure saying what happened.
    assert all(r["failed_writes"] for r in results), [len(r["failed_writes"]) for r in results]
    assert all(UNREACHABLE in e for e in failed), sorted(set(failed))
    assert all("cannot reach the ward server" in e for r in results for e in r["failed_opens"])
    # Nothing was acknowledged while the server was down.
    assert not [t for r in results for t in r["acked"] if t[1] > killed_at + 0.5 and t[2] < restarting_at]
    back = min(t[2] for r in results for t in r["acked"] if t[1] > killed_at)
    print(
        f"{how}: {len(acked)} ticks acknowledged, {len(failed)} writes refused during the gap, "
        f"{sum(len(r['failed_opens']) for r in results)} reconnects refused, {len(after['seqs'])} audit rows; "
        f"server down {back_at - killed_at:.1f} s, first tick acknowledged {back - back_at:.2f} s after the restart"
    )

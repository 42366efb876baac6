"""Outages and failover for the tests' throwaway PostgreSQL servers (tests/pg_server.py, docs/ward-server.md).

kill() ends a server the hard way (SIGKILL of the postmaster, or `pg_ctl stop -m immediate`); restart()
brings it back on the same port and data. start_standby() makes a streaming standby of a primary with
pg_basebackup -R and, by default, makes it synchronous (synchronous_standby_names + synchronous_commit=on),
so a commit the primary acknowledges is already on the standby's disk. promote() makes the standby the new
primary. multi_host_url() is libpq's address for the pair: whichever server accepts writes.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import tempfile
import time
from pathlib import Path

import psycopg

from tests.pg_server import ADMIN, PgServer, _free_port

WAIT_S = 60.0  # a loaded 2-core machine can take this long to restart or promote a server


def postmaster_pid(server: PgServer) -> int:
    """The running postmaster's pid (the first line of postmaster.pid)."""
    return int((server.data / "postmaster.pid").read_text().split()[0])


def _alive(pid: int) -> bool:
    """A process that still runs (a zombie waiting for its parent does not count)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return False
    return fields[0] != "Z"


def _answers(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.2)
        return s.connect_ex(("127.0.0.1", port)) == 0


def kill(server: PgServer, how: str = "sigkill", also: tuple[int, ...] = ()) -> None:
    """End the server at once, as a crash or a pulled plug would: no checkpoint, no goodbye to clients.

    "sigkill" kills the postmaster (its backends notice and exit), then the processes in `also`;
    "immediate" is `pg_ctl stop -m immediate`.
    Returns once nothing of it answers on its port and none of its processes is left."""
    if how == "immediate":
        server.stop("immediate")
    elif how == "sigkill":
        pid = postmaster_pid(server)
        os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + WAIT_S
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.02)
        for other in also:  # a process that cannot end by itself (stall_replication's frozen sender)
            os.kill(other, signal.SIGKILL)
    else:
        raise ValueError(f"unknown way to kill a server: {how}")
    deadline = time.monotonic() + WAIT_S
    while _answers(server.port) or server_processes(server):  # a backend left behind may still commit
        if time.monotonic() > deadline:
            raise RuntimeError(f"the server on port {server.port} still runs after being killed")
        time.sleep(0.05)


def server_processes(server: PgServer) -> list[int]:
    """The live processes working in the server's data folder: the postmaster and its backends, which
    outlive a SIGKILLed postmaster until they notice it is gone."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if os.readlink(entry / "cwd") == str(server.data) and _alive(int(entry.name)):
                    found.append(int(entry.name))
            except OSError:
                continue  # gone meanwhile, or not ours to read
    return found


def restart(server: PgServer) -> None:
    """Start a killed server again on its port and data (crash recovery runs first). The backends of a
    SIGKILLed postmaster may hold its shared memory for a moment: the start is retried until WAIT_S."""
    deadline = time.monotonic() + WAIT_S
    while True:
        try:
            server.start()
            return
        except RuntimeError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def start_standby(primary: PgServer, *, synchronous: bool = True) -> PgServer:
    """A streaming standby of `primary` in a new temporary folder, on a free loopback port, started.

    pg_basebackup -R copies the primary and writes primary_conninfo and standby.signal. With synchronous,
    the primary waits for the standby to flush each commit before acknowledging it; returns once the
    primary reports the standby as streaming (and sync when asked)."""
    # The folder pg_ctl really lives in (it may be linked from elsewhere on PATH): pg_basebackup is there too.
    bin_dir = Path(os.path.realpath(primary.bin / "pg_ctl")).parent
    folder = Path(tempfile.mkdtemp(prefix="bedside-pg-standby-"))
    if primary.user is not None:
        os.chown(folder, primary.user.pw_uid, primary.user.pw_gid)
    standby = PgServer(bin_dir, folder, _free_port(), primary.user)
    standby._run(
        "pg_basebackup",
        *("-h", "127.0.0.1", "-p", str(primary.port), "-U", ADMIN),
        *("-D", str(standby.data), "-R", "-X", "stream", "-c", "fast"),
    )
    try:
        standby.start()
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    if synchronous:
        with psycopg.connect(primary.url(), autocommit=True) as conn:
            conn.execute("ALTER SYSTEM SET synchronous_standby_names = '*'")
            conn.execute("ALTER SYSTEM SET synchronous_commit = 'on'")
            conn.execute("SELECT pg_reload_conf()")
    wait_for_replication(primary, "sync" if synchronous else None)
    return standby


def wait_for_replication(primary: PgServer, state: str | None) -> None:
    """Until the primary has a streaming standby (in sync_state `state`, when given)."""
    deadline = time.monotonic() + WAIT_S
    while True:
        with psycopg.connect(primary.url(), autocommit=True) as conn:
            rows = conn.execute("SELECT state, sync_state FROM pg_stat_replication").fetchall()
        if any(r[0] == "streaming" and (state is None or r[1] == state) for r in rows):
            return
        if time.monotonic() > deadline:
            raise RuntimeError(f"no streaming standby (wanted sync_state {state}): {rows}")
        time.sleep(0.1)


def stall_replication(primary: PgServer) -> int:
    """Freeze the primary's WAL sender (SIGSTOP): the standby falls behind from now on. With synchronous
    commit every commit then waits; without, the primary goes on acknowledging what the standby lacks.
    Returns its pid, for kill(primary, "sigkill", also=(pid,)): frozen, it cannot end by itself."""
    with psycopg.connect(primary.url(), autocommit=True) as conn:
        row = conn.execute("SELECT pid FROM pg_stat_replication").fetchone()
    assert row is not None, "no WAL sender: start_standby() first"
    os.kill(int(row[0]), signal.SIGSTOP)
    return int(row[0])


def promote(standby: PgServer) -> None:
    """Make the standby the primary: it replays what it received, then takes writes (`pg_ctl promote -w`)."""
    standby._run("pg_ctl", "-D", str(standby.data), "-w", "-t", str(int(WAIT_S)), "promote")


def multi_host_url(dbname: str, *servers: PgServer, role: str = ADMIN) -> str:
    """libpq's multi-host address: each host is tried in turn, and the one that takes writes is kept."""
    hosts = ",".join(f"127.0.0.1:{s.port}" for s in servers)
    return f"postgresql://{role}@{hosts}/{dbname}?target_session_attrs=read-write"


def is_primary(server: PgServer) -> bool:
    with psycopg.connect(server.url(), autocommit=True) as conn:
        row = conn.execute("SELECT NOT pg_is_in_recovery()").fetchone()
    return bool(row and row[0])

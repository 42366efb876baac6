"""A throwaway PostgreSQL server of the tests' own, in a temporary folder (docs/ward-server.md).

initdb + pg_ctl from the machine's PostgreSQL (Debian's /usr/lib/postgresql/<n>/bin, PATH, or
BEDSIDE_PG_BIN), listening on loopback at a free port and on a socket in the same folder. PostgreSQL
refuses to run as root, so under root the server runs as the `postgres` OS user (or `nobody`).
Used by tests/conftest.py (one server per test session) and benchmarks/bench_pg_tick.py.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BIN_ENV = "BEDSIDE_PG_BIN"
ADMIN = "bedside_test_admin"  # the superuser initdb makes; trust on loopback and the socket only


def find_bin() -> Path | None:
    """The folder holding initdb and pg_ctl, newest PostgreSQL first; None when there is none."""
    chosen = os.environ.get(BIN_ENV)
    candidates = [chosen] if chosen else []
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(str(Path(on_path).parent))
    debian = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name), reverse=True)
    candidates += debian
    for folder in candidates:
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def missing_reason() -> str | None:
    """Why no throwaway server can be started here, or None when one can."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install -e '.[test]')"
    if find_bin() is None:
        return (
            "no PostgreSQL server binaries (initdb, pg_ctl) found: install the Debian package postgresql "
            f"(make test does so as root) or set {BIN_ENV} to their folder"
        )
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _server_user() -> Any:
    """The unprivileged OS user the server runs as when we are root (a pwd entry); None when we are not root."""
    if os.name != "posix" or os.geteuid() != 0:
        return None
    import pwd  # POSIX only

    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    raise RuntimeError("running as root, and there is no postgres or nobody user to run PostgreSQL as")


@dataclass
class PgServer:
    bin: Path
    folder: Path
    port: int
    user: Any  # a pwd entry, or None
    log: Path = field(init=False)

    def __post_init__(self) -> None:
        self.log = self.folder / "server.log"

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, dbname: str = "postgres", role: str = ADMIN) -> str:
        return f"postgresql://{role}@127.0.0.1:{self.port}/{dbname}"

    def _run(self, *args: str) -> None:
        kwargs: dict[str, object] = {}
        if self.user is not None:
            kwargs = {"user": self.user.pw_uid, "group": self.user.pw_gid, "extra_groups": []}
        done = subprocess.run(
            [str(self.bin / args[0]), *args[1:]],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            cwd=self.folder,
            **kwargs,  # type: ignore[call-overload]
        )
        if done.returncode != 0:
            tail = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{args[0]} failed ({done.returncode}): {done.stderr.strip()}\n{tail}")

    def start(self) -> None:
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -c unix_socket_directories={self.folder}"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60", "-o", options, "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def create_database(self, prefix: str = "t") -> str:
        """A new empty database; returns its URL."""
        import psycopg

        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def start_server(*, durable: bool = False) -> PgServer:
    """initdb into a new temporary folder and start the server. durable=False turns fsync off (tests only:
    a crash of the test machine loses nothing that matters); a benchmark passes durable=True."""
    bin_dir = find_bin()
    if bin_dir is None:
        raise RuntimeError(missing_reason() or "no PostgreSQL")
    user = _server_user()
    folder = Path(tempfile.mkdtemp(prefix="bedside-pg-"))
    if user is not None:
        os.chown(folder, user.pw_uid, user.pw_gid)
    server = PgServer(bin_dir, folder, _free_port(), user)
    server._run("initdb", "-D", str(server.data), "-U", ADMIN, "--auth=trust", "-E", "UTF8", "--no-locale", "-N")
    extra = ["max_connections = 60", "shared_buffers = 32MB"]
    if not durable:
        extra += ["fsync = off", "full_page_writes = off"]
    with (server.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
        conf.write("\n".join(extra) + "\n")
    try:
        server.start()
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return server


def discard(server: PgServer) -> None:
    """Stop the server at once and remove its folder."""
    with contextlib.suppress(RuntimeError, OSError, subprocess.SubprocessError):
        server.stop("immediate")
    shutil.rmtree(server.folder, ignore_errors=True)

"""Moving a 500-patient ward onto a PostgreSQL server, and backing the server up, on loopback.

Run: .venv/bin/python benchmarks/bench_pg_move.py [--patients 500]
The ward (ward_db.py: two years of labs and temperatures per patient) is copied to a temporary file and
moved with `move_to_server` into a new database on a throwaway server (fsync on): every row in one
transaction, the chain verified on both ends. Then `make_backup` writes the server's verified SQLite
backup, and the file-to-file backup of the same ward is timed beside it.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bedside.services.backups import make_backup
from bedside.services.database import open_database
from bedside.services.ward_server import move_to_server
from bedside.storage.audit import Actor
from benchmarks.ward_db import ward_db
from tests import pg_server

ACTOR = Actor("BENCH", "bench")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=500)
    count = parser.parse_args().patients
    source = ward_db(count)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ward.sqlite3"
        shutil.copy(source, path)
        size = path.stat().st_size
        server = pg_server.start_server(durable=True)
        try:
            url = server.create_database("move")
            store = open_database(path)
            try:
                started = time.perf_counter()
                moved = move_to_server(store, url, ACTOR)
                move_s = time.perf_counter() - started
                started = time.perf_counter()
                file_backup = make_backup(store, Path(tmp) / "file-backups", actor=ACTOR)
                file_s = time.perf_counter() - started
            finally:
                store.close()
            on_server = open_database(url)
            try:
                started = time.perf_counter()
                server_backup = make_backup(on_server, Path(tmp) / "server-backups", actor=ACTOR)
                server_s = time.perf_counter() - started
            finally:
                on_server.close()
        finally:
            pg_server.discard(server)
    print(f"move-to: {moved.rows} rows (a {size / 1e6:.0f} MB file) in {move_s:.1f} s")
    print(f"backup of the server: {server_s:.1f} s, {server_backup.size} bytes, audit {server_backup.head}")
    print(f"backup of the file:   {file_s:.1f} s, {file_backup.size} bytes")
    print("  command: .venv/bin/python benchmarks/bench_pg_move.py")


if __name__ == "__main__":
    main()

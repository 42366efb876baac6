"""Issue 14 F14: on a full disk every command said "not a Bedside database or is damaged".

SQLite cannot make the -shm it needs to read a WAL database on a full disk, and the first read fails
with a disk I/O error; Bedside now names the full disk, and the file is left as it was.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bedside.services.database import open_database
from tests.db_worker import ensure_patient
from tests.factories import ACTOR
from tests.fs_scenarios import UNSHARE, private_mounts_work

REPO = Path(__file__).parents[1]


@pytest.mark.skipif(not private_mounts_work(Path("/tmp/bedside-probe-start")), reason="needs a private tmpfs mount")
def test_a_start_on_a_full_disk_names_the_full_disk(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    source = tmp_path / "made.sqlite3"
    store = open_database(source)
    ensure_patient(store, ACTOR)
    store.close()
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    db = disk / "bedside.sqlite3"
    env = {**os.environ, "BEDSIDE_DB": str(db), "PYTHONIOENCODING": "utf-8"}
    script = (
        f'mount -t tmpfs -o size=1m tmpfs "{disk}" && cp "{source}" "{db}" && '
        f'(cat /dev/zero > "{disk}/fill" 2>/dev/null; true) && '
        f'"{sys.executable}" main.py users list; echo "rc=$?"; sha256sum "{db}"'
    )
    done = subprocess.run(
        [*UNSHARE, "sh", "-c", script], cwd=REPO, env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert "rc=2" in done.stdout, (done.stdout, done.stderr)
    assert f"bedside: the disk holding {db} is full" in done.stderr, done.stderr
    assert "damaged" not in done.stderr and "Traceback" not in done.stderr
    assert digest in done.stdout  # the file is exactly as it was

"""Issue 14 F7, F11, F12, F13: files the user asks for (--out), and what a failure leaves behind.

Before: a PDF or backup stayed in place when its audit record failed, with a message saying nothing was
saved (F7); `--out` replaced a FIFO or device and wrote through a link (F11); exports and PDFs were 0644
(F12); an export into a missing folder or onto a full disk gave a traceback and left a `.part` (F13).
"""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from bedside.cli import commands
from bedside.domain.errors import BedsideError
from bedside.services.database import open_database
from bedside.storage import Store, backup, connection
from tests.db_worker import MRN, ensure_patient
from tests.factories import ACTOR
from tests.fs_scenarios import UNSHARE, private_mounts_work

REPO = Path(__file__).parents[1]
ON = date(2026, 11, 21)
NOW = datetime(2026, 11, 21, 9, 0).astimezone()


@pytest.fixture
def ward(db_path: Path) -> Iterator[Store]:
    store = open_database(db_path)
    ensure_patient(store, ACTOR)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def write_lock_held(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Another workstation holds the write lock for the whole test; a save gives up after 0.5 s."""
    monkeypatch.setattr(connection, "WAIT_DEADLINE_S", 0.5)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def _left(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- F7: no file without its record ------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["plan", "handover"])
def test_a_pdf_whose_audit_record_fails_is_not_left_behind(
    ward: Store, tmp_path: Path, write_lock_held: None, kind: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / f"{kind}.pdf"
    before = len(ward.events())
    with pytest.raises(BedsideError) as caught:
        if kind == "plan":
            commands.plan(ward, MRN, ON, ACTOR, NOW, out)
        else:
            args = type("Args", (), {"ward": None, "mrn": [MRN], "severity": None, "out": out, "paper": None})()
            commands.handover(ward, args, ON, ACTOR, NOW)
    assert _left(folder) == []  # no PDF, no .part
    message = str(caught.value)
    assert message.startswith(f"{out} was not written, because the audit trail could not record it")
    assert len(ward.events()) == before


def test_a_backup_whose_audit_record_fails_is_removed(ward: Store, db_path: Path, write_lock_held: None) -> None:
    folder = db_path.parent / "made-backups"
    with pytest.raises(BedsideError, match=r"could not be recorded in the audit trail.*no backup was made"):
        backup.make_backup(db_path, folder)
    assert not folder.exists() or _left(folder) == []


# --- F11, F12: where --out may point, and who may read the file ----------------------------------------
def _export(store: Store, out: Path) -> None:
    commands.export(store, MRN, out, ACTOR)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_out_naming_a_fifo_is_refused_and_left_alone(ward: Store, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(BedsideError, match="is not a regular file"):
        _export(ward, fifo)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert "pipe" in _left(tmp_path) and not [name for name in _left(tmp_path) if name.endswith(".part")]


def test_out_naming_a_folder_is_refused(ward: Store, tmp_path: Path) -> None:
    with pytest.raises(BedsideError, match="is not a regular file"):
        _export(ward, tmp_path)


def test_out_naming_a_link_is_refused_and_its_target_untouched(ward: Store, tmp_path: Path) -> None:
    target = tmp_path / "someone-elses.txt"
    target.write_text("keep me", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    with pytest.raises(BedsideError, match="is a link"):
        _export(ward, link)
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "keep me"


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_exports_pdfs_and_ward_lists_are_private(ward: Store, tmp_path: Path) -> None:
    from bedside.services.ward_list import write_ward_list

    old_umask = os.umask(0o022)  # the usual umask, under which a plain open() makes 0644
    try:
        existing = tmp_path / "old.json"
        existing.write_text("{}", encoding="utf-8")
        assert stat.S_IMODE(existing.stat().st_mode) == 0o644
        _export(ward, existing)  # replacing a world-readable file makes it private as well
        _export(ward, tmp_path / "new.json")
        commands.plan(ward, MRN, ON, ACTOR, NOW, tmp_path / "plan.pdf")
        write_ward_list(ward, tmp_path / "list.csv", ON, ACTOR)
    finally:
        os.umask(old_umask)
    for name in ("old.json", "new.json", "plan.pdf", "list.csv"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600, name


# --- F13: a missing folder, a full disk --------------------------------------------------------------
def test_export_into_a_missing_folder_is_a_clear_message(ward: Store, tmp_path: Path) -> None:
    with pytest.raises(BedsideError, match=r"the folder .*missing does not exist; nothing was written"):
        _export(ward, tmp_path / "missing" / "p.json")
    assert not (tmp_path / "missing").exists()


@pytest.mark.skipif(not private_mounts_work(Path("/tmp/bedside-probe-files")), reason="needs a private tmpfs mount")
def test_export_onto_a_full_disk_says_so_and_leaves_no_part(ward: Store, db_path: Path, tmp_path: Path) -> None:
    ward.close()
    disk = tmp_path / "disk"
    disk.mkdir()
    env = {**os.environ, "BEDSIDE_DB": str(db_path), "PYTHONIOENCODING": "utf-8"}
    script = (
        f'mount -t tmpfs -o size=64k tmpfs "{disk}" && (cat /dev/zero > "{disk}/fill" 2>/dev/null; true) && '
        f'"{sys.executable}" main.py export --mrn {MRN} --out "{disk}/p.json"; echo "rc=$?"; ls -A "{disk}"'
    )
    done = subprocess.run(
        [*UNSHARE, "sh", "-c", script], cwd=REPO, env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert "rc=2" in done.stdout, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    assert "cannot write the file: the disk is full; nothing was written" in done.stderr
    assert done.stdout.split("rc=2")[1].split() == ["fill"]  # no p.json, no .part


# --- F16: copies left by killed backups ---------------------------------------------------------------
KILLED_BACKUP = """
import os, sys
from bedside.storage import backup
real_fsync = os.fsync
def die(fd):  # the copy is written; killed before it is checked and named, as by SIGKILL
    os._exit(9)
os.fsync = die
backup.make_backup(sys.argv[1], sys.argv[2])
"""


def test_copies_left_by_killed_backups_are_removed_at_the_next_backup(ward: Store, db_path: Path) -> None:
    ward.close()
    folder = db_path.parent / "backups"
    for _ in range(3):
        died = subprocess.run(
            [sys.executable, "-c", KILLED_BACKUP, str(db_path), str(folder)], cwd=REPO, timeout=60, check=False
        )
        assert died.returncode == 9
    assert len(list(folder.glob(".bedside-*.part"))) == 3  # what three kills leave
    made = backup.make_backup(db_path, folder)
    assert _left(folder) == [made.path.name]


def test_a_copy_another_backup_is_writing_is_left_alone(ward: Store, db_path: Path) -> None:
    from bedside.storage import part_files

    folder = db_path.parent / "backups"
    folder.mkdir()
    busy = folder / ".bedside-20990101T000000Z.sqlite3.part"
    busy.write_bytes(b"being written")
    with part_files.owned(busy):
        made = backup.make_backup(ward, folder)
    assert _left(folder) == sorted([busy.name, made.path.name])

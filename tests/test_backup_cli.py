"""`bedside backup` and `bedside restore`, run as a user runs them: exit codes, messages, what changed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bedside.cli import backup as backup_commands
from bedside.services.database import open_database
from bedside.storage import backup
from tests.test_backup import corrupt_middle, sha256
from tests.test_restore import Holder

REPO = Path(__file__).parents[1]


def bedside(db: Path, *args: str | Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BEDSIDE_DB": str(db), "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "main.py", *map(str, args)],
        cwd=REPO,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def test_backup_writes_a_verified_copy_beside_the_database(ward_db: Path) -> None:
    result = bedside(ward_db, "--user", "AB", "backup")
    assert result.returncode == 0, result.stderr
    (made,) = backup.list_backups(ward_db.parent / "backups")
    assert f"to {made.path}" in result.stdout and "audit trail #6 " in result.stdout
    store = open_database(ward_db)
    try:
        event = store.events(limit=1)[0]
        assert (event.action, event.actor, event.entity_id) == ("backup.made", "AB", made.path.name)
    finally:
        store.close()


def test_backup_to_a_folder_keeping_n(ward_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "usb" / "ward-backups"
    for _ in range(3):
        assert bedside(ward_db, "backup", "--to", folder, "--keep", "2").returncode == 0
    assert len(backup.list_backups(folder)) == 2
    assert not (ward_db.parent / "backups").exists()


def test_backup_errors_are_clear(ward_db: Path, tmp_path: Path) -> None:
    keep = bedside(ward_db, "backup", "--keep", "0")
    assert keep.returncode == 2 and "--keep: keep at least 1 backup, not 0" in keep.stderr
    missing = bedside(tmp_path / "none.sqlite3", "backup")
    assert missing.returncode == 2 and "none.sqlite3: there is no database here to back up" in missing.stderr
    assert not (tmp_path / "none.sqlite3").exists()
    assert backup_commands.KEEP_DEFAULT == backup.KEEP


def test_restore_asks_first_and_no_changes_nothing(ward_db: Path) -> None:
    made = backup.make_backup(ward_db)
    digest = sha256(ward_db)
    for answer in ("n\n", "", "maybe\n"):
        result = bedside(ward_db, "restore", made.path, stdin=answer)
        assert result.returncode == 1
        assert "Restore? [y/N]" in result.stdout and "restore cancelled; nothing was changed" in result.stderr
    assert sha256(ward_db) == digest
    assert list(ward_db.parent.glob("*before-restore*")) == []


def test_restore_after_yes(ward_db: Path) -> None:
    made = backup.make_backup(ward_db)
    result = bedside(ward_db, "restore", made.path, stdin="y\n")
    assert result.returncode == 0, result.stderr
    (aside,) = ward_db.parent.glob("bedside.before-restore-*.sqlite3")
    assert f"the previous database is kept as {aside}" in result.stdout
    store = open_database(ward_db)
    try:
        assert store.events(limit=1)[0].action == "backup.restored"
    finally:
        store.close()


def test_restore_yes_does_not_ask(ward_db: Path) -> None:
    made = backup.make_backup(ward_db)
    result = bedside(ward_db, "restore", made.path, "--yes")
    assert result.returncode == 0, result.stderr
    assert "[y/N]" not in result.stdout and f"restored {made.path} to {ward_db}" in result.stdout


def test_restore_errors_are_clear(ward_db: Path, tmp_path: Path) -> None:
    missing = bedside(ward_db, "restore", tmp_path / "gone.sqlite3", "--yes")
    assert missing.returncode == 2 and "gone.sqlite3 cannot be restored" in missing.stderr
    made = backup.make_backup(ward_db)
    corrupt_middle(made.path)
    damaged = bedside(ward_db, "restore", made.path, "--yes")
    assert damaged.returncode == 2
    assert "cannot be restored: integrity_check" in damaged.stderr and "Nothing was changed" in damaged.stderr


def test_restore_while_another_bedside_has_it_open_is_refused(ward_db: Path) -> None:
    made = backup.make_backup(ward_db)
    holder = Holder(ward_db)
    try:
        result = bedside(ward_db, "restore", made.path, "--yes")
    finally:
        holder.close()
    assert result.returncode == 2
    assert "is open in another Bedside" in result.stderr and "Nothing was changed" in result.stderr
    assert list(ward_db.parent.glob("*before-restore*")) == []


def test_a_damaged_database_is_refused_by_every_command_and_left_as_it_was(ward_db: Path) -> None:
    corrupt_middle(ward_db)
    digest = sha256(ward_db)
    result = bedside(ward_db, "users", "list")
    assert result.returncode == 2
    assert f"the database {ward_db} is damaged" in result.stderr and "bedside restore FILE" in result.stderr
    assert sha256(ward_db) == digest
    assert bedside(ward_db, "backup").returncode == 2  # a damaged file never becomes a "verified" backup
    assert sha256(ward_db) == digest

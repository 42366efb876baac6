"""Issue 14 F1 and F2: a restore racing with a starting Bedside, and a restore killed at any step.

Before (F1): held_open() was checked, then the file was linked aside, its -wal moved and the copy swapped
in; a Bedside that opened the path in between wrote into the old file, and its acknowledged saves ended
beside the set-aside file. Before (F2): a kill at the swap left the old file without its -wal, and the next
start showed it as if the newest saves had never happened, without a word.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from bedside.services.database import open_database
from bedside.storage import backup, health
from tests.test_backup import ACTOR
from tests.test_restore import Holder

REPO = Path(__file__).parents[1]
OPENER = """
import sys
from bedside.storage import Store
from bedside.services.database import open_database
from bedside.storage.audit import Actor
print("opening", flush=True)
store = open_database(sys.argv[1])
store.set_meta("opener", "saved", Actor("OP", "ws-opener"))
print("saved", flush=True)
store.close()
"""


def _meta(db: Path, key: str) -> str | None:
    store = open_database(db)
    try:
        return store.meta(key)
    finally:
        store.close()


def test_a_bedside_starting_during_a_restore_waits_and_its_save_is_kept(
    db_path: Path, made: backup.Backup, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Bedside starts just after the restore checked that nobody has the file open: it must not open the
    old file. It waits for the swap and saves into the restored database."""
    real_held_open = health.held_open
    lines: list[str] = []
    opener: list[subprocess.Popen[str]] = []
    readers: list[threading.Thread] = []

    def read(proc: subprocess.Popen[str]) -> None:
        assert proc.stdout is not None
        lines.extend(line.strip() for line in proc.stdout)

    def held_open_then_a_start(path: Any) -> bool:
        found = real_held_open(path)
        proc = subprocess.Popen(
            [sys.executable, "-c", OPENER, str(db_path)], cwd=REPO, stdout=subprocess.PIPE, text=True
        )
        opener.append(proc)
        reader = threading.Thread(target=read, args=(proc,), daemon=True)
        readers.append(reader)
        reader.start()
        reader.join(4)  # without the lock it opens the old file and saves within this time
        return found

    monkeypatch.setattr(backup.health, "held_open", held_open_then_a_start)
    backup.restore_backup(db_path, made.path, ACTOR)
    opener[0].wait(60)
    readers[0].join(10)
    assert opener[0].stdout is not None
    opener[0].stdout.close()
    assert lines[-1] == "saved", lines
    assert _meta(db_path, "opener") == "saved"  # in the live, restored database
    assert _meta(db_path, "after-backup") is None  # which is the backup's
    store = open_database(db_path)
    try:
        assert store._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.verify_audit().ok
    finally:
        store.close()


def _state(db: Path) -> tuple[str, str | None, list[str]]:
    store = open_database(db)
    try:
        keys = (store.meta("after-backup"), store.meta("after-kill-19"))
        state = {("yes", "kept"): "old", (None, None): "new"}.get(keys, f"mixed {keys}")
        restored = [e.action for e in store.events() if e.action.startswith("backup.restore")]
        assert store._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.verify_audit().ok
        return state, getattr(store, "restore_note", None), restored  # getattr: also runs on the code before F2
    finally:
        store.close()


def test_a_restore_killed_at_any_step_leaves_old_or_new_and_the_next_start_says_which(
    db_path: Path, made: backup.Backup, tmp_path: Path
) -> None:
    Holder(db_path, "write").kill()  # the newest saves sit in the -wal, as after a crash
    setup = tmp_path / "setup"
    shutil.copytree(db_path.parent, setup, ignore=shutil.ignore_patterns("setup", "round-*"))
    seen: list[tuple[int, str, str | None]] = []
    for step in range(1, 200):
        folder = tmp_path / f"round-{step}"
        shutil.copytree(setup, folder)
        db = folder / db_path.name
        done = subprocess.run(
            [sys.executable, "-m", "tests.restore_kill", str(db), str(folder / "backups" / made.path.name), str(step)],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode in (0, 9), done.stderr
        state, note, restored = _state(db)
        seen.append((step, state, note))
        assert not list(folder.glob(f".{db.name}.restore-*.part")), step  # the start removed a killed copy
        assert state in ("old", "new"), (step, state)  # never the old file without its -wal's saves
        if state == "new":
            assert restored.count("backup.restored") == 1, (step, restored)
        if state == "old" and note is not None:  # undone at the start: the old file's trail says so
            assert restored == ["backup.restore_undone"], (step, restored)
        if done.returncode == 0:
            assert note is None and state == "new"
            break
        shutil.rmtree(folder)
    else:
        pytest.fail("the restore never finished")
    killed = [s for s in seen if s[0] < len(seen)]
    assert {state for _, state, _ in killed} == {"old", "new"}  # kills fell before and after the swap
    assert any(note and "undone" in note for _, _, note in killed)
    assert any(note and "completed" in note for _, _, note in killed)


def test_a_copy_left_by_a_killed_restore_is_removed_by_the_next_start(db_path: Path, made: backup.Backup) -> None:
    """A restore copies the whole ward beside the database before the swap; killed then, the copy stayed for
    good. The restore holds the open lock from its copy on, so a copy a start finds is no restore's."""
    left = db_path.with_name(f".{db_path.name}.restore-20261203T120000Z.part")
    shutil.copyfile(made.path, left)
    store = open_database(db_path)
    store.close()
    assert not left.exists()
    assert _meta(db_path, "after-backup") == "yes"  # and the database is the one it was


def test_a_start_waits_while_a_restore_copies(
    db_path: Path, made: backup.Backup, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the backup is being copied the start waits (the lock), so it neither removes the copy being
    written nor opens the file about to be replaced."""
    real_copy = backup._copy
    started: list[subprocess.Popen[str]] = []

    def copy_then_a_start(*args: Any, **kwargs: Any) -> None:
        real_copy(*args, **kwargs)
        started.append(
            subprocess.Popen([sys.executable, "-c", OPENER, str(db_path)], cwd=REPO, stdout=subprocess.PIPE, text=True)
        )
        with contextlib.suppress(subprocess.TimeoutExpired):
            started[0].wait(3)  # without the lock on the copy it opens the old file and saves within this time

    monkeypatch.setattr(backup, "_copy", copy_then_a_start)
    backup.restore_backup(db_path, made.path, ACTOR)
    out, _ = started[0].communicate(timeout=60)
    assert out.strip().splitlines()[-1] == "saved"
    assert _meta(db_path, "opener") == "saved"  # in the restored database
    assert _meta(db_path, "after-backup") is None


def test_the_command_line_says_what_the_start_did_about_an_interrupted_restore(
    db_path: Path, made: backup.Backup, tmp_path: Path
) -> None:
    setup = tmp_path / "setup"
    shutil.copytree(db_path.parent, setup, ignore=shutil.ignore_patterns("setup", "round-*"))
    for step in range(1, 200):  # the first step at which a kill leaves a restore plan behind
        folder = tmp_path / f"round-{step}"
        shutil.copytree(setup, folder)
        db = folder / db_path.name
        died = subprocess.run(
            [sys.executable, "-m", "tests.restore_kill", str(db), str(folder / "backups" / made.path.name), str(step)],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert died.returncode == 9, "the restore ended before a plan was ever left behind"
        if Path(f"{db}.restore-intent").exists():
            break
    listed = subprocess.run(
        [sys.executable, "main.py", "--db", str(db), "users", "list"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert listed.returncode == 0, listed.stderr
    assert f"bedside: note: a restore of {made.path.name} was interrupted" in listed.stderr
    assert "undone" in listed.stderr

"""`bedside users`: the first user is added by the file's owner; then an admin signs in with --user and
their PIN (tests/test_cli_pin.py). PINs come from a prompt or stdin, one line each."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bedside.services.database import open_database
from bedside.storage import access
from bedside.storage.access import Outcome

REPO = Path(__file__).parents[1]


def bedside(db: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BEDSIDE_DB": str(db), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=REPO,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_users_are_added_with_a_pin_listed_locked_out_and_unlocked(tmp_path: Path) -> None:
    db = tmp_path / "b.sqlite3"
    added = bedside(db, "users", "add", "--name", "Ada Admin", "--initials", "ad", "--admin", stdin="2580\n")
    assert added.returncode == 0, added.stderr
    assert "Ada Admin (AD), admin" in added.stdout
    added = bedside(
        db, "--user", "AD", "users", "add", "--name", "Tess Nurse", "--initials", "tn", stdin="2580\n4711\n"
    )
    assert added.returncode == 0, added.stderr
    store = open_database(db)
    try:
        nurse = access.find(store._db, "TN")
        assert access.sign_in(store._db, nurse, "4711", "ws").outcome is Outcome.SIGNED_IN
        store._db.execute("UPDATE users SET locked = 1 WHERE id = ?", [nurse.id])
    finally:
        store.close()
    listed = bedside(db, "users", "list").stdout
    assert "TN     Tess Nurse  (staff, LOCKED)" in listed and "AD     Ada Admin  (admin)" in listed
    assert bedside(db, "--user", "AD", "users", "unlock", "--initials", "tn", stdin="2580\n").returncode == 0
    assert "LOCKED" not in bedside(db, "users", "list").stdout
    store = open_database(db)
    try:
        unlock = store.events()[0]
        assert (unlock.action, unlock.actor) == ("user.unlock", "AD")
    finally:
        store.close()


def test_a_weak_pin_or_unknown_user_is_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "b.sqlite3"
    weak = bedside(db, "users", "add", "--name", "Ann Berg", "--initials", "AB", stdin="1111\n")
    assert weak.returncode == 2 and "too easy to guess" in weak.stderr
    typo = bedside(db, "users", "add", "--name", "Ann Berg", "--initials", "A.B")  # no PIN given: not asked yet
    assert typo.returncode == 2 and "1-5 letters or digits" in typo.stderr
    missing = bedside(db, "users", "unlock", "--initials", "ZZ")  # no users yet: the owner acts
    assert missing.returncode == 2 and 'no user with the initials "ZZ"' in missing.stderr


def test_the_last_admin_cannot_be_removed(tmp_path: Path) -> None:
    db = tmp_path / "b.sqlite3"
    bedside(db, "users", "add", "--name", "Ada Admin", "--initials", "AD", "--admin", stdin="2580\n")
    refused = bedside(db, "--user", "AD", "users", "remove", "--initials", "AD", "--reason", "left", stdin="2580\n")
    assert refused.returncode == 2 and "only admin" in refused.stderr

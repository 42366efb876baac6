"""Issue 14 F4: the command line cannot act as anyone without a PIN.

Before: `bedside --user AA users role --initials CS admin` worked with no PIN, and so did
`echo 1357 | bedside --user AA users pin --initials AA` (a reset of the admin's PIN); the events could
not be told apart from AA's own. Now --user needs that user's PIN (prompted, or one line of stdin),
a change without one needs `--emergency --reason`, and the trail says which it was.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bedside.patient_file.format import parse_document
from bedside.services.database import open_database
from bedside.storage import access
from bedside.storage.access import Outcome
from tests.factories import ACTOR, minimal_document
from tests.test_backup_cli import bedside

ADMIN_PIN, STAFF_PIN = "2580", "4711"


@pytest.fixture
def ward(tmp_path: Path) -> Path:
    """A database with an admin AA and a staff nurse CS."""
    db = tmp_path / "bedside.sqlite3"
    store = open_database(db)
    try:
        store.add_user("Ada Admin", "AA", ACTOR, pin=ADMIN_PIN, role="admin")
        store.add_user("Cleo Staff", "CS", ACTOR, pin=STAFF_PIN)
    finally:
        store.close()
    return db


def _user(db: Path, initials: str) -> access.User:
    store = open_database(db)
    try:
        return access.find(store._db, initials)
    finally:
        store.close()


def _events(db: Path) -> list[tuple[str, str, str | None]]:
    store = open_database(db)
    try:
        return [(e.action, e.actor, e.reason) for e in reversed(store.events())]
    finally:
        store.close()


def _signs_in(db: Path, initials: str, pin: str) -> bool:
    store = open_database(db)
    try:
        return access.sign_in(store._db, access.find(store._db, initials), pin, "ws").outcome is Outcome.SIGNED_IN
    finally:
        store.close()


def test_a_role_change_without_the_pin_is_refused(ward: Path) -> None:
    result = bedside(ward, "--user", "AA", "users", "role", "--initials", "CS", "admin")
    assert result.returncode == 2, result.stdout
    assert "no PIN was given for AA" in result.stderr
    assert _user(ward, "CS").role == "staff"
    assert not [a for a, _, _ in _events(ward) if a.startswith("signin")]  # a forgotten PIN is not a wrong one


def test_a_role_change_with_a_wrong_pin_is_refused_and_counted(ward: Path) -> None:
    result = bedside(ward, "--user", "AA", "users", "role", "--initials", "CS", "admin", stdin="1397\n")
    assert result.returncode == 2, result.stdout
    assert "the initials and PIN do not match" in result.stderr
    assert _user(ward, "CS").role == "staff"
    assert ("signin.failed", "AA", None) in _events(ward)


def test_piping_a_new_pin_does_not_reset_the_admins_pin(ward: Path) -> None:
    result = bedside(ward, "--user", "AA", "users", "pin", "--initials", "AA", stdin="1357\n")
    assert result.returncode == 2
    assert _signs_in(ward, "AA", ADMIN_PIN) and not _signs_in(ward, "AA", "1357")


def test_with_the_pin_the_change_is_recorded_under_the_signed_in_user(ward: Path) -> None:
    result = bedside(ward, "--user", "aa", "users", "role", "--initials", "CS", "admin", stdin=f"{ADMIN_PIN}\n")
    assert result.returncode == 0, result.stderr
    assert _user(ward, "CS").role == "admin"
    assert _events(ward)[-2:] == [("signin", "AA", None), ("user.role", "AA", None)]


def test_a_user_may_set_their_own_pin_but_staff_do_no_admin_work(ward: Path) -> None:
    own = bedside(ward, "--user", "CS", "users", "pin", "--initials", "CS", stdin=f"{STAFF_PIN}\n3690\n")
    assert own.returncode == 0, own.stderr
    assert _signs_in(ward, "CS", "3690")
    other = bedside(ward, "--user", "CS", "users", "unlock", "--initials", "AA", stdin="3690\n")
    assert other.returncode == 2 and "only an admin can do this" in other.stderr


def test_a_change_without_user_is_refused_once_the_database_has_users(ward: Path, tmp_path: Path) -> None:
    patient = tmp_path / "p.json"
    patient.write_text(json.dumps(minimal_document()), encoding="utf-8")
    result = bedside(ward, "import", patient)
    assert result.returncode == 2
    assert "give --user INITIALS" in result.stderr and "--emergency" in result.stderr
    store = open_database(ward)
    try:
        assert store.patient_summaries() == []
    finally:
        store.close()


def test_an_emergency_change_is_recorded_as_an_emergency_with_its_reason(ward: Path, tmp_path: Path) -> None:
    patient = tmp_path / "p.json"
    patient.write_text(json.dumps(minimal_document()), encoding="utf-8")
    reason = "night shift, admin unreachable"
    result = bedside(ward, "--user", "XY", "--emergency", "--reason", reason, "import", patient)
    assert result.returncode == 0, result.stderr
    emergency, imported = _events(ward)[-2:]
    assert emergency == ("session.emergency", "XY (emergency)", reason)
    assert imported == ("patient.import", "XY (emergency)", None)


def test_emergency_without_a_reason_is_refused(ward: Path) -> None:
    result = bedside(ward, "--user", "XY", "--emergency", "users", "unlock", "--initials", "CS")
    assert result.returncode == 2 and "--emergency needs --reason" in result.stderr
    assert [a for a, _, _ in _events(ward)].count("session.emergency") == 0


def test_reading_without_user_is_recorded_as_the_login_not_a_user(ward: Path, tmp_path: Path) -> None:
    listed = bedside(ward, "users", "list")
    assert listed.returncode == 0 and "AA" in listed.stdout
    store = open_database(ward)
    try:
        store.import_record(parse_document(minimal_document(mrn="READ-1")), ACTOR)
    finally:
        store.close()
    exported = bedside(ward, "export", "--mrn", "READ-1", "--out", tmp_path / "read.json")
    assert exported.returncode == 0, exported.stderr
    action, actor, _ = _events(ward)[-1]
    assert action == "patient.export" and actor.startswith("cli:") and actor not in ("AA", "CS")


def test_a_restore_over_a_damaged_database_is_recorded_as_the_login(ward: Path) -> None:
    """Its users cannot be read, so nobody can sign in: whoever owns the file restores, and the trail says so."""
    from bedside.storage.any_backup import make_backup

    made = make_backup(ward, ward.parent / "backups", actor=ACTOR)
    with open(ward, "r+b") as damaged:
        damaged.write(b"\x00" * 100)  # the header gone
    result = bedside(ward, "restore", made.path, "--yes")
    assert result.returncode == 0, result.stderr
    action, actor, _ = _events(ward)[-1]
    assert action == "backup.restored" and actor.startswith("cli:") and actor.endswith("(damaged database)")


def test_a_wrong_pin_at_the_command_line_counts_toward_the_lockout(ward: Path) -> None:
    for _ in range(3):
        bedside(ward, "--user", "CS", "users", "pin", "--initials", "CS", stdin="9999\n")
    waiting = bedside(ward, "--user", "CS", "users", "pin", "--initials", "CS", stdin=f"{STAFF_PIN}\n3690\n")
    assert waiting.returncode == 2 and "wait" in waiting.stderr
    assert _signs_in(ward, "CS", STAFF_PIN) is False  # still inside the delay


def _state(db: Path) -> tuple[list[tuple[str, str, str | None]], list[tuple[str, str, bool]], list[str]]:
    """Everything a data-changing command could change: the trail, the users and the patients."""
    store = open_database(db)
    try:
        people = [(u.initials, u.role, u.locked) for u in store.users()]
        return _events(db), people, [s.mrn for s in store.patient_summaries()]
    finally:
        store.close()


CHANGES = {
    "users add": ("users", "add", "--name", "New Nurse", "--initials", "NN"),
    "users pin": ("users", "pin", "--initials", "AA"),
    "users unlock": ("users", "unlock", "--initials", "CS"),
    "users role": ("users", "role", "--initials", "CS", "admin"),
    "users remove": ("users", "remove", "--initials", "CS", "--reason", "left the ward"),
    "import": ("import", "{patient}"),
    "import --replace": ("import", "--replace", "{stored}"),
    "labs import": ("labs", "import", "{labs}", "--mapping", "generic-csv"),
    "protocol move": ("protocol", "move", "--mrn", "STORED-1", "--to", "ash-2024", "--reason", "new version"),
    "restore": ("restore", "{backup}", "--yes"),
    "move-to": ("move-to", "postgresql://nobody@127.0.0.1:1/bedside"),
}


@pytest.mark.parametrize("command", CHANGES.values(), ids=CHANGES.keys())
def test_every_command_that_changes_data_or_users_needs_a_user_or_an_emergency(
    ward: Path, tmp_path: Path, command: tuple[str, ...]
) -> None:
    """F4, part 3: not only `users` and `import`: each command that changes patients, users or the whole
    file is refused without --user (and its PIN) or --emergency --reason, and changes nothing."""
    from bedside.storage.any_backup import make_backup

    stored = tmp_path / "stored.json"
    stored.write_text(json.dumps(minimal_document(mrn="STORED-1")), encoding="utf-8")
    store = open_database(ward)
    try:
        store.import_record(parse_document(minimal_document(mrn="STORED-1")), ACTOR)
        made = make_backup(store, tmp_path / "backups", actor=ACTOR)
    finally:
        store.close()
    patient = tmp_path / "p.json"
    patient.write_text(json.dumps(minimal_document(mrn="NEW-1")), encoding="utf-8")
    labs = tmp_path / "labs.csv"
    lab_rows = "MRN,Test code,Result,Unit,Collected\nSTORED-1,751-8,0.9,10^9/L,2025-03-20 06:00\n"
    labs.write_text(lab_rows, encoding="utf-8")
    files = {"patient": patient, "stored": stored, "labs": labs, "backup": made.path}
    before = _state(ward)

    answer = "y\n" if command[0] == "labs" else "1357\n"  # what the command would read: "save?" or a PIN
    result = bedside(ward, *(part.format(**files) for part in command), stdin=answer)

    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "this database has users: give --user INITIALS" in result.stderr and "--emergency" in result.stderr
    assert _state(ward) == before


def test_an_emergency_at_the_command_line_may_do_admin_work_and_is_recorded_as_an_emergency(ward: Path) -> None:
    """The command line's break-glass also covers users (an admin may be unreachable): never silent, never in
    an admin's name. Each act carries "(emergency)" and the emergency its reason."""
    reason = "only admin locked out, night shift"
    result = bedside(ward, "--user", "XY", "--emergency", "--reason", reason, "users", "unlock", "--initials", "CS")
    assert result.returncode == 0, result.stderr
    assert _events(ward)[-2:] == [
        ("session.emergency", "XY (emergency)", reason),
        ("user.unlock", "XY (emergency)", None),
    ]


@pytest.mark.parametrize("initials", ["A\u202eB", "A\nB", "\u200b"], ids=["bidi", "newline", "invisible"])
def test_emergency_initials_that_would_not_show_as_typed_are_refused(ward: Path, tmp_path: Path, initials: str) -> None:
    """Every act of an emergency carries its initials, in the trail and on printed sheets: they follow the
    rule for names (docs/input-limits.md), so nobody's acts can be shown reordered or blank."""
    patient = tmp_path / "p.json"
    patient.write_text(json.dumps(minimal_document()), encoding="utf-8")
    before = _events(ward)
    result = bedside(ward, "--user", initials, "--emergency", "--reason", "night shift", "import", patient)
    assert result.returncode == 2, result.stdout
    assert "emergency access: the initials" in result.stderr
    assert _events(ward) == before

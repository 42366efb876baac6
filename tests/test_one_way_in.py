"""Nothing outside bedside/storage/ touches the database directly: no `.db` on a Store and no SQL.

Every read and write goes through the Store's methods, and every user action through bedside/services/.
This test greps the source so it cannot regress.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STORAGE = ROOT / "bedside" / "storage"
DB_ATTRIBUTE = re.compile(r"\.db\b")  # store.db, args.db, self.db: the connection (or its name) outside storage
# An SQL statement in a string: an upper-case keyword opening a quoted text, followed by SQL's next word
# (the code base writes SQL in capitals; "Select a patient" is a sentence).
SQL = re.compile(
    r"""["'](?:\s*)(?:SELECT\s+[\w*]|INSERT\s+(?:OR\s+\w+\s+)?INTO\b|UPDATE\s+\w+\s+SET\b|DELETE\s+FROM\b|"""
    r"""PRAGMA\s+\w|CREATE\s+(?:TABLE|INDEX|TRIGGER)\b|BEGIN\s+IMMEDIATE|DROP\s+TABLE\b)"""
)


def sources() -> list[Path]:
    files = [*(ROOT / "bedside").rglob("*.py"), *(ROOT / "ui").rglob("*.py"), ROOT / "main.py"]
    return sorted(f for f in files if STORAGE not in f.parents)


def offending(pattern: re.Pattern[str]) -> list[str]:
    found = []
    for path in sources():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    return found


def test_no_db_attribute_outside_storage() -> None:
    assert offending(DB_ATTRIBUTE) == []


def test_no_sql_outside_storage() -> None:
    assert offending(SQL) == []


def test_the_patterns_find_what_they_guard_against() -> None:
    """The greps would catch the old code: a test that cannot fail is a defect."""
    assert DB_ATTRIBUTE.search("access.find(store.db, initials)")
    assert DB_ATTRIBUTE.search("database_path(args.db)")
    assert not DB_ATTRIBUTE.search("store._db.execute(...)")
    for sql in (
        '"SELECT 1 FROM users WHERE active = 1"',
        '"SELECT mrn, name FROM patients"',
        "'INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)'",
        '"UPDATE patients SET stay = ?"',
        '"DELETE FROM labs WHERE id = ?"',
        '"PRAGMA data_version"',
    ):
        assert SQL.search(sql), sql
    assert not SQL.search('_tr("Select a patient first")') and not SQL.search('"Update the list"')


def test_the_tree_is_searched() -> None:
    names = {p.relative_to(ROOT).as_posix() for p in sources()}
    assert {"bedside/cli/entry.py", "ui/access/sign_in.py", "bedside/services/patients.py"} <= names
    assert not any(n.startswith("bedside/storage/") for n in names)

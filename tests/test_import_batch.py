"""Issue 14 F5: `bedside import a.json b.json c.json` is all or nothing, in one transaction.

Before: b was a duplicate of a patient already stored, the command exited 2, and a was committed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bedside.domain.errors import BedsideError
from bedside.patient_file.format import parse_document
from bedside.services.database import open_database
from bedside.storage import Store
from tests.factories import ACTOR, minimal_document
from tests.test_cli import runner

pytestmark = pytest.mark.both_engines  # the store fixture: SQLite, then PostgreSQL (tests/conftest.py)


def _write(folder: Path, name: str, mrn: str, **patient: str) -> Path:
    path = folder / name
    path.write_text(json.dumps(minimal_document(mrn=mrn, **patient)), encoding="utf-8")
    return path


def _mrns(db: Path) -> list[str]:
    store = open_database(db)
    try:
        return sorted(s.mrn for s in store.patient_summaries())
    finally:
        store.close()


def test_a_duplicate_in_the_middle_of_a_batch_imports_nothing(tmp_path: Path) -> None:
    db = tmp_path / "bedside.sqlite3"
    run = runner(db)
    assert run("import", _write(tmp_path, "old.json", "OLD-1")).returncode == 0
    a, b, c = (_write(tmp_path, f"{n}.json", mrn) for n, mrn in (("a", "A-1"), ("b", "OLD-1"), ("c", "C-1")))
    result = run("import", a, b, c)
    assert result.returncode == 2, result.stderr
    assert 'patient "OLD-1" is already in this database' in result.stderr
    assert _mrns(db) == ["OLD-1"]  # A-1 (before the duplicate) and C-1 (after) are not there


def test_a_good_batch_imports_every_file(tmp_path: Path) -> None:
    db = tmp_path / "bedside.sqlite3"
    run = runner(db)
    files = [_write(tmp_path, f"{n}.json", f"P-{n}") for n in range(3)]
    result = run("import", *files)
    assert result.returncode == 0, result.stderr
    assert _mrns(db) == ["P-0", "P-1", "P-2"]


def test_a_refusal_late_in_a_batch_rolls_back_the_whole_trail(store: Store) -> None:
    store.import_record(parse_document(minimal_document(mrn="OLD-1")), ACTOR)
    events_before = len(store.events())
    batch = [parse_document(minimal_document(mrn=m)) for m in ("A-1", "B-1", "old-1")]
    with pytest.raises(BedsideError, match="OLD-1"):
        store.import_records(batch, ACTOR)
    assert [s.mrn for s in store.patient_summaries()] == ["OLD-1"]
    assert len(store.events()) == events_before
    assert store.verify_audit().ok

"""Issue 14 F17: an export carries the voided entries, so export -> import -> export loses nothing.

Before: the export left voids out, and a round trip through a file dropped every voided lab and tick
(with when, by whom and why it was voided).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from bedside.domain.errors import PatientFormatError
from bedside.domain.patient import Check, Lab
from bedside.patient_file.export import to_document, to_json_text
from bedside.patient_file.format import parse_document, parse_json_text
from bedside.services.database import open_database
from bedside.storage import Store
from tests.factories import ACTOR, minimal_document, record_of
from tests.test_backup_cli import bedside

pytestmark = pytest.mark.both_engines  # the store fixture: SQLite, then PostgreSQL (tests/conftest.py)


def _voided_two(store: Store) -> None:
    store.import_record(record_of(minimal_document(mrn="V-1")), ACTOR)
    lab = store.add_entry("V-1", Lab(date(2025, 3, 4), "anc", 0.4, "10^9/L"), ACTOR)
    store.add_entry("V-1", Lab(date(2025, 3, 5), "anc", 0.7, "10^9/L"), ACTOR)
    tick = store.record_check("V-1", Check("CMV-PCR", date(2025, 3, 10), "done", "AB", "2025-03-10T09:00:00Z"), ACTOR)
    store.void_entry("V-1", "lab", lab, "wrong patient's sample", ACTOR)
    store.void_entry("V-1", "check", tick, "ticked on the wrong day", ACTOR)


def test_the_export_carries_voided_entries_with_when_who_and_why(store: Store) -> None:
    _voided_two(store)

    doc = to_document(store.export_record("V-1"))

    assert [(v["section"], v["reason"], v["by"]) for v in doc["voided"]] == [
        ("labs", "wrong patient's sample", ACTOR.user),
        ("checks", "ticked on the wrong day", ACTOR.user),
    ]
    assert doc["voided"][0]["entry"] == {"date": "2025-03-04", "test": "anc", "value": 0.4, "unit": "10^9/L"}
    assert [lab["value"] for lab in doc["labs"]] == [0.7]  # voided entries are never among the live ones
    assert "checks" not in doc or doc["checks"] == []


def test_export_import_export_is_identical_with_voids(tmp_path: Path) -> None:
    first, second = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    store = open_database(first)
    try:
        _voided_two(store)
        text = to_json_text(store.export_record("V-1"))
    finally:
        store.close()
    file = tmp_path / "v.json"
    file.write_text(text, encoding="utf-8")

    assert bedside(second, "import", file).returncode == 0
    exported = bedside(second, "export", "--mrn", "V-1")

    assert exported.returncode == 0, exported.stderr
    assert json.loads(exported.stdout) == json.loads(text)
    store = open_database(second)
    try:
        assert [lab.value for lab in store.load_record("V-1").labs] == [0.7]
        assert store.load_record("V-1").checks == ()
        voided = store._db.execute("SELECT void_reason, voided_by FROM labs WHERE voided_at IS NOT NULL").fetchall()
        assert voided == [("wrong patient's sample", ACTOR.user)]
    finally:
        store.close()


def test_replacing_with_an_export_of_the_same_patient_changes_no_row(store: Store) -> None:
    _voided_two(store)
    record = parse_json_text(to_json_text(store.export_record("V-1")))
    tables = ("labs", "checks")
    before = {t: store._db.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in tables}

    store.import_record(record, ACTOR, replace=True)

    assert {t: store._db.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in tables} == before


@pytest.mark.parametrize(
    ("voided", "field"),
    [
        ({"section": "labs", "entry": {}, "at": "2025-03-04T10:00:00Z", "by": "AB", "reason": "x"}, "voided[0].entry"),
        (
            {"section": "beds", "entry": {}, "at": "2025-03-04T10:00:00Z", "by": "AB", "reason": "x"},
            "voided[0].section",
        ),
        (
            {
                "section": "vaccinations",
                "entry": {"date": "2025-03-04", "vaccine": "influenza"},
                "at": "9999-12-31T00:00:00Z",
                "by": "AB",
                "reason": "x",
            },
            "voided[0].at",
        ),
        ({"section": "vaccinations", "entry": {"date": "2025-03-04", "vaccine": "influenza"}}, "voided[0]"),
    ],
)
def test_a_bad_voided_entry_is_refused_naming_the_field(voided: dict[str, object], field: str) -> None:
    doc = {**minimal_document(), "voided": [voided]}

    with pytest.raises(PatientFormatError) as caught:
        parse_document(doc)

    assert any(str(p.path).startswith(field) for p in caught.value.problems), caught.value.problems


def test_an_export_with_voids_is_valid_against_the_json_schema(store: Store) -> None:
    import jsonschema

    from tests.test_schema import _schema

    _voided_two(store)
    doc = to_document(store.export_record("V-1"))
    jsonschema.Draft202012Validator(_schema()).validate(doc)
    doc["voided"][0]["entry"] = {"date": "2025-03-04"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(_schema()).validate(doc)

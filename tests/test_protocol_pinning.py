"""A patient keeps the protocol version in force at enrolment until someone moves them, with a reason."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bedside.domain.errors import BedsideError
from bedside.engine.core import checklist
from bedside.patient_file.format import parse_json_text
from bedside.protocol.loader import load_file, load_protocol
from bedside.storage import Store
from tests.conftest import DATA
from tests.factories import ACTOR

pytestmark = pytest.mark.both_engines  # the store fixture: SQLite, then PostgreSQL (tests/conftest.py)

CENTRE_V1 = """
[protocol]
id = "centre-h5"
title = "Ward H5 protocol"
version = "{version}"
effective = 2025-01-01
approved_by = "H5 infection committee"
extends = "ash-2024"

[[item]]
id = "ABX-PPX"
reason = "H5 gives levofloxacin only from ANC <0.2"
when = "anc < {threshold}"
why = "H5: levofloxacin while ANC <{threshold} (ANC {{anc}})"
sources = ["ASH24"]
"""


def _centre(tmp_path: Path, version: str, threshold: str) -> Path:
    path = tmp_path / "centre-h5.toml"
    path.write_text(CENTRE_V1.format(version=version, threshold=threshold), encoding="utf-8")
    return path


def _example() -> object:
    return parse_json_text((DATA / "example-1.json").read_text(encoding="utf-8"))


def test_import_pins_the_default_protocol_and_keeps_its_text(store: Store) -> None:
    record = _example()
    store.import_record(record, ACTOR)  # type: ignore[arg-type]
    loaded = store.load_record("BX-100231")
    default = load_protocol(None)
    assert loaded.protocol is not None
    assert (loaded.protocol.id, loaded.protocol.version) == (default.id, default.version)
    assert store._db.execute("SELECT count(*) FROM protocol_snapshots").fetchone()[0] == 1
    assert store.events("BX-100231")[0].new_value["protocol"] == {"id": default.id, "version": default.version}


def test_an_edited_protocol_file_does_not_change_a_pinned_patient(store: Store, tmp_path: Path) -> None:
    path = _centre(tmp_path, "1", "0.5")
    store.import_record(_example(), ACTOR, protocol=load_file(path))  # type: ignore[arg-type]
    _centre(tmp_path, "2", "0.2")  # the committee approves version 2; the file on disk changes

    record = store.load_record("BX-100231")
    pinned = store.protocol_for(record)
    assert pinned.version == "1"
    # ANC 0.4 on day +2: version 1 (threshold 0.5) lists levofloxacin; version 2 (0.2) would not.
    day2 = checklist(pinned, record, date(2025, 3, 5)).item("ABX-PPX")
    assert day2 is not None and day2.status == "due"
    assert checklist(load_file(path), record, date(2025, 3, 5)).item("ABX-PPX") is None


def test_moving_a_patient_needs_a_reason_and_is_audited(store: Store, tmp_path: Path) -> None:
    store.import_record(_example(), ACTOR, protocol=load_file(_centre(tmp_path, "1", "0.5")))  # type: ignore[arg-type]
    newer = load_file(_centre(tmp_path, "2", "0.2"))
    with pytest.raises(BedsideError, match="reason"):
        store.move_protocol("BX-100231", newer, ACTOR, "  ")

    store.move_protocol("BX-100231", newer, ACTOR, "committee approved v2 on 2025-03-01")

    assert store.protocol_for(store.load_record("BX-100231")).version == "2"
    event = store.events("BX-100231")[0]
    assert event.action == "protocol.move"
    assert event.old_value == {"id": "centre-h5", "version": "1"}
    assert event.new_value == {"id": "centre-h5", "version": "2"}
    assert event.reason == "committee approved v2 on 2025-03-01"
    assert store.verify_audit().ok


def test_a_changed_text_under_a_known_version_is_refused(store: Store, tmp_path: Path) -> None:
    store.import_record(_example(), ACTOR, protocol=load_file(_centre(tmp_path, "1", "0.5")))  # type: ignore[arg-type]
    silently_edited = load_file(_centre(tmp_path, "1", "0.2"))
    with pytest.raises(BedsideError, match="new version"):
        store.move_protocol("BX-100231", silently_edited, ACTOR, "try to sneak a change in")


def test_a_pin_this_workstation_cannot_honour_is_refused(store: Store) -> None:
    text = (
        (DATA / "example-1.json")
        .read_text(encoding="utf-8")
        .replace(
            '"format": "bedside-patient/1",',
            '"format": "bedside-patient/1", "protocol": {"id": "ash-2024", "version": "1999.9"},',
        )
    )
    with pytest.raises(BedsideError, match=r"1999\.9"):
        store.import_record(parse_json_text(text), ACTOR)
    assert store.patient_summaries() == []

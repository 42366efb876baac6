"""A patient's record leaving the system as a file (Bedside JSON or FHIR) is in the audit trail, recorded
before the file appears; a file whose record fails is not left behind (issue 14 F7, issue 17)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from bedside.cli import commands
from bedside.cli.interop import export_fhir
from bedside.domain.errors import BedsideError
from bedside.storage import Store
from tests.db_worker import MRN
from tests.factories import ACTOR
from tests.test_files_written import _left, ward, write_lock_held  # noqa: F401  (fixtures)

EXPORTS = {"json": ("bedside-patient/1", commands.export), "fhir": ("fhir-r4", export_fhir)}


@pytest.mark.parametrize("kind", sorted(EXPORTS))
def test_an_export_to_a_file_is_recorded_with_its_format(ward: Store, tmp_path: Path, kind: str) -> None:  # noqa: F811
    fmt, export = EXPORTS[kind]
    out = tmp_path / f"course.{kind}.json"
    assert export(ward, MRN, out, ACTOR) == 0
    event = ward.events(MRN)[0]
    assert (event.action, event.new_value, event.actor) == ("patient.export", {"format": fmt, "output": "file"}, "AB")
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600


@pytest.mark.parametrize("kind", sorted(EXPORTS))
def test_an_export_to_standard_output_is_recorded_too(
    ward: Store,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    kind: str,
) -> None:
    fmt, export = EXPORTS[kind]
    assert export(ward, MRN, None, ACTOR) == 0
    assert MRN in capsys.readouterr().out
    assert ward.events(MRN)[0].new_value == {"format": fmt, "output": "stdout"}


@pytest.mark.parametrize("kind", sorted(EXPORTS))
def test_an_export_whose_record_fails_leaves_no_file(
    ward: Store,  # noqa: F811
    tmp_path: Path,
    write_lock_held: None,  # noqa: F811
    kind: str,
) -> None:
    _, export = EXPORTS[kind]
    folder = tmp_path / "out"
    folder.mkdir()
    before = len(ward.events())
    with pytest.raises(BedsideError, match="audit trail could not record it"):
        export(ward, MRN, folder / "course.json", ACTOR)
    assert _left(folder) == []
    assert len(ward.events()) == before

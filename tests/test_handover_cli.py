"""`bedside handover` and `bedside plan`, run as a user runs them."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.test_cli import Run, runner
from tests.test_handover import NAMES, ON, WARD, patient_document, ward_documents


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Run:
    folder = tmp_path_factory.mktemp("handover")
    files = []
    for doc in [*ward_documents(), patient_document("C-1", "王, 小明", "1", 3, ward="H7")]:
        path = folder / f"{doc['patient']['mrn']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        files.append(path)
    run = runner(folder / "bedside.sqlite3")
    result = run("import", *files)
    assert result.returncode == 0, result.stderr
    return run


def text_of(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_ward_handover_to_a_file(loaded: Run, tmp_path: Path) -> None:
    out = tmp_path / "handover.pdf"
    result = loaded("--user", "QX", "handover", "--ward", WARD, "--date", ON.isoformat(), "--out", out)

    assert result.returncode == 0, result.stderr
    assert f"wrote {out}" in result.stderr
    text = " ".join(text_of(out).split())
    for name in NAMES.values():
        assert name in text
    assert "by QX" in text
    assert not list(tmp_path.glob("*.part"))


def test_the_compact_ward_list_to_a_file(loaded: Run, tmp_path: Path) -> None:
    out = tmp_path / "list.pdf"
    result = loaded("handover", "--ward", WARD, "--date", ON.isoformat(), "--list", "--out", out)
    assert result.returncode == 0, result.stderr
    text = " ".join(text_of(out).split())
    assert "Ward list · Ward H5" in text and "Bed · patient" in text
    assert all(f"MRN {mrn}" in text for mrn in ("H-1", "H-2", "H-3", "H-4"))
    assert len(PdfReader(io.BytesIO(out.read_bytes())).pages) == 1


def test_chosen_patients_and_the_wards_severity(loaded: Run, tmp_path: Path) -> None:
    out = tmp_path / "two.pdf"
    result = loaded(
        "handover", "--ward", WARD, "--mrn", "H-2", "H-3", "--severity", "H-2=unstable", "--out", out
    )  # no --date: today

    assert result.returncode == 0, result.stderr
    text = text_of(out)
    assert "MRN H-2" in text and "MRN H-3" in text and "MRN H-1" not in text
    assert "☒ UNSTABLE" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--ward", "NOWHERE"), 'ward "NOWHERE" has no active patients'),
        (("--ward", WARD, "--mrn", "X-1"), '"X-1" is not an active patient on ward'),
        (("--ward", WARD, "--severity", "H-1"), "--severity: expected MRN=LEVEL"),
        (("--ward", WARD, "--severity", "H-1=fine"), "severity must be one of"),
        (("--ward", WARD, "--date", "2026-13-01"), "--date: must be a date"),
    ],
)
def test_bad_input_exits_2_and_writes_nothing(loaded: Run, tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    out = tmp_path / "x.pdf"
    result = loaded("handover", *args, "--out", out)

    assert result.returncode == 2
    assert message in result.stderr
    assert not out.exists()


def test_follow_up_plan_to_a_file(loaded: Run, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    result = loaded("plan", "--mrn", "H-4", "--date", ON.isoformat(), "--out", out)

    assert result.returncode == 0, result.stderr
    text = " ".join(text_of(out).split())
    assert NAMES["H-4"] in text and "24-hour number: ____" in text


def test_unknown_patient_plan(loaded: Run, tmp_path: Path) -> None:
    result = loaded("plan", "--mrn", "NOPE", "--out", tmp_path / "p.pdf")

    assert result.returncode == 2
    assert 'no patient with MRN "NOPE"' in result.stderr


def test_a_character_the_font_lacks_is_a_warning(loaded: Run, tmp_path: Path) -> None:
    out = tmp_path / "h7.pdf"
    result = loaded("handover", "--ward", "H7", "--out", out)

    assert result.returncode == 0, result.stderr
    assert 'bedside: warning: C-1 name: "王" (U+738B) is not in the font; printed as [U+738B]' in result.stderr
    assert "[U+738B]" in text_of(out)


def test_a_printed_sheet_is_in_the_audit_trail(tmp_path: Path) -> None:
    # Patient data leaving the system on paper or in a file is recorded: who, what, how many pages.
    db = tmp_path / "bedside.sqlite3"
    run = runner(db)
    doc = patient_document("P-9", "Doe, Jane", "3", 3, ward=WARD)
    source = tmp_path / "p.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert run("import", source).returncode == 0
    assert run("--user", "QX", "plan", "--mrn", "P-9", "--out", tmp_path / "plan.pdf").returncode == 0
    from bedside.services.database import open_database

    store = open_database(db)
    try:
        event = store.events("P-9")[0]
    finally:
        store.close()
    assert (event.action, event.actor, event.new_value["output"]) == ("plan.print", "QX", "file")
    assert event.new_value["pages"] >= 1

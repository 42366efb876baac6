"""The `bedside` command, run as a user runs it: a subprocess with its own database."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bedside.protocol.loader import load_protocol
from tests.conftest import DATA

REPO = Path(__file__).parents[1]
EXAMPLE_1, EXAMPLE_2 = DATA / "example-1.json", DATA / "example-2.json"
MRN_1, MRN_2 = "BX-100231", "CL-5522/07"
ITEM_KEYS = {"id", "title", "category", "status", "why", "sources", "blocked_until"}

Run = Callable[..., subprocess.CompletedProcess[str]]


def runner(db: Path) -> Run:
    env = {**os.environ, "BEDSIDE_DB": str(db), "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}

    def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "main.py", *map(str, args)],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=60,
            check=False,
        )

    return run


@pytest.fixture
def bedside(tmp_path: Path) -> Run:
    return runner(tmp_path / "db" / "bedside.sqlite3")


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Run:
    """A database holding both worked examples, shared by the read-only tests below."""
    run = runner(tmp_path_factory.mktemp("loaded") / "bedside.sqlite3")
    result = run("import", EXAMPLE_1, EXAMPLE_2)
    assert result.returncode == 0, result.stderr
    return run


def original(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def enrolled(path: Path) -> Any:
    """What export gives for an imported file: the file itself plus the protocol pinned at enrolment."""
    default = load_protocol(None)
    return {**original(path), "protocol": {"id": default.id, "version": default.version}}


# --- import and export -------------------------------------------------------------------------


@pytest.mark.parametrize(("mrn", "source"), [(MRN_1, EXAMPLE_1), (MRN_2, EXAMPLE_2)])
def test_export_gives_back_the_imported_file(loaded: Run, tmp_path: Path, mrn: str, source: Path) -> None:
    out = tmp_path / "out.json"
    result = loaded("export", "--mrn", mrn, "--out", out)
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8")) == enrolled(source)
    assert not list(tmp_path.glob("*.part"))


def test_export_to_stdout_keeps_the_name_literal(loaded: Run) -> None:
    result = loaded("export", "--mrn", MRN_2)
    assert result.returncode == 0, result.stderr
    assert "Nguyễn Thị, Hằng" in result.stdout
    assert json.loads(result.stdout) == enrolled(EXAMPLE_2)


def test_export_reimport_export_is_stable(loaded: Run, tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    assert loaded("export", "--mrn", MRN_1, "--out", first).returncode == 0
    second_db = runner(tmp_path / "second.sqlite3")
    result = second_db("import", first)
    assert result.returncode == 0, result.stderr
    second = tmp_path / "second.json"
    assert second_db("export", "--mrn", MRN_1, "--out", second).returncode == 0
    assert json.loads(second.read_text(encoding="utf-8")) == json.loads(first.read_text(encoding="utf-8"))
    assert json.loads(second.read_text(encoding="utf-8")) == enrolled(EXAMPLE_1)


def test_importing_again_without_replace_names_the_mrn(loaded: Run) -> None:
    result = loaded("import", EXAMPLE_1)
    assert result.returncode == 2
    assert MRN_1 in result.stderr
    assert "--replace" in result.stderr


def test_importing_again_with_replace_succeeds(bedside: Run, tmp_path: Path) -> None:
    assert bedside("import", EXAMPLE_1).returncode == 0
    changed = original(EXAMPLE_1)
    changed["patient"]["ward"] = "H7"
    path = tmp_path / "changed.json"
    path.write_text(json.dumps(changed), encoding="utf-8")
    assert bedside("import", "--replace", path).returncode == 0
    exported = bedside("export", "--mrn", MRN_1)
    assert json.loads(exported.stdout)["patient"]["ward"] == "H7"


def _set(path: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        target: Any = doc
        for key in path[:-1]:
            target = target[key]
        if value is KeyError:
            del target[path[-1]]
        else:
            target[path[-1]] = value

    return change


BAD_INPUTS = {
    "wrong unit": (_set(["labs", 9, "unit"], "mg"), "labs[9].unit"),
    "unknown product": (_set(["therapy", "product"], "foo-cel"), "therapy.product"),
    "malformed date": (_set(["labs", 0, "date"], "2025-02-30"), "labs[0].date"),
    "missing infusion date": (_set(["therapy", "infusion_dates"], KeyError), "therapy.infusion_dates"),
    "unknown top-level key": (_set(["surgery"], []), "surgery"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_exits_2_naming_the_field(bedside: Run, tmp_path: Path, case: str) -> None:
    change, field_path = BAD_INPUTS[case]
    doc = copy.deepcopy(original(EXAMPLE_1))
    change(doc)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = bedside("import", path)
    assert result.returncode == 2
    assert field_path in result.stderr
    assert "bad.json" in result.stderr
    assert "Traceback" not in result.stderr


def test_broken_json_exits_2(bedside: Run, tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text(EXAMPLE_1.read_text(encoding="utf-8")[:200], encoding="utf-8")
    result = bedside("import", path)
    assert result.returncode == 2
    assert "broken.json" in result.stderr and "JSON" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_bad_file_in_a_batch_imports_nothing(bedside: Run, tmp_path: Path) -> None:
    bad = copy.deepcopy(original(EXAMPLE_2))
    bad["therapy"]["product"] = "foo-cel"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    result = bedside("import", EXAMPLE_1, path)
    assert result.returncode == 2
    assert "therapy.product" in result.stderr
    missing = bedside("export", "--mrn", MRN_1)
    assert missing.returncode == 2
    assert MRN_1 in missing.stderr


# --- checklist ---------------------------------------------------------------------------------


def test_checklist_json_shape(bedside: Run) -> None:
    result = bedside("checklist", "--patient", EXAMPLE_1, "--date", "2025-03-06", "--format", "json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert {"date", "day", "protocol", "scores", "items"} <= out.keys()
    assert out["date"] == "2025-03-06" and out["day"] == 3
    assert out["protocol"]["id"] == "ash-2024" and out["protocol"]["version"]
    assert out["scores"]["car_hematotox"] == {"score": 1, "risk": "low"}
    assert out["items"]
    for item in out["items"]:
        assert item.keys() >= ITEM_KEYS
        assert isinstance(item["sources"], list) and item["sources"]
        assert item["status"] != "not-applicable"
    fn = next(i for i in out["items"] if i["id"] == "FN-BUNDLE")
    assert fn["status"] == "due" and fn["category"] == "febrile neutropenia"
    assert "T 38.6 C at 14:10" in fn["why"] and fn["blocked_until"] is None


def test_checklist_with_a_protocol_and_all(bedside: Run) -> None:
    args = ("checklist", "--patient", EXAMPLE_1, "--date", "2025-03-05", "--format", "json")
    result = bedside(*args, "--protocol", "eha-ebmt-2023", "--all")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["protocol"]["id"] == "eha-ebmt-2023"
    statuses = {i["id"]: i["status"] for i in out["items"]}
    assert statuses["ABX-PPX"] == "not-applicable"
    assert statuses["HSV-VZV"] in ("due", "overdue")  # overdue: no dose was ticked on the days before


@pytest.mark.parametrize("bad_date", ["2025-3-6", "06.03.2025", "2025-02-30", "20250306", "2025-W10-4"])
def test_checklist_refuses_a_date_that_is_not_yyyy_mm_dd(bedside: Run, bad_date: str) -> None:
    result = bedside("checklist", "--patient", EXAMPLE_1, "--date", bad_date)
    assert result.returncode == 2
    assert "--date" in result.stderr and "YYYY-MM-DD" in result.stderr


def test_checklist_from_the_database_matches_the_file(loaded: Run) -> None:
    common = ("--date", "2025-08-13", "--format", "json")
    from_db = loaded("checklist", "--mrn", MRN_2, *common)
    from_file = loaded("checklist", "--patient", EXAMPLE_2, *common)
    assert from_db.returncode == 0, from_db.stderr
    assert json.loads(from_db.stdout) == json.loads(from_file.stdout)
    assert json.loads(from_db.stdout)["day"] == 30


def test_checklist_for_an_unknown_mrn_exits_2(loaded: Run) -> None:
    result = loaded("checklist", "--mrn", "NOPE-1", "--date", "2025-08-13")
    assert result.returncode == 2
    assert "NOPE-1" in result.stderr


def test_text_checklist_shows_the_name_literally(bedside: Run) -> None:
    result = bedside("checklist", "--patient", EXAMPLE_1, "--date", "2025-03-06")
    assert result.returncode == 0, result.stderr
    assert "O'Brien & <b>Kelly</b>, Declan" in result.stdout
    assert "FN-BUNDLE" in result.stdout


def test_version(bedside: Run) -> None:
    result = bedside("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("bedside ")
    assert result.stdout.split()[1][0].isdigit()

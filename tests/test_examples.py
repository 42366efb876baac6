"""The team's worked examples (two patients, day by day), cell by cell, under every shipped profile.

The expectation tables are read from the team's clinical examples when their folder sits beside the
checkout; a copy of them is kept below so the test still runs without it (and a test says when the
copy has drifted).
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from bedside.domain.checklist import Checklist
from bedside.domain.patient import PatientRecord
from bedside.engine.core import checklist
from bedside.patient_file.format import parse_json_text
from bedside.protocol.loader import load_protocol
from bedside.protocol.model import Protocol
from tests.conftest import DATA

EXAMPLES_MD = Path(__file__).parents[2] / "shared" / "clinical" / "EXAMPLES.md"
PROFILES = ("ash-2024", "eha-ebmt-2023", "stanford-car19", "ash-sap")
LISTED = ("due", "overdue", "done")  # "**due**" in the tables
HEMATOTOX = "CAR-HEMATOTOX risk"

# Copy of the tables: (date, item, one cell per profile in PROFILES order).
# D = **due**, N = not due, - = no claim; low/high = CAR-HEMATOTOX risk.
COPY: dict[int, tuple[tuple[str, str, str], ...]] = {
    1: (
        ("2025-02-26", HEMATOTOX, "low low low low"),
        ("2025-02-26", "HSV-VZV", "D D D D"),
        ("2025-02-26", "HBV-PPX", "N N N N"),
        ("2025-02-26", "ABX-PPX", "N N N N"),
        ("2025-02-26", "AF-YEAST", "N N N N"),
        ("2025-02-26", "AF-MOLD", "N N N N"),
        ("2025-02-26", "GCSF", "N N N N"),
        ("2025-02-26", "PJP-PPX", "N D N -"),
        ("2025-03-05", "HSV-VZV", "D D D D"),
        ("2025-03-05", "LBL-MON", "D D D D"),
        ("2025-03-05", "LBL-PROX", "D D D D"),
        ("2025-03-05", "LBL-DRIVE", "D D D D"),
        ("2025-03-05", "AF-MOLD", "N N N N"),
        ("2025-03-05", "CMV-PCR", "N N N N"),
        ("2025-03-05", "GCSF", "N N N N"),
        ("2025-03-05", "IVIG", "N N N N"),
        ("2025-03-05", "VAX-FLU-COV", "N N N N"),
        ("2025-03-05", "VAX-INACT", "N N N N"),
        ("2025-03-05", "VAX-LIVE", "N N N N"),
        ("2025-03-05", "ABX-PPX", "D N - N"),
        ("2025-03-05", "AF-YEAST", "D - N N"),
        ("2025-03-06", "FN-BUNDLE", "D D D D"),
        ("2025-03-06", "CRS-FEVER", "D D D D"),
        ("2025-03-06", "GCSF", "N N N N"),
        ("2025-03-19", "HSV-VZV", "D D D D"),
        ("2025-03-19", "ABX-PPX", "N N N N"),
        ("2025-03-19", "AF-YEAST", "N N N N"),
        ("2025-03-19", "GCSF", "N N N N"),
        ("2025-03-19", "PJP-PPX", "N D D -"),
        ("2025-04-17", "PJP-PPX", "D D D D"),
        ("2025-04-17", "HSV-VZV", "D D D D"),
        ("2025-04-17", "LBL-DRIVE", "D D D D"),
        ("2025-04-17", "IVIG", "N N N N"),
        ("2025-04-17", "LBL-PROX", "N N N N"),
        ("2025-04-17", "VAX-FLU-COV", "N N N N"),
        ("2025-04-17", "VAX-INACT", "N N N N"),
        ("2025-04-17", "VAX-LIVE", "N N N N"),
    ),
    2: (
        ("2025-07-19", HEMATOTOX, "low low low low"),
        ("2025-07-19", "HSV-VZV", "D D D D"),
        ("2025-07-19", "LBL-PROX", "D D D D"),
        ("2025-07-19", "LBL-DRIVE", "D D D D"),
        ("2025-07-19", "ABX-PPX", "N N N N"),
        ("2025-07-19", "AF-YEAST", "N N N N"),
        ("2025-07-19", "AF-MOLD", "N N N N"),
        ("2025-07-19", "GCSF", "N N N N"),
        ("2025-07-19", "CMV-PCR", "N N N N"),
        ("2025-07-19", "IVIG", "N N N N"),
        ("2025-07-19", "PJP-PPX", "N D N -"),
        ("2025-08-03", "HSV-VZV", "D D D D"),
        ("2025-08-03", "LBL-PROX", "N N N N"),
        ("2025-08-03", "LBL-DRIVE", "N N N N"),
        ("2025-08-03", "PJP-PPX", "N D D -"),
        ("2025-08-13", "IGG-MON", "D D D D"),
        ("2025-08-13", "PJP-PPX", "D D D D"),
        ("2025-08-13", "HSV-VZV", "D D D D"),
        ("2025-08-13", "IVIG", "N - N D"),
    ),
}
_CODES = {"**due**": "D", "not due": "N", "—": "-"}


def parse_tables(text: str) -> dict[int, tuple[tuple[str, str, str], ...]]:
    """The expectation tables of the team's examples, in the shape of COPY (profile columns reordered)."""
    parts = re.split(r"^## Example (\d+)\b.*$", text, flags=re.M)
    tables: dict[int, tuple[tuple[str, str, str], ...]] = {}
    for number, body in zip(parts[1::2], parts[2::2], strict=True):
        rows: list[tuple[str, str, str]] = []
        columns: list[str] = []
        current = ""
        for line in body.splitlines():
            if not line.startswith("|"):
                continue
            cells = [c.strip() for c in line.strip()[1:-1].split("|")]
            if cells[0].startswith("Date"):
                columns = [c.removesuffix(" (default)") for c in cells[2:]]
                continue
            if re.fullmatch(r"-+", cells[0]):
                continue
            day = re.match(r"\d{4}-\d{2}-\d{2}", cells[0])
            current = day.group(0) if day else current
            by_profile = dict(zip(columns, cells[2:], strict=False))
            codes = " ".join(_CODES.get(by_profile[p], by_profile[p]) for p in PROFILES)
            rows.append((current, cells[1].strip("`"), codes))
        tables[int(number)] = tuple(rows)
    return tables


def expectation_tables() -> dict[int, tuple[tuple[str, str, str], ...]]:
    if EXAMPLES_MD.exists():
        return parse_tables(EXAMPLES_MD.read_text(encoding="utf-8"))
    return COPY


def _cases() -> list[pytest.param]:
    cases = []
    for example, rows in expectation_tables().items():
        for day, item, codes in rows:
            for profile, code in zip(PROFILES, codes.split(), strict=True):
                if code == "-":
                    continue  # the example makes no claim for this profile
                case_id = f"ex{example}-{day}-{item.replace(' ', '_')}-{profile}"
                cases.append(pytest.param(example, day, item, profile, code, id=case_id))
    return cases


@cache
def record(example: int) -> PatientRecord:
    return parse_json_text((DATA / f"example-{example}.json").read_text(encoding="utf-8"))


@cache
def protocol(profile: str) -> Protocol:
    return load_protocol(profile)


@cache
def checklist_for(example: int, day: str, profile: str) -> Checklist:
    return checklist(protocol(profile), record(example), date.fromisoformat(day))


@pytest.mark.parametrize(("example", "day", "item", "profile", "code"), _cases())
def test_worked_example_cell(example: int, day: str, item: str, profile: str, code: str) -> None:
    result = checklist_for(example, day, profile)
    if item == HEMATOTOX:
        score = result.scores["car_hematotox"]
        assert score is not None, "CAR-HEMATOTOX not computed"
        assert score["risk"] == code
        return
    listed = result.item(item)
    status = None if listed is None else listed.status
    if code == "D":
        assert status in LISTED, f"{item} should be due under {profile} on {day}; got {status}"
    else:
        assert code == "N"
        assert status not in LISTED, f"{item} should not be due under {profile} on {day}: {listed}"


def test_the_tables_yield_cases_for_every_profile_and_both_examples() -> None:
    cases = _cases()
    assert {c.values[0] for c in cases} == {1, 2}
    assert {c.values[3] for c in cases} == set(PROFILES)
    assert len(cases) > 200


def test_copy_of_the_tables_matches_examples_md() -> None:
    if EXAMPLES_MD.exists():
        assert parse_tables(EXAMPLES_MD.read_text(encoding="utf-8")) == COPY


def test_the_copy_is_used_when_shared_is_absent(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(f"{__name__}.EXAMPLES_MD", tmp_path / "missing" / "EXAMPLES.md")
    assert expectation_tables() is COPY
    assert len(_cases()) > 200


def test_example_patient_files_match_the_json_in_examples_md() -> None:
    if not EXAMPLES_MD.exists():
        assert (DATA / "example-1.json").exists()
        return
    blocks = re.findall(r"```json\n(.*?)```", EXAMPLES_MD.read_text(encoding="utf-8"), re.S)
    assert len(blocks) == 2
    for number, block in enumerate(blocks, start=1):
        on_disk = json.loads((DATA / f"example-{number}.json").read_text(encoding="utf-8"))
        assert json.loads(block) == on_disk


@pytest.mark.parametrize("example", [1, 2])
def test_running_without_a_protocol_gives_ash_2024(example: int) -> None:
    default = load_protocol(None)
    assert default.id == "ash-2024"
    for day in sorted({row[0] for row in expectation_tables()[example]}):
        on = date.fromisoformat(day)
        got = checklist(default, record(example), on).to_json()
        assert got == checklist_for(example, day, "ash-2024").to_json()
        assert got["protocol"]["id"] == "ash-2024"


@pytest.mark.parametrize("profile", PROFILES)
def test_fn_bundle_why_names_the_reading_and_the_anc(profile: str) -> None:
    item = checklist_for(1, "2025-03-06", profile).item("FN-BUNDLE")
    assert item is not None
    assert item.status == "due"
    assert "T 38.6 C at 14:10" in item.why
    assert "ANC 0.3" in item.why


@pytest.mark.parametrize("profile", PROFILES)
def test_example_days_are_counted_from_the_first_infusion(profile: str) -> None:
    assert checklist_for(1, "2025-02-26", profile).day == -5
    assert checklist_for(1, "2025-04-17", profile).day == 45
    assert checklist_for(2, "2025-08-13", profile).day == 30


def test_hematotox_of_example_1_is_one_point_from_ferritin() -> None:
    score = checklist_for(1, "2025-03-06", "ash-2024").scores["car_hematotox"]
    assert score == {"score": 1, "risk": "low"}
    score_2 = checklist_for(2, "2025-07-19", "ash-2024").scores["car_hematotox"]
    assert score_2 == {"score": 0, "risk": "low"}

"""Protocol files: every shipped one loads; a broken one fails with file, line, item and field."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bedside.protocol.expr import ExpressionError, parse
from bedside.protocol.fact_vocabulary import FACT_NAMES
from bedside.protocol.loader import ProtocolError, load_file, load_protocol, shipped_dir, shipped_protocols

REPO = Path(__file__).parents[1]
PROFILES = ("ash-2024", "eha-ebmt-2023", "stanford-car19", "ash-sap")

HEADER = """[protocol]
id = "test-local"
title = "Test protocol"
version = "1"
effective = 2025-01-01
approved_by = "Test committee, 2025-01-02"
sources = ["ASH24"]
"""
ITEM = """
[[item]]
id = "ABX-PPX"
title = "Antibacterial prophylaxis"
category = "prophylaxis"
start = "d+0"
end = "d+30"
frequency = "daily"
when = "anc < 0.5"
why = "Levofloxacin while ANC is low."
sources = ["ASH24"]
"""
EXTENDS = HEADER.replace('sources = ["ASH24"]', 'sources = ["ASH24"]\nextends = "ash-2024"')


def bedside(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=REPO, capture_output=True, text=True, timeout=60, check=False
    )


def line_of(text: str, fragment: str, occurrence: int = 1) -> int:
    lines = [n for n, line in enumerate(text.splitlines(), start=1) if fragment in line]
    return lines[occurrence - 1]


def refused(tmp_path: Path, text: str, name: str = "broken.toml") -> ProtocolError:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProtocolError) as caught:
        load_file(path)
    assert name in str(caught.value)
    return caught.value


# --- shipped protocols ----------------------------------------------------------------------------


def test_the_reference_profiles_are_shipped() -> None:
    assert set(PROFILES) <= set(shipped_protocols())


@pytest.mark.parametrize("profile", shipped_protocols())
def test_every_shipped_protocol_loads(profile: str) -> None:
    loaded = load_protocol(profile)
    assert loaded.id == profile
    assert loaded.items
    assert len({i.id for i in loaded.items}) == len(loaded.items)
    assert all(i.rule.sources for i in loaded.items)


@pytest.mark.parametrize("profile", shipped_protocols())
def test_protocol_check_accepts_every_shipped_file(profile: str) -> None:
    result = bedside("protocol", "check", str(shipped_dir() / f"{profile}.toml"))
    assert result.returncode == 0, result.stderr
    assert profile in result.stdout


# --- broken files: where and what -----------------------------------------------------------------

BROKEN = {
    "unknown field": (ITEM.replace('frequency = "daily"', 'frequency = "daily"\ncolour = "red"'), "colour", "colour"),
    "unknown fact": (ITEM.replace('"anc < 0.5"', '"ancc < 0.5"'), "when", "ancc"),
    "end before start": (ITEM.replace('"d+0"', '"d+10"').replace('"d+30"', '"d+5"'), "end", 'end = "d+5"'),
    "bad frequency": (ITEM.replace('"daily"', '"fortnightly"'), "frequency", "fortnightly"),
    "unknown source": (ITEM.replace('sources = ["ASH24"]', 'sources = ["NOPE"]'), "sources", "NOPE"),
    "unknown category": (ITEM.replace('"prophylaxis"', '"magic"'), "category", "magic"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_item_names_file_line_item_and_field(tmp_path: Path, case: str) -> None:
    item, field, fragment = BROKEN[case]
    text = HEADER + item
    err = refused(tmp_path, text)
    message = str(err)
    assert err.item == "ABX-PPX" and "ABX-PPX" in message
    assert err.field == field and field in message
    assert err.line == line_of(text, fragment)
    assert f"broken.toml:{err.line}" in message


def test_duplicate_id_points_at_the_second_definition(tmp_path: Path) -> None:
    text = HEADER + ITEM + ITEM
    err = refused(tmp_path, text)
    assert err.item == "ABX-PPX" and err.field == "id"
    assert "duplicate" in str(err)
    assert err.line == line_of(text, 'id = "ABX-PPX"', occurrence=2)


def test_invalid_toml_gives_the_line(tmp_path: Path) -> None:
    text = HEADER + ITEM.replace('title = "Antibacterial prophylaxis"', 'title = "Antibacterial')
    err = refused(tmp_path, text)
    assert err.line == line_of(text, 'title = "Antibacterial')
    assert f"broken.toml:{err.line}" in str(err)
    assert "TOML" in str(err)


def test_a_file_over_the_size_cap_is_refused_before_parsing(tmp_path: Path) -> None:
    text = HEADER + ITEM + "# padding\n" * 210_000  # about 2 MB of otherwise valid TOML
    assert len(text.encode()) > 2_000_000
    err = refused(tmp_path, text, "huge.toml")
    assert "at most" in str(err)


def test_an_override_needs_a_reason(tmp_path: Path) -> None:
    text = EXTENDS + '\n[[item]]\nid = "ABX-PPX"\ndrug = "Ciprofloxacin"\n'
    err = refused(tmp_path, text, "center.toml")
    assert err.item == "ABX-PPX" and err.field == "reason"
    assert err.line == line_of(text, 'id = "ABX-PPX"')
    assert "reason" in str(err) and f"center.toml:{err.line}" in str(err)


def test_disabling_an_item_the_base_lacks_is_refused(tmp_path: Path) -> None:
    text = EXTENDS + '\n[[item]]\nid = "NOT-THERE"\nchange = "disable"\nreason = "never done here"\n'
    err = refused(tmp_path, text, "center.toml")
    assert err.item == "NOT-THERE" and err.field == "change"
    assert err.line is not None and err.line >= line_of(text, 'id = "NOT-THERE"')
    assert f"center.toml:{err.line}" in str(err)


def test_protocol_check_reports_the_problem_and_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(HEADER + BROKEN["unknown fact"][0], encoding="utf-8")
    result = bedside("protocol", "check", str(path))
    assert result.returncode == 2
    assert "broken.toml:" in result.stderr and "ABX-PPX" in result.stderr and "ancc" in result.stderr


# --- a centre's protocol on top of ash-2024 --------------------------------------------------------

CENTER = (
    HEADER.replace('id = "test-local"', 'id = "center-h5"').replace(
        'sources = ["ASH24"]', 'sources = ["ASH24", "LOCAL-SOP"]\nextends = "ash-2024"'
    )
    + """
[sources]
LOCAL-SOP = "Centre H5 SOP 12 (2025)"

[[item]]
id = "ABX-PPX"
reason = "Local resistance data favour ciprofloxacin."
drug = "Ciprofloxacin 500 mg BID"
when = "anc < 0.5 and day <= 30"

[[item]]
id = "AF-YEAST"
change = "disable"
reason = "Low invasive fungal disease rate locally."

[[item]]
id = "LOCAL-CALL"
reason = "Weekly phone follow-up after discharge."
title = "Phone call"
category = "monitoring"
start = "d+7"
end = "d+28"
frequency = "weekly"
why = "Centre SOP: weekly phone call."
sources = ["LOCAL-SOP"]
"""
)


@pytest.fixture
def center_file(tmp_path: Path) -> Path:
    path = tmp_path / "center-h5.toml"
    path.write_text(CENTER, encoding="utf-8")
    return path


def test_center_protocol_overrides_disables_and_adds(center_file: Path) -> None:
    base, center = load_protocol("ash-2024"), load_protocol(str(center_file))
    assert center.id == "center-h5" and center.extends == "ash-2024"
    abx = center.item("ABX-PPX")
    assert abx is not None and abx.rule.when is not None
    assert abx.rule.when.text == "anc < 0.5 and day <= 30"
    assert abx.rule.drug == "Ciprofloxacin 500 mg BID"
    assert abx.change_reason == "Local resistance data favour ciprofloxacin."
    assert abx.inherited_from is None
    base_abx = base.item("ABX-PPX")
    assert base_abx is not None and abx.rule.why == base_abx.rule.why  # not overridden: kept
    assert center.item("AF-YEAST") is None
    assert center.disabled["AF-YEAST"] == "Low invasive fungal disease rate locally."
    call = center.item("LOCAL-CALL")
    assert call is not None and call.rule.sources == ("LOCAL-SOP",)
    assert call.rule.frequency.kind == "every" and call.rule.frequency.days == 7
    untouched = center.item("HSV-VZV")
    assert untouched is not None and untouched.inherited_from == "ash-2024"
    assert {i.id for i in center.items} == {i.id for i in base.items} - {"AF-YEAST"} | {"LOCAL-CALL"}


def test_center_protocol_passes_check_and_diff_lists_the_changes(center_file: Path) -> None:
    assert bedside("protocol", "check", str(center_file)).returncode == 0
    result = bedside("protocol", "diff", "ash-2024", str(center_file))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("~ ABX-PPX") for line in lines)
    assert any(line.startswith("- AF-YEAST") for line in lines)
    assert any(line.startswith("+ LOCAL-CALL") for line in lines)
    assert not any(line.startswith(("~ HSV-VZV", "- HSV-VZV", "+ HSV-VZV")) for line in lines)


def test_a_local_source_key_is_not_known_to_other_files(tmp_path: Path) -> None:
    text = HEADER + ITEM.replace('sources = ["ASH24"]', 'sources = ["LOCAL-SOP"]')
    err = refused(tmp_path, text)
    assert err.field == "sources" and "LOCAL-SOP" in str(err)


# --- the condition language ------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["anc <", "__import__('os')", "anc >> 1", "", "anc < 0.5 and", "(anc < 1"])
def test_conditions_that_do_not_parse(text: str) -> None:
    with pytest.raises(ExpressionError):
        parse(text, FACT_NAMES)


def test_unknown_fact_is_a_parse_error() -> None:
    with pytest.raises(ExpressionError, match="ancc"):
        parse("ancc < 0.5", FACT_NAMES)


@pytest.mark.parametrize(
    ("text", "facts", "expected"),
    [
        ("anc < 0.5 and day > 0", {"anc": None, "day": -1}, False),  # unknown and false
        ("anc < 0.5 and day > 0", {"anc": None, "day": 1}, None),  # unknown and true
        ("anc < 0.5 or day > 0", {"anc": None, "day": 1}, True),  # unknown or true
        ("anc < 0.5 or day > 0", {"anc": None, "day": -1}, None),  # unknown or false
        ("not anc < 0.5", {"anc": None}, None),
        ("cd4 == null", {"cd4": None}, True),
        ("cd4 == null", {"cd4": 150}, False),
        ("cd4 != null", {"cd4": None}, False),
        ("cd4 > 200", {"cd4": None}, None),
        ('target in ["BCMA", "CD19"]', {"target": "BCMA"}, True),
        ('target == "BCMA" or igg < 400', {"target": "CD19", "igg": 380}, True),
        ("anc < 0.5", {"anc": 0.5}, False),
    ],
)
def test_three_valued_logic(text: str, facts: dict[str, object], expected: bool | None) -> None:
    assert parse(text, FACT_NAMES).evaluate(facts) is expected  # type: ignore[arg-type]

"""A centre's lab-file mapping (TOML, resources/lab-mappings/): how its laboratory names columns, tests and units.

Configured once per centre; every name in it is checked when it is loaded, so a typo is named, never guessed.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from bedside.domain.errors import BedsideError
from bedside.domain.units import LAB_TESTS

FORMATS = ("csv", "hl7v2")
COLUMNS = ("mrn", "test", "value", "unit", "taken")
MAX_BYTES = 1_000_000


@dataclass(frozen=True, slots=True)
class LabMapping:
    name: str
    format: str  # csv or hl7v2
    tests: dict[str, str]  # the laboratory's test code -> Bedside test id
    units: dict[str, str]  # the laboratory's unit text -> Bedside unit (a unit Bedside knows maps to itself)
    columns: dict[str, str]  # csv: Bedside field -> column heading
    delimiter: str = ","
    decimal_comma: bool = False
    date_format: str = "%Y-%m-%d %H:%M"  # strptime; without %H the result has a date only
    encoding: str = "utf-8-sig"


def mappings_folder() -> Path:
    return Path(str(resources.files("resources") / "lab-mappings"))


def shipped_mappings() -> list[str]:
    return sorted(p.stem for p in mappings_folder().glob("*.toml"))


def load_mapping(name: str) -> LabMapping:
    """A shipped mapping by name, or a .toml file by path."""
    path = Path(name) if name.endswith(".toml") else mappings_folder() / f"{name}.toml"
    if not path.is_file():
        known = ", ".join(shipped_mappings())
        raise BedsideError(f'--mapping: no lab mapping "{name}" (shipped: {known}; or give a .toml file)')
    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        raise BedsideError(f"{path}: a lab mapping is at most 1 MB")
    try:
        document = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise BedsideError(f"{path}: not a valid TOML file: {err}") from None
    return _check(path, document)


def _check(path: Path, doc: dict[str, Any]) -> LabMapping:
    def fail(where: str, message: str) -> BedsideError:
        return BedsideError(f"{path}: {where}: {message}")

    unknown = set(doc) - {"mapping", "csv", "tests", "units"}
    if unknown:
        raise fail(sorted(unknown)[0], "unknown section (use mapping, csv, tests, units)")
    head = _table(doc, "mapping", fail)
    fmt = head.get("format")
    if fmt not in FORMATS:
        raise fail("mapping.format", f"must be one of {', '.join(FORMATS)}, not {fmt!r}")
    tests = {str(k): v for k, v in _table(doc, "tests", fail).items()}
    for code, test in tests.items():
        if test not in LAB_TESTS:
            raise fail(f"tests.{code}", f"must be a Bedside test ({', '.join(LAB_TESTS)}), not {test!r}")
    known_units = {u for t in LAB_TESTS.values() for u in t.factors}
    units = {str(k): v for k, v in _table(doc, "units", fail, required=False).items()}
    for text, unit in units.items():
        if unit not in known_units:
            raise fail(
                f"units.{text}", f"must be a unit Bedside knows ({', '.join(sorted(known_units))}), not {unit!r}"
            )
    mapping = LabMapping(str(head.get("name", path.stem)), fmt, tests, units, {})
    if fmt == "hl7v2":
        return mapping
    csv = _table(doc, "csv", fail)
    columns = _table(csv, "columns", fail, where="csv.columns")
    missing = [c for c in COLUMNS if not isinstance(columns.get(c), str)]
    if missing:
        raise fail("csv.columns", f"needs a column heading for {', '.join(missing)}")
    delimiter = csv.get("delimiter", ",")
    if not (isinstance(delimiter, str) and len(delimiter) == 1):
        raise fail("csv.delimiter", f"must be one character, not {delimiter!r}")
    return LabMapping(
        mapping.name,
        fmt,
        tests,
        units,
        {c: columns[c] for c in COLUMNS},
        delimiter,
        bool(csv.get("decimal_comma", False)),
        str(csv.get("date_format", "%Y-%m-%d %H:%M")),
        str(csv.get("encoding", "utf-8-sig")),
    )


def _table(doc: dict[str, Any], key: str, fail: Any, *, required: bool = True, where: str = "") -> dict[str, Any]:
    value = doc.get(key, None if required else {})
    if not isinstance(value, dict):
        raise fail(where or key, "a table is missing" if value is None else "must be a table")
    return value

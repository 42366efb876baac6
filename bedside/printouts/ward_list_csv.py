"""The ward list as a CSV file for a coordinator's spreadsheet: the board's rows, safe to open in Excel.

A cell a spreadsheet would read as a formula (starting with = + - @, tab, CR or NUL) gets a leading
apostrophe, so a patient named =HYPERLINK(...) stays text (docs/reliability.md, decision 7). The file is
written under a temporary name and renamed, so a failure never leaves half a list; it is recorded in
the audit trail like a print (which ward, how many patients, never their data).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bedside.views.board import BoardRow

HEADER = ("Ward", "Bed", "Name", "MRN", "Product", "Day", "Overdue", "Due")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")


@dataclass(frozen=True, slots=True)
class WardListFile:
    path: Path
    patients: int


def neutralise(cell: str) -> str:
    """A cell Excel or LibreOffice would run as a formula, prefixed with ' so it shows as the text it is."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def day_text(day: int) -> str:
    # "day +3" / "day -2" as the handover says it: a bare "-2" would be a formula start and get a '.
    return f"day {day:+d}"


def table(rows: list[BoardRow]) -> list[list[str]]:
    """The list as cells, header first, every cell neutralised: what the file holds."""
    body = [[r.ward, r.bed, r.name, r.mrn, r.product, day_text(r.day), str(r.overdue), str(r.due)] for r in rows]
    return [list(HEADER), *([neutralise(cell) for cell in row] for row in body)]


def csv_bytes(cells: list[list[str]]) -> bytes:
    """UTF-8 with a byte-order mark (Excel reads Øster as Øster only with it), CRLF lines, fields quoted as needed."""
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(cells)
    return out.getvalue().encode("utf-8-sig")


def default_file_name(on: date, ward: str | None = None) -> str:
    """ward-list-2026-11-21.csv, or ward-list-H5-2026-11-21.csv: never a patient's data."""
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in ward) if ward else ""
    return "-".join(part for part in ("ward-list", safe, on.isoformat()) if part) + ".csv"

"""Read a lab file into raw results: what the file says, as text, with where it says it.

Nothing is interpreted here beyond the file's own syntax; bedside/interop/labs/preview.py decides.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime

from bedside.domain.errors import BedsideError
from bedside.interop.labs.mapping import LabMapping

MAX_FILE_BYTES = 20_000_000


@dataclass(frozen=True, slots=True)
class RawResult:
    where: str  # "line 4", "message 2, OBX 3": what a nurse looks for in the file
    mrn: str
    code: str  # the laboratory's test code
    value: str
    unit: str
    taken: datetime | date | None  # None: the file gave no usable time; `problem` says why
    problem: str | None = None  # a row that cannot be read at all


def read_results(data: bytes, mapping: LabMapping, source: str) -> list[RawResult]:
    if len(data) > MAX_FILE_BYTES:
        raise BedsideError(f"{source}: a lab file is at most 20 MB")
    if mapping.format == "hl7v2":
        return _hl7(data, mapping, source)
    return _csv(data, mapping, source)


def _csv(data: bytes, mapping: LabMapping, source: str) -> list[RawResult]:
    try:
        text = data.decode(mapping.encoding)
    except (UnicodeDecodeError, LookupError):
        raise BedsideError(f"{source}: the file is not {mapping.encoding} text (the mapping's encoding)") from None
    try:
        return _csv_rows(text, mapping, source)
    except csv.Error as err:  # a NUL byte, an unterminated quote at the end, a cell beyond the csv module's limit
        raise BedsideError(f"{source}: not a readable CSV file: {err}") from None


def _csv_rows(text: str, mapping: LabMapping, source: str) -> list[RawResult]:
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=mapping.delimiter, strict=True)
    header = next(rows, None)
    if header is None:
        raise BedsideError(f"{source}: the file is empty")
    header = [h.strip() for h in header]
    missing = [h for h in mapping.columns.values() if h not in header]
    if missing:
        raise BedsideError(f'{source}: line 1: no column "{missing[0]}" (the mapping "{mapping.name}" needs it)')
    at = {field: header.index(heading) for field, heading in mapping.columns.items()}
    results = []
    for row in rows:
        if not any(cell.strip() for cell in row):
            continue  # a blank line at the end of an export
        cells = {f: row[i].strip() if i < len(row) else "" for f, i in at.items()}
        taken, problem = _parse_time(cells["taken"], mapping.date_format)
        value = cells["value"].replace(",", ".") if mapping.decimal_comma else cells["value"]
        results.append(
            RawResult(f"line {rows.line_num}", cells["mrn"], cells["test"], value, cells["unit"], taken, problem)
        )
    return results


def _parse_time(text: str, fmt: str) -> tuple[datetime | date | None, str | None]:
    try:
        moment = datetime.strptime(text, fmt)
    except ValueError:
        return None, f'time taken "{text}" does not match the mapping\'s date format {fmt}'
    return (moment if "%H" in fmt else moment.date()), None


def _hl7(data: bytes, mapping: LabMapping, source: str) -> list[RawResult]:
    import hl7

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")  # HL7 v2 default character set (MSH-18 empty) is ASCII; Latin-1 reads any byte
    # One segment per line whatever the line ends (files are often saved with \n), no empty segments, no MLLP framing.
    text = re.sub(r"[\r\n]+", "\r", text).strip("\r\x0b\x1c")
    messages = [m for m in hl7.split_file(text) if m.strip()] if text.startswith(("MSH", "FHS", "BHS")) else []
    if not messages:
        raise BedsideError(f"{source}: not an HL7 v2 message file (it must start with MSH)")
    results: list[RawResult] = []
    for m_index, raw in enumerate(messages, start=1):
        try:
            message = hl7.parse(raw)
            msh = message.segment("MSH")
        except (hl7.ParseException, AssertionError, IndexError, KeyError, ValueError) as err:  # the parser's ways
            detail = str(err) or "the parser cannot read it"
            raise BedsideError(f"{source}: message {m_index}: not a valid HL7 v2 message: {detail}") from None
        kind = _field(msh, 9, 1, 1) + "^" + _field(msh, 9, 1, 2)
        if kind != "ORU^R01":
            raise BedsideError(f"{source}: message {m_index}: MSH-9 is {kind}, not ORU^R01 (a result message)")
        results += _hl7_results(message, m_index)
    return results


def _hl7_results(message: object, m_index: int) -> list[RawResult]:
    import hl7

    assert isinstance(message, hl7.Message)
    results = []
    mrn, fallback_time = "", ""
    obx_number = 0
    for segment in message:
        name = str(segment[0])
        if name == "PID":
            mrn = _mrn(segment)
        elif name == "OBR":
            fallback_time = _field(segment, 7)
        elif name == "OBX":
            obx_number += 1
            where = f"message {m_index}, OBX {obx_number}"
            code, value, unit = _field(segment, 3), _field(segment, 5), _field(segment, 6)
            status, kind = _field(segment, 11), _field(segment, 2)
            stamp = _field(segment, 14) or fallback_time
            taken, problem = _hl7_time(stamp)
            if status not in ("F", "C"):
                problem = f"result status OBX-11 is {status or 'empty'}, not F (final) or C (corrected)"
            elif kind not in ("NM", "SN", ""):
                problem = f"value type OBX-2 is {kind}, not NM (a number)"
            results.append(RawResult(where, mrn, code, value, unit, taken, problem))
    return results


def _mrn(pid: object) -> str:
    """PID-3: the repetition whose identifier type (CX-5) is MR, else the first."""
    for repeat in range(1, 20):
        identifier = _field(pid, 3, repeat)
        if not identifier:
            break
        if _field(pid, 3, repeat, 5) == "MR":
            return identifier
    return _field(pid, 3)


def _field(segment: object, field: int, repeat: int = 1, component: int = 1) -> str:
    """One component as text; "" where the segment does not have it (the parser raises IndexError)."""
    try:
        return str(segment.extract_field(field_num=field, repeat_num=repeat, component_num=component))  # type: ignore[attr-defined]
    except IndexError:
        return ""


def _hl7_time(stamp: str) -> tuple[datetime | date | None, str | None]:
    """An HL7 DTM (YYYYMMDD[HHMM[SS]][+ZZZZ]); the offset is dropped: the laboratory stamps local time."""
    digits = stamp.split("+")[0].split("-")[0].split(".")[0]
    try:
        if len(digits) == 8:
            return datetime.strptime(digits, "%Y%m%d").date(), None
        if len(digits) in (12, 14):
            return datetime.strptime(digits[:12], "%Y%m%d%H%M"), None
    except ValueError:
        pass
    return None, f'time taken "{stamp}" is not an HL7 date and time (YYYYMMDDHHMM)'

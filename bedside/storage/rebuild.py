"""Rebuild the patients and their entries from the audit trail alone, and compare with the tables.

Issue 14 part 5 (docs/audit-trail.md, "Rebuilding the state"). The chain proves the events were not
changed; this shows the tables say what the events say: a row edited, added or deleted outside Bedside
(a lab value changed, a tick removed, a void taken back) differs from the rebuild and is named.

What is rebuilt, per MRN: the patient's row (identity, therapy, history, serology, protocol pin, stay) and
every entry of the six dated tables with its void state (voided or not, and the reason), compared as a
multiset (an import's rows carry no ids in its event). Users, settings and severity choices are not.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from bedside.domain.errors import BedsideError
from bedside.patient_file.demo import DEMO_WARD
from bedside.patient_file.format import parse_document
from bedside.storage import entries, records

# The columns of each table that an entry's event holds (records.entry_row), compared with the rebuild.
ENTRY_COLUMNS = {
    "labs": ("date", "time", "test", "value", "unit", "internal_value"),
    "observations": ("date", "time", "type", "value", "unit"),
    "treatments": ("type", "drug", "date", "start", "end", "ongoing", "dose", "dose_unit", "indication"),
    "infections": ("date", "site", "pathogen", "serious", "pathogen_group"),
    "vaccinations": ("date", "vaccine"),
    "checks": ("item", "due", "status", "by", "at", "reason"),
}


@dataclass
class _Entry:
    table: str
    content: dict[str, Any]
    row_id: int | None = None
    void_reason: str | None = None  # None: not voided


@dataclass
class _Patient:
    header: dict[str, Any]  # the document's patient, therapy, history, serology and protocol sections
    stay: str = "active"
    entries: list[_Entry] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Rebuilt:
    events: int
    patients: int
    entries: int
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


HEADER = ("patient", "therapy", "history", "serology", "protocol")
MAX_PROBLEMS = 20  # a badly edited file would list thousands: the first ones say where to look


COLUMNS = "seq, action, entity, entity_id, mrn, old_value, new_value, reason"


def rebuild_and_compare(db: Database) -> Rebuilt:
    """Replay the events patient by patient (memory stays one patient's), comparing each with the tables."""
    shared = db.execute(
        f"SELECT {COLUMNS} FROM events WHERE mrn IS NULL AND action IN ('labs.import', 'demo.remove') ORDER BY seq"
    ).fetchall()
    touched: dict[int, set[str]] = {}  # a lab file's event: the MRNs it saved results for
    for row in shared:
        if row[1] == "labs.import":
            touched[row[0]] = {str(saved["mrn"]) for saved in json.loads(row[6])["saved"]}
    stored = _stored_patients(db)
    mrns = {str(r[0]) for r in db.execute("SELECT DISTINCT mrn FROM events WHERE mrn IS NOT NULL")}
    mrns |= set(stored).union(*touched.values())
    problems: list[str] = []
    patients = entries_count = 0
    for mrn in sorted(mrns):
        own = db.execute(f"SELECT {COLUMNS} FROM events WHERE mrn = ? ORDER BY seq", [mrn]).fetchall()
        theirs = [r for r in shared if r[1] == "demo.remove" or mrn in touched.get(r[0], ())]
        model: dict[str, _Patient] = {}
        event: tuple[Any, ...] = (0, "")
        try:
            for event in sorted(own + theirs):
                _seq, action, entity, entity_id, _mrn, old_text, new_text, reason = event
                old = None if old_text is None else json.loads(old_text)
                new = None if new_text is None else json.loads(new_text)
                _apply(model, mrn, action, entity, entity_id, old, new, reason)
        except (KeyError, TypeError, ValueError, StopIteration, BedsideError) as err:
            why = f"{type(err).__name__} {err}"
            problems.append(f"patient {mrn}: event #{event[0]} ({event[1]}) cannot be replayed: {why}")
            continue
        rebuilt = model.get(mrn)
        patients += rebuilt is not None
        entries_count += len(rebuilt.entries) if rebuilt is not None else 0
        problems += _compare_one(db, mrn, rebuilt, stored.get(mrn))
        if len(problems) >= MAX_PROBLEMS:
            break
    count = int(db.execute("SELECT count(*) FROM events").fetchone()[0])
    return Rebuilt(count, patients, entries_count, tuple(problems[:MAX_PROBLEMS]))


# --- replaying ---------------------------------------------------------------------------------------------------
def _apply(
    model: dict[str, _Patient],
    mrn: str,
    action: str,
    entity: str,
    entity_id: str | None,
    old: Any,
    new: Any,
    reason: str | None,
) -> None:
    """One event onto the model of the patient `mrn` (the only key the model ever has)."""
    verb = action.rpartition(".")[2]
    if action == "patient.import":
        model[mrn] = _from_document(new)
    elif action == "patient.replace":
        _replace(model[mrn], new)
    elif action == "patient.edit":
        model[mrn].header.update(new)
    elif action == "protocol.move":
        model[mrn].header["protocol"] = new
    elif action in ("patient.discharge", "patient.readmit", "patient.archive"):
        model[mrn].stay = str(new)
    elif action == "demo.remove":
        if mrn in model and model[mrn].header["patient"].get("ward") == DEMO_WARD:
            del model[mrn]
    elif action == "labs.import":
        for saved in (s for s in new["saved"] if s["mrn"] == mrn):
            content = {k: v for k, v in saved.items() if k not in ("mrn", "lab")}
            model[mrn].entries.append(_Entry("labs", content, int(saved["lab"])))
    elif entity in entries.TABLES and verb == "add":
        model[mrn].entries.append(_Entry(entries.TABLES[entity], new, int(str(entity_id))))
    elif entity in entries.TABLES and verb == "void":
        _void(model[mrn], entries.TABLES[entity], int(str(entity_id)), old, str(reason))


def _from_document(document: dict[str, Any]) -> _Patient:
    record = parse_document(document)
    found = _Patient({k: document[k] for k in HEADER if k in document})
    for entry in records.all_entries(record):
        table, content = records.entry_row(entry)
        found.entries.append(_Entry(table, content))
    for item in record.voided:
        table, content = records.entry_row(item.entry)
        found.entries.append(_Entry(table, content, void_reason=item.reason))
    return found


def _void(patient: _Patient, table: str, row_id: int, old: dict[str, Any], reason: str) -> None:
    """By row id when the row's own event gave it; else (an imported row) the first live row with its content."""
    live = [e for e in patient.entries if e.table == table and e.void_reason is None]
    match = next((e for e in live if e.row_id == row_id), None)
    if match is None:
        match = next(e for e in live if e.row_id is None and _same(e.content, old))
        match.row_id = row_id
    match.void_reason = reason


def _replace(patient: _Patient, document: dict[str, Any]) -> None:
    """As bedside/storage/entries.replace_all: the live rows the file repeats in order are kept, the other
    live rows voided, and the file's remaining entries added."""
    new = _from_document(document)
    patient.header = new.header
    for table in records.DATA_TABLES:
        wanted = [e.content for e in new.entries if e.table == table and e.void_reason is None]
        live = [e for e in patient.entries if e.table == table and e.void_reason is None]
        kept = 0
        for content in wanted:
            at = next((k for k in range(kept, len(live)) if _same(live[k].content, content)), None)
            if at is None:
                break
            for skipped in live[kept:at]:
                skipped.void_reason = entries.REPLACED
            kept = at + 1
        for rest in live[kept:]:
            rest.void_reason = entries.REPLACED
        done = sum(1 for e in live if e.void_reason is None)
        patient.entries += [_Entry(table, c) for c in wanted[done:]]
    existing = Counter(_key(e) for e in patient.entries if e.void_reason is not None)
    for voided in (e for e in new.entries if e.void_reason is not None):
        if existing[_key(voided)] > 0:
            existing[_key(voided)] -= 1  # already stored exactly so: not stored twice
        else:
            patient.entries.append(voided)


# --- comparing ---------------------------------------------------------------------------------------------------
def _stored_patients(db: Database) -> dict[str, dict[str, Any]]:
    cursor = db.execute("SELECT * FROM patients ORDER BY id")
    names = [c[0] for c in cursor.description]
    return {row["mrn"]: row for row in (dict(zip(names, r, strict=True)) for r in cursor.fetchall())}


def _compare_one(db: Database, mrn: str, rebuilt: _Patient | None, row: dict[str, Any] | None) -> list[str]:
    if rebuilt is not None and row is None:
        return [f"patient {mrn}: in the audit trail, missing from the patients table"]
    if rebuilt is None and row is not None:
        return [f"patient {mrn}: in the patients table, never imported according to the audit trail"]
    if rebuilt is None or row is None:
        return []  # only mentioned (a print), or imported and removed with the DEMO ward
    return _compare_patient(db, mrn, rebuilt, row)


def _compare_patient(db: Database, mrn: str, patient: _Patient, row: dict[str, Any]) -> list[str]:
    problems = []
    document = {**patient.header, "format": "bedside-patient/1"}
    expected = records.patient_row(parse_document(document))
    for column, value in expected.items():
        if column != "present_sections" and _norm(row[column]) != _norm(value):
            problems.append(f"patient {mrn}: {column} is {row[column]!r}, the audit trail says {value!r}")
    if row["stay"] != patient.stay:
        problems.append(f"patient {mrn}: stay is {row['stay']!r}, the audit trail says {patient.stay!r}")
    for table in records.DATA_TABLES:
        want = Counter(_key(e) for e in patient.entries if e.table == table)
        have = Counter(_row_key(table, r) for r in _rows(db, table, int(row["id"])))
        for key in sorted(set(want) | set(have)):
            if want[key] != have[key]:
                what = "voided, " + str(key[2]) if key[1] else "live"
                problems.append(
                    f"patient {mrn}: {table} {what} {key[0]}: {have[key]} in the table, "
                    f"{want[key]} according to the audit trail"
                )
    return problems


def _rows(db: Database, table: str, patient_id: int) -> list[dict[str, Any]]:
    cursor = db.execute(f"SELECT * FROM {table} WHERE patient_id = ?", [patient_id])  # table from DATA_TABLES
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]


def _row_key(table: str, row: dict[str, Any]) -> tuple[str, bool, str | None]:
    content = {c: row[c] for c in ENTRY_COLUMNS[table]}
    return (_text(content), row["voided_at"] is not None, row["void_reason"])


def _key(entry: _Entry) -> tuple[str, bool, str | None]:
    return (_text(entry.content), entry.void_reason is not None, entry.void_reason)


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return _text(a) == _text(b)


def _text(content: dict[str, Any]) -> str:
    return json.dumps({k: _norm(v) for k, v in content.items() if v is not None}, sort_keys=True)


def _norm(value: Any) -> Any:
    if isinstance(value, bool | int | float):
        return float(value)  # 121 and 121.0 (and true and 1) are the same value in SQLite's columns
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)  # a JSON column (infusion dates, history) compared by value
        except ValueError:
            return value
    return value

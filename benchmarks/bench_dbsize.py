"""Database size for 10,000 patients with two years of ward use each, and how long the app takes to open it.

Run: .venv/bin/python benchmarks/bench_dbsize.py [--patients 10000] [--keep PATH]
(about 10 minutes and 4-5 GB of temporary disk for 10,000 patients on the 2-core machine)

What each patient holds, entered one at a time as the ward would, each with its own audit event:
- labs and observations from benchmarks/synthetic.py: 730 days; ANC, platelets and haemoglobin daily for the first
  month, then weekly; CRP and ferritin in the first week; IgG and CD4 monthly; a temperature every day;
- a steroid course for one patient in three;
- ticks: every item the engine (ash-2024) shows as due, ticked done on each ward day (day -6 to +29), then at
  clinic visits (weekly to day +100, monthly to +365, then every 90 days).
How it is built: 16 template patients go through the real storage code (Store.import_record, then
bedside.storage.entries.add for each entry, the function Store.add_entry and record_check use). Patient n is
template n % 16, copied row for row with its own id, MRN, row ids, and the audit chain recomputed with
bedside.storage.audit's own hash. Rows and events are therefore the size they are in use; only the build is fast.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bedside.domain.patient import Check, PatientRecord
from bedside.engine.core import schedule
from bedside.protocol.loader import load_protocol
from bedside.services.database import open_database
from bedside.storage import audit, audit_key, entries, health
from bedside.storage.connection import write_transaction
from bedside.storage.records import DATA_TABLES
from benchmarks.synthetic import synthetic_record
from benchmarks.ward_db import TODAY

TEMPLATES = 16
DAYS = 730
DAY0 = TODAY - timedelta(days=DAYS - 1)  # every patient's data runs up to today
BATCH = 250  # patients per transaction while copying


def ward_day(day: int) -> bool:
    """Days the ward ticks a patient's list: every day around the infusion, then clinic visits."""
    if day < 30:
        return True
    if day <= 100:
        return day % 7 == 0
    if day <= 365:
        return day % 30 == 0
    return day % 90 == 0


def ticks(record: PatientRecord) -> list[Check]:
    days = schedule(load_protocol("ash-2024"), record, DAY0 - timedelta(days=6), DAY0 + timedelta(days=DAYS - 1))
    return [
        Check(item=item.id, due=day.date, status="done", by="BN", at=f"{day.date.isoformat()}T09:00:00Z")
        for day in days
        if ward_day(day.day)
        for item in day.items
        if item.status == "due"
    ]


@dataclass
class Template:
    mrn: str
    patient: dict[str, Any]
    data: dict[str, list[dict[str, Any]]]
    events: list[dict[str, Any]]


def rows(db: sqlite3.Connection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]


def build_templates(folder: Path) -> tuple[list[Template], list[dict[str, Any]]]:
    store = open_database(folder / "templates.sqlite3")
    store._db.execute("PRAGMA synchronous = OFF")  # build speed only; the rows are the same
    actor = audit.Actor("BN", "ward-pc-01")
    try:
        for n in range(TEMPLATES):
            record = synthetic_record(n, DAY0, days=DAYS)
            typed = [*record.labs, *record.observations, *record.treatments, *ticks(record)]
            pid = store.import_record(replace(record, labs=(), observations=(), treatments=()), actor)
            with write_transaction(store._db):
                for entry in typed:
                    entries.add(store._db, pid, record.mrn, entry, actor)
        conn = store._db.conn
        templates = []
        for patient in rows(conn, "SELECT * FROM patients ORDER BY id", []):
            data = {
                t: rows(conn, f"SELECT * FROM {t} WHERE patient_id = ? ORDER BY id", [patient["id"]])
                for t in DATA_TABLES
            }
            events = rows(conn, "SELECT * FROM events WHERE mrn = ? ORDER BY seq", [patient["mrn"]])
            templates.append(Template(patient["mrn"], patient, data, events))
        snapshots = rows(conn, "SELECT * FROM protocol_snapshots", [])
    finally:
        store.close()
    return templates, snapshots


def insert(conn: sqlite3.Connection, table: str, batch: list[dict[str, Any]]) -> None:
    if batch:
        names = list(batch[0])
        sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
        conn.executemany(sql, [[r[n] for n in names] for r in batch])


def copy_ward(path: Path, templates: list[Template], snapshots: list[dict[str, Any]], patients: int) -> None:
    store = open_database(path)
    store._db.execute("PRAGMA synchronous = OFF")
    conn = store._db.conn
    next_id = dict.fromkeys(DATA_TABLES, 1)
    key = audit_key.key_for(store._db)
    seq, prev_hash = 0, audit.GENESIS
    try:
        with write_transaction(store._db):
            insert(conn, "protocol_snapshots", snapshots)
        for first in range(0, patients, BATCH):
            batch: dict[str, list[dict[str, Any]]] = {t: [] for t in ("patients", *DATA_TABLES, "events")}
            for n in range(first, min(first + BATCH, patients)):
                template = templates[n % len(templates)]
                mrn = f"{template.mrn[:-5]}{n:05d}"  # same length as the template's
                batch["patients"].append({**template.patient, "id": n + 1, "mrn": mrn})
                new_ids: dict[tuple[str, str], str] = {("patient", str(template.patient["id"])): str(n + 1)}
                for table in DATA_TABLES:
                    for row in template.data[table]:
                        new_ids[(entries.ENTITIES[table], str(row["id"]))] = str(next_id[table])
                        batch[table].append({**row, "id": next_id[table], "patient_id": n + 1})
                        next_id[table] += 1
                for event in template.events:
                    seq += 1
                    new = event["new_value"]
                    row = {
                        **event,
                        "seq": seq,
                        "mrn": mrn,
                        "entity_id": new_ids[(event["entity"], event["entity_id"])],
                        "new_value": new.replace(template.mrn, mrn) if new else new,
                        "prev_hash": prev_hash if event["prev_hash"] else "",  # compact rows (schema 10) keep ""
                    }
                    row["hash"] = prev_hash = audit._digest(prev_hash, row)
                    if row.get("mac") is not None and key is not None:  # marked with this database's own key
                        row["mac"] = key.mark(row["hash"])
                    batch["events"].append(row)
            with write_transaction(store._db):
                for table, table_rows in batch.items():
                    insert(conn, table, table_rows)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="keep the database at this path (default: deleted)")
    parser.add_argument("--verify", action="store_true", help="also verify the whole audit chain (slow)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        templates, snapshots = build_templates(folder)
        built_templates = time.perf_counter() - start
        path = folder / "ward.sqlite3"
        copy_ward(path, templates, snapshots, args.patients)
        build = time.perf_counter() - start
        size = path.stat().st_size

        conn = sqlite3.connect(path)
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in (*DATA_TABLES, "events")}
        by_table: dict[str, int] = {}
        for _index, table, pages in conn.execute(
            "SELECT s.name, coalesce(m.tbl_name, s.name), sum(s.pgsize) FROM dbstat s "
            "LEFT JOIN sqlite_master m ON m.name = s.name GROUP BY s.name"
        ):
            by_table[table] = by_table.get(table, 0) + pages
        conn.close()

        start = time.perf_counter()
        health.check_at_start(path)  # the bounded check a start makes on a large file (docs/start-check.md)
        start_check = time.perf_counter() - start
        start = time.perf_counter()
        health.check_sound(path)  # the whole quick_check, which the window then runs in a thread
        full_check = time.perf_counter() - start
        key = open_database(path)  # the first start makes the audit key (once): not what every start costs
        key.close()
        start = time.perf_counter()
        store = open_database(path)  # what every start of the app does first (start check, migrations)
        opened = time.perf_counter() - start
        last = store.load_record(f"{templates[(args.patients - 1) % TEMPLATES].mrn[:-5]}{args.patients - 1:05d}")
        if args.verify:
            report = store.verify_audit()
            assert report.ok, report
            print(f"audit chain verified: {report.rows:,} events")
        store.close()
        if args.keep:
            shutil.move(str(path), args.keep)

    per_patient = {t: c / args.patients for t, c in counts.items() if c}
    print(f"{args.patients:,} patients, {DAYS} days of data each, every entry and tick with its audit event:")
    print("  per patient: " + ", ".join(f"{c:.3g} {t}" for t, c in per_patient.items()))
    print(f"  database: {size / 1e6:,.0f} MB, {size / args.patients / 1e3:.0f} KB per patient")
    print(
        "  by table (with its indexes): "
        + ", ".join(f"{t} {b / 1e6:,.0f} MB" for t, b in sorted(by_table.items(), key=lambda kv: -kv[1])[:6])
    )
    print(
        f"  built in {build:.0f} s ({built_templates:.0f} s for the {TEMPLATES} templates through Store, "
        "the rest copying)"
    )
    print(
        f"  Store.open on it (as every app start): {opened:.3f} s, of which the start check {start_check:.3f} s; "
        f"the whole quick_check (in the background): {full_check:.1f} s; last patient has {len(last.labs)} labs"
    )
    print("  command: .venv/bin/python benchmarks/bench_dbsize.py")


if __name__ == "__main__":
    main()

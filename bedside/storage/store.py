"""The Store: every read and write of Bedside data goes through here, and every change is audited."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from dataclasses import replace as replace_fields
from datetime import date
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from bedside.config.db_address import is_server_url, refuse_server_url, shown
from bedside.domain.errors import BedsideError, NotFoundError, StorageError
from bedside.domain.patient import CHECK_STATUSES, Check, Lab, PatientRecord, ProtocolPin
from bedside.patient_file.export import to_document
from bedside.protocol.model import Protocol
from bedside.storage import (
    access,
    audit,
    entries,
    health,
    importing,
    lab_files,
    open_lock,
    opening,
    protocols,
    records,
    restore_intent,
    sealing,
)
from bedside.storage.access import User
from bedside.storage.audit import Actor, ChainReport, Event
from bedside.storage.connection import connect, is_read_only, writable, write_transaction
from bedside.storage.location import make_private
from bedside.storage.store_users import UserMethods
from bedside.storage.store_ward import WardMethods

DefaultProtocol = Callable[[], Protocol]  # a record without a pin gets this one (lazy: loading takes time)


@dataclass(frozen=True, slots=True)
class PatientSummary:
    """One row of the ward board."""

    mrn: str
    name: str
    ward: str | None
    bed: str | None
    product: str
    day0: date
    demo: bool


class Store(UserMethods, WardMethods):
    """One open database file. Not shared between threads. Open it with storage.open()."""

    def __init__(self, db: Database, path: str, default_protocol: DefaultProtocol | None = None) -> None:
        self._db = db
        self._default_protocol = default_protocol  # the caller's choice for a record without a pin (services)
        self.path = path
        self.read_only = is_read_only(db)  # a file this workstation cannot write: every save is refused
        self.restore_note: str | None = None  # what this start did about an interrupted restore
        self.full_check_owed = False  # a large file was checked in part at start: its full check runs after
        # Parsed pinned protocols: a stored (id, version) never changes (a changed text is refused).
        self._protocols: dict[tuple[str, str], Protocol] = {}
        self._verified: tuple[tuple[int, int], ChainReport] | None = None  # verified_audit()'s last answer
        self._listeners = {}  # wait_for_change's connections on a ward server, one per waiting thread

    @classmethod
    def _open(cls, path: Path | str, default_protocol: DefaultProtocol | None = None) -> Store:
        """Open a database for storage.open() (the only opener): refuse a newer schema, upgrade an older one
        (copied aside first).

        Under the file's open lock (a restore never swaps it meanwhile; two first starts take turns), and
        after finishing or undoing a restore a kill interrupted, which `restore_note` then names."""
        if is_server_url(path):
            return cls._open_server(str(path), default_protocol)
        refuse_server_url(path)  # never a folder named "postgresql:" (bedside/config/db_address.py)
        if str(path) == ":memory:" or not writable(str(path)):
            return cls.open_held(
                path, default_protocol
            )  # a read-only file: nothing can swap it, and no lock file can be made
        make_private(path)  # the folder first, so even the very first two starts share one lock file
        with open_lock.held(path):
            recovered = restore_intent.recover(Path(path))
            restore_intent.remove_left_copies(Path(path))  # a killed restore's copy: no restore holds it now
            store = cls.open_held(path, default_protocol)
        if recovered is not None:
            store.restore_note = recovered.message
            action = "backup.restored" if recovered.swapped else "backup.restore_undone"
            new = {"backup": recovered.backup, "backup_audit_head": recovered.head, "set_aside": recovered.aside}
            newest = store.events(limit=1)
            recorded = newest and (newest[0].action, newest[0].entity_id) == (action, recovered.backup)
            if not recorded:  # killed after its record and before the plan was removed: recorded once
                with write_transaction(store._db):
                    audit.append(store._db, Actor.here("system"), action, "backup", recovered.backup, new=new)
        return store

    @classmethod
    def open_held(cls, path: Path | str, default_protocol: DefaultProtocol | None = None) -> Store:
        """Store._open for a caller that holds the file's open lock itself (a restore)."""
        target = str(path)
        owed = health.full_check_deferred(target)  # before opening: the start check then is the bounded one
        db = opening.open_database(target)
        store = cls(db, target, default_protocol)
        store.full_check_owed = owed
        if not store.read_only:
            try:
                sealing.ensure_key(db)  # made at the first start on schema 8 (docs/audit-trail.md)
            except BaseException:
                db.close()
                raise
        return store

    @classmethod
    def _open_server(cls, url: str, default_protocol: DefaultProtocol | None = None) -> Store:
        """A ward database on PostgreSQL (docs/ward-server.md): upgraded when older, refused when newer, and
        this workstation's copy of the ward's audit key held for its marks (bedside/storage/postgres/keys.py).
        None of a file's machinery (location check, open lock, restore intent, side files) applies."""
        from bedside.storage.postgres import keys
        from bedside.storage.postgres.db import PgDatabase
        from bedside.storage.postgres.migrations import apply

        pg = PgDatabase.open(url)
        try:
            apply(pg)
            keys.ensure_key(pg)
        except BaseException:
            pg.close()
            raise
        return cls(pg.as_database(), shown(url), default_protocol)

    @property
    def on_server(self) -> bool:
        """A PostgreSQL ward database, not a SQLite file (docs/ward-server.md)."""
        return hasattr(self._db, "server_transaction")

    def reader(self) -> Store:
        """A read-only Store on a connection of its own, for one worker (ui/tasks.py): the window's
        connection is never used from two threads, and a write never waits on a read."""
        if self.on_server:
            from bedside.storage.postgres.db import PgDatabase

            pg = PgDatabase.open(self._db.url, read_only=True)  # type: ignore[attr-defined]
            pg.server_key = self._db.server_key  # type: ignore[attr-defined]
            return Store(pg.as_database(), self.path, self._default_protocol)
        if self.path == ":memory:":
            raise StorageError("internal error: an in-memory database has no second connection")
        return Store(connect(self.path, read_only=True), self.path, self._default_protocol)

    def close(self) -> None:
        self._stop_listening()
        self._db.close()

    @property
    def schema_version(self) -> int:
        return opening.version(self._db)

    # --- meta -------------------------------------------------------------------------------
    def meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str, actor: Actor) -> None:
        with write_transaction(self._db):
            old = self.meta(key)
            self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])
            audit.append(self._db, actor, "setting.change", "meta", key, old=old, new=value)

    # --- patients ---------------------------------------------------------------------------
    def import_record(
        self,
        record: PatientRecord,
        actor: Actor,
        *,
        replace: bool = False,
        demo: bool = False,
        protocol: Protocol | None = None,
        by: User | None = None,
    ) -> int:
        """Store a whole patient record in one transaction; refuse an existing MRN unless replace.

        A record without a protocol pin is pinned to `protocol` (default: the one the opener passed in).
        """
        return self.import_records([record], actor, replace=replace, demo=demo, protocol=protocol, by=by)[0]

    def import_records(
        self,
        batch: list[PatientRecord],
        actor: Actor,
        *,
        replace: bool = False,
        demo: bool = False,
        protocol: Protocol | None = None,
        by: User | None = None,
    ) -> list[int]:
        """Store several records all or nothing: one transaction, so one refused record imports none.
        Replacing a stored patient is admin work (`by`; None is the command line, which checks it itself)."""
        if replace:
            access.require_admin(self._db, by)
        pinned: list[tuple[PatientRecord, Protocol | None]] = []
        for record in batch:
            chosen = protocol
            if record.protocol is None:
                chosen = protocol or self.default_protocol()
                record = replace_fields(record, protocol=ProtocolPin(chosen.id, chosen.version))
            pinned.append((record, chosen))
        with write_transaction(self._db):
            return [importing.import_one(self._db, record, chosen, actor, replace, demo) for record, chosen in pinned]

    def protocol_for(self, record: PatientRecord) -> Protocol:
        """The protocol version this patient is pinned to."""
        return self.pinned_protocol(record.protocol)

    def pinned_protocol(self, pin: ProtocolPin | None) -> Protocol:
        """The protocol of a pin (id, version); None: the default protocol."""
        if pin is None:
            return self.default_protocol()
        key = (pin.id, pin.version)
        if key not in self._protocols:
            self._protocols[key] = protocols.pinned(self._db, *key)
        return self._protocols[key]

    def default_protocol(self) -> Protocol:
        """The protocol a record without a pin gets: chosen by whoever opened the store, never here."""
        if self._default_protocol is None:
            raise BedsideError("this record has no protocol pin, and no default protocol was given")
        return self._default_protocol()

    def move_protocol(self, mrn: str, protocol: Protocol, actor: Actor, reason: str, *, by: User | None = None) -> None:
        """Move a patient to another protocol or version: admin work (`by`; None is the command line),
        an explicit act, with a reason, in the audit trail."""
        self._may_move(reason, by)
        with write_transaction(self._db):
            self._move(mrn, protocol, actor, reason)

    def _may_move(self, reason: str, by: User | None) -> None:
        access.require_admin(self._db, by)
        if not reason.strip():
            raise BedsideError("moving a patient to another protocol needs a reason")

    def _move(self, mrn: str, protocol: Protocol, actor: Actor, reason: str) -> None:
        row = self._patient_row(mrn, required=True)
        assert row is not None
        old = {"id": row["protocol_id"], "version": row["protocol_version"]}
        new = {"id": protocol.id, "version": protocol.version}
        protocols.snapshot(self._db, protocol)
        self._db.execute(
            "UPDATE patients SET protocol_id = ?, protocol_version = ? WHERE id = ?",
            [protocol.id, protocol.version, row["id"]],
        )
        audit.append(self._db, actor, "protocol.move", "patient", row["id"], mrn=mrn, old=old, new=new, reason=reason)

    def load_record(self, mrn: str) -> PatientRecord:
        row = self._patient_row(mrn, required=True)
        assert row is not None
        return records.load(self._db, row)

    def export_record(self, mrn: str) -> PatientRecord:
        """load_record() with the voided entries too: what an export writes, so nothing is lost (F17)."""
        row = self._patient_row(mrn, required=True)
        assert row is not None
        return replace_fields(records.load(self._db, row), voided=records.voided(self._db, int(row["id"])))

    def load_active_records(
        self, as_of: date | None = None, only: Collection[str] | None = None
    ) -> list[PatientRecord]:
        """Every active patient (or `only` these MRNs among them); with as_of, only the labs and observations
        up to that date (a board)."""
        rows = self._db.execute("SELECT * FROM patients WHERE active = 1 ORDER BY id")
        names = [c[0] for c in rows.description]
        every = [dict(zip(names, r, strict=True)) for r in rows.fetchall()]
        found = every if only is None else [r for r in every if r["mrn"] in only]
        # Most of the ward: one pass over every row beats a long IN list (the records built are still `only`'s).
        return records.load_active(self._db, found, as_of, whole_ward=len(found) * 2 > len(every))

    def patient_summaries(self, ward: str | None = None) -> list[PatientSummary]:
        sql = "SELECT mrn, name, ward, bed, product, infusion_dates, demo FROM patients WHERE active = 1"
        params: list[Any] = []
        if ward is not None:
            sql += " AND ward = ?"
            params.append(ward)
        result = []
        for mrn, name, w, bed, product, infusions, demo in self._db.execute(sql, params).fetchall():
            day0 = date.fromisoformat(infusions[2:12])  # first of a JSON list of ISO dates
            result.append(PatientSummary(mrn, name, w, bed, product, day0, bool(demo)))
        return sorted(result, key=lambda s: (s.ward or "", _bed_key(s.bed), s.name))

    def patient_numbers(self) -> dict[str, int]:
        """Each active patient's row number in this database (not an identifier outside it), by MRN."""
        return {str(mrn): int(pid) for pid, mrn in self._db.execute("SELECT id, mrn FROM patients WHERE active = 1")}

    def record_check(self, mrn: str, check: Check, actor: Actor) -> int:
        """Record a done / not-done / not-applicable check for an item's due date."""
        if check.status not in CHECK_STATUSES:
            raise BedsideError(f'a check status must be one of {", ".join(CHECK_STATUSES)}, not "{check.status}"')
        if check.status != "done" and not (check.reason or "").strip():
            raise BedsideError(f'a "{check.status}" check needs a reason')
        with write_transaction(self._db):
            pid = self._patient_id(mrn)
            row = records.entry_row(check)[1]
            check_id = _pk(self._db.table("checks").insert({"patient_id": pid, **row}).last_pk)
            audit.append(
                self._db,
                actor,
                "check.add",
                "check",
                check_id,
                mrn=mrn,
                new=row,
                reason=check.reason,
            )
        return check_id

    def add_entry(self, mrn: str, entry: records.Entry, actor: Actor) -> int:
        """Store one lab, observation, treatment, infection, vaccination or check; returns its row id."""
        if isinstance(entry, Check):
            return self.record_check(mrn, entry, actor)
        with write_transaction(self._db):
            return entries.add(self._db, self._patient_id(mrn), mrn, entry, actor)

    def import_lab_file(
        self, results: list[tuple[str, Lab]], actor: Actor, file_name: str, sha256: str, skipped: dict[str, int]
    ) -> int:
        """A laboratory file's results: all saved or none, with one audit event naming the file's SHA-256."""
        with write_transaction(self._db):
            return lab_files.save(self._db, results, actor, file_name, sha256, skipped)

    def imported_lab_files(self) -> set[str]:
        """Which lab files were imported, as the first 16 hex digits of their SHA-256."""
        return lab_files.imported(self._db)

    def void_entry(self, mrn: str, entity: str, row_id: int, reason: str, actor: Actor) -> None:
        """Void a mistaken entry (or undo a tick) with a reason; the row and the trail keep it."""
        with write_transaction(self._db):
            entries.void(self._db, self._patient_id(mrn), mrn, entity, row_id, reason, actor)

    def entry_rows(self, mrn: str, entity: str, *, include_voided: bool = True) -> list[entries.EntryRow]:
        return entries.rows(self._db, self._patient_id(mrn), entity, include_voided=include_voided)

    def edit_patient(
        self,
        record: PatientRecord,
        actor: Actor,
        *,
        move_to: Protocol | None = None,
        reason: str = "",
        by: User | None = None,
    ) -> None:
        """Change a patient's identity, therapy, history or serology; the dated data and pin stay.
        With move_to, also move them to that protocol (as move_protocol) in the same transaction:
        a refused move leaves the edit unsaved too."""
        if move_to is not None:
            self._may_move(reason, by)
        with write_transaction(self._db):
            self._edit(record, actor)
            if move_to is not None:
                self._move(record.mrn, move_to, actor, reason)

    def _edit(self, record: PatientRecord, actor: Actor) -> None:
        row = self._patient_row(record.mrn, required=True)
        assert row is not None
        before = records.load(self._db, row)
        old, new = to_document(before), to_document(replace_fields(before, **_header(record)))
        keep = ("labs", "observations", "treatments", "infections", "vaccinations", "checks", "protocol")
        changed = {k: v for k, v in new.items() if k not in keep and old.get(k) != v}
        if not changed:
            return
        fields = records.patient_row(replace_fields(before, **_header(record)))
        fields = {k: v for k, v in fields.items() if k not in ("mrn", "protocol_id", "protocol_version")}
        self._db.table("patients").update(row["id"], fields)
        previous = {k: old.get(k) for k in changed}
        audit.append(self._db, actor, "patient.edit", "patient", row["id"], mrn=record.mrn, old=previous, new=changed)

    def change_token(self) -> tuple[int, int]:
        """Changes since the last call show as a new token: another process's commits, or this connection's."""
        other = int(self._db.execute("PRAGMA data_version").fetchone()[0])
        return other, getattr(self._db.conn, "total_changes", 0)  # a ward server: every change is an event

    # --- audit ------------------------------------------------------------------------------
    def events(self, mrn: str | None = None, limit: int | None = None) -> list[Event]:
        return audit.events(self._db, mrn, limit)

    def verify_audit(self) -> ChainReport:
        return audit.verify(self._db)

    def verified_audit(self) -> ChainReport:
        """verify_audit() once, then only the rows added since (and that the head verified then is still
        there, unchanged), and nothing while the file is unchanged: a printed sheet verifies first (F10)."""
        token = self.change_token()
        if self._verified is None or self._verified[0] != token:
            earlier = self._verified[1] if self._verified is not None else None
            self._verified = (token, audit.verify(self._db, after=earlier))
        return self._verified[1]

    # --- helpers ----------------------------------------------------------------------------
    def _patient_row(self, mrn: str, *, required: bool) -> dict[str, Any] | None:
        cursor = self._db.execute("SELECT * FROM patients WHERE mrn = ?", [mrn])
        values = cursor.fetchone()
        if values is None:
            if required:
                raise NotFoundError(f'no patient with MRN "{mrn}"')
            return None
        return dict(zip([c[0] for c in cursor.description], values, strict=True))


def _header(record: PatientRecord) -> dict[str, Any]:
    return {
        "patient": record.patient,
        "therapy": record.therapy,
        "history": record.history,
        "serology": record.serology,
    }


def _bed_key(bed: str | None) -> tuple[int, str]:
    """Beds sort as a nurse reads them: 2 before 10, then letters."""
    if bed is None:
        return (1_000_000, "")
    digits = "".join(ch for ch in bed if ch.isdigit())
    return (int(digits) if digits else 999_999, bed)


def _pk(value: object) -> int:
    if not isinstance(value, int):
        raise StorageError("internal error: the database did not return a row id")
    return value

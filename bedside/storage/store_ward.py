"""The Store's ward API: stays, the severity a nurse set, printouts and exports, and audit-trail checks.

Mixed into Store (bedside/storage/store.py) so the connection stays private to storage/; the rules stay in
their own modules (stays.py, severity.py, audit.py, sealing.py).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from bedside.domain.errors import BedsideError, NotFoundError
from bedside.storage import audit, audit_pack, audit_rows, rebuild, sealing, severity, stays
from bedside.storage.access import User
from bedside.storage.audit import Actor, ChainReport
from bedside.storage.connection import write_transaction

if TYPE_CHECKING:
    from bedside.storage.postgres.link import Link
    from bedside.storage.postgres.notices import Listener

WARD_LIST_ACTION = "export.ward_list"
# Events without an MRN that change no patient's data, no protocol and no setting: no board row can differ after
# them (docs/architecture.md, "The board's memo"). Any other event without an MRN, one added later included,
# counts every patient again.
NO_ROW_CHANGE = (
    "signin",
    "signin.failed",
    "signin.refused",
    "session.lock",
    "session.unlock",
    "session.end",
    "session.emergency",
    "user.add",
    "user.pin_set",
    "user.pin_reset",
    "user.unlock",
    "user.role",
    "user.deactivate",
    "backup.made",
    "handover.print",
    "plan.print",
    WARD_LIST_ACTION,
    "audit.key_new",
)
Mark = tuple[int, str] | None  # an audit event's seq (and "": packed rows keep no hash text); None: no event yet
POLL_S = 0.1  # how often a SQLite file's change token is read while waiting for a change


class WardMethods:
    """Stays, severity choices, print and export records, audit checks."""

    _db: Database
    _listeners: dict[int, Listener]  # a ward server's change notices: each waiting thread listens on its own

    if TYPE_CHECKING:  # Store supplies it; declared here for the waits below

        def change_token(self) -> tuple[int, int]: ...

    # --- change notices -----------------------------------------------------------------------
    def change_marks(self) -> tuple[Mark, dict[str, Mark]]:
        """The newest audit event (seq, "") without an MRN that may touch anyone (a lab file, a setting, the demo
        ward, a restore; not one of NO_ROW_CHANGE), and each active patient's own newest one. Every change to a
        patient's data is such an event, so an unchanged mark means unchanged data (docs/architecture.md, "The
        board's memo"). Read them before the records: a change in between then only makes the next board count
        again."""
        # By seq: it only grows, and a restore appends an event without an MRN. A packed row (schema 11) keeps
        # its MRN as a code of event_words, so each patient's rows are looked up by the MRN and by its code, in
        # the (mrn, seq) index alone. A code that equals another patient's MRN only makes a mark change more
        # often (a recount), never less.
        harmless, params = audit_rows.of_action(self._db, list(NO_ROW_CHANGE))
        ward = self._db.execute(  # the index (mrn, seq) read backwards: past the sign-ins, prints, locks since
            f"SELECT seq FROM events WHERE mrn IS NULL AND NOT {harmless} ORDER BY seq DESC LIMIT 1", params
        ).fetchone()
        active = [str(r[0]) for r in self._db.execute("SELECT mrn FROM patients WHERE active = 1").fetchall()]
        keys: dict[str, set[str]] = {mrn: {mrn} for mrn in active}  # what events.mrn holds -> whose it may be
        for chunk in _chunks(active):
            marks_ = ", ".join("?" for _ in chunk)
            for number, word in (
                self._db.execute(f"SELECT id, word FROM event_words WHERE word IN ({marks_})", chunk).fetchall()
                if self._has_words()
                else []
            ):
                keys.setdefault(audit_pack.code(int(number)), set()).add(str(word))
        newest: dict[str, int] = {}
        for chunk in _chunks(list(keys)):
            marks_ = ", ".join("?" for _ in chunk)
            for stored, seq in self._db.execute(
                f"SELECT mrn, max(seq) FROM events WHERE mrn IN ({marks_}) GROUP BY mrn", chunk
            ).fetchall():
                for mrn in keys[str(stored)]:
                    newest[mrn] = max(int(seq), newest.get(mrn, 0))
        marks = {mrn: (newest[mrn], "") if mrn in newest else None for mrn in active}
        return (None if ward is None or ward[0] is None else (int(ward[0]), "")), marks

    def _has_words(self) -> bool:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0]) >= audit_pack.PACKED_SCHEMA

    def wait_for_change(self, timeout: float) -> bool:
        """Whether a change was committed, by any workstation, waiting at most `timeout` seconds.

        On a ward server a LISTEN/NOTIFY notice (bedside/storage/postgres/notices.py): one committed since
        the calling thread's previous call counts, its first call starts listening on a connection of its
        own (two windows' threads each hear every notice). On a SQLite file the change token is polled
        during the wait."""
        if hasattr(self._db, "server_transaction"):
            waiter = threading.get_ident()
            listener = self._listeners.get(waiter)
            if listener is None:
                from bedside.storage.postgres.notices import Listener

                listener = self._listeners[waiter] = Listener(self._db.url)  # type: ignore[attr-defined]
            try:
                return listener.wait(timeout)
            except BedsideError:
                self.stop_waiting()  # lost: the next wait listens on a new connection
                raise
        start, deadline = self.change_token(), time.monotonic() + timeout
        while True:
            if self.change_token() != start:
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(min(POLL_S, max(deadline - time.monotonic(), 0.0)))

    def stop_waiting(self) -> None:
        """The calling thread waits no more: its listening connection is closed (Store.close closes the rest)."""
        listener = self._listeners.pop(threading.get_ident(), None)
        if listener is not None:
            listener.close()

    def _stop_listening(self) -> None:
        for listener in list(self._listeners.values()):
            listener.close()
        self._listeners.clear()

    # --- the ward server's connection ------------------------------------------------------------
    def server_link(self) -> Link | None:
        """A ward server's connection: since when it is unreachable, and reconnect() (None for a file)."""
        return getattr(self._db, "link", None) if hasattr(self._db, "server_transaction") else None

    # --- stays ------------------------------------------------------------------------------
    def move_stay(self, mrn: str, to: str, reason: str, actor: Actor) -> None:
        """Discharge, readmit or archive one patient, with a reason."""
        stays.move(self._db, mrn, to, reason, actor)

    def remove_demo_ward(self, actor: Actor, by: User | None) -> int:
        """Delete every demo patient (never a real one): admin work; returns how many."""
        return stays.remove_demo_ward(self._db, actor, by)

    def patients_off_board(self) -> list[tuple[str, str, str | None, str | None, str]]:
        """(MRN, name, ward, bed, stay) of every discharged or archived patient, by stay, ward, bed, name."""
        rows = self._db.execute(
            "SELECT mrn, name, ward, bed, stay FROM patients WHERE stay != 'active' ORDER BY stay, ward, bed, name"
        ).fetchall()
        return [(str(m), str(n), w, b, str(s)) for m, n, w, b, s in rows]

    # --- severity ---------------------------------------------------------------------------
    def chosen_severity(self, mrns: Iterable[str], day: date) -> dict[str, str]:
        """MRN -> the level a nurse set for `day`, for those of `mrns` that have one."""
        return severity.chosen(self._db, mrns, day)

    def choose_severity(self, mrn: str, day: date, level: str | None, actor: Actor) -> None:
        """Keep `level` for the patient and day (None: back to Bedside's suggestion), audited."""
        severity.choose(self._db, mrn, day, level, actor)

    # --- audit checks -----------------------------------------------------------------------
    def rebuild_and_compare(self) -> rebuild.Rebuilt:
        """Replay the audit trail into patients and entries and compare with the tables (docs/audit-trail.md)."""
        return rebuild.rebuild_and_compare(self._db)

    def tampered_users(self) -> list[str]:
        """What is wrong with each user row whose seal does not match."""
        return sealing.tampered_users(self._db)

    def trail_head(self) -> tuple[int, str]:
        """The newest audit row's seq and whole hash (0 and the genesis hash when empty), not verified."""
        return audit.head(self._db)

    def head_problem(self, seq: int, digest: str) -> str | None:
        """None while the trail still holds row `seq` with that hash; otherwise what happened to it."""
        return audit.head_problem(self._db, seq, digest)

    def last_restore_at(self) -> str | None:
        """When the newest backup.restored event was recorded (UTC, ISO), or None."""
        found = audit.events(self._db, action="backup.restored", limit=1)
        return found[0].at if found else None

    # --- exports ----------------------------------------------------------------------------
    def record_ward_list(
        self, actor: Actor, ward: str | None, day: date, patients: int, then: Callable[[], None] | None = None
    ) -> int:
        """Note that the ward list went to a file (which ward, how many patients, never their data).
        `then` runs inside the same transaction (the file's rename): if it fails, nothing is recorded."""
        with write_transaction(self._db):
            new = {"ward": ward, "date": day.isoformat(), "patients": patients, "output": "file"}
            seq = audit.append(self._db, actor, WARD_LIST_ACTION, "ward", ward, new=new)
            if then is not None:
                then()
            return seq

    # --- printing ---------------------------------------------------------------------------
    PRINT_KINDS = ("handover", "plan")  # audit actions "handover.print" and "plan.print"
    PRINT_OUTPUTS = ("printer", "file")

    def audit_head(self) -> str:
        """The newest audit row as a printed sheet carries it ("#120 3fa4c9e01b2d"), read without
        verifying the chain: verify_audit() reads every row, this reads one."""
        seq, digest = audit.head(self._db)
        return ChainReport(True, seq, seq, digest).head_label

    def record_print(
        self,
        kind: str,
        actor: Actor,
        mrn: str | None = None,
        ward: str | None = None,
        *,
        pages: int,
        output: str = "printer",
        patients: int | None = None,
        then: Callable[[], None] | None = None,
        later: Mapping[str, str] | None = None,
    ) -> int:
        """Note that a handover or plan went to a printer or a file: which ward or patient, how many
        pages, never the sheet's content. mrn=None with ward=None is a handover of every ward.
        `then` runs inside the same transaction (a file's rename): if it fails, nothing is recorded.
        `later`: printed while the ward server was away, recorded once it is back (when, from which copy)."""
        if kind not in self.PRINT_KINDS:
            raise BedsideError(f'a printed document is one of {", ".join(self.PRINT_KINDS)}, not "{kind}"')
        if output not in self.PRINT_OUTPUTS:
            raise BedsideError(f'a document is printed to one of {", ".join(self.PRINT_OUTPUTS)}, not "{output}"')
        if kind == "plan" and mrn is None:
            raise BedsideError("a follow-up plan is printed for one patient: the MRN is missing")
        new: dict[str, Any] = {"pages": pages, "output": output}
        if patients is not None:
            new["patients"] = patients
        new.update(later or {})
        with write_transaction(self._db):
            if mrn is not None:
                seq = audit.append(self._db, actor, f"{kind}.print", "patient", self._patient_id(mrn), mrn=mrn, new=new)
            else:
                seq = audit.append(self._db, actor, f"{kind}.print", "ward", ward, new={**new, "ward": ward})
            if then is not None:
                then()
            return seq

    def _patient_id(self, mrn: str) -> int:
        row = self._db.execute("SELECT id FROM patients WHERE mrn = ?", [mrn]).fetchone()
        if row is None:
            raise NotFoundError(f'no patient with MRN "{mrn}"')
        return int(row[0])

    EXPORT_FORMATS = ("bedside-patient/1", "fhir-r4")  # audit action "patient.export"

    def record_export(
        self, mrn: str, fmt: str, actor: Actor, *, output: str = "file", then: Callable[[], None] | None = None
    ) -> int:
        """Note that a patient's record left the system as a file (or on standard output), in which format;
        `then` runs inside the same transaction (the file's rename): if it fails, nothing is recorded."""
        if fmt not in self.EXPORT_FORMATS:
            raise BedsideError(f'a record is exported as one of {", ".join(self.EXPORT_FORMATS)}, not "{fmt}"')
        with write_transaction(self._db):
            new = {"format": fmt, "output": output}
            seq = audit.append(self._db, actor, "patient.export", "patient", self._patient_id(mrn), mrn=mrn, new=new)
            if then is not None:
                then()
            return seq


def _chunks(values: list[str], size: int = 500) -> Iterable[list[str]]:
    """At most `size` values a statement: well under SQLite's limit of bound parameters."""
    for start in range(0, len(values), size):
        yield values[start : start + size]

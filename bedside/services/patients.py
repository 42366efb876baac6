"""Patients: add, edit (with a protocol move in the same transaction), import, export, discharge and readmit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from bedside.config.file_out import write_private
from bedside.domain.errors import BedsideError, NotFoundError
from bedside.domain.input_limits import mrn_key
from bedside.domain.patient import PatientRecord
from bedside.patient_file.export import to_json_text
from bedside.patient_file.format import parse_json_text
from bedside.protocol.model import Protocol
from bedside.storage import Store
from bedside.storage.access import User
from bedside.storage.audit import Actor

JSON_FORMAT, FHIR_FORMAT = "bedside-patient/1", "fhir-r4"  # as the audit trail's "patient.export" names them


def read_file(path: Path) -> PatientRecord:
    """One bedside-patient/1 file; PatientFormatError names every problem, BedsideError an unreadable file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise BedsideError(f"{path}: cannot read the file: {err.strerror or err}") from None
    except UnicodeDecodeError:
        raise BedsideError(f"{path}: the file is not UTF-8 text") from None
    return parse_json_text(text, str(path))


def is_stored(store: Store, mrn: str) -> bool:
    try:
        store.load_record(mrn)
    except NotFoundError:
        return False
    return True


def import_records(
    store: Store,
    actor: Actor,
    records: Sequence[PatientRecord],
    *,
    replace: bool = False,
    protocol: Protocol | None = None,
    by: User | None = None,
) -> list[int]:
    """Store the records all or nothing (one transaction); a record without a pin gets `protocol`, else the
    default the database was opened with. Two records for one MRN (BX-1 and bx-1 are one) import none."""
    mrns = [mrn_key(r.mrn) for r in records]
    duplicates = sorted({m for m in mrns if mrns.count(m) > 1})
    if duplicates:
        raise BedsideError(f'MRN "{duplicates[0]}" appears in more than one file')
    return store.import_records(list(records), actor, replace=replace, protocol=protocol, by=by)


def import_files(
    store: Store,
    actor: Actor,
    files: Sequence[Path],
    *,
    replace: bool = False,
    protocol: Protocol | None = None,
    by: User | None = None,
) -> list[PatientRecord]:
    """Every file is read and checked first, so a bad file in a batch changes nothing; then import_records."""
    records = [read_file(f) for f in files]
    import_records(store, actor, records, replace=replace, protocol=protocol, by=by)
    return records


def export_text(store: Store, mrn: str) -> str:
    """The patient as bedside-patient/1 JSON, with the voided entries: export -> import loses nothing."""
    return to_json_text(store.export_record(mrn))


def fhir_text(store: Store, actor: Actor, mrn: str) -> str:
    """The patient's course as a FHIR R4 Bundle (docs/interoperability.md), stamped now and by `actor`."""
    from bedside.interop.fhir_export import course_bundle_json
    from bedside.services import settings

    return course_bundle_json(store.load_record(mrn), settings.site_zone(store), datetime.now(UTC), actor.user)


def record_export(store: Store, actor: Actor, mrn: str, fmt: str = JSON_FORMAT) -> int:
    """Note that the record goes to standard output now, before it is written there."""
    return store.record_export(mrn, fmt, actor, output="stdout")


def export_file(
    store: Store, actor: Actor, mrn: str, out: Path, *, fmt: str = JSON_FORMAT, text: str | None = None
) -> None:
    """The record as Bedside JSON (or `text` in `fmt`) in a file: 0600, whole or not at all, never onto a
    device or a link, and recorded in the audit trail before the file takes its name (or no file)."""
    data = (text if text is not None else export_text(store, mrn)).encode("utf-8")

    def record(place: Callable[[], None]) -> None:  # the record left the system: recorded, or no file
        store.record_export(mrn, fmt, actor, then=place)

    write_private(out, data, record)


def add(store: Store, actor: Actor, record: PatientRecord, protocol: Protocol | None = None) -> int:
    """A new patient from the form; an MRN already stored is refused (use edit)."""
    return store.import_record(record, actor, protocol=protocol)


def edit(
    store: Store,
    actor: Actor,
    record: PatientRecord,
    *,
    move_to: Protocol | None = None,
    reason: str = "",
    by: User | None = None,
) -> None:
    """Change the patient's identity, therapy, history or serology, and with move_to also their protocol
    (admin work, with a reason): one transaction, so a refused move saves nothing."""
    store.edit_patient(record, actor, move_to=move_to, reason=reason, by=by)


def move_protocol(
    store: Store, actor: Actor, mrn: str, protocol: Protocol, reason: str, *, by: User | None = None
) -> None:
    """Move a patient to another protocol or version: admin work, with a reason."""
    store.move_protocol(mrn, protocol, actor, reason, by=by)


def move_stay(store: Store, actor: Actor, mrn: str, to: str, reason: str) -> None:
    """Discharge ("discharged"), archive ("archived") or readmit ("active") a patient, with a reason."""
    store.move_stay(mrn, to, reason, actor)


def off_board(store: Store) -> list[tuple[str, str, str | None, str | None, str]]:
    """(MRN, name, ward, bed, stay) of every discharged or archived patient."""
    return store.patients_off_board()


def load(store: Store, mrn: str) -> PatientRecord:
    """The patient's record as stored now (NotFoundError for an unknown MRN)."""
    return store.load_record(mrn)


def protocol_for(store: Store, record: PatientRecord) -> Protocol:
    """The protocol version the patient is pinned to (the stored copy, never a newer file)."""
    return store.protocol_for(record)

"""Handover data from the Store: which patients, their pinned protocols, and the audit-trail head."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, tzinfo

from bedside.config.language import Words, resolve, words_for
from bedside.config.settings import LANGUAGE
from bedside.domain.errors import BedsideError
from bedside.printouts.data import SEVERITIES, Handover, PatientHandover, Printout
from bedside.printouts.recent import Window, window_until
from bedside.printouts.sections import patient_section
from bedside.protocol.model import Protocol
from bedside.storage import Store


def printout_of(store: Store, printed_by: str, printed_at: datetime) -> Printout:
    """The page furniture every document shares, with the audit trail's newest row, verified first (issue 14
    F10): a sheet printed from a trail that does not verify says so on every page. The verification is
    kept while the file is unchanged, so a preview that regenerates does not read the trail again."""
    report = store.verified_audit()
    problem = None if report.ok else f"row #{report.first_bad_seq}: {report.problem}"
    return Printout(printed_at, printed_by, store.audit_head(), problem)


def language_for(store: Store, language: str | None = None) -> str:
    """A sheet's language: the one asked for, else the Language setting, else the workstation's locale."""
    return language if language is not None else resolve(store.meta(LANGUAGE.key))


def ward_handover(
    store: Store,
    ward: str | None,
    on: date,
    *,
    printed_by: str,
    printed_at: datetime,
    mrns: Sequence[str] | None = None,
    severity: Mapping[str, str] | None = None,
    zone: tzinfo | None = None,
    language: str | None = None,
) -> Handover:
    """Every active patient on `ward` (None: on every ward), or the chosen `mrns` among them, in bed order.

    `severity` maps MRN -> the level the ward chose ("stable", "watcher", "unstable");
    patients not in it get Bedside's suggestion. `zone`: the ward's time zone, for the local day
    each check was recorded on (as on the ward board). `language`: see `language_for`.
    """
    on_ward = store.patient_summaries(ward)
    if not on_ward:
        raise BedsideError(f'ward "{ward}" has no active patients' if ward is not None else "no active patients")
    chosen = on_ward
    if ward is None and not mrns and any(not s.demo for s in on_ward):
        chosen = [s for s in on_ward if not s.demo]  # the DEMO ward is never printed with real wards
    if mrns:
        known = {s.mrn for s in on_ward}
        missing = [m for m in mrns if m not in known]
        if missing:
            where = f'on ward "{ward}"' if ward is not None else "here"
            raise BedsideError(f'patient "{missing[0]}" is not an active patient {where}')
        wanted = set(mrns)
        chosen = [s for s in on_ward if s.mrn in wanted]
    _refuse_unknown(severity or {}, {s.mrn for s in chosen})
    protocols: dict[tuple[str, str] | None, Protocol] = {}
    lang = language_for(store, language)
    words = words_for(lang)
    window = window_until(printed_at, on, zone)
    sections = [
        _section(store, s.mrn, on, s.demo, (severity or {}).get(s.mrn), protocols, zone, words, window) for s in chosen
    ]
    return Handover(ward or "", on, printout_of(store, printed_by, printed_at), tuple(sections), lang)


def patient_handover(
    store: Store,
    mrn: str,
    on: date,
    *,
    printed_by: str,
    printed_at: datetime,
    severity: str | None = None,
    zone: tzinfo | None = None,
    language: str | None = None,
) -> Handover:
    """A single patient's handover (the patient need not be active)."""
    record = store.export_record(mrn)  # with its voided entries: the last 24 hours list voids
    demo = is_demo(store, mrn)
    lang = language_for(store, language)
    window = window_until(printed_at, on, zone)
    protocol = store.protocol_for(record)
    section = patient_section(
        protocol, record, on, demo=demo, severity=severity, zone=zone, words=words_for(lang), window=window
    )
    return Handover(record.patient.ward or "", on, printout_of(store, printed_by, printed_at), (section,), lang)


def _section(
    store: Store,
    mrn: str,
    on: date,
    demo: bool,
    severity: str | None,
    protocols: dict[tuple[str, str] | None, Protocol],
    zone: tzinfo | None,
    words: Words,
    window: Window,
) -> PatientHandover:
    record = store.export_record(mrn)  # with its voided entries: the last 24 hours list voids
    pinned = (record.protocol.id, record.protocol.version) if record.protocol else None
    if pinned not in protocols:
        protocols[pinned] = store.protocol_for(record)  # one load per pinned version, as on the board
    return patient_section(
        protocols[pinned], record, on, demo=demo, severity=severity, zone=zone, words=words, window=window
    )


def choose_severity(handover: Handover, severity: Mapping[str, str]) -> Handover:
    """The same handover with the ward's chosen levels (MRN -> level) in place of Bedside's suggestion.

    Pure and cheap: a preview re-renders with it instead of gathering again. Patients not in
    `severity` keep what they had.
    """
    _refuse_unknown(severity, {p.identifiers.mrn for p in handover.patients})
    for mrn, level in severity.items():
        if level not in SEVERITIES:
            raise BedsideError(f'{mrn}: severity must be one of {", ".join(SEVERITIES)}, not "{level}"')
    patients = tuple(
        replace(p, severity=replace(p.severity, level=severity[p.identifiers.mrn], set_by_ward=True))
        if p.identifiers.mrn in severity
        else p
        for p in handover.patients
    )
    return replace(handover, patients=patients)


def is_demo(store: Store, mrn: str) -> bool:
    # Inactive patients are not in the summaries; only the seeded DEMO ward is marked demo.
    return any(s.mrn == mrn and s.demo for s in store.patient_summaries())


def _refuse_unknown(severity: Mapping[str, str], chosen: set[str]) -> None:
    stray = sorted(set(severity) - chosen)
    if stray:
        raise BedsideError(f'a severity was given for "{stray[0]}", who is not in this handover')

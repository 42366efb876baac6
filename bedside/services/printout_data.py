"""Printed sheets' data from the store: which patients, their pinned protocols, the audit-trail head, and
the gather-and-render `*_pdf` calls. bedside/printouts/ builds and renders the sheets from this data."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, tzinfo

from bedside.config.language import Words, resolve, words_for
from bedside.config.settings import LANGUAGE, SITE_TIMEZONE
from bedside.config.zone import site_zone
from bedside.domain.errors import BedsideError
from bedside.printouts import render_handover, render_plan, render_ward_list
from bedside.printouts.data import Handover, PatientHandover, Printout
from bedside.printouts.plan import FEVER_CONTACT_KEY, FollowUpPlan, build_plan
from bedside.printouts.recent import Window, window_until
from bedside.printouts.render.text import RenderedPdf
from bedside.printouts.sections import patient_section
from bedside.printouts.severity import refuse_unknown
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
    refuse_unknown(severity or {}, {s.mrn for s in chosen})
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


def is_demo(store: Store, mrn: str) -> bool:
    # Inactive patients are not in the summaries; only the seeded DEMO ward is marked demo.
    return any(s.mrn == mrn and s.demo for s in store.patient_summaries())


def follow_up_plan(
    store: Store,
    mrn: str,
    on: date,
    *,
    printed_by: str,
    printed_at: datetime,
    zone: tzinfo | None = None,
    language: str | None = None,
) -> FollowUpPlan:
    """The plan for one patient as of `on`, with the fever contact set for this database (if any);
    `language` as for the handover (language_for above)."""
    record = store.load_record(mrn)
    return build_plan(
        store.protocol_for(record),
        record,
        on,
        printout=printout_of(store, printed_by, printed_at),
        fever_contact=store.meta(FEVER_CONTACT_KEY),
        demo=is_demo(store, mrn),
        zone=zone,
        words=words_for(language_for(store, language)),
    )


def ward_handover_pdf(
    store: Store,
    ward: str | None,
    on: date,
    *,
    printed_by: str,
    printed_at: datetime,
    mrns: Sequence[str] | None = None,
    severity: Mapping[str, str] | None = None,
    zone: tzinfo | None = None,
    invariant: bool = False,
    paper: str = "A4",
    ward_list: bool = False,
) -> RenderedPdf:
    """Gather and render in one call. The `*_pdf` functions default `zone` to the site's (as the window does).
    ward_list=True: the compact ward list (a row per patient) instead of the per-patient pages."""
    handover = ward_handover(
        store,
        ward,
        on,
        printed_by=printed_by,
        printed_at=printed_at,
        mrns=mrns,
        severity=severity,
        zone=zone or _site_zone(store),
    )
    return (render_ward_list if ward_list else render_handover)(handover, invariant=invariant, paper=paper)


def patient_handover_pdf(
    store: Store,
    mrn: str,
    on: date,
    *,
    printed_by: str,
    printed_at: datetime,
    severity: str | None = None,
    zone: tzinfo | None = None,
    invariant: bool = False,
    paper: str = "A4",
) -> RenderedPdf:
    handover = patient_handover(
        store, mrn, on, printed_by=printed_by, printed_at=printed_at, severity=severity, zone=zone or _site_zone(store)
    )
    return render_handover(handover, invariant=invariant, paper=paper)


def follow_up_plan_pdf(
    store: Store,
    mrn: str,
    on: date,
    *,
    printed_by: str,
    printed_at: datetime,
    zone: tzinfo | None = None,
    invariant: bool = False,
    paper: str = "A4",
) -> RenderedPdf:
    plan = follow_up_plan(store, mrn, on, printed_by=printed_by, printed_at=printed_at, zone=zone or _site_zone(store))
    return render_plan(plan, invariant=invariant, paper=paper)


def _site_zone(store: Store) -> tzinfo:
    # The ward's clock, as ui/access/session.py works it out: the database's setting, else the workstation's.
    return site_zone(store.meta(SITE_TIMEZONE.key))

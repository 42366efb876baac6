"""Printed documents: the ward handover (I-PASS), a single patient's handover, the patient's follow-up plan.

Two steps, so screens and tests can use the data without a PDF: gather plain data from the Store
(`ward_handover`, `patient_handover`, `follow_up_plan`), then render it (`render_handover`,
`render_plan`) to PDF bytes plus warnings. The `*_pdf` functions do both. Importing this package
does not import reportlab: only rendering does.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, tzinfo

from bedside.handover.data import (
    CONFIDENTIAL,
    SEVERITIES,
    ActionLine,
    Contingency,
    Handover,
    Identifiers,
    LabTrend,
    PatientHandover,
    PendingResult,
    Printout,
    Severity,
    Summary,
)
from bedside.handover.gather import choose_severity, patient_handover, printout_of, ward_handover
from bedside.handover.paper_checklist import PaperChecklist
from bedside.handover.plan import FollowUpPlan, PlanLine, follow_up_plan
from bedside.handover.sections import patient_section
from bedside.handover.text import MissingGlyphError, RenderedPdf
from bedside.settings import SITE_TIMEZONE
from bedside.site_zone import site_zone
from bedside.storage import Store

__all__ = [
    "CONFIDENTIAL",
    "SEVERITIES",
    "ActionLine",
    "Contingency",
    "FollowUpPlan",
    "Handover",
    "Identifiers",
    "LabTrend",
    "MissingGlyphError",
    "PaperChecklist",
    "PatientHandover",
    "PendingResult",
    "PlanLine",
    "Printout",
    "RenderedPdf",
    "Severity",
    "Summary",
    "choose_severity",
    "file_name",
    "follow_up_plan",
    "follow_up_plan_pdf",
    "patient_handover",
    "patient_handover_pdf",
    "patient_section",
    "printout_of",
    "render_handover",
    "render_paper_checklist",
    "render_plan",
    "render_ward_list",
    "ward_handover",
    "ward_handover_pdf",
]


def render_handover(
    handover: Handover, *, invariant: bool = False, strict: bool = False, paper: str = "A4"
) -> RenderedPdf:
    """The handover as PDF bytes. invariant=True gives byte-identical output for identical data;
    strict=True raises MissingGlyphError instead of printing a missing character as [U+XXXX]."""
    from bedside.handover.pdf import render

    return render(handover, invariant=invariant, strict=strict, paper=paper)


def render_ward_list(
    handover: Handover, *, invariant: bool = False, strict: bool = False, paper: str = "A4"
) -> RenderedPdf:
    """The compact ward list of a handover (one row per patient) as PDF bytes (same options as render_handover)."""
    from bedside.handover.ward_sheet_pdf import render

    return render(handover, invariant=invariant, strict=strict, paper=paper)


def render_paper_checklist(
    sheet: PaperChecklist, *, invariant: bool = False, strict: bool = False, paper: str = "A4"
) -> RenderedPdf:
    """The paper checklist (today's items to tick by hand, per patient) as PDF bytes (same options)."""
    from bedside.handover.paper_checklist_pdf import render

    return render(sheet, invariant=invariant, strict=strict, paper=paper)


def render_plan(plan: FollowUpPlan, *, invariant: bool = False, strict: bool = False, paper: str = "A4") -> RenderedPdf:
    """The patient's follow-up plan as PDF bytes, in large type (same options as render_handover)."""
    from bedside.handover.plan_pdf import render

    return render(plan, invariant=invariant, strict=strict, paper=paper)


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


def file_name(kind: str, on: date, ward: str | None = None) -> str:
    """A neutral default file name: the document kind, the ward and the date, never a patient's data."""
    safe_ward = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in ward) if ward else ""
    return "-".join(part for part in ("bedside", kind, safe_ward, on.isoformat()) if part) + ".pdf"


def _site_zone(store: Store) -> tzinfo:
    # The ward's clock, as ui/session.py works it out: the database's setting, else the workstation's.
    return site_zone(store.meta(SITE_TIMEZONE.key))

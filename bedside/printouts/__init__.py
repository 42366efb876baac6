"""Printed documents: the ward handover (I-PASS), a single patient's handover, the patient's follow-up plan.

Two steps, so screens and tests can use the data without a PDF: bedside/services/printout_data.py
gathers plain data from the store (`ward_handover`, `patient_handover`, `follow_up_plan`; its `*_pdf`
functions do both steps), and this package renders it (`render_handover`, `render_plan`) to PDF bytes
plus warnings. This package never reads the store. Importing it does not import reportlab: only
rendering does.
"""

from __future__ import annotations

from datetime import date

from bedside.printouts.data import (
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
from bedside.printouts.plan import FollowUpPlan, PlanLine
from bedside.printouts.render.text import MissingGlyphError, RenderedPdf
from bedside.printouts.sections import patient_section
from bedside.printouts.severity import choose_severity

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
    "PatientHandover",
    "PendingResult",
    "PlanLine",
    "Printout",
    "RenderedPdf",
    "Severity",
    "Summary",
    "choose_severity",
    "file_name",
    "patient_section",
    "render_handover",
    "render_plan",
    "render_ward_list",
]


def render_handover(
    handover: Handover, *, invariant: bool = False, strict: bool = False, paper: str = "A4"
) -> RenderedPdf:
    """The handover as PDF bytes. invariant=True gives byte-identical output for identical data;
    strict=True raises MissingGlyphError instead of printing a missing character as [U+XXXX]."""
    from bedside.printouts.render.handover_pdf import render

    return render(handover, invariant=invariant, strict=strict, paper=paper)


def render_ward_list(
    handover: Handover, *, invariant: bool = False, strict: bool = False, paper: str = "A4"
) -> RenderedPdf:
    """The compact ward list of a handover (one row per patient) as PDF bytes (same options as render_handover)."""
    from bedside.printouts.render.ward_sheet_pdf import render

    return render(handover, invariant=invariant, strict=strict, paper=paper)


def render_plan(plan: FollowUpPlan, *, invariant: bool = False, strict: bool = False, paper: str = "A4") -> RenderedPdf:
    """The patient's follow-up plan as PDF bytes, in large type (same options as render_handover)."""
    from bedside.printouts.render.plan_pdf import render

    return render(plan, invariant=invariant, strict=strict, paper=paper)


def file_name(kind: str, on: date, ward: str | None = None) -> str:
    """A neutral default file name: the document kind, the ward and the date, never a patient's data."""
    safe_ward = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in ward) if ward else ""
    return "-".join(part for part in ("bedside", kind, safe_ward, on.isoformat()) if part) + ".pdf"

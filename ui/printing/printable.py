"""What a print action prints: the document gathered and rendered, and its pages onto a printer on white.

Shared by the print actions (ui/printing/actions.py) and the preview (ui/printing/preview.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter

from bedside.printouts import (
    FollowUpPlan,
    Handover,
    PatientHandover,
    Printout,
    RenderedPdf,
    choose_severity,
    file_name,
    render_handover,
    render_plan,
    render_ward_list,
)
from bedside.services import audit_trail, printouts
from bedside.services.printout_data import follow_up_plan, patient_handover, ward_handover
from ui.access.session import Session
from ui.i18n import current_language
from ui.i18n import tr as _tr
from ui.printing.draw_process import draw_elsewhere
from ui.printing.paper import workstation_paper

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from bedside.printouts.paper_checklist import PaperChecklist
    from bedside.services.records import Store

KINDS = ("ward", "list", "patient", "plan")  # a ward's handover, its compact list, a patient's handover or plan
PRINT_DPI = 300  # pages reach the printer as images: 300 dpi prints the type as sharp as the PDF's


def printed_by(session: Session) -> str:
    """Who printed, as the page says it: the name and the initials the audit trail uses."""
    return f"{session.user.name} ({session.user.initials})"


def printed_at(session: Session) -> datetime:
    """Now on the ward's clock (the session's UTC stamp in its time zone), as paper and screen show it."""
    return datetime.fromisoformat(session.now().replace("Z", "+00:00")).astimezone(session.zone)


@dataclass(frozen=True)
class Gathered:
    """One reading of a printout's data: a handover or a plan, and the levels the ward chose today."""

    handover: Handover | None
    plan: FollowUpPlan | None
    severity: dict[str, str]
    sheet: PaperChecklist | None = None  # the paper checklist (ui/printing/downtime.py)


class Printable:
    """One document as a preview shows it: made from the Store on the session's day, with the severities
    chosen in the preview, made again after a change, and noted in the audit trail when printed or saved."""

    def __init__(self, session: Session, kind: str, *, ward: str | None = None, mrn: str | None = None) -> None:
        if kind not in KINDS or (kind not in ("ward", "list") and mrn is None):
            raise ValueError(f"cannot print {kind} for {mrn}")
        self.session, self.kind, self.ward, self.mrn = session, kind, ward, mrn
        self.severity: dict[str, str] = {}  # MRN -> the level chosen in the preview, instead of the suggestion
        self._handover: Handover | None = None
        self._plan: FollowUpPlan | None = None
        self.paper = workstation_paper()  # A4 or Letter, for the layout and the printer alike

    def reader(self) -> Callable[[Store], Gathered]:
        """What to read, fixed now on the GUI thread (who prints, when, in which language), to run on any
        Store: a worker's read-only reader (ui/tasks.py) or the window's own. Raises BedsideError, e.g. when
        the ward has no active patient left."""
        s = self.session
        by, at, today, zone = printed_by(s), printed_at(s), s.today, s.zone
        lang = current_language()  # the sheet in the screens' language (ui/i18n.py)
        kind, ward, mrn = self.kind, self.ward, self.mrn

        def read(store: Store) -> Gathered:
            handover: Handover | None = None
            plan: FollowUpPlan | None = None
            if kind == "plan":
                assert mrn is not None
                plan = follow_up_plan(store, mrn, today, printed_by=by, printed_at=at, zone=zone, language=lang)
            elif kind == "patient":
                assert mrn is not None
                handover = patient_handover(store, mrn, today, printed_by=by, printed_at=at, zone=zone, language=lang)
            else:
                handover = ward_handover(store, ward, today, printed_by=by, printed_at=at, zone=zone, language=lang)
            # The levels nurses set for today (kept in the database, audited), for the patients on this sheet.
            mrns = [p.identifiers.mrn for p in handover.patients] if handover is not None else []
            return Gathered(handover, plan, printouts.chosen_severity(store, mrns, today))

        return read

    def source(self) -> Store:
        """Where the sheet is read: the ward's database (a downtime copy in ui/printing/downtime.py)."""
        return self.session.store

    @property
    def has_severity(self) -> bool:
        """The preview offers a severity per patient (a handover or a ward list, not a plan)."""
        return self.kind != "plan"

    def take(self, gathered: Gathered) -> None:
        """Hold what a reader gathered (on the GUI thread)."""
        self._handover, self._plan, self.severity = gathered.handover, gathered.plan, dict(gathered.severity)

    @property
    def patients(self) -> tuple[PatientHandover, ...]:
        """The patients on a handover, in bed order (none on a plan): each can get another severity."""
        return self._handover.patients if self._handover is not None else ()

    def choose(self, mrn: str, level: str | None) -> None:
        """Print `level` for the patient, kept for today and audited; None or Bedside's own suggestion goes
        back to the suggestion."""
        suggested = next(p.severity.suggested for p in self.patients if p.identifiers.mrn == mrn)
        kept = None if level is None or level == suggested else level
        s = self.session
        printouts.choose_severity(s.store, s.actor, mrn, s.today, kept)  # raises BedsideError: nothing changed
        if kept is None:
            self.severity.pop(mrn, None)
        else:
            self.severity[mrn] = kept

    def renderer(self) -> Callable[[], RenderedPdf]:
        """The drawing of the sheet as it stands now (data and chosen levels copied), to run in a worker."""
        paper = self.paper
        if self._plan is not None:
            plan = self._plan
            return lambda: render_plan(plan, paper=paper)
        assert self._handover is not None
        draw = render_ward_list if self.kind == "list" else render_handover
        chosen = choose_severity(self._handover, dict(self.severity))
        return lambda: draw_elsewhere(draw, chosen, paper)  # in a process of its own: the GUI keeps the GIL

    def stale(self) -> bool:
        """The data changed since the sheet was made: every change appends to the audit trail, whose head
        the sheet prints, so a sheet is never printed with a head its content does not match."""
        return audit_trail.head(self.session.store) != self._printout().audit_head

    def restamp(self) -> bool:
        """Stamp the time of now (before printing); True when the printed-at line changes."""
        fresh = replace(self._printout(), printed_at=printed_at(self.session))
        if fresh.printed_at_text == self._printout().printed_at_text:
            return False
        if self._plan is not None:
            self._plan = replace(self._plan, printout=fresh)
        elif self._handover is not None:
            self._handover = replace(self._handover, printout=fresh)
        return True

    def _printout(self) -> Printout:
        if self._plan is not None:
            return self._plan.printout
        assert self._handover is not None
        return self._handover.printout

    @property
    def title(self) -> str:
        """What the preview's title bar says: never a patient's name or MRN (it shows in the task bar)."""
        day = self.session.today.isoformat()
        if self.kind == "plan":
            return _tr("Follow-up plan, {day}").format(day=day)
        if self.kind == "patient":
            return _tr("Patient handover, {day}").format(day=day)
        if self.kind == "list":
            ward = self.ward if self.ward is not None else _tr("all wards")
            return _tr("Ward list, {ward}, {day}").format(ward=ward, day=day)
        if self.ward is None:
            return _tr("Ward handover, all wards, {day}").format(day=day)
        return _tr("Ward handover, {ward}, {day}").format(ward=self.ward, day=day)

    @property
    def file_name(self) -> str:
        """A neutral file name: the kind, the ward (of a ward handover) and the date."""
        names = {"ward": "handover", "list": "ward-list", "patient": "patient-handover", "plan": "follow-up-plan"}
        return file_name(names[self.kind], self.session.today, self.ward if self.kind in ("ward", "list") else None)

    def record(self, output: str, pages: int, then: Callable[[], None] | None = None) -> None:
        """Note in the audit trail that this document went to a printer or a file (no content); `then` (a
        file's rename) runs inside the same transaction, so a file never appears without its record."""
        store, actor = self.session.store, self.session.actor
        if self.kind in ("ward", "list"):
            printouts.record_print(
                store,
                actor,
                "handover",
                ward=self.ward,
                pages=pages,
                output=output,
                patients=len(self.patients),
                then=then,
            )
        else:
            kind = "plan" if self.kind == "plan" else "handover"
            printouts.record_print(store, actor, kind, self.mrn, pages=pages, output=output, then=then)
        self.session.notify()


# --- Qt mechanics ---------------------------------------------------------------------------------------------
def page_image(document: QPdfDocument, index: int, dpi: int = PRINT_DPI) -> QImage:
    """One page at `dpi`, on white: QPdfDocument.render() leaves the page background transparent."""
    points = document.pagePointSize(index)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    page = QImage(size, QImage.Format.Format_RGB32)
    page.fill(Qt.GlobalColor.white)
    painter = QPainter(page)
    painter.drawImage(0, 0, document.render(index, size))
    painter.end()
    return page


def print_pages(document: QPdfDocument, printer: QPrinter, dpi: int = PRINT_DPI) -> int:
    """Every page (or the range chosen in the print dialog) onto `printer`, each fitted to the printable
    area without distortion. Returns the number of pages sent; 0 when the printer could not start."""
    count = document.pageCount()
    first, last = 1, count
    if printer.fromPage() > 0:
        first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
    painter = QPainter()
    if count == 0 or not painter.begin(printer):
        return 0
    sent = 0
    try:
        area = painter.viewport()
        for number in range(first, last + 1):
            if sent and not printer.newPage():
                break
            image = page_image(document, number - 1, dpi)
            fitted = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            left = area.x() + (area.width() - fitted.width()) // 2
            painter.drawImage(QRect(left, area.y(), fitted.width(), fitted.height()), image)
            sent += 1
    finally:
        painter.end()
    return sent


# --- the File menu's print actions --------------------------------------------------------------------------------

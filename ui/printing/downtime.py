"""Printing from the downtime copy while the ward server is unreachable: the ward handover and the paper
checklist, read from the newest verified local copy (bedside/services/downtime.py) in the same preview.

Nothing can be written to the server meanwhile, so a severity chosen in the preview is printed but not
kept, and the print is recorded in the server's trail only once it is back (docs/ward-server.md, "Outage").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from bedside.printouts import RenderedPdf, file_name, render_paper_checklist
from bedside.printouts.data import Printout
from bedside.printouts.paper_checklist import PaperChecklist
from bedside.services import downtime
from bedside.services.paper_checklist import paper_checklist
from ui.access.session import Session
from ui.i18n import current_language
from ui.i18n import tr as _tr
from ui.printing.printable import Gathered, Printable, printed_at, printed_by

if TYPE_CHECKING:
    from bedside.storage import Store
    from bedside.storage.audit import Actor

CHECKLIST = "checklist"


@dataclass(frozen=True, slots=True)
class OwedPrint:
    """A print from the downtime copy, to be recorded in the server's trail once it is back."""

    actor: Actor
    ward: str | None
    pages: int
    output: str
    patients: int
    later: dict[str, str]


class DowntimePrintable(Printable):
    """The ward handover (kind "ward") or the paper checklist (kind "checklist") of the board's ward, read
    from a downtime copy; every sheet says from the copy of when."""

    def __init__(
        self, session: Session, kind: str, copy: downtime.DowntimeCopy, ward: str | None, owed: list[OwedPrint]
    ) -> None:
        super().__init__(session, "ward", ward=ward)
        self.owed = owed  # the outage's list: recorded when the server is back
        self.kind = kind
        self.copy = copy
        self.taken = copy.taken.astimezone(session.zone).replace(tzinfo=None)  # the ward's clock, as printed
        self._store: Store | None = None
        self._sheet: PaperChecklist | None = None

    def source(self) -> Store:
        if self._store is None:
            self._store = downtime.open_copy(self.copy)  # read-only; a worker opens its own reader on its path
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    @property
    def has_severity(self) -> bool:
        return self.kind != CHECKLIST

    def reader(self) -> Callable[[Store], Gathered]:
        taken = self.taken
        if self.kind != CHECKLIST:
            read = super().reader()

            def handover(store: Store) -> Gathered:
                got = read(store)
                assert got.handover is not None
                printout = replace(got.handover.printout, copy_taken=taken)
                return replace(got, handover=replace(got.handover, printout=printout))

            return handover
        s = self.session
        by, at, today, zone, ward = printed_by(s), printed_at(s), s.today, s.zone, self.ward
        lang = current_language()

        def checklist(store: Store) -> Gathered:
            sheet = paper_checklist(store, ward, today, printed_by=by, printed_at=at, zone=zone, language=lang)
            return Gathered(None, None, {}, sheet=replace(sheet, printout=replace(sheet.printout, copy_taken=taken)))

        return checklist

    def take(self, gathered: Gathered) -> None:
        super().take(gathered)
        self._sheet = gathered.sheet

    def renderer(self) -> Callable[[], RenderedPdf]:
        if self.kind != CHECKLIST:
            return super().renderer()
        sheet, paper = self._sheet, self.paper
        assert sheet is not None
        return lambda: render_paper_checklist(sheet, paper=paper)

    def choose(self, mrn: str, level: str | None) -> None:
        """Printed on this sheet only: the ward server cannot keep it now."""
        if level is None:
            self.severity.pop(mrn, None)
        else:
            self.severity[mrn] = level

    def stale(self) -> bool:
        return False  # the copy does not change under the sheet

    def _printout(self) -> Printout:
        if self._sheet is not None:
            return self._sheet.printout
        return super()._printout()

    def restamp(self) -> bool:
        if self._sheet is None:
            return super().restamp()
        fresh = replace(self._sheet.printout, printed_at=printed_at(self.session))
        if fresh.printed_at_text == self._sheet.printout.printed_at_text:
            return False
        self._sheet = replace(self._sheet, printout=fresh)
        return True

    @property
    def title(self) -> str:
        at = f"{self.taken:%H:%M}"
        if self.kind == CHECKLIST:
            return _tr("Paper checklist, {day}, from the downtime copy of {time}").format(
                day=self.session.today.isoformat(), time=at
            )
        return _tr("Ward handover, {day}, from the downtime copy of {time}").format(
            day=self.session.today.isoformat(), time=at
        )

    @property
    def file_name(self) -> str:
        kind = "paper-checklist" if self.kind == CHECKLIST else "handover-downtime"
        return file_name(kind, self.session.today, self.ward)

    def record(self, output: str, pages: int, then: Callable[[], None] | None = None) -> None:
        """The server cannot record it now: a saved file takes its name at once, and the print is recorded
        once the server is back (ui/outage.py), saying when and from which copy."""
        if then is not None:
            then()
        later = {
            "printed_at": self.session.now(),
            "from_downtime_copy": self.copy.taken.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "sheet": "paper checklist" if self.kind == CHECKLIST else "ward handover",
        }
        patients = len(self._sheet.patients) if self._sheet is not None else len(self.patients)
        self.owed.append(OwedPrint(self.session.actor, self.ward, pages, output, patients, later))


def copy_time(copy: downtime.DowntimeCopy | None, session: Session) -> str:
    """The copy's time on the ward's clock, as the banner says it ("08:55"), or "" when there is none."""
    if copy is None:
        return ""
    local: datetime = copy.taken.astimezone(session.zone)
    return f"{local:%H:%M}" if local.date() == session.today else f"{local:%Y-%m-%d %H:%M}"

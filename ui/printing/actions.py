"""Printing from the window: the File menu's three print actions, the document each one previews, and the
Qt mechanics (pages onto a QPrinter on white); a saved PDF is written by bedside/config/file_out.py.

QtPdf is imported only when a preview opens (ui/printing/preview.py), so starting the app costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.access.session import Session
from ui.i18n import tr as _tr
from ui.printing.printable import Printable
from ui.wiring import run_on

if TYPE_CHECKING:
    from ui.board.page import BoardPage
    from ui.printing.preview import HandoverPreview
    from ui.tasks import Tasks


class PrintingWindow(Protocol):
    """What the print actions need from the main window."""

    session: Session
    board: BoardPage
    tasks: Tasks

    def current_mrn(self) -> str | None: ...

    def show_message(self, title: str, text: str) -> QMessageBox: ...


class PrintMenu(QObject):
    """Print ward handover… (Ctrl+P, the ward chosen on the board), Print patient handover… and Print
    follow-up plan… (the open or selected patient). Each opens the preview; printing happens there."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.preview: HandoverPreview | None = None
        self.last_message: QMessageBox | None = None
        self.ward_action = self._action(_tr("&Print ward handover…"), self.print_ward)
        self.ward_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.patient_action = self._action(_tr("Print p&atient handover…"), self.print_patient)
        self.patient_action.setToolTip(_tr("Preview and print the I-PASS handover of the open or selected patient"))
        self.list_action = self._action(_tr("Print ward li&st…"), self.print_list)
        self.list_action.setToolTip(_tr("Preview and print the compact ward list: one row per patient"))
        self.list_action.setStatusTip(self.list_action.toolTip())
        self.plan_action = self._action(_tr("Print &follow-up plan…"), self.print_plan)
        self.plan_action.setToolTip(_tr("Preview and print the patient's own follow-up plan, in large type"))
        for action in (self.patient_action, self.plan_action):
            action.setStatusTip(action.toolTip())
        self.update()

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        run_on(action.triggered, slot)
        return action

    @property
    def actions(self) -> list[QAction]:
        return [self.ward_action, self.list_action, self.patient_action, self.plan_action]

    def _host(self) -> PrintingWindow:
        return self.window  # type: ignore[return-value]

    def update(self) -> None:
        """Enable what can be printed now, and say which ward Ctrl+P prints."""
        host = self._host()
        ward = host.board.current_ward()
        rows = host.board.model.rows()
        self.ward_action.setEnabled(any(ward is None or row.ward == ward for row in rows))
        self.list_action.setEnabled(self.ward_action.isEnabled())
        if ward is None:
            text = _tr("&Print ward handover: all wards…")
            tip = _tr("Preview and print the I-PASS handover of every active patient, all wards")
        else:
            text = _tr("&Print ward handover: {ward}…").format(ward=ward.replace("&", "&&"))
            tip = _tr("Preview and print the I-PASS handover of every active patient on ward {ward}").format(ward=ward)
        self.ward_action.setText(text)
        self.ward_action.setToolTip(tip)
        self.ward_action.setStatusTip(tip)
        has_patient = host.current_mrn() is not None
        self.patient_action.setEnabled(has_patient)
        self.plan_action.setEnabled(has_patient)

    def print_ward(self) -> HandoverPreview | None:
        return self.open_preview("ward", ward=self._host().board.current_ward())

    def print_list(self) -> HandoverPreview | None:
        return self.open_preview("list", ward=self._host().board.current_ward())

    def print_patient(self) -> HandoverPreview | None:
        mrn = self._host().current_mrn()
        return None if mrn is None else self.open_preview("patient", mrn=mrn)

    def print_plan(self) -> HandoverPreview | None:
        mrn = self._host().current_mrn()
        return None if mrn is None else self.open_preview("plan", mrn=mrn)

    def open_preview(self, kind: str, *, ward: str | None = None, mrn: str | None = None) -> HandoverPreview | None:
        """The preview opens at once, "Preparing the sheet…"; the data is read and the PDF drawn in workers
        (ui/tasks.py), and the pages show when they come. A sheet that cannot be made closes it and says why."""
        from ui.printing.preview import HandoverPreview  # QtPdf loads with the first preview

        host = self._host()
        printable = Printable(host.session, kind, ward=ward, mrn=mrn)
        self.preview = HandoverPreview.start(printable, host.tasks, self.window, self._not_made, self._closed)
        return self.preview

    def _not_made(self, preview: HandoverPreview, text: str) -> None:
        preview.reject()
        self._tell(text)

    def _closed(self) -> None:
        self.preview = None  # the dialog deletes itself, and the patient data it held

    def _tell(self, text: str) -> None:
        self.last_message = self._host().show_message(_tr("Nothing to print"), text)

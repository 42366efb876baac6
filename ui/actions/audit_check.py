"""Check the audit chain: at start (silent when intact) and on demand (Admin > Check the audit trail)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from bedside.services import audit_trail
from bedside.services.records import ChainReport, Store
from ui.actions.file_check import FileCheck
from ui.i18n import tr as _tr

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def report_text(report: ChainReport) -> str:
    if report.ok:
        return _tr("The audit trail is intact: {n} events, newest {head}.").format(
            n=report.rows, head=report.head_label
        )
    return _tr(
        "The audit trail was changed outside Bedside.\n\n"
        "First bad row: #{seq}: {problem}.\n"
        "Rows up to #{good} ({head}) are intact; printed sheets show the head they were printed with.\n\n"
        "Keep this database and the ward's printouts as they are, and tell your admin."
    ).format(seq=report.first_bad_seq, problem=report.problem, good=report.head_seq, head=report.head_label)


class AuditCheck(QObject):
    checked = Signal(object)  # the ChainReport, once a check has run (in a worker)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(_tr("&Check the audit trail"), window)
        self.action.setToolTip(_tr("Recompute the chain of every recorded event and name the first changed row"))
        self.action.triggered.connect(self.check_now)
        self.last: ChainReport | None = None
        self.last_box: QMessageBox | None = None
        self.file = FileCheck(window)  # the full check of a large database file, started with the chain's

    def verify(self) -> ChainReport:
        self.last = audit_trail.verify(self.window.store)
        return self.last

    def _run(self, shown: Callable[[ChainReport], object]) -> None:
        """In a worker on a read-only connection of its own (a long trail takes seconds); the window works."""

        def done(report: ChainReport) -> None:
            self.last = report
            shown(report)
            self.checked.emit(report)

        def failed(_err: BaseException) -> None:  # the file vanished or is unreadable: check on this connection
            try:
                report = audit_trail.verify(self.window.store)
            except sqlite3.DatabaseError as err:  # damaged pages: the file's full check names them
                if self.file.pending is None:
                    self.window.show_message(_tr("Audit trail"), str(err), QMessageBox.Icon.Critical)
                return
            done(report)

        self.window.tasks.run_read(self.window.store, _verify, done, failed)

    def check_at_start(self) -> None:
        """Quiet when intact (a status-bar line); a tamper report is shown as soon as it is known."""
        self.file.start()
        self._run(self._started)

    def _started(self, report: ChainReport) -> None:
        if report.ok:
            self.window.statusBar().showMessage(report_text(report), 8000)
        else:
            self.window.show_message(_tr("Audit trail changed"), report_text(report), QMessageBox.Icon.Critical)

    def check_now(self) -> None:
        """Admin > Check the audit trail: the answer comes in a message box (last_box) when the check is done."""
        self.window.statusBar().showMessage(_tr("Checking the audit trail…"))
        self._run(self._show)

    def _show(self, report: ChainReport) -> None:
        self.window.statusBar().clearMessage()
        icon = QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Critical
        self.last_box = self.window.show_message(_tr("Audit trail"), report_text(report), icon)


def _verify(reader: Store) -> ChainReport:
    return audit_trail.verify(reader)

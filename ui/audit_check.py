"""Check the audit chain: at start (silent when intact) and on demand (Admin > Check the audit trail)."""

from __future__ import annotations

import sqlite3
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from bedside.services import audit_trail
from bedside.services.audit_trail import verify_file
from bedside.storage.audit import ChainReport
from ui.file_check import FileCheck
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


class AuditCheck:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.action = QAction(_tr("&Check the audit trail"), window)
        self.action.setToolTip(_tr("Recompute the chain of every recorded event and name the first changed row"))
        self.action.triggered.connect(self.check_now)
        self.last: ChainReport | None = None
        self.file = FileCheck(window)  # the full check of a large database file, started with the chain's

    def verify(self) -> ChainReport:
        self.last = audit_trail.verify(self.window.store)
        return self.last

    def check_at_start(self) -> None:
        """In a thread with its own read-only connection (a long trail takes seconds); the window works
        meanwhile. Quiet when intact (a status-bar line); a tamper report is shown as soon as it is known."""
        self.file.start()
        path = self.window.store.path
        if path == ":memory:":
            self._started(self.verify())
            return
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="audit-check")
        self.pending: Future[ChainReport] = pool.submit(verify_file, path)
        pool.shutdown(wait=False)
        self._poll = QTimer(self.window)
        self._poll.timeout.connect(self._check_done)
        self._poll.start(100)

    def _check_done(self) -> None:
        if not self.pending.done():
            return
        self._poll.stop()
        try:
            report = self.pending.result()
        except Exception:  # the file vanished or is unreadable: check on this connection instead
            try:
                report = self.verify()
            except sqlite3.DatabaseError as err:  # damaged pages: the file's full check names them
                if self.file.pending is None:
                    self.window.show_message(_tr("Audit trail"), str(err), QMessageBox.Icon.Critical)
                return
        self.last = report
        self._started(report)

    def _started(self, report: ChainReport) -> None:
        if report.ok:
            self.window.statusBar().showMessage(report_text(report), 8000)
        else:
            self.window.show_message(_tr("Audit trail changed"), report_text(report), QMessageBox.Icon.Critical)

    def check_now(self) -> QMessageBox:
        report = self.verify()
        icon = QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Critical
        return self.window.show_message(_tr("Audit trail"), report_text(report), icon)

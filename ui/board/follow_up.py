"""Patient > Follow-up of discharged patients…: every discharged patient whose plan has something open now or
in the next four weeks (bedside/views/follow_up.py), most urgent first, and their follow-up plan to print."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QPushButton, QTableWidgetItem, QVBoxLayout

from bedside.services.board import follow_up as follow_up_list
from bedside.views.follow_up import AHEAD_DAYS, FollowUpItem, FollowUpPatient
from ui.i18n import tr as _tr
from ui.tables import result_label, row_table
from ui.wiring import run_on

if TYPE_CHECKING:
    from ui.main_window import MainWindow

STATUS = {"overdue": "OVERDUE", "due": "due", "needs-data": "needs data", "stop-review": "review stopping"}


def _now(items: tuple[FollowUpItem, ...]) -> str:
    return "\n".join(f"{i.title}: {_tr(STATUS.get(i.status, i.status))}" for i in items) or _tr("nothing")


def _coming(items: tuple[FollowUpItem, ...]) -> str:
    return "\n".join(f"{i.day.isoformat()} {i.title}" for i in items) or _tr("nothing")


class FollowUpView(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.patients: list[FollowUpPatient] = []
        self.setWindowTitle(_tr("Bedside: follow-up of discharged patients"))
        self.setAccessibleName(_tr("Follow-up of discharged patients"))
        headers = [_tr("Ward"), _tr("MRN"), _tr("Name"), _tr("Day"), _tr("Due now"), _tr("Next 4 weeks")]
        self.table = row_table(headers, _tr("Discharged patients with follow-up due"))
        self.message = result_label(_tr("Result"))
        self.plan_button = QPushButton(_tr("Print &follow-up plan…"))
        self.plan_button.setAccessibleName(_tr("Print follow-up plan"))
        self.plan_button.setToolTip(_tr("The chosen patient's own plan: dates, medicines, who to call"))
        self.plan_button.setAutoDefault(False)
        run_on(self.plan_button.clicked, self.print_plan)
        self.table.activated.connect(lambda _index: self.print_plan())  # Enter or a double click
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(_tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.plan_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(close)
        window.session.changed.connect(self.reload)
        self.reload()
        self.resize(1000, 480)

    def reload(self) -> None:
        session = self.window_.session
        self.patients = follow_up_list(session.store, session.today, session.zone)
        self.table.setRowCount(len(self.patients))
        for r, p in enumerate(self.patients):
            cells = (p.ward, p.mrn, p.name, f"{p.day:+d}", _now(p.now), _coming(p.coming))
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self.message.setText(
            _tr("{n} discharged patient(s) with follow-up due now or in the next {days} days.").format(
                n=len(self.patients), days=AHEAD_DAYS
            )
        )

    def chosen(self) -> str | None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.patients):
            self.message.setText(_tr("Choose a patient in the list first."))
            return None
        return self.patients[row].mrn

    def print_plan(self) -> bool:
        mrn = self.chosen()
        return mrn is not None and self.window_.printing.open_preview("plan", mrn=mrn) is not None

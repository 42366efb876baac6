"""Patient > Discharge / Archive (with a reason), the list of discharged and archived patients with Readmit,
and Admin > Remove the DEMO ward. The core (bedside/storage/stays.py) checks and audits each one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from bedside.domain.errors import BedsideError
from bedside.services import demo, patients
from ui.i18n import tr as _tr
from ui.i18n import tr_noop
from ui.reason_dialog import ask_reason
from ui.tables import result_label, row_table
from ui.wiring import run_on

if TYPE_CHECKING:
    from ui.board.follow_up import FollowUpView
    from ui.main_window import MainWindow

COLUMNS = (tr_noop("MRN"), tr_noop("Name"), tr_noop("Ward"), tr_noop("Bed"), tr_noop("Stay"))
STAYS = (tr_noop("active"), tr_noop("discharged"), tr_noop("archived"))  # shown with _tr(stay)


class StayActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.discharge_action = self._action(_tr("&Discharge patient…"), self.discharge)
        self.discharge_action.setToolTip(_tr("Take the open or selected patient off the board, with a reason"))
        self.archive_action = self._action(_tr("Arc&hive patient…"), self.archive)
        self.archive_action.setToolTip(_tr("Take the open or selected patient off every list, with a reason"))
        self.list_action = self._action(_tr("Discharged and archived &patients…"), self.show_list)
        self.list_action.setToolTip(_tr("See patients who are not on the board, and readmit one"))
        self.follow_up_action = self._action(_tr("&Follow-up of discharged patients…"), self.show_follow_up)
        self.follow_up_action.setToolTip(_tr("Discharged patients with long-term follow-up due now or soon"))
        self.demo_action = self._action(_tr("Remove the &DEMO ward…"), self.remove_demo)
        self.demo_action.setToolTip(_tr("Delete every demo patient; real patients are never touched"))
        self.dialog: StayList | None = None
        self.follow_up: FollowUpView | None = None

    def _action(self, text: str, slot: object) -> QAction:
        action = QAction(text, self.window)
        run_on(action.triggered, slot)  # type: ignore[arg-type]
        return action

    @property
    def actions(self) -> list[QAction]:
        return [self.discharge_action, self.archive_action, self.list_action, self.follow_up_action]

    def update(self) -> None:
        has_patient = self.window.current_mrn() is not None
        self.discharge_action.setEnabled(has_patient)
        self.archive_action.setEnabled(has_patient)
        self.demo_action.setEnabled(self.window.session.user.is_admin)

    def _move(self, mrn: str, to: str, reason: str | None) -> bool:
        if reason is None:
            return False
        session = self.window.session
        try:
            patients.move_stay(session.store, session.actor, mrn, to, reason)
        except BedsideError as err:
            self.window.show_message(_tr("Nothing was changed"), str(err))
            return False
        if to != "active":  # off the board: back to it (leaving was already asked about)
            self.window.show_board(discard=True)
        session.notify()
        self.window.statusBar().showMessage(_tr("{mrn} is now {stay}.").format(mrn=mrn, stay=_tr(to)), 8000)
        return True

    def discharge(self) -> bool:
        mrn = self.window.current_mrn()
        if mrn is None or not self.window.may_leave_patient():
            return False
        question = _tr("Why is {mrn} discharged? (recorded in the history)").format(mrn=mrn)
        return self._move(mrn, "discharged", ask_reason(self.window, _tr("Discharge patient"), question))

    def archive(self) -> bool:
        mrn = self.window.current_mrn()
        if mrn is None or not self.window.may_leave_patient():
            return False
        question = _tr("Why is {mrn} archived? They will be on no list. (recorded in the history)").format(mrn=mrn)
        return self._move(mrn, "archived", ask_reason(self.window, _tr("Archive patient"), question))

    def show_list(self) -> StayList:
        self.dialog = StayList(self)
        self.dialog.open()
        return self.dialog

    def show_follow_up(self) -> FollowUpView:
        from ui.board.follow_up import FollowUpView

        self.follow_up = FollowUpView(self.window)
        self.follow_up.open()
        return self.follow_up

    def remove_demo(self) -> bool:
        window, session = self.window, self.window.session
        if not window.confirm(
            _tr("Remove the DEMO ward?"),
            _tr("Delete every demo patient (ward DEMO) and their demo data? Real patients are not touched."),
        ):
            return False
        try:
            removed = demo.remove_demo_ward(session.store, session.actor, session.user)
        except BedsideError as err:
            window.show_message(_tr("Nothing was removed"), str(err))
            return False
        window.show_board(discard=True)
        session.notify()
        window.statusBar().showMessage(_tr("{n} demo patients removed.").format(n=removed), 8000)
        return True


class StayList(QDialog):
    """Discharged and archived patients; Readmit puts the chosen one back on the board, with a reason."""

    def __init__(self, actions: StayActions) -> None:
        super().__init__(actions.window)
        self.stay_actions = actions  # not self.actions: that is QWidget.actions()
        self.setWindowTitle(_tr("Bedside: discharged and archived patients"))
        self.setAccessibleName(_tr("Discharged and archived patients"))
        self.table = row_table([_tr(c) for c in COLUMNS], _tr("Patients not on the board"))
        self.message = result_label(_tr("Result"))
        self.readmit_button = QPushButton(_tr("&Readmit…"))
        self.readmit_button.setAccessibleName(_tr("Readmit"))
        self.readmit_button.setAutoDefault(False)
        run_on(self.readmit_button.clicked, self.readmit)
        self.plan_button = QPushButton(_tr("Print &follow-up plan…"))
        self.plan_button.setAccessibleName(_tr("Print follow-up plan"))
        self.plan_button.setToolTip(_tr("A discharged patient's own plan: vaccinations, prophylaxis, who to call"))
        self.plan_button.setAutoDefault(False)
        run_on(self.plan_button.clicked, self.print_plan)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(_tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.readmit_button)
        buttons.addWidget(self.plan_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.reload()
        self.resize(640, 360)

    def reload(self) -> None:
        rows = patients.off_board(self.stay_actions.window.store)
        self.table.setRowCount(len(rows))
        for r, (mrn, name, ward, bed, stay) in enumerate(rows):
            for c, text in enumerate((mrn, name, ward or "", bed or "", _tr(stay))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def chosen(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is None:
            self.message.setText(_tr("Choose a patient in the list first."))
            return None
        return item.text()

    def print_plan(self) -> bool:
        """The follow-up plan goes on after discharge: preview and print it from here."""
        mrn = self.chosen()
        return mrn is not None and self.stay_actions.window.printing.open_preview("plan", mrn=mrn) is not None

    def readmit(self) -> bool:
        mrn = self.chosen()
        if mrn is None:
            return False
        reason = ask_reason(self, _tr("Readmit patient"), _tr("Why is {mrn} readmitted?").format(mrn=mrn))
        if self.stay_actions._move(mrn, "active", reason):
            self.reload()
            self.message.setText(_tr("{mrn} is back on the board.").format(mrn=mrn))
            return True
        return False

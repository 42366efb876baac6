"""The main window: the ward board (home) and one patient at a time, with the File/View/Help menus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMenu, QMessageBox, QStackedWidget

from bedside import __version__
from bedside.config.paths import APP_NAME
from bedside.services import board, patients
from bedside.services import settings as site_settings
from bedside.services.records import Store, User
from ui.access.lock import LOCK_KEYS, IdleLock
from ui.access.session import Session
from ui.access.sign_in import SignInDialog
from ui.actions import patient_files
from ui.actions.audit_check import AuditCheck
from ui.actions.backups import install_backup_actions
from ui.actions.export import ward_list_action
from ui.actions.interop import InteropActions
from ui.actions.stays import StayActions
from ui.board.feed import BoardFeed
from ui.board.page import BoardPage
from ui.i18n import tr as _tr
from ui.i18n import tr_noop
from ui.lazy import AfterFirstPaint
from ui.outage import Outage, install_outage
from ui.patient.unsaved import may_leave
from ui.printing.actions import PrintMenu
from ui.style import EMERGENCY_BADGE_STYLE, READ_ONLY_BADGE_STYLE
from ui.tasks import Latest, Tasks
from ui.wiring import run_on

if TYPE_CHECKING:  # imported when first opened: the window starts without them
    from ui.board.ahead import BoardAhead
    from ui.dialogs.patient_dialog import PatientDialog
    from ui.patient.view import PatientView

NOTICE = tr_noop("Bedside is a documentation aid for locally approved protocols, not a medical device.")
MINUTES_MS = 20_000  # the minutes since a fever, redrawn three times a minute


def app_settings() -> QSettings:
    """Window state and preferences; the data itself lives in the database."""
    return QSettings(APP_NAME, APP_NAME)


class MainWindow(BoardFeed, QMainWindow):
    board_refreshed = Signal()  # new board rows are shown (they are computed in a worker)

    def __init__(
        self, session: Session, *, fill_after_paint: bool = False, counted_ahead: BoardAhead | None = None
    ) -> None:
        super().__init__()
        self.session = session
        self.patient_view: PatientView | None = None
        self.patient_dialog: PatientDialog | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self.last_message: QMessageBox | None = None
        self._stale = False
        self.outage: Outage | None = None  # set in _menus, for a ward server (ui/outage.py)
        self.tasks = Tasks(self)  # slow reads and printouts run here, off the GUI thread (ui/tasks.py)
        self._board_reads = Latest(self.tasks, self)
        # Rows of patients unchanged since the last board (of this start, or saved by the last) are not counted again.
        self._board_memo = (
            board.kept_memo(session.store) if counted_ahead is None else counted_ahead.memo_for(session.store)
        )
        self._wanted_mrn: str | None = None  # selected once the board being computed is shown
        self._counting: str | None = None  # the status bar's note while only the first screenful is shown
        settings = app_settings()
        self.board = BoardPage(str(settings.value("board/ward", "")))
        self.board.open_requested.connect(self.open_patient)
        self.board.current_changed.connect(self._update_actions)
        self.board.ward_chosen.connect(lambda ward: app_settings().setValue("board/ward", ward))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.board)
        self.setCentralWidget(self.stack)
        notice = QLabel(_tr(NOTICE))
        notice.setAccessibleName(_tr("Notice"))
        self.statusBar().addWidget(notice, 1)
        self.user_label = QLabel()
        self.user_label.setTextFormat(Qt.TextFormat.PlainText)
        self.user_label.setAccessibleName(_tr("Signed in as"))
        self.statusBar().addPermanentWidget(self.user_label)
        self.emergency_label = QLabel(_tr("EMERGENCY ACCESS: every action is flagged for review"))
        self.emergency_label.setStyleSheet(EMERGENCY_BADGE_STYLE)
        self.emergency_label.setAccessibleName(_tr("Emergency access"))
        self.statusBar().addPermanentWidget(self.emergency_label)
        if self.store.read_only:
            read_only = QLabel(_tr("READ-ONLY: this database cannot be written here; nothing can be saved"))
            read_only.setStyleSheet(READ_ONLY_BADGE_STYLE)
            read_only.setAccessibleName(_tr("Read-only database"))
            self.statusBar().addPermanentWidget(read_only)
        self.audit = AuditCheck(self)
        self._menus()
        self.backups = install_backup_actions(self)  # File > Back up now, Restore from backup…; hourly check
        self.stays = StayActions(self)  # Patient > Discharge, Archive, the list with Readmit; Admin > remove DEMO
        patient_menu = QMenu(_tr("&Patient"), self)
        self.menuBar().insertMenu(self.menuBar().actions()[1], patient_menu)
        patient_menu.setToolTipsVisible(True)
        patient_menu.addActions(self.stays.actions)
        self.admin_menu.addAction(self.stays.demo_action)
        self.idle_lock = IdleLock(self, self._lock_ms())
        self._minutes = QTimer(self)  # "fever 25 min ago" on the board keeps counting
        self._minutes.setInterval(MINUTES_MS)
        self._minutes.timeout.connect(lambda: self.board.model.set_now(self.session.now_local()))
        self._minutes.start()
        self._connect_session()
        if (geometry := settings.value("main/geometry")) is None or not self.restoreGeometry(geometry):
            self._fill_screen()  # the first start: the whole screen it opens on, not a small window
        self.board.restore_layout(settings.value("board/header"))
        if (state := settings.value("main/state")) is not None:
            self.restoreState(state)
        if fill_after_paint:  # the app's start: on screen first, then the ward (a 500-patient board takes ~0.7 s)
            self.setWindowTitle(_tr("Bedside: loading the ward…"))
            self._first_fill = AfterFirstPaint(self, self.refresh)
        else:
            self.refresh()

    def _fill_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            self.resize(available.size())
            self.move(available.topLeft())

    def _action(
        self, text: str, slot: Callable[[], object] | None, shortcut: QKeySequence | None = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        if slot is not None:
            run_on(action.triggered, slot)
        return action

    def _menus(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(_tr("&New patient…"), self.new_patient, QKeySequence(keys.New))
        self.edit_action = self._action(
            _tr("&Edit patient…"), self.edit_patient, QKeySequence("Ctrl+E"), _tr("Edit the selected or open patient")
        )
        self.import_action = self._action(
            _tr("&Import patient JSON…"),
            self.import_patient,
            QKeySequence(keys.Open),
            _tr("Add a bedside-patient/1 file"),
        )
        self.export_action = self._action(
            _tr("E&xport patient JSON…"), self.export_patient, tip=_tr("Save the selected or open patient as a file")
        )
        self.printing = PrintMenu(self)  # Ctrl+P: the ward chosen on the board; then the open patient's sheets
        self.print_action = self.printing.ward_action
        toolbar = self.addToolBar(_tr("Print"))  # the handover is one click away on the board, Print is the second
        toolbar.setObjectName("print-toolbar")
        toolbar.setAccessibleName(_tr("Print toolbar"))
        toolbar.addAction(self.print_action)
        toolbar.widgetForAction(self.print_action).setAccessibleName(_tr("Print ward handover"))
        self.switch_action = self._action(
            _tr("S&witch user…"), self.switch_user, tip=_tr("Sign in as someone else on this workstation")
        )
        self.lock_action = self._action(
            _tr("&Lock screen"), self.lock_screen, LOCK_KEYS, _tr("Hide patient data until you unlock")
        )
        self.quit_action = quit_action = self._action(_tr("&Quit"), self.close, QKeySequence(keys.Quit))
        file_menu = self.menuBar().addMenu(_tr("&File"))
        file_menu.setToolTipsVisible(True)  # the print actions say which ward or patient they print
        self.ward_list_action = ward_list_action(self)
        self.interop = InteropActions(self)  # FHIR export, lab files, and the bar offering a new lab file
        exports = [self.import_action, self.export_action, *self.interop.actions, self.ward_list_action]
        groups = [[self.new_action, self.edit_action], exports, self.printing.actions]
        for group in [*groups, [self.lock_action, self.switch_action, quit_action]]:
            if file_menu.actions():
                file_menu.addSeparator()
            file_menu.addActions(group)
        self.find_action = self._action(_tr("&Find patient"), self.focus_search, QKeySequence(keys.Find))
        self.refresh_action = self._action(_tr("&Refresh"), self.session_refresh, QKeySequence(keys.Refresh))
        self.back_action = self._action(
            _tr("&Back to the ward board"), self.show_board, QKeySequence(Qt.Key.Key_Escape), _tr("Esc or Alt+Left")
        )
        view_menu = self.menuBar().addMenu(_tr("&View"))
        view_menu.setToolTipsVisible(True)
        for action in (self.find_action, self.refresh_action, self.back_action):
            view_menu.addAction(action)
        self.users_action = self._action(
            _tr("&Users and settings…"), self.show_users, tip=_tr("Add users, set PINs, unlock, roles, lock time")
        )
        self.admin_menu = self.menuBar().addMenu(_tr("&Admin"))
        self.admin_menu.setToolTipsVisible(True)
        self.admin_menu.addAction(self.users_action)
        self.admin_menu.addAction(self.audit.action)
        help_menu = self.menuBar().addMenu(_tr("&Help"))
        self.about_action = self._action(_tr("&About Bedside"), self.show_about)
        help_menu.addAction(self.about_action)
        self.outage = install_outage(self, file_menu)  # a ward server: the red banner and the downtime copy

    def _connect_session(self) -> None:
        self.session.changed.connect(self._data_changed)
        user = self.session.user
        self.user_label.setText(_tr("Signed in: {name} ({initials})").format(name=user.name, initials=user.initials))
        self.emergency_label.setVisible(self.session.emergency)
        self.users_action.setEnabled(user.is_admin)  # the core checks again on every admin action
        self.backups.restore_action.setEnabled(user.is_admin)  # replacing the database is admin work

    @property
    def store(self) -> Store:
        return self.session.store

    # --- the board ------------------------------------------------------------------------------
    def _data_changed(self) -> None:
        self.idle_lock.set_idle_ms(self._lock_ms())  # an admin may have changed it on another workstation
        self.interop.check_folder()  # the watched folder may be set, or a file imported, elsewhere
        # The open patient reloads itself; the board catches up when it is shown again.
        if self.stack.currentWidget() is self.board:
            self.refresh()
        else:
            self._stale = True

    def session_refresh(self) -> None:
        """F5: every open view reloads (as after a write)."""
        self.session.notify()

    def focus_search(self) -> None:
        if self.show_board():
            self.board.focus_search()

    def current_mrn(self) -> str | None:
        """The open patient, else the one selected on the board."""
        if self.patient_view is not None and self.stack.currentWidget() is self.patient_view:
            return self.patient_view.mrn
        return self.board.current_mrn()

    def _update_actions(self) -> None:
        has_patient = self.current_mrn() is not None
        self.edit_action.setEnabled(has_patient)
        self.export_action.setEnabled(has_patient)
        self.back_action.setEnabled(self.patient_view is not None)
        self.printing.update()
        self.stays.update()
        self.interop.update()
        if self.outage is not None:
            self.outage.restrict()  # while the ward server is away, what needs it stays off

    # --- one patient ------------------------------------------------------------------------------
    def open_selected(self) -> None:
        if (mrn := self.current_mrn()) is not None:
            self.open_patient(mrn)

    def open_patient(self, mrn: str) -> None:
        from ui.patient.view import PatientView

        if self.outage is not None and self.outage.down:
            self.outage.refuse()  # the record is on the server: the board and the downtime copy remain
            return
        self._close_patient()
        self.patient_view = PatientView(self.session, mrn)
        self.patient_view.back_requested.connect(lambda: self.show_board())
        self.stack.addWidget(self.patient_view)
        self.stack.setCurrentWidget(self.patient_view)
        self.patient_view.checklist.tree.setFocus()  # Space ticks at once, as soon as the patient opens
        self._update_actions()

    def show_board(self, *, discard: bool = False) -> bool:
        """Back to the board; typed text not yet saved is never dropped without asking (unless `discard`)."""
        if not discard and not self.may_leave_patient():
            return False
        mrn = self.current_mrn()
        self._close_patient()
        self.stack.setCurrentWidget(self.board)
        if self._stale:
            self.refresh()
        self.select_mrn(mrn)
        self.board.table.setFocus()
        self._update_actions()
        return True

    def may_leave_patient(self) -> bool:
        """True when nothing typed would be lost, or the user chose to discard it (ui/patient/unsaved.py)."""
        view = self.patient_view
        return view is None or self.stack.currentWidget() is not view or may_leave(self, view)

    def _close_patient(self) -> None:
        if self.patient_view is not None:
            self.stack.removeWidget(self.patient_view)
            self.patient_view.deleteLater()
            self.patient_view = None

    # --- patients: add, edit, import, export -------------------------------------------------------
    def new_patient(self) -> PatientDialog:
        from ui.dialogs.patient_dialog import PatientDialog

        return self._open_dialog(PatientDialog(self.session, None, self))

    def edit_patient(self) -> PatientDialog | None:
        mrn = self.current_mrn()
        if mrn is None:
            return None
        from ui.dialogs.patient_dialog import PatientDialog

        return self._open_dialog(PatientDialog(self.session, patients.load(self.store, mrn), self))

    def _open_dialog(self, dialog: PatientDialog) -> PatientDialog:
        self.patient_dialog = dialog
        dialog.accepted.connect(self._patient_saved)
        dialog.open()
        return dialog

    def _patient_saved(self) -> None:
        if self.patient_dialog is not None:
            self.select_mrn(self.patient_dialog.saved_mrn)

    def import_patient(self) -> None:
        patient_files.import_patient(self)

    def import_file(self, path: Path) -> bool:
        """Add (or, after asking, replace) the patient in a bedside-patient/1 file; a bad file changes nothing."""
        return patient_files.import_file(self, path)

    def export_patient(self) -> None:
        patient_files.export_patient(self)

    def export_file(self, mrn: str, path: Path) -> bool:
        """Write the patient as bedside-patient/1; the file appears whole or not at all."""
        return patient_files.export_file(self, mrn, path)

    # --- messages, user, about ----------------------------------------------------------------------
    def show_message(self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> QMessageBox:
        """A window-modal message in plain text (names and file contents are never markup)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAccessibleName(title)
        box.open()
        self.last_message = box
        return box

    def confirm(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.addButton(QMessageBox.StandardButton.Yes)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        return box.exec() == QMessageBox.StandardButton.Yes

    def switch_user(self) -> SignInDialog:
        dialog = SignInDialog(self.store, self)
        dialog.accepted.connect(self._signed_in)
        self.sign_in_dialog = dialog
        dialog.open()
        return dialog

    def _signed_in(self) -> None:
        if self.sign_in_dialog is not None:
            self.set_user(self.sign_in_dialog.user, emergency=self.sign_in_dialog.emergency)

    # --- lock screen and admin ------------------------------------------------------------------
    def _lock_ms(self) -> int:
        return site_settings.lock_minutes(self.store) * 60_000

    def lock_screen(self) -> None:
        self.idle_lock.lock()

    def show_users(self) -> QDialog:
        from ui.dialogs.users_dialog import UsersDialog

        dialog = UsersDialog(self.session, self)
        dialog.open()
        return dialog

    def set_user(self, user: User | None, *, emergency: bool = False) -> None:
        """From now on every action is recorded as `user`."""
        if user is None:
            return
        self.show_board(discard=True)  # the previous person's typing is never saved under the next name
        old = self.session
        old.changed.disconnect(self._data_changed)
        old.close()
        self.session = Session(
            old.store, user, old.today, self, now=old.now, zone=old.zone, emergency=emergency, clock=old.clock
        )
        self._connect_session()
        self.refresh()

    def show_about(self) -> QMessageBox:
        text = _tr("Bedside {version}\n\n{notice}\n\nDatabase: {path}").format(
            version=__version__, notice=_tr(NOTICE), path=self.store.path
        )
        return self.show_message(_tr("About Bedside"), text, QMessageBox.Icon.Information)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_leave_patient():
            event.ignore()
            return
        self.idle_lock.stop()
        if self.outage is not None:
            self.outage.stop()
        settings = app_settings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        settings.setValue("board/header", self.board.layout_state())
        super().closeEvent(event)

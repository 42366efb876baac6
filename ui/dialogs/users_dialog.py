"""Admin > Users and settings: add users, set PINs, unlock, roles, remove; site settings (ui/dialogs/settings_form.py).

Every action re-checks in the core that the person signed in is still an admin (bedside/storage/access.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bedside.domain.errors import BedsideError
from bedside.services import users
from bedside.services.records import User
from ui.access.session import Session
from ui.access.sign_in import pin_field
from ui.dialogs.settings_form import SettingsForm
from ui.dialogs.workstation_form import WorkstationForm
from ui.i18n import tr as _tr
from ui.i18n import tr_noop
from ui.reason_dialog import ask_reason
from ui.style import ERROR_STYLE
from ui.tables import result_label, row_table
from ui.wiring import run_on

COLUMNS = (tr_noop("Name"), tr_noop("Initials"), tr_noop("Role"), tr_noop("PIN"), tr_noop("State"))
ROLES = (tr_noop("staff"), tr_noop("admin"))  # bedside/storage/access.py's roles, shown with _tr(role)


class PinDialog(QDialog):
    """A new user's details, or a new PIN for one: the PIN typed twice, never shown."""

    def __init__(self, parent: QWidget, title: str, *, new_user: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        form = QFormLayout(self)
        self.name, self.initials = QLineEdit(), QLineEdit()
        self.initials.setMaxLength(5)
        self.admin = QCheckBox(_tr("Admin: may manage users, protocols and settings"))
        self.pin, self.repeat = pin_field(_tr("New PIN")), pin_field(_tr("New PIN again"))
        if new_user:
            self.name.setAccessibleName(_tr("Full name"))
            self.initials.setAccessibleName(_tr("Initials"))
            form.addRow(_tr("&Name"), self.name)
            form.addRow(_tr("&Initials"), self.initials)
            form.addRow("", self.admin)
        form.addRow(_tr("&PIN"), self.pin)
        form.addRow(_tr("PIN &again"), self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class UsersDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(_tr("Bedside: users and settings"))
        self.setAccessibleName(_tr("Users and settings"))
        self.table = row_table([_tr(c) for c in COLUMNS], _tr("Users"))
        self.message = result_label(_tr("Result"))
        self.message.setWordWrap(True)
        actions: tuple[tuple[str, Callable[[], object]], ...] = (
            (_tr("&Add user…"), self.add_user),
            (_tr("Set &PIN…"), self.set_pin),
            (_tr("&Unlock"), self.unlock),
            (_tr("Make a&dmin"), lambda: self.set_role("admin")),
            (_tr("Make &staff"), lambda: self.set_role("staff")),
            (_tr("&Remove…"), self.remove),
        )
        row = QHBoxLayout()
        for text, slot in actions:
            button = QPushButton(text)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            button.setAutoDefault(False)
            run_on(button.clicked, slot)  # never clicked(bool)'s False into an optional parameter
            row.addWidget(button)
        self.settings = SettingsForm(session)  # generated from bedside/config/settings.py
        self.workstation = WorkstationForm()  # printer defaults, this computer only
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(_tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        settings_row = QHBoxLayout()
        settings_row.addWidget(self.settings, 3)
        settings_row.addWidget(self.workstation, 2)
        layout.addLayout(settings_row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.reload()
        self.resize(980, 660)

    def reload(self) -> None:
        everyone = users.listed(self.session.store)
        self.table.setRowCount(len(everyone))
        for r, user in enumerate(everyone):
            cells = (
                user.name,
                user.initials,
                _tr("admin") if user.is_admin else _tr("staff"),
                _tr("set") if user.has_pin else _tr("not yet"),
                _tr("locked") if user.locked else "",
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def selected(self) -> User | None:
        item = self.table.item(self.table.currentRow(), 0)
        user = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        if not isinstance(user, User):
            self.say(_tr("Choose a user in the list first."), error=True)
            return None
        return user

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def _admin_do(self, work: Callable[[], object], done: str) -> bool:
        """Run one admin action: the core re-checks the role; a refusal is shown, never swallowed."""
        try:
            users.require_admin(self.session.store, self.session.user)
            work()
        except BedsideError as err:
            self.say(str(err), error=True)
            return False
        self.reload()
        self.say(done)
        return True

    def _ask(self, title: str, *, new_user: bool) -> PinDialog | None:
        """The form, asked for now; None when cancelled."""
        dialog = PinDialog(self, title, new_user=new_user)
        return dialog if dialog.exec() == QDialog.DialogCode.Accepted else None

    def add_user(self) -> bool:
        dialog = self._ask(_tr("Add user"), new_user=True)
        if dialog is None:
            return False
        role = "admin" if dialog.admin.isChecked() else "staff"

        def add() -> None:
            s, name, initials = self.session, dialog.name.text(), dialog.initials.text()
            pin, repeat = dialog.pin.text(), dialog.repeat.text()  # typed twice, the same
            users.add(s.store, s.actor, name, initials, pin, role=role, repeat=repeat, by=s.user)

        return self._admin_do(add, _tr("Added {name}.").format(name=dialog.name.text().strip()))

    def set_pin(self) -> bool:
        user = self.selected()
        if user is None:
            return False
        dialog = self._ask(_tr("New PIN for {name}").format(name=user.name), new_user=False)
        if dialog is None:
            return False
        store, actor, by = self.session.store, self.session.actor, self.session.user
        return self._admin_do(
            lambda: users.set_pin(store, actor, user, dialog.pin.text(), repeat=dialog.repeat.text(), by=by),
            _tr("New PIN set for {name}; they can sign in with it now.").format(name=user.name),
        )

    def unlock(self) -> bool:
        user = self.selected()
        if user is None:
            return False
        store, actor, by = self.session.store, self.session.actor, self.session.user
        return self._admin_do(
            lambda: users.unlock(store, actor, user, by=by), _tr("{name} is unlocked.").format(name=user.name)
        )

    def set_role(self, role: str) -> bool:
        user = self.selected()
        if user is None:
            return False
        store, actor, by = self.session.store, self.session.actor, self.session.user
        return self._admin_do(
            lambda: users.set_role(store, actor, user, role, by=by),
            _tr("{name} is now {role}.").format(name=user.name, role=_tr(role)),
        )

    def remove(self, reason: str | None = None) -> bool:
        user = self.selected()
        if user is None:
            return False
        if reason is None:
            reason = ask_reason(
                self, _tr("Remove user"), _tr("Why can {name} no longer sign in?").format(name=user.name)
            )
            if reason is None:
                return False
        store, actor, by = self.session.store, self.session.actor, self.session.user
        return self._admin_do(
            lambda: users.remove(store, actor, user, reason or "", by=by),
            _tr("{name} can no longer sign in; their name stays in the history.").format(name=user.name),
        )

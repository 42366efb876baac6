"""Sign-in: choose yourself, type your PIN; the very first user adds themselves and becomes admin.

The rules (scrypt, delays, lockout, audit) live in bedside/storage/access.py; this dialog only asks
and shows the outcome. Emergency access (ui/access/emergency.py) is one button away and flags the session.
The app's start draws this window before the database is open (ui/app.py), so the storage, the errors and
Qt's enum namespace are imported inside the functions that use them, never at the top of this module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QRegularExpression, QSortFilterProxyModel
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QRegularExpressionValidator,
    QShortcut,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.access.lock_ok import LOCK_OK
from ui.i18n import tr as _tr
from ui.i18n import tr_noop
from ui.style import ERROR_STYLE

if TYPE_CHECKING:  # imported when used: this window is drawn before the storage is loaded (ui/app.py)
    from bedside.services.records import Store, User
    from bedside.services.session import Attempt

# Qt.ItemDataRole.UserRole + 1, as a number: this window is drawn before Qt's enum namespace is built (_wire)
USER_ROLE = 0x0100 + 1


def pin_field(accessible: str) -> QLineEdit:
    """Digits only, never shown on screen."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,12}"), field))
    field.setAccessibleName(accessible)
    field.setMaxLength(12)
    return field


def outcome_text(attempt: Attempt) -> str:
    """One sentence per outcome; a wrong PIN never says which part was wrong."""
    from bedside.services.session import Outcome

    if attempt.problem:
        return _tr("Could not sign in: {problem}").format(problem=attempt.problem)
    if attempt.outcome is Outcome.WAIT:
        return _tr("Too many wrong PINs. Try again in {s} seconds.").format(s=attempt.wait_s)
    if attempt.outcome is Outcome.LOCKED:
        return _tr(
            "Locked after too many wrong PINs. An admin can unlock it (Admin > Users and settings); "
            "in an emergency use Emergency access."
        )
    text = _tr("That name and PIN do not match.")
    if attempt.wait_s:
        text += " " + _tr("Wait {s} seconds before the next try.").format(s=attempt.wait_s)
    return text


def check_pin(store: Store, user: User, pin: str) -> Attempt:
    import socket

    from PySide6.QtCore import Qt

    from bedside.domain.errors import BedsideError
    from bedside.services import session
    from bedside.services.session import Attempt, Outcome

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # scrypt takes a moment, on purpose
    try:
        return session.sign_in(store, user, pin, socket.gethostname() or "unknown")
    except BedsideError as err:  # the disk is full, the user was removed meanwhile...
        return Attempt(Outcome.WRONG, problem=str(err))
    finally:
        QApplication.restoreOverrideCursor()


class SignInDialog(QDialog):
    """Accepted with `user` set (and `emergency` True for a break-glass session).

    Without a store it is drawn at once, saying the database is opening: the app's start gives it the
    store with set_store() once the database is open (ui/app.py), so a window is on screen first.
    """

    def __init__(
        self, store: Store | None, parent: QWidget | None = None, *, usable_while_locked: bool = False
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.user: User | None = None
        self.emergency = False
        self.setProperty(LOCK_OK, usable_while_locked)
        self.setWindowTitle(_tr("Bedside: sign in"))
        self.setAccessibleName(_tr("Sign in"))
        self.users = QStandardItemModel(self)
        self.filtered = QSortFilterProxyModel(self)
        self.filtered.setSourceModel(self.users)
        self.search = QLineEdit()
        self.search.setPlaceholderText(_tr("Type your name or initials"))
        self.search.setAccessibleName(_tr("Find your name"))
        self.search.setToolTip(_tr("Type to narrow the list; Enter moves to the PIN"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._to_pin)
        self.list = QListView()
        self.list.setModel(self.filtered)
        self.list.setAccessibleName(_tr("Users on this workstation"))
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.activated.connect(self._activated)
        self.list.selectionModel().currentChanged.connect(self._highlight_changed)
        self.pin = pin_field(_tr("Your PIN"))
        self.pin.returnPressed.connect(self.sign_in)
        self.pin_label = QLabel(_tr("&PIN"))
        self.pin_label.setBuddy(self.pin)
        self.repeat = pin_field(_tr("Your new PIN again"))
        self.repeat.returnPressed.connect(self.sign_in)
        self.repeat_label = QLabel(_tr("PIN &again"))
        self.repeat_label.setBuddy(self.repeat)
        self.choose_error = QLabel()
        self.choose_error.setAccessibleName(_tr("Sign-in problem"))
        self.choose_error.setStyleSheet(ERROR_STYLE)
        self.choose_error.setWordWrap(True)
        buttons = QDialogButtonBox()  # not QDialogButtonBox(Cancel): its overloads would build Qt's enums (_wire)
        buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = buttons.addButton(_tr("&Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setAccessibleName(_tr("Sign in as the highlighted person"))
        self.emergency_button = buttons.addButton(_tr("&Emergency access…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.emergency_button.setToolTip(_tr("Work without a PIN, with a reason; every action is flagged for review"))
        self.emergency_button.clicked.connect(self.emergency_access)
        buttons.accepted.connect(self.sign_in)
        buttons.rejected.connect(self.reject)
        # No default button: Enter acts on the field it is pressed in (sign in, or add me), never both.
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
            if not button.accessibleName():  # a screen reader names a button by its words
                button.setAccessibleName(button.text().replace("&", ""))
        who = QLabel(_tr("&Who are you?"))
        who.setBuddy(self.search)
        pin_form = QFormLayout()
        pin_form.addRow(self.pin_label, self.pin)
        pin_form.addRow(self.repeat_label, self.repeat)
        self.choose_box = QWidget()
        choose = QVBoxLayout(self.choose_box)
        choose.setContentsMargins(0, 0, 0, 0)
        choose.addWidget(who)
        choose.addWidget(self.search)
        choose.addWidget(self.list, 1)
        choose.addLayout(pin_form)
        choose.addWidget(self.choose_error)
        self.hint = QLabel(
            _tr(
                "Not in the list? An admin adds users (Admin > Users and settings). "
                "In an emergency, use Emergency access."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(_tr("How to get a user"))
        self.opening = QLabel(_tr("Opening the ward's database…"))
        self.opening.setAccessibleName(_tr("Sign-in status"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.opening)
        layout.addWidget(self.choose_box, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self._add_box())
        layout.addWidget(buttons)
        self._wired = False
        self.reload()
        self.resize(460, 560)

    def _wire(self) -> None:
        """What needs Qt's enum namespace (about 40 ms to build the first time): done when the users are listed,
        so the app's start draws this window first (ui/app.py)."""
        from PySide6.QtCore import Qt

        self._wired = True
        self.filtered.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # Up and Down in the search field move the highlight, so the keyboard never leaves the field.
        for key, slot in (("Down", self.highlight_next), ("Up", self.highlight_previous)):
            # setContext, not the constructor's context argument: PySide 6.12 ignores that one.
            QShortcut(QKeySequence(key), self.search, slot).setContext(Qt.ShortcutContext.WidgetShortcut)
        for label in (self.choose_error, self.name_error, self.initials_error, self.pin_error):
            label.setTextFormat(Qt.TextFormat.PlainText)  # names and messages are never markup

    def _add_box(self) -> QGroupBox:
        self.add_box = QGroupBox(_tr("First user on this workstation: add yourself (you become its admin)"))
        self.name = QLineEdit()
        self.name.setAccessibleName(_tr("Your full name"))
        self.name.setPlaceholderText(_tr("e.g. Ann Berg"))
        self.initials = QLineEdit()
        self.initials.setAccessibleName(_tr("Your initials"))
        self.initials.setToolTip(_tr("1-5 letters or digits, unique on this workstation; shown beside every tick"))
        self.initials.setMaxLength(5)
        self.new_pin, self.new_repeat = pin_field(_tr("Choose a PIN")), pin_field(_tr("The same PIN again"))
        self.new_pin.setToolTip(_tr("4-12 digits; not one digit repeated, not a run like 1234"))
        self.name_error, self.initials_error, self.pin_error = QLabel(), QLabel(), QLabel()
        problems = ((self.name_error, tr_noop("Name problem")), (self.initials_error, tr_noop("Initials problem")))
        for label, what in (*problems, (self.pin_error, tr_noop("PIN problem"))):
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.setAccessibleName(_tr(what))
        add = QPushButton(_tr("&Add me and sign in"))
        add.setAccessibleName(_tr("Add me and sign in"))
        add.setAutoDefault(False)
        add.clicked.connect(self.add_and_sign_in)
        for field in (self.name, self.initials, self.new_pin, self.new_repeat):
            field.returnPressed.connect(self.add_and_sign_in)
        form = QFormLayout(self.add_box)
        form.addRow(_tr("&Name"), self.name)
        form.addRow("", self.name_error)
        form.addRow(_tr("&Initials"), self.initials)
        form.addRow("", self.initials_error)
        form.addRow(_tr("P&IN"), self.new_pin)
        form.addRow(_tr("PIN a&gain"), self.new_repeat)
        form.addRow("", self.pin_error)
        form.addRow("", add)
        self.add_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # no empty acre
        return self.add_box

    @property
    def store(self) -> Store:
        if self._store is None:
            raise RuntimeError("the sign-in window has no database yet")  # every control waits for set_store()
        return self._store

    def set_store(self, store: Store) -> None:
        """The database is open: list its users and let people sign in."""
        self._store = store
        self.reload()
        # Drawn while opening, nothing could take the keyboard: give it to where a person starts typing.
        (self.name if self.add_box.isVisibleTo(self) else self.search).setFocus()

    def reload(self) -> None:
        self.users.clear()
        opening = self._store is None
        self.opening.setVisible(opening)
        for widget in (self.choose_box, self.emergency_button, self.sign_in_button):
            widget.setEnabled(not opening)
        if opening:  # the list stays in place, empty and greyed, so nothing jumps when the users arrive
            for widget in (self.add_box, self.hint, self.repeat, self.repeat_label):
                widget.setVisible(False)
            return
        if not self._wired:
            self._wire()
        from bedside.services import users

        everyone = users.listed(self.store)
        for user in everyone:
            text = f"{user.name}  ({user.initials})"
            if user.locked:
                text += "  " + _tr("locked")
            item = QStandardItem(text)
            item.setData(user, USER_ROLE)
            item.setEditable(False)
            self.users.appendRow(item)
        first = not everyone
        self.add_box.setVisible(first)  # after the first user, an admin adds people
        self.choose_box.setVisible(not first)
        self.hint.setVisible(not first)
        self.sign_in_button.setVisible(not first)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        self.filtered.setFilterFixedString(text.strip())
        self.choose_error.clear()
        # Only a typed name highlights someone: nobody (least of all the admin) is chosen for you.
        typed = bool(text.strip()) and self.filtered.rowCount() > 0
        self.list.setCurrentIndex(self.filtered.index(0, 0) if typed else QModelIndex())
        self._highlight_changed()

    def showEvent(self, event: QShowEvent) -> None:
        """QDialogButtonBox makes Sign in the default when shown; undone, so no button looks like Enter's."""
        super().showEvent(event)
        for button in self.findChildren(QPushButton):
            button.setDefault(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter acts only in the field it is pressed in (returnPressed); it never reaches a default button."""
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _highlight_changed(self, *_args: object) -> None:
        user = self.highlighted_user()
        choosing = user is not None and not user.has_pin  # an upgraded or CLI-added user picks a PIN now
        self.pin_label.setText(_tr("Choose a &PIN") if choosing else _tr("&PIN"))
        self.repeat.setVisible(choosing)
        self.repeat_label.setVisible(choosing)
        self.pin.clear()
        self.repeat.clear()

    def select(self, user: User) -> None:
        from bedside.services.records import User

        for row in range(self.filtered.rowCount()):
            found = self.filtered.index(row, 0).data(USER_ROLE)
            if isinstance(found, User) and found.id == user.id:
                self.list.setCurrentIndex(self.filtered.index(row, 0))
                self.pin.setFocus()
                return

    def highlight_next(self) -> None:
        self._move_highlight(1)

    def highlight_previous(self) -> None:
        self._move_highlight(-1)

    def _move_highlight(self, step: int) -> None:
        if self.filtered.rowCount():
            row = min(max(self.list.currentIndex().row() + step, 0), self.filtered.rowCount() - 1)
            self.list.setCurrentIndex(self.filtered.index(row, 0))

    def _to_pin(self) -> None:
        if self.highlighted_user() is None:
            self.choose_error.setText(_tr("Choose your name from the list."))
            return
        self.pin.setFocus()

    def _activated(self, _index: QModelIndex) -> None:
        self.pin.setFocus()

    def highlighted_user(self) -> User | None:
        from bedside.services.records import User

        user = self.list.currentIndex().data(USER_ROLE)
        return user if isinstance(user, User) else None

    def sign_in(self) -> bool:
        """Check the highlighted user's PIN (or set it, the first time); True when signed in."""
        user = self.highlighted_user()
        if user is None:
            self.choose_error.setText(_tr("Choose your name from the list."))
            return False
        if not user.has_pin:
            return self._choose_pin(user)
        if not self.pin.text():  # Enter on an empty PIN is not a try, and counts against no one
            self.choose_error.setText(_tr("Type your PIN."))
            self.pin.setFocus()
            return False
        from bedside.services.session import Outcome

        attempt = check_pin(self.store, user, self.pin.text())
        self.pin.clear()
        if attempt.outcome is not Outcome.SIGNED_IN:
            if attempt.outcome is Outcome.LOCKED and not user.locked:
                self.reload()  # the list now marks them locked
                self.select(user)
            self.choose_error.setText(outcome_text(attempt))
            self.pin.setFocus()
            return False
        return self._accept(user)

    def _choose_pin(self, user: User) -> bool:
        from bedside.domain.errors import BedsideError
        from bedside.services import session

        try:
            chosen = session.choose_pin(self.store, user, self.pin.text(), self.repeat.text())
        except BedsideError as err:
            self.choose_error.setText(str(err))
            return False
        return self._accept(chosen)

    def _accept(self, user: User) -> bool:
        self.user = user
        self.accept()
        return True

    def add_and_sign_in(self) -> None:
        """The first user only: they add themselves, choose a PIN and become admin."""
        from bedside.domain.errors import BedsideError
        from bedside.services import session, users

        for label in (self.name_error, self.initials_error, self.pin_error):
            label.clear()
        name, initials = self.name.text(), self.initials.text()
        try:
            users.check_new_pin(self.new_pin.text(), self.new_repeat.text())
        except BedsideError as err:
            self.pin_error.setText(str(err))
            self.new_pin.setFocus()
            return
        try:
            # A new user adds themselves (the first one as admin): the trail names them as the one who did it.
            user = session.add_first_user(self.store, name, initials, self.new_pin.text())
        except BedsideError as err:
            # The store's rule names both fields; show it beside the one that is wrong.
            (self.name_error if not name.strip() else self.initials_error).setText(str(err))
            (self.name if not name.strip() else self.initials).setFocus()
            return
        self._accept(user)

    def emergency_access(self) -> None:
        from ui.access.emergency import EmergencyDialog

        dialog = EmergencyDialog(self.store, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.user is not None:
            self.emergency = True
            self._accept(dialog.user)

"""Sign-in: choose yourself from the workstation's users, or add yourself; every action is then recorded as you.

Issue 6 adds a PIN, a lock screen and emergency access: the PIN is checked in `SignInDialog.verify`,
the lock screen reuses this dialog with the current user preselected.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bedside.errors import BedsideError
from bedside.storage import Store
from bedside.storage.audit import Actor
from bedside.storage.store import User

USER_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR_STYLE = "color: #a00000;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # the context lupdate gives _tr() (ui/i18n.py)


class SignInDialog(QDialog):
    """Returns the chosen User in `user` once accepted; nothing is written until someone adds themselves."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.user: User | None = None
        self.setWindowTitle(_tr("Bedside: sign in"))
        self.setAccessibleName(_tr("Sign in"))
        self.users = QStandardItemModel(self)
        self.filtered = QSortFilterProxyModel(self)
        self.filtered.setSourceModel(self.users)
        self.filtered.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit()
        self.search.setPlaceholderText(_tr("Type your name or initials"))
        self.search.setAccessibleName(_tr("Find your name"))
        self.search.setToolTip(_tr("Type to narrow the list; Enter signs in as the highlighted person"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.sign_in)
        # Up and Down in the search field move the highlight, so the keyboard never leaves the field.
        for key, slot in ((Qt.Key.Key_Down, self.highlight_next), (Qt.Key.Key_Up, self.highlight_previous)):
            # setContext, not the constructor's context argument: PySide 6.12 ignores that one.
            QShortcut(QKeySequence(key), self.search, slot).setContext(Qt.ShortcutContext.WidgetShortcut)
        self.list = QListView()
        self.list.setModel(self.filtered)
        self.list.setAccessibleName(_tr("Users on this workstation"))
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.activated.connect(self._activated)
        self.choose_error = QLabel()
        self.choose_error.setAccessibleName(_tr("Sign-in problem"))
        self.choose_error.setStyleSheet(ERROR_STYLE)
        self.choose_error.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        sign_in = buttons.addButton(_tr("&Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        sign_in.setAccessibleName(_tr("Sign in as the highlighted person"))
        buttons.accepted.connect(self.sign_in)
        buttons.rejected.connect(self.reject)
        # No default button: Enter acts on the field it is pressed in (sign in, or add me), never both.
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
            if not button.accessibleName():  # a screen reader names a button by its words
                button.setAccessibleName(button.text().replace("&", ""))
        choose = QVBoxLayout()
        who = QLabel(_tr("&Who are you?"))
        who.setBuddy(self.search)
        choose.addWidget(who)
        choose.addWidget(self.search)
        choose.addWidget(self.list, 1)
        choose.addWidget(self.choose_error)
        layout = QVBoxLayout(self)
        layout.addLayout(choose, 1)
        layout.addWidget(self._add_box())
        layout.addWidget(buttons)
        self.reload()
        self.resize(460, 520)

    def _add_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Not in the list? Add yourself"))
        self.name = QLineEdit()
        self.name.setAccessibleName(_tr("Your full name"))
        self.name.setPlaceholderText(_tr("e.g. Ann Berg"))
        self.initials = QLineEdit()
        self.initials.setAccessibleName(_tr("Your initials"))
        self.initials.setToolTip(_tr("1-5 letters or digits, unique on this workstation; shown beside every tick"))
        self.initials.setMaxLength(5)
        self.name_error, self.initials_error = QLabel(), QLabel()
        for label, what in ((self.name_error, _tr("Name problem")), (self.initials_error, _tr("Initials problem"))):
            label.setStyleSheet(ERROR_STYLE)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setAccessibleName(what)
        add = QPushButton(_tr("&Add me and sign in"))
        add.setAccessibleName(_tr("Add me and sign in"))
        add.setAutoDefault(False)
        add.clicked.connect(self.add_and_sign_in)
        self.name.returnPressed.connect(self.add_and_sign_in)
        self.initials.returnPressed.connect(self.add_and_sign_in)
        grid = QGridLayout(box)
        name_label, initials_label = QLabel(_tr("&Name")), QLabel(_tr("&Initials"))
        name_label.setBuddy(self.name)
        initials_label.setBuddy(self.initials)
        grid.addWidget(name_label, 0, 0)
        grid.addWidget(self.name, 0, 1)
        grid.addWidget(self.name_error, 0, 2)
        grid.addWidget(initials_label, 1, 0)
        grid.addWidget(self.initials, 1, 1)
        grid.addWidget(self.initials_error, 1, 2)
        grid.addWidget(add, 2, 1)
        grid.setColumnStretch(2, 1)
        return box

    def reload(self) -> None:
        self.users.clear()
        for user in self.store.users():
            item = QStandardItem(f"{user.name}  ({user.initials})")
            item.setData(user, USER_ROLE)
            item.setEditable(False)
            self.users.appendRow(item)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        self.filtered.setFilterFixedString(text.strip())
        self.choose_error.clear()
        if self.filtered.rowCount():
            self.list.setCurrentIndex(self.filtered.index(0, 0))

    def highlight_next(self) -> None:
        self._move_highlight(1)

    def highlight_previous(self) -> None:
        self._move_highlight(-1)

    def _move_highlight(self, step: int) -> None:
        if self.filtered.rowCount():
            row = min(max(self.list.currentIndex().row() + step, 0), self.filtered.rowCount() - 1)
            self.list.setCurrentIndex(self.filtered.index(row, 0))

    def _activated(self, _index: QModelIndex) -> None:
        self.sign_in()

    def highlighted_user(self) -> User | None:
        user = self.list.currentIndex().data(USER_ROLE)
        return user if isinstance(user, User) else None

    def choose(self, user: User) -> bool:
        """Sign in as `user` if verification passes; True when the dialog accepted."""
        if not self.verify(user):
            return False
        self.user = user
        self.accept()
        return True

    def verify(self, user: User) -> bool:
        """Issue 6: ask for and check the user's PIN here; until then choosing yourself is enough."""
        return True

    def sign_in(self) -> None:
        user = self.highlighted_user()
        if user is None:
            self.choose_error.setText(_tr("Choose your name from the list, or add yourself below."))
            return
        self.choose(user)

    def add_and_sign_in(self) -> None:
        name, initials = self.name.text(), self.initials.text()
        self.name_error.clear()
        self.initials_error.clear()
        try:
            # A new user adds themselves: the trail names them as the one who did it.
            user = self.store.add_user(name, initials, Actor.here(initials.strip().upper() or "?"))
        except BedsideError as err:
            # The store's rule names both fields; show it beside the one that is wrong.
            (self.name_error if not name.strip() else self.initials_error).setText(str(err))
            (self.name if not name.strip() else self.initials).setFocus()
            return
        self.reload()
        self.choose(user)

"""Emergency (break-glass) access: anyone may work without a PIN, but must say who and why; it is flagged."""

from __future__ import annotations

import socket

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from bedside.domain.errors import BedsideError
from bedside.services import session
from bedside.services.records import Store, User
from ui.access.lock_ok import LOCK_OK
from ui.i18n import tr as _tr
from ui.i18n import tr_noop
from ui.style import ERROR_STYLE


class EmergencyDialog(QDialog):
    """Accepted with `user` (id 0: not a stored user) once the emergency is in the audit trail."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.user: User | None = None
        self.setProperty(LOCK_OK, True)  # reachable from the lock screen too
        self.setWindowTitle(_tr("Bedside: emergency access"))
        self.setAccessibleName(_tr("Emergency access"))
        explain = QLabel(
            _tr(
                "Use this only when you cannot sign in and a patient needs care now. "
                "Everything you record is marked (emergency) in the audit trail, for review."
            )
        )
        explain.setWordWrap(True)
        self.name, self.initials, self.reason = QLineEdit(), QLineEdit(), QLineEdit()
        self.initials.setMaxLength(5)
        self.reason.setPlaceholderText(_tr("e.g. night cover, locked out, no account yet"))
        named = ((self.name, tr_noop("Your full name")), (self.initials, tr_noop("Your initials")))
        for field, what in (*named, (self.reason, tr_noop("Reason"))):
            field.setAccessibleName(_tr(what))
            field.textChanged.connect(self._update)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setAccessibleName(_tr("Emergency access problem"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start = self.buttons.addButton(_tr("&Start emergency access"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start.setAccessibleName(_tr("Start emergency access"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(_tr("Cancel"))
        self.buttons.accepted.connect(self.begin)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(_tr("&Name"), self.name)
        form.addRow(_tr("&Initials"), self.initials)
        form.addRow(_tr("&Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)  # the explanation reads in three lines, not six
        self._update()

    def _update(self) -> None:
        filled = all(f.text().strip() for f in (self.name, self.initials, self.reason))
        self.start.setEnabled(filled)  # all three are needed: who, and why

    def begin(self) -> None:
        try:
            session.start_emergency(
                self.store,
                self.name.text(),
                self.initials.text(),
                self.reason.text(),
                socket.gethostname() or "unknown",
            )
        except BedsideError as err:
            self.error.setText(str(err))
            return
        self.user = User(0, self.name.text().strip(), self.initials.text().strip().upper(), has_pin=False)
        self.accept()

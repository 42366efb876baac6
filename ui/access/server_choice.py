"""At first start: this workstation's own database, or the ward server's (docs/ward-server.md).

The sign-in window of a database without users offers "Use the ward server…". The address is checked by
opening it (reachable, a Bedside ward database, this workstation holds the ward's audit key) and only then
kept as this workstation's setting, the same one `bedside server use` writes. An address with a password in
it is refused: the password belongs in the pgpass file or the OS keyring, never in a setting.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from bedside.config.db_address import has_password, is_server_url
from bedside.config.paths import choose_ward_server
from bedside.domain.errors import BedsideError
from ui.i18n import tr as _tr
from ui.style import ERROR_STYLE

if TYPE_CHECKING:
    from bedside.storage import Store

Opener = Callable[[str], "Store"]


class ServerChoice(QDialog):
    """Accepted with `store` open on the ward server, whose address is then this workstation's setting."""

    def __init__(self, opener: Opener, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opener = opener
        self.store: Store | None = None
        self.setWindowTitle(_tr("Bedside: the ward server"))
        words = QLabel(
            _tr(
                "Several workstations on a ward share one database on a ward server. Type the address your "
                "admin gave you. Its password is never typed here: it comes from this computer's pgpass file "
                "or keyring."
            )
        )
        words.setWordWrap(True)
        self.address = QLineEdit()
        self.address.setPlaceholderText("postgresql://bedside_ward@wardserver/bedside")
        self.address.setAccessibleName(_tr("Ward server address"))
        label = QLabel(_tr("&Address"))
        label.setBuddy(self.address)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setAccessibleName(_tr("Ward server problem"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.use_button = buttons.addButton(_tr("&Use this ward server"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.try_server)
        buttons.rejected.connect(self.reject)
        self.address.returnPressed.connect(self.try_server)
        layout = QVBoxLayout(self)
        for widget in (words, label, self.address, self.error, buttons):
            layout.addWidget(widget)
        self.resize(520, 220)

    def try_server(self) -> None:
        """Open it; kept as the setting only once it opened. A problem is said beside the address, which stays."""
        url = self.address.text().strip()
        if not is_server_url(url):
            self.error.setText(_tr("A ward server's address starts with postgresql://"))
            return
        if has_password(url):
            self.error.setText(
                _tr("Leave the password out of the address: Bedside never keeps one. Put it in pgpass or the keyring.")
            )
            return
        self.error.setText(_tr("Connecting…"))
        self.error.repaint()
        try:
            store = self.opener(url)
        except BedsideError as err:
            self.error.setText(str(err))
            return
        try:
            choose_ward_server(url)
        except (BedsideError, OSError) as err:
            store.close()
            self.error.setText(str(err))
            return
        self.store = store
        self.accept()

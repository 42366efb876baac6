"""The one way Bedside asks why: voiding an entry, not done or not applicable, discharge, archive, readmit, removing
a user. The question names what it is about in plain text (it may hold typed markup); OK stays disabled until a
reason is typed, and blanks are not a reason. The core still refuses an empty reason on its own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.i18n import tr as _tr

REASON_MAX = 500  # the longest reason the form takes


class ReasonDialog(QDialog):
    def __init__(
        self,
        title: str,
        parent: QWidget | None = None,
        *,
        question: str | None = None,
        ok_text: str | None = None,
        accessible: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.question = QLabel(question if question is not None else title)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(REASON_MAX)
        self.reason.setAccessibleName(accessible or _tr("Reason"))
        self.reason.setPlaceholderText(_tr("Why? (required)"))
        self.question.setBuddy(self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok_text:
            self.ok.setText(ok_text)
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)


def ask_reason(
    parent: QWidget | None, title: str, question: str, *, ok_text: str | None = None, accessible: str | None = None
) -> str | None:
    """The reason typed (trimmed), or None when cancelled."""
    dialog = ReasonDialog(title, parent, question=question, ok_text=ok_text, accessible=accessible)
    return dialog.reason.text().strip() if dialog.exec() == QDialog.DialogCode.Accepted else None

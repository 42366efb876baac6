"""The site settings an admin changes, generated from bedside/settings.py: one field per setting, its problem
beside it, one Save. Every change is checked and audited by the core; nothing typed is lost on a refusal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from bedside import settings
from bedside.errors import BedsideError
from bedside.services import settings as settings_service
from bedside.settings import Setting
from ui.session import Session
from ui.sign_in import ERROR_STYLE
from ui.wiring import run_on


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # the context lupdate gives _tr() (ui/i18n.py)


class SettingsForm(QGroupBox):
    saved = Signal(list)  # the Settings that changed

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Site settings (every workstation on this database)"), parent)
        self.session = session
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for setting in settings.SETTINGS:
            field = QLineEdit(settings_service.value(session.store, setting))
            field.setAccessibleName(_tr(setting.label))
            field.setToolTip(_tr(setting.help))
            field.setPlaceholderText(_tr(setting.help) if setting.kind != "minutes" else setting.default)
            error = QLabel()
            error.setTextFormat(Qt.TextFormat.PlainText)
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.setAccessibleName(_tr("{setting}: problem").format(setting=_tr(setting.label)))
            error.hide()
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(field)
            box.addWidget(error)
            caption = QLabel(_tr(setting.label))
            caption.setBuddy(field)
            form.addRow(caption, cell)
            self.fields[setting.key], self.errors[setting.key] = field, error
        self.save_button = QPushButton(_tr("Save settings"))
        self.save_button.setAccessibleName(_tr("Save settings"))
        self.save_button.setAutoDefault(False)
        run_on(self.save_button.clicked, self.save)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(_tr("Settings result"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)

    def field(self, setting: Setting) -> QLineEdit:
        return self.fields[setting.key]

    def save(self) -> list[Setting]:
        """Save every setting that changed; each refusal shows beside its field, the others are saved."""
        changed: list[Setting] = []
        store, session = self.session.store, self.session
        for setting in settings.SETTINGS:
            error = self.errors[setting.key]
            error.hide()
            try:
                if settings_service.save(store, session.actor, setting, self.fields[setting.key].text(), session.user):
                    changed.append(setting)
            except BedsideError as err:
                error.setText(str(err))
                error.show()
        refused = [s for s in settings.SETTINGS if not self.errors[s.key].isHidden()]
        parts = [_tr("Saved: {names}.").format(names=", ".join(_tr(s.label) for s in changed))] if changed else []
        if refused:
            parts.append(_tr("Not saved: see the marked fields."))
        self.message.setText(" ".join(parts) or _tr("Nothing changed."))
        if changed:
            session.notify()
            self.saved.emit(changed)
        return changed

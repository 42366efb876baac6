"""The site settings an admin changes, generated from bedside/config/settings.py: one field per setting, its problem
beside it, one Save. Every change is checked and audited by the core; nothing typed is lost on a refusal."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from bedside.config import settings
from bedside.config.settings import Setting
from bedside.domain.errors import BedsideError
from bedside.services import settings as settings_service
from ui.access.session import Session
from ui.i18n import tr as _tr
from ui.i18n import tr_noop
from ui.style import ERROR_STYLE
from ui.wiring import run_on

# bedside/config/settings.py's labels and help, for lupdate: the form shows them with _tr(setting.label).
SETTING_WORDS = (
    tr_noop("Site name"),
    tr_noop("Shown on printed sheets"),
    tr_noop("Time zone"),
    tr_noop(
        "The ward's time zone, e.g. Europe/Berlin; empty: each workstation's own. 'Today' and tick days follow it."
    ),
    tr_noop("24-hour contact for a fever"),
    tr_noop("Who a patient calls with a fever, with the number, day and night; printed on the follow-up plan"),
    tr_noop("Lock the screen after (idle minutes)"),
    tr_noop("1-60 minutes without input"),
    tr_noop("Language"),
    tr_noop(
        "Language of the screens and printed sheets: en or de; empty: each workstation's own. "
        "Takes effect at the next start."
    ),
    tr_noop("Paper size"),
    tr_noop(
        "A4 or Letter; empty: the printer's default paper, else the computer's locale (Letter in the US and Canada)"
    ),
    tr_noop("Lab files folder"),
    tr_noop("A folder the laboratory drops result files into; the board offers each new file for import. Empty: none"),
    tr_noop("Lab file mapping"),
    tr_noop("How the laboratory's files read: a mapping name (generic-csv, de-labor-csv, hl7v2-loinc) or a .toml file"),
)


def add_setting_row(form: QFormLayout, setting: Setting, field: QWidget) -> QLabel:
    """The setting's caption, its field and, under the field, its problem line (hidden until a save is
    refused); returns the problem line. The same row on the site's and on the workstation's form."""
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
    return error


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
            self.fields[setting.key], self.errors[setting.key] = field, add_setting_row(form, setting, field)
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

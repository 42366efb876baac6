"""This workstation's settings (printer defaults), from bedside/config/settings.py WORKSTATION_SETTINGS, kept
in QSettings (ui/printing/printer_defaults.py): one field per setting, its problem beside it, one Save."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from bedside.config import settings
from bedside.config.settings import Setting
from bedside.domain.errors import BedsideError
from ui.dialogs.settings_form import add_setting_row
from ui.i18n import tr as _tr
from ui.i18n import tr_noop
from ui.printing import printer_defaults
from ui.wiring import run_on

# bedside/config/settings.py's workstation labels, help and values, for lupdate: the form shows them with _tr().
WORKSTATION_WORDS = (
    tr_noop("Printer"),
    tr_noop("Where Print sends a sheet from this workstation; empty: the system's default printer"),
    tr_noop("Paper size"),
    tr_noop(
        "A4 or Letter; empty: the printer's default paper, else the computer's locale (Letter in the US and Canada)"
    ),
    tr_noop("Print on both sides"),
    tr_noop("yes or no"),
    tr_noop("no"),
    tr_noop("yes"),
)


def _choices(setting: Setting) -> list[tuple[str, str]]:
    """(shown, stored) for each value the field offers."""
    if setting.kind == "printer":
        names = QPrinterInfo.availablePrinterNames()
        return [(_tr("The system's default printer"), ""), *((name, name) for name in names)]
    if setting.kind == "paper":  # empty: the printer's default paper, else the locale's (docs/printing.md)
        return [(_tr("Automatic: the printer's paper, else the locale's"), ""), *((v, v) for v in settings.PAPER_SIZES)]
    return [(_tr(v), v) for v in settings.YES_NO]


class WorkstationForm(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_tr("This workstation (printing)"), parent)
        self.fields: dict[str, QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for setting in settings.WORKSTATION_SETTINGS:
            field = QComboBox()
            field.setEditable(setting.kind == "printer")  # a printer not installed yet can be named
            for shown, stored in _choices(setting):
                field.addItem(shown, stored)
            current = printer_defaults.value(setting)
            if field.findData(current) < 0:
                field.addItem(current, current)
            field.setCurrentIndex(field.findData(current))
            field.setAccessibleName(_tr(setting.label))
            field.setToolTip(_tr(setting.help))
            self.fields[setting.key], self.errors[setting.key] = field, add_setting_row(form, setting, field)
        self.save_button = QPushButton(_tr("Save workstation settings"))
        self.save_button.setAccessibleName(_tr("Save workstation settings"))
        self.save_button.setAutoDefault(False)
        run_on(self.save_button.clicked, self.save)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(_tr("Workstation settings result"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)

    def chosen(self, setting: Setting) -> str:
        field = self.fields[setting.key]
        typed = field.currentText()
        return str(field.currentData()) if field.itemText(field.currentIndex()) == typed else typed.strip()

    def save(self) -> list[Setting]:
        changed: list[Setting] = []
        for setting in settings.WORKSTATION_SETTINGS:
            error = self.errors[setting.key]
            error.hide()
            try:
                if printer_defaults.save(setting, self.chosen(setting)):
                    changed.append(setting)
            except BedsideError as err:
                error.setText(str(err))
                error.show()
        names = ", ".join(_tr(s.label) for s in changed)
        self.message.setText(_tr("Saved: {names}.").format(names=names) if changed else _tr("Nothing changed."))
        return changed

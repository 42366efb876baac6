"""This workstation's printer defaults (bedside/config/settings.py WORKSTATION_SETTINGS), kept in QSettings: the
printer Print uses, the paper size and both sides. Choosing a printer in the print dialog remembers it."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from bedside.config import settings
from bedside.config.paths import APP_NAME
from bedside.config.settings import PAPER, PRINTER, TWO_SIDED, Setting
from bedside.domain.errors import BedsideError

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


def _store() -> QSettings:
    return QSettings(APP_NAME, APP_NAME)  # the same file as the window's layout (ui/main_window.app_settings)


def value(setting: Setting) -> str:
    """The stored value, or the declared default (a value that no longer passes its check is the default)."""
    text = str(_store().value(setting.key, setting.default) or "")
    try:
        return settings.checked(setting, text)
    except BedsideError:
        return setting.default


def save(setting: Setting, text: str) -> bool:
    """Check and keep one workstation setting (raises BedsideError naming it); False when unchanged."""
    new = settings.checked(setting, text)
    if new == value(setting):
        return False
    _store().setValue(setting.key, new)
    return True


def printer_info() -> QPrinterInfo:
    """The printer Print sends to: the one set for this workstation while it exists, else the system default
    (a null QPrinterInfo when there is none)."""
    name = value(PRINTER)
    if name:
        chosen = QPrinterInfo.printerInfo(name)
        if not chosen.isNull():
            return chosen
    return QPrinterInfo.defaultPrinter()


def prepare(printer: QPrinter, paper: str) -> None:
    """The paper the sheet was laid out on (ui/printing/paper.py), and the sides set for this workstation; portrait."""
    printer.setPageSize(QPageSize(PAGE_SIZES[paper]))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    two_sided = value(TWO_SIDED) == "yes"
    printer.setDuplex(QPrinter.DuplexMode.DuplexAuto if two_sided else QPrinter.DuplexMode.DuplexNone)


def remember(printer: QPrinter) -> None:
    """After a print from the print dialog: that printer, paper and sides become this workstation's defaults
    (printing to a file changes nothing)."""
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat or not printer.printerName():
        return
    save(PRINTER, printer.printerName())
    paper = next((name for name, size in PAGE_SIZES.items() if printer.pageLayout().pageSize().id() == size), None)
    if paper is not None:
        save(PAPER, paper)
    save(TWO_SIDED, "no" if printer.duplex() == QPrinter.DuplexMode.DuplexNone else "yes")

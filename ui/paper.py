"""Which paper a printout is laid out on: the site's setting, else the default printer's, else the locale's."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinterInfo

from bedside import settings
from bedside.handover.paper import chosen_paper, paper_for_locale
from bedside.storage import Store

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


def workstation_paper(store: Store) -> str:
    """docs/printing.md: a printer that defaults to A4 or Letter decides; otherwise the system locale."""
    setting = settings.value(store, settings.PAPER)
    printer = QPrinterInfo.defaultPrinter()
    if not printer.isNull():
        page = printer.defaultPageSize().id()
        named = next((name for name, size in PAGE_SIZES.items() if size == page), None)
        if named is not None:
            return chosen_paper(setting, named)
    return chosen_paper(setting, paper_for_locale(QLocale.system().name()))


def page_size(paper: str) -> QPageSize:
    return QPageSize(PAGE_SIZES[paper])

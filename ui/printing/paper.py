"""Which paper a printout is laid out on: this workstation's setting, else its printer's default paper, else the
locale's (docs/printing.md). The printer is then given the same paper, so the layout and the sheet agree."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

from bedside.config.settings import PAPER
from bedside.printouts.paper import chosen_paper, paper_for_locale
from ui.printing import printer_defaults

PAGE_SIZES = printer_defaults.PAGE_SIZES


def workstation_paper() -> str:
    """A printer that defaults to A4 or Letter decides when the workstation's Paper size is left empty."""
    setting = printer_defaults.value(PAPER)
    printer = printer_defaults.printer_info()
    if not printer.isNull():
        page = printer.defaultPageSize().id()
        named = next((name for name, size in PAGE_SIZES.items() if size == page), None)
        if named is not None:
            return chosen_paper(setting, named)
    return chosen_paper(setting, paper_for_locale(QLocale.system().name()))


def page_size(paper: str) -> QPageSize:
    return QPageSize(PAGE_SIZES[paper])

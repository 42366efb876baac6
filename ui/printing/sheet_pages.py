"""The preview's pages: the PDF held in memory, shown page by page, with its page number and zoom.

A plain object owning stock Qt widgets (no Python subclass of a Qt widget: every virtual call of one would need
Python's lock, which a drawing worker holds; docs/architecture.md, "Work off the GUI thread").
A new sheet's document is opened in a worker (`opened`) and only handed to the view on the GUI thread: laying
out 643 pages read each page's size from the PDF, 31-40 ms on the GUI thread; read once in the worker, pdfium
keeps them and the view takes 6-10 ms."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMargins, QPointF, QThread
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from bedside.config.language import words_for
from ui.i18n import current_language
from ui.i18n import tr as _tr
from ui.wiring import run_on

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
YIELD_EVERY, YIELD_S = 8, 0.0002  # opening a sheet: a short sleep every 8 pages (643 pages: 60 ms -> 85 ms)
FIT_WIDTH, FIT_PAGE = "fit-width", "fit-page"


@dataclass(frozen=True)
class OpenedSheet:
    """A sheet's PDF opened off the GUI thread, now owned by the GUI thread: its document (the PDF in a buffer
    that is the document's child, so no patient data goes to a temporary file) and, when one was asked for,
    the first page of a patient (None: not on the sheet)."""

    document: QPdfDocument
    page_of_patient: int | None = None


def opened(pdf: bytes, gui_thread: QThread, mrn: str | None = None, language: str = "en") -> OpenedSheet:
    """In a worker: `pdf` loaded, every page's size read once, the first page of `mrn` found (its text read
    here, not on the GUI thread), then the document moved to `gui_thread`; nothing here touches it after."""
    document = QPdfDocument()
    buffer = QBuffer(document)  # a child: it moves and is deleted with the document
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    for page in range(document.pageCount()):
        document.pagePointSize(page)  # pdfium keeps each page's parsed size for the view's layout
        if page % YIELD_EVERY == 0:
            time.sleep(YIELD_S)  # Python's lock to the GUI thread now and then: stalls of 30-60 ms seen without
    found = None if mrn is None else _first_page_of(document, mrn, language)
    document.moveToThread(gui_thread)
    return OpenedSheet(document, found)


def _first_page_of(document: QPdfDocument, mrn: str, language: str) -> int | None:
    wanted = words_for(language)("MRN {mrn}").format(mrn=mrn)
    return next((page for page in range(document.pageCount()) if wanted in document.getAllText(page).text()), None)


class SheetPages:
    """The view of the sheet (`view`), its document, and the toolbar's page number and zoom."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        self.document = QPdfDocument(parent)  # empty until the first sheet is shown
        self.view = QPdfView(parent)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocumentMargins(QMargins(12, 12, 12, 12))
        self.view.setStyleSheet("QPdfView { background: #8a8f96; }")  # white pages stand out on grey
        self.view.setAccessibleName(_tr("The sheet as it will print"))
        self.view.setToolTip(_tr("Page Up and Page Down move through the pages"))
        self.view.pageNavigator().currentPageChanged.connect(self.show_page_number)
        self.page_label = QLabel()
        self.page_label.setAccessibleName(_tr("Page number"))
        self.zoom = QComboBox()
        self.zoom.addItem(_tr("Fit width"), FIT_WIDTH)
        self.zoom.addItem(_tr("Whole page"), FIT_PAGE)
        for factor in ZOOMS:
            self.zoom.addItem(f"{factor:.0%}", factor)
        self.zoom.setAccessibleName(_tr("Zoom"))
        self.zoom.setToolTip(_tr("How large the page is shown (Ctrl+plus, Ctrl+minus); printing is not affected"))
        self.zoom.currentIndexChanged.connect(self._zoom_chosen)
        self.zoom_out = _tool_button("−", _tr("Zoom out"), _tr("Smaller (Ctrl+minus)"), lambda: self.step_zoom(-1))
        self.zoom_in = _tool_button("+", _tr("Zoom in"), _tr("Larger (Ctrl+plus)"), lambda: self.step_zoom(1))

    def toolbar(self) -> QHBoxLayout:
        zoom_label = QLabel(_tr("&Zoom"))
        zoom_label.setBuddy(self.zoom)
        bar = QHBoxLayout()
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        for widget in (zoom_label, self.zoom_out, self.zoom, self.zoom_in):
            bar.addWidget(widget)
        return bar

    def show(self, sheet: OpenedSheet, page: int | None = None) -> None:
        """Show a sheet opened in a worker, on `page` (or the page shown before); the old one is deleted."""
        keep = self.view.pageNavigator().currentPage() if page is None else page
        old, self.document = self.document, sheet.document
        self.document.setParent(self.parent)
        self.view.setDocument(self.document)
        old.deleteLater()
        self.jump(min(keep, max(self.document.pageCount() - 1, 0)))

    def jump(self, page: int) -> None:
        self.view.pageNavigator().jump(page, QPointF(), 0)
        self.show_page_number()

    def page_count(self) -> int:
        return self.document.pageCount()

    def show_page_number(self) -> None:
        count = self.document.pageCount()
        current = self.view.pageNavigator().currentPage() + 1
        self.page_label.setText(_tr("Page {page} of {count}").format(page=min(current, count), count=count))

    def first_page_of(self, mrn: str) -> int | None:
        """The first page of a patient on the sheet shown (reads every page's text: for tests; the preview
        finds it in the worker that opens the sheet)."""
        return _first_page_of(self.document, mrn, current_language())

    def _zoom_chosen(self, _index: int) -> None:
        chosen = self.zoom.currentData()
        if chosen == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif chosen == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(chosen))

    def step_zoom(self, step: int) -> None:
        """One step larger or smaller than what is shown now (from a fitted zoom too)."""
        now = self.view.zoomFactor()
        if step > 0:
            factor = next((z for z in ZOOMS if z > now + 0.01), ZOOMS[-1])
        else:
            factor = next((z for z in reversed(ZOOMS) if z < now - 0.01), ZOOMS[0])
        self.zoom.setCurrentIndex(self.zoom.findData(factor))


def _tool_button(text: str, name: str, tip: str, slot: Callable[[], object]) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setAccessibleName(name)
    button.setToolTip(tip)
    run_on(button.clicked, slot)
    return button

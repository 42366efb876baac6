"""The preview's pages: the PDF held in memory, shown page by page, with its page number and zoom.

A plain object owning stock Qt widgets (no Python subclass of a Qt widget: every virtual call of one would need
Python's lock, which a drawing worker holds; docs/architecture.md, "Work off the GUI thread")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMargins, QPointF
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from bedside.config.language import words_for
from ui.i18n import current_language
from ui.i18n import tr as _tr
from ui.wiring import run_on

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
FIT_WIDTH, FIT_PAGE = "fit-width", "fit-page"


class SheetPages:
    """The view of the sheet (`view`), its document, and the toolbar's page number and zoom."""

    def __init__(self, parent: QWidget) -> None:
        self.document = QPdfDocument(parent)
        self.buffer = QBuffer(parent)  # the PDF stays in memory: no patient data in a temporary file
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

    def load(self, pdf: bytes, page: int | None = None) -> None:
        """Show `pdf`, on `page` (or the page shown before)."""
        keep = self.view.pageNavigator().currentPage() if page is None else page
        self.document.close()
        self.buffer.close()
        self.buffer.setData(QByteArray(pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self.buffer)
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
        for page in range(self.document.pageCount()):
            if words_for(current_language())("MRN {mrn}").format(mrn=mrn) in self.document.getAllText(page).text():
                return page
        return None

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

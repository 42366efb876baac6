"""The print preview: the generated PDF as it will print, its pages and zoom, the severity of each patient
(Bedside suggests, the ward decides), any characters the font cannot print, then Print… or Save as PDF….

The sheet is made off the GUI thread (ui/tasks.py): its data is read on a read-only reader, then the PDF is
drawn in a process of its own and opened in a worker (ui/printing/sheet_pages.py). Until it comes the
preview says "Preparing the sheet…" and Print and Save are off; when the sheet is made again (new data,
another severity), the old pages stay until the new ones come."""

from __future__ import annotations

import html
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QThread, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItemModel
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bedside.domain.errors import BedsideError
from bedside.printouts import RenderedPdf
from ui.i18n import current_language
from ui.i18n import tr as _tr
from ui.printing.print_and_save import PrintAndSave
from ui.printing.printable import Gathered, Printable
from ui.printing.severity_panel import Listing, SeverityPanel, levels_model, listing, severity_labels
from ui.printing.sheet_pages import OpenedSheet, SheetPages, opened
from ui.tasks import Tasks

__all__ = ["HandoverPreview", "severity_labels"]
WARNINGS_SHOWN = 4  # the rest are in the tooltip: a long foreign name must not push the sheet off screen
PAINTED_FIRST_MS = 40  # the dialog's first paint before the first sheet is started (make_once_shown)
CHANGE_DELAY_MS = 400  # a burst of changes (another workstation's ticks) makes the sheet again once


@dataclass(frozen=True)
class Made:
    """What a worker made for the preview: the sheet, opened, and the severity panel's rows if they changed."""

    rendered: RenderedPdf
    sheet: OpenedSheet
    looked_for: str | None  # the patient whose first page was looked for
    listed: Listing
    rows: QStandardItemModel | None


class HandoverPreview(PrintAndSave, QDialog):
    ready = Signal()  # a sheet is shown and may be printed or saved
    failed = Signal(str)  # the first sheet could not be made: what went wrong, for the window to say

    def __init__(self, printable: Printable, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.printable = printable
        self.tasks = tasks
        self._making = False  # a sheet is being read or drawn in a worker
        self._again = False  # asked again meanwhile: made once more with the newest data when it is done
        self._show_mrn: str | None = None  # after a severity change: the page of this patient
        self._then: Callable[[], object] | None = None  # a print or save waiting for the fresh sheet
        self._remade = False  # the status says "made again" once the new sheet shows
        self._gone = False  # closed: a worker's late result is dropped
        self.finished.connect(self._closed)
        self.rendered: RenderedPdf | None = None
        self.printer: QPrinter | None = None  # kept: Qt crashes on a QPrinter collected under a dialog
        self.print_dialog: QPrintDialog | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(_tr("Print preview: {document}").format(document=printable.title))
        self.setAccessibleName(_tr("Print preview"))
        self.pages = SheetPages(self)
        self.view = self.pages.view
        self.page_label, self.zoom = self.pages.page_label, self.pages.zoom
        self.zoom_in, self.zoom_out = self.pages.zoom_in, self.pages.zoom_out
        self.warnings = QLabel()
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("background:#fff3b0; color:#5a4500; padding:6px;")
        self.warnings.setAccessibleName(_tr("Characters that cannot be printed"))
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(_tr("Print status"))
        self._changed = QTimer(self)
        self._changed.setSingleShot(True)
        self._changed.setInterval(CHANGE_DELAY_MS)
        self._changed.timeout.connect(self.regenerate)
        printable.session.changed.connect(self._changed.start)
        layout = QVBoxLayout(self)
        layout.addLayout(self.pages.toolbar())
        layout.addWidget(self.warnings)
        body = QHBoxLayout()
        self.severity_panel = SeverityPanel(self.choose_severity)
        self.severity_view = self.severity_panel.view
        if printable.has_severity:
            self.severity_panel.fill(printable.patients, self.printable.severity)
            body.addWidget(self.severity_panel.panel)
        body.addWidget(self.view, 1)
        layout.addLayout(body, 1)
        layout.addLayout(self._buttons())
        self._shortcuts()
        self._size_to_screen()
        self._set_ready(False)
        self.page_label.setText(_tr("Preparing the sheet…"))
        self.status.setText(_tr("Preparing the sheet…"))
        self.print_button.setFocus()

    @classmethod
    def start(
        cls,
        printable: Printable,
        tasks: Tasks,
        parent: QWidget,
        not_made: Callable[[HandoverPreview, str], None],
        closed: Callable[[], None],
    ) -> HandoverPreview:
        """Open a preview at once ("Preparing the sheet…"), its first sheet started once it has painted;
        `not_made(preview, why)` when that sheet cannot be made, `closed()` when it closes."""
        preview = cls(printable, tasks, parent)
        preview.failed.connect(lambda text: not_made(preview, text))
        preview.finished.connect(lambda _result: closed())
        preview.open()
        preview.make_once_shown()
        return preview

    # --- building the dialog ------------------------------------------------------------------------------------
    @property
    def document(self) -> QPdfDocument:
        """The sheet shown (an empty document until the first comes)."""
        return self.pages.document

    def severity_levels(self) -> dict[str, str]:
        """The level each patient on the sheet will print, as the panel shows it (none on a plan)."""
        return self.severity_panel.levels()

    def _buttons(self) -> QHBoxLayout:
        buttons = QDialogButtonBox()
        self.print_button = QPushButton(_tr("&Print"))
        self.print_button.setToolTip(_tr("Print on this workstation's default printer; without one, choose a printer"))
        self.print_button.setAccessibleName(_tr("Print"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_default)
        self.choose_button = QPushButton(_tr("&Choose printer…"))
        self.choose_button.setToolTip(_tr("Choose a printer and the pages in the system print dialog"))
        self.choose_button.setAccessibleName(_tr("Choose printer"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(_tr("&Save as PDF…"))
        self.save_button.setToolTip(_tr("Save the sheet as a PDF file (Ctrl+S)"))
        self.save_button.setAccessibleName(_tr("Save as PDF"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_document)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setToolTip(_tr("Close the preview without printing (Esc)"))
        close.setAccessibleName(_tr("Close"))
        close.setAutoDefault(False)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(buttons)
        return row

    def _shortcuts(self) -> None:
        keys = QKeySequence.StandardKey
        for key, slot in (
            (QKeySequence(keys.Print), self.print_document),
            (QKeySequence(keys.Save), self.save_document),
            (QKeySequence(keys.ZoomIn), lambda: self.step_zoom(1)),
            (QKeySequence("Ctrl+="), lambda: self.step_zoom(1)),
            (QKeySequence(keys.ZoomOut), lambda: self.step_zoom(-1)),
        ):
            QShortcut(key, self, slot)

    def _size_to_screen(self) -> None:
        screen = self.screen().availableGeometry()
        self.resize(min(1180, int(screen.width() * 0.92)), min(860, int(screen.height() * 0.92)))

    # --- showing the sheet ----------------------------------------------------------------------------------------
    def show_rendered(self, rendered: RenderedPdf, sheet: OpenedSheet, page: int | None = None) -> None:
        """Show a newly made sheet (opened in a worker), on `page` (or the page shown before)."""
        self.rendered = rendered
        self.pages.show(sheet, page)
        self.warnings.setVisible(bool(rendered.warnings))
        shown = list(rendered.warnings[:WARNINGS_SHOWN])
        if len(rendered.warnings) > WARNINGS_SHOWN:
            shown.append(_tr("…and {n} more (hover to see all)").format(n=len(rendered.warnings) - WARNINGS_SHOWN))
        heading = _tr("Some characters are not in the printing font. The sheet shows them as [U+…] codes:")
        self.warnings.setText("\n".join([heading, *shown]))
        self.warnings.setToolTip("<br>".join(html.escape(w) for w in rendered.warnings))  # a tip is rich text

    def page_count(self) -> int:
        return self.pages.page_count()

    def step_zoom(self, step: int) -> None:
        """One step larger or smaller than what is shown now (from a fitted zoom too)."""
        self.pages.step_zoom(step)

    def choose_severity(self, mrn: str, level: str) -> bool:
        """Print `level` for this patient; the sheet is made again and shows the patient's first page. False
        when it was not kept (the status says why)."""
        try:
            self.printable.choose(mrn, level)
        except BedsideError as err:
            self.status.setText(_tr("The severity was not kept: {error}").format(error=err))
            return False
        self._show_mrn = mrn
        self.make()  # read again: the sheet prints the audit trail's head, which the choice just moved
        return True

    def regenerate(self) -> bool:
        """The data changed: read it again and show the new sheet when it comes. False when it cannot start."""
        self._changed.stop()
        if not self.printable.session.watching:
            return False  # signed out or closing: the database may be closed already
        self._remade = True
        self.make()
        return True

    # --- making the sheet in workers --------------------------------------------------------------------------------
    def is_ready(self) -> bool:
        """A sheet is shown, and no newer one is being made: it may be printed or saved."""
        return self.rendered is not None and not self._making

    def wait_ready(self, timeout_ms: int = 120_000) -> bool:
        """Run the GUI thread's events until a sheet shows (scripts and the canary walk; tests use qtbot)."""
        deadline = time.monotonic() + timeout_ms / 1000
        while not self.is_ready() and not self._gone and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.005)
        return self.is_ready()

    def make_once_shown(self) -> None:
        """The first sheet, started once the dialog has painted: a worker started at once shared Python's lock
        with the dialog's first paint and doubled it (30-75 ms stalls on the first preview)."""
        QTimer.singleShot(PAINTED_FIRST_MS, self, self.make)

    def make(self, *, read: bool = True) -> None:
        """Read the data on a reader (unless `read` is False: only drawn again), then draw the PDF; the pages
        show when it comes, and Print and Save are off meanwhile. Asked again while busy: once more after."""
        if self._gone or not self.printable.session.watching:
            return
        if self._making:
            self._again = True
            return
        self._making = True
        self._set_ready(False)
        if read:
            self.tasks.run_read(self.printable.source(), self.printable.reader(), self._gathered, self._failed)
        else:
            self._draw()

    def _gathered(self, gathered: Gathered) -> None:
        if self._gone:
            return
        self.printable.take(gathered)
        self._draw()

    def _draw(self) -> None:
        """Drawn, then opened, in a worker, with the severity panel's new rows when someone came or went: the
        GUI thread only swaps them in (sheet_pages.py, severity_panel.py)."""
        render = self.printable.renderer()
        gui, mrn, language = QThread.currentThread(), self._show_mrn, current_language()
        patients, chosen = self.printable.patients, dict(self.printable.severity)
        new_rows = self.printable.has_severity and listing(patients) != self.severity_panel.listed

        def work() -> Made:
            rendered = render()
            rows = levels_model(patients, chosen) if new_rows else None
            if rows is not None:
                rows.moveToThread(gui)
            return Made(rendered, opened(rendered.pdf, gui, mrn, language), mrn, listing(patients), rows)

        self.tasks.run(work, self._rendered, self._failed)

    def _rendered(self, made: Made) -> None:
        if made.rows is not None and (self._gone or self._again):
            made.rows.deleteLater()
        if self._gone or self._again:  # closed, or newer data was asked for: the old pages stay until it comes
            self._drop(made.sheet)
            return
        if made.rows is not None:
            self.severity_panel.show_rows(made.listed, made.rows)  # someone came or went
            QTimer.singleShot(0, self, lambda: self._show(made.rendered, made.sheet, made.looked_for))  # two turns
        else:
            self._show(made.rendered, made.sheet, made.looked_for)

    def _drop(self, sheet: OpenedSheet) -> None:
        """A sheet never shown: deleted on the thread it now belongs to; made again if asked meanwhile."""
        sheet.document.deleteLater()
        self._making = False
        if self._again and not self._gone:
            self._again = False
            self.make()

    def _show(self, rendered: RenderedPdf, sheet: OpenedSheet, looked_for: str | None) -> None:
        """The new sheet's pages; then Print and Save may go."""
        if self._gone or self._again:
            self._drop(sheet)
            return
        self._making = False
        self.show_rendered(rendered, sheet)
        if self._show_mrn is not None:
            mrn, self._show_mrn = self._show_mrn, None
            page = sheet.page_of_patient if looked_for == mrn else self.pages.first_page_of(mrn)
            if page is not None:
                self.pages.jump(page)
        if self._remade:
            self._remade = False
            self.status.setText(_tr("Made again with the latest data."))
        elif self.status.text() == _tr("Preparing the sheet…"):
            self.status.clear()
        self._set_ready(True)
        self.ready.emit()
        then, self._then = self._then, None
        if then is not None:
            then()

    def _failed(self, error: BaseException) -> None:
        if self._gone:
            return
        self._making, self._again, self._then = False, False, None
        if not isinstance(error, BedsideError):
            sys.excepthook(type(error), error, error.__traceback__)  # a bug: reported, never silence
        self._set_ready(False)
        self.status.setText(_tr("This sheet cannot be made now: {error}").format(error=error))
        if self.rendered is None:
            self.failed.emit(str(error))

    def _set_ready(self, ready: bool) -> None:
        for button in (self.print_button, self.choose_button, self.save_button):
            button.setEnabled(ready)
        if self.printable.has_severity:
            self.severity_view.setEnabled(ready)  # a level is chosen on the sheet shown, not on one coming

    def _closed(self) -> None:
        self._gone = True
        self.severity_panel.stop()
        self._changed.stop()

    def _when_fresh(self, action: Callable[[], bool]) -> bool:
        """Before it leaves Bedside the sheet holds the latest data, its audit head and the time of now: when
        it must be made again first, `action` runs once the new sheet shows (False now)."""
        if not self.is_ready():
            self.status.setText(_tr("The sheet is not ready yet."))
            return False
        if self._changed.isActive() or self.printable.stale():
            self._changed.stop()
            if not self.printable.session.watching:
                return False
            self.make()
        elif self.printable.restamp():
            self.make(read=False)
        else:
            return action()
        self._then = action
        self.status.setText(_tr("Bringing the sheet up to date first…"))
        return False

"""The print preview: the generated PDF as it will print, its pages and zoom, the severity of each patient
(Bedside suggests, the ward decides), any characters the font cannot print, then Print… or Save as PDF….

The sheet is made off the GUI thread (ui/tasks.py): its data is read on a read-only reader, then the PDF is
drawn in a worker. Until it comes the preview says "Preparing the sheet…" and Print and Save are off; when the
sheet is made again (new data, another severity), the old pages stay until the new ones come."""

from __future__ import annotations

import html
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMargins,
    QPointF,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bedside.config.file_out import write_private
from bedside.config.language import words_for
from bedside.domain.errors import BedsideError
from bedside.printouts import SEVERITIES, PatientHandover, RenderedPdf
from ui.i18n import current_language
from ui.i18n import tr as _tr
from ui.printing import printer_defaults
from ui.printing.printable import Gathered, Printable, print_pages
from ui.tasks import Tasks
from ui.wiring import run_on

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
FIT_WIDTH, FIT_PAGE = "fit-width", "fit-page"
WARNINGS_SHOWN = 4  # the rest are in the tooltip: a long foreign name must not push the sheet off screen
ROWS_PER_TURN = 25  # severity rows made per turn of the event loop: each turn stays well under 50 ms
CHANGE_DELAY_MS = 400  # a burst of changes (another workstation's ticks) makes the sheet again once


def severity_labels() -> dict[str, str]:
    return {"stable": _tr("stable"), "watcher": _tr("watcher"), "unstable": _tr("unstable")}


class HandoverPreview(QDialog):
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
        self._fills = 0  # the severity panel being filled, a few rows at a time
        self.finished.connect(self._closed)
        self.rendered: RenderedPdf | None = None
        self.printer: QPrinter | None = None  # kept: Qt crashes on a QPrinter collected under a dialog
        self.print_dialog: QPrintDialog | None = None
        self.severity_boxes: dict[str, QComboBox] = {}
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(_tr("Print preview: {document}").format(document=printable.title))
        self.setAccessibleName(_tr("Print preview"))
        self.document = QPdfDocument(self)
        self.buffer = QBuffer(self)  # the PDF stays in memory: no patient data in a temporary file
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocumentMargins(QMargins(12, 12, 12, 12))
        self.view.setStyleSheet("QPdfView { background: #8a8f96; }")  # white pages stand out on grey
        self.view.setAccessibleName(_tr("The sheet as it will print"))
        self.view.setToolTip(_tr("Page Up and Page Down move through the pages"))
        self.view.pageNavigator().currentPageChanged.connect(self._show_page_number)
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
        layout.addLayout(self._toolbar())
        layout.addWidget(self.warnings)
        body = QHBoxLayout()
        self._listed: tuple[tuple[str, str, str, str], ...] = ()
        if printable.has_severity:
            body.addWidget(self._severity_panel())
        body.addWidget(self.view, 1)
        layout.addLayout(body, 1)
        layout.addLayout(self._buttons())
        self._shortcuts()
        self._size_to_screen()
        self._set_ready(False)
        self.page_label.setText(_tr("Preparing the sheet…"))
        self.status.setText(_tr("Preparing the sheet…"))
        self.print_button.setFocus()

    # --- building the dialog ------------------------------------------------------------------------------------
    def _toolbar(self) -> QHBoxLayout:
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
        zoom_label = QLabel(_tr("&Zoom"))
        zoom_label.setBuddy(self.zoom)
        self.zoom_out = self._tool_button("−", _tr("Zoom out"), _tr("Smaller (Ctrl+minus)"), lambda: self.step_zoom(-1))
        self.zoom_in = self._tool_button("+", _tr("Zoom in"), _tr("Larger (Ctrl+plus)"), lambda: self.step_zoom(1))
        bar = QHBoxLayout()
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        for widget in (zoom_label, self.zoom_out, self.zoom, self.zoom_in):
            bar.addWidget(widget)
        return bar

    def _tool_button(self, text: str, name: str, tip: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        run_on(button.clicked, slot)
        return button

    def _severity_panel(self) -> QGroupBox:
        panel = QGroupBox(_tr("Illness severity (I-PASS)"))
        panel.setAccessibleName(_tr("Illness severity"))
        hint = QLabel(
            _tr(
                "Bedside suggests a level from the latest CRS and ICANS grades and an open febrile-neutropenia "
                "bundle. Choose another level to print it instead."
            )
        )
        hint.setWordWrap(True)
        self.severity_scroll = QScrollArea()
        self.severity_scroll.setWidgetResizable(True)
        self.severity_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.severity_scroll.setAccessibleName(_tr("Patients on this sheet"))
        self._fill_severity()
        column = QVBoxLayout(panel)
        column.addWidget(hint)
        column.addWidget(self.severity_scroll, 1)
        panel.setMinimumWidth(300)
        panel.setMaximumWidth(380)
        return panel

    def _fill_severity(self, then: Callable[[], None] | None = None) -> None:
        """One row per patient: bed, name and MRN (plain text), and the level to print. Made ROWS_PER_TURN rows
        at a time, off screen, while no worker runs: a new widget's first calls need Python's lock, which a
        drawing worker holds for up to 5 ms each time (500 patients stalled the window for seconds)."""
        self._fills += 1
        fill, patients = self._fills, self.printable.patients
        self._listed = _listing(patients)
        boxes: dict[str, QComboBox] = {}
        grid = QGridLayout()
        inner = QWidget()
        inner.setLayout(grid)

        def add(start: int) -> None:
            if self._gone or fill != self._fills:
                return  # closed, or a newer sheet fills the panel
            for row in range(start, min(start + ROWS_PER_TURN, len(patients))):
                name = QLabel(_patient_label(patients[row]))
                name.setTextFormat(Qt.TextFormat.PlainText)
                name.setWordWrap(True)
                box = self._severity_box(patients[row])
                boxes[patients[row].identifiers.mrn] = box
                name.setBuddy(box)
                grid.addWidget(name, row, 0)
                grid.addWidget(box, row, 1)
            if start + ROWS_PER_TURN < len(patients):
                QTimer.singleShot(0, lambda: add(start + ROWS_PER_TURN))
                return
            grid.setColumnStretch(0, 1)
            grid.setRowStretch(len(patients), 1)
            self.severity_boxes = boxes
            self.severity_scroll.setWidget(inner)  # the previous rows are deleted with their widget
            if then is not None:
                then()

        add(0)

    def _severity_box(self, patient: PatientHandover) -> QComboBox:
        mrn, suggested = patient.identifiers.mrn, patient.severity.suggested
        box = QComboBox()
        labels = severity_labels()
        for level in SEVERITIES:
            text = _tr("{level} (suggested)").format(level=labels[level]) if level == suggested else labels[level]
            box.addItem(text, level)
        box.setCurrentIndex(SEVERITIES.index(self.printable.severity.get(mrn, suggested)))
        box.setAccessibleName(_tr("Illness severity for {name}").format(name=patient.identifiers.name))
        box.setToolTip(
            _tr("Bedside suggests {level}: {reasons}. The sheet prints the level chosen here.").format(
                level=labels[suggested], reasons="; ".join(patient.severity.reasons)
            )
        )
        box.currentIndexChanged.connect(lambda _index, mrn=mrn, box=box: self.choose_severity(mrn, box.currentData()))
        return box

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
    def show_rendered(self, rendered: RenderedPdf, page: int | None = None) -> None:
        """Show a newly made sheet, on `page` (or the page shown before)."""
        keep = self.view.pageNavigator().currentPage() if page is None else page
        self.rendered = rendered
        self.document.close()
        self.buffer.close()
        self.buffer.setData(QByteArray(rendered.pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self.buffer)
        self.view.pageNavigator().jump(min(keep, max(self.document.pageCount() - 1, 0)), QPointF(), 0)
        self._show_page_number()
        self.warnings.setVisible(bool(rendered.warnings))
        shown = list(rendered.warnings[:WARNINGS_SHOWN])
        if len(rendered.warnings) > WARNINGS_SHOWN:
            shown.append(_tr("…and {n} more (hover to see all)").format(n=len(rendered.warnings) - WARNINGS_SHOWN))
        heading = _tr("Some characters are not in the printing font. The sheet shows them as [U+…] codes:")
        self.warnings.setText("\n".join([heading, *shown]))
        self.warnings.setToolTip("<br>".join(html.escape(w) for w in rendered.warnings))  # a tip is rich text

    def page_count(self) -> int:
        return self.document.pageCount()

    def _show_page_number(self) -> None:
        count = self.document.pageCount()
        current = self.view.pageNavigator().currentPage() + 1
        self.page_label.setText(_tr("Page {page} of {count}").format(page=min(current, count), count=count))

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

    def choose_severity(self, mrn: str, level: str) -> None:
        """Print `level` for this patient; the sheet is made again and shows the patient's first page."""
        try:
            self.printable.choose(mrn, level)
        except BedsideError as err:
            self.status.setText(_tr("The severity was not kept: {error}").format(error=err))
            return
        self._show_mrn = mrn
        self.make()  # read again: the sheet prints the audit trail's head, which the choice just moved

    def _first_page_of(self, mrn: str) -> int | None:
        for page in range(self.document.pageCount()):
            if words_for(current_language())("MRN {mrn}").format(mrn=mrn) in self.document.getAllText(page).text():
                return page
        return None

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
            self.tasks.run(self.printable.renderer(), self._rendered, self._failed)

    def _gathered(self, gathered: Gathered) -> None:
        if self._gone:
            return
        self.printable.take(gathered)
        self.tasks.run(self.printable.renderer(), self._rendered, self._failed)

    def _rendered(self, rendered: RenderedPdf) -> None:
        if self._gone:
            return
        if self._again:  # newer data was asked for meanwhile: the old pages stay until it comes
            self._making = self._again = False
            self.make()
            return
        if self.printable.has_severity and _listing(self.printable.patients) != self._listed:
            self._fill_severity(lambda: self._show(rendered))  # a patient came or went, or another suggestion
        else:
            self._show(rendered)

    def _show(self, rendered: RenderedPdf) -> None:
        """The new sheet and its patients' levels are both in: show the pages, and Print and Save may go."""
        self._making = False
        if self._again:
            self._again = False
            self.make()
            return
        self.show_rendered(rendered)
        if self._show_mrn is not None:
            page = self._first_page_of(self._show_mrn)
            self._show_mrn = None
            if page is not None:
                self.view.pageNavigator().jump(page, QPointF(), 0)
                self._show_page_number()
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
            self.severity_scroll.setEnabled(ready)  # a level is chosen on the sheet shown, not on one coming

    def _closed(self) -> None:
        self._gone = True
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

    # --- print and save ---------------------------------------------------------------------------------------------
    def print_default(self) -> bool:
        """Two clicks from the board: Print sends the sheet to the default printer, named in the status line."""
        info = printer_defaults.printer_info()  # this workstation's printer, else the system default
        if info.isNull():
            return self.print_document()  # no default printer: ask which one
        return self._when_fresh(lambda: self._print_on(info))

    def _print_on(self, info: QPrinterInfo) -> bool:
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.printable.title)
        printer.setCreator("Bedside")
        printer_defaults.prepare(printer, self.printable.paper)
        done = self.print_to(printer)
        if done:
            self.status.setText(self.status.text() + " " + _tr("({printer})").format(printer=info.printerName()))
        return done

    def print_document(self) -> bool:
        """Ask for a printer in the system print dialog, then print every page (or the range chosen)."""
        return self._when_fresh(self._ask_and_print)

    def _ask_and_print(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.printable.title)  # what the print queue shows: no patient data
        printer.setCreator("Bedside")
        printer_defaults.prepare(printer, self.printable.paper)
        chosen = printer_defaults.printer_info()
        if not chosen.isNull():
            printer.setPrinterName(chosen.printerName())  # the dialog opens on this workstation's printer
        self.printer = printer
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(_tr("Print"))
        dialog.setMinMax(1, self.page_count())
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        self.print_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.status.setText(_tr("Not printed."))
            return False
        printer_defaults.remember(printer)  # the next Print goes where this one went
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Print onto a printer already set up (by the print dialog, or a PDF file in a test)."""
        if not self.is_ready():
            self.status.setText(_tr("The sheet is not ready yet."))
            return False
        self.printer = printer
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sent = print_pages(self.document, printer)
        finally:
            QApplication.restoreOverrideCursor()
        if sent == 0:
            self.status.setText(_tr("Nothing was printed: the printer could not be started."))
            return False
        self.printable.record("printer", sent)
        self._changed.stop()  # the print's own audit event changes nothing on the sheet
        self.status.setText(_tr("Sent {n} page(s) to the printer.").format(n=sent))
        return True

    def save_document(self) -> bool:
        """Save the sheet as a PDF file, under a neutral name the user can change."""
        return self._when_fresh(self._ask_and_save)

    def _ask_and_save(self) -> bool:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self, _tr("Save as PDF"), str(Path(folder) / self.printable.file_name), _tr("PDF files (*.pdf)")
        )
        if not path:
            self.status.setText(_tr("Not saved."))
            return False
        return self.save_to(path if path.lower().endswith(".pdf") else path + ".pdf")

    def save_to(self, path: str) -> bool:
        """Write the PDF as the command line's --out does (docs/files-written.md): 0600, whole or not at all,
        never onto a device or a link, and recorded in the audit trail before the file takes its name."""
        if not self.is_ready() or self.rendered is None:
            self.status.setText(_tr("The sheet is not ready yet."))
            return False
        pages = self.rendered.pages

        def record(place: Callable[[], None]) -> None:  # the rename runs inside the record's transaction
            self.printable.record("file", pages, then=place)

        try:
            write_private(Path(path), self.rendered.pdf, record)
        except BedsideError as err:
            self.status.setText(_tr("Not saved: {error}").format(error=err))
            return False
        self._changed.stop()
        self.status.setText(_tr("Saved {file}").format(file=path))
        return True


def _listing(patients: tuple[PatientHandover, ...]) -> tuple[tuple[str, str, str, str], ...]:
    return tuple((p.identifiers.mrn, p.identifiers.name, p.identifiers.bed, p.severity.suggested) for p in patients)


def _patient_label(patient: PatientHandover) -> str:
    who = patient.identifiers
    bed = _tr("Bed {bed}").format(bed=who.bed) if who.bed else _tr("No bed")
    return f"{bed} · {who.name}\n{who.mrn}"

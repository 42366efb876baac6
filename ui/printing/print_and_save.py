"""How the sheet a preview shows leaves Bedside: Print (the workstation's printer), Choose printer…, and Save
as PDF…, each only with a sheet brought up to date first, and each recorded in the audit trail.

A mixin of ui/printing/preview.py's HandoverPreview, kept apart so each file reads on its own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QWidget

from bedside.config.file_out import write_private
from bedside.domain.errors import BedsideError
from ui.i18n import tr as _tr
from ui.printing import printer_defaults
from ui.printing.printable import print_pages

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument

    from bedside.printouts import RenderedPdf
    from ui.printing.printable import Printable


class PrintAndSave:
    """Needs the preview's sheet (`document`, `rendered`), its `printable`, its `status` line and its
    `_when_fresh`, `is_ready` and `page_count`."""

    if TYPE_CHECKING:  # what the preview gives it
        printable: Printable
        rendered: RenderedPdf | None
        status: QLabel
        _changed: QTimer
        printer: QPrinter | None
        print_dialog: QPrintDialog | None

        @property
        def document(self) -> QPdfDocument: ...

        def _when_fresh(self, action: Callable[[], bool]) -> bool: ...

        def is_ready(self) -> bool: ...

        def page_count(self) -> int: ...

    def _dialog(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

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
        dialog = QPrintDialog(printer, self._dialog())
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
            self._dialog(), _tr("Save as PDF"), str(Path(folder) / self.printable.file_name), _tr("PDF files (*.pdf)")
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

"""Printer defaults: declared with the other settings (scope workstation), kept in QSettings, edited on the admin
screen, used by Print and Choose printer…, and remembered from the print dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from bedside.config import settings
from bedside.domain.errors import BedsideError
from bedside.services import settings as site_settings
from bedside.storage import Store
from tests.test_print_ui import FakePrintDialog, preview, session, window  # noqa: F401
from tests.test_settings import SYSTEM, TODAY
from ui.access.session import Session
from ui.dialogs.users_dialog import UsersDialog
from ui.main_window import MainWindow
from ui.printing import printer_defaults
from ui.printing.preview import HandoverPreview


def test_printer_defaults_are_declared_with_the_site_settings_under_keys_of_their_own() -> None:
    every = (*settings.SETTINGS, *settings.WORKSTATION_SETTINGS)
    assert len({s.key for s in every}) == len(every)
    assert {s.scope for s in settings.WORKSTATION_SETTINGS} == {"workstation"}
    assert settings.checked(settings.PAPER, " Letter ") == "Letter"
    with pytest.raises(BedsideError, match=r'Paper size: "A3" is not a paper size Bedside prints on \(A4 or Letter\)'):
        settings.checked(settings.PAPER, "A3")
    with pytest.raises(BedsideError, match="Print on both sides"):
        settings.checked(settings.TWO_SIDED, "maybe")


def test_a_workstation_setting_never_goes_into_the_database(store: Store) -> None:
    admin = store.add_user("Ada Admin", "AD", SYSTEM, pin="2580", role="admin")
    with pytest.raises(BedsideError, match="a setting of this workstation"):
        site_settings.save(store, SYSTEM, settings.PAPER, "Letter", admin)
    assert store.meta(settings.PAPER.key) is None


@pytest.fixture
def admin_window(qtbot, store: Store) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    admin = store.add_user("Ada Admin", "AD", SYSTEM, pin="2580", role="admin")
    win = MainWindow(Session(store, admin, TODAY, zone=ZoneInfo("UTC")))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.session.close()
    win.idle_lock.stop()


def test_the_admin_screen_sets_paper_and_sides_for_this_workstation(qtbot, admin_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    admin_window.users_action.trigger()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, UsersDialog)
    form = dialog.workstation
    labels = [form.fields[s.key].accessibleName() for s in settings.WORKSTATION_SETTINGS]
    assert labels == [s.label for s in settings.WORKSTATION_SETTINGS]
    assert form.fields[settings.PRINTER.key].currentData() == ""  # the system's default printer
    for setting, text in ((settings.PAPER, "Letter"), (settings.TWO_SIDED, "yes")):
        field = form.fields[setting.key]
        field.setFocus()
        qtbot.keyClicks(field, text)  # a closed combo box selects the item typed
        assert field.currentData() == text
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.message.text() == "Saved: Paper size, Print on both sides."
    assert printer_defaults.value(settings.PAPER) == "Letter" and printer_defaults.value(settings.TWO_SIDED) == "yes"
    dialog.reject()


def test_choose_printer_opens_on_this_workstations_paper_and_sides(
    preview: HandoverPreview,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    printer_defaults.save(settings.PAPER, "Letter")
    printer_defaults.save(settings.TWO_SIDED, "yes")
    FakePrintDialog.target = tmp_path / "printed.pdf"
    monkeypatch.setattr("ui.printing.print_and_save.QPrintDialog", FakePrintDialog)

    preview.choose_button.click()

    assert preview.printer is not None
    assert preview.printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter
    assert preview.printer.pageLayout().orientation() == QPageLayout.Orientation.Portrait
    assert FakePrintDialog.target.exists()
    assert printer_defaults.value(settings.PRINTER) == ""  # printing to a file remembers no printer


class ChosenInDialog:
    """What QPrintDialog leaves on a QPrinter after the user picked a real printer (none is installed here)."""

    def __init__(self, name: str, size: QPageSize.PageSizeId, duplex: QPrinter.DuplexMode) -> None:
        self.name, self.size, self.mode = name, size, duplex

    def outputFormat(self) -> QPrinter.OutputFormat:
        return QPrinter.OutputFormat.NativeFormat

    def printerName(self) -> str:
        return self.name

    def pageLayout(self) -> QPageLayout:
        layout = QPageLayout()
        layout.setPageSize(QPageSize(self.size))
        return layout

    def duplex(self) -> QPrinter.DuplexMode:
        return self.mode


def test_the_printer_chosen_in_the_dialog_becomes_the_default_for_print(qapp) -> None:  # type: ignore[no-untyped-def]
    printer_defaults.remember(
        ChosenInDialog("Ward5-Laser", QPageSize.PageSizeId.Letter, QPrinter.DuplexMode.DuplexAuto)
    )
    assert printer_defaults.value(settings.PRINTER) == "Ward5-Laser"
    assert printer_defaults.value(settings.PAPER) == "Letter"
    assert printer_defaults.value(settings.TWO_SIDED) == "yes"
    # A remembered printer that is gone (unplugged, renamed) falls back to the system's default, never to nothing.
    fallback = printer_defaults.printer_info()
    assert fallback.printerName() == printer_defaults.QPrinterInfo.defaultPrinter().printerName()


def test_every_workstation_setting_is_marked_for_translation() -> None:
    """The form shows _tr(label), _tr(help) and _tr(value): lupdate finds them only in WORKSTATION_WORDS."""
    from bedside.config import settings as declared
    from ui.dialogs.workstation_form import WORKSTATION_WORDS

    for setting in declared.WORKSTATION_SETTINGS:
        assert setting.label in WORKSTATION_WORDS and setting.help in WORKSTATION_WORDS, setting.key
    assert set(declared.YES_NO) <= set(WORKSTATION_WORDS)

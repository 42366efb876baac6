"""Printing from the window: Ctrl+P previews the chosen ward's handover, the preview prints every page through
the print dialog, saves as the command line's --out does (0600, recorded before it appears) under a neutral
name, lets the ward change a severity, and each print or save is in the audit trail."""

from __future__ import annotations

import contextlib
import io
import os
import re
import sqlite3
import stat
import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QComboBox, QDialog, QToolBar, QWidget

from bedside.domain.errors import BedsideError
from bedside.domain.patient import Observation
from bedside.services.demo import seed_demo_once
from bedside.storage import Store, connection
from bedside.storage.audit import Actor
from tests.factories import full_document, record_of
from tests.gui import choose_level, level_cell, open_level_list, pick_from_open_list, settle, sheet_ready
from ui.access.session import Session
from ui.main_window import MainWindow
from ui.printing.preview import HandoverPreview
from ui.printing.printable import page_image

TODAY = date(2026, 11, 21)
NOW = "2026-11-21T23:30:00Z"  # 00:30 the next morning on the ward's clock (Berlin)
DEMO = "DEMO"


@pytest.fixture
def session(store: Store) -> Iterator[Session]:
    seed_demo_once(store, TODAY)
    doc = full_document("H5-1", "Elsewhere, Eve")  # on ward H5: not on the DEMO handover
    doc["therapy"]["infusion_dates"] = ["2026-11-10"]
    store.import_record(record_of(doc), Actor("system", "ws-test"))
    nurse = store.add_user("Tess Nurse", "TN", Actor("system", "ws-test"))
    opened = Session(store, nurse, TODAY, now=lambda: NOW, zone=ZoneInfo("Europe/Berlin"))
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot, session: Session) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(session)
    qtbot.addWidget(win)
    settle(qtbot, win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.session.close()


def choose_ward(window: MainWindow, ward: str | None) -> None:
    combo = window.board.ward_filter
    combo.setCurrentIndex(combo.findData(ward) if ward else 0)


@pytest.fixture
def preview(qtbot, window: MainWindow) -> Iterator[HandoverPreview]:  # type: ignore[no-untyped-def]
    choose_ward(window, DEMO)
    shown = sheet_ready(qtbot, window.printing.print_ward())
    yield shown
    # A change seen by the session's poll starts the preview's 400 ms timer: stopped before the store closes,
    # or it fires in the next test and reads a closed database (seen once on a loaded machine).
    with contextlib.suppress(RuntimeError):  # a test that closed the preview has deleted it already
        shown._changed.stop()
        shown.close()


def pdf_pages(data: bytes) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(io.BytesIO(data)).pages]


def demo_people(store: Store) -> list[tuple[str, str]]:
    return [(s.mrn, s.name) for s in store.patient_summaries(DEMO)]


# --- the menu ---------------------------------------------------------------------------------------------
def test_ctrl_p_previews_the_handover_of_the_ward_chosen_on_the_board(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    choose_ward(window, DEMO)
    assert window.print_action.isEnabled()
    assert window.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert DEMO in window.print_action.toolTip()

    window.activateWindow()
    qtbot.keyClick(window.board.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = sheet_ready(qtbot, window.printing.preview)
    assert preview.isVisible()

    assert preview.printable.ward == DEMO
    shown = [p.identifiers.mrn for p in preview.printable.patients]
    assert shown == [mrn for mrn, _ in demo_people(window.store)]
    text = " ".join(pdf_pages(preview.rendered.pdf))
    assert "MRN DEMO-001" in text and "H5-1" not in text


def test_all_wards_prints_every_real_ward_and_never_the_demo_ward(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    choose_ward(window, None)
    preview = sheet_ready(qtbot, window.printing.print_ward())

    assert preview.printable.ward is None
    assert {p.identifiers.ward for p in preview.printable.patients} == {"H5"}  # DEMO only when chosen by name
    assert "all wards" in window.print_action.toolTip()


def test_the_preview_opens_at_once_and_prints_only_once_its_sheet_is_made(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """The sheet is read and drawn in workers: the GUI thread never waits for it (issue 15)."""
    choose_ward(window, DEMO)
    preview = window.printing.print_ward()
    assert preview is not None and preview.isVisible()
    assert preview.status.text() == "Preparing the sheet…" and preview.page_count() == 0
    buttons = (preview.print_button, preview.choose_button, preview.save_button)
    assert not any(button.isEnabled() for button in buttons)
    head = window.store.audit_head()
    assert not preview.save_document() and not preview.save_to(str(tmp_path / "early.pdf"))  # Ctrl+S too
    assert not (tmp_path / "early.pdf").exists() and window.store.audit_head() == head

    with qtbot.waitSignal(preview.ready, timeout=20_000):
        pass
    assert all(button.isEnabled() for button in buttons) and preview.page_count() >= 1

    old = preview.rendered
    window.store.add_entry("DEMO-002", Observation(TODAY, "crs_grade", 3, "12:00"), window.session.actor)
    with qtbot.waitSignal(preview._changed.timeout, timeout=5_000):
        window.session.notify()  # the preview makes its sheet again, in workers
    assert not any(button.isEnabled() for button in buttons)
    assert preview.rendered is old and preview.page_count() == old.pages  # the old pages stay meanwhile
    sheet_ready(qtbot, preview)
    assert preview.rendered is not old and preview.status.text() == "Made again with the latest data."
    preview.close()


def test_the_sheet_is_read_on_a_reader_and_drawn_off_the_gui_thread(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The all-wards handover took seconds on the GUI thread (benchmarks/bench_gui_stall.py): no longer."""
    import ui.printing.preview as preview_module
    import ui.printing.printable as actions
    from ui.printing import draw_process

    seen: list[tuple[str, object, bool]] = []

    def watched(name: str, real: Callable[..., object]) -> Callable[..., object]:
        def call(*args: object, **kwargs: object) -> object:
            seen.append((name, args[0], threading.current_thread() is threading.main_thread()))
            return real(*args, **kwargs)

        return call

    monkeypatch.setattr(actions, "ward_handover", watched("read", actions.ward_handover))
    monkeypatch.setattr(actions, "draw_elsewhere", watched("draw", actions.draw_elsewhere))
    monkeypatch.setattr(preview_module, "opened", watched("open the PDF", preview_module.opened))
    monkeypatch.setattr(preview_module, "levels_model", watched("severity rows", preview_module.levels_model))
    monkeypatch.setattr(draw_process, "last_pid", None)
    choose_ward(window, None)
    preview = sheet_ready(qtbot, window.printing.print_ward())

    assert [name for name, _, _ in seen] == ["read", "draw", "severity rows", "open the PDF"]
    assert preview.document.thread() is window.thread()  # handed over to the GUI thread, which shows it
    assert preview.severity_panel.model.thread() is window.thread()
    assert list(preview.severity_levels()) == [p.identifiers.mrn for p in preview.printable.patients] == ["H5-1"]
    assert not any(on_gui for _, _, on_gui in seen)
    assert seen[0][1] is not window.store  # a read-only reader of its own, never the window's connection
    assert draw_process.last_pid not in (None, os.getpid())  # drawn in a process of its own (its own GIL)


def test_patient_sheets_follow_the_selected_patient(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.select_mrn("DEMO-004")
    assert window.printing.patient_action.isEnabled() and window.printing.plan_action.isEnabled()

    handover = sheet_ready(qtbot, window.printing.print_patient())
    assert [p.identifiers.mrn for p in handover.printable.patients] == ["DEMO-004"]
    assert list(handover.severity_levels()) == ["DEMO-004"]
    handover.close()

    plan = sheet_ready(qtbot, window.printing.print_plan())
    assert plan.severity_levels() == {}
    assert "Your follow-up plan" in pdf_pages(plan.rendered.pdf)[0]


def test_a_ward_with_nobody_on_it_says_so(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    preview = window.printing.open_preview("ward", ward="NOWHERE")
    assert preview is not None

    qtbot.waitUntil(lambda: window.printing.last_message is not None)
    message = window.printing.last_message
    assert message is not None and message.isVisible()
    assert window.printing.preview is None and not preview.is_ready()  # the empty preview closed
    assert "NOWHERE" in message.text() and message.textFormat() == Qt.TextFormat.PlainText
    message.close()


# --- the preview ------------------------------------------------------------------------------------------------
def test_the_preview_shows_the_generated_pdf_with_its_page_count(preview: HandoverPreview) -> None:
    assert preview.rendered is not None
    pages = len(PdfReader(io.BytesIO(preview.rendered.pdf)).pages)

    assert preview.page_count() == preview.rendered.pages == pages >= len(preview.printable.patients)
    assert preview.page_label.text() == f"Page 1 of {pages}"
    assert preview.print_button.isDefault()  # Enter prints
    assert preview.warnings.isHidden()  # the demo names are all in the font


def test_paper_and_screen_share_the_wards_clock_and_the_signed_in_user(  # type: ignore[no-untyped-def]
    qtbot, preview: HandoverPreview, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "Printed 2026-11-22 00:30 by Tess Nurse (TN)" in pdf_pages(preview.rendered.pdf)[0]

    monkeypatch.setattr(preview.printable.session, "now", lambda: "2026-11-22T06:15:00Z")  # hours later
    target = tmp_path / "later.pdf"
    monkeypatch.setattr("ui.printing.print_and_save.QFileDialog.getSaveFileName", lambda *args: (str(target), ""))
    assert not preview.save_document()  # stamped again first, in a worker: Save is off meanwhile
    assert not preview.save_button.isEnabled() and not target.exists()

    qtbot.waitUntil(target.exists)
    assert "Printed 2026-11-22 07:15 by Tess Nurse (TN)" in pdf_pages(target.read_bytes())[0]


def test_pages_render_on_white(preview: HandoverPreview) -> None:
    image = page_image(preview.document, 0, dpi=40)

    assert image.pixelColor(0, 0) == QColor(Qt.GlobalColor.white)
    assert not image.hasAlphaChannel()


def test_a_character_the_font_lacks_is_shown_plainly(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    doc = full_document("C-1", "王, 小明")
    doc["patient"]["ward"] = "H7"
    window.store.import_record(record_of(doc), window.session.actor)
    window.session.notify()
    choose_ward(window, "H7")

    preview = sheet_ready(qtbot, window.printing.print_ward())
    assert not preview.warnings.isHidden()
    assert "U+738B" in preview.warnings.text()
    assert preview.warnings.textFormat() == Qt.TextFormat.PlainText
    assert preview.warnings.text().count("\n") == 3  # the heading and the three characters of the name


def test_many_missing_characters_do_not_push_the_sheet_off_screen(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    doc = full_document("C-2", "<b>四五六七八</b>")
    doc["patient"]["ward"] = "H7"
    window.store.import_record(record_of(doc), window.session.actor)
    window.session.notify()
    choose_ward(window, "H7")

    preview = sheet_ready(qtbot, window.printing.print_ward())
    assert preview.rendered is not None
    assert len(preview.rendered.warnings) == 5
    assert preview.warnings.text().count("\n") == 5  # heading, four warnings, "and 1 more"
    assert preview.warnings.toolTip().count("C-2 name") == 5  # all of them, on hover


def test_zoom_steps_and_fits(preview: HandoverPreview) -> None:
    preview.zoom.setCurrentIndex(preview.zoom.findData(1.0))
    preview.step_zoom(1)
    assert preview.view.zoomFactor() == pytest.approx(1.25)
    preview.step_zoom(-1)
    preview.step_zoom(-1)
    assert preview.view.zoomFactor() == pytest.approx(0.75)
    preview.zoom.setCurrentIndex(preview.zoom.findData("fit-page"))
    assert preview.view.zoomMode() == preview.view.ZoomMode.FitInView


def test_every_control_has_a_name_and_a_tip(preview: HandoverPreview) -> None:
    controls = [
        w
        for w in preview.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QComboBox | QAbstractScrollArea)
        and w.isVisible()
        and not isinstance(w.parentWidget(), QComboBox)  # a combo box's own popup parts
    ]
    assert preview.view in controls and preview.severity_view in controls and len(controls) >= 7
    assert [w for w in controls if not w.accessibleName()] == []
    for widget in (preview.print_button, preview.save_button, preview.zoom, preview.zoom_in, preview.zoom_out):
        assert widget.toolTip()
    for mrn in preview.severity_levels():  # each row's level cell says whose it is, and why Bedside suggests it
        cell = level_cell(preview, mrn)
        assert str(cell.data(Qt.ItemDataRole.AccessibleTextRole)).startswith("Illness severity for ")
        assert "Bedside suggests" in str(cell.data(Qt.ItemDataRole.ToolTipRole))


def test_every_patient_on_the_ward_sheet_gets_a_level_row(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    choose_ward(window, DEMO)
    preview = sheet_ready(qtbot, window.printing.print_ward())

    levels = preview.severity_levels()
    assert list(levels) == [mrn for mrn, _ in demo_people(window.store)] and len(levels) > 2
    assert preview.severity_view.isEnabled()
    preview.close()


def test_a_level_is_chosen_with_the_keyboard_alone(qtbot, preview: HandoverPreview) -> None:  # type: ignore[no-untyped-def]
    view = preview.severity_view
    view.setFocus()
    mrn = next(iter(preview.severity_levels()))  # the first row is current when the panel fills
    assert view.currentIndex() == level_cell(preview, mrn)
    before = preview.severity_levels()[mrn]
    qtbot.keyClick(view, Qt.Key.Key_F2)  # opens the list of levels
    box = open_level_list(qtbot, preview)
    assert box.accessibleName().startswith("Illness severity for ")
    qtbot.keyClick(box.view(), Qt.Key.Key_Down)  # moving in the list changes nothing yet
    qtbot.keyClick(box.view(), Qt.Key.Key_Down)
    assert preview.severity_levels()[mrn] == before and preview.printable.severity == {}
    qtbot.keyClick(box.view(), Qt.Key.Key_Escape)  # Esc: the level stays
    assert preview.severity_levels()[mrn] == before and preview.printable.severity == {}

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    chosen = next(level for level in ("stable", "watcher", "unstable") if level != before)
    pick_from_open_list(qtbot, preview, chosen)

    assert preview.severity_levels()[mrn] == chosen
    assert preview.printable.severity == {mrn: chosen}
    assert not preview.print_button.isEnabled()  # the sheet is made again with it
    sheet_ready(qtbot, preview)


# --- severity -------------------------------------------------------------------------------------------------------
def test_changing_a_severity_makes_the_sheet_again_and_shows_that_patient(qtbot, preview: HandoverPreview) -> None:  # type: ignore[no-untyped-def]
    mrn = "DEMO-004"
    suggested = preview.severity_levels()[mrn]
    assert "(suggested)" in str(level_cell(preview, mrn).data())

    choose_level(qtbot, preview, mrn, "unstable")
    assert not preview.print_button.isEnabled()  # until the new sheet comes
    sheet_ready(qtbot, preview)

    pages = pdf_pages(preview.rendered.pdf)
    page = preview.view.pageNavigator().currentPage()
    assert f"MRN {mrn}" in pages[page]  # the preview moved to the patient's page
    assert "☒ UNSTABLE" in pages[page]
    assert f"Set by the ward; Bedside suggested: {suggested}." in pages[page]
    assert sum("☒ UNSTABLE" in p for p in pages) == 1

    choose_level(qtbot, preview, mrn, suggested)  # back to Bedside's suggestion
    sheet_ready(qtbot, preview)
    page_text = pdf_pages(preview.rendered.pdf)[page]
    assert "Suggested by Bedside" in page_text and "☒ UNSTABLE" not in page_text


def test_a_level_the_store_refuses_goes_back_and_the_status_says_why(  # type: ignore[no-untyped-def]
    qtbot, preview: HandoverPreview, monkeypatch: pytest.MonkeyPatch
) -> None:
    mrn = "DEMO-004"
    before = preview.severity_levels()[mrn]
    wanted = next(level for level in ("stable", "watcher", "unstable") if level != before)

    def refuse(_mrn: str, _level: str | None) -> None:
        raise BedsideError("the database is read-only")

    monkeypatch.setattr(preview.printable, "choose", refuse)
    choose_level(qtbot, preview, mrn, wanted)

    assert preview.severity_levels()[mrn] == before  # the row shows what will print
    assert "not kept" in preview.status.text() and "read-only" in preview.status.text()
    assert preview.print_button.isEnabled()  # the sheet shown is still the one to print


def test_a_change_in_the_data_makes_the_preview_again(qtbot, preview: HandoverPreview, session: Session) -> None:  # type: ignore[no-untyped-def]
    choose_level(qtbot, preview, "DEMO-006", "unstable")  # the ward's choice survives the new data
    sheet_ready(qtbot, preview)
    assert "unstable" not in str(level_cell(preview, "DEMO-002").data())
    session.store.add_entry("DEMO-002", Observation(TODAY, "crs_grade", 3, "12:00"), session.actor)
    session.notify()

    qtbot.waitUntil(lambda: level_cell(preview, "DEMO-002").data() == "unstable (suggested)")
    assert preview.printable.severity == {"DEMO-006": "unstable"}
    assert preview.severity_levels()["DEMO-006"] == "unstable"


def test_a_severity_set_in_the_preview_is_kept_for_the_day_and_audited(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, preview: HandoverPreview, session: Session
) -> None:
    choose_level(qtbot, preview, "DEMO-004", "unstable")
    sheet_ready(qtbot, preview)
    event = session.store.events("DEMO-004")[0]
    assert (event.action, event.actor, event.new_value) == (
        "severity.set",
        "TN",
        {"day": "2026-11-21", "level": "unstable"},
    )
    assert not preview.printable.stale()  # the sheet carries the audit head the choice moved
    preview.reject()
    again = sheet_ready(qtbot, window.printing.print_ward())  # reopened later the same day: the choice is kept
    assert again.severity_levels()["DEMO-004"] == "unstable"
    assert "☒ UNSTABLE" in " ".join(pdf_pages(again.rendered.pdf))
    suggested = next(p.severity.suggested for p in again.printable.patients if p.identifiers.mrn == "DEMO-004")
    choose_level(qtbot, again, "DEMO-004", suggested)  # back again
    sheet_ready(qtbot, again)
    assert session.store.events("DEMO-004")[0].new_value == {"day": "2026-11-21", "level": "suggested"}
    again.reject()


# --- print, save, audit ---------------------------------------------------------------------------------------------
class FakePrintDialog:
    """Stands in for QPrintDialog: "prints" to a PDF file, as choosing Print to file would."""

    PrintDialogOption = QPrintDialog.PrintDialogOption
    target: Path
    accept = True

    def __init__(self, printer: QPrinter, parent: object = None) -> None:
        self.printer = printer
        self.range: tuple[int, int] | None = None

    def setWindowTitle(self, title: str) -> None: ...

    def setOption(self, option: object, on: bool = True) -> None: ...

    def setMinMax(self, low: int, high: int) -> None:
        self.range = (low, high)

    def exec(self) -> QDialog.DialogCode:
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(self.target))
        return QDialog.DialogCode.Accepted if self.accept else QDialog.DialogCode.Rejected


def test_print_sends_every_page_to_the_printer_and_notes_it(
    preview: HandoverPreview, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    FakePrintDialog.target = tmp_path / "printed.pdf"
    monkeypatch.setattr("ui.printing.print_and_save.QPrintDialog", FakePrintDialog)
    head = preview.printable.session.store.audit_head()

    assert preview.print_document()

    assert len(PdfReader(FakePrintDialog.target).pages) == preview.page_count()
    assert preview.printer is not None and preview.printer.outputFileName() == str(FakePrintDialog.target)
    assert preview.print_dialog is not None and preview.print_dialog.range == (1, preview.page_count())
    assert preview.printer.docName() == f"Ward handover, {DEMO}, {TODAY.isoformat()}"  # the print queue's name
    event = preview.printable.session.store.events(limit=1)[0]
    assert (event.action, event.entity, event.entity_id, event.mrn, event.actor) == (
        "handover.print",
        "ward",
        DEMO,
        None,
        "TN",
    )
    assert event.new_value["pages"] == preview.page_count() and event.new_value["output"] == "printer"
    assert f"Audit trail {head}" in pdf_pages(preview.rendered.pdf)[0]  # the head when it was printed


def test_a_print_range_prints_only_those_pages(preview: HandoverPreview, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "two.pdf"))
    printer.setFromTo(2, 3)

    assert preview.print_to(printer)
    assert len(PdfReader(tmp_path / "two.pdf").pages) == 2


def test_cancelling_the_print_dialog_prints_and_notes_nothing(
    preview: HandoverPreview, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    FakePrintDialog.target = tmp_path / "never.pdf"
    monkeypatch.setattr(FakePrintDialog, "accept", False)
    monkeypatch.setattr("ui.printing.print_and_save.QPrintDialog", FakePrintDialog)
    head = preview.printable.session.store.audit_head()

    assert not preview.print_document()
    assert not FakePrintDialog.target.exists()
    assert preview.printable.session.store.audit_head() == head


def test_save_writes_the_pdf_under_a_neutral_name(
    preview: HandoverPreview, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    target = tmp_path / "out" / "chosen.pdf"
    target.parent.mkdir()

    def ask(parent: object, title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), filters

    monkeypatch.setattr("ui.printing.print_and_save.QFileDialog.getSaveFileName", ask)
    assert preview.save_document()

    assert target.read_bytes() == preview.rendered.pdf
    assert [p.name for p in target.parent.iterdir()] == ["chosen.pdf"]  # no temporary .part left
    suggested = Path(asked[0]).name
    assert suggested == f"bedside-handover-{DEMO}-{TODAY.isoformat()}.pdf"
    metadata = PdfReader(target).metadata or {}
    for mrn, name in demo_people(preview.printable.session.store):
        surname = name.split(",")[0].removeprefix("DEMO ")
        assert mrn not in suggested and surname not in suggested
        assert not any(mrn in str(v) or surname in str(v) for v in metadata.values())
    event = preview.printable.session.store.events(limit=1)[0]
    assert (event.action, event.new_value["output"]) == ("handover.print", "file")


def test_a_file_that_cannot_be_written_says_so_and_notes_nothing(preview: HandoverPreview, tmp_path: Path) -> None:
    head = preview.printable.session.store.audit_head()

    assert not preview.save_to(str(tmp_path / "missing-folder" / "x.pdf"))
    assert preview.status.text().startswith("Not saved")
    assert preview.printable.session.store.audit_head() == head


def test_a_change_not_yet_seen_is_on_the_sheet_before_it_leaves(  # type: ignore[no-untyped-def]
    qtbot, preview: HandoverPreview, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another workstation's write lands between two polls: saving (or printing) makes the sheet again first."""
    store = preview.printable.session.store
    store.add_entry("DEMO-002", Observation(TODAY, "crs_grade", 3, "12:00"), Actor("OT", "ws-other"))
    head = store.audit_head()
    target = tmp_path / "latest.pdf"
    monkeypatch.setattr("ui.printing.print_and_save.QFileDialog.getSaveFileName", lambda *args: (str(target), ""))

    assert not preview.save_document()  # made again first, in workers: saved when the new sheet shows
    qtbot.waitUntil(target.exists)

    page = next(t for t in pdf_pages(target.read_bytes()) if "MRN DEMO-002" in t)
    assert f"Audit trail {head}" in page  # the head the content was read at
    assert "☒ UNSTABLE" in page  # CRS grade 3: Bedside now suggests unstable


def test_a_plan_print_is_noted_under_the_patient(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.select_mrn("DEMO-003")
    plan = sheet_ready(qtbot, window.printing.print_plan())

    assert plan.save_to(str(tmp_path / "plan.pdf"))
    event = window.store.events("DEMO-003", limit=1)[0]
    assert (event.action, event.entity, event.mrn) == ("plan.print", "patient", "DEMO-003")
    assert plan.printable.file_name == f"bedside-follow-up-plan-{TODAY.isoformat()}.pdf"


def test_two_clicks_board_toolbar_then_print(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    # Click 1: the toolbar's handover button on the board opens the preview of the chosen ward.
    button = window.findChild(QToolBar, "print-toolbar").widgetForAction(window.print_action)
    assert button is not None and button.isEnabled()
    button.click()
    preview = sheet_ready(qtbot, window.printing.preview)
    assert preview.page_count() >= 1
    # Click 2: Print goes to the default printer; a workstation without one is asked which printer to use.
    asked: list[bool] = []
    monkeypatch.setattr(preview, "print_document", lambda: asked.append(True) or False)
    monkeypatch.setattr("ui.printing.printer_defaults.QPrinterInfo.defaultPrinter", lambda: QPrinterInfo())
    preview.print_button.click()
    assert asked == [True]
    preview.reject()


# --- Save as PDF writes as --out does (issue 14 F7, F11, F12; docs/files-written.md) ---------------------------
def _save_through_the_button(qtbot, preview: HandoverPreview, target: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("ui.printing.print_and_save.QFileDialog.getSaveFileName", lambda *args: (str(target), ""))
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)


def test_save_as_pdf_is_private_and_recorded(
    qtbot, preview: HandoverPreview, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "saved"
    folder.mkdir()
    target = folder / "sheet.pdf"
    target.write_bytes(b"an older, world-readable file")
    target.chmod(0o644)

    _save_through_the_button(qtbot, preview, target, monkeypatch)

    assert target.read_bytes() == preview.rendered.pdf
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # readable by the user only, also over an older file
    assert [p.name for p in folder.iterdir()] == ["sheet.pdf"]  # no .part
    event = preview.printable.session.store.events(limit=1)[0]
    assert (event.action, event.new_value["output"]) == ("handover.print", "file")
    assert preview.status.text() == f"Saved {target}"


def test_save_as_pdf_whose_record_fails_leaves_no_file(  # type: ignore[no-untyped-def]
    qtbot, preview: HandoverPreview, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another workstation holds the database: the audit record cannot be made, so the PDF must not appear."""
    store = preview.printable.session.store
    head = store.audit_head()
    folder = tmp_path / "saved"
    folder.mkdir()
    monkeypatch.setattr(connection, "WAIT_DEADLINE_S", 0.5)
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        _save_through_the_button(qtbot, preview, folder / "sheet.pdf", monkeypatch)
    finally:
        other.execute("ROLLBACK")
        other.close()

    assert list(folder.iterdir()) == []  # no PDF, no .part
    assert preview.status.text().startswith(
        f"Not saved: {folder / 'sheet.pdf'} was not written, because the audit trail could not record it"
    )
    assert store.audit_head() == head


def test_save_as_pdf_onto_a_link_is_refused_and_its_target_untouched(  # type: ignore[no-untyped-def]
    qtbot, preview: HandoverPreview, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("keep me")
    link = tmp_path / "sheet.pdf"
    link.symlink_to(elsewhere)
    head = preview.printable.session.store.audit_head()

    _save_through_the_button(qtbot, preview, link, monkeypatch)

    assert link.is_symlink() and elsewhere.read_text() == "keep me"
    assert preview.status.text().startswith(f"Not saved: {link} is a link")
    assert preview.printable.session.store.audit_head() == head
    assert not any(p.name.endswith(".part") for p in tmp_path.iterdir())

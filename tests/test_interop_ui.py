"""The window's FHIR export and lab-file import (issue 17), driven through the real menu actions, buttons and
the watched folder: the preview shows each line's outcome and reason, and only Save saves."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from bedside.cli.commands import read_patient_file
from bedside.config import settings
from bedside.domain.errors import BedsideError
from bedside.storage import Store
from bedside.storage.audit import Actor
from tests.conftest import DATA
from tests.gui import settle
from tests.test_cli import EXAMPLE_1, EXAMPLE_2, MRN_1, MRN_2
from ui.access.session import Session
from ui.actions.interop import InteropActions
from ui.dialogs.lab_import import LabImportDialog
from ui.main_window import MainWindow

LABS = DATA / "labs"
TODAY = date(2026, 12, 3)
SYSTEM = Actor("system", "ws-test")


@pytest.fixture
def window(qtbot, store: Store) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    for path in (EXAMPLE_1, EXAMPLE_2):
        store.import_record(read_patient_file(path), SYSTEM)
    nurse = store.add_user("Tess Nurse", "TN", SYSTEM)
    session = Session(store, nurse, TODAY, now=lambda: "2026-12-03T07:00:00Z", zone=ZoneInfo("Europe/Berlin"))
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    settle(qtbot, win)  # the board is computed in a worker (ui/tasks.py)
    yield win
    win.session.close()


def interop(window: MainWindow) -> InteropActions:
    return window.interop


def lab_dialog(window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch) -> LabImportDialog:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.findChild(type(window.import_action), "import-lab-results").trigger()
    dialog = interop(window).dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def cells(dialog: LabImportDialog) -> list[list[str]]:
    t = dialog.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_lab_import_previews_each_line_and_saves_only_ready_ones_on_save(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    path = tmp_path / "morning.csv"
    shutil.copy(LABS / "duplicates.csv", path)

    def stored() -> int:
        return sum(len(window.store.load_record(m).labs) for m in (MRN_1, MRN_2))

    before = stored()
    dialog = lab_dialog(window, path, monkeypatch)
    rows = cells(dialog)
    assert [r[0] for r in rows] == ["ready", "skipped: duplicate", "ready", "skipped: duplicate"]
    assert [rows[1][4], rows[3][4]] == ["already stored", "appears earlier in this file"]
    assert "2 ready to save, 2 already stored or repeated (skipped), 0 refused" in dialog.summary.text()
    assert stored() == before  # the preview saved nothing
    assert dialog.save_button.text() == "Save 2 result(s)"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert stored() == before + 2
    event = window.store.events()[0]
    assert event.action == "labs.import" and event.new_value["file"] == "morning.csv"
    assert "Saved 2 result(s) from morning.csv" in window.statusBar().currentMessage()


def test_a_refused_line_says_why_and_cancel_saves_nothing(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    before = len(window.store.events())
    dialog = lab_dialog(window, LABS / "unknown-patient.csv", monkeypatch)
    rows = cells(dialog)
    assert rows[1][0] == "refused" and rows[1][4] == 'unknown patient: no patient with MRN "ZZ-404"'
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert not dialog.isVisible() and len(window.store.events()) == before


def test_changing_the_mapping_reads_the_file_again(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = lab_dialog(window, LABS / "de-labor.csv", monkeypatch)
    assert not dialog.save_button.isEnabled()  # the generic CSV mapping cannot read a German laboratory's columns
    assert "cannot be imported" in dialog.summary.text() and "mapping's encoding" in dialog.summary.text()
    dialog.mapping.setCurrentIndex(dialog.mapping.findData("de-labor-csv"))
    assert dialog.save_button.isEnabled()
    assert all(row[0] == "ready" for row in cells(dialog))
    dialog.reject()


def test_the_watched_folder_offers_a_new_file_once(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    tmp_path: Path,
) -> None:
    bar = interop(window).bar
    assert not bar.isVisible()
    window.store.set_meta(settings.LAB_FOLDER.key, str(tmp_path), SYSTEM)
    shutil.copy(LABS / "ready.csv", tmp_path / "0700.csv")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")  # not a lab file: never offered
    qtbot.waitUntil(lambda: bar.isVisible(), timeout=5_000)  # the folder watcher, or the next check
    assert "0700.csv" in interop(window).bar_label.text()
    bar.widgetForAction(interop(window).bar_import).click()
    dialog = interop(window).dialog
    assert dialog is not None and dialog.path.name == "0700.csv"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()  # imported: known by its content, not offered again
    shutil.copy(LABS / "ready.csv", tmp_path / "copy-of-0700.csv")
    interop(window).check_folder()
    assert not bar.isVisible()  # the same content under another name is not new


def test_fhir_export_writes_the_bundle_and_records_it(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    out = tmp_path / "course.fhir.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    action = interop(window).fhir_action
    window.board.select_mrn(MRN_1)
    assert action.isEnabled()
    action.trigger()
    bundle = json.loads(out.read_text(encoding="utf-8"))
    assert bundle["resourceType"] == "Bundle"
    patient = next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient")
    assert patient["identifier"][0]["value"] == MRN_1
    event = window.store.events(MRN_1)[0]
    assert (event.action, event.new_value) == ("patient.export", {"format": "fhir-r4", "output": "file"})
    assert "FHIR bundle saved" in window.statusBar().currentMessage()


def test_fhir_export_to_a_folder_that_is_gone_says_so(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    out = tmp_path / "gone" / "course.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.board.select_mrn(MRN_1)
    before = len(window.store.events())
    interop(window).fhir_action.trigger()
    assert window.last_message is not None and "does not exist" in window.last_message.text()
    assert len(window.store.events()) == before and not out.exists()


def test_the_lab_settings_are_checked(window: MainWindow, tmp_path: Path) -> None:
    assert settings.checked(settings.LAB_FOLDER, str(tmp_path)) == str(tmp_path)
    with pytest.raises(BedsideError, match="Lab files folder"):
        settings.checked(settings.LAB_FOLDER, str(tmp_path / "nope"))
    with pytest.raises(BedsideError, match='Lab file mapping: no lab mapping "nope"'):
        settings.checked(settings.LAB_MAPPING, "nope")

"""Adding, editing, importing and exporting patients from the window: bad input is named by field and saves nothing."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QPushButton

from bedside.patient_file.format import parse_json_text
from bedside.services.demo import seed_demo_once
from bedside.storage import Store
from bedside.storage.audit import Actor
from tests.factories import as_text, full_document, minimal_document
from tests.gui import settle
from ui.access.session import Session
from ui.dialogs.patient_dialog import PatientDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.both_engines  # the store fixture: SQLite, then PostgreSQL (tests/conftest.py)

TODAY = date(2026, 11, 21)


@pytest.fixture
def window(qtbot, store: Store) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    seed_demo_once(store, TODAY)
    admin = store.add_user("Tess Nurse", "TN", Actor("system", "ws-test"), role="admin")
    session = Session(store, admin, TODAY)
    win = MainWindow(session)
    qtbot.addWidget(win)
    settle(qtbot, win)
    win.show()
    yield win
    win.session.close()  # its poll timer must not outlive the store (set_user replaces the session)


def fill(dialog: PatientDialog, **values: str) -> None:
    """Type into the form as a nurse would: line edits get text, combo boxes the entry with that data."""
    for path, value in values.items():
        widget = dialog.widget(path.replace("__", "."))
        if isinstance(widget, QComboBox) and not widget.isEditable():
            index = widget.findData(value)
            assert index >= 0, f"{path}: no choice {value!r}"
            widget.setCurrentIndex(index)
        elif isinstance(widget, QComboBox):
            widget.setCurrentText(value)
        else:
            assert isinstance(widget, QLineEdit)
            widget.setText(value)


GOOD = {
    "patient__mrn": "H5-0042",
    "patient__name": "Lund, Maja",
    "patient__ward": "H5",
    "patient__bed": "3",
    "patient__birth_date": "1961-02-03",
    "patient__weight_kg": "64.5",
    "therapy__product": "axi-cel",
    "therapy__infusion_dates": "2026-11-18",
    "therapy__lymphodepletion_start": "2026-11-13",
    "therapy__lymphodepletion_end": "2026-11-15",
    "serology__cmv_igg": "positive",
}


def rows_on_board(window: MainWindow) -> list[str]:
    assert window.tasks.wait_idle(), "the board was not computed in time"  # computed in a worker
    return [
        window.board.model.index(r, window.board.model.COLUMNS.index("mrn")).data()
        for r in range(window.board.model.rowCount())
    ]


def test_bad_input_is_shown_beside_each_field_and_nothing_is_saved(window: MainWindow) -> None:
    events = len(window.session.store.events())
    dialog = window.new_patient()
    fill(dialog, **{**GOOD, "patient__birth_date": "1961-13-03", "patient__weight_kg": "heavy"})
    fill(dialog, therapy__infusion_dates="2026-11-18, 2026-11-32")
    assert dialog.save() is False
    assert "must be a date YYYY-MM-DD" in dialog.problem_text("patient.birth_date")
    assert '"heavy" is not a number here' in dialog.problem_text("patient.weight_kg")
    assert dialog.problem_text("therapy.infusion_dates").startswith("#2: must be a date")
    assert dialog.problem_text("patient.name") == ""
    assert dialog.widget("patient.weight_kg").text() == "heavy"  # what was typed stays
    assert dialog.isVisible()
    assert len(window.session.store.events()) == events and "H5-0042" not in rows_on_board(window)


def test_missing_required_fields_are_named(window: MainWindow) -> None:
    dialog = window.new_patient()
    assert dialog.save() is False
    assert "required field is missing" in dialog.problem_text("patient.mrn")
    assert "required field is missing" in dialog.problem_text("therapy.product")
    assert "required field is missing" in dialog.problem_text("therapy.infusion_dates")


def test_a_good_patient_is_saved_and_appears_on_the_board(window: MainWindow) -> None:
    dialog = window.new_patient()
    fill(dialog, **GOOD)
    dialog.widget("protocol").setCurrentIndex(dialog.widget("protocol").findData("eha-ebmt-2023"))
    dialog.widget("history.exposure_risks").set_entries(["tuberculosis"])
    assert dialog.save() is True, dialog.general_error.text()
    assert "H5-0042" in rows_on_board(window)
    assert window.current_mrn() == "H5-0042"
    record = window.session.store.load_record("H5-0042")
    assert record.patient.weight_kg == 64.5 and record.serology == {"cmv_igg": "positive"}
    assert record.protocol is not None and record.protocol.id == "eha-ebmt-2023"
    assert record.history is not None and record.history.exposure_risks == ("tuberculosis",)
    assert window.session.store.events("H5-0042")[0].actor == "TN"


def test_an_existing_mrn_is_refused_beside_the_mrn(window: MainWindow) -> None:
    dialog = window.new_patient()
    fill(dialog, **{**GOOD, "patient__mrn": "DEMO-001"})
    assert dialog.save() is False
    assert "already here" in dialog.problem_text("patient.mrn")


def test_edit_keeps_what_the_form_does_not_show_and_moving_protocol_needs_a_reason(
    window: MainWindow, store: Store
) -> None:
    store.import_record(parse_json_text(as_text(full_document("H5-7"))), window.session.actor)
    window.refresh()
    assert window.tasks.wait_idle()  # the board is computed in a worker
    window.select_mrn("H5-7")
    dialog = window.edit_patient()
    assert dialog is not None and dialog.widget("patient.mrn").isReadOnly()
    assert "ash-2024 version 2024.2" in dialog.pinned_label.text()
    assert dialog.widget("history.prior_hct").entries.text() == "autologous 2023-05-01; allogeneic"
    fill(dialog, patient__name="Øster, Zoë Anna")
    protocol = dialog.widget("protocol")
    protocol.setCurrentIndex(protocol.findData("stanford-car19"))
    assert dialog.save() is False
    assert "needs a reason" in dialog.problem_text("protocol.reason")
    assert store.load_record("H5-7").patient.name == "Øster, Zoë"
    fill(dialog, protocol__reason="centre switched to Stanford")
    assert dialog.save() is True
    after = store.load_record("H5-7")
    assert after.patient.name == "Øster, Zoë Anna" and after.protocol is not None
    assert after.protocol.id == "stanford-car19"
    assert after.therapy.cryopreserved_autologous_cells is False  # not on the form, kept
    assert after.serology is not None and after.serology["anti_hbc"] == "unknown"
    assert len(after.labs) == 4  # dated data untouched
    actions = [e.action for e in store.events("H5-7")[:2]]
    assert actions == ["protocol.move", "patient.edit"]


def test_importing_a_bad_file_changes_nothing_and_names_the_field(window: MainWindow, tmp_path: Path) -> None:
    bad = minimal_document()
    bad["therapy"]["product"] = "abc-cel"
    path = tmp_path / "bad.json"
    path.write_text(as_text(bad), encoding="utf-8")
    events = len(window.session.store.events())
    assert window.import_file(path) is False
    assert window.last_message is not None
    assert "therapy.product" in window.last_message.text() and "Nothing was changed" in window.last_message.text()
    assert len(window.session.store.events()) == events and len(rows_on_board(window)) == 6


def test_importing_an_existing_mrn_asks_before_replacing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.json"
    path.write_text(as_text(full_document("H5-7", "First, Name")), encoding="utf-8")
    assert window.import_file(path) is True
    assert "H5-7" in rows_on_board(window)
    path.write_text(as_text(full_document("H5-7", "Second, Name")), encoding="utf-8")
    asked: list[str] = []
    monkeypatch.setattr(window, "confirm", lambda title, text: asked.append(text) or False)
    assert window.import_file(path) is False
    assert "H5-7" in asked[0] and window.session.store.load_record("H5-7").patient.name == "First, Name"
    monkeypatch.setattr(window, "confirm", lambda title, text: True)
    assert window.import_file(path) is True
    assert window.session.store.load_record("H5-7").patient.name == "Second, Name"


def test_export_writes_the_patient_losslessly(window: MainWindow, tmp_path: Path) -> None:
    window.select_mrn("DEMO-001")
    target = tmp_path / "patient-export.json"
    assert window.export_file(window.current_mrn() or "", target) is True
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["patient"]["name"] == "DEMO O'Brien & <b>Kelly</b>, Declan"
    assert parse_json_text(target.read_text(encoding="utf-8")) == window.session.store.load_record("DEMO-001")
    event = window.session.store.events("DEMO-001")[0]  # the record left the system: the trail says so
    assert (event.action, event.new_value) == ("patient.export", {"format": "bedside-patient/1", "output": "file"})
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_export_to_an_unwritable_place_says_so(window: MainWindow, tmp_path: Path) -> None:
    assert window.export_file("DEMO-001", tmp_path / "missing-folder" / "x.json") is False
    assert window.last_message is not None
    assert window.last_message.text().startswith("Not exported: ") and "does not exist" in window.last_message.text()


def test_the_export_action_writes_a_private_file_with_the_voided_entries(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 14 F12 and F17 in the window: 0600 like --out, and a round trip loses no voided entry."""
    store = window.session.store
    lab = next(r for r in store.entry_rows("DEMO-001", "lab") if r.voided_at is None)
    store.void_entry("DEMO-001", "lab", lab.id, "typed into the wrong patient", window.session.actor)
    window.select_mrn("DEMO-001")
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "out.json"
    target.write_text("an older, world-readable file")
    target.chmod(0o644)
    monkeypatch.setattr("ui.actions.patient_files.QFileDialog.getSaveFileName", lambda *args: (str(target), ""))

    window.export_action.trigger()

    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == ["out.json"]  # no .part left
    voided = json.loads(target.read_text(encoding="utf-8"))["voided"]
    assert [v["reason"] for v in voided if v["section"] == "labs"] == ["typed into the wrong patient"]


def test_the_export_action_refuses_a_link(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("keep me")
    link = tmp_path / "out.json"
    link.symlink_to(elsewhere)
    window.select_mrn("DEMO-001")
    monkeypatch.setattr("ui.actions.patient_files.QFileDialog.getSaveFileName", lambda *args: (str(link), ""))

    window.export_action.trigger()

    assert link.is_symlink() and elsewhere.read_text() == "keep me"
    assert window.last_message is not None and "is a link" in window.last_message.text()


def test_only_an_admin_moves_a_patient_to_another_protocol(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    from bedside.domain.errors import AccessError
    from bedside.protocol.loader import load_protocol

    store.import_record(parse_json_text(as_text(full_document("H5-7"))), window.session.actor)
    nurse = store.add_user("Ann Berg", "AB", Actor("system", "ws-test"), pin="2580")
    window.set_user(nurse)
    window.select_mrn("H5-7")
    dialog = window.edit_patient()
    assert dialog is not None
    assert not dialog.widget("protocol").isEnabled()
    assert "Only an admin" in dialog.widget("protocol").toolTip()
    with pytest.raises(AccessError, match="not an admin"):  # the core refuses too, whatever the form does
        store.move_protocol("H5-7", load_protocol("stanford-car19"), window.session.actor, "why", by=nurse)
    assert store.load_record("H5-7").protocol.id == "ash-2024"


def test_a_refused_move_saves_nothing_of_the_edit(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    """Edit and move are one transaction: before, the edit was saved and then the move was refused."""
    store.import_record(parse_json_text(as_text(full_document("H5-7"))), window.session.actor)
    window.refresh()
    window.select_mrn("H5-7")
    dialog = window.edit_patient()
    assert dialog is not None
    fill(dialog, patient__name="Øster, Zoë Anna", protocol__reason="centre switched to Stanford")
    protocol = dialog.widget("protocol")
    protocol.setCurrentIndex(protocol.findData("stanford-car19"))
    # Meanwhile another admin makes this user staff: the core refuses the move, so nothing is saved.
    other = store.add_user("Olga Admin", "OA", Actor("system", "ws-test"), role="admin")
    store.set_role(window.session.user, "staff", Actor(other.initials, "ws-2"))
    events = len(store.events())
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "not an admin" in dialog.problem_text("")
    after = store.load_record("H5-7")
    assert after.patient.name == "Øster, Zoë" and after.protocol is not None and after.protocol.id == "ash-2024"
    assert len(store.events()) == events


def save_button(dialog: PatientDialog) -> QPushButton:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)


def retype(qtbot, dialog: PatientDialog, path: str, text: str) -> None:  # type: ignore[no-untyped-def]
    field = dialog.widget(path)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def test_a_future_birth_date_is_refused_beside_the_field(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.new_action.trigger()
    dialog = window.patient_dialog
    assert dialog is not None
    fill(dialog, **GOOD)
    retype(qtbot, dialog, "patient.birth_date", "2027-02-03")  # TODAY is 2026-11-21
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert "cannot be in the future" in dialog.problem_text("patient.birth_date")
    assert dialog.isVisible() and "H5-0042" not in rows_on_board(window)
    assert dialog.widget("patient.birth_date").text() == "2027-02-03"


def test_problems_name_fields_in_the_wards_words(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.new_action.trigger()
    dialog = window.patient_dialog
    assert dialog is not None
    fill(dialog, **GOOD)
    retype(qtbot, dialog, "therapy.lymphodepletion_end", "2026-11-12")  # before the start, 2026-11-13
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    shown = dialog.problem_text("therapy.lymphodepletion_end")
    assert "before LD start" in shown and "lymphodepletion_start" not in shown


def test_the_weight_takes_the_workstations_decimal_comma(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))  # conftest puts English back
    window.new_action.trigger()
    dialog = window.patient_dialog
    assert dialog is not None
    fill(dialog, **GOOD)
    retype(qtbot, dialog, "patient.weight_kg", "64.5")  # a group separator here: never 645
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert '"64.5" is not a number here' in dialog.problem_text("patient.weight_kg")
    retype(qtbot, dialog, "patient.weight_kg", "64,5")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.session.store.load_record("H5-0042").patient.weight_kg == 64.5


def test_esc_in_a_filled_form_asks_before_anything_typed_is_lost(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from tests.modal import answer_modal

    def answering(text: str, asked: list[str]):  # type: ignore[no-untyped-def]
        def answer(box: QMessageBox) -> None:
            asked.append(box.text())
            next(b for b in box.buttons() if b.text().replace("&", "") == text).click()

        return answer

    window.new_action.trigger()
    dialog = window.patient_dialog
    assert dialog is not None
    name = dialog.widget("patient.name")
    qtbot.keyClicks(name, "Lund, Maja")
    asked: list[str] = []
    answer_modal(QMessageBox, answering("Keep editing", asked))
    qtbot.keyClick(name, Qt.Key.Key_Escape)
    assert asked and "not saved" in asked[0]
    assert dialog.isVisible() and name.text() == "Lund, Maja"
    answer_modal(QMessageBox, answering("Discard", asked))
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert len(asked) == 2 and not dialog.isVisible()


def test_an_untouched_form_closes_without_a_question(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from tests.modal import StrayModals

    stray = StrayModals()  # a question here is closed after a moment and fails the test, never hangs it
    window.new_action.trigger()
    dialog = window.patient_dialog
    assert dialog is not None
    qtbot.keyClick(dialog.widget("patient.mrn"), Qt.Key.Key_Escape)
    stray.stop()
    assert not dialog.isVisible() and stray.closed == []

"""Labs and events: forms save exactly one validated entry, refusals keep the typing, voids need a reason."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from bedside.patient_file.format import parse_json_text
from bedside.protocol.loader import load_protocol
from bedside.storage import Store
from bedside.views.trends import trends
from tests.conftest import DATA
from tests.factories import ACTOR
from ui.access.session import Session
from ui.patient.labs_tab import ROW_ROLE, EntriesModel, LabsTab
from ui.patient.trend_chart import TrendChart
from ui.reason_dialog import ReasonDialog

MRN = "BX-100231"
TODAY = date(2025, 4, 20)  # after every entry of example-1


@pytest.fixture
def tab(qtbot, store: Store) -> Iterator[LabsTab]:  # type: ignore[no-untyped-def]
    store.import_record(parse_json_text((DATA / "example-1.json").read_text(encoding="utf-8")), ACTOR)
    session = Session(store, store.add_user("Test Nurse", "TN", ACTOR), TODAY)
    widget = LabsTab(session, MRN)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    session.close()  # the store closes after this test; its change poll must not outlive it


class Asker:
    """Stands in for QMessageBox.question: records each question and gives the set answer."""

    def __init__(self) -> None:
        self.questions: list[str] = []
        self.answer = QMessageBox.StandardButton.No

    def __call__(self, parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        self.questions.append(text)
        return self.answer


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asker:
    asker = Asker()
    monkeypatch.setattr(QMessageBox, "question", asker)
    return asker


def labs(store: Store) -> list[tuple[str, str, float, str, str | None]]:
    return [(x.date.isoformat(), x.test, x.value, x.unit, x.time) for x in store.load_record(MRN).labs]


def entry_texts(tab: LabsTab) -> list[str]:
    model = tab.model
    return [" | ".join(str(model.data(model.index(r, c))) for c in range(5)) for r in range(model.rowCount())]


def test_a_lab_saved_through_the_form_is_in_the_record_and_on_top_of_the_list(qtbot, tab: LabsTab) -> None:  # type: ignore[no-untyped-def]
    form = tab.lab_form
    form.test.setCurrentIndex(form.test.findData("igg"))
    assert [form.unit.itemData(i) for i in range(form.unit.count())] == ["mg/dL", "g/L"]  # only IgG's units
    form.unit.setCurrentIndex(form.unit.findData("g/L"))
    qtbot.keyClicks(form.value, "4.5")
    qtbot.keyClicks(form.time, "07:15")
    before = len(labs(tab.session.store))
    with qtbot.waitSignal(tab.session.changed):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    after = labs(tab.session.store)
    assert len(after) == before + 1
    assert after[-1] == ("2025-04-20", "igg", 4.5, "g/L", "07:15")  # as typed, unit kept: never converted
    assert entry_texts(tab)[0] == "2025-04-20 | 07:15 | Lab | IgG 4.5 g/L | "
    assert form.value.text() == ""  # ready for the next result
    selected = tab.selected()
    assert selected is not None and selected.entity == "lab" and selected.data["value"] == 4.5  # the new row
    igg = next(s for s in trends(load_protocol("ash-2024"), tab.session.store.load_record(MRN)) if s.test == "igg")
    assert igg.points[-1].value == 450.0


def test_a_bad_value_is_refused_beside_the_field_and_nothing_is_saved(qtbot, tab: LabsTab) -> None:  # type: ignore[no-untyped-def]
    form = tab.lab_form
    qtbot.keyClicks(form.value, "0,5")
    qtbot.keyClicks(form.time, "25:00")
    before = labs(tab.session.store)
    assert form.save() is None
    assert labs(tab.session.store) == before
    assert form.errors["value"].isVisible() and '"0,5"' in form.errors["value"].text()
    assert form.errors["time"].isVisible() and "HH:MM" in form.errors["time"].text()
    assert not form.errors["date"].isVisible()
    assert form.value.text() == "0,5" and form.time.text() == "25:00"  # what was typed stays
    assert "Not saved" in form.message.text()
    form.value.setText("")
    form.save()
    assert "missing" in form.errors["value"].text()


def test_an_implausible_value_asks_before_saving(qtbot, tab: LabsTab, asked: Asker) -> None:  # type: ignore[no-untyped-def]
    form = tab.lab_form  # ANC in 10^9/L; 500 is /uL typed into the wrong unit
    qtbot.keyClicks(form.value, "500")
    before = labs(tab.session.store)
    assert form.save() is None
    assert labs(tab.session.store) == before
    (question,) = asked.questions
    assert "0 to 30 10^9/L" in question and "Save anyway?" in question
    asked.answer = QMessageBox.StandardButton.Yes
    assert form.save() is not None
    assert labs(tab.session.store)[-1][1:4] == ("anc", 500.0, "10^9/L")


def test_a_plausible_value_saves_without_asking(tab: LabsTab, asked: Asker) -> None:
    tab.lab_form.value.setText("0.8")
    assert tab.lab_form.save() is not None
    assert asked.questions == []


def test_temperature_in_fahrenheit_and_grades(tab: LabsTab) -> None:
    form = tab.observation_form
    form.value.setText("101.3")
    form.unit.setCurrentIndex(form.unit.findData("F"))
    form.time.setText("10:00")
    assert form.save() is not None
    form.kind.setCurrentIndex(form.kind.findData("crs_grade"))
    assert not form.unit.isEnabled()
    form.value.setText("5")
    assert form.save() is None
    assert "between 0 and 4" in form.errors["value"].text()
    form.value.setText("2")
    assert form.save() is not None
    observations = tab.session.store.load_record(MRN).observations
    assert (observations[-2].value, observations[-2].unit) == (101.3, "F")
    assert (observations[-1].type, observations[-1].value, observations[-1].unit) == ("crs_grade", 2, None)


def test_treatment_course_infection_and_vaccination(tab: LabsTab) -> None:
    treatment = tab.treatment_form
    treatment.kind.setCurrentIndex(treatment.kind.findData("steroid"))
    treatment.drug.setText("dexamethasone")
    treatment.course.setChecked(True)
    treatment.ongoing.setChecked(True)
    assert not treatment.end.isEnabled()
    treatment.dose.setText("10")
    treatment.dose_unit.setText("mg/day")
    assert treatment.save() is not None
    treatment.dose.setText("ten")
    assert treatment.save() is None and "ten" in treatment.errors["dose"].text()
    infection = tab.infection_form
    infection.pathogen.setText("<b>E. coli</b>")
    infection.serious.setCurrentIndex(infection.serious.findData(True))
    assert infection.save() is not None
    vaccination = tab.vaccination_form
    vaccination.vaccine.setCurrentIndex(vaccination.vaccine.findData("covid19"))
    assert vaccination.save() is not None
    record = tab.session.store.load_record(MRN)
    assert record.treatments[-1].ongoing and record.treatments[-1].start == TODAY and record.treatments[-1].dose == 10
    assert record.infections[-1].pathogen == "<b>E. coli</b>" and record.infections[-1].serious is True
    assert record.vaccinations[-1].vaccine == "covid19"
    texts = entry_texts(tab)
    assert any("<b>E. coli</b>" in t and "serious" in t for t in texts)  # shown literally


def test_voiding_needs_a_reason_and_the_row_stays_struck_through(tab: LabsTab, monkeypatch: pytest.MonkeyPatch) -> None:
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    row = tab.selected()
    assert row is not None and tab.void_button.isEnabled()
    monkeypatch.setattr(LabsTab, "ask_reason", lambda self, entry: "   ")
    assert tab.void_selected() is False
    assert "reason" in tab.message.text()
    assert tab.session.store.entry_rows(MRN, row.entity)[-1].voided_at is None
    monkeypatch.setattr(LabsTab, "ask_reason", lambda self, entry: "typed into the wrong patient")
    assert tab.void_selected() is True
    voided = next(r for r in tab.session.store.entry_rows(MRN, row.entity) if r.id == row.id)
    assert voided.void_reason == "typed into the wrong patient"
    n = next(i for i in range(tab.model.rowCount()) if tab.model.index(i, 0).data(ROW_ROLE).id == row.id)
    assert "voided: typed into the wrong patient" in tab.model.index(n, 4).data()
    assert tab.model.index(n, 3).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert not tab.void_button.isEnabled()  # still selected, already voided


def test_entries_model_passes_qtmodeltester(qtmodeltester, tab: LabsTab) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(tab.model)
    qtmodeltester.check(EntriesModel())
    assert tab.model.rowCount() == sum(len(tab.session.store.entry_rows(MRN, e)) for e in ("lab", "observation"))


def test_charts_name_their_values_and_protocol_thresholds(tab: LabsTab) -> None:
    anc = tab.charts["anc"]
    assert anc.accessibleName() == "ANC trend"
    assert "2025-03-05 (day +2): 0.4 10^9/L" in anc.accessibleDescription()
    assert "Protocol threshold 0.5 10^9/L" in anc.accessibleDescription() and "ABX-PPX" in anc.toolTip()
    assert "No results yet" in tab.charts["cd4"].accessibleDescription()
    assert "no threshold" in tab.charts["platelets"].accessibleDescription()
    assert tab.charts["anc"].grab().width() > 0 and tab.charts["cd4"].grab().width() > 0  # paints, empty or not


def test_every_control_has_an_accessible_name(tab: LabsTab) -> None:
    forms = (tab.lab_form, tab.observation_form, tab.treatment_form, tab.infection_form, tab.vaccination_form)
    for form in forms:
        for widget in [*form.fields.values(), form.save_button]:
            assert widget.accessibleName(), widget
            assert widget.toolTip(), widget
    for widget in (tab.kinds, tab.table, tab.void_button, *tab.charts.values()):
        assert widget.accessibleName()
    assert isinstance(tab.charts["igg"], TrendChart)


def test_ctrl_enter_saves_from_the_keyboard(qtbot, tab: LabsTab) -> None:  # type: ignore[no-untyped-def]
    tab.activateWindow()
    qtbot.waitActive(tab)
    tab.lab_form.value.setFocus()
    qtbot.keyClicks(tab.lab_form.value, "1.1")
    with qtbot.waitSignal(tab.lab_form.saved):
        qtbot.keyClick(tab.lab_form.value, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert labs(tab.session.store)[-1][1:3] == ("anc", 1.1)


def test_the_void_dialog_shows_the_entry_as_text_and_waits_for_a_reason(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ReasonDialog("Void entry", question="Void Infection pneumonia, <b>E. coli</b> (2025-04-20)?")
    qtbot.addWidget(dialog)
    question = dialog.findChild(QLabel)
    assert question.textFormat() == Qt.TextFormat.PlainText and "<b>E. coli</b>" in question.text()
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.reason, "   ")
    assert not dialog.ok.isEnabled()  # blanks are not a reason
    qtbot.keyClicks(dialog.reason, "duplicate")
    assert dialog.ok.isEnabled()


def test_a_steroid_course_is_entered_with_what_it_was_given_for(qtbot, tab: LabsTab) -> None:  # type: ignore[no-untyped-def]
    treatment = tab.treatment_form
    tab.kinds.setCurrentRow(2)  # "Treatment", as a person picks it from the list
    treatment.kind.setCurrentIndex(treatment.kind.findData("steroid"))
    treatment.indication.setFocus()
    qtbot.keyClicks(treatment.indication, "ICANS")  # typing in a closed combo picks the matching choice
    assert treatment.indication.currentData() == "icans"
    qtbot.mouseClick(treatment.save_button, Qt.MouseButton.LeftButton)
    assert tab.session.store.load_record(MRN).treatments[-1].indication == "icans"


def test_an_infection_is_entered_with_its_pathogen_group(qtbot, tab: LabsTab) -> None:  # type: ignore[no-untyped-def]
    infection = tab.infection_form
    tab.kinds.setCurrentRow(3)
    infection.pathogen.setText("shingles, T10 dermatome")
    infection.pathogen_group.setFocus()
    qtbot.keyClicks(infection.pathogen_group, "VZV")
    assert infection.pathogen_group.currentData() == "vzv"
    qtbot.mouseClick(infection.save_button, Qt.MouseButton.LeftButton)
    stored = tab.session.store.load_record(MRN).infections[-1]
    assert (stored.pathogen, stored.pathogen_group) == ("shingles, T10 dermatome", "vzv")

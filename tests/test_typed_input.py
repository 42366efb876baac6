"""What is typed is never silently changed: dates stay as typed, later-than-now and implausible values ask,
numbers follow the workstation's decimal mark. Driven through the real fields, Save button and questions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox

from bedside.domain.plausibility import is_plausible, missing_pairs
from bedside.domain.units import LAB_TESTS
from bedside.patient_file.format import parse_json_text
from bedside.storage import Store
from tests.conftest import DATA
from tests.factories import ACTOR
from tests.modal import StrayModals, answer_modal
from ui.access.session import Session
from ui.patient.entry_forms import LabForm
from ui.patient.labs_tab import LabsTab

MRN = "BX-100231"
TODAY = date(2025, 4, 20)
NOW = "2025-04-20T10:00:00Z"  # 10:00 on the ward (UTC here)


@pytest.fixture
def english() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def german() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def tab(qtbot, store: Store) -> Iterator[LabsTab]:  # type: ignore[no-untyped-def]
    store.import_record(parse_json_text((DATA / "example-1.json").read_text(encoding="utf-8")), ACTOR)
    session = Session(store, store.add_user("Test Nurse", "TN", ACTOR), TODAY, now=lambda: NOW, zone=UTC)
    widget = LabsTab(session, MRN)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    session.close()


@pytest.fixture(autouse=True)
def no_stray_questions(qtbot) -> Iterator[None]:  # type: ignore[no-untyped-def]
    stray = StrayModals()
    yield
    stray.stop()
    assert stray.closed == [], "a question nobody expected was asked"


def labs(store: Store) -> list[tuple[str, str, float, str, str | None]]:
    return [(x.date.isoformat(), x.test, x.value, x.unit, x.time) for x in store.load_record(MRN).labs]


def retype(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    """Select what is in the field and type over it, as a person does."""
    edit = getattr(field, "edit", field)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


def answering(button: QMessageBox.StandardButton, questions: list[str]):  # type: ignore[no-untyped-def]
    def answer(box: QMessageBox) -> None:
        questions.append(box.text())
        box.button(button).click()

    return answer


def click_save(qtbot, form: LabForm) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)


def test_a_typed_future_date_is_kept_exactly_and_asked_about(qtbot, tab: LabsTab, english: None) -> None:  # type: ignore[no-untyped-def]
    form = tab.lab_form
    retype(qtbot, form.date, "2027-05-01")
    assert form.date.text() == "2027-05-01"  # not rewritten to 2026-05-01 as the old date editor did
    qtbot.keyClicks(form.value, "0.8")
    before = labs(tab.session.store)
    questions: list[str] = []
    answer_modal(QMessageBox, answering(QMessageBox.StandardButton.No, questions))
    click_save(qtbot, form)
    assert len(questions) == 1 and "2027-05-01 is later than now" in questions[0]
    assert labs(tab.session.store) == before and form.date.text() == "2027-05-01"
    answer_modal(QMessageBox, answering(QMessageBox.StandardButton.Yes, questions))
    click_save(qtbot, form)
    assert labs(tab.session.store)[-1] == ("2027-05-01", "anc", 0.8, "10^9/L", None)


def test_a_date_that_is_not_a_date_is_refused_and_stays_as_typed(qtbot, tab: LabsTab, english: None) -> None:  # type: ignore[no-untyped-def]
    form = tab.lab_form
    retype(qtbot, form.date, "2026-13-01")
    qtbot.keyClicks(form.value, "0.8")
    before = labs(tab.session.store)
    click_save(qtbot, form)
    assert labs(tab.session.store) == before
    assert form.errors["date"].isVisible() and "YYYY-MM-DD" in form.errors["date"].text()
    assert form.date.text() == "2026-13-01"


def test_a_time_later_than_now_today_asks_an_earlier_one_does_not(qtbot, tab: LabsTab, english: None) -> None:  # type: ignore[no-untyped-def]
    form = tab.lab_form
    qtbot.keyClicks(form.value, "0.8")
    qtbot.keyClicks(form.time, "11:30")  # now is 10:00
    questions: list[str] = []
    answer_modal(QMessageBox, answering(QMessageBox.StandardButton.No, questions))
    click_save(qtbot, form)
    assert questions and "2025-04-20 11:30 is later than now (2025-04-20 10:00)" in questions[0]
    retype(qtbot, form.time, "09:30")
    click_save(qtbot, form)
    assert labs(tab.session.store)[-1] == ("2025-04-20", "anc", 0.8, "10^9/L", "09:30")
    assert len(questions) == 1


def test_anc_50_in_10e9_per_litre_asks_whether_the_unit_is_right(qtbot, tab: LabsTab, english: None) -> None:  # type: ignore[no-untyped-def]
    form = tab.lab_form
    assert form.test.currentData() == "anc" and form.unit.currentData() == "10^9/L"
    qtbot.keyClicks(form.value, "50")
    before = labs(tab.session.store)
    questions: list[str] = []
    answer_modal(QMessageBox, answering(QMessageBox.StandardButton.No, questions))
    click_save(qtbot, form)
    assert questions and "ANC 50 10^9/L is outside the plausible range" in questions[0]
    assert labs(tab.session.store) == before and form.value.text() == "50"
    form.unit.setCurrentIndex(form.unit.findData("/uL"))  # 50 /uL: profound neutropenia, plausible
    click_save(qtbot, form)
    assert labs(tab.session.store)[-1][1:4] == ("anc", 50.0, "/uL") and len(questions) == 1


def test_every_test_and_unit_the_form_offers_has_one_plausible_range() -> None:
    assert missing_pairs() == []
    assert not is_plausible("anc", 50, "10^9/L") and is_plausible("anc", 50, "/uL")
    assert all(LAB_TESTS[t].factors.get(u) for t, u in [("anc", "10^9/L"), ("igg", "g/L")])


def test_english_decimal_point_is_read_and_a_comma_is_refused_with_the_way_to_write_it(
    qtbot, tab: LabsTab, english: None
) -> None:  # type: ignore[no-untyped-def]
    form = tab.lab_form
    before = labs(tab.session.store)
    for typed in ("0,5", "1,500"):  # never 0.5, never 1500
        retype(qtbot, form.value, typed)
        click_save(qtbot, form)
        assert labs(tab.session.store) == before
        assert f'"{typed}" is not a number here' in form.errors["value"].text() and "0.5" in form.errors["value"].text()
        assert form.value.text() == typed
    retype(qtbot, form.value, "0.5")
    click_save(qtbot, form)
    assert labs(tab.session.store)[-1][2] == 0.5


def test_german_decimal_comma_is_read_in_every_numeric_field(qtbot, tab: LabsTab, german: None) -> None:  # type: ignore[no-untyped-def]
    form = tab.lab_form
    retype(qtbot, form.value, "0,5")
    click_save(qtbot, form)
    assert labs(tab.session.store)[-1][2] == 0.5
    assert "ANC 0,5 10^9/L" in [tab.model.index(r, 3).data() for r in range(tab.model.rowCount())]  # shown back so
    retype(qtbot, form.value, "0.5")  # a group separator here: refused, never 5
    click_save(qtbot, form)
    assert '"0.5" is not a number here' in form.errors["value"].text() and "0,5" in form.errors["value"].text()
    observation = tab.observation_form
    retype(qtbot, observation.value, "38,6")
    retype(qtbot, observation.time, "09:00")
    qtbot.mouseClick(observation.save_button, Qt.MouseButton.LeftButton)
    assert tab.session.store.load_record(MRN).observations[-1].value == 38.6
    treatment = tab.treatment_form
    retype(qtbot, treatment.dose, "0,5")
    qtbot.mouseClick(treatment.save_button, Qt.MouseButton.LeftButton)
    assert tab.session.store.load_record(MRN).treatments[-1].dose == 0.5

"""The course timeline: bars agree with the engine day by day, marks come from the record, a click opens a day."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from bedside.domain.patient import Observation, PatientRecord
from bedside.engine.core import checklist
from bedside.patient_file.format import parse_document, parse_json_text
from bedside.protocol.loader import load_protocol
from bedside.protocol.model import CATEGORIES
from bedside.storage import Store
from bedside.views.timeline import MARK_KINDS, course_range, timeline
from tests.conftest import DATA
from tests.factories import ACTOR
from ui.access.session import Session
from ui.patient.timeline_canvas import AXIS_H
from ui.patient.timeline_tab import TimelineTab

TODAY = date(2025, 3, 20)  # day +17 of example-1


def example_document() -> dict[str, Any]:
    document: dict[str, Any] = json.loads((DATA / "example-1.json").read_text(encoding="utf-8"))
    document["treatments"] = [
        {"type": "steroid", "drug": "dexamethasone", "start": "2025-03-05", "end": "2025-03-07", "dose": 10},
        {"type": "tocilizumab", "date": "2025-03-05", "dose": 8, "dose_unit": "mg/kg"},
        {"type": "ivig", "date": "2025-04-10"},
        {"type": "steroid", "drug": "prednisone", "start": "2025-03-18", "ongoing": True},
    ]
    document["vaccinations"] = [{"date": "2025-09-01", "vaccine": "influenza"}]
    document["infections"] = [{"date": "2025-05-02", "site": "pneumonia", "pathogen": "<b>S. pneumoniae</b>"}]
    return document


def example() -> PatientRecord:
    return parse_document(example_document())


def test_range_is_lymphodepletion_or_day_minus_7_to_day_365() -> None:
    record = example()  # LD 2025-02-26 is later than day -7 (2025-02-24)
    assert course_range(record) == (date(2025, 2, 24), date(2027, 3, 3))  # day +730: long-term follow-up shows
    later = course_range(record, today=date(2027, 6, 1))
    assert later == (date(2025, 2, 24), date(2028, 5, 31))
    document = example_document()
    document["therapy"]["lymphodepletion_start"] = "2025-02-20"
    assert course_range(parse_document(document))[0] == date(2025, 2, 20)


def test_bars_are_the_engines_statuses_on_every_day() -> None:
    protocol, record = load_protocol("ash-2024"), example()
    course = timeline(protocol, record, TODAY)
    assert course.first == date(2025, 2, 24) and course.days == 738  # LD (day -7) to day +730
    for n in range(course.days):
        day = course.first + timedelta(days=n)
        expected = {i.id: i.status for i in checklist(protocol, record, day, explain=False).items}
        if day > TODAY:  # after today nothing is late yet: what would be overdue then is planned as due
            expected = {k: "due" if v == "overdue" else v for k, v in expected.items()}
        drawn = {row.item_id: run.status for row, run in course.listed_on(day)}
        assert drawn == expected, day
        for _, run in course.listed_on(day):
            assert run.planned == (day > TODAY)


def test_rows_grouped_by_category_and_runs_do_not_touch_with_the_same_status() -> None:
    course = timeline(load_protocol("ash-2024"), example(), TODAY)
    order = [CATEGORIES.index(row.category) for row in course.rows]
    assert order == sorted(order)
    for row in course.rows:
        for a, b in zip(row.runs, row.runs[1:], strict=False):
            assert a.last < b.first
            if b.first == a.last + timedelta(days=1):
                assert (a.status, a.planned) != (b.status, b.planned)  # else they would be one run


def test_marks_come_from_the_record_and_the_engines_fever_fact() -> None:
    course = timeline(load_protocol("ash-2024"), example(), TODAY)
    by_kind: dict[str, list[Any]] = {kind: [m for m in course.marks if m.kind == kind] for kind in MARK_KINDS}
    # 38.2 C once on 03-04 is not a fever by the engine's definition; 38.6 C on 03-06 is.
    assert [m.date for m in by_kind["fever"]] == [date(2025, 3, 6)]
    assert "38.6" in by_kind["fever"][0].label
    assert {(m.date, m.grade) for m in by_kind["crs"]} >= {(date(2025, 3, 4), 1), (date(2025, 3, 6), 1)}
    assert all(m.grade is not None for m in by_kind["icans"])
    steroid_days = [m.date for m in by_kind["steroid"]]
    assert steroid_days[:3] == [date(2025, 3, 5), date(2025, 3, 6), date(2025, 3, 7)]
    assert steroid_days[-1] == TODAY  # an ongoing course is drawn up to today, not beyond
    assert by_kind["steroid"][0].label == "dexamethasone 10"
    assert [(m.date, m.label) for m in by_kind["tocilizumab"]] == [(date(2025, 3, 5), "tocilizumab 8 mg/kg")]
    assert [m.date for m in by_kind["ivig"]] == [date(2025, 4, 10)]
    assert [(m.date, m.label) for m in by_kind["vaccination"]] == [(date(2025, 9, 1), "influenza")]
    assert by_kind["infection"][0].label == "pneumonia, <b>S. pneumoniae</b>"
    assert course.kinds() == list(MARK_KINDS)


def test_marks_outside_the_course_are_left_out() -> None:
    document = example_document()
    document["vaccinations"] = [{"date": "2024-12-01", "vaccine": "influenza"}]
    course = timeline(load_protocol("ash-2024"), parse_document(document), TODAY)
    assert not [m for m in course.marks if m.kind == "vaccination"]


# --- the tab ---------------------------------------------------------------------------------------
@pytest.fixture
def tab(qtbot, store: Store) -> Iterator[TimelineTab]:  # type: ignore[no-untyped-def]
    store.import_record(parse_json_text((DATA / "example-1.json").read_text(encoding="utf-8")), ACTOR)
    session = Session(store, store.add_user("Test Nurse", "TN", ACTOR), TODAY)
    widget = TimelineTab(session, "BX-100231")
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    session.close()  # the store closes after this test; its change poll must not outlive it


def lane_y(tab: TimelineTab, item_id: str) -> int:
    lane = next(lane for lane in tab.canvas.lanes if lane.row is not None and lane.row.item_id == item_id)
    return lane.y + lane.height // 2


def test_clicking_a_bar_emits_that_day(qtbot, tab: TimelineTab) -> None:  # type: ignore[no-untyped-def]
    day = date(2025, 3, 10)
    tab.show_day(day)
    x = tab.canvas.x_of(day) + tab.canvas.px // 2
    with qtbot.waitSignal(tab.day_chosen) as signal:
        qtbot.mouseClick(tab.canvas, Qt.MouseButton.LeftButton, pos=QPoint(x, lane_y(tab, "ABX-PPX")))
    assert signal.args == [day]
    assert "ABX-PPX" in "\n".join(tab.canvas.tooltip_at(x, lane_y(tab, "ABX-PPX")))


def test_clicking_the_axis_emits_that_day(qtbot, tab: TimelineTab) -> None:  # type: ignore[no-untyped-def]
    day = date(2025, 3, 3)
    tab.show_day(day)
    x = tab.canvas.x_of(day) + 1
    y = tab.canvas._top() + AXIS_H - 4
    with qtbot.waitSignal(tab.day_chosen) as signal:
        qtbot.mouseClick(tab.canvas, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    assert signal.args == [day]


def test_clicking_the_labels_opens_nothing(qtbot, tab: TimelineTab) -> None:  # type: ignore[no-untyped-def]
    with qtbot.assertNotEmitted(tab.day_chosen):
        qtbot.mouseClick(tab.canvas, Qt.MouseButton.LeftButton, pos=QPoint(tab.canvas._left() + 20, 100))


def test_keyboard_moves_the_day_cursor_and_enter_opens_it(qtbot, tab: TimelineTab) -> None:  # type: ignore[no-untyped-def]
    tab.canvas.setFocus()
    assert tab.canvas.cursor_day == TODAY
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Right)
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Right)
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Left)
    with qtbot.waitSignal(tab.day_chosen) as signal:
        qtbot.keyClick(tab.canvas, Qt.Key.Key_Return)
    assert signal.args == [TODAY + timedelta(days=1)]
    assert "Day +18" in tab.info.text()
    assert "Day +18" in tab.canvas.accessibleDescription()


def test_zoom_buttons_and_today(qtbot, tab: TimelineTab) -> None:  # type: ignore[no-untyped-def]
    before = tab.canvas.px
    qtbot.mouseClick(tab.zoom_in, Qt.MouseButton.LeftButton)
    assert tab.canvas.px > before
    assert tab.canvas.width() > tab.canvas.data.days * before  # type: ignore[union-attr]
    for _ in range(20):
        qtbot.mouseClick(tab.zoom_out, Qt.MouseButton.LeftButton)
    assert not tab.zoom_out.isEnabled()
    tab.canvas.move_cursor(date(2025, 9, 1))
    qtbot.mouseClick(tab.today_button, Qt.MouseButton.LeftButton)
    assert tab.canvas.cursor_day == TODAY
    for control in (tab.zoom_in, tab.zoom_out, tab.today_button, tab.canvas):
        assert control.accessibleName()
        assert control.toolTip() or control is tab.canvas


def test_reloads_when_the_session_says_data_changed(tab: TimelineTab) -> None:
    store, session = tab.session.store, tab.session
    store.add_entry("BX-100231", Observation(date(2025, 3, 15), "temperature", 39.1, "08:00", "C"), ACTOR)
    session.notify()
    fevers = [m.date for m in tab.canvas.data.marks if m.kind == "fever"]  # type: ignore[union-attr]
    assert date(2025, 3, 15) in fevers


def test_ctrl_plus_and_minus_zoom(qtbot, tab: TimelineTab) -> None:  # type: ignore[no-untyped-def]
    tab.activateWindow()
    qtbot.waitActive(tab)
    tab.canvas.setFocus()
    before = tab.canvas.px
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert tab.canvas.px > before
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert tab.canvas.px < before


def test_ctrl_wheel_zooms_and_keeps_the_day_under_the_mouse(tab: TimelineTab) -> None:
    day = date(2025, 3, 10)
    tab.show_day(day)
    x = tab.canvas.x_of(day) + 1
    before = tab.canvas.px
    on_screen = x - tab.area.horizontalScrollBar().value()  # where the day is in the viewport
    wheel = QWheelEvent(
        QPointF(x, 100),
        QPointF(x, 100),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(tab.canvas, wheel)
    assert tab.canvas.px > before
    assert tab.canvas.day_at(tab.area.horizontalScrollBar().value() + on_screen) == day

"""The day view: ticks are committed at once, undone through the undo stack, and survive a restart."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from bedside.domain.patient import Lab, Observation
from bedside.services.database import open_database
from bedside.storage import Store
from tests.factories import ACTOR, minimal_document, record_of
from ui.access.session import Session
from ui.patient.checklist_model import ROW_ROLE, ChecklistModel
from ui.patient.checklist_tab import ChecklistTab, ReasonDialog

TODAY = date(2026, 11, 21)
MRN = "A12345"


def _doc(**extra: Any) -> dict[str, Any]:
    doc = minimal_document(ward="H5", bed="3")
    # Day 0 today: HSV/VZV's window opens today, so nothing is carried over from earlier days.
    doc["therapy"]["infusion_dates"] = ["2026-11-21"]
    doc["therapy"]["lymphodepletion_start"] = "2026-11-21"  # LD recorded (else assumed on day -5)
    doc.update(extra)
    return doc


def _clock(hour: int = 10) -> Any:
    return lambda: f"{TODAY.isoformat()}T{hour:02d}:00:00Z"


@pytest.fixture
def session(store: Store) -> Iterator[Session]:
    store.import_record(record_of(_doc()), ACTOR)
    user = store.add_user("Nurse Test", "NT", ACTOR)
    opened = Session(store, user, TODAY, now=_clock(), zone=None)
    yield opened
    opened.close()


@pytest.fixture
def tab(qtbot, session: Session) -> ChecklistTab:  # type: ignore[no-untyped-def]
    widget = ChecklistTab(session, MRN)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _select(tab: ChecklistTab, item_id: str) -> None:
    model = tab.model
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for r in range(model.rowCount(group)):
            index = model.index(r, 0, group)
            if index.data(ROW_ROLE).item.id == item_id:
                tab.tree.setCurrentIndex(index)
                return
    raise AssertionError(f"{item_id} is not listed on {tab.day}")


def _status(tab: ChecklistTab, item_id: str) -> str | None:
    assert tab.view is not None
    found = tab.view.checklist.item(item_id)
    return None if found is None else found.status


def test_done_is_committed_at_once_and_survives_a_restart(tab: ChecklistTab, session: Session, db_path: Path) -> None:
    _select(tab, "HSV-VZV")
    assert _status(tab, "HSV-VZV") == "due"
    assert tab.record("done")
    assert _status(tab, "HSV-VZV") == "done"
    reopened = open_database(db_path)  # another connection: the tick is on disk, not only on screen
    try:
        checks = reopened.load_record(MRN).checks
        assert [(c.item, c.due, c.status, c.by) for c in checks] == [("HSV-VZV", TODAY, "done", "NT")]
        assert any(e.action == "check.add" and e.actor == "NT" for e in reopened.events(MRN))
    finally:
        reopened.close()


def test_space_ticks_the_selected_item(qtbot, tab: ChecklistTab) -> None:  # type: ignore[no-untyped-def]
    _select(tab, "HSV-VZV")
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Space)
    assert _status(tab, "HSV-VZV") == "done"


def test_undo_voids_the_check_and_redo_records_it_again(tab: ChecklistTab, session: Session) -> None:
    _select(tab, "HSV-VZV")
    tab.record("done")
    tab.undo_stack.undo()
    assert _status(tab, "HSV-VZV") == "due"
    rows = session.store.entry_rows(MRN, "check")
    assert len(rows) == 1 and rows[0].voided_at is not None and "undone by NT" in (rows[0].void_reason or "")
    tab.undo_stack.redo()
    assert _status(tab, "HSV-VZV") == "done"
    actions = [e.action for e in session.store.events(MRN)]
    assert actions.count("check.add") == 2 and actions.count("check.void") == 1  # the trail keeps all three


def test_an_undo_that_cannot_be_saved_never_leads_to_a_second_tick(
    tab: ChecklistTab, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bedside.domain.errors import StorageError

    _select(tab, "HSV-VZV")
    tab.record("done")

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise StorageError("the disk is full; nothing was saved")

    with monkeypatch.context() as patch:
        patch.setattr(session.store, "void_entry", disk_full)
        tab.undo_stack.undo()
    assert "Not saved: the disk is full" in tab.message.text()
    assert _status(tab, "HSV-VZV") == "done"  # the tick still stands, and is shown so
    tab.undo_stack.redo()  # the stack moves on; the database must not get a second tick
    active = [r for r in session.store.entry_rows(MRN, "check") if r.voided_at is None]
    assert len(active) == 1
    tab.undo_stack.undo()  # space is back: this undo really voids it
    assert _status(tab, "HSV-VZV") == "due"
    assert all(r.voided_at is not None for r in session.store.entry_rows(MRN, "check"))


def test_not_done_without_a_reason_is_refused(tab: ChecklistTab, session: Session) -> None:
    _select(tab, "HSV-VZV")
    assert not tab.record("not-done", "  ")
    assert "needs a reason" in tab.message.text()
    assert session.store.load_record(MRN).checks == ()
    assert tab.record("not-done", "patient refused")
    assert _status(tab, "HSV-VZV") == "not-done"


def test_reason_dialog_keeps_ok_disabled_until_a_reason_is_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ReasonDialog("Not done: HSV/VZV")
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    dialog.reason.setText("   ")
    assert not dialog.ok.isEnabled()
    dialog.reason.setText("vomiting")
    assert dialog.ok.isEnabled()


def test_day_navigation(tab: ChecklistTab) -> None:
    tab.step(-1)
    assert tab.day == TODAY - timedelta(days=1)
    assert tab.view is not None and tab.view.checklist.day == -1
    tab.step(2)
    assert tab.day == TODAY + timedelta(days=1) and tab.view.future
    _select(tab, "HSV-VZV")
    assert not tab.done_button.isEnabled() and not tab.record("done")  # nothing is ticked ahead of time
    tab.day_spin.setValue(30)
    tab.go_to_day_number()
    assert tab.day == date(2026, 12, 21)
    assert tab.date_edit.date().toPython() == date(2026, 12, 21)
    tab.go_today()
    assert tab.day == TODAY and tab.day_spin.value() == 0


def test_a_late_tick_shows_on_the_earlier_day_without_rewriting_it(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    doc = _doc()
    doc["patient"]["mrn"] = "B-2"
    doc["therapy"]["infusion_dates"] = [(TODAY - timedelta(days=1)).isoformat()]  # day +1 today
    doc["therapy"]["lymphodepletion_start"] = (TODAY - timedelta(days=1)).isoformat()
    session.store.import_record(record_of(doc), ACTOR)
    tab = ChecklistTab(session, "B-2")
    qtbot.addWidget(tab)
    tab.show()
    tab.step(-1)  # yesterday: day 0, the first day of the HSV/VZV window
    _select(tab, "HSV-VZV")
    assert tab.record("done")  # recorded today for yesterday's dose
    assert _status(tab, "HSV-VZV") == "due"  # the list as it stood that day
    row = tab.selected_row()
    assert row is not None and row.later_check is not None and row.later_check.status == "done"
    assert "done recorded 2026-11-21" in tab.tree.currentIndex().siblingAtColumn(0).data()
    assert not tab.done_button.isEnabled()


def test_fever_with_low_anc_brings_the_febrile_neutropenia_bundle(tab: ChecklistTab, session: Session) -> None:
    assert _status(tab, "FN-BUNDLE") is None
    session.store.add_entry(MRN, Lab(TODAY, "anc", 0.3, "10^9/L", "06:00"), session.actor)
    session.store.add_entry(MRN, Observation(TODAY, "temperature", 38.6, "09:30", "C"), session.actor)
    session.notify()
    assert _status(tab, "FN-BUNDLE") == "due"
    groups = [tab.model.index(g, 0).data(ROW_ROLE) for g in range(tab.model.rowCount())]
    assert groups[0] == "febrile neutropenia"  # first on screen


def test_overdue_items_from_earlier_days_stand_at_the_top(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    # A weekly item missed: CBC-MON starts day +30 every 7 days; look on day +33.
    later = Session(session.store, session.user, TODAY + timedelta(days=30), now=_clock(), zone=None)
    widget = ChecklistTab(later, MRN)
    qtbot.addWidget(widget)
    later.close()
    assert widget.view is not None
    assert widget.view.groups[0][0] == "overdue from earlier days"
    assert all(r.item.status == "overdue" for r in widget.view.groups[0][1])


def test_checklist_model_passes_qtmodeltester(qtmodeltester, tab: ChecklistTab) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(tab.model)
    qtmodeltester.check(ChecklistModel())


def _group_index(tab: ChecklistTab, group: str) -> Any:
    return next(
        tab.model.index(g, 0) for g in range(tab.model.rowCount()) if tab.model.index(g, 0).data(ROW_ROLE) == group
    )


def test_a_not_done_reason_shows_in_the_list_and_undo_says_so(qtbot, tab: ChecklistTab) -> None:  # type: ignore[no-untyped-def]
    from tests.modal import answer_modal

    def because(dialog: ReasonDialog) -> None:
        qtbot.keyClicks(dialog.reason, "patient asleep")
        dialog.ok.click()

    _select(tab, "HSV-VZV")
    answer_modal(ReasonDialog, because)
    qtbot.mouseClick(tab.not_done_button, Qt.MouseButton.LeftButton)
    _select(tab, "HSV-VZV")
    label = tab.tree.currentIndex().data()
    assert label.endswith("not done: patient asleep")
    qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)
    assert tab.message.text().startswith("Undone:") and "Saved" not in tab.message.text()


def test_a_closed_group_stays_closed_after_a_tick(qtbot, tab: ChecklistTab) -> None:  # type: ignore[no-untyped-def]
    groups = [tab.model.index(g, 0).data(ROW_ROLE) for g in range(tab.model.rowCount())]
    assert len(groups) >= 2
    closed = groups[-1]
    tab.tree.setFocus()
    tab.tree.setCurrentIndex(_group_index(tab, closed))
    qtbot.keyClick(tab.tree, Qt.Key.Key_Left)  # the keyboard closes a group
    assert not tab.tree.isExpanded(_group_index(tab, closed))
    _select(tab, "HSV-VZV")
    qtbot.keyClick(tab.tree, Qt.Key.Key_Space)
    assert _status(tab, "HSV-VZV") == "done"
    assert not tab.tree.isExpanded(_group_index(tab, closed))
    assert all(tab.tree.isExpanded(_group_index(tab, g)) for g in groups if g != closed)


def test_the_blocked_mark_is_a_character_the_fonts_have() -> None:
    from ui.patient.checklist_model import _MARKS

    assert "⏸" not in _MARKS.values() and _MARKS["blocked"] == "‖"

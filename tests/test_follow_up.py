"""The follow-up of discharged patients: long-term items, vaccinations, IgG and prophylaxis reviews due now or in
the next four weeks, from the engine; shown from Patient > Follow-up of discharged patients…"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt

from bedside.protocol.loader import load_protocol
from bedside.services.board import follow_up as follow_up_list
from bedside.storage import Store
from bedside.views.follow_up import AHEAD_DAYS, follow_up_items
from tests.factories import ACTOR, record_of
from tests.test_handover import ON, patient_document, ward  # noqa: F401
from tests.test_stays import SYSTEM, patient_menu_action, window  # noqa: F401
from ui.board.follow_up import FollowUpView
from ui.main_window import MainWindow


def discharge(store: Store, *mrns: str) -> None:
    for mrn in mrns:
        store.move_stay(mrn, "discharged", "home", ACTOR)


def test_only_discharged_patients_with_something_due_are_listed_most_urgent_first(ward: Store) -> None:  # noqa: F811
    discharge(ward, "H-2", "H-3", "H-4")
    listed = follow_up_list(ward, ON)
    assert [p.mrn for p in listed] == ["H-3", "H-4", "H-2"]  # open now first (ward, name), then what is coming
    h4 = listed[1]
    now = {i.item_id: i.status for i in h4.now}
    assert now["IGG-MON"] == "overdue" and now["LTFU-NEURO"] == "overdue" and now["VAX-FLU-COV"] == "overdue"
    assert now["HSV-VZV"] == "stop-review"  # a prophylaxis review the coordinator books
    assert h4.day == 200
    h2 = listed[2]
    assert h2.now == () and [i.item_id for i in h2.coming][:1] == ["IGG-MON"]
    assert all(ON < i.day <= ON + timedelta(days=AHEAD_DAYS) for i in h2.coming)
    assert "H-1" not in [p.mrn for p in listed]  # still on the board


def test_the_items_are_the_engines_own() -> None:
    record = record_of(patient_document("F-1", "Follow, Fay", "1", 200))
    protocol = load_protocol("ash-2024")
    now, coming = follow_up_items(protocol, record, ON)
    from bedside.engine.core import checklist

    today = {i.id: i.status for i in checklist(protocol, record, ON).items}
    assert all(today[i.item_id] == i.status for i in now)
    assert not {i.item_id for i in now} & {i.item_id for i in coming}


def test_a_plan_without_follow_up_items_lists_nothing() -> None:
    protocol = load_protocol("ash-2024")
    only_labels = replace(protocol, items=tuple(i for i in protocol.items if i.category == "label"))
    record = record_of(patient_document("E-1", "Early, Eve", "1", 200))
    assert follow_up_items(only_labels, record, ON) == ((), ())


def test_before_infusion_the_vaccination_before_apheresis_is_what_is_due(store: Store) -> None:
    store.import_record(record_of(patient_document("E-1", "Early, Eve", "1", -3)), ACTOR)
    discharge(store, "E-1")
    (listed,) = follow_up_list(store, ON)
    assert [(i.item_id, i.status) for i in listed.now] == [("VAX-PRE", "overdue")]


def test_the_follow_up_view_from_the_patient_menu(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    today = window.session.today
    doc = patient_document("L-1", "Later, Lou", "7", 200)
    doc["therapy"]["infusion_dates"] = [(today - timedelta(days=200)).isoformat()]
    doc["therapy"]["lymphodepletion_start"] = (today - timedelta(days=205)).isoformat()
    store.import_record(record_of(doc), SYSTEM)
    discharge(store, "L-1")
    window.session.notify()
    patient_menu_action(window, "Follow-up of discharged").trigger()
    view = window.stays.follow_up
    assert isinstance(view, FollowUpView) and view.isVisible()
    assert [view.table.item(r, 1).text() for r in range(view.table.rowCount())] == ["L-1"]
    assert "OVERDUE" in view.table.item(0, 4).text()
    view.table.setCurrentCell(0, 0)
    qtbot.mouseClick(view.plan_button, Qt.MouseButton.LeftButton)
    preview = window.printing.preview
    assert preview is not None and preview.printable.kind == "plan" and preview.printable.mrn == "L-1"
    preview.reject()
    store.move_stay("L-1", "active", "back", SYSTEM)  # readmitted elsewhere: the view follows
    window.session.notify()
    assert view.table.rowCount() == 0
    view.reject()

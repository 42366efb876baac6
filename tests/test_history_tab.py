"""The History tab: the audit trail in words, newest first, filtered, and voiding an entry from it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from bedside.domain.patient import Check, Lab
from bedside.services.demo import seed_demo_once
from bedside.storage import Store
from bedside.storage.audit import Actor, Event
from ui.access.session import Session
from ui.patient.history_model import HistoryFilter, HistoryModel, describe, local_time
from ui.patient.history_tab import HistoryTab

TODAY = date(2026, 11, 21)
MRN = "DEMO-004"


@pytest.fixture
def session(store: Store) -> Iterator[Session]:
    seed_demo_once(store, TODAY)
    opened = Session(store, store.add_user("Tess Nurse", "TN", Actor("system", "ws-test")), TODAY)
    yield opened
    opened.close()  # its poll timer must not outlive the store


@pytest.fixture
def tab(qtbot, session: Session) -> HistoryTab:  # type: ignore[no-untyped-def]
    session.store.record_check(MRN, Check("HSV-VZV", TODAY, "done", "TN", "2026-11-21T13:02:00Z"), session.actor)
    session.store.add_entry(MRN, Lab(TODAY, "anc", 0.4, "10^9/L", "06:00"), session.actor)
    shown = HistoryTab(session, MRN)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def what_column(tab: HistoryTab) -> list[str]:
    return [tab.proxy.index(r, 2).data() for r in range(tab.proxy.rowCount())]


def test_the_trail_reads_as_sentences_newest_first(tab: HistoryTab, session: Session) -> None:
    lab = session.store.entry_rows(MRN, "lab")[-1].id
    assert what_column(tab) == [
        f"added lab #{lab}: anc 0.4 10^9/L · 2026-11-21 06:00",
        "ticked HSV-VZV done for 2026-11-21",
        "added the patient (record imported)",
    ]
    assert tab.proxy.index(1, 1).data() == "TN"


def test_time_is_local_with_the_stored_utc_in_the_tooltip(tab: HistoryTab) -> None:
    event: Event = tab.model.event_at(0)  # type: ignore[assignment]
    assert tab.proxy.index(0, 0).data() == local_time(event)
    assert tab.proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == f"Stored as {event.at} (UTC)"
    # The ward's named zone knows summer time: 13:02 UTC is 14:02 in Oslo in November, 15:02 in July.
    oslo = ZoneInfo("Europe/Oslo")
    november = Event(1, "2026-11-21T13:02:00Z", "TN", "ws", MRN, "check.add", "check", "1", None, {}, None)
    july = Event(2, "2026-07-21T13:02:00Z", "TN", "ws", MRN, "check.add", "check", "2", None, {}, None)
    assert (local_time(november, oslo), local_time(july, oslo)) == ("2026-11-21 14:02", "2026-07-21 15:02")


def test_model_and_filter_pass_qtmodeltester(qtmodeltester, tab: HistoryTab) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(tab.model)
    qtmodeltester.check(HistoryModel())
    tab.proxy.set_kind("check")
    qtmodeltester.check(tab.proxy)
    empty = HistoryFilter()
    empty.setSourceModel(HistoryModel())
    qtmodeltester.check(empty)


def test_filter_by_kind_and_text(tab: HistoryTab) -> None:
    tab.kind.setCurrentIndex(tab.kind.findData("check"))
    assert what_column(tab) == ["ticked HSV-VZV done for 2026-11-21"]
    tab.kind.setCurrentIndex(tab.kind.findData("patient"))
    assert what_column(tab) == ["added the patient (record imported)"]
    tab.kind.setCurrentIndex(tab.kind.findData("entry"))
    assert len(what_column(tab)) == 1 and "anc" in what_column(tab)[0]
    tab.kind.setCurrentIndex(tab.kind.findData("all"))
    tab.search.setText("hsv")
    assert what_column(tab) == ["ticked HSV-VZV done for 2026-11-21"]
    tab.search.setText("TN")  # the By column is searched too
    assert len(what_column(tab)) == 2


def test_voiding_needs_a_reason_then_marks_the_entry(
    tab: HistoryTab, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert tab.select_seq(tab.model.event_at(1).seq)  # type: ignore[union-attr]
    assert tab.void_button.isEnabled()
    monkeypatch.setattr(tab, "ask_reason", lambda event: "   ")
    tab.void_selected()
    assert "a reason is needed" in tab.message.text()
    assert all(not e.action.endswith(".void") for e in session.store.events(MRN))
    monkeypatch.setattr(tab, "ask_reason", lambda event: "ticked the wrong patient")
    tab.void_selected()
    # The check's number depends on what else the database holds (the demo ward's ticks): match any.
    assert re.match(r"voided check #\d+ \(HSV-VZV done for 2026-11-21\): ticked the wrong patient", what_column(tab)[0])
    assert what_column(tab)[2].endswith("[voided]") and not what_column(tab)[0].endswith("[voided]")
    voided = [r for r in session.store.entry_rows(MRN, "check") if r.voided_at is not None]
    assert [r.void_reason for r in voided] == ["ticked the wrong patient"]
    assert tab.select_seq(tab.model.event_at(2).seq)  # type: ignore[union-attr]
    assert not tab.void_button.isEnabled()  # already voided


def test_delete_key_on_the_table_voids_after_asking(
    qtbot, tab: HistoryTab, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    tab.activateWindow()
    qtbot.waitActive(tab)
    tab.table.setFocus()
    tab.select_seq(tab.model.event_at(0).seq)  # type: ignore[union-attr]
    asked: list[Event] = []
    monkeypatch.setattr(tab, "ask_reason", lambda event: asked.append(event) or "wrong unit")
    qtbot.keyClick(tab.search, Qt.Key.Key_Delete)  # in the search field Delete edits text
    assert asked == []
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert len(asked) == 1 and session.store.entry_rows(MRN, "lab")[-1].void_reason == "wrong unit"


def test_cancel_and_non_entries_void_nothing(
    tab: HistoryTab, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tab, "ask_reason", lambda event: None)
    tab.select_seq(tab.model.event_at(0).seq)  # type: ignore[union-attr]
    tab.void_selected()
    tab.select_seq(tab.model.event_at(2).seq)  # type: ignore[union-attr]
    assert not tab.void_button.isEnabled()  # the import is not an entry
    tab.void_selected()
    assert "Select a lab" in tab.message.text()
    assert all(not e.action.endswith(".void") for e in session.store.events(MRN))


def test_a_change_elsewhere_reloads_the_tab(tab: HistoryTab, session: Session) -> None:
    session.store.record_check(MRN, Check("PJP-PPX", TODAY, "done", "TN", "2026-11-21T14:00:00Z"), session.actor)
    session.notify()
    assert what_column(tab)[0] == "ticked PJP-PPX done for 2026-11-21"


def test_patient_edits_and_protocol_moves_are_described() -> None:
    edit = Event(
        5, "2026-11-21T10:00:00Z", "TN", "ws", MRN, "patient.edit", "patient", "4",
        {"patient": {"name": "A", "bed": "1"}}, {"patient": {"name": "B", "bed": "1"}}, None,
    )  # fmt: skip
    assert describe(edit) == "changed patient.name"
    move = Event(
        6, "2026-11-21T10:00:00Z", "TN", "ws", MRN, "protocol.move", "patient", "4",
        {"id": "ash-2024", "version": "2024.1"}, {"id": "ash-sap", "version": "2024.1"}, "centre policy",
    )  # fmt: skip
    assert describe(move) == "moved to protocol ash-sap 2024.1 (from ash-2024 2024.1): centre policy"

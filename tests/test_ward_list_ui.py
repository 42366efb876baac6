"""File > Export ward list (CSV)…: the ward chosen on the board, through the core writer, audited."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMenu

from bedside.services.demo import seed_demo_once
from bedside.storage import Store
from bedside.storage.audit import Actor
from bedside.storage.store_ward import WARD_LIST_ACTION as AUDIT_ACTION
from tests.gui import settle
from ui.access.session import Session
from ui.actions.export import add_ward_list_action
from ui.main_window import MainWindow

TODAY = date(2026, 11, 21)


@pytest.fixture
def session(store: Store) -> Iterator[Session]:
    seed_demo_once(store, TODAY)
    nurse = store.add_user("Tess Nurse", "TN", Actor("system", "ws-test"))
    opened = Session(store, nurse, TODAY)
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot, session: Session) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(session)
    qtbot.addWidget(win)
    settle(qtbot, win)
    yield win
    win.session.close()


class SaveDialog:
    """Stands in for QFileDialog.getSaveFileName: remembers what was suggested, answers `answer`."""

    def __init__(self, answer: Path | None) -> None:
        self.answer, self.suggested = answer, ""

    def __call__(self, parent: Any, title: str, suggested: str, filters: str) -> tuple[str, str]:
        self.suggested = suggested
        return (str(self.answer) if self.answer else "", "")


def exports(store: Store) -> list[Any]:
    return [e for e in store.events() if e.action == AUDIT_ACTION]


def test_the_action_writes_the_chosen_ward_and_audits_it(
    window: MainWindow, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "list.csv"
    dialog = SaveDialog(target)
    monkeypatch.setattr("ui.actions.export.QFileDialog.getSaveFileName", dialog)
    menu = QMenu(window)
    action = add_ward_list_action(menu, window)
    assert action in menu.actions() and "CSV" in action.text() and action.toolTip()
    window.board.ward_filter.setCurrentIndex(window.board.ward_filter.findData("DEMO"))
    action.trigger()
    assert Path(dialog.suggested).name == "ward-list-DEMO-2026-11-21.csv"  # no patient data in the name
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["Ward", "Bed", "Name"]
    assert len(rows) == 1 + len(session.store.patient_summaries("DEMO"))
    assert all(row[2].startswith("DEMO ") for row in rows[1:])
    [event] = exports(session.store)
    assert event.actor == "TN" and event.entity_id == "DEMO"
    assert "saved" in window.statusBar().currentMessage()


def test_cancelling_writes_nothing(window: MainWindow, session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ui.actions.export.QFileDialog.getSaveFileName", SaveDialog(None))
    add_ward_list_action(QMenu(window), window).trigger()
    assert exports(session.store) == []


def test_a_refused_write_is_shown_and_changes_nothing(
    window: MainWindow, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "no-such-folder" / "list.csv"
    monkeypatch.setattr("ui.actions.export.QFileDialog.getSaveFileName", SaveDialog(target))
    add_ward_list_action(QMenu(window), window).trigger()
    assert "cannot write the file" in window.last_message.text()
    assert not target.exists() and exports(session.store) == []

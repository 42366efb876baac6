"""A ward server outage in the window, with the tests' own server stopped and started again: the red banner
says since when, a tick is refused with the message and nothing is saved, the ward prints today's items from
the downtime copy, and once the server is back the window reconnects by itself (docs/ward-server.md, "Outage")."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from bedside.services.database import open_database
from bedside.services.demo import seed_demo_once
from bedside.storage import Store
from bedside.storage.audit import Actor
from bedside.views.day import day_view
from tests import pg_server as pg
from tests.gui import settle, sheet_ready
from tests.outage_server import own_server, own_url
from tests.test_checklist_tab import _select
from ui.access.session import Session
from ui.main_window import MainWindow
from ui.patient.view import PatientView
from ui.printing.downtime import copy_time
from ui.printing.preview import HandoverPreview

__all__ = ["own_server", "own_url"]  # the fixtures, imported for pytest

TODAY = date(2026, 11, 21)
UTC = ZoneInfo("UTC")
ITEM = "HSV-VZV"  # due today for DEMO-001


@pytest.fixture
def store(own_url: str) -> Iterator[Store]:
    opened = open_database(own_url)
    seed_demo_once(opened, TODAY)
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot, store: Store) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    nurse = store.add_user("Tess Nurse", "TN", Actor("system", "ws-test"))
    win = MainWindow(Session(store, nurse, TODAY, zone=UTC))
    qtbot.addWidget(win)
    settle(qtbot, win)
    win.show()
    qtbot.waitExposed(win)
    assert win.outage is not None
    qtbot.waitUntil(lambda: win.outage is not None and win.outage.copy is not None, timeout=20_000)
    yield win
    win.outage.stop()
    win.session.close()
    win.idle_lock.stop()


def checks_saved(url: str) -> int:
    other = open_database(url)  # another workstation's view of the server
    try:
        return len(other.load_record("DEMO-001").checks)
    finally:
        other.close()


def open_demo_001(qtbot, window: MainWindow) -> PatientView:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitActive(window)  # Space ticks through the window's shortcut: the window must be the active one
    window.board.table.setFocus()
    window.select_mrn("DEMO-001")
    qtbot.keyClick(window.board.table, Qt.Key.Key_Return)
    view = window.patient_view
    assert isinstance(view, PatientView)
    return view


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def save_preview(qtbot, preview: HandoverPreview, target: Path, monkeypatch: pytest.MonkeyPatch) -> str:  # type: ignore[no-untyped-def]
    sheet_ready(qtbot, preview)
    monkeypatch.setattr("ui.printing.print_and_save.QFileDialog.getSaveFileName", lambda *args: (str(target), ""))
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert target.exists(), preview.status.text()
    preview.reject()
    return pdf_text(target)


def test_an_outage_shows_refuses_prints_from_the_copy_and_ends_by_itself(  # type: ignore[no-untyped-def]
    qtbot,
    window: MainWindow,
    store: Store,
    own_url: str,
    own_server: pg.PgServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    outage = window.outage
    assert outage is not None and not outage.banner.isVisible()
    copy_at = f"{outage.copy.taken.astimezone(UTC):%Y-%m-%d %H:%M}"  # type: ignore[union-attr]
    view = open_demo_001(qtbot, window)
    tab = view.checklist
    before = checks_saved(own_url)
    rows_before = window.board.model.rowCount()

    own_server.stop("immediate")
    qtbot.waitUntil(outage.banner.isVisible, timeout=10_000)
    text = outage.banner.text()
    assert text.startswith("Ward server unreachable since ") and "nothing can be saved" in text
    assert f"print from the downtime copy of {copy_time(outage.copy, window.session)} (File menu)" in text
    # The tick, through the real key: refused with the message, never shown as saved.
    _select(tab, ITEM)
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Space)
    assert tab.message.text().startswith("Not saved: the ward server is unreachable")
    assert tab.view is not None and tab.view.checklist.item(ITEM).status == "due"  # type: ignore[union-attr]
    # A lab typed into its form: refused, and what was typed stays in the form.
    form = view.labs.lab_form
    form.test.setCurrentIndex(form.test.findData("igg"))
    form.unit.setCurrentIndex(form.unit.findData("g/L"))
    qtbot.keyClicks(form.value, "4.5")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.message.text().startswith("Not saved: the ward server is unreachable")
    assert form.value.text() == "4.5"
    form.value.clear()
    # What needs the server is off; the last data read stays on the board, read-only.
    assert not window.new_action.isEnabled() and not window.print_action.isEnabled()
    assert window.find_action.isEnabled() and all(a.isEnabled() for a in outage.actions)
    qtbot.keyClick(view.tabs, Qt.Key.Key_Escape)
    assert window.board.model.rowCount() == rows_before
    window.select_mrn("DEMO-001")
    qtbot.keyClick(window.board.table, Qt.Key.Key_Return)  # opening a patient needs the server: said, not crashed
    assert window.patient_view is None and outage.last_message is not None
    assert "cannot be opened" in outage.last_message.text()
    outage.last_message.close()

    # The paper checklist from the downtime copy, through its File menu action: today's items to tick by hand.
    outage.checklist_action.trigger()
    paper = save_preview(qtbot, outage.preview, tmp_path / "paper.pdf", monkeypatch)  # type: ignore[arg-type]
    copy = open_database(str(outage.copy.path))  # type: ignore[union-attr]
    try:
        record = copy.load_record("DEMO-001")
        items = day_view(copy.protocol_for(record), record, TODAY, TODAY, zone=UTC).rows
    finally:
        copy.close()
    assert items and all(row.item.title.split(":")[0] in paper for row in items)
    assert "Paper checklist 2026-11-21" in paper and f"From the downtime copy of {copy_at}" in paper
    outage.handover_action.trigger()
    handover = save_preview(qtbot, outage.preview, tmp_path / "handover.pdf", monkeypatch)  # type: ignore[arg-type]
    assert "Ward handover 2026-11-21" in handover and f"from the downtime copy of {copy_at}" in handover

    # The server comes back: the window connects again by itself, the banner goes and the board reloads.
    with qtbot.waitSignal(window.board_refreshed, timeout=20_000):
        own_server.start()
    assert not outage.banner.isVisible() and window.new_action.isEnabled() and window.print_action.isEnabled()
    assert checks_saved(own_url) == before  # nothing of the refused tick reached the server
    owed = [e for e in store.events(limit=5) if e.action == "handover.print"]  # the two saves, recorded now
    assert [e.new_value["sheet"] for e in reversed(owed)] == ["paper checklist", "ward handover"]  # type: ignore[index]
    assert all(e.new_value["from_downtime_copy"] and e.actor == "TN" for e in owed)  # type: ignore[index]
    tab = open_demo_001(qtbot, window).checklist
    _select(tab, ITEM)
    qtbot.mouseClick(tab.done_button, Qt.MouseButton.LeftButton)  # the button: the previews took the focus away
    assert tab.message.text().startswith("Saved:")
    assert checks_saved(own_url) == before + 1


def test_the_screen_locks_during_an_outage_and_opens_with_the_pin_of_the_downtime_copy(  # type: ignore[no-untyped-def]
    qtbot, store: Store, own_server: pg.PgServer
) -> None:
    from tests.test_lock import cover_of, covered

    nurse = store.add_user("Nia Nurse", "NN", Actor("system", "ws-test"), pin="4711")
    win = MainWindow(Session(store, nurse, TODAY, zone=UTC))
    qtbot.addWidget(win)
    settle(qtbot, win)
    win.show()
    outage = win.outage
    assert outage is not None
    try:
        qtbot.waitUntil(lambda: outage.copy is not None, timeout=20_000)
        own_server.stop("immediate")
        qtbot.waitUntil(outage.banner.isVisible, timeout=10_000)
        win.lock_action.trigger()  # covered, though the server cannot record the lock
        assert win.idle_lock.locked and covered(win)
        cover = cover_of(win, win)
        cover.pin.setText("0000")
        qtbot.mouseClick(cover.unlock_button, Qt.MouseButton.LeftButton)
        assert win.idle_lock.locked and cover.error.text() == "That name and PIN do not match."
        cover.pin.setText("4711")
        qtbot.mouseClick(cover.unlock_button, Qt.MouseButton.LeftButton)
        assert not win.idle_lock.locked and outage.banner.isVisible()  # still on paper, but the copy prints
    finally:
        outage.stop()
        win.session.close()
        win.idle_lock.stop()

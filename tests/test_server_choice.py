"""First start: the sign-in window offers the ward server instead of this workstation's own database; the
address is checked by opening it, kept as the workstation's setting without a password (docs/ward-server.md)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from bedside.config.paths import APP_NAME, WARD_SERVER_FILE, choose_ward_server, data_dir, database_target
from bedside.services.database import open_database
from bedside.storage.audit import Actor
from tests.modal import answer_modal
from ui.access.server_choice import ServerChoice
from ui.access.sign_in import SignInDialog
from ui.app import NOTICE_SEEN, OpenBehind


@pytest.fixture
def ward(pg_url: str) -> Iterator[str]:
    store = open_database(pg_url)
    store.add_user("Ann Berg", "AB", Actor("system", "ws-test"), pin="4711", role="admin")
    store.close()
    yield pg_url
    choose_ward_server(None)  # the next test's workstation opens its own file again


def test_first_start_can_choose_the_ward_server(qtbot, ward: str, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    QSettings(APP_NAME, APP_NAME).setValue(NOTICE_SEEN, True)  # the first-start notice was read already
    sign_in = SignInDialog(None)
    qtbot.addWidget(sign_in)
    opening = OpenBehind(sign_in, argparse.Namespace(database=str(db_path), allow_network_db=False))
    sign_in.show()
    qtbot.waitUntil(lambda: opening.store is not None, timeout=10_000)
    assert opening.store is not None and not opening.store.on_server  # a new file of its own: nobody in it
    assert sign_in.add_box.isVisible() and sign_in.server_button.isVisible()
    said: list[str] = []

    def answer(choice: ServerChoice) -> None:
        choice.address.setText(ward.replace("@", ":s3cret-pw@", 1))
        qtbot.mouseClick(choice.use_button, Qt.MouseButton.LeftButton)
        said.append(choice.error.text())  # refused beside the field; the dialog stays open
        choice.address.setText("postgresql://127.0.0.1:1/bedside")
        qtbot.mouseClick(choice.use_button, Qt.MouseButton.LeftButton)
        said.append(choice.error.text())
        choice.address.setText(ward)
        qtbot.mouseClick(choice.use_button, Qt.MouseButton.LeftButton)

    answered = answer_modal(ServerChoice, answer)
    qtbot.mouseClick(sign_in.server_button, Qt.MouseButton.LeftButton)
    assert answered, "the ward server dialog did not open"
    assert "password" in said[0] and "s3cret-pw" not in said[0]
    assert "cannot reach the ward server postgresql://127.0.0.1:1/bedside" in said[1]
    assert opening.store is not None and opening.store.on_server
    assert [sign_in.users.item(r).text().split()[:2] for r in range(sign_in.users.rowCount())] == [["Ann", "Berg"]]
    assert not sign_in.add_box.isVisible()  # the server has users: nobody adds themselves as its first admin
    assert (data_dir() / WARD_SERVER_FILE).read_text().strip() == ward
    assert database_target(None) == ward  # the next start opens the ward server
    assert opening.ahead is not None and opening.ahead.done.wait(10)  # the server's board, counted meanwhile
    assert opening.ahead.memo_for(opening.store) is opening.ahead.memo
    opening.store.close()

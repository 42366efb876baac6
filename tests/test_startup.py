"""Start-up (issue 15 part 7): the sign-in window is on screen before the storage and the core are imported, the
database is opened behind it, and the main window loads the patient view and its dialog only when first used.

Each check runs in a fresh interpreter, where nothing is imported yet.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bedside.services.database import open_database
from bedside.storage.audit import Actor

ROOT = Path(__file__).resolve().parents[1]

# main.py as a user starts it; at the sign-in window's first paint, note what is imported; once its users are
# listed, note them and press Cancel (the real button): run_gui then closes, nobody signed in.
START_AND_WATCH = r"""
import json, sys
from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
app = QApplication(sys.argv[:1])
seen = {}
HEAVY = ("sqlite_utils", "bedside.storage", "bedside.engine.core", "ui.main_window")

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and type(watched).__name__ == "SignInDialog" and "painted" not in seen:
            seen["painted"] = [m for m in HEAVY if m in sys.modules]
            seen["qt enums built"] = "Qt" in vars(QtCore)  # about 40 ms: built after the first paint
            seen["opening shown"] = watched.opening.isVisible()
            QTimer.singleShot(0, lambda: wait_for_users(watched))
        return False

def wait_for_users(dialog):
    from PySide6.QtWidgets import QMessageBox
    modal = QApplication.activeModalWidget()
    if isinstance(modal, QMessageBox):  # the first-start notice, over the sign-in window
        seen.setdefault("notices", []).append(modal.text())
        modal.button(QMessageBox.StandardButton.Ok).click()
    if dialog.opening.isVisible() or isinstance(QApplication.activeModalWidget(), QMessageBox):
        QTimer.singleShot(5, lambda: wait_for_users(dialog))
        return
    seen["users"] = [dialog.list.model().index(r, 0).data() for r in range(dialog.list.model().rowCount())]
    seen["server driver"] = "psycopg" in sys.modules  # a file's start never loads it (120 ms)
    focus = QApplication.focusWidget()
    seen["typing goes to"] = focus.accessibleName() if focus is not None else None
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()

watch = Watch()
app.installEventFilter(watch)
import main
seen["exit"] = main.main(["--db", sys.argv[1]])
print(json.dumps(seen))
"""


def _start(db: Path, tmp_path: Path, script: str = START_AND_WATCH) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run(
        [sys.executable, "-c", script, str(db)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout.splitlines()[-1]))


def test_sign_in_is_drawn_before_the_storage_is_imported_and_lists_users_once_open(
    db_path: Path, tmp_path: Path
) -> None:
    store = open_database(db_path)
    store.add_user("Ann Berg", "AB", Actor("AB", "test"), pin="4711")
    store.close()
    (tmp_path / "config" / "Bedside").mkdir(parents=True)
    (tmp_path / "config" / "Bedside" / "Bedside.conf").write_text("[notice]\nseen=true\n")  # not a first start
    seen = _start(db_path, tmp_path)
    assert seen["painted"] == [], "imported before the sign-in window was drawn"
    assert seen["qt enums built"] is False, "Qt's enum namespace was built before the sign-in window was drawn"
    assert seen["opening shown"] is True
    assert seen["users"] == ["Ann Berg  (AB)"]
    assert seen["server driver"] is False, "psycopg was imported to open a database file"
    assert seen["typing goes to"] == "Find your name"  # the search field, as when the window opened at once
    assert seen["exit"] == 0  # Cancel: nobody signed in


def test_main_window_loads_the_patient_view_and_dialog_when_first_used() -> None:
    code = "import sys, ui.main_window; print(sorted(m for m in sys.modules if m in WANTED))".replace(
        "WANTED",
        repr(("ui.patient.view", "ui.dialogs.patient_dialog", "ui.patient.checklist_tab", "ui.patient.labs_tab")),
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_first_start_notice_shows_over_the_sign_in_window_once(db_path: Path, tmp_path: Path) -> None:
    store = open_database(db_path)
    store.add_user("Ann Berg", "AB", Actor("AB", "test"), pin="4711")
    store.close()
    first = _start(db_path, tmp_path)  # a new workstation: no settings yet
    assert first["painted"] == []
    assert first["notices"] == ["Bedside is a documentation aid for locally approved protocols, not a medical device."]
    assert first["users"] == ["Ann Berg  (AB)"]
    again = _start(db_path, tmp_path)
    assert "notices" not in again and again["users"] == ["Ann Berg  (AB)"]


# main.py as a user starts it: type a name and the PIN into the real sign-in window, press Enter, and once the main
# window's board has every patient, note whether it is the board counted while the PIN was typed; then close it.
SIGN_IN_AND_WATCH = r"""
import json, sys
from PySide6.QtCore import QTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
seen = {}
import ui.board.ahead as ahead
made = []
real_init = ahead.BoardAhead.__init__
def init(self, *args, **kwargs):
    real_init(self, *args, **kwargs)
    made.append(self)
ahead.BoardAhead.__init__ = init

def type_pin():
    dialog = next((w for w in QApplication.topLevelWidgets() if type(w).__name__ == "SignInDialog"), None)
    if dialog is None or not dialog.isVisible() or dialog.opening.isVisible():
        QTimer.singleShot(10, type_pin)
        return
    QTest.keyClicks(dialog.search, "AB")
    QTest.keyClick(dialog.search, Qt.Key.Key_Return)  # Enter moves to the PIN
    QTest.keyClicks(dialog.pin, "4711")
    QTest.keyClick(dialog.pin, Qt.Key.Key_Return)
    QTimer.singleShot(10, watch_board)

def watch_board():
    window = next((w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"), None)
    if window is None or "patients" not in window.windowTitle() or window.board_busy():
        QTimer.singleShot(10, watch_board)
        return
    seen["title"] = window.windowTitle()
    seen["counted ahead"] = len(made)
    seen["the window's board is the one counted ahead"] = bool(made) and window._board_memo is made[0].memo
    window.close()

QTimer.singleShot(0, type_pin)
import main
seen["exit"] = main.main(["--db", sys.argv[1]])
print(json.dumps(seen))
"""


def test_a_pin_typed_at_start_signs_in_to_the_board_counted_meanwhile(db_path: Path, tmp_path: Path) -> None:
    """run_gui end to end: the board counted behind the sign-in window is the main window's board."""
    from datetime import date

    from bedside.services.demo import seed_demo_once

    store = open_database(db_path)
    store.add_user("Ann Berg", "AB", Actor("AB", "test"), pin="4711")
    seed_demo_once(store, date.today())
    store.close()
    (tmp_path / "config" / "Bedside").mkdir(parents=True)
    (tmp_path / "config" / "Bedside" / "Bedside.conf").write_text("[notice]\nseen=true\n")
    seen = _start(db_path, tmp_path, SIGN_IN_AND_WATCH)
    assert "(6 patients)" in seen["title"]
    assert seen["counted ahead"] == 1
    assert seen["the window's board is the one counted ahead"] is True
    assert seen["exit"] == 0

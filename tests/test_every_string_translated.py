"""Every string a Bedside window asks to translate is in resources/translations/bedside_de.ts (issue 15 part 6).

A recording translator notes each (context, text) the windows pass to tr() while a person's way through them is
driven: the board, every menu item, a patient with each tab, sign-in and emergency access. A `_tr(variable)` whose
text was never marked with tr_noop() (ui/i18n.py) is not extracted by lupdate, and fails here. The .ts must also
be what `make translations` makes from today's sources.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from bedside.services.demo import seed_demo_once
from bedside.storage import Store
from bedside.storage.audit import Actor
from tests.gui import settle
from tests.test_every_action import menu_actions
from ui.access.session import Session
from ui.i18n import pseudo
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "bedside_de.ts"
TODAY = date(2026, 11, 21)
OURS = {"", "App", "MainWindow"}  # Qt's own contexts (QPlatformTheme, QFileDialog …) come with Qt's translations


class Recorder(QTranslator):
    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context: str, sourceText: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        if context in OURS:
            self.asked.add((context, sourceText))
        return None  # not translated: the screen shows the English text

    def isEmpty(self) -> bool:
        return False


def ts_messages(tree: ET.ElementTree) -> set[tuple[str, str]]:
    found = set()
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            found.add((name, message.findtext("source") or ""))
    return found


@pytest.fixture
def recorder(qtbot) -> Iterator[Recorder]:  # type: ignore[no-untyped-def]
    found = Recorder()
    QCoreApplication.installTranslator(found)
    yield found
    QCoreApplication.removeTranslator(found)


def test_every_string_the_windows_ask_for_is_in_the_ts(qtbot, store: Store, recorder: Recorder) -> None:  # type: ignore[no-untyped-def]
    seed_demo_once(store, TODAY)
    admin = store.add_user("Ada Admin", "AD", Actor("system", "ws-test"), pin="2580", role="admin")
    window = MainWindow(Session(store, admin, TODAY))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)  # the board is computed in a worker (ui/tasks.py)

    def close_modal() -> None:  # a dialog run with exec() blocks trigger(): close it from the event loop
        found = QApplication.activeModalWidget()
        if found is not None and found is not window:
            found.close()

    closer = QTimer()
    closer.timeout.connect(close_modal)
    closer.start(50)
    try:
        window.select_mrn("DEMO-004")
        qtbot.keyClick(window.board.table, Qt.Key.Key_Return)  # the patient opens, as Enter on the board does
        assert window.patient_view is not None
        for tab in range(window.patient_view.tabs.count()):
            window.patient_view.tabs.setCurrentIndex(tab)
            qtbot.wait(20)
        for action in menu_actions(window):
            if action.text().replace("&", "") in {"Quit", "Lock screen"} or not action.isEnabled():
                continue
            before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
            action.trigger()
            qtbot.wait(150)
            for new in [w for w in QApplication.topLevelWidgets() if w.isVisible() and w not in before]:
                new.close()
        window.lock_action.trigger()
        qtbot.wait(50)
    finally:
        closer.stop()
        qtbot.waitUntil(lambda: not window.backups.running(), timeout=10_000)
        window.session.close()
        window.idle_lock.stop()
    assert len(recorder.asked) > 150  # the record saw the windows' words
    missing = sorted(recorder.asked - ts_messages(ET.parse(TS)))
    assert not missing, (
        f"{missing}: asked for but not in {TS.name} (mark data strings with tr_noop, run make translations)"
    )


def test_the_ts_is_what_make_translations_makes(tmp_path: Path) -> None:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    lupdate = str(tool) if tool.exists() else shutil.which("pyside6-lupdate")
    assert lupdate is not None, "pyside6-lupdate ships with PySide6-Essentials"
    fresh = tmp_path / "bedside_xx.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    aliases = "tr+=_tr,QT_TR_NOOP+=tr_noop"  # as the Makefile's translations target
    subprocess.run(
        [lupdate, "-tr-function-alias", aliases, *sources, "-ts", str(fresh)], check=True, capture_output=True
    )
    assert ts_messages(ET.parse(fresh)) == ts_messages(ET.parse(TS)), "run make translations"
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert aliases in makefile


def test_the_pseudo_locale_keeps_placeholders_and_accelerators() -> None:
    shown = pseudo("&Save {name} at {time:%H:%M}")
    assert shown.startswith("⟦") and "{name}" in shown and "{time:%H:%M}" in shown and "&" in shown
    assert "Save" not in shown  # every letter that can be is accented
    assert pseudo("{n} patients").format(n=3).startswith("⟦3 ")


def test_bedside_lang_pseudo_switches_every_window_to_the_pseudo_locale(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.access.sign_in import SignInDialog
    from ui.i18n import install_language, tr

    monkeypatch.setenv("BEDSIDE_LANG", "pseudo")
    app = QCoreApplication.instance()
    assert app is not None
    install_language(app)  # what ui/app.py does first
    try:
        dialog = SignInDialog(None)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == pseudo("Bedside: sign in")
        assert tr("Today") == pseudo("Today")
    finally:
        monkeypatch.delenv("BEDSIDE_LANG")
        install_language(app, "en")  # back to English for the tests after this one
    assert tr("Today") == "Today"

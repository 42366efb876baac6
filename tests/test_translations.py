"""Every visible string goes through tr: lupdate finds them, and a compiled translation reaches the screen."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from ui.i18n import install_translator
from ui.patient import checklist_tab

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = BIN / name if (BIN / name).exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: it ships with PySide6-Essentials")
    return str(found)


def _extract(ts: Path) -> ET.ElementTree:
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), "-tr-function-alias", "tr+=_tr", *sources, "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    return ET.parse(ts)


def test_lupdate_finds_the_strings_of_every_screen(tmp_path: Path) -> None:
    tree = _extract(tmp_path / "bedside_xx.ts")
    found = {m.findtext("source") for m in tree.iter("message")}
    for text in ("Show items that do not apply", "◀ Previous day", "Checklist items", "Ward board"):
        assert text in found, text
    files = {loc.get("filename", "").rsplit("/", 1)[-1] for loc in tree.iter("location")}
    expected = {"checklist_tab.py", "page.py", "sign_in.py", "labs_tab.py", "timeline_tab.py", "history_tab.py"}
    assert expected <= files


def test_a_compiled_translation_is_what_the_screen_shows(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ts = tmp_path / "bedside_de.ts"
    tree = _extract(ts)
    for message in tree.iter("message"):
        if message.findtext("source") == "Today":
            translation = message.find("translation")
            assert translation is not None
            translation.text = "Heute"
            translation.attrib.pop("type", None)  # "unfinished" would be left out of the .qm
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts), "-qm", str(tmp_path / "bedside_de.qm")], check=True, capture_output=True
    )
    monkeypatch.setattr("ui.i18n.TRANSLATIONS", tmp_path)
    app = QCoreApplication.instance()
    assert app is not None
    translator = install_translator(app, QLocale(QLocale.Language.German))
    assert translator is not None
    try:
        assert checklist_tab._tr("Today") == "Heute"
    finally:
        app.removeTranslator(translator)
    assert checklist_tab._tr("Today") == "Today"


def test_the_app_icon_is_sharp_at_high_dpi(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.i18n import app_icon

    image = app_icon().pixmap(256, 256).toImage()
    assert image.width() == 256  # drawn from SVG at the size asked, not scaled up from a small bitmap
    assert image.pixelColor(128, 20).alpha() == 255 and image.pixelColor(0, 0).alpha() == 0

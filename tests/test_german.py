"""The whole app in German: every screen string translated, Qt's own dialogs too, and the printed sheets.

A string added to ui/ without a German translation, a translation that lost a {placeholder} or an
&-accelerator, a menu with two items on one Alt key, and a printed label missing from
resources/translations/printed_de.toml each fail a test here (docs/translation.md).
"""

from __future__ import annotations

import ast
import io
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QDialogButtonBox, QMenu

from bedside.config import settings
from bedside.config.language import printed_table, resolve, words_for
from bedside.domain.errors import BedsideError
from bedside.domain.units import LAB_TESTS
from bedside.patient_file.demo import demo_records
from bedside.printouts import SEVERITIES, render_handover, render_plan
from bedside.printouts.data import CONFIDENTIAL
from bedside.printouts.plan import NOT_YET, _how_often
from bedside.printouts.plan_words import FEVER_ADVICE, MONTHS, NEURO_ADVICE, NEURO_SIGNS
from bedside.printouts.render.handover_pdf import STATUS_TEXT
from bedside.printouts.render.layout import AUDIT_WARNING, DEMO_LINE
from bedside.printouts.render.plan_pdf import BLANK_CONTACT
from bedside.services import settings as site_settings
from bedside.services.demo import seed_demo_once
from bedside.services.printout_data import follow_up_plan, ward_handover
from bedside.storage import Store
from bedside.storage.audit import Actor
from tests.gui import choose_level, level_cell, sheet_ready
from ui.access.session import Session
from ui.i18n import Number, install_language, weekday
from ui.main_window import MainWindow
from ui.patient import checklist_tab
from ui.patient.typed_input import number_locale

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "bedside_de.ts"
BIN = Path(sys.executable).parent
TODAY = date(2026, 12, 3)
SYSTEM = Actor("system", "ws-test")
# {name}, {day:+d}, %1, %n: what code fills in; a translation must keep every one of them.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d+|%n")
ACCELERATOR = re.compile(r"&([^&\s])")


def _tool(name: str) -> str:
    found = BIN / name if (BIN / name).exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: it ships with PySide6-Essentials")
    return str(found)


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    """(source, translation element) of every live message (vanished and obsolete ones are history)."""
    found = []
    for message in ET.parse(ts).iter("message"):
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") not in ("vanished", "obsolete"):
            found.append((message.findtext("source") or "", translation))
    return found


def _accelerator(text: str) -> str | None:
    found = ACCELERATOR.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_every_visible_string_of_ui_has_a_finished_german_translation(tmp_path: Path) -> None:
    """The shipped .ts brought up to date with ui/ (as `make translations` does) has nothing unfinished."""
    ts = tmp_path / "bedside_de.ts"
    shutil.copy(TS, ts)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    lupdate = [_tool("pyside6-lupdate"), "-no-obsolete", "-tr-function-alias", "tr+=_tr", *sources, "-ts", str(ts)]
    subprocess.run(lupdate, check=True, capture_output=True)
    messages = _messages(ts)
    assert len(messages) > 700  # every screen's strings, not an empty catalogue
    untranslated = [src for src, tr in messages if tr.get("type") == "unfinished" or not (tr.text or "").strip()]
    assert untranslated == [], f"{len(untranslated)} strings without German: {untranslated[:10]}"


def test_each_translation_keeps_the_placeholders_lines_and_accelerator_of_its_source() -> None:
    wrong = []
    for source, translation in _messages(TS):
        text = translation.text or ""
        if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(text)):
            wrong.append(("placeholders", source, text))
        if (_accelerator(source) is None) != (_accelerator(text) is None):
            wrong.append(("accelerator", source, text))
        if source.count("\n") != text.count("\n"):
            wrong.append(("lines", source, text))
    assert wrong == []


@pytest.fixture
def german(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[QCoreApplication]:  # type: ignore[no-untyped-def]
    """The app as it starts with the Language setting "de": the shipped .ts compiled, Qt's own German loaded."""
    lrelease = [_tool("pyside6-lrelease"), str(TS), "-qm", str(tmp_path / "bedside_de.qm")]
    subprocess.run(lrelease, check=True, capture_output=True)
    monkeypatch.setattr("ui.i18n.TRANSLATIONS", tmp_path)
    app = QCoreApplication.instance()
    assert app is not None
    before = QLocale()
    assert install_language(app, "de") == "de"
    try:
        yield app
    finally:
        install_language(app, "en")
        QLocale.setDefault(before)
    assert checklist_tab._tr("Today") == "Today"  # nothing German is left behind for the next test


def test_in_german_qt_dialogs_dates_and_numbers_follow(german: QCoreApplication) -> None:
    assert checklist_tab._tr("Today") == "Heute"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text().replace("&", "") == "Abbrechen"  # qtbase_de.qm, not Bedside's
    assert number_locale().toString(0.5) == "0,5"  # what a typed value is read and shown with
    assert QLocale().toString(QDate(2026, 12, 3), "dd.MM.yyyy") == "03.12.2026"
    assert QLocale().language() == QLocale.Language.German
    assert f"{Number(0.5):g} / {Number(2.0):g}" == "0,5 / 2"  # values in translated templates keep their spec
    assert weekday(date(2026, 12, 3)) == "Donnerstag"


def test_every_german_menu_has_one_item_per_alt_key(german: QCoreApplication, qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    admin = store.add_user("Ada Admin", "AD", SYSTEM, pin="2580", role="admin")  # sees the Admin menu too
    window = MainWindow(Session(store, admin, TODAY, zone=ZoneInfo("UTC")))
    qtbot.addWidget(window)
    try:
        titles = [action.text() for action in window.menuBar().actions()]
        assert "&Datei" in titles and "&Hilfe" in titles  # the menus really are German
        menus: dict[str, list[str]] = {"menu bar": titles}
        for action in window.menuBar().actions():
            menu = action.menu()
            assert isinstance(menu, QMenu)
            menus[action.text()] = [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        clashes = {}
        for name, texts in menus.items():
            keys = Counter(key for text in texts if (key := _accelerator(text)))
            if twice := {key: [t for t in texts if _accelerator(t) == key] for key, n in keys.items() if n > 1}:
                clashes[name] = twice
        assert clashes == {}
    finally:
        window.session.close()
        window.idle_lock.stop()


def test_the_language_comes_from_the_setting_else_the_workstation(store: Store) -> None:
    assert resolve("", "de_DE.UTF-8") == "de"
    assert resolve(None, "de-AT") == "de"
    assert resolve("", "fr_FR.UTF-8") == "en"  # not shipped: English
    assert resolve("en", "de_DE.UTF-8") == "en"  # the site's setting wins
    assert resolve("de", "C") == "de"
    assert settings.checked(settings.LANGUAGE, " DE ") == "de"
    assert settings.checked(settings.LANGUAGE, "") == ""
    with pytest.raises(BedsideError, match='Language: "fr" is not a language Bedside has: en, de'):
        settings.checked(settings.LANGUAGE, "fr")
    admin = store.add_user("Ada Admin", "AD", SYSTEM, pin="2580", role="admin")
    assert site_settings.save(store, Actor("AD", "ws"), settings.LANGUAGE, "de", admin)
    store.import_record(demo_records(TODAY)[0], SYSTEM, demo=True)
    sheet = ward_handover(store, None, TODAY, printed_by="AD", printed_at=datetime(2026, 12, 3, 7, tzinfo=UTC))
    assert sheet.language == "de"  # the command line and the window print in the site's language


def _printed_keys() -> set[str]:
    """Every label bedside/printouts and the patient header pass to their Words, and the values passed by name."""
    keys: set[str] = set()
    for path in [*(ROOT / "bedside" / "printouts").rglob("*.py"), ROOT / "bedside" / "views" / "patient_header.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args and _is_words(node.func):
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    keys.add(first.value)
    keys |= {CONFIDENTIAL, DEMO_LINE, AUDIT_WARNING, NOT_YET, BLANK_CONTACT, "low", "high"}
    keys |= {FEVER_ADVICE, NEURO_ADVICE, *NEURO_SIGNS, *MONTHS}  # the plan's words for the patient (plan_words.py)
    keys |= set(STATUS_TEXT.values()) | set(SEVERITIES) | {lab.label for lab in LAB_TESTS.values()}
    keys |= {"done", "not-done", "not-applicable"}  # a vaccination's status as the ward checked it
    keys |= {_how_often(f) for f in ("monthly", "every 12 months", "daily", "once")}
    keys |= {"platelets", "ANC", "hemoglobin", "CRP", "ferritin", "lymphodepletion start", "apheresis"}  # header
    return keys


def _is_words(func: ast.expr) -> bool:
    return (isinstance(func, ast.Name) and func.id == "w") or (isinstance(func, ast.Attribute) and func.attr == "w")


def test_every_printed_label_has_german_with_the_same_placeholders() -> None:
    table = printed_table("de")
    keys = _printed_keys()
    assert len(keys) > 100
    assert sorted(keys - set(table)) == []  # a label that would print in English on a German sheet
    assert sorted(set(table) - keys) == []  # a stale entry: the label is no longer printed
    wrong = [k for k, v in table.items() if Counter(PLACEHOLDER.findall(k)) != Counter(PLACEHOLDER.findall(v))]
    assert wrong == []


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_handover_and_the_plan_print_in_german(store: Store) -> None:
    for record in demo_records(TODAY):
        store.import_record(record, SYSTEM, demo=True)
    at = datetime(2026, 12, 3, 7, 30, tzinfo=UTC)
    handover = ward_handover(store, None, TODAY, printed_by="AB", printed_at=at, language="de")
    text = _text(render_handover(handover).pdf)
    for german in ("I · Krankheitsschwere", "Stationsübergabe 2026-12-03", "Seite 1 von", "Übernommen von", "Warum: "):
        assert german in text
    for english in ("Illness severity", "Patient summary", "Ward handover", "Page 1 of", "Received by", "Why: "):
        assert english not in text
    assert re.search(r"ANC ×10⁹/L\s+\d+,\d am 2026-12-03", text)  # a decimal comma for a German reader
    mrn = handover.patients[0].identifiers.mrn
    plan = follow_up_plan(store, mrn, TODAY, printed_by="AB", printed_at=at, language="de")
    text = _text(render_plan(plan).pdf)
    assert "Ihr Nachsorgeplan" in text and "Wenn Sie Fieber haben" in text
    assert "Your follow-up plan" not in text and "If you have a fever" not in text
    title = plan.prophylaxis[0].title
    assert title in text  # protocol text prints as the profile gives it
    english = follow_up_plan(store, mrn, TODAY, printed_by="AB", printed_at=at, language="en")
    assert "Your follow-up plan" in _text(render_plan(english).pdf)
    assert words_for("de")("Why: {why}") == "Warum: {why}"


def test_the_preview_in_german_prints_german_and_goes_to_the_patient_whose_level_changed(  # type: ignore[no-untyped-def]
    german: QCoreApplication, qtbot, store: Store
) -> None:
    seed_demo_once(store, TODAY)
    nurse = store.add_user("Tess Nurse", "TN", SYSTEM, pin="4711")
    window = MainWindow(Session(store, nurse, TODAY, zone=ZoneInfo("UTC")))
    qtbot.addWidget(window)
    window.show()
    try:
        wards = window.board.ward_filter
        wards.setCurrentIndex(wards.findData("DEMO"))
        preview = sheet_ready(qtbot, window.printing.print_ward())  # read and drawn in workers
        assert str(level_cell(preview, "DEMO-004").data()).endswith("(Vorschlag)")
        choose_level(qtbot, preview, "DEMO-004", "unstable")  # the sheet is made again, on that patient's page
        sheet_ready(qtbot, preview)
        page = PdfReader(io.BytesIO(preview.rendered.pdf)).pages[preview.view.pageNavigator().currentPage()]
        text = page.extract_text()
        assert "Pat.-Nr. DEMO-004" in text and "☒ INSTABIL" in text and "Von der Station festgelegt" in text
        preview.close()
        preview.deleteLater()
    finally:
        window.session.close()
        window.idle_lock.stop()

"""Screenshots of the main screens for the README, taken from a throwaway demo ward.

Run under Xvfb (a real X server, so fonts and styles are the ones a user sees):

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py [--out docs]

Writes board.png, checklist.png, timeline.png, labs.png, history.png, handover-preview.png, handover.png,
ward-list.png, plan.png, follow-up.png, locked.png, locked-form.png and patient-dialog.png: the shift that
docs/shift.md walks through. With --language de: the app in German (as with the Language setting "de"), and only
de-board.png, de-checklist.png and de-handover.png (page 1 of DEMO-001's handover, the PDF drawn by pdftoppm).
Everything happens in a temporary folder: its own database, its own QSettings, a fixed day
(2026-11-21) and a fixed clock, so the pictures are the same on every run and never touch the
user's real data or window settings. A nurse, Ann Berg (AB), signs in and works on DEMO-001 through
the same widgets a user clicks: a tick, a lab, a temperature, an item not done with a reason. Then she
prints the handover and the ward list, discharges DEMO-005 (day +200) and looks at the follow-up list,
prints DEMO-005's plan, and is interrupted while typing a new patient: the screen locks over the open form,
and after her PIN the form is as it was.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from bedside.storage import Store
    from ui.dialogs.patient_dialog import PatientDialog
    from ui.main_window import MainWindow
    from ui.patient.checklist_tab import ChecklistTab
    from ui.printing.preview import HandoverPreview

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 21)
SIZE = (1280, 760)
ZONE = ZoneInfo("UTC")  # the history's "local time" is then the fixed clock as written here
DEMO_PATIENT = "DEMO-001"  # day +3, fever with neutropenia: the febrile-neutropenia bundle is due
DISCHARGED = "DEMO-005"  # day +200: discharged, their long-term follow-up goes on
PIN = "2580"
PAGE_DPI = 90  # printed pages as pictures: sharp enough to read, small enough for the README


class FixedClock:
    """Every time stamp Bedside writes, moved forward by hand as the demo day goes on."""

    def __init__(self, stamp: str) -> None:
        self.stamp = stamp

    def at(self, hh_mm: str) -> None:
        self.stamp = f"{TODAY.isoformat()}T{hh_mm}:00Z"

    def __call__(self) -> str:
        return self.stamp


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Screenshots of Bedside's main screens for the README.")
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="folder for the PNG files (default: docs)")
    parser.add_argument("--width", type=int, default=SIZE[0], help=f"window width in pixels (default: {SIZE[0]})")
    parser.add_argument("--language", default="en", help="en (default) or de: the screens and the handover in German")
    options = parser.parse_args(argv)
    if sys.platform == "linux" and not (os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM")):
        print('screenshots: no display. Run: xvfb-run -a -s "-screen 0 1280x800x24" ' + " ".join(sys.argv))
        return 2
    out: Path = options.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bedside-shots-") as tmp:
        # Before Qt starts: app data and settings resolve inside the throwaway folder only.
        os.environ["XDG_DATA_HOME"] = str(Path(tmp) / "data")
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        os.environ.pop("BEDSIDE_DB", None)
        if str(ROOT) not in sys.path:
            sys.path.insert(0, str(ROOT))  # a checkout that is not pip-installed
        return take_all(Path(tmp), out, options.language, options.width)


def use_language(tmp: Path, language: str) -> None:
    """Compile the shipped .ts into the throwaway folder and load it with Qt's own translations."""
    import subprocess

    from PySide6.QtWidgets import QApplication

    import ui.i18n

    folder = tmp / "translations"
    folder.mkdir()
    ts = ROOT / "resources" / "translations" / f"bedside_{language}.ts"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(folder / ts.with_suffix(".qm").name)], check=True)
    ui.i18n.TRANSLATIONS = folder
    app = QApplication.instance()
    assert app is not None
    if ui.i18n.install_language(app, language) != language:
        raise SystemExit(f"screenshots: no translation for {language}")


def handover_png(store: Store, language: str, path: Path) -> None:
    """Page 1 of DEMO-001's handover as the printer gets it, drawn at 90 dpi (the size of docs/handover.png)."""
    import subprocess
    from datetime import UTC, datetime

    from bedside.printouts import render_handover
    from bedside.services.printout_data import patient_handover

    at = datetime(2026, 11, 21, 16, 30, tzinfo=UTC)
    sheet = patient_handover(store, DEMO_PATIENT, TODAY, printed_by="AB", printed_at=at, zone=ZONE, language=language)
    pdf = path.with_suffix(".pdf")
    pdf.write_bytes(render_handover(sheet, invariant=True).pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "90", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(path.with_suffix(""))],
        check=True,
    )
    pdf.unlink()
    print(f"wrote {path}")


def take_all(tmp: Path, out: Path, language: str = "en", width: int = SIZE[0]) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QDialog

    import bedside.storage.audit as audit
    from bedside.config.paths import APP_NAME
    from bedside.services.database import open_database
    from bedside.services.demo import seed_demo_once
    from ui.access.session import Session
    from ui.dialogs.patient_dialog import PatientDialog
    from ui.main_window import MainWindow

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp / "config"))
    app = QApplication.instance() or QApplication([sys.argv[0]])  # noqa: F841  (kept alive to the end)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName("")
    clock = FixedClock("")
    audit.utc_now = clock  # the store stamps its trail with this clock too, not only the session
    prefix = "" if language == "en" else f"{language}-"
    if language != "en":
        use_language(tmp, language)

    store = open_database(tmp / "bedside.sqlite3")
    session: Session | None = None
    try:
        clock.at("07:02")
        seed_demo_once(store, TODAY)
        clock.at("07:40")
        nurse = store.add_user("Ann Berg", "AB", audit.Actor.here("AB"), pin=PIN)
        clock.at("14:30")  # the late shift signs in 20 minutes after DEMO-001's fever
        session = Session(store, nurse, TODAY, now=clock, zone=ZONE)
        window = MainWindow(session)
        window.resize(width, SIZE[1])
        window.show()
        settle()
        window.select_mrn(DEMO_PATIENT)
        window.board.table.setFocus()
        settle()
        save(window, out / f"{prefix}board.png")

        window.open_patient(DEMO_PATIENT)
        view = window.patient_view
        assert view is not None
        checklist = view.checklist
        clock.at("14:35")  # 25 minutes after the demo patient's fever: the banner counts the bundle's 60 minutes
        tick(checklist, "HSV-VZV", "done")
        select_item(checklist, "FN-BUNDLE")  # the details pane says why the bundle is listed
        checklist.tree.setFocus()
        settle()
        save(window, out / f"{prefix}checklist.png")
        if language != "en":  # the README shows the other screens in English only
            handover_png(store, language, out / f"{prefix}handover.png")
            window.idle_lock.stop()
            window.close()
            return 0

        # More of the day's work, so the other screens show what a shift leaves behind.
        clock.at("15:50")
        tick(checklist, "AF-YEAST", "not-done", "vomiting since noon; dose held, team informed")
        view.tabs.setCurrentWidget(view.labs)
        settle()
        labs = view.labs
        clock.at("16:05")
        labs.observation_form.time.setText("16:00")
        labs.observation_form.value.setText("39.1")
        labs.observation_form.save()
        clock.at("16:20")
        labs.lab_form.time.setText("15:30")
        labs.lab_form.test.setCurrentIndex(labs.lab_form.test.findData("anc"))
        labs.lab_form.value.setText("0.2")
        labs.lab_form.save()
        labs.kinds.setCurrentRow(1)  # the temperature form, as after entering one
        for tab, name in ((view.timeline, "timeline"), (view.labs, "labs"), (view.history, "history")):
            view.tabs.setCurrentWidget(tab)
            tab.setFocus()
            settle()
            save(window, out / f"{name}.png")

        # 16:30: the handover for the next shift, previewed as the ward prints it, and the compact ward list.
        clock.at("16:30")
        window.show_board()
        window.board.ward_filter.setCurrentIndex(window.board.ward_filter.findData("DEMO"))
        settle()
        preview = window.printing.print_ward()
        assert preview is not None
        ready(window, preview)
        settle()
        save(preview, out / "handover-preview.png")
        save_page(preview.rendered.pdf, out / "handover.png")
        preview.reject()
        listed = window.printing.print_list()
        assert listed is not None
        ready(window, listed)
        save_page(listed.rendered.pdf, out / "ward-list.png")
        listed.reject()

        # 16:45: DEMO-005 goes home; the follow-up list keeps what their plan still asks for.
        clock.at("16:45")
        discharge(window, DISCHARGED, "home; follow-up in the CAR-T clinic")
        follow_up = window.stays.show_follow_up()
        follow_up.table.setCurrentCell(0, 0)
        settle()
        save(follow_up, out / "follow-up.png")
        plan = follow_up.print_plan() and window.printing.preview
        assert plan
        ready(window, plan)
        save_page(plan.rendered.pdf, out / "plan.png")
        plan.reject()
        follow_up.reject()

        # 17:00: typing a new patient, called away: the screen locks over the open form; after the PIN it is
        # as it was.
        clock.at("17:00")
        dialog = PatientDialog(session, None, window)
        fill_new_patient(dialog)
        dialog.show()
        settle()
        dialog.widget("patient.mrn").deselect()  # focus selects all; a nurse typing sees plain text
        dialog.raise_()  # the form on top of the board, as the nurse left it
        settle()
        window.lock_screen()  # what a passer-by sees after the idle minutes, the open form covered too
        settle()
        save_screen(out / "locked.png")
        save(dialog, out / "locked-form.png")  # the open form itself, covered
        unlock(window, dialog)
        settle()
        save(dialog, out / "patient-dialog.png")
        QDialog.reject(dialog)  # the tour ends here: closed without the "not saved yet" question a nurse gets
        window.idle_lock.stop()
        window.close()
        settle()
    finally:
        if session is not None:
            session.close()
        store.close()
    return 0


def ready(window: MainWindow, preview: HandoverPreview) -> None:
    """The sheet is read and drawn in workers (ui/tasks.py): wait until the preview shows it."""
    preview.wait_ready()
    window.tasks.wait_idle()
    if not preview.is_ready() or preview.rendered is None:
        raise SystemExit("screenshots: the handover preview never showed its sheet")
    # QPdfView draws each page in a thread of its own: until it is done the page is a white sheet
    deadline = time.monotonic() + 30
    while not _page_drawn(preview):
        if time.monotonic() > deadline:
            raise SystemExit("screenshots: the preview's first page was never drawn")
        settle(2)
        time.sleep(0.1)
    settle()


def _page_drawn(preview: HandoverPreview) -> bool:
    """Some dark pixels (text) on the visible page, not only the white placeholder."""
    image = preview.view.viewport().grab().toImage()
    step = 4
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            if image.pixelColor(x, y).lightness() < 80:
                return True
    return False


def settle(rounds: int = 5) -> None:
    """Let layouts, lazy reloads and first paints finish."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def select_item(checklist: ChecklistTab, item_id: str) -> None:
    from ui.patient.checklist_model import ROW_ROLE

    model = checklist.model
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for r in range(model.rowCount(group)):
            index = model.index(r, 0, group)
            if index.data(ROW_ROLE).item.id == item_id:
                checklist.tree.setCurrentIndex(index)
                return
    raise SystemExit(f"screenshots: {item_id} is not on {DEMO_PATIENT}'s checklist for {TODAY}")


def tick(checklist: ChecklistTab, item_id: str, status: str, reason: str | None = None) -> None:
    select_item(checklist, item_id)
    if not checklist.record(status, reason):
        raise SystemExit(f"screenshots: could not record {item_id} {status}: {checklist.message.text()}")


def fill_new_patient(dialog: PatientDialog) -> None:
    """A new DEMO patient typed in, as a nurse sees the form just before Save."""
    typed = {
        "patient.mrn": "DEMO-007",
        "patient.name": "DEMO Doe, Jane",
        "patient.birth_date": "1961-04-09",
        "patient.weight_kg": "64",
        "patient.ward": "DEMO",
        "patient.bed": "14",
        "therapy.indication": "DLBCL",
        "therapy.lymphodepletion_start": "2026-11-16",
        "therapy.lymphodepletion_end": "2026-11-18",
        "therapy.infusion_dates": "2026-11-21",
    }
    for path, text in typed.items():
        widget = dialog.widget(path)
        if hasattr(widget, "setText"):
            widget.setText(text)
        else:
            widget.setCurrentText(text)  # the editable ward box
    product = dialog.widget("therapy.product")
    product.setCurrentIndex(product.findData("axi-cel"))
    dialog.widget("patient.mrn").setFocus()


def discharge(window: MainWindow, mrn: str, reason: str) -> None:
    """Patient > Discharge patient… on the selected patient, answering its question with `reason`."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.reason_dialog import ReasonDialog

    def answer() -> None:
        asked = QApplication.activeModalWidget()
        if isinstance(asked, ReasonDialog):
            asked.reason.setText(reason)
            asked.ok.click()
        else:
            QTimer.singleShot(20, answer)

    window.select_mrn(mrn)
    QTimer.singleShot(20, answer)
    window.stays.discharge_action.trigger()
    if window.store.events(mrn)[0].action != "patient.discharge":
        raise SystemExit(f"screenshots: {mrn} was not discharged")


def unlock(window: MainWindow, over: QWidget) -> None:
    """Type the PIN into the lock cover over `over` and press Enter, as the nurse does."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    cover = next((c for c in window.idle_lock.covers if c.parentWidget() is over), None)
    if cover is None:
        raise SystemExit("screenshots: the screen did not lock")
    QTest.keyClicks(cover.pin, PIN)
    QTest.keyClick(cover.pin, Qt.Key.Key_Return)
    if window.idle_lock.locked:
        raise SystemExit("screenshots: the PIN did not unlock the screen")


def save_page(pdf: bytes, path: Path, page: int = 0) -> None:
    """One printed page as the paper shows it (QtPdf, on white)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument

    from ui.printing.printable import page_image

    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    image = page_image(document, page, PAGE_DPI)
    if not image.save(str(path)):
        raise SystemExit(f"screenshots: cannot write {path}")
    print(f"wrote {path} ({image.width()}x{image.height()})")


def save_screen(path: Path) -> None:
    """The whole screen: every window, dialogs on top, as a passer-by sees it."""
    from PySide6.QtWidgets import QApplication

    pixmap = QApplication.primaryScreen().grabWindow(0)
    if not pixmap.save(str(path)):
        raise SystemExit(f"screenshots: cannot write {path}")
    print(f"wrote {path} ({pixmap.width()}x{pixmap.height()})")


def save(widget: QWidget, path: Path) -> None:
    pixmap = widget.grab()
    if not pixmap.save(str(path)):
        raise SystemExit(f"screenshots: cannot write {path}")
    print(f"wrote {path} ({pixmap.width()}x{pixmap.height()})")


if __name__ == "__main__":
    sys.exit(main())

"""Start the window: QApplication, the database, first-start demo ward, then the main window."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date

from bedside.demo import demo_records
from bedside.errors import BedsideError
from bedside.paths import APP_NAME, database_path
from bedside.storage import Store
from bedside.storage.audit import Actor

DEMO_SEEDED = "demo_seeded"


def seed_demo_once(store: Store, today: date) -> int:
    """On a brand-new database, add the DEMO ward once; never again, even if it is emptied later."""
    if store.meta(DEMO_SEEDED) is not None or store.patient_summaries():
        return 0
    actor = Actor.here("system")
    records = demo_records(today)
    for record in records:
        store.import_record(record, actor, demo=True)
    store.set_meta(DEMO_SEEDED, today.isoformat(), actor)
    return len(records)


def _has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(options: argparse.Namespace) -> int:
    if not _has_display():
        print(
            "bedside: no display found. On a headless machine run: xvfb-run -a make run\n"
            "(or set QT_QPA_PLATFORM=offscreen to start without showing anything).",
            file=sys.stderr,
        )
        return 2
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName("")
    today = date.today()  # the UI passes today in; the engine never reads the clock
    try:
        store = Store.open(database_path(options.db))
        seed_demo_once(store, today)
    except BedsideError as err:
        QMessageBox.critical(None, "Bedside", str(err))
        return 2
    window = MainWindow(store, today)
    window.show()
    code = app.exec()
    store.close()
    return int(code)

"""Walk a canary patient through the window's features, as a nurse would (run by tests/test_canary.py).

Runs in its own process with HOME, TMPDIR and the XDG folders pointed into a sandbox, so every file
Bedside writes lands where the test can search it. argv: the export folder the "user" chose.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from bedside.config.paths import APP_NAME, database_path
from bedside.services.database import open_database
from bedside.storage.audit import Actor

MRN = "CANARY-7731"
TODAY = date.today()


def main(exports: Path) -> int:
    app = QApplication(sys.argv[:1])
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName("")
    from ui.access.session import Session
    from ui.main_window import MainWindow

    store = open_database(database_path())
    nurse = store.add_user("Walk Nurse", "WN", Actor.here("WN"), pin="2580", role="admin")
    window = MainWindow(Session(store, nurse, TODAY))
    window.show()
    window.audit.check_at_start()
    window.open_patient(MRN)
    view = window.patient_view
    assert view is not None
    checklist = view.checklist
    for row in range(200):  # tick the first item that can be ticked today
        checklist.tree.setCurrentIndex(checklist.tree.model().index(row, 0))
        chosen = checklist.selected_row()
        if chosen is not None and getattr(chosen, "can_check", False):
            checklist.mark_done()
            break
    for tab in (view.timeline, view.labs, view.history, view.checklist):
        view.tabs.setCurrentWidget(tab)
        app.processEvents()
    lab = view.labs.lab_form
    lab.test.setCurrentIndex(lab.test.findData("anc"))
    lab.unit.setCurrentIndex(lab.unit.findData("10^9/L"))
    lab.value.setText("0.4")
    lab.save()
    window.export_file(MRN, exports / "from-window.json")
    for open_preview in (window.printing.print_ward, window.printing.print_patient, window.printing.print_plan):
        preview = open_preview()
        assert preview is not None
        assert preview.wait_ready() and window.tasks.wait_idle(), "the sheet was not made"  # made in workers
        preview.save_to(str(exports / f"{preview.printable.kind}-from-window.pdf"))
        preview.close()
    window.lock_screen()
    window.idle_lock.covers[0].pin.setText("2580")
    window.idle_lock.covers[0].unlock()
    window.audit.check_now()
    assert window.tasks.wait_idle(), "the audit check did not finish"
    assert window.audit.last_box is not None
    window.audit.last_box.close()
    for _ in range(20):
        app.processEvents()
    window.session.close()
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))

"""One start-up, in a fresh process, for benchmarks/bench_startup.py: "painted <s>" once the window is on screen,
then "filled <s>" once the ward board has its rows (the same moment unless the board fills after the first paint).

  python benchmarks/startup_probe.py bare             a bare PySide6 QMainWindow (the baseline)
  python benchmarks/startup_probe.py bedside DB DAY   Bedside's main window on DB for DAY (YYYY-MM-DD), as
                                                      ui/app.py run_gui opens it after sign-in (the database's
                                                      first user stands in for the sign-in dialog)
Each line is "<phase> <seconds since this script started>"; the parent adds the interpreter's own start.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import sys  # noqa: E402
from pathlib import Path  # noqa: E402


def mark(phase: str) -> None:
    print(f"{phase} {time.perf_counter() - STARTED:.6f}", flush=True)


def report_when_painted(app: object, window: object) -> None:
    """Print "painted" after the first paint of the window has been delivered, then quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class PaintWatch(QObject):
        painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.painted:
                self.painted = True
                QTimer.singleShot(0, done)  # after the rest of this paint pass
            return False

    def done() -> None:
        mark("painted")
        filled()

    def filled() -> None:
        # Bedside's board may fill after the first paint: report that moment too, then quit.
        board = getattr(window, "board", None)
        if board is not None and board.model.rowCount() == 0:
            QTimer.singleShot(1, filled)
            return
        mark("filled")
        app.quit()  # type: ignore[attr-defined]

    watch = PaintWatch()
    window.installEventFilter(watch)  # type: ignore[attr-defined]
    # Keep a reference: the filter must live as long as the event loop.
    report_when_painted.watch = watch  # type: ignore[attr-defined]


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    mark("imported")
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1100, 560)  # Bedside's first size
    mark("built")
    window.show()
    mark("shown")
    report_when_painted(app, window)
    return app.exec()


def bedside(db: str, day: str) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    # The imports main.py (bedside.cli) and ui/app.py make on the way to the window.
    from PySide6.QtWidgets import QApplication

    from bedside import cli  # noqa: F401
    from bedside.paths import APP_NAME
    from bedside.services.database import open_database
    from bedside.services.demo import seed_demo_once
    from ui import app as ui_app  # noqa: F401  (run_gui imports it)
    from ui.i18n import app_icon, install_translator
    from ui.main_window import MainWindow
    from ui.session import Session
    from ui.sign_in import SignInDialog  # noqa: F401  (run_gui imports it before the window)

    mark("imported")
    from datetime import date

    today = date.fromisoformat(day)
    app = QApplication(sys.argv[:1])
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName("")
    install_translator(app)
    app.setWindowIcon(app_icon())
    store = open_database(db)
    seed_demo_once(store, today)
    user = store.users()[0]  # in place of the sign-in dialog
    mark("opened")
    window = MainWindow(Session(store, user, today), fill_after_paint=True)  # as ui/app.py starts it
    mark("built")
    window.show()
    if hasattr(window, "audit"):
        window.audit.check_at_start()  # run_gui starts the chain check (in a thread) right after show()
    mark("shown")
    report_when_painted(app, window)
    code = app.exec()
    window.session.close()
    store.close()
    return code


if __name__ == "__main__":
    sys.exit(bare() if sys.argv[1] == "bare" else bedside(sys.argv[2], sys.argv[3]))

"""One start-up, in a fresh process, for benchmarks/bench_startup.py: "painted <s>" once the first window is on
screen (what a user sees), then "filled <s>" once the ward board has its rows.

  python benchmarks/startup_probe.py bare             a bare PySide6 QMainWindow (the baseline)
  python benchmarks/startup_probe.py bedside DB DAY [PIN_MS]
                                                      Bedside as ui/app.py run_gui starts it on DB for DAY
                                                      (YYYY-MM-DD): the sign-in window first ("painted"), the
                                                      database behind it, then the main window once the
                                                      database's first user is signed in in place of a PIN,
                                                      at once or PIN_MS after the database is open ("signed")
Each line is "<phase> <seconds since this script started> <CPU seconds>"; the parent adds the interpreter's own
start to the first (it times each line's arrival).
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import sys  # noqa: E402
from pathlib import Path  # noqa: E402


def mark(phase: str) -> None:
    """ "<phase> <seconds since start> <CPU seconds this process used>"."""
    print(f"{phase} {time.perf_counter() - STARTED:.6f} {time.process_time():.6f}", flush=True)


def report_first_paint(window: object) -> None:
    """Print "painted" once the first window (Bedside's sign-in window) has had its first paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, lambda: mark("painted"))  # after the rest of this paint pass
            return False

    watch = PaintWatch()
    window.installEventFilter(watch)  # type: ignore[attr-defined]
    report_first_paint.watch = watch  # type: ignore[attr-defined]


def report_when_painted(app: object, window: object, phase: str = "painted") -> None:
    """Print `phase` after the first paint of the window has been delivered, then "first" once the board has
    rows (its first screenful) and "filled" once it has all of them, then the CPU time used, then quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    whole: list[int] = []  # the board says when all its rows are in; older Bedside had them with the first
    if hasattr(window, "board_refreshed"):
        window.board_refreshed.connect(lambda: whole.append(1))  # type: ignore[attr-defined]

    class PaintWatch(QObject):
        painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.painted:
                self.painted = True
                QTimer.singleShot(0, done)  # after the rest of this paint pass
            return False

    def done() -> None:
        mark(phase)
        filled()

    def filled() -> None:
        # Bedside's board may fill after the first paint: report those moments too, then quit.
        board = getattr(window, "board", None)
        if board is not None and board.model.rowCount() == 0:
            QTimer.singleShot(1, filled)
            return
        if "first" not in marked:
            marked.add("first")
            mark("first")
        if board is not None and hasattr(window, "board_refreshed") and not whole:
            QTimer.singleShot(1, filled)
            return
        mark("filled")
        app.quit()  # type: ignore[attr-defined]

    marked: set[str] = set()

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


def bedside(db: str, day: str, pin_ms: int = 0) -> int:
    """ui/app.py run_gui's steps: the sign-in window drawn first ("painted"), the database opened behind it
    ("opened"), then, in place of a PIN being typed, its first user signed in at once; the main window ("built",
    "shown", "window") and its board ("filled")."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from bedside.cli import launch  # main.py's first import
    from bedside.config.paths import APP_NAME
    from ui import app as ui_app
    from ui.access.sign_in import SignInDialog
    from ui.i18n import app_icon, install_translator

    mark("imported")
    app = QApplication(sys.argv[:1])
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName("")
    QSettings(APP_NAME, APP_NAME).setValue(ui_app.NOTICE_SEEN, True)  # a workstation that has started before
    install_translator(app)
    app.setWindowIcon(app_icon())
    sign_in = SignInDialog(None)
    from datetime import UTC, datetime

    noon = datetime.fromisoformat(day).replace(hour=12, tzinfo=UTC)  # the database's day, for the board counted ahead
    opening = ui_app.OpenBehind(sign_in, launch.gui_options(["--db", db]), clock=lambda: noon)
    given = sign_in.set_store

    def opened(store: object) -> None:
        given(store)  # type: ignore[arg-type]
        mark("opened")
        # No PIN can be typed here: signed in at once, or after `pin_ms` (a person typing it).
        QTimer.singleShot(pin_ms, lambda: (mark("signed"), sign_in._accept(sign_in.store.users()[0])))

    sign_in.set_store = opened  # type: ignore[method-assign]
    report_first_paint(sign_in)
    if sign_in.exec() != SignInDialog.DialogCode.Accepted or opening.store is None or sign_in.user is None:
        return 1
    store = opening.store
    from datetime import date

    from ui.access.session import Session
    from ui.main_window import MainWindow

    window = MainWindow(
        Session(store, sign_in.user, date.fromisoformat(day)), fill_after_paint=True, counted_ahead=opening.ahead
    )
    mark("built")
    window.show()
    window.audit.check_at_start()  # run_gui starts the chain check (in a thread) right after show()
    mark("shown")
    report_when_painted(app, window, phase="window")
    code = app.exec()
    window.session.close()
    store.close()
    return code


if __name__ == "__main__":
    sys.exit(bare() if sys.argv[1] == "bare" else bedside(sys.argv[2], sys.argv[3], int((sys.argv[4:] or ["0"])[0])))

"""Start the window: QApplication, the sign-in window drawn at once, the database opened behind it (first-start
demo ward, the notice), then the main window once someone has signed in."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bedside.config.paths import APP_NAME, database_target

if TYPE_CHECKING:  # the storage is imported behind the drawn sign-in window (run_gui), not before it
    import argparse
    from collections.abc import Callable
    from datetime import datetime

    from PySide6.QtWidgets import QMessageBox, QWidget

    from bedside.services.records import Store
    from ui.access.sign_in import SignInDialog
    from ui.board.ahead import BoardAhead
    from ui.main_window import MainWindow

NOTICE_SEEN = "notice/seen"


def _has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def notice_box(parent: QWidget | None = None) -> QMessageBox:
    """The first-start notice (also in Help > About)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from ui.i18n import tr as _tr
    from ui.main_window import NOTICE

    box = QMessageBox(
        QMessageBox.Icon.Information,
        _tr("Bedside"),
        _tr(NOTICE),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(
        _tr(
            "Every checklist item shows why it is listed, so a clinician can check it. "
            "The shipped reference profiles are not approved for local use."
        )
    )
    return box


def show_notice_once(parent: QWidget | None = None) -> bool:
    """Show the notice on this workstation's first start; True when it was shown now."""
    from PySide6.QtCore import QSettings

    settings = QSettings(APP_NAME, APP_NAME)  # ui/main_window.py's app_settings(), without loading the window
    if settings.value(NOTICE_SEEN, False, type=bool):
        return False
    notice_box(parent).exec()
    settings.setValue(NOTICE_SEEN, True)
    return True


def open_ward_database(options: argparse.Namespace) -> Store | None:
    """The database behind the sign-in window: a file or a ward server (--db, BEDSIDE_DB, `bedside server use`).
    A network path is refused (or allowed and audited), a damaged file goes to recovery, a brand-new database
    gets the demo ward. None: nothing to open (the user was told)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from bedside.config.db_address import is_server_url
    from bedside.domain.errors import BedsideError
    from bedside.services import settings as site_settings
    from bedside.services.database import open_database
    from bedside.services.demo import seed_demo_once
    from bedside.services.records import Actor
    from ui.access.session import wall_clock
    from ui.dialogs.recovery import open_or_recover

    store: Store | None = None
    try:
        allow_network = getattr(options, "allow_network_db", False)
        target = database_target(options.database)
        if is_server_url(target):  # a ward server: no file to check, lock or recover (docs/ward-server.md)
            store = open_database(target, actor=Actor.here("system"))
        else:
            store = open_or_recover(
                Path(target),
                opener=lambda path: open_database(path, allow_network=allow_network, actor=Actor.here("system")),
            )
        if store is not None and not store.read_only:  # a read-only file is shown as it is
            seed_demo_once(store, wall_clock().astimezone(site_settings.site_zone(store)).date())
    except BedsideError as err:
        if store is not None:
            store.close()
        box = QMessageBox(QMessageBox.Icon.Critical, "Bedside", str(err))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        return None
    return store


def open_ward_server(url: str) -> Store:
    """A ward server chosen at first start: opened as at any start (a new ward database gets the demo ward)."""
    from bedside.services import settings as site_settings
    from bedside.services.database import open_database
    from bedside.services.demo import seed_demo_once
    from bedside.services.records import Actor
    from ui.access.session import wall_clock

    store = open_database(url, actor=Actor.here("system"))
    try:
        seed_demo_once(store, wall_clock().astimezone(site_settings.site_zone(store)).date())
    except BaseException:
        store.close()
        raise
    return store


def use_site_language(store: Store) -> None:
    """The site's Language setting, if an admin set one: the main window and printed sheets follow it."""
    from PySide6.QtCore import QCoreApplication

    from bedside.config.settings import LANGUAGE
    from bedside.services import settings as site_settings
    from ui.i18n import install_language

    app = QCoreApplication.instance()
    if app is not None:
        install_language(app, site_settings.value(store, LANGUAGE))


class OpenBehind:
    """Opens the database once the sign-in window is painted, then gives the window its users.

    `tried` is False when the window closed first (Cancel); `store` is None when opening failed (the user was told).
    """

    def __init__(
        self, sign_in: SignInDialog, options: argparse.Namespace, clock: Callable[[], datetime] | None = None
    ) -> None:
        from ui.lazy import AfterFirstPaint

        self.sign_in, self.options = sign_in, options
        self.clock = clock  # the session's clock, for the day the board is counted ahead for (None: the wall's)
        self.tried = False
        self.store: Store | None = None
        self.ahead: BoardAhead | None = None  # today's board, counted while the PIN is typed
        self._after_paint = AfterFirstPaint(sign_in, self.open_now)
        sign_in.server_button.clicked.connect(self.use_ward_server)
        sign_in.server_button.show()

    def use_ward_server(self) -> None:
        """First start: the ward server instead of this workstation's own database (ui/access/server_choice.py)."""
        from PySide6.QtWidgets import QDialog

        from ui.access.server_choice import ServerChoice

        choice = ServerChoice(open_ward_server, self.sign_in)
        if choice.exec() != QDialog.DialogCode.Accepted or choice.store is None:
            return
        previous, self.store = self.store, choice.store
        if previous is not None:
            previous.close()
        use_site_language(self.store)
        self.sign_in.set_store(self.store)
        self._count_ahead(self.store)

    def _count_ahead(self, store: Store) -> None:
        from ui.board.ahead import BoardAhead

        self.ahead = BoardAhead(store) if self.clock is None else BoardAhead(store, self.clock)

    def open_now(self) -> None:
        from PySide6.QtCore import QTimer

        if not self.sign_in.isVisible():  # cancelled before the database was opened
            return
        self.tried = True
        self.store = open_ward_database(self.options)
        if self.store is None:
            self.sign_in.reject()
            return
        use_site_language(self.store)
        show_notice_once(self.sign_in)  # the first start on this workstation: over the sign-in window
        self.sign_in.set_store(self.store)
        self._count_ahead(self.store)  # while a person types their PIN: the board, then the window's modules
        QTimer.singleShot(0, _load_main_window)


def _load_main_window() -> None:
    import ui.main_window  # noqa: F401  (its imports, once, before the PIN is typed)


def freeze_after_first_board(window: MainWindow) -> None:
    """Once the first whole board is shown, what start-up made (modules, classes, the window's widgets) is moved
    out of the garbage collector's sight (gc.freeze): a full collection then walks only what came later, and
    holds the GUI thread that much shorter (benchmarks/README.md, GUI-thread stall). Frozen objects are still
    freed when their last reference goes; only a cycle among them would stay."""
    import gc

    def freeze() -> None:
        window.board_refreshed.disconnect(freeze)
        import ui.printing.preview  # noqa: F401  (now, 12-17 ms, not as part of the first print's stall)

        gc.freeze()

    window.board_refreshed.connect(freeze)


def run_gui(options: argparse.Namespace) -> int:
    if not _has_display():
        print(
            "bedside: no display found. On a headless machine run: xvfb-run -a make run\n"
            "(or set QT_QPA_PLATFORM=offscreen to start without showing anything).",
            file=sys.stderr,
        )
        return 2
    from PySide6.QtWidgets import QApplication

    from ui.access.sign_in import SignInDialog
    from ui.i18n import app_icon, install_language
    from ui.i18n import tr as _tr

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName("")  # keeps the data folder at .../Bedside (bedside/config/paths.py)
    install_language(app)  # the workstation's language until the database's setting is read
    app.setWindowIcon(app_icon())  # an SVG: sharp at any display scale
    # The sign-in window first, the database behind it: a window is on screen before the storage is even imported.
    sign_in = SignInDialog(None)
    opening = OpenBehind(sign_in, options)
    signed_in = sign_in.exec() == SignInDialog.DialogCode.Accepted and sign_in.user is not None
    store = opening.store
    if store is None:
        return 2 if opening.tried else 0  # the database could not be opened (the user was told), or Cancel first
    try:
        if not signed_in or sign_in.user is None:
            print(_tr("bedside: nobody signed in; closing."), file=sys.stderr)
            return 0
        from ui.access.session import Session, wall_clock
        from ui.busy_notice import install_busy_notice
        from ui.main_window import MainWindow

        # The wall clock: "today" is the site's day and rolls over at its midnight (ui/access/session.py).
        session = Session(store, sign_in.user, emergency=sign_in.emergency, clock=wall_clock)
        window = MainWindow(session, fill_after_paint=True, counted_ahead=opening.ahead)
        install_busy_notice(window)  # "another workstation is saving; retrying" instead of a frozen window
        window.show()
        freeze_after_first_board(window)
        window.audit.check_at_start()  # docs/reliability.md, decision 3: the chain is verified at every start
        window.backups.run_due_backup()  # the day's backup, in a worker; a failure shows and never stops the app
        code = app.exec()
        window.session.close()  # the session in use now (Switch user replaces it)
        window.session.store.close()  # a new Store after File > Restore from backup…
    finally:
        store.close()
    return int(code)

"""Start the window: QApplication, the database, first-start demo ward, the notice, sign-in, then the main window."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from bedside.errors import BedsideError
from bedside.paths import APP_NAME, database_path
from bedside.services import settings as site_settings
from bedside.services.demo import seed_demo_once
from bedside.settings import LANGUAGE
from bedside.storage.audit import Actor

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

NOTICE_SEEN = "notice/seen"


def _has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def notice_box(parent: QWidget | None = None) -> QMessageBox:
    """The first-start notice (also in Help > About)."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QMessageBox

    from ui.main_window import NOTICE

    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("App", "Bedside"),
        QCoreApplication.translate("", NOTICE),  # the context of _tr (ui/i18n.py)
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(
        QCoreApplication.translate(
            "App",
            "Every checklist item shows why it is listed, so a clinician can check it. "
            "The shipped reference profiles are not approved for local use.",
        )
    )
    return box


def show_notice_once() -> bool:
    """Show the notice on this workstation's first start; True when it was shown now."""
    from ui.main_window import app_settings

    settings = app_settings()
    if settings.value(NOTICE_SEEN, False, type=bool):
        return False
    notice_box().exec()
    settings.setValue(NOTICE_SEEN, True)
    return True


def run_gui(options: argparse.Namespace) -> int:
    if not _has_display():
        print(
            "bedside: no display found. On a headless machine run: xvfb-run -a make run\n"
            "(or set QT_QPA_PLATFORM=offscreen to start without showing anything).",
            file=sys.stderr,
        )
        return 2
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    from bedside.services.database import open_database
    from ui.busy_notice import install_busy_notice
    from ui.i18n import app_icon, install_language
    from ui.main_window import MainWindow
    from ui.recovery import open_or_recover
    from ui.session import Session, wall_clock
    from ui.sign_in import SignInDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName("")  # keeps the data folder at .../Bedside (bedside/paths.py)
    install_language(app)  # the workstation's language until the database's setting is read
    app.setWindowIcon(app_icon())  # an SVG: sharp at any display scale
    try:
        allow_network = getattr(options, "allow_network_db", False)
        store = open_or_recover(  # a network path is refused (or allowed and audited); a damaged file: recovery
            database_path(options.database),
            opener=lambda path: open_database(path, allow_network=allow_network, actor=Actor.here("system")),
        )
        if store is None:
            return 2
        install_language(app, site_settings.value(store, LANGUAGE))  # the site's Language setting, if an admin set one
        if not store.read_only:  # a read-only file is shown as it is
            seed_demo_once(store, wall_clock().astimezone(site_settings.site_zone(store)).date())
    except BedsideError as err:
        box = QMessageBox(QMessageBox.Icon.Critical, "Bedside", str(err))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        return 2
    try:
        show_notice_once()
        sign_in = SignInDialog(store)
        if sign_in.exec() != SignInDialog.DialogCode.Accepted or sign_in.user is None:
            print(QCoreApplication.translate("App", "bedside: nobody signed in; closing."), file=sys.stderr)
            return 0
        # The wall clock: "today" is the site's day and rolls over at its midnight (ui/session.py).
        session = Session(store, sign_in.user, emergency=sign_in.emergency, clock=wall_clock)
        window = MainWindow(session, fill_after_paint=True)
        install_busy_notice(window)  # "another workstation is saving; retrying" instead of a frozen window
        window.show()
        window.audit.check_at_start()  # RELIABILITY.md: the chain is verified at every start
        window.backups.run_due_backup()  # the day's backup, in a worker; a failure shows and never stops the app
        code = app.exec()
        window.session.close()  # the session in use now (Switch user replaces it)
        window.session.store.close()  # a new Store after File > Restore from backup…
    finally:
        store.close()
    return int(code)

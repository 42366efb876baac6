"""A ward server outage in the window (docs/ward-server.md, "Outage"), as hospital downtime procedures work.

While the server is reachable, a worker refreshes the downtime copy every few minutes. When a call finds the
server gone, a red banner says since when and from which copy the ward can print; every menu action that
writes or needs the server is off, and a save that is still tried is refused with the message. The last data
read stays on screen. A worker tries to connect again every two seconds; once it does, the banner goes, the
actions come back and every view reloads. The GUI thread never waits for a connection meanwhile.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QVBoxLayout, QWidget

from bedside.domain.errors import BedsideError, ServerUnreachableError
from bedside.services import downtime, printouts
from ui.i18n import tr as _tr
from ui.printing.downtime import CHECKLIST, DowntimePrintable, OwedPrint, copy_time
from ui.style import OUTAGE_BANNER_STYLE
from ui.wiring import run_on

if TYPE_CHECKING:
    from bedside.storage import Store
    from bedside.storage.postgres.link import Link
    from ui.main_window import MainWindow
    from ui.printing.preview import HandoverPreview

WATCH_MS = 1500  # a lost server shows within about this long (as the session's own poll)
RECONNECT_MS = 2000  # while it is away, a worker tries to connect again this often
COPY_MS = downtime.REFRESH_MINUTES * 60_000


class Outage(QObject):
    """The banner, the downtime copy and its two print actions, and reconnecting, for one window."""

    started = Signal()  # the banner shows: nothing can be saved
    ended = Signal()  # connected again: the banner is gone and the views reload

    def __init__(self, window: MainWindow, link: Link) -> None:
        super().__init__(window)
        self.window, self.link = window, link
        link.calls_reconnect = False  # only the worker below connects: a dead host never freezes the window
        self.down = False
        self.preview: HandoverPreview | None = None
        self.last_message: QMessageBox | None = None
        self._disabled: set[QAction] = set()  # turned off by the outage, turned on again after it
        self.owed: list[OwedPrint] = []  # prints from the downtime copy, recorded once the server is back
        self._trying = self._copying = False
        self.folder = downtime.folder_for(link.url)
        self.copy = downtime.latest(self.folder)
        self.banner = QLabel()
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(OUTAGE_BANNER_STYLE)
        self.banner.setAccessibleName(_tr("Ward server unreachable"))
        self.banner.hide()
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(window.stack, 1)  # the board and the open patient, under the banner
        window.takeCentralWidget()  # the stack, now in `holder`: taken, so setting the holder keeps it
        window.setCentralWidget(holder)
        self.handover_action = self._action(
            _tr("Print handover from the &downtime copy…"),
            lambda: self.print_copy("ward"),
            _tr("The ward handover from this workstation's downtime copy, for when the ward server is unreachable"),
        )
        self.checklist_action = self._action(
            _tr("Print paper &checklist from the downtime copy…"),
            lambda: self.print_copy(CHECKLIST),
            _tr("Today's items of every patient, to tick by hand while nothing can be saved"),
        )
        self.actions = [self.handover_action, self.checklist_action]
        self._watch = self._timer(WATCH_MS, self.check)
        self._retry = self._timer(RECONNECT_MS, self.try_reconnect)
        self._refresh = self._timer(COPY_MS, self.refresh_copy)
        self._watch.start()
        self._refresh.start()
        QTimer.singleShot(0, self.refresh_copy)  # a copy from the start: an outage may come at any time
        self._update_copy_actions()

    def _action(self, text: str, slot: object, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        run_on(action.triggered, slot)  # type: ignore[arg-type]
        return action

    def _timer(self, ms: int, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def stop(self) -> None:
        for timer in (self._watch, self._retry, self._refresh):
            timer.stop()

    # --- noticing the outage and its end -------------------------------------------------------------
    def check(self) -> None:
        """Ask the server (a one-row read); a lost connection starts the outage."""
        if self.down:
            return
        if self.link.down_since is None and self.window.session.watching:
            with suppress(ServerUnreachableError):  # the link then says since when
                self.window.store.change_token()
        if self.link.down_since is not None:
            self.begin()

    def begin(self) -> None:
        self.down = True
        self.show_banner()
        self.restrict()
        self._refresh.stop()
        self._retry.start()
        self.started.emit()

    def show_banner(self) -> None:
        since = self.link.down_since
        local = since.astimezone(self.window.session.zone) if since is not None else None
        text = (
            _tr(
                "Ward server unreachable since {since} — nothing can be saved; the last data read is shown; "
                "print from the downtime copy of {copy} (File menu)"
            )
            if self.copy is not None
            else _tr(
                "Ward server unreachable since {since} — nothing can be saved; the last data read is shown; "
                "there is no downtime copy on this workstation"
            )
        )
        self.banner.setText(
            text.format(since=f"{local:%H:%M}" if local else "?", copy=copy_time(self.copy, self.window.session))
        )
        self.banner.show()

    def restrict(self) -> None:
        """While the server is away: every menu action off but finding, going back, locking, quitting, About
        and the two downtime prints (the window calls it again whenever it updates its actions)."""
        if not self.down:
            return
        w = self.window
        keep = {w.find_action, w.back_action, w.lock_action, w.quit_action, w.about_action, *self.actions}
        for top in w.menuBar().actions():
            menu = top.menu()
            if not isinstance(menu, QMenu):
                continue
            for action in menu.actions():
                if action in keep or action.isSeparator() or action.menu() is not None or not action.isEnabled():
                    continue
                action.setEnabled(False)
                self._disabled.add(action)

    def try_reconnect(self) -> None:
        if self._trying:
            return
        self._trying = True
        self.window.tasks.run(self.link.reconnect, lambda _conn: self.end(), self._still_down)

    def _still_down(self, error: BaseException) -> None:
        self._trying = False
        if not isinstance(error, BedsideError):
            sys.excepthook(type(error), error, error.__traceback__)  # a bug, not the outage

    def end(self) -> None:
        self._trying = False
        if not self.down:
            return
        self.down = False
        self._retry.stop()
        self.banner.hide()
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled.clear()
        self.window._update_actions()
        self.window.statusBar().showMessage(_tr("Connected to the ward server again."), 10_000)
        self.record_owed()
        self.window.session.notify()  # the board and the open patient read what changed meanwhile
        self._refresh.start()
        self.refresh_copy()
        self.ended.emit()

    def record_owed(self) -> None:
        """The prints made from the downtime copy, into the server's trail now (each says when it was made
        and from which copy); any the server refuses stay owed until the next reconnection."""
        store = self.window.store
        while self.owed:
            owed = self.owed[0]
            try:
                printouts.record_print(
                    store,
                    owed.actor,
                    "handover",
                    ward=owed.ward,
                    pages=owed.pages,
                    output=owed.output,
                    patients=owed.patients,
                    later=owed.later,
                )
            except BedsideError:
                return
            self.owed.pop(0)

    # --- the downtime copy --------------------------------------------------------------------------------
    def refresh_copy(self) -> None:
        """A new copy in a worker, on a connection of its own; the older copy stays until it is verified."""
        if self.down or self._copying:
            return
        self._copying = True
        url, folder = self.link.url, self.folder
        self.window.tasks.run(lambda: downtime.refresh(url, folder), self._copied, self._not_copied)

    def copying(self) -> bool:
        return self._copying

    def _copied(self, copy: downtime.DowntimeCopy) -> None:
        self._copying = False
        self.copy = copy
        self._update_copy_actions()

    def _not_copied(self, error: BaseException) -> None:
        self._copying = False
        if not isinstance(error, BedsideError):
            sys.excepthook(type(error), error, error.__traceback__)
        elif not self.down:
            self.window.statusBar().showMessage(
                _tr("The downtime copy could not be refreshed: {error}").format(error=error), 30_000
            )

    def _update_copy_actions(self) -> None:
        for action in self.actions:
            action.setEnabled(self.copy is not None)
        if self.copy is not None:
            when = copy_time(self.copy, self.window.session)
            self.checklist_action.setStatusTip(_tr("From the downtime copy of {time}").format(time=when))
            self.handover_action.setStatusTip(self.checklist_action.statusTip())
        if self.down:
            self.show_banner()

    @contextmanager
    def pin_store(self) -> Iterator[Store]:
        """Where the lock screen checks a PIN: the ward server, or while it is away the downtime copy (its
        users as of the copy; wrong PINs are counted beside the copy, as on a read-only database)."""
        if not self.down or self.copy is None:
            yield self.window.store
            return
        copy = downtime.open_copy(self.copy)
        try:
            yield copy
        finally:
            copy.close()

    # --- printing from it ------------------------------------------------------------------------------------
    def print_copy(self, kind: str) -> HandoverPreview | None:
        from ui.printing.preview import HandoverPreview

        if self.copy is None:
            self._tell(_tr("There is no downtime copy on this workstation yet."))
            return None
        window = self.window
        printable = DowntimePrintable(window.session, kind, self.copy, window.board.current_ward(), self.owed)
        self.preview = HandoverPreview.start(
            printable, window.tasks, window, self._not_made, lambda: self._closed(printable)
        )
        return self.preview

    def _not_made(self, preview: HandoverPreview, text: str) -> None:
        preview.reject()
        self._tell(text)

    def _closed(self, printable: DowntimePrintable) -> None:
        printable.close()
        self.preview = None

    def refuse(self) -> None:
        """What opening a patient says during the outage: their record is on the server."""
        self._tell(
            _tr(
                "The ward server is unreachable, so this patient cannot be opened. Print the handover or the "
                "paper checklist from the downtime copy (File menu)."
            )
        )

    def _tell(self, text: str) -> None:
        self.last_message = self.window.show_message(_tr("Ward server unreachable"), text)


def install_outage(window: MainWindow, file_menu: QMenu) -> Outage | None:
    """For a ward server: the outage banner, the downtime copy and its prints (after the File menu's
    print actions). None for a SQLite file, which has no server to lose."""
    link = window.store.server_link()
    if link is None:
        return None
    outage = Outage(window, link)
    prints = window.printing.actions
    after = file_menu.actions()
    index = after.index(prints[-1]) + 1 if prints[-1] in after else len(after)
    before = after[index] if index < len(after) else None
    file_menu.insertActions(before, outage.actions)  # type: ignore[arg-type]
    return outage

"""The lock screen: after N idle minutes (or File > Lock), every Bedside window is covered.

A cover is an opaque child widget over each window, so nothing anyone typed in an open form is lost;
while locked, keys and clicks reach only the covers, shortcuts are swallowed, and window titles are
neutral. The user unlocks with their PIN, or someone else signs in (their own session from then on).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import nullcontext, suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from bedside.domain.errors import ServerUnreachableError
from bedside.services import session as session_service
from bedside.services.session import Outcome
from ui.access.lock_ok import LOCK_OK
from ui.access.sign_in import SignInDialog, check_pin, outcome_text, pin_field
from ui.i18n import tr as _tr
from ui.i18n import tr_noop
from ui.style import ERROR_STYLE

if TYPE_CHECKING:
    from ui.main_window import MainWindow

LOCKED_TITLE = tr_noop("Bedside (locked)")
LOCK_KEYS = QKeySequence("Ctrl+L")  # locks from any window, dialogs included (File > Lock screen shows it)
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)
_BLOCKED = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
    }
)


def _usable_while_locked(widget: QWidget | None) -> bool:
    while widget is not None:
        if isinstance(widget, LockCover) or widget.property(LOCK_OK):
            return True
        widget = widget.parentWidget()
    return False


def _is_lock_key(event: QEvent) -> bool:
    if not isinstance(event, QKeyEvent):
        return False
    return QKeySequence(event.keyCombination()) == LOCK_KEYS


class LockCover(QWidget):
    """Fills one window, opaque, with the unlock form; Tab never leaves it."""

    def __init__(self, window: QWidget, screen: IdleLock) -> None:
        super().__init__(window)
        self.lock = screen  # not self.screen: that is QWidget.screen()
        self.setObjectName("lock-cover")
        self.setAutoFillBackground(True)
        self.setAccessibleName(_tr("Bedside is locked"))
        session = screen.window.session
        title = QLabel(_tr("Bedside is locked. Patient data is hidden."))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        who = QLabel(
            _tr("Signed in: {name} ({initials})").format(name=session.user.name, initials=session.user.initials)
        )
        who.setTextFormat(Qt.TextFormat.PlainText)
        self.pin = pin_field(_tr("Your PIN to unlock"))
        self.pin.returnPressed.connect(self.unlock)
        self.unlock_button = QPushButton(_tr("&Unlock"))
        self.unlock_button.setAccessibleName(_tr("Unlock"))
        self.unlock_button.clicked.connect(self.unlock)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(_tr("Unlock problem"))
        switch = QPushButton(_tr("Sign in as &someone else…"))
        switch.setAccessibleName(_tr("Sign in as someone else"))
        switch.setToolTip(_tr("Forms left open by the person signed in now are closed without saving"))
        switch.clicked.connect(screen.switch_user)
        form = QWidget()
        form.setMaximumWidth(420)  # a PIN field, not a banner across the screen
        row = QHBoxLayout(form)
        row.setContentsMargins(0, 0, 0, 0)
        pin_label = QLabel(_tr("&PIN"))
        pin_label.setBuddy(self.pin)
        row.addWidget(pin_label)
        row.addWidget(self.pin)
        row.addWidget(self.unlock_button)
        if session.emergency:  # a break-glass session has no PIN: sign in again
            for widget in (pin_label, self.pin, self.unlock_button):
                widget.hide()
            who.setText(who.text() + "\n" + _tr("Emergency access: sign in again to go on."))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, who):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(form, 0, Qt.AlignmentFlag.AlignHCenter)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.error)  # the full width: a centred word-wrapped label would be squeezed
        layout.addWidget(switch, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
            self.raise_()
        return False

    def focusNextPrevChild(self, _next: bool) -> bool:
        return True  # Tab stays on the lock screen, never on the hidden form beneath

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Every key typed on the lock screen ends here: the Enter that unlocks never presses Save beneath."""
        event.accept()

    def unlock(self) -> None:
        session = self.lock.window.session
        if not self.pin.text():  # Enter pressed to wake the screen is not a wrong PIN
            self.error.setText(_tr("Type your PIN, then Enter."))
            return
        outage = getattr(self.lock.window, "outage", None)  # the ward server away: the PIN of the downtime copy
        with outage.pin_store() if outage is not None else nullcontext(session.store) as store:
            attempt = check_pin(store, session.user, self.pin.text())
        self.pin.clear()
        if attempt.outcome is Outcome.SIGNED_IN:
            self.lock.unlock()
        else:
            self.error.setText(outcome_text(attempt))


class IdleLock(QObject):
    """Watches for input in every Bedside window; locks after `idle_ms` without any.

    While unlocked it watches the windows themselves (each QWindow: the keys, clicks and moves sent to it),
    not every event of every widget: an application-wide Python filter ran Python for each paint and layout
    event, and each waited for Python's lock while a worker held it (a preview opening stalled the window for
    60-75 ms; benchmarks/README.md, GUI-thread stall). While locked, it filters the whole application: input
    reaches only the covers, and a window that opens is covered too."""

    def __init__(self, window: MainWindow, idle_ms: int, *, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock
        self.idle_ms = idle_ms
        self.covers: list[LockCover] = []
        self.titles: dict[QWidget, str] = {}
        self._last_input = clock()
        self._check = QTimer(self)
        self._check.timeout.connect(self._check_idle)
        self.set_idle_ms(idle_ms)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusWindowChanged.connect(self._watch_focused)  # a dialog that opens is watched as it takes the keys
        self._watching = True
        self._watch_windows()

    @property
    def locked(self) -> bool:
        return bool(self.covers)

    def set_idle_ms(self, idle_ms: int) -> None:
        self.idle_ms = idle_ms
        self._check.start(max(50, min(5000, idle_ms // 4)))  # a lock is at most a quarter late

    def stop(self) -> None:
        self._check.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.removeEventFilter(self)
            if self._watching:
                self._watching = False
                app.focusWindowChanged.disconnect(self._watch_focused)
            for window in QGuiApplication.topLevelWindows():
                window.removeEventFilter(self)

    def _watch_focused(self, window: QWindow | None) -> None:
        """The window that took the focus, alone: another may be half destroyed as the focus leaves it."""
        if self._watching and window is not None:
            window.installEventFilter(self)

    def _watch_windows(self) -> None:
        """Every top-level window gets this filter (once: Qt moves a filter installed again to the front)."""
        if not self._watching:
            return
        for window in QGuiApplication.topLevelWindows():
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not self.covers:
            if kind in _INPUT:
                self._last_input = self.clock()
            if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and _is_lock_key(event):
                event.accept()  # handled here, so a modal dialog cannot swallow it
                self.lock()
                return True
            return False
        if kind == QEvent.Type.WindowTitleChange and watched in self.titles:
            self._keep_title_neutral(watched)
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # an accepted override means no shortcut fires: Space, Ctrl+Z... do nothing
            return True
        if kind in _BLOCKED and isinstance(watched, QWidget) and not _usable_while_locked(watched):
            return True
        if kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            QTimer.singleShot(0, self._cover_new_windows)  # a message that pops up while locked is covered too
        return False

    def _keep_title_neutral(self, window: QWidget) -> None:
        """Retitled while locked (the board refreshed): stays neutral; the new title comes back at unlock."""
        if window.windowTitle() != _tr(LOCKED_TITLE):
            self.titles[window] = window.windowTitle()
            window.setWindowTitle(_tr(LOCKED_TITLE))

    def _check_idle(self) -> None:
        self._watch_windows()  # a window that never took the focus (a popup list) is watched from now on
        if not self.covers and (self.clock() - self._last_input) * 1000 >= self.idle_ms:
            self.lock()

    def lock(self) -> None:
        if self.covers:
            return
        QToolTip.hideText()
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()  # an open menu or completer would float above the cover
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)  # from now on every event: input reaches only the covers
        self._cover_new_windows()
        session = self.window.session
        with suppress(ServerUnreachableError):  # covered all the same; the server cannot record it now
            session_service.lock(session.store, session.actor)

    def _cover_new_windows(self) -> None:
        covered = {c.parentWidget() for c in self.covers}
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget not in covered and not widget.property(LOCK_OK):
                self.titles[widget] = widget.windowTitle()
                widget.setWindowTitle(_tr(LOCKED_TITLE))  # a title can name the open patient
                self.covers.append(LockCover(widget, self))
        active = QApplication.activeModalWidget() or self.window
        for cover in self.covers:
            if cover.parentWidget() is active:
                cover.pin.setFocus()

    def unlock(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)  # back to watching the windows alone
        for cover in self.covers:
            window = cover.parentWidget()
            if window is not None:
                window.removeEventFilter(cover)
            cover.deleteLater()
            cover.hide()
        self.covers.clear()
        for window, title in self.titles.items():
            window.setWindowTitle(title)
        self.titles.clear()
        self._last_input = self.clock()
        session = self.window.session
        with suppress(ServerUnreachableError):
            session_service.unlock(session.store, session.actor)

    def switch_user(self) -> SignInDialog:
        """Someone else takes the workstation: the previous person's open forms close unsaved."""
        dialog = SignInDialog(self.window.store, self.window, usable_while_locked=True)
        dialog.accepted.connect(lambda: self._switched(dialog))
        dialog.open()
        return dialog

    def _switched(self, dialog: SignInDialog) -> None:
        if dialog.user is None:
            return
        same = dialog.user.id == self.window.session.user.id and not dialog.emergency
        if not same:
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QDialog) and widget is not dialog and widget.isVisible():
                    # Never saved under the next person's name; a form is closed without asking about its typing.
                    close = getattr(widget, "close_unsaved", widget.reject)
                    close()
        self.unlock()
        if not same:
            self.window.set_user(dialog.user, emergency=dialog.emergency)

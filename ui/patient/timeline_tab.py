"""The Timeline tab: the course from lymphodepletion to day +365 as bars and marks, painted with QPainter.

Bars are the engine's statuses (bedside.views.timeline); colour, hatching and a word on the bar say the status,
so it reads in greyscale too. Clicking a day, or Enter on the day cursor, opens that day's checklist.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from bedside.services import patients
from bedside.views.timeline import timeline
from ui.access.session import Session
from ui.i18n import tr as _tr
from ui.lazy import ReloadWhenShown
from ui.patient.timeline_canvas import LABEL_W, ZOOMS, StatusLegend, TimelineCanvas


class TimelineTab(QWidget):
    """Zoom buttons, Today, the legend and the painted course; emits day_chosen to open a day."""

    day_chosen = Signal(date)

    def __init__(self, session: Session, mrn: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.mrn = session, mrn
        self._placed = False
        self.canvas = TimelineCanvas()
        self.canvas.day_chosen.connect(self.day_chosen)
        self.canvas.cursor_moved.connect(self._cursor_moved)
        self.canvas.zoom_at.connect(self.zoom)
        self.area = QScrollArea()
        self.area.setWidget(self.canvas)
        self.area.setAccessibleName(_tr("Course timeline, scrollable"))
        for bar in (self.area.horizontalScrollBar(), self.area.verticalScrollBar()):
            bar.valueChanged.connect(self.canvas.update)  # the label column and axis are painted in view
        self.zoom_out = self._button("−", _tr("Zoom out"), _tr("Zoom out: more days (Ctrl+−, Ctrl+wheel)"))
        self.zoom_out.clicked.connect(lambda: self.zoom(-1))
        self.zoom_in = self._button("+", _tr("Zoom in"), _tr("Zoom in: wider days (Ctrl++, Ctrl+wheel)"))
        self.zoom_in.clicked.connect(lambda: self.zoom(1))
        self.today_button = self._button(
            _tr("Today"), _tr("Scroll to today"), _tr("Scroll to today and put the day cursor on it")
        )
        self.today_button.clicked.connect(self.go_today)
        self.info = QLabel()
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setAccessibleName(_tr("Day under the cursor"))
        top = QHBoxLayout()
        for widget in (self.zoom_out, self.zoom_in, self.today_button):
            top.addWidget(widget)
        top.addSpacing(12)
        top.addWidget(StatusLegend())
        top.addStretch(1)
        hint = QLabel(_tr("Click a day, or use ←/→ and Enter, to open its checklist"))
        hint.setAccessibleName(_tr("How to open a day"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.area, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.info, 1)
        bottom.addWidget(hint)
        layout.addLayout(bottom)
        keys = (
            (QKeySequence.StandardKey.ZoomIn, 1),
            (QKeySequence("Ctrl+="), 1),
            (QKeySequence.StandardKey.ZoomOut, -1),
        )
        for key, steps in keys:
            shortcut = QShortcut(QKeySequence(key), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda steps=steps: self.zoom(steps))
        self.setFocusProxy(self.canvas)
        session.changed.connect(ReloadWhenShown(self, self.reload).changed)
        self.reload()

    def _button(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        return button

    def reload(self) -> None:
        record = patients.load(self.session.store, self.mrn)
        protocol = patients.protocol_for(self.session.store, record)
        self.canvas.set_timeline(timeline(protocol, record, self.session.today, self.session.zone))
        self._cursor_moved(self.canvas.cursor_day or self.session.today)

    def zoom(self, steps: int, at_x: float | None = None) -> None:
        """Change the day width, keeping the day under the mouse (or the middle of the view) in place."""
        bar = self.area.horizontalScrollBar()
        view_x = (self.area.viewport().width() / 2 if at_x is None else at_x - bar.value()) - LABEL_W
        day_pos = (bar.value() + view_x) / self.canvas.px
        self.canvas.set_zoom(self.canvas.zoom + steps)
        self.zoom_in.setEnabled(self.canvas.zoom < len(ZOOMS) - 1)
        self.zoom_out.setEnabled(self.canvas.zoom > 0)
        bar.setValue(int(day_pos * self.canvas.px - view_x))

    def go_today(self) -> None:
        self.show_day(self.session.today)

    def show_day(self, day: date) -> None:
        """Put the day cursor on a day and scroll it into view (a third from the left)."""
        self.canvas.move_cursor(day)
        if self.canvas.cursor_day is not None:
            x = self.canvas.x_of(self.canvas.cursor_day)
            self.area.horizontalScrollBar().setValue(x - LABEL_W - (self.area.viewport().width() - LABEL_W) // 3)

    def _cursor_moved(self, day: date) -> None:
        self.info.setText(self.canvas.summary(day))
        x = self.canvas.x_of(day)
        bar = self.area.horizontalScrollBar()
        view = self.area.viewport().width()
        if x - LABEL_W < bar.value() or x + self.canvas.px > bar.value() + view:
            bar.setValue(x - LABEL_W - (view - LABEL_W) // 2)  # keep the cursor out from under the labels

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._placed:  # the first time there is a viewport width to place today in
            self._placed = True
            self.show_day(self.canvas.cursor_day or self.session.today)

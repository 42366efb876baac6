"""The painted course for the timeline tab: lanes of status bars, marks, the day axis and today's line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QToolTip, QWidget

from bedside.domain.dates import add_months
from bedside.views.timeline import MARK_KINDS, ItemRow, Mark, Timeline
from ui.i18n import tr as _tr

ZOOMS = (2, 3, 4, 6, 8, 12, 16, 24, 32, 48)  # pixels per day
DEFAULT_ZOOM = 2
LABEL_W, AXIS_H, ROW_H, GROUP_H = 320, 40, 22, 18  # wide enough for "FN-BUNDLE  Febrile neutropenia bundle"
TODAY_COLOUR = "#d50000"
Pattern = Qt.BrushStyle
# status -> (fill, hatch pattern, hatch/border colour, text colour)
STYLES = {
    "due": ("#bbdefb", Pattern.NoBrush, "#0d47a1", "#0d47a1"),
    "done": ("#2e7d32", Pattern.NoBrush, "#1b5e20", "#ffffff"),
    "overdue": ("#ffcdd2", Pattern.BDiagPattern, "#b71c1c", "#7f0000"),
    "blocked": ("#e0e0e0", Pattern.DiagCrossPattern, "#424242", "#212121"),
    "needs-data": ("#f8bbd0", Pattern.CrossPattern, "#880e4f", "#560027"),
    "stop-review": ("#ffe0b2", Pattern.HorPattern, "#e65100", "#6d2e00"),
    "not-done": ("#d7ccc8", Pattern.VerPattern, "#4e342e", "#3e2723"),
}
MARK_COLOURS = dict(
    zip(
        MARK_KINDS,
        ("#c62828", "#ef6c00", "#6a1b9a", "#5d4037", "#00838f", "#1565c0", "#2e7d32", "#ad1457"),
        strict=True,
    )
)


def status_words() -> dict[str, str]:
    words = (
        _tr("due"),
        _tr("done"),
        _tr("overdue"),
        _tr("blocked"),
        _tr("needs data"),
        _tr("stop review"),
        _tr("not done"),
    )
    return dict(zip(STYLES, words, strict=True))


def kind_labels() -> dict[str, str]:
    labels = (_tr("Fever"), _tr("CRS grade"), _tr("ICANS grade"), _tr("Steroids"), _tr("Tocilizumab"), _tr("IVIG"))
    return dict(zip(MARK_KINDS, (*labels, _tr("Vaccinations"), _tr("Infections")), strict=True))


def paint_bar(p: QPainter, rect: QRectF, status: str, planned: bool) -> None:
    fill, pattern, ink, _ = STYLES.get(status, STYLES["due"])
    p.setOpacity(0.45 if planned else 1.0)  # after today: what the engine expects, drawn lighter
    p.fillRect(rect, QColor(fill))
    if pattern != Pattern.NoBrush:
        p.fillRect(rect, QBrush(QColor(ink), pattern))
    p.setOpacity(1.0)
    pen = QPen(QColor(ink), 1, Qt.PenStyle.DashLine if planned else Qt.PenStyle.SolidLine)
    p.setPen(pen)
    p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))


@dataclass(frozen=True, slots=True)
class Lane:
    kind: str  # "group" | "item" | "marks"
    label: str
    y: int
    height: int
    row: ItemRow | None = None
    mark_kind: str = ""


class TimelineCanvas(QWidget):
    """The painted course. Lives in a QScrollArea; the label column and day axis stay in view."""

    day_chosen = Signal(date)
    cursor_moved = Signal(date)
    zoom_at = Signal(int, float)  # steps, x of the day to keep in place

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: Timeline | None = None
        self.zoom = DEFAULT_ZOOM
        self.cursor_day: date | None = None
        self.lanes: list[Lane] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(_tr("Course timeline"))

    @property
    def px(self) -> int:
        return ZOOMS[self.zoom]

    def set_timeline(self, data: Timeline) -> None:
        self.data = data
        if self.cursor_day is None or not data.first <= self.cursor_day <= data.last:
            self.cursor_day = min(max(data.today, data.first), data.last)
        labels = kind_labels()
        lanes: list[Lane] = []
        y = AXIS_H
        kinds = data.kinds()
        lanes.append(Lane("group", _tr("Events") if kinds else _tr("Events: none recorded"), y, GROUP_H))
        y += GROUP_H
        for kind in kinds:
            lanes.append(Lane("marks", labels[kind], y, ROW_H, mark_kind=kind))
            y += ROW_H
        category = None
        for row in data.rows:
            if row.category != category:
                category = row.category
                lanes.append(Lane("group", category.capitalize(), y, GROUP_H))
                y += GROUP_H
            lanes.append(Lane("item", f"{row.item_id}  {row.title}", y, ROW_H, row))
            y += ROW_H
        self.lanes = lanes
        self.setFixedSize(LABEL_W + data.days * self.px + 40, y + 8)
        self._describe()
        self.update()

    def set_zoom(self, zoom: int) -> None:
        self.zoom = max(0, min(len(ZOOMS) - 1, zoom))
        if self.data is not None:
            self.setFixedSize(LABEL_W + self.data.days * self.px + 40, self.height())
        self.update()

    # --- geometry ---------------------------------------------------------------------------
    def x_of(self, day: date) -> int:
        assert self.data is not None
        return LABEL_W + (day - self.data.first).days * self.px

    def day_at(self, x: float) -> date | None:
        if self.data is None or x < self._left() + LABEL_W:
            return None
        day = self.data.first + timedelta(days=int((x - LABEL_W) // self.px))
        return day if day <= self.data.last else None

    def lane_at(self, y: float) -> Lane | None:
        return next((lane for lane in self.lanes if lane.y <= y < lane.y + lane.height), None)

    def _left(self) -> int:
        return max(0, -self.x())  # the scroll area moves this widget left: the visible part starts here

    def _top(self) -> int:
        return max(0, -self.y())

    # --- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        if self.data is None:
            return
        p = QPainter(self)
        p.fillRect(event.rect(), self.palette().base())
        left, top = self._left(), self._top()
        viewport = self.parentWidget()
        view_w = viewport.width() if viewport is not None else self.width()
        first = self.day_at(left + LABEL_W) or self.data.first
        last = self.day_at(left + view_w) or self.data.last
        body = QRectF(left + LABEL_W, top + AXIS_H, view_w, self.height())
        p.save()
        p.setClipRect(body)
        self._paint_grid(p, first, last, body)
        for lane in self.lanes:
            if lane.row is not None:
                self._paint_runs(p, lane, first, last)
        if self.cursor_day is not None:
            p.fillRect(QRectF(self.x_of(self.cursor_day), body.y(), self.px, body.height()), QColor(255, 214, 0, 80))
        self._paint_today(p, body.y(), self.height())
        for lane in self.lanes:
            if lane.kind == "marks":
                self._paint_marks(p, lane, first, last)  # above the today line: today's grade stays legible
        if self.cursor_day is not None and self.hasFocus():
            p.setPen(QPen(QColor("#6d5200"), 1, Qt.PenStyle.DotLine))
            p.drawRect(QRectF(self.x_of(self.cursor_day), body.y(), self.px - 1, self.height() - body.y() - 1))
        p.restore()
        self._paint_labels(p, left, top)
        self._paint_axis(p, left, top, view_w, first, last)
        p.end()

    def _paint_grid(self, p: QPainter, first: date, last: date, body: QRectF) -> None:
        assert self.data is not None
        for lane in self.lanes:
            if lane.kind == "group":
                p.fillRect(QRectF(body.x(), lane.y, body.width(), lane.height), QColor("#f3f3f3"))
            p.setPen(QColor("#e8e8e8"))
            p.drawLine(QPointF(body.x(), lane.y + lane.height), QPointF(body.right(), lane.y + lane.height))
        for n in range((first - self.data.first).days, (last - self.data.first).days + 1):
            day = self.data.first + timedelta(days=n)
            if day.day == 1 or day == self.data.day0:
                p.setPen(QColor("#9e9e9e" if day == self.data.day0 else "#d6d6d6"))
                p.drawLine(QPointF(self.x_of(day), body.y()), QPointF(self.x_of(day), self.height()))

    def _paint_runs(self, p: QPainter, lane: Lane, first: date, last: date) -> None:
        assert lane.row is not None
        words, metrics = status_words(), QFontMetrics(self.font())
        for run in lane.row.runs:
            if run.last < first or run.first > last:
                continue
            rect = QRectF(self.x_of(run.first), lane.y + 3, run.days * self.px, lane.height - 6)
            paint_bar(p, rect, run.status, run.planned)
            word = words.get(run.status, run.status)
            width = metrics.horizontalAdvance(word)
            start = max(rect.x(), self._left() + LABEL_W)  # a run begun off-screen is named at the edge
            if start + width + 8 <= rect.right():
                fill, _, _, ink = STYLES.get(run.status, STYLES["due"])
                # A solid patch under the word keeps it legible over the hatching.
                p.fillRect(QRectF(start + 2, rect.y() + 2, width + 4, rect.height() - 4), QColor(fill))
                p.setPen(QColor(ink))
                p.drawText(QRectF(start + 4, rect.y(), width + 4, rect.height()), Qt.AlignmentFlag.AlignVCenter, word)

    def _paint_marks(self, p: QPainter, lane: Lane, first: date, last: date) -> None:
        assert self.data is not None
        colour = QColor(MARK_COLOURS[lane.mark_kind])
        cy = lane.y + lane.height / 2
        for mark in (m for m in self.data.marks if m.kind == lane.mark_kind and first <= m.date <= last):
            cx = self.x_of(mark.date) + self.px / 2
            p.setPen(QPen(colour.darker(140), 1))
            p.setBrush(colour)
            if mark.kind == "fever":
                p.drawPolygon(QPolygonF([QPointF(cx, cy - 7), QPointF(cx - 6, cy + 6), QPointF(cx + 6, cy + 6)]))
            elif mark.grade is not None:  # the grade as a digit: greyscale-proof
                box = QRectF(cx - max(12, self.px) / 2, cy - 8, max(12, self.px), 16)
                p.setBrush(QColor("#ffffff") if mark.grade == 0 else colour.lighter(100 + 45 * (4 - mark.grade)))
                p.drawRoundedRect(box, 3, 3)
                p.setPen(QColor("#000000") if mark.grade < 3 else QColor("#ffffff"))
                p.drawText(box, Qt.AlignmentFlag.AlignCenter, str(mark.grade))
            elif mark.kind in ("vaccination", "infection"):
                circle = QRectF(cx - 7, cy - 7, 14, 14)
                p.drawEllipse(circle)
                p.setPen(QColor("#ffffff"))
                p.drawText(circle, Qt.AlignmentFlag.AlignCenter, "V" if mark.kind == "vaccination" else "!")
            else:  # a treatment day: consecutive days join into a strip
                p.drawRect(QRectF(self.x_of(mark.date), cy - 5, self.px, 10))
        p.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_today(self, p: QPainter, y0: float, y1: float) -> None:
        assert self.data is not None
        if self.data.first <= self.data.today <= self.data.last:
            x = self.x_of(self.data.today) + self.px / 2
            p.setPen(QPen(QColor(TODAY_COLOUR), 2))
            p.drawLine(QPointF(x, y0), QPointF(x, y1))

    def _paint_labels(self, p: QPainter, left: int, top: int) -> None:
        p.fillRect(QRectF(left, top, LABEL_W, self.height()), self.palette().window())
        bold = self.font()
        bold.setBold(True)
        p.setPen(self.palette().windowText().color())
        for lane in self.lanes:
            p.setFont(bold if lane.kind == "group" else self.font())
            text = QFontMetrics(p.font()).elidedText(lane.label, Qt.TextElideMode.ElideRight, LABEL_W - 12)
            p.drawText(QRectF(left + 6, lane.y, LABEL_W - 8, lane.height), Qt.AlignmentFlag.AlignVCenter, text)
        p.setFont(self.font())
        p.setPen(QColor("#9e9e9e"))
        p.drawLine(left + LABEL_W - 1, top, left + LABEL_W - 1, self.height())

    def _paint_axis(self, p: QPainter, left: int, top: int, view_w: int, first: date, last: date) -> None:
        assert self.data is not None
        p.fillRect(QRectF(left, top, view_w, AXIS_H), self.palette().window())
        text_pen, tick_pen = self.palette().windowText().color(), QColor("#616161")
        p.setPen(text_pen)
        p.drawText(left + 6, top + 15, _tr("Month"))
        p.drawText(left + 6, top + AXIS_H - 8, _tr("Day"))
        p.save()
        p.setClipRect(left + LABEL_W, top, view_w, AXIS_H)
        metrics, locale = QFontMetrics(self.font()), QLocale()
        step = next((s for s in (1, 2, 7, 14, 28, 56, 91) if s * self.px >= metrics.horizontalAdvance("+365") + 10), 91)
        label_end = -1e9  # a month name that would overlap the one before is left out; its tick stays
        for n in range((last - first).days + 1):
            day, x = first + timedelta(days=n), self.x_of(first + timedelta(days=n))
            if day.day == 1:
                p.setPen(tick_pen)
                p.drawLine(x, top + 2, x, top + AXIS_H // 2)
            if day.day == 1 or n == 0:  # the month under way at the left edge is named there too
                month = locale.monthName(day.month, QLocale.FormatType.ShortFormat)
                room = self.x_of(add_months(day.replace(day=1), 1)) - x - 6
                names = [f"{month} {day.year}", month]  # the year when it fits, always on the first and January
                if label_end > -1e9 and day.month != 1 and 28 * self.px < metrics.horizontalAdvance(names[0]) + 18:
                    names.pop(0)
                name = next((t for t in names if metrics.horizontalAdvance(t) < room), "")
                if name and x + 3 > label_end + 6:
                    p.setPen(text_pen)
                    p.drawText(x + 3, top + 15, name)
                    label_end = x + 3 + metrics.horizontalAdvance(name)
            number = self.data.day_number(day)
            if number % step == 0:
                p.setPen(tick_pen)
                p.drawLine(x, top + AXIS_H - 5, x, top + AXIS_H)
                p.setPen(text_pen)
                p.drawText(x + 2, top + AXIS_H - 8, f"{number:+d}" if number else "0")
        self._paint_today(p, top + AXIS_H - 8, top + AXIS_H)
        p.restore()
        p.setPen(QColor("#9e9e9e"))
        p.drawLine(left, top + AXIS_H - 1, left + view_w, top + AXIS_H - 1)

    # --- interaction ------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().x()) if event.button() == Qt.MouseButton.LeftButton else None
        if day is None:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.move_cursor(day)
        self.day_chosen.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.data is None or self.cursor_day is None:
            super().keyPressEvent(event)
            return
        week = 7 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
        moves = {Qt.Key.Key_Left: -week, Qt.Key.Key_Right: week}
        key = Qt.Key(event.key())
        if key in moves:
            self.move_cursor(self.cursor_day + timedelta(days=moves[key]))
        elif key == Qt.Key.Key_Home:
            self.move_cursor(self.data.first)
        elif key == Qt.Key.Key_End:
            self.move_cursor(self.data.last)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.day_chosen.emit(self.cursor_day)
        else:
            super().keyPressEvent(event)

    def move_cursor(self, day: date) -> None:
        if self.data is None:
            return
        self.cursor_day = min(max(day, self.data.first), self.data.last)
        self._describe()
        self.cursor_moved.emit(self.cursor_day)
        self.update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.angleDelta().y():
            self.zoom_at.emit(1 if event.angleDelta().y() > 0 else -1, event.position().x())
            event.accept()
        else:
            event.ignore()  # the scroll area scrolls

    def summary(self, day: date) -> str:
        """One line for the status bar and screen readers: the day, what is listed, what happened."""
        assert self.data is not None
        listed = self.data.listed_on(day)
        words = status_words()
        counts: dict[str, int] = {}
        for _, run in listed:
            counts[run.status] = counts.get(run.status, 0) + 1
        parts = [f"{n} {words.get(s, s)}" for s, n in sorted(counts.items())] or [_tr("nothing listed")]
        text = _tr("Day {day:+d}, {date}: {items}").format(
            day=self.data.day_number(day), date=day.isoformat(), items=", ".join(parts)
        )
        events = [m.label for m in self.data.marks_on(day)]
        return text + (f" · {'; '.join(events)}" if events else "")

    def _describe(self) -> None:
        if self.data is not None and self.cursor_day is not None:
            self.setAccessibleDescription(self.summary(self.cursor_day))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            lines = self.tooltip_at(event.pos().x(), event.pos().y())
            if lines:
                # Record text (drug names, pathogens) is shown literally, never parsed as markup.
                QToolTip.showText(event.globalPos(), GuiQt.convertFromPlainText("\n".join(lines)), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tooltip_at(self, x: float, y: float) -> list[str]:
        lane, day = self.lane_at(y), self.day_at(x)
        if self.data is None or day is None:
            return [lane.label] if lane is not None else []
        head = f"{day.isoformat()} · " + _tr("day {n:+d}").format(n=self.data.day_number(day))
        if lane is None or y < self._top() + AXIS_H:
            return [head, _tr("Click to open this day's checklist")]
        if lane.kind == "marks":
            marks: list[Mark] = [m for m in self.data.marks_on(day) if m.kind == lane.mark_kind]
            return [head, *(f"{lane.label}: {m.label}" for m in marks)] if marks else [head]
        if lane.kind == "item" and lane.row is not None:
            run = lane.row.run_on(day)
            if run is None:
                return [head, _tr("{item}: not listed").format(item=lane.label)]
            word = status_words().get(run.status, run.status)
            span = _tr("{status} from {first} to {last} (day {a:+d} to {b:+d})").format(
                status=word,
                first=run.first.isoformat(),
                last=run.last.isoformat(),
                a=self.data.day_number(run.first),
                b=self.data.day_number(run.last),
            )
            planned = [_tr("after today: planned, if nothing new is recorded")] if run.planned else []
            return [head, lane.label, span, *planned]
        return [head]


class StatusLegend(QWidget):
    """What the bar colours and hatchings mean, drawn with the same painter as the bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        words = status_words()
        self.entries = [(s, words[s], False) for s in STYLES]
        self.entries += [("due", _tr("after today"), True), ("today", _tr("today"), False)]
        self.setAccessibleName(_tr("Legend"))
        self.setAccessibleDescription(", ".join(w for _, w, _ in self.entries))
        metrics = QFontMetrics(self.font())
        self.setMinimumSize(sum(metrics.horizontalAdvance(w) + 34 for _, w, _ in self.entries), ROW_H)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        metrics = QFontMetrics(self.font())
        x = 0
        for status, word, planned in self.entries:
            if status == "today":
                p.setPen(QPen(QColor(TODAY_COLOUR), 2))
                p.drawLine(QPointF(x + 11, 2), QPointF(x + 11, self.height() - 2))
            else:
                paint_bar(p, QRectF(x, 5, 22, self.height() - 10), status, planned)
            p.setPen(self.palette().windowText().color())
            p.drawText(
                x + 26, 0, metrics.horizontalAdvance(word) + 4, self.height(), Qt.AlignmentFlag.AlignVCenter, word
            )
            x += metrics.horizontalAdvance(word) + 34
        p.end()

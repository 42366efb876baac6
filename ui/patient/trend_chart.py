"""A small line chart of one lab series, with the protocol's thresholds as dashed lines. QPainter only."""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QSizePolicy, QWidget

from bedside.views.trends import Series
from ui.i18n import Number
from ui.i18n import tr as _tr

LINE = QColor("#1565c0")
THRESHOLD = QColor("#c62828")
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 52, 10, 22, 20


def nice_step(span: float, ticks: int = 3) -> float:
    """A round tick step (1, 2 or 5 x 10^n) giving about `ticks` intervals over span."""
    raw = span / ticks if span > 0 else 1.0
    power = 10.0 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


class TrendChart(QWidget):
    """One series over days since infusion; a value is drawn in the test's internal unit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: Series | None = None
        self.day0 = date.min
        self.today = date.min
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 130)

    def sizeHint(self) -> QSize:
        return QSize(300, 160)

    def set_series(self, series: Series, day0: date, today: date) -> None:
        self.series, self.day0, self.today = series, day0, today
        self.setAccessibleName(_tr("{test} trend").format(test=series.label))
        lines = [self.title()]
        lines += [
            _tr("{date} (day {day:+d}): {value:g} {unit}").format(
                date=p.date.isoformat(), day=(p.date - day0).days, value=Number(p.value), unit=series.unit
            )
            for p in series.points
        ] or [_tr("No results yet.")]
        lines += [
            _tr("Protocol threshold {value:g} {unit} ({comparisons}): {items}").format(
                value=Number(t.value),
                unit=series.unit,
                comparisons=", ".join(t.comparisons),
                items=", ".join(t.item_ids),
            )
            for t in series.thresholds
        ] or [_tr("The protocol sets no threshold on {test}.").format(test=series.label)]
        self.setAccessibleDescription("\n".join(lines))
        self.setToolTip(GuiQt.convertFromPlainText("\n".join(lines)))  # record text, shown literally
        self.update()

    def title(self) -> str:
        assert self.series is not None
        return f"{self.series.label} ({self.series.unit})"

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.series is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        text = self.palette().text().color()
        bold = self.font()
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(text)
        p.drawText(QRectF(6, 2, self.width() - 12, MARGIN_TOP - 4), Qt.AlignmentFlag.AlignVCenter, self.title())
        p.setFont(self.font())
        plot = QRectF(
            MARGIN_LEFT,
            MARGIN_TOP,
            self.width() - MARGIN_LEFT - MARGIN_RIGHT,
            self.height() - MARGIN_TOP - MARGIN_BOTTOM,
        )
        p.setPen(QColor("#bdbdbd"))
        p.drawRect(plot)
        if not self.series.points:
            p.setPen(QColor("#616161"))
            lines = [_tr("No results yet")]
            lines += [
                f"{Number(t.value):g} {self.series.unit}: {', '.join(t.item_ids)}" for t in self.series.thresholds
            ]
            p.drawText(
                plot.adjusted(6, 0, -6, 0), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, "\n".join(lines)
            )
            p.end()
            return
        self._paint_data(p, plot, text)
        p.end()

    def _paint_data(self, p: QPainter, plot: QRectF, text: QColor) -> None:
        assert self.series is not None
        points, metrics = self.series.points, QFontMetrics(self.font())
        days = [(pt.date - self.day0).days for pt in points]
        right = max([*days, (self.today - self.day0).days])
        pad = max(2.0, (right - min(days)) * 0.04)  # points sit inside the frame, not on it
        first, last = min(days) - pad, right + pad
        top_value = max([pt.value for pt in points] + [t.value for t in self.series.thresholds]) * 1.15 or 1.0
        step = nice_step(top_value)
        top_value = math.ceil(top_value / step) * step

        def x_of(day: float) -> float:
            return plot.left() + (day - first) / (last - first) * plot.width()

        def y_of(value: float) -> float:
            return plot.bottom() - value / top_value * plot.height()

        tick = 0.0
        while tick <= top_value + step / 2:  # y ticks and light grid lines
            y = y_of(tick)
            p.setPen(QColor("#eeeeee"))
            p.drawLine(QPointF(plot.left() + 1, y), QPointF(plot.right() - 1, y))
            p.setPen(text)
            p.drawText(QRectF(0, y - 8, MARGIN_LEFT - 4, 16), Qt.AlignmentFlag.AlignRight, f"{Number(tick):g}")
            tick += step
        ends = [(min(days), Qt.AlignmentFlag.AlignLeft), (right, Qt.AlignmentFlag.AlignRight)]
        for day, align in ends if right > min(days) else [(right, Qt.AlignmentFlag.AlignHCenter)]:
            label = _tr("day {n:+d}").format(n=day)
            p.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), MARGIN_BOTTOM - 2), align, label)
        for threshold in self.series.thresholds:
            y = y_of(threshold.value)
            p.setPen(QPen(THRESHOLD, 1.2, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            label = f"{Number(threshold.value):g} · {', '.join(threshold.item_ids)}"
            label = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(plot.width()) - 8)
            above = y - metrics.height() - 1 >= plot.top()
            box = QRectF(
                plot.left() + 4, y - metrics.height() - 1 if above else y + 1, plot.width() - 8, metrics.height()
            )
            p.fillRect(
                QRectF(box.x(), box.y(), metrics.horizontalAdvance(label) + 4, box.height()), self.palette().base()
            )
            p.setPen(THRESHOLD)
            p.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        xy = [QPointF(x_of(day), y_of(pt.value)) for day, pt in zip(days, points, strict=True)]
        p.setPen(QPen(LINE, 1.8))
        p.drawPolyline(xy)
        p.setBrush(LINE)
        for point in xy:
            p.drawEllipse(point, 3, 3)

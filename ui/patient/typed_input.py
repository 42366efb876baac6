"""What the user types is read strictly and never replaced: dates as text, numbers in the workstation's locale.

A QDateEdit rewrites what is typed section by section: "2027-05-01" typed over today became 2026-05-01
(docs/typed-input.md). Dates are therefore plain text fields, checked by the core like an import, with a
calendar button that writes the chosen day into the text. Numbers follow QLocale: the decimal mark is the
locale's, group separators are refused (1,500 is never read as 1500 or 1.5).
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget, QWidgetAction

from ui.i18n import tr as _tr


def number_locale() -> QLocale:
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.RejectGroupSeparator)
    return locale


def typed_number(text: str) -> Any:
    """The number typed in this locale, or the text itself so that validation can say what is wrong with it."""
    text = text.strip()
    value, ok = number_locale().toDouble(text)
    return value if ok and text else text


def number_problem(text: str) -> str | None:
    """Why `text` is not a number here, in words that show how to write it; None when it is one (or empty)."""
    text = text.strip()
    if not text or isinstance(typed_number(text), float):
        return None
    mark = number_locale().decimalPoint()
    example = number_locale().toString(0.5)
    return _tr('"{text}" is not a number here: write a decimal like {example} (decimal mark "{mark}")').format(
        text=text, example=example, mark=mark
    )


def shown_number(value: float) -> str:
    """A stored number as this workstation writes it (0.5 or 0,5), without a group separator."""
    return number_locale().toString(float(value), "g", 12)


def strict_date(text: str) -> date | None:
    """YYYY-MM-DD exactly, or None; never a guess."""
    text = text.strip()
    if len(text) != 10 or text[4] != "-" or text[7] != "-":
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def strict_time(text: str) -> time | None:
    text = text.strip()
    try:
        return time.fromisoformat(text) if len(text) == 5 and text[2] == ":" else None
    except ValueError:
        return None


def later_than_now(day: date, at: str | None, today: date, now: datetime) -> bool:
    """True when a date (and time, if typed) is after the present: today's date, and now's time on that day."""
    if day > today:
        return True
    moment = strict_time(at or "")
    return day == today == now.date() and moment is not None and moment > now.time().replace(tzinfo=None)


class DateField(QWidget):
    """A date typed as YYYY-MM-DD and kept exactly as typed, with a calendar button that fills it in."""

    def __init__(self, day: date, name: str) -> None:
        super().__init__()
        self.edit = QLineEdit(day.isoformat())
        self.edit.setPlaceholderText("YYYY-MM-DD")
        self.edit.setAccessibleName(name)
        self.edit.setMaxLength(20)  # long enough to show a mistyped date back, never cut to a valid one
        self.default = day.isoformat()
        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(_tr("Calendar"))
        self.calendar.clicked.connect(self._chosen)
        self.calendar.activated.connect(self._chosen)
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._show_typed_day)
        self.button = QToolButton()
        self.button.setText("…")
        self.button.setAccessibleName(_tr("Choose {field} from a calendar").format(field=name))
        self.button.setToolTip(_tr("Choose the day from a calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(menu)
        self.menu = menu
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text().strip()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def set_default(self, day: date) -> None:
        """A new default day (midnight, or another day chosen elsewhere); what someone typed stays."""
        if self.text() == self.default:
            self.edit.setText(day.isoformat())
        self.default = day.isoformat()

    def _show_typed_day(self) -> None:
        typed = strict_date(self.text())
        if typed is not None:
            self.calendar.setSelectedDate(QDate(typed))

    def _chosen(self, day: QDate) -> None:
        self.edit.setText(day.toString("yyyy-MM-dd"))  # ISO, as typed
        self.menu.close()
        self.edit.setFocus()

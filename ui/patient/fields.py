"""Form building blocks for patient data: a field with its problem under it, and lists that may be unrecorded.

Problems come from the core (bedside.domain.errors.Problem) with a field path; each is shown under the field it names.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from bedside.domain.errors import Problem
from ui.i18n import tr as _tr
from ui.patient.typed_input import shown_number
from ui.style import ERROR_STYLE

GENERAL = ""  # problems about the whole document
INDEX = re.compile(r"\[(\d+)\]")
SEPARATORS = re.compile(r"[;,\s]+")


def split_items(text: str, separators: str = ";,") -> list[str]:
    return [part.strip() for part in re.split(f"[{separators}]", text) if part.strip()]


class RecordedList(QWidget):
    """A list that may be not recorded (None), recorded as none ([]), or recorded with entries."""

    def __init__(self, name: str, placeholder: str) -> None:
        super().__init__()
        self.state = QComboBox()
        self.state.setAccessibleName(_tr("{name}: recorded?").format(name=name))
        for text, data in ((_tr("not recorded"), "unknown"), (_tr("none"), "none"), (_tr("yes:"), "yes")):
            self.state.addItem(text, data)
        self.entries = QLineEdit()
        self.entries.setAccessibleName(name)
        self.entries.setPlaceholderText(placeholder)
        self.state.currentIndexChanged.connect(self._state_chosen)
        self.entries.setEnabled(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.state)
        row.addWidget(self.entries, 1)

    def _state_chosen(self, _index: int) -> None:
        self.entries.setEnabled(self.state.currentData() == "yes")

    def set_entries(self, entries: list[str] | None) -> None:
        state = "unknown" if entries is None else ("yes" if entries else "none")
        self.state.setCurrentIndex(self.state.findData(state))
        self.entries.setText("; ".join(entries or []))

    def entries_typed(self) -> list[str] | None:
        """None when not recorded; [] for none; what was typed when yes (possibly empty: a form problem)."""
        state = self.state.currentData()
        return None if state == "unknown" else ([] if state == "none" else split_items(self.entries.text()))


class FieldRows:
    """The form's fields and their problem labels, both by field path (patient.mrn, therapy.infusion_dates, ...)."""

    def __init__(self) -> None:
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, str] = {}  # field path -> the label the ward reads

    def error_label(self, path: str, name: str) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what was typed: never markup
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setAccessibleName(name)
        label.hide()
        self.errors[path] = label
        return label

    def row(self, form: QFormLayout, path: str, label: str, widget: QWidget, tip: str = "") -> None:
        """One field with its problem shown right under it, inside the same form row."""
        self.fields[path] = widget
        self.labels[path] = label.replace("&", "")
        widget.setToolTip(tip)
        if not widget.accessibleName():
            widget.setAccessibleName(label.replace("&", ""))
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(widget)
        box.addWidget(self.error_label(path, _tr("{field}: problem").format(field=label.replace("&", ""))))
        caption = QLabel(label)
        caption.setBuddy(widget.entries if isinstance(widget, RecordedList) else widget)
        form.addRow(caption, cell)

    def line(self, form: QFormLayout, path: str, label: str, tip: str = "", placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        self.row(form, path, label, edit, tip)
        return edit

    def date(self, form: QFormLayout, path: str, label: str, tip: str = "") -> QLineEdit:
        return self.line(form, path, label, tip or _tr("A date as YYYY-MM-DD; leave empty if not known"), "YYYY-MM-DD")

    def choice(self, form: QFormLayout, path: str, label: str, options: list[tuple[str, Any]], tip: str = "") -> None:
        combo = QComboBox()
        for text, data in options:
            combo.addItem(text, data)
        self.row(form, path, label, combo, tip)

    def clear(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        for widget in self.fields.values():
            widget.setAccessibleDescription("")

    def show(self, problems: list[Problem]) -> QWidget | None:
        """Each message under the field its path names; returns the first such field."""
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            path = field_for(problem.path, self.errors)
            index = INDEX.search(problem.path)
            message = f"#{int(index.group(1)) + 1}: {problem.message}" if index else problem.message
            if path == GENERAL and problem.path:
                message = f"{problem.path}: {message}"
            message = ward_words(message, self.labels)
            by_field.setdefault(path, []).append(message)
        for path, messages in by_field.items():
            self.errors[path].setText("\n".join(messages))
            self.errors[path].show()
            if path in self.fields:
                self.fields[path].setAccessibleDescription(" ".join(messages))
        return next((self.fields[p] for p in self.fields if p in by_field), None)


def ward_words(message: str, labels: dict[str, str]) -> str:
    """A message from the core in the form's own words: "is before lymphodepletion_start" -> "is before LD start".

    Full paths (therapy.lymphodepletion_start) and internal-looking keys (with an underscore) are replaced;
    plain words such as "name" are left alone, and so is anything quoted from what was typed.
    """
    names = {p: lab for p, lab in labels.items() if "." in p}
    names |= {p.rpartition(".")[2]: lab for p, lab in labels.items() if "_" in p.rpartition(".")[2]}
    for name in sorted(names, key=len, reverse=True):  # "therapy.x_y" before "x_y"
        message = re.sub(rf'(?<![\w."]){re.escape(name)}(?![\w"])', names[name], message)
    return message


def put(section: dict[str, Any], key: str, value: Any) -> None:
    if value is None:
        section.pop(key, None)
    else:
        section[key] = value


def hct_entry(entry: str) -> dict[str, str]:
    kind, _, when = entry.partition(" ")
    return {"type": kind, "date": when.strip()} if when.strip() else {"type": kind}


def as_text(value: Any) -> str:
    """A stored value as the form shows it."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return shown_number(value) if isinstance(value, float) else str(value)  # 64.5 or 64,5, as typed here


def field_for(path: str, errors: dict[str, QLabel]) -> str:
    """The form field a problem path belongs to: therapy.infusion_dates[1] -> therapy.infusion_dates."""
    candidate = INDEX.split(path)[0]
    while candidate and candidate not in errors:
        candidate = candidate.rpartition(".")[0]
    return candidate if candidate in errors else GENERAL

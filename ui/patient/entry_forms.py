"""Forms for dated entries: labs, temperatures and grades, treatments, infections and vaccinations.

Each form builds the same dictionary a bedside-patient/1 file holds and hands it to `parse_entry`,
so a form accepts exactly what an import accepts. Problems are shown beside their field, what the
user typed stays, and nothing is saved. A value is never converted or guessed: dates are typed text
(never rewritten by a date editor) and numbers use the workstation's decimal mark (ui/patient/typed_input.py).
A time later than now, and a value outside its plausible range, ask before saving.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bedside.domain.errors import BedsideError, PatientFormatError
from bedside.domain.patient import INFECTION_SITES, TREATMENT_TYPES, VACCINES, Lab
from bedside.domain.plausibility import is_plausible, plausible_range
from bedside.domain.units import LAB_TESTS, TEMPERATURE_UNITS
from bedside.patient_file.format import parse_entry
from bedside.services import entries
from ui.access.session import Session
from ui.i18n import tr as _tr
from ui.patient.typed_input import DateField, later_than_now, number_problem, shown_number, typed_number
from ui.style import ERROR_STYLE


def words(value: str) -> str:
    """A vocabulary id as shown: "anti_cd19" -> "anti cd19". The stored value is always the id."""
    return value.replace("_", " ")


def ask(parent: QWidget, title: str, text: str) -> bool:
    """A Yes/No question with No as the default: Enter never saves a doubtful entry."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class EntryForm(QWidget):
    """A form whose every field has an error line under it; Save validates, stores one entry, notifies."""

    saved = Signal(int)  # row id
    section = ""  # the bedside-patient/1 list this form adds to
    number_keys: tuple[str, ...] = ("value",)  # fields read as numbers in the workstation's locale

    def __init__(self, session: Session, mrn: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.mrn = session, mrn
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(_tr("Form message"))
        # Field mnemonics avoid C, T, L and H (the patient view's tabs), S (Save) and V (Void).
        self.save_button = QPushButton(_tr("&Save"))
        self.save_button.setAccessibleName(_tr("Save entry"))
        self.save_button.setToolTip(_tr("Check and save this entry (Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        self.build()
        self._baseline = self.typed()
        session.day_changed.connect(self._day_rolled_over)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)

    # --- building -----------------------------------------------------------------------------
    def build(self) -> None:
        """Each form (LabForm, ObservationForm, ...) lays out its own fields here; the base form has none."""
        raise NotImplementedError

    def add(self, key: str, label: str, widget: QWidget, tip: str) -> Any:
        """A labelled field with its own error line; key is the field name parse_entry reports."""
        widget.setAccessibleName(label.replace("&", ""))
        widget.setToolTip(tip)
        error = QLabel()
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.setAccessibleName(_tr("Problem with {field}").format(field=label.replace("&", "")))
        error.hide()
        box = QVBoxLayout()
        box.setSpacing(1)
        box.addWidget(widget)
        box.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, box)
        self.fields[key], self.errors[key] = widget, error
        return widget

    def date_field(self, key: str, label: str, tip: str) -> DateField:
        field = DateField(self.session.today, label.replace("&", ""))
        return self.add(key, label, field, tip + " " + _tr("(YYYY-MM-DD)"))  # type: ignore[no-any-return]

    def date_fields(self) -> list[DateField]:
        return [f for f in self.fields.values() if isinstance(f, DateField)]

    def _day_rolled_over(self, _old: date, new: date) -> None:
        for field in self.date_fields():
            field.set_default(new)
        self._baseline = {**self._baseline, **{k: v for k, v in self.typed().items() if k.startswith("date:")}}

    def typed(self) -> dict[str, str]:
        """Everything typed into the form's text fields (dates included), by field."""
        found: dict[str, str] = {}
        for key, field in self.fields.items():
            if isinstance(field, QLineEdit):
                found[key] = field.text()
            elif isinstance(field, DateField):
                found["date:" + key] = field.text()
        return found

    def _text_of(self, key: str) -> str:
        field = self.fields[key]
        return field.text() if isinstance(field, QLineEdit | DateField) else ""

    def focus_unsaved(self) -> None:
        """Put the cursor back in the first field whose typing is not saved."""
        now = self.typed()
        for key, field in self.fields.items():
            if now.get(key, now.get("date:" + key)) != self._baseline.get(key, self._baseline.get("date:" + key)):
                field.setFocus()
                return

    def unsaved(self) -> bool:
        """True when something typed here has not been saved (leaving would lose it)."""
        return self.typed() != self._baseline

    def line_field(self, key: str, label: str, tip: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        return self.add(key, label, edit, tip)  # type: ignore[no-any-return]

    def combo_field(self, key: str, label: str, tip: str, choices: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox()
        for text, value in choices:
            combo.addItem(text, value)
        return self.add(key, label, combo, tip)  # type: ignore[no-any-return]

    # --- saving -------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The entry as a bedside-patient/1 dictionary, exactly as typed; each form reads its own fields."""
        raise NotImplementedError

    def confirm(self, entry: Any) -> bool:
        return True

    def confirm_when(self, entry: Any) -> bool:
        """A day or time later than now is asked about (a typo in the year or an AM/PM slip), never changed."""
        day = getattr(entry, "date", None) or getattr(entry, "start", None)
        at = getattr(entry, "time", None)
        now = datetime.fromisoformat(self.session.now().replace("Z", "+00:00")).astimezone(self.session.zone)
        if not isinstance(day, date) or not later_than_now(day, at, self.session.today, now):
            return True
        when = f"{day.isoformat()} {at}" if at else day.isoformat()
        text = _tr("{when} is later than now ({now}). Was it typed right?\n\nSave anyway?").format(
            when=when, now=now.strftime("%Y-%m-%d %H:%M")
        )
        return ask(self, _tr("Later than now"), text)

    def clear_after_save(self) -> None:
        """Empty what is typed per entry; date, time and choices stay for the next one."""

    def save(self) -> int | None:
        """Validate and store one entry; None (with the problems shown) when nothing was saved."""
        self.show_problems({})
        numbers = {k: p for k in self.number_keys if (p := number_problem(self._text_of(k)))}
        try:
            entry = parse_entry(self.section, self.values())
        except PatientFormatError as err:
            self.show_problems({**{p.path: p.message for p in reversed(err.problems)}, **numbers})
            self.message.setText(_tr("Not saved: please correct the marked fields."))
            return None
        if not self.confirm_when(entry) or not self.confirm(entry):
            self.message.setText(_tr("Not saved."))
            return None
        try:
            row_id = entries.add(self.session.store, self.session.actor, self.mrn, entry)
        except BedsideError as err:
            self.message.setText(_tr("Not saved: {error}").format(error=str(err)))
            return None
        self.clear_after_save()
        self._baseline = self.typed()
        self.message.setText(_tr("Saved."))
        self.session.notify()
        self.saved.emit(row_id)
        return row_id

    def show_problems(self, problems: dict[str, str]) -> None:
        first: QWidget | None = None
        for key, error in self.errors.items():
            text = problems.get(key, "")
            error.setText(text)
            error.setVisible(bool(text))
            self.fields[key].setAccessibleDescription(text)
            if text and first is None:
                first = self.fields[key]
        other = [m for k, m in problems.items() if k not in self.errors]
        if other:  # a problem with the entry as a whole (e.g. neither a date nor a start)
            self.message.setText("\n".join(other))
        if first is not None:
            first.setFocus()


class LabForm(EntryForm):
    section = "labs"

    def build(self) -> None:
        self.date = self.date_field("date", _tr("&Date"), _tr("Day the sample was taken"))
        self.time = self.line_field("time", _tr("T&ime"), _tr("Time of the sample, optional"), _tr("HH:MM (optional)"))
        tests = [(lab.label, lab.id) for lab in LAB_TESTS.values()]
        self.test = self.combo_field("test", _tr("T&est"), _tr("Which lab test"), tests)
        self.value = self.line_field("value", _tr("V&alue"), _tr("The result as printed on the lab report"))
        self.unit = self.combo_field(
            "unit", _tr("&Unit"), _tr("The unit on the lab report; only this test's units"), []
        )
        self.test.currentIndexChanged.connect(self.fill_units)
        self.fill_units()

    def fill_units(self) -> None:
        self.unit.clear()
        for unit in LAB_TESTS[self.test.currentData()].factors:
            self.unit.addItem(unit, unit)

    def values(self) -> dict[str, Any]:
        result = {"date": self.date.text(), "test": self.test.currentData()}
        if self.time.text().strip():
            result["time"] = self.time.text().strip()
        if self.value.text().strip():
            result["value"] = typed_number(self.value.text())
        result["unit"] = self.unit.currentData()
        return result

    def confirm(self, entry: Any) -> bool:
        assert isinstance(entry, Lab)
        if is_plausible(entry.test, entry.value, entry.unit):
            return True
        low, high = plausible_range(entry.test, entry.unit)
        text = _tr(
            "{test} {value} {unit} is outside the plausible range {low} to {high} {unit}. Is the unit right?"
            "\n\nSave anyway?"
        ).format(
            test=LAB_TESTS[entry.test].label,
            value=shown_number(entry.value),
            unit=entry.unit,
            low=shown_number(low),
            high=shown_number(high),
        )
        return ask(self, _tr("Implausible value"), text)

    def clear_after_save(self) -> None:
        self.value.clear()
        self.value.setFocus()


class ObservationForm(EntryForm):
    section = "observations"
    KINDS = ("temperature", "crs_grade", "icans_grade", "ice_score", "mucositis_grade")

    def build(self) -> None:
        self.date = self.date_field("date", _tr("&Date"), _tr("Day of the observation"))
        self.time = self.line_field(
            "time", _tr("T&ime"), _tr("Time of the reading; fever over an hour needs times"), _tr("HH:MM (optional)")
        )
        kinds = [
            (_tr("Temperature"), "temperature"),
            (_tr("CRS grade (0-4)"), "crs_grade"),
            (_tr("ICANS grade (0-4)"), "icans_grade"),
            (_tr("ICE score (0-10)"), "ice_score"),
            (_tr("Mucositis grade (0-4)"), "mucositis_grade"),
        ]
        self.kind = self.combo_field("type", _tr("&What"), _tr("Temperature, a grade or the ICE score"), kinds)
        self.value = self.line_field("value", _tr("V&alue"), _tr("The reading, or the grade as a whole number"))
        units = [(f"°{u}", u) for u in TEMPERATURE_UNITS]
        self.unit = self.combo_field("unit", _tr("&Unit"), _tr("Temperature unit as read"), units)
        self.kind.currentIndexChanged.connect(lambda _i: self.unit.setEnabled(self.kind.currentData() == "temperature"))

    def values(self) -> dict[str, Any]:
        kind = self.kind.currentData()
        result: dict[str, Any] = {"date": self.date.text(), "type": kind}
        if self.time.text().strip():
            result["time"] = self.time.text().strip()
        if self.value.text().strip():
            result["value"] = typed_number(self.value.text())
        if kind == "temperature":
            result["unit"] = self.unit.currentData()
        return result

    def clear_after_save(self) -> None:
        self.value.clear()
        self.value.setFocus()


class TreatmentForm(EntryForm):
    section = "treatments"
    number_keys = ("dose",)

    def build(self) -> None:
        kinds = [(words(t), t) for t in TREATMENT_TYPES]
        self.kind = self.combo_field("type", _tr("T&ype"), _tr("Kind of treatment"), kinds)
        self.drug = self.line_field("drug", _tr("Dru&g"), _tr("Drug name, optional"), _tr("e.g. dexamethasone"))
        self.single = QRadioButton(_tr("&One day"))
        self.course = QRadioButton(_tr("A co&urse"))
        for button, tip in ((self.single, _tr("Given on one day")), (self.course, _tr("Given from a start day"))):
            button.setAccessibleName(button.text().replace("&", ""))
            button.setToolTip(tip)
        self.single.setChecked(True)
        shape = QWidget()
        row = QHBoxLayout(shape)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.single)
        row.addWidget(self.course)
        row.addStretch(1)
        self.add("shape", _tr("Given"), shape, _tr("On one day, or as a course with a start"))
        self.date = self.date_field("date", _tr("D&ate"), _tr("Day it was given"))
        self.start = self.date_field("start", _tr("Sta&rt"), _tr("First day of the course"))
        self.end = self.date_field("end", _tr("&End"), _tr("Last day of the course"))
        self.ongoing = self.add("ongoing", _tr("O&ngoing"), QCheckBox(_tr("still given")), _tr("No end day yet"))
        self.dose = self.line_field("dose", _tr("&Dose"), _tr("Dose as a number, optional"))
        self.dose_unit = self.line_field("dose_unit", _tr("Dose un&it"), _tr("e.g. mg/day or g/kg, optional"))
        reasons = [(_tr("not recorded"), None), (_tr("CRS"), "crs"), (_tr("ICANS"), "icans")]
        reasons += [(_tr("IEC-HS"), "iec_hs"), (_tr("something else"), "other")]
        tip = _tr("What it was given for: steroid rules count courses for CRS, ICANS or IEC-HS")
        self.indication = self.combo_field("indication", _tr("Gi&ven for"), tip, reasons)
        for widget in (self.single, self.course, self.ongoing):
            widget.toggled.connect(self.enable_dates)
        self.enable_dates()

    def enable_dates(self) -> None:
        course = self.course.isChecked()
        self.date.setEnabled(not course)
        self.start.setEnabled(course)
        self.ongoing.setEnabled(course)
        self.end.setEnabled(course and not self.ongoing.isChecked())

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {"type": self.kind.currentData()}
        for key, edit in (("drug", self.drug), ("dose_unit", self.dose_unit)):
            if edit.text().strip():
                result[key] = edit.text().strip()
        if self.dose.text().strip():
            result["dose"] = typed_number(self.dose.text())
        if self.indication.currentData() is not None:
            result["indication"] = self.indication.currentData()
        if self.single.isChecked():
            result["date"] = self.date.text()
        else:
            result["start"] = self.start.text()
            if self.ongoing.isChecked():
                result["ongoing"] = True
            else:
                result["end"] = self.end.text()
        return result

    def clear_after_save(self) -> None:
        for edit in (self.drug, self.dose, self.dose_unit):
            edit.clear()


class InfectionForm(EntryForm):
    section = "infections"
    number_keys = ()

    def build(self) -> None:
        self.date = self.date_field("date", _tr("&Date"), _tr("Day the infection was diagnosed"))
        self.site = self.combo_field("site", _tr("S&ite"), _tr("Where"), [(words(s), s) for s in INFECTION_SITES])
        self.pathogen = self.line_field("pathogen", _tr("&Pathogen"), _tr("Organism, optional"))
        serious = [(_tr("not recorded"), None), (_tr("yes"), True), (_tr("no"), False)]
        self.serious = self.combo_field("serious", _tr("Se&rious"), _tr("Was it a serious infection?"), serious)
        groups = [(_tr("not recorded"), None), (_tr("HSV"), "hsv"), (_tr("VZV (shingles, chickenpox)"), "vzv")]
        groups += [(_tr("CMV"), "cmv"), (_tr("PJP"), "pjp"), (_tr("bacterial"), "bacterial"), (_tr("yeast"), "yeast")]
        groups += [(_tr("mould"), "mould"), (_tr("respiratory virus"), "respiratory_virus"), (_tr("other"), "other")]
        tip = _tr("Kind of pathogen: an HSV or VZV episode extends HSV/VZV prophylaxis")
        self.pathogen_group = self.combo_field("pathogen_group", _tr("Pathogen gro&up"), tip, groups)

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {"date": self.date.text(), "site": self.site.currentData()}
        if self.pathogen.text().strip():
            result["pathogen"] = self.pathogen.text().strip()
        if self.serious.currentData() is not None:
            result["serious"] = self.serious.currentData()
        if self.pathogen_group.currentData() is not None:
            result["pathogen_group"] = self.pathogen_group.currentData()
        return result

    def clear_after_save(self) -> None:
        self.pathogen.clear()


class VaccinationForm(EntryForm):
    section = "vaccinations"
    number_keys = ()

    def build(self) -> None:
        self.date = self.date_field("date", _tr("&Date"), _tr("Day the vaccine was given"))
        self.vaccine = self.combo_field(
            "vaccine", _tr("Vacc&ine"), _tr("Which vaccine"), [(words(v), v) for v in VACCINES]
        )

    def values(self) -> dict[str, Any]:
        return {"date": self.date.text(), "vaccine": self.vaccine.currentData()}

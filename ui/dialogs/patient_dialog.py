"""Add or edit a patient: the form builds a bedside-patient/1 document, the core checks it, problems show by the field.

Nothing is saved while any problem remains, and what was typed stays in the fields.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bedside.domain.errors import BedsideError, PatientFormatError, Problem
from bedside.domain.patient import SEXES, PatientRecord
from bedside.domain.products import PRODUCTS
from bedside.patient_file.export import to_document
from bedside.patient_file.format import FORMAT_ID, parse_document
from bedside.protocol.loader import DEFAULT_PROTOCOL, load_protocol, shipped_protocols
from bedside.protocol.model import Protocol
from bedside.services import board, patients
from ui.access.session import Session
from ui.i18n import tr as _tr
from ui.patient.fields import GENERAL, SEPARATORS, FieldRows, RecordedList, as_text, hct_entry, put
from ui.patient.typed_input import number_problem, strict_date, typed_number
from ui.patient.unsaved import discard

SEROLOGY_SHOWN = ("cmv_igg", "hbsag", "anti_hbc", "hbv_dna")
FLAGS_SHOWN = ("prior_invasive_fungal_infection", "prior_invasive_mold_infection", "bridging_therapy")
MOVE_REASON = "protocol.reason"


class PatientDialog(QDialog):
    def __init__(self, session: Session, record: PatientRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.original = session, record
        self.saved_mrn: str | None = None
        self.pinned = patients.protocol_for(session.store, record) if record is not None else None
        self.protocols: dict[str, Protocol] = {pid: load_protocol(pid) for pid in shipped_protocols()}
        self.form = FieldRows()
        self.fields, self.errors = self.form.fields, self.form.errors
        title = _tr("New patient") if record is None else _tr("Edit patient")
        self.setWindowTitle(_tr("Bedside: {title}").format(title=title))
        self.setAccessibleName(title)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self._identity_box())
        left.addWidget(self._therapy_box())
        right.addWidget(self._serology_box())
        right.addWidget(self._history_box())
        right.addWidget(self._protocol_box())
        left.addStretch(1)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.general_error = self.form.error_label(GENERAL, _tr("Problems with this patient"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():  # a screen reader names a button by its words, without the mnemonic
            button.setAccessibleName(button.text().replace("&", ""))
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        if record is not None:
            self._fill(to_document(record))
        self.resize(max(self.sizeHint().width(), 1080), self.sizeHint().height())
        self.fields["patient.mrn" if record is None else "patient.name"].setFocus()
        self._as_opened = self.typed()

    def typed(self) -> dict[str, str]:
        """What every field shows now, to tell whether anything was typed since the form opened."""
        return {path: self._text(path) for path in self.fields if not isinstance(self.widget(path), RecordedList)} | {
            path: str(self.widget(path).entries_typed())
            for path in self.fields
            if isinstance(self.widget(path), RecordedList)
        }

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: typing is never dropped without asking."""
        if self.typed() != self._as_opened and not discard(
            self, _tr("What you typed in {form} is not saved. Close it and lose it?"), self.accessibleName()
        ):
            return
        super().reject()

    def close_unsaved(self) -> None:
        """Closed for someone else's session: nothing is saved under their name, and nothing is asked."""
        super().reject()

    # --- building the form --------------------------------------------------------------------
    def _identity_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Patient"))
        form = _form(box)
        mrn = self.form.line(
            form, "patient.mrn", _tr("&MRN"), _tr("Medical record number: 1-32 of A-Z a-z 0-9 - _ / .")
        )
        if self.original is not None:
            mrn.setReadOnly(True)
            mrn.setToolTip(_tr("The MRN cannot change; import the record again under a new MRN instead."))
        self.form.line(form, "patient.name", _tr("&Name"), _tr("As on the wristband, e.g. Doe, Jane"))
        self.form.date(form, "patient.birth_date", _tr("&Birth date"))
        sex_names = {"female": _tr("female"), "male": _tr("male"), "other": _tr("other"), "unknown": _tr("unknown")}
        sexes = [(_tr("not recorded"), None)] + [(sex_names[s], s) for s in SEXES]
        self.form.choice(form, "patient.sex", _tr("Se&x"), sexes)
        self.form.line(form, "patient.weight_kg", _tr("&Weight (kg)"), _tr("Body weight in kilograms"))
        ward = QComboBox()
        ward.setEditable(True)
        ward.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        ward.addItems(sorted({s.ward for s in board.summaries(self.session.store) if s.ward}))
        ward.setCurrentText("")
        self.form.row(form, "patient.ward", _tr("W&ard"), ward, _tr("Choose a ward or type a new one"))
        self.form.line(form, "patient.bed", _tr("B&ed"))
        return box

    def _therapy_box(self) -> QGroupBox:
        box = QGroupBox(_tr("CAR T-cell therapy"))
        form = _form(box)
        products: list[tuple[str, str | None]] = [(_tr("choose the product…"), None)]
        products += [(f"{p.id} ({p.brand})", p.id) for p in PRODUCTS.values()]
        self.form.choice(form, "therapy.product", _tr("&Product"), products)
        self.form.line(form, "therapy.indication", _tr("In&dication"), placeholder=_tr("e.g. DLBCL"))
        self.form.date(form, "therapy.apheresis_date", _tr("Apheres&is date"))
        self.form.date(form, "therapy.lymphodepletion_start", _tr("&LD start"), _tr("First day of lymphodepletion"))
        self.form.date(form, "therapy.lymphodepletion_end", _tr("LD end"), _tr("Last day of lymphodepletion"))
        self.form.line(
            form,
            "therapy.infusion_dates",
            _tr("In&fusion date(s)"),
            _tr("Day 0 is the first infusion; a split dose lists both, separated by a comma"),
            "YYYY-MM-DD, YYYY-MM-DD",
        )
        return box

    def _serology_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Serology"))
        form = _form(box)
        labels = {
            "cmv_igg": _tr("CMV IgG"),
            "hbsag": _tr("HBsAg"),
            "anti_hbc": _tr("anti-HBc"),
            "hbv_dna": _tr("HBV DNA"),
        }
        values = [(_tr("not recorded"), None), (_tr("positive"), "positive"), (_tr("negative"), "negative")]
        values.append((_tr("unknown"), "unknown"))
        for key in SEROLOGY_SHOWN:
            self.form.choice(form, f"serology.{key}", labels[key], values)
        return box

    def _history_box(self) -> QGroupBox:
        box = QGroupBox(_tr("History"))
        form = _form(box)
        hct = RecordedList(_tr("Prior HCT"), _tr("e.g. autologous 2023-05-01; allogeneic"))
        tip = _tr("Each transplant: autologous or allogeneic, then its date if known; separate them with ;")
        self.form.row(form, "history.prior_hct", _tr("Prior &HCT"), hct, tip)
        labels = {
            "prior_invasive_fungal_infection": _tr("Prior invasive fun&gal infection"),
            "prior_invasive_mold_infection": _tr("Prior invasive m&old infection"),
            "bridging_therapy": _tr("B&ridging therapy"),
        }
        flags = [(_tr("not recorded"), None), (_tr("yes"), True), (_tr("no"), False)]
        for key in FLAGS_SHOWN:
            self.form.choice(form, f"history.{key}", labels[key], flags)
        risks = RecordedList(_tr("Exposure risks"), _tr("e.g. tuberculosis; strongyloides"))
        self.form.row(form, "history.exposure_risks", _tr("Exposure ris&ks"), risks, _tr("Separate risks with ;"))
        return box

    def _protocol_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Protocol"))
        form = _form(box)
        combo = QComboBox()
        # Long protocol titles must not push the form wider than the screen.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(32)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if self.pinned is not None:
            combo.addItem(_tr("keep {id} version {version}").format(id=self.pinned.id, version=self.pinned.version))
        for pid, protocol in self.protocols.items():
            combo.addItem(f"{pid} {protocol.version}: {protocol.title}", pid)
        if self.pinned is None:
            combo.setCurrentIndex(combo.findData(DEFAULT_PROTOCOL))
        self.form.row(form, "protocol", _tr("Pro&tocol"), combo, _tr("The patient's checklist follows this version"))
        if self.pinned is not None:
            self.pinned_label = QLabel(
                _tr("Pinned: {id} version {version}").format(id=self.pinned.id, version=self.pinned.version)
            )
            self.pinned_label.setAccessibleName(_tr("Pinned protocol"))
            form.insertRow(0, self.pinned_label)
            reason = self.form.line(form, MOVE_REASON, _tr("Reason for mo&ving"), _tr("Recorded in the history"))
            reason.setEnabled(False)
            combo.currentIndexChanged.connect(self._protocol_chosen)
            if not self.session.user.is_admin:  # moving a patient to another protocol is admin work
                combo.setEnabled(False)
                combo.setToolTip(_tr("Only an admin can move a patient to another protocol"))
        return box

    def _protocol_chosen(self, _index: int) -> None:
        self.fields[MOVE_REASON].setEnabled(self.moving_to() is not None)

    # --- reading the form -----------------------------------------------------------------------
    def widget(self, path: str) -> Any:
        return self.fields[path]

    def chosen_protocol(self) -> Protocol:
        pid = self.widget("protocol").currentData()
        return self.protocols[pid] if pid else load_protocol(None)

    def moving_to(self) -> Protocol | None:
        """On edit: the protocol chosen when it differs from the pinned version, else None."""
        pid = self.widget("protocol").currentData()
        if self.pinned is None or not pid:
            return None
        chosen = self.protocols[pid]
        return None if (chosen.id, chosen.version) == (self.pinned.id, self.pinned.version) else chosen

    def _text(self, path: str) -> str:
        widget = self.widget(path)
        return str(widget.currentText() if isinstance(widget, QComboBox) else widget.text()).strip()

    def document(self) -> dict[str, Any]:
        """The bedside-patient/1 document the form describes; fields the form does not show are kept."""
        base = to_document(self.original) if self.original is not None else {}
        doc: dict[str, Any] = {"format": FORMAT_ID}
        for section in ("patient", "therapy", "history", "serology"):
            doc[section] = dict(base.get(section, {}))
        for path in self.fields:
            section, _, key = path.partition(".")
            if section in doc and key:
                put(doc[section], key, self._value(path))
        for section in ("history", "serology"):
            if not doc[section] and section not in base:
                del doc[section]
        return doc

    def _value(self, path: str) -> Any:
        widget = self.widget(path)
        if isinstance(widget, RecordedList):
            entries = widget.entries_typed()
            if entries is None or path != "history.prior_hct":
                return entries
            return [hct_entry(entry) for entry in entries]
        if isinstance(widget, QComboBox) and not widget.isEditable():
            return widget.currentData()
        text = self._text(path)
        if not text:
            return None
        if path == "therapy.infusion_dates":
            return [d for d in SEPARATORS.split(text) if d]
        if path == "patient.weight_kg":
            return typed_number(text)  # the workstation's decimal mark; anything else is named below
        return text

    def _form_problems(self) -> list[Problem]:
        problems = []
        for path in ("history.prior_hct", "history.exposure_risks"):
            widget = self.widget(path)
            if widget.state.currentData() == "yes" and not widget.entries_typed():
                problems.append(Problem(path, _tr('list at least one, or choose "none"')))
        if (born := strict_date(self._text("patient.birth_date"))) is not None and born > self.session.today:
            problems.append(Problem("patient.birth_date", _tr("is after today: a birth date cannot be in the future")))
        if (weight := number_problem(self._text("patient.weight_kg"))) is not None:
            problems.append(Problem("patient.weight_kg", weight))
        if self.moving_to() is not None and not self._text(MOVE_REASON):
            problems.append(Problem(MOVE_REASON, _tr("moving a patient to another protocol needs a reason")))
        return problems

    # --- saving ---------------------------------------------------------------------------------
    def save(self) -> bool:
        """Check everything; save only when no problem remains. True when saved (and the dialog accepted)."""
        self.clear_problems()
        problems = self._form_problems()
        record = None
        try:
            record = parse_document(self.document())
        except PatientFormatError as err:
            own = {p.path for p in problems}  # the form's own message for a field replaces the core's
            problems = [p for p in err.problems if p.path not in own] + problems
        if record is not None and self.original is None and self._exists(record.mrn):
            problems.append(Problem("patient.mrn", _tr("a patient with this MRN is already here: use Edit patient")))
        if problems or record is None:
            self.show_problems(problems)
            return False
        store, actor = self.session.store, self.session.actor
        try:
            if self.original is None:
                patients.add(store, actor, record, self.chosen_protocol())
            else:  # one transaction: a refused move saves nothing of the edit either
                moving = self.moving_to()
                reason = self._text(MOVE_REASON) if moving is not None else ""
                patients.edit(store, actor, record, move_to=moving, reason=reason, by=self.session.user)
        except BedsideError as err:
            self.show_problems([Problem(GENERAL, str(err))])
            return False
        self.saved_mrn = record.mrn
        self.session.notify()
        self.accept()
        return True

    def _exists(self, mrn: str) -> bool:
        return patients.is_stored(self.session.store, mrn)

    def clear_problems(self) -> None:
        self.form.clear()

    def show_problems(self, problems: list[Problem]) -> None:
        """Each message under the field its path names; a path without a field goes under the form."""
        first = self.form.show(problems)
        if first is not None:
            first.setFocus()
        self._grow_to_fit()

    def problem_text(self, path: str) -> str:
        return self.errors[path].text()

    def _grow_to_fit(self) -> None:
        # Messages appear under their fields: grow so none is clipped, never shrink what the user sized.
        if (layout := self.layout()) is not None:
            layout.activate()
        hint = self.sizeHint()
        self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))

    def _fill(self, doc: dict[str, Any]) -> None:
        for path, widget in self.fields.items():
            section, _, key = path.partition(".")
            value = doc.get(section, {}).get(key) if key else None
            if isinstance(widget, RecordedList):
                if path == "history.prior_hct" and value is not None:
                    value = [" ".join(filter(None, (h["type"], h.get("date")))) for h in value]
                widget.set_entries(value)
            elif isinstance(widget, QComboBox) and not widget.isEditable():
                if key:
                    widget.setCurrentIndex(max(widget.findData(value), 0))
            elif isinstance(widget, QComboBox):
                widget.setCurrentText(value or "")
            elif isinstance(widget, QLineEdit) and key:
                widget.setText(as_text(value))
                widget.setCursorPosition(0)  # show the start of a long name


def _form(box: QGroupBox) -> QFormLayout:
    form = QFormLayout(box)
    # Text fields take the spare width; choices stay as wide as their longest entry.
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return form

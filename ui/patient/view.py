"""One patient: a header (identifiers, product, day +N, CAR-HEMATOTOX, protocol) over four tabs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from bedside.config.language import words_for
from bedside.engine.urgency import FnEpisode, patient_episode
from bedside.services import patients
from bedside.views.patient_header import header
from ui.access.session import Session
from ui.board.model import ALERT_BACKGROUND, ALERT_TEXT, fn_antibiotics, fn_reading, fn_since
from ui.i18n import current_language
from ui.i18n import tr as _tr
from ui.patient.checklist_tab import ChecklistTab
from ui.patient.history_tab import HistoryTab
from ui.patient.labs_tab import LabsTab
from ui.patient.timeline_tab import TimelineTab

MINUTES_MS = 20_000  # the minutes since a fever, redrawn three times a minute


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class PatientView(QWidget):
    back_requested = Signal()

    def __init__(self, session: Session, mrn: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.mrn = session, mrn
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # names are data, never markup
        self.title.setAccessibleName(_tr("Patient"))
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.details = QLabel()
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setAccessibleName(_tr("Patient details"))
        self.details.setWordWrap(True)
        back = QPushButton(_tr("← Ward board"))
        back.setAccessibleName(_tr("Back to the ward board"))
        back.setToolTip(_tr("Back to the ward board (Alt+Left)"))
        back.clicked.connect(self.back_requested)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.back_requested.emit)
        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(self.title, 1)
        self.checklist = ChecklistTab(session, mrn)
        self.timeline = TimelineTab(session, mrn)
        self.labs = LabsTab(session, mrn)
        self.history = HistoryTab(session, mrn)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(_tr("Patient record"))
        self.tabs.addTab(self.checklist, _tr("&Checklist"))
        self.tabs.addTab(self.timeline, _tr("&Timeline"))
        self.tabs.addTab(self.labs, _tr("&Labs and events"))
        self.tabs.addTab(self.history, _tr("&History"))
        self.timeline.day_chosen.connect(self.open_day)
        self.labs.day_chosen.connect(self.open_day)
        self.fn_banner = QLabel()
        self.fn_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.fn_banner.setWordWrap(True)
        self.fn_banner.setAccessibleName(_tr("Febrile neutropenia alert"))
        self.fn_banner.setStyleSheet(
            f"background: {ALERT_BACKGROUND}; color: {ALERT_TEXT}; font-weight: bold; font-size: 12pt; padding: 6px;"
        )
        self.fn_banner.hide()
        self.fn: FnEpisode | None = None
        self._minutes = QTimer(self)  # the minutes since the fever keep counting
        self._minutes.setInterval(MINUTES_MS)
        self._minutes.timeout.connect(self._show_fn)
        self._minutes.start()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.fn_banner)
        layout.addWidget(self.details)
        layout.addWidget(self.tabs, 1)
        session.changed.connect(self.reload_header)
        self.reload_header()

    def open_day(self, day: date) -> None:
        """From the timeline: show that day's checklist."""
        self.tabs.setCurrentWidget(self.checklist)
        self.checklist.show_day(day)

    def unsaved_form(self) -> QWidget | None:
        """The first entry form with typed text not yet saved, or None."""
        return next((f for f in self.labs.forms_in_order() if f.unsaved()), None)

    def show_form(self, form: QWidget) -> None:
        """Back to a form (after "keep editing"): its tab, the form, and its first field."""
        self.tabs.setCurrentWidget(self.labs)
        self.labs.show_form(form)

    def reload_header(self) -> None:
        record = patients.load(self.session.store, self.mrn)
        protocol = patients.protocol_for(self.session.store, record)
        head = header(record, protocol, self.session.today, words_for(current_language()))
        self.title.setText(f"{head.name}  ·  {head.mrn}")
        self.details.setText(head.line)
        self.fn = patient_episode(protocol, record, self.session.today, self.session.zone)
        self._show_fn()

    def _show_fn(self) -> None:
        """The red banner while the febrile-neutropenia episode is open: words first, colour second."""
        self.fn_banner.setVisible(self.fn is not None)
        if self.fn is not None:
            now = self.session.now_local()
            self.fn_banner.setText(
                _tr(
                    "!! FEBRILE NEUTROPENIA: {reading}. {since}: {antibiotics}. Open until the bundle is ticked."
                ).format(
                    reading=fn_reading(self.fn),
                    since=capitalised(fn_since(self.fn, now)),
                    antibiotics=fn_antibiotics(self.fn, now),
                )
            )

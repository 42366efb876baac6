"""The day view: one patient's checklist for a chosen date, and the ticks that settle it.

Every tick is committed at once (one transaction, audited) and can be undone through Qt's undo stack;
undoing voids the check with a reason, so the history keeps both.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from bedside.domain.errors import BedsideError
from bedside.domain.patient import Check
from bedside.services import entries, patients
from bedside.views.day import DayRow, DayView, day_view
from ui.access.session import Session
from ui.i18n import tr as _tr
from ui.i18n import weekday
from ui.lazy import ReloadWhenShown
from ui.patient.checklist_model import ROW_ROLE, ChecklistModel, WrappedRows, status_label
from ui.reason_dialog import ReasonDialog
from ui.wiring import run_on

# Status, item, due; the why takes the rest of the width.
COLUMN_WIDTHS = (170, 290, 95)


def _tick_words() -> dict[str, str]:
    return {"done": _tr("done"), "not-done": _tr("not done"), "not-applicable": _tr("not applicable")}


class CheckCommand(QUndoCommand):
    """A tick (done / not done / not applicable). The first redo is the write already made."""

    def __init__(self, tab: ChecklistTab, check: Check, check_id: int, title: str) -> None:
        super().__init__(_tr("{item} {status}").format(item=title, status=_tick_words()[check.status]))
        self.tab, self.check, self.check_id, self.first = tab, check, check_id, True
        self.standing = True  # our check is in the database and not voided

    def redo(self) -> None:
        # A failed save (disk full, read-only) leaves the stack moved but the database as it was:
        # `standing` follows the database, so a later redo never ticks twice and undo never voids twice.
        if self.first or self.standing:
            self.first = False
            return
        c = self.check
        again = Check(c.item, c.due, c.status, c.by, self.tab.session.now(), c.reason)
        new_id = self.tab.write(lambda s: entries.tick(s, self.tab.session.actor, self.tab.mrn, again))
        if new_id is not None:
            self.check_id, self.standing = new_id, True
            self.tab.message.setText(_tr("Redone: {what}.").format(what=self.text()))

    def undo(self) -> None:
        if not self.standing:
            return
        reason = _tr("undone by {user}").format(user=self.tab.session.user.initials)
        voided = self.tab.write(
            lambda s: entries.void(s, self.tab.session.actor, self.tab.mrn, "check", self.check_id, reason)
        )
        if voided is not None:
            self.standing = False
            self.tab.message.setText(
                _tr("Undone: {what} (the tick stays in the history, voided).").format(what=self.text())
            )


class ChecklistTab(QWidget):
    def __init__(self, session: Session, mrn: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.mrn = session, mrn
        self.day = session.today
        self.view: DayView | None = None
        self.undo_stack = QUndoStack(self)
        self.model = ChecklistModel()
        self._build()
        session.day_changed.connect(self._day_rolled_over)  # before `changed` reloads
        session.changed.connect(ReloadWhenShown(self, self.reload).changed)
        self.reload()

    # --- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.previous = self._button(_tr("◀ Previous day"), _tr("Previous day (Alt+Page Up)"), lambda: self.step(-1))
        self.next = self._button(_tr("Next day ▶"), _tr("Next day (Alt+Page Down)"), lambda: self.step(1))
        self.today_button = self._button(_tr("Today"), _tr("Back to today (Alt+Home)"), self.go_today)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleName(_tr("Checklist date"))
        self.date_edit.setToolTip(_tr("Choose the day to show"))
        self.date_edit.dateChanged.connect(lambda d: self.show_day(d.toPython()))
        self.day_spin = QSpinBox()
        self.day_spin.setRange(-400, 3650)
        self.day_spin.setPrefix(_tr("day "))
        self.day_spin.setAccessibleName(_tr("Go to day number"))
        self.day_spin.setToolTip(_tr("Day after the first infusion; Enter goes there"))
        self.day_spin.editingFinished.connect(self.go_to_day_number)
        self.show_all = QCheckBox(_tr("Show items that do not apply"))
        self.show_all.setAccessibleName(_tr("Show items that do not apply"))
        self.show_all.setToolTip(_tr("Also list every item that is not due today, with the reason"))
        self.show_all.toggled.connect(self.reload)
        bar = QHBoxLayout()
        for widget in (
            self.previous,
            self.date_edit,
            self.next,
            self.today_button,
            QLabel(_tr("Go to")),
            self.day_spin,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.show_all)

        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(_tr("Checklist items"))
        self.tree.setAlternatingRowColors(False)
        # The why is the point of an item: wrapped in full, never cut off with "…".
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setItemDelegate(WrappedRows(self.tree))
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):  # once: a width the user drags stays
            self.tree.setColumnWidth(column, width)
        # Wrapped rows change height with their column's width: lay them out again after a resize.
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.timeout.connect(self.tree.doItemsLayout)
        header.sectionResized.connect(lambda *_: self._relayout.start(0))
        self.tree.selectionModel().currentRowChanged.connect(self._show_details)
        self.tree.doubleClicked.connect(lambda _index: self.mark_done())

        self.details = QLabel()
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # protocol and patient text is data
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(_tr("Item details"))
        self.sources_button = QPushButton(_tr("Show &sources"))
        self.sources_button.setCheckable(True)
        self.sources_button.setAccessibleName(_tr("Show sources"))
        self.sources_button.setToolTip(_tr("Show the publications this item cites"))
        self.sources_button.toggled.connect(lambda _on: self._show_details(self.tree.currentIndex()))

        self.done_button = self._button(_tr("&Done"), _tr("Mark the selected item done (Space)"), self.mark_done)
        self.not_done_button = self._button(
            _tr("&Not done…"), _tr("Record that it was not done, with a reason"), lambda: self.ask("not-done")
        )
        self.na_button = self._button(
            _tr("Not &applicable…"),
            _tr("Record that it does not apply to this patient, with a reason"),
            lambda: self.ask("not-applicable"),
        )
        self.undo_action = self.undo_stack.createUndoAction(self, _tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, _tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.addActions([self.undo_action, self.redo_action])
        self.undo_button = self._button(_tr("Undo"), _tr("Undo the last tick (Ctrl+Z)"), self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        actions = QHBoxLayout()
        for button in (self.done_button, self.not_done_button, self.na_button, self.undo_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.sources_button)

        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(_tr("Checklist message"))
        self.message.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setAccessibleName(_tr("Day summary"))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(actions)
        lower_layout.addWidget(self.message)
        # A long why with all its sources scrolls instead of being cut off at the window's edge.
        details_area = QScrollArea()
        details_area.setWidget(self.details)
        details_area.setWidgetResizable(True)
        details_area.setFrameShape(QFrame.Shape.NoFrame)
        details_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the buttons back to the list
        details_area.viewport().setAutoFillBackground(False)  # the tab's own background, as before
        self.details.setAutoFillBackground(False)
        lower_layout.addWidget(details_area, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

        shortcuts = (
            (Qt.Key.Key_Space, self.mark_done),
            (QKeySequence("Alt+PgUp"), lambda: self.step(-1)),
            (QKeySequence("Alt+PgDown"), lambda: self.step(1)),
            (QKeySequence("Alt+Home"), self.go_today),
        )
        for key, slot in shortcuts:
            shortcut = QShortcut(QKeySequence(key), self.tree if key == Qt.Key.Key_Space else self)
            if key == Qt.Key.Key_Space:
                # Only in the list: Space on a focused button or check box presses that, never ticks the item.
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    def _button(self, text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        run_on(button.clicked, slot)
        return button

    # --- days ----------------------------------------------------------------------------------
    def show_day(self, day: date) -> None:
        if day != self.day:
            self.day = day
            self.reload()

    def step(self, days: int) -> None:
        self.show_day(self.day + timedelta(days=days))

    def _day_rolled_over(self, old: date, new: date) -> None:
        """Midnight: a checklist showing "today" moves on to the new today; another chosen day stays."""
        if self.day == old:
            self.day = new

    def go_today(self) -> None:
        self.show_day(self.session.today)

    def go_to_day_number(self) -> None:
        if self.view is not None:  # day 0 is the shown day minus its number: no second read of the record
            day0 = self.day - timedelta(days=self.view.checklist.day)
            self.show_day(day0 + timedelta(days=self.day_spin.value()))

    def reload(self) -> None:
        store = self.session.store
        record = patients.load(store, self.mrn)
        protocol = patients.protocol_for(store, record)
        chosen = self.selected_row()
        self.view = day_view(
            protocol,
            record,
            self.day,
            self.session.today,
            include_all=self.show_all.isChecked(),
            zone=self.session.zone,
        )
        collapsed = self._collapsed_groups()
        scrolled = self.tree.verticalScrollBar().value()
        reasons = {(c.item, c.due): c.reason for c in record.checks if c.reason}  # the newest tick wins
        self.model.set_view(self.view, reasons)
        for group in range(self.model.rowCount()):  # a group's name reads across the row
            self.tree.setFirstColumnSpanned(group, QModelIndex(), True)
            # A group the nurse closed stays closed after a tick; everything else is open.
            self.tree.setExpanded(
                self.model.index(group, 0), self.model.index(group, 0).data(ROW_ROLE) not in collapsed
            )
        for widget, value in ((self.date_edit, QDate(self.day)), (self.day_spin, self.view.checklist.day)):
            widget.blockSignals(True)
            widget.setDate(value) if isinstance(widget, QDateEdit) else widget.setValue(value)  # type: ignore[arg-type]
            widget.blockSignals(False)
        counts = self.view.checklist.counts()
        when = _tr("Today") if self.day == self.session.today else weekday(self.day)
        self.summary.setText(
            _tr("{when}, day {day:+d}: {overdue} overdue, {due} due, {blocked} blocked, {done} done").format(
                when=when, day=self.view.checklist.day, **{k.replace("-", "_"): v for k, v in counts.items()}
            )
            + (_tr(", {n} need data").format(n=counts["needs-data"]) if counts.get("needs-data") else "")
            + (_tr("  ·  a future day: shown for planning, nothing can be ticked yet") if self.view.future else "")
        )
        self._select(chosen.item.id if chosen else None)
        self._show_details(self.tree.currentIndex())  # the same row stays current, with new data: no signal
        self.tree.verticalScrollBar().setValue(scrolled)  # the list stays where it was after a tick

    def _collapsed_groups(self) -> set[str]:
        found = set()
        for group in range(self.model.rowCount()):
            index = self.model.index(group, 0)
            if not self.tree.isExpanded(index):
                found.add(index.data(ROW_ROLE))
        return found

    def _select(self, item_id: str | None) -> None:
        """Keep the selection on the same item after a reload, else the first open item."""
        first: QModelIndex | None = None
        for g in range(self.model.rowCount()):
            group = self.model.index(g, 0)
            for r in range(self.model.rowCount(group)):
                index = self.model.index(r, 0, group)
                row: DayRow = index.data(ROW_ROLE)
                if first is None:
                    first = index
                if row.item.id == item_id:
                    self.tree.setCurrentIndex(index)
                    return
        if first is not None:
            self.tree.setCurrentIndex(first)
        else:
            self._show_details(QModelIndex())

    def selected_row(self) -> DayRow | None:
        row = self.tree.currentIndex().data(ROW_ROLE)
        return row if isinstance(row, DayRow) else None

    def _show_details(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE) if index.isValid() else None
        allowed = isinstance(row, DayRow) and row.can_check and self.view is not None and not self.view.future
        for button in (self.done_button, self.not_done_button, self.na_button):
            button.setEnabled(allowed)
        if not isinstance(row, DayRow):
            self.details.setText(
                _tr("No item selected.") if self.model.rowCount() else _tr("Nothing listed for this day.")
            )
            return
        item = row.item
        lines = [f"{item.title} ({item.id}) · {status_label(row)}", item.why]
        if item.drug:
            lines.append(_tr("Drug and dose: {drug}").format(drug=item.drug))
        if row.later_check is not None:
            check = row.later_check
            lines.append(
                _tr("Recorded later: {status} by {by} at {at}").format(status=check.status, by=check.by, at=check.at)
                + (f" ({check.reason})" if check.reason else "")
            )
        if self.sources_button.isChecked():
            lines.append(_tr("Sources:"))
            lines.extend(f"  {key}: {citation}" for key, citation in row.sources)
        else:
            lines.append(_tr("Sources: {keys}").format(keys=", ".join(key for key, _ in row.sources)))
        self.details.setText("\n".join(lines))

    # --- ticks ---------------------------------------------------------------------------------
    def mark_done(self) -> None:
        self.record("done")

    def ask(self, status: str) -> None:
        row = self.selected_row()
        if row is None:
            return
        title = {"not-done": _tr("Not done: {item}"), "not-applicable": _tr("Not applicable: {item}")}[status]
        dialog = ReasonDialog(title.format(item=row.item.title), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.record(status, dialog.reason.text())

    def record(self, status: str, reason: str | None = None) -> bool:
        """Commit a check for the selected item now; False (and a message) if it was refused."""
        row = self.selected_row()
        if row is None or self.view is None:
            return False
        if self.view.future:
            self.message.setText(_tr("This day is in the future: nothing can be ticked yet."))
            return False
        if not row.can_check or row.item.due is None:
            self.message.setText(
                _tr("{item} is {status}: there is nothing to tick.").format(
                    item=row.item.title, status=status_label(row)
                )
            )
            return False
        said = _tick_words().get(status, status)  # the status in the screen's language, not its code
        if status != "done" and not (reason or "").strip():
            self.message.setText(_tr('Refused: "{status}" needs a reason. Nothing was saved.').format(status=said))
            return False
        check = Check(row.item.id, row.item.due, status, self.session.user.initials, self.session.now(), reason)
        check_id = self.write(lambda s: entries.tick(s, self.session.actor, self.mrn, check))
        if check_id is None:
            return False
        self.undo_stack.push(CheckCommand(self, check, check_id, row.item.title))
        self.message.setText(
            _tr("Saved: {item} {status} for {due}.").format(
                item=row.item.title, status=said, due=row.item.due.isoformat()
            )
        )
        return True

    def write(self, action: object) -> int | None:
        """Run one store write; a refusal is shown, never swallowed, and nothing is shown as saved."""
        try:
            result = action(self.session.store)  # type: ignore[operator]
        except BedsideError as err:
            self.message.setText(_tr("Not saved: {error}").format(error=str(err)))
            return None
        self.session.notify()
        return result if isinstance(result, int) else 0

    def actions_for_menu(self) -> list[QAction]:
        return [self.undo_action, self.redo_action]

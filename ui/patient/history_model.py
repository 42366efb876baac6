"""One patient's audit trail as a table model: newest first, in words, with a kind and text filter."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from bedside.services.records import TABLES, Event
from ui.board.filtering import ChoiceAndSearchFilter
from ui.i18n import Number
from ui.i18n import tr as _tr
from ui.keyed_rows import update_in_place

EVENT_ROLE = Qt.ItemDataRole.UserRole + 1
KINDS = ("all", "check", "entry", "patient", "void")


def _seq(event: Event) -> int:
    return event.seq


def kind_labels() -> dict[str, str]:
    return {
        "all": _tr("All changes"),
        "check": _tr("Checks"),
        "entry": _tr("Entries (labs, observations, treatments, ...)"),
        "patient": _tr("Patient changes"),
        "void": _tr("Voids"),
    }


def kind_of(event: Event) -> str:
    if event.action.endswith(".void"):
        return "void"
    if event.entity == "check":
        return "check"
    if event.entity in TABLES:
        return "entry"
    return "patient" if event.entity == "patient" else "other"


def stored_time(event: Event) -> datetime:
    """The event's UTC time as stored (ISO 8601 with Z)."""
    return datetime.fromisoformat(event.at.replace("Z", "+00:00")).astimezone(UTC)


def local_time(event: Event, zone: tzinfo | None = None) -> str:
    """The event's time on the ward's clock (`zone`; the workstation's own when None)."""
    return stored_time(event).astimezone(zone).strftime("%Y-%m-%d %H:%M")


def _value(number: Any) -> str:
    return f"{Number(number):g}" if isinstance(number, float) else str(number)


def _entry_summary(entity: str, row: dict[str, Any]) -> str:
    """A short plain description of one entry row (as stored in the trail's old/new value)."""
    when = " ".join(str(row[k]) for k in ("date", "time") if row.get(k))
    if entity == "lab":
        return f"{row.get('test')} {_value(row.get('value'))} {row.get('unit', '')} · {when}".replace("  ", " ")
    if entity == "observation":
        unit = f" {row['unit']}" if row.get("unit") else ""
        return f"{row.get('type')} {_value(row.get('value'))}{unit} · {when}"
    if entity == "treatment":
        what = " ".join(str(row[k]) for k in ("type", "drug") if row.get(k))
        if row.get("date"):
            return f"{what} · {row['date']}"
        end = row.get("end") or (_tr("ongoing") if row.get("ongoing") else "")
        return f"{what} · {row.get('start')} – {end}"
    if entity == "infection":
        what = " ".join(str(row[k]) for k in ("site", "pathogen") if row.get(k))
        return f"{what} · {when}"
    if entity == "vaccination":
        return f"{row.get('vaccine')} · {when}"
    if entity == "check":
        return _tr("{item} {status} for {due}").format(
            item=row.get("item"), status=row.get("status"), due=row.get("due")
        )
    return ", ".join(f"{k} {v}" for k, v in row.items())


def _check_text(row: dict[str, Any]) -> str:
    verbs = {
        "done": _tr("ticked {item} done for {due}"),
        "not-done": _tr("marked {item} not done for {due}"),
        "not-applicable": _tr("marked {item} not applicable for {due}"),
    }
    verb = verbs.get(str(row.get("status")), _tr("recorded {item} for {due}"))
    return verb.format(item=row.get("item"), due=row.get("due"))


def _changed_fields(old: Any, new: Any) -> str:
    names = []
    for section, values in (new or {}).items():
        before = (old or {}).get(section)
        if isinstance(values, dict) and isinstance(before, dict):
            keys = sorted(k for k in values.keys() | before.keys() if values.get(k) != before.get(k))
            names += [f"{section}.{k}" for k in keys]
        else:
            names.append(section)
    return ", ".join(names)


def describe(event: Event) -> str:
    """What happened, in the ward's words: 'ticked HSV-VZV done for 2026-11-21', 'voided lab #12: typo'."""
    action, entity, number = event.action, event.entity, event.entity_id
    if action == "check.add" and isinstance(event.new_value, dict):
        return _check_text(event.new_value)
    if action.endswith(".void"):
        text = _tr("voided {entity} #{id}").format(entity=entity, id=number)
        if isinstance(event.old_value, dict):
            text += f" ({_entry_summary(entity, event.old_value)})"
        return f"{text}: {event.reason}" if event.reason else text
    if action.endswith(".add") and entity in TABLES and isinstance(event.new_value, dict):
        return _tr("added {entity} #{id}: {summary}").format(
            entity=entity, id=number, summary=_entry_summary(entity, event.new_value)
        )
    if action == "patient.import":
        return _tr("added the patient (record imported)")
    if action == "patient.replace":
        return _tr("replaced the whole patient record from a file")
    if action == "patient.edit":
        return _tr("changed {fields}").format(fields=_changed_fields(event.old_value, event.new_value))
    if action == "protocol.move":
        old, new = event.old_value or {}, event.new_value or {}
        return _tr("moved to protocol {new} (from {old}): {reason}").format(
            new=f"{new.get('id')} {new.get('version')}",
            old=f"{old.get('id')} {old.get('version')}",
            reason=event.reason,
        )
    if action in ("handover.print", "plan.print") and isinstance(event.new_value, dict):
        sheet = _tr("the handover") if action == "handover.print" else _tr("the follow-up plan")
        where = _tr("to a file") if event.new_value.get("output") == "file" else _tr("on a printer")
        return _tr("printed {sheet} ({pages} pages) {where}").format(
            sheet=sheet, pages=event.new_value.get("pages"), where=where
        )
    if action == "patient.export" and isinstance(event.new_value, dict):
        kind = _tr("FHIR R4") if event.new_value.get("format") == "fhir-r4" else _tr("Bedside JSON")
        where = _tr("to a file") if event.new_value.get("output") == "file" else _tr("to the command line's output")
        return _tr("exported the record as {format} {where}").format(format=kind, where=where)
    return f"{action} {entity} {number or ''}".strip()


def detail(event: Event) -> str:
    """The tooltip: the stored values behind the sentence."""
    lines = [_tr("#{seq} {action} by {actor} on {workstation}").format(**_fields(event))]
    if event.old_value is not None:
        lines.append(_tr("before: {value}").format(value=event.old_value))
    if event.new_value is not None:
        lines.append(_tr("after: {value}").format(value=event.new_value))
    return "\n".join(lines)


def _fields(event: Event) -> dict[str, Any]:
    return {"seq": event.seq, "action": event.action, "actor": event.actor, "workstation": event.workstation}


class HistoryModel(QAbstractTableModel):
    COLUMNS = ("when", "by", "what", "reason")

    def __init__(self, events: list[Event] | None = None, zone: tzinfo | None = None) -> None:
        super().__init__()
        self.zone = zone
        self._events: list[Event] = []
        self._voided: set[tuple[str, str | None]] = set()
        self.set_events(events or [])

    def set_events(self, events: list[Event]) -> None:
        """In place by the event's number: a new event is inserted, and an entry voided since then redraws
        its row struck through. No reset, so the selected event stays selected."""
        was_voided = [self.is_voided(e) for e in self._events]
        self._voided = {(e.entity, e.entity_id) for e in events if e.action.endswith(".void")}
        for row, (event, before) in enumerate(zip(self._events, was_voided, strict=True)):
            if self.is_voided(event) != before:  # the words and the strike-through change
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        update_in_place(self, self._events, sorted(events, key=_seq, reverse=True), key=_seq)

    def event_at(self, row: int) -> Event | None:
        return self._events[row] if 0 <= row < len(self._events) else None

    def is_voided(self, event: Event) -> bool:
        """An entry's 'added' event whose entry was voided later (the void event itself is not)."""
        return event.action.endswith(".add") and (event.entity, event.entity_id) in self._voided

    def can_void(self, event: Event) -> bool:
        """An entry's own 'added' event, not voided yet; the store refuses anything else anyway."""
        return event.entity in TABLES and event.action == f"{event.entity}.add" and not self.is_voided(event)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        labels = {"when": _tr("When (local time)"), "by": _tr("By"), "what": _tr("What"), "reason": _tr("Reason")}
        return labels[self.COLUMNS[section]]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event, column = self._events[index.row()], self.COLUMNS[index.column()]
        if role == EVENT_ROLE:
            return event
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(event, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "when":
                return _tr("Stored as {utc} (UTC)").format(utc=event.at)
            return detail(event)
        if role == Qt.ItemDataRole.FontRole and column == "what" and self.is_voided(event):
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def _display(self, event: Event, column: str) -> str:
        if column == "when":
            return local_time(event, self.zone)
        if column == "by":
            return event.actor
        if column == "what":
            text = describe(event)
            return _tr("{text} [voided]").format(text=text) if self.is_voided(event) else text
        if event.action.endswith(".void") or event.action == "protocol.move":
            return ""  # the reason is already part of the sentence
        return event.reason or ""


class HistoryFilter(ChoiceAndSearchFilter):
    """Shows one kind of event (or all) whose words contain the search text."""

    def __init__(self) -> None:
        super().__init__("all")

    def set_kind(self, kind: str) -> None:
        self._refilter(kind, self._text)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        event = model.data(model.index(source_row, 0, source_parent), EVENT_ROLE)
        if not isinstance(event, Event):
            return False
        if self._choice != "all" and kind_of(event) != self._choice:
            return False
        if not self._text:
            return True
        words = " ".join(
            str(model.data(model.index(source_row, c, source_parent)) or "") for c in range(model.columnCount())
        )
        return self._text in words.casefold()

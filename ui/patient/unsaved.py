"""Leaving a patient with typing not yet saved: ask, with "Keep editing" the default and Esc's answer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.i18n import tr as _tr

if TYPE_CHECKING:  # only the type: the main window loads the patient view when one is first opened
    from ui.patient.view import PatientView


def may_leave(window: QWidget, view: PatientView) -> bool:
    """True when nothing typed in the patient's forms would be lost, or the user chose Discard."""
    form = view.unsaved_form()
    if form is None:
        return True
    what = form.accessibleName().removeprefix(_tr("New entry: ")) or _tr("the form")
    if discard(window, _tr("What you typed in {form} for this patient is not saved. Leave it and lose it?"), what):
        return True
    view.show_form(form)
    return False


def discard(window: QWidget, question: str, what: str) -> bool:
    """Ask before typing is lost: True for Discard; Keep editing is the default and Esc's answer."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        _tr("Not saved yet"),
        question.format(form=what),
        QMessageBox.StandardButton.NoButton,
        window,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    keep = box.addButton(_tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.addButton(_tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    box.deleteLater()
    window.activateWindow()  # the keyboard goes back to this window's form, not to the closed box
    return box.clickedButton() is not keep

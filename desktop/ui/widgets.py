"""Pieces of dialogs that look and behave the same in every window."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

ERROR_STYLE = "color: #b00020;"
DONE_STYLE = "color: #1b5e20;"


def error_label() -> QLabel:
    """The red line under a form that says what is wrong; hidden until there is something."""
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel, wired to the dialog's accept() and reject()."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def show_outcome(label: QLabel, text: str, *, ok: bool) -> None:
    """A page's one-line answer to its Save button: green when done, red when refused."""
    label.setStyleSheet(DONE_STYLE if ok else ERROR_STYLE)
    label.setText(text)

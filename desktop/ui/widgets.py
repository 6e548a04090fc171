"""Pieces of dialogs that look and behave the same in every window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.retranslate import Retranslating

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


class _Buttons(QDialogButtonBox):
    """A button box whose own texts ("Sign in", "Quit"...) survive a language switch.

    On LanguageChange the dialog retranslates first, then Qt resets the standard buttons of
    its button box to their stock texts ("OK", "Отмена"). The texts the dialog had set are
    put back, unless they were the stock ones themselves."""

    def _texts(self) -> dict:
        return {button: self.button(button).text() for button in self._kinds}

    def __init__(self, kinds: QDialogButtonBox.StandardButton, parent: QWidget) -> None:
        super().__init__(kinds, parent)
        self._kinds = [QDialogButtonBox.StandardButton.Ok,
                       QDialogButtonBox.StandardButton.Cancel]
        self._stock = self._texts()

    def event(self, event: QEvent) -> bool:
        if event.type() != QEvent.Type.LanguageChange:
            return super().event(event)
        before = self._texts()
        handled = super().event(event)
        stock = self._texts()
        for kind, text in before.items():
            if text != self._stock[kind]:
                self.button(kind).setText(text)
        self._stock = stock
        return handled


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel, wired to the dialog's accept() and reject(); the dialog grows to show
    an error or a longer translation whole (grow_to_fit)."""
    buttons = _Buttons(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    grow_to_fit(dialog)
    return buttons


class _GrowToFit(QObject):
    """Whenever the window's layout changes (an error shown, a text translated), make the
    window as tall as its content needs at its present width. Word-wrapped labels need a
    height for their width that a window's minimum size does not account for, so without
    this a shown error squeezes the fields or is cut off."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            fit_height(watched)
        return False


def fit_height(window: QWidget) -> None:
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    if layout.hasHeightForWidth():
        need = layout.totalHeightForWidth(window.width())
    else:
        need = layout.totalSizeHint().height()
    need = max(need, layout.totalMinimumSize().height())
    if window.height() < need:
        window.resize(window.width(), need)


def grow_to_fit(window: QWidget) -> None:
    """Keep window tall enough for its content (see _GrowToFit)."""
    # Marked on the window: findChild(_GrowToFit) would make a Python object of every child
    # widget on the way, and set up their classes (≈5 ms before the sign-in window is up).
    if getattr(window, "_grows_to_fit", None) is None:
        window._grows_to_fit = _GrowToFit(window)
        window.installEventFilter(window._grows_to_fit)


def show_outcome(label: QLabel, text: str, *, ok: bool) -> None:
    """A page's one-line answer to its Save button: green when done, red when refused."""
    label.setStyleSheet(DONE_STYLE if ok else ERROR_STYLE)
    label.setText(text)


class PasswordsDiffer(Exception):
    """The repeated password differs from the first one; no service checks that."""


class FormDialog(Retranslating, QDialog):
    """A dialog of a few fields, a red line saying what is wrong, and OK and Cancel.

    The last problem is kept so that a language switch says it again in the new language.
    Subclasses build their fields, call `lay_out`, and implement `retranslateUi` (calling
    `retranslate_problem` at its end)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._last_error: BaseException | None = None
        self.error = error_label()

    def lay_out(self, *parts: QWidget | QLayout | int, min_width: int = 0,
                buttons: QWidget | None = None) -> None:
        """The parts top to bottom (a number is a spacing), then the error line (unless a
        part places it) and the buttons: OK and Cancel made here, after the fields, so that
        Tab goes through the fields first, or the dialog's own `buttons`."""
        if buttons is None:
            buttons = ok_cancel(self)
        else:
            grow_to_fit(self)
        self.buttons = buttons
        if self.error not in parts:
            parts = (*parts, self.error)
        layout = QVBoxLayout(self)
        for part in (*parts, self.buttons):
            if isinstance(part, int):
                layout.addSpacing(part)
            elif isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        if min_width:
            self.setMinimumWidth(min_width)

    def error_message(self, exc: BaseException) -> str:
        if isinstance(exc, PasswordsDiffer):
            return self.tr("The two passwords differ. Type the same password twice.")
        from desktop.ui.messages import error_text  # not before the sign-in window

        return error_text(exc)

    def show_problem(self, exc: BaseException, widget: QWidget | None = None) -> None:
        self._last_error = exc
        self.error.setText(self.error_message(exc))
        self.error.show()
        if widget is not None:
            widget.setFocus()

    def retranslate_problem(self) -> None:
        if self._last_error is not None:
            self.error.setText(self.error_message(self._last_error))

    def same_twice(self, first: QLineEdit, repeat: QLineEdit) -> bool:
        """Whether the password was typed the same twice; if not, says so at `repeat`."""
        if first.text() == repeat.text():
            return True
        self.show_problem(PasswordsDiffer(), repeat)
        return False


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """`width` × `height`, or less where the screen (without its taskbar) is smaller, so that
    the buttons at the bottom stay on screen at 1366×768."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width() - 40)
        height = min(height, room.height() - 60)
    window.resize(width, height)


def set_table_row(table: QTableWidget, row: int, values, row_id: int) -> None:
    """One row of texts, each whole in its tooltip (a column may cut it), each carrying the
    id of what the row shows."""
    for column, value in enumerate(values):
        item = QTableWidgetItem(value)
        item.setToolTip(value)
        item.setData(Qt.ItemDataRole.UserRole, row_id)
        table.setItem(row, column, item)

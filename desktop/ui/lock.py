"""Auto-lock: after an idle time the windows are covered and the password is asked again.

Nothing is closed: open dialogs keep what was typed in them; an opaque cover hides their
content until the same user types the password.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.accounts import users
from desktop.services.accounts.session import Session
from desktop.services.errors import AuthError
from desktop.ui.retranslate import Retranslating
from desktop.ui.widgets import error_label, grow_to_fit

# Wrong passwords at the lock before the session is ended; the service counts them towards
# the account's lockout too.
MAX_UNLOCK_FAILURES = 5

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
})


class IdleWatcher(QObject):
    """Calls `on_idle` when no keyboard or mouse input reached the application for `timeout_ms`."""

    def __init__(self, timeout_ms: int, on_idle: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, timeout_ms))
        self.timer.timeout.connect(on_idle)
        self._watching = False
        self._active = False

    def take_activity(self) -> bool:
        """Whether there was keyboard or mouse input since the last call."""
        active, self._active = self._active, False
        return active

    def start(self) -> None:
        if not self._watching:
            QApplication.instance().installEventFilter(self)
            self._watching = True
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self._watching:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self._watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
            self._active = True
        return False


class _Cover(QWidget):
    """An opaque panel over one top-level window, following its size."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoMousePropagation)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(watched.rect())
            self.raise_()
        return False

    def remove(self) -> None:
        try:
            self.parentWidget().removeEventFilter(self)
            self.hide()
            self.deleteLater()
        except RuntimeError:  # the window (and this cover with it) was already destroyed
            pass


class LockDialog(Retranslating, QDialog):
    """Application-modal, non-blocking. Emits `unlocked` after the right password (the
    `session` object, shared by every window, has then switched to the fresh session the
    password opened), or `sign_out` when the user gives up (or after too many wrong
    passwords)."""

    unlocked = Signal()
    sign_out = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.failures = 0
        self.setObjectName("lock_dialog")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label()
        self.buttons = QDialogButtonBox()
        self.unlock_button = QPushButton()
        self.unlock_button.setDefault(True)
        self.sign_out_button = QPushButton()
        self.buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.sign_out_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.sign_out_button.clicked.connect(self._give_up)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        grow_to_fit(self)  # the wrapped message and the error are never cut
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Kense is locked"))
        self.message.setText(self.tr(
            "Kense is locked. {name}, type your password to continue: everything you had "
            "open is kept."
        ).format(name=self.session.full_name))
        self.unlock_button.setText(self.tr("Unlock"))
        self.sign_out_button.setText(self.tr("Sign out"))
        if self.failures:
            self.error.setText(self.tr("Wrong password."))

    def try_unlock(self) -> None:
        try:
            fresh = users.confirm_password(self.session, self.password.text())
        except AuthError:
            # Locked (too many wrong passwords), reset, disabled or given another role
            # meanwhile: back to the sign-in.
            self.password.clear()
            self.sign_out.emit()
            self.done(QDialog.DialogCode.Rejected)
            return
        self.password.clear()
        if fresh is not None:
            self.session.switch_to(fresh)
            self.unlocked.emit()
            self.done(QDialog.DialogCode.Accepted)
            return
        self.failures += 1
        if self.failures >= MAX_UNLOCK_FAILURES:
            self.sign_out.emit()
            self.done(QDialog.DialogCode.Rejected)
            return
        self.error.setText(self.tr("Wrong password."))
        self.error.show()
        self.password.setFocus()

    def _give_up(self) -> None:
        self.sign_out.emit()
        self.done(QDialog.DialogCode.Rejected)

    def reject(self) -> None:
        """Escape must not unlock."""

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.try_unlock()
            return
        if event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)


class ScreenLock(QObject):
    """Covers every visible window and shows the LockDialog; `unlock()` undoes it."""

    unlocked = Signal()
    sign_out = Signal()

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialog: LockDialog | None = None
        self._covers: list[_Cover] = []

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def lock(self, anchor: QWidget | None = None) -> LockDialog:
        if self.dialog is not None:
            return self.dialog
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and not isinstance(window, LockDialog):
                self._covers.append(_Cover(window))
        self.dialog = LockDialog(self.session, anchor)
        self.dialog.unlocked.connect(self._on_unlocked)
        self.dialog.sign_out.connect(self._on_sign_out)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.password.setFocus()
        return self.dialog

    def _clear(self) -> None:
        for cover in self._covers:
            cover.remove()
        self._covers.clear()
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _on_unlocked(self) -> None:
        self._clear()
        self.unlocked.emit()

    def _on_sign_out(self) -> None:
        self._clear()
        self.sign_out.emit()

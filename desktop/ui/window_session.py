"""How a signed-in window's session lives and ends: the heartbeat that keeps it alive on the
server, the lock, a session the server ended, sign-out, quit and the close box. A part of
MainWindow."""

from __future__ import annotations

import logging

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.services.accounts import users as accounts
from desktop.ui import session_guard
from desktop.ui.lock import LockDialog
from desktop.ui.messages import error_text

log = logging.getLogger("kense.ui")


class WindowSession:
    """Needs of its window: session, workspace, idle (IdleWatcher), heartbeat (QTimer),
    screen_lock (ScreenLock), _closing_for, and the signals signed_out and quit_requested.

    Why the window closes, in `_closing_for`: "" (its close box), "sign_out", "locked_out",
    "session_over" or "quit"."""

    def lock(self) -> None:
        """Cover the windows and end the session on the server: only the password opens a
        new one (the lock dialog switches this window's Session to it)."""
        self.idle.stop()
        self.screen_lock.lock(self)
        try:
            accounts.lock_session(self.session)
        except Exception:  # the server is gone: the screen is locked all the same
            log.warning("the session could not be ended at the lock", exc_info=True)

    def _keep_alive(self) -> None:
        if not self.idle.take_activity() or self.screen_lock.locked or self._closing_for:
            return
        try:
            accounts.keep_alive(self.session)
        except Exception as exc:
            if not session_guard.report(exc):
                log.warning("the session could not be kept alive: %s", exc)

    def _session_over(self, exc: BaseException) -> None:
        """A use case was refused because this session is over: say so once, keep what was
        typed on this PC's disk, and return to the sign-in without asking anything."""
        try:
            if self._closing_for or self.screen_lock.locked or not self.isVisible():
                return
        except RuntimeError:  # this window is already gone
            return
        self._closing_for = "session_over"
        self.idle.stop()
        self.heartbeat.stop()
        QMessageBox.warning(
            self, self.tr("Signed out"),
            error_text(exc) + "\n\n" + self.tr(
                "Anything you typed and had not saved is kept on this computer and will be "
                "offered back when you sign in again."
            ),
        )
        self._sign_out_from_the_lock()

    def _restart_idle(self) -> None:
        self.idle.start()

    def sign_out(self) -> None:
        self._closing_for = "sign_out"
        self.idle.stop()
        self._close_dialogs()
        self.close()

    def _sign_out_from_the_lock(self) -> None:
        """Whoever is at the locked PC did not prove to be the user: nothing is asked or saved
        for them; unsaved edits stay on this PC's disk for the user's next sign-in."""
        keep = getattr(self.workspace, "keep_unsaved", None)
        if keep is not None:
            keep()
        self._closing_for = "locked_out"
        self.idle.stop()
        self._close_dialogs()
        self.close()

    def _close_dialogs(self) -> None:
        """Dialogs open over this window end with it (their exec() returns Rejected)."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, LockDialog):
                widget.hide()
            elif isinstance(widget, QDialog) and widget.isVisible():
                # done(), not reject(): a dialog that asks before dropping what was typed
                # must not ask whoever is at the PC when the session ends.
                widget.done(QDialog.DialogCode.Rejected)

    def quit(self) -> None:
        self._closing_for = "quit"
        self._close_dialogs()
        self.close()

    def _end_session(self) -> None:
        """This window closes: its session ends on the server (a no-op if it already has)."""
        session_guard.forget(self._session_over)
        self.heartbeat.stop()
        try:
            accounts.sign_out(self.session)
        except Exception:  # the database was switched or is unreachable: it expires there
            log.warning("the session could not be ended at sign-out", exc_info=True)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.screen_lock.locked and not self._closing_for:
            # Closing the window is no way around the lock.
            event.ignore()
            return
        may_close = getattr(self.workspace, "may_close", None)
        if self._closing_for != "locked_out" and may_close is not None and not may_close():
            event.ignore()  # the user stays with the unsaved draft
            self._closing_for = ""
            self.idle.start()
            return
        self.idle.stop()
        self._end_session()
        super().closeEvent(event)
        if self._closing_for in ("sign_out", "locked_out"):
            self.signed_out.emit()
        else:
            self.quit_requested.emit()

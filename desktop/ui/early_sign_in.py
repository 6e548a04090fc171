"""The sign-in window shown before the database is open (a PC that has signed in before): the
database is opened behind it once it is painted. A part of app.Shell.

Loads no store or services module at import time, as app.py does not."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog

from desktop.logging_setup import setup_logging
from desktop.ui import i18n

log = logging.getLogger("kense.ui")

RECOVERY_FOLDER = "recovery"


def college_names() -> tuple[str, str]:
    """The college's name in Kazakh and in Russian, from the database ("" before setup)."""
    from desktop.services.accounts import users

    profile = users.college_profile()
    return ("", "") if profile is None else (profile.name_kk, profile.name_ru)


def configure_recovery(data_dir: Path) -> None:
    from desktop.services.cases import unsaved_work

    unsaved_work.configure(data_dir / RECOVERY_FOLDER)


def when_painted(widget, then) -> None:
    """Call `then` once `widget` has been painted (or after a second, should no paint come),
    from the event loop: what it does waits behind a window the user already sees."""
    from PySide6.QtCore import QEvent

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, self, then)
            return False

    # The watcher is the timers' context: a widget deleted first takes them with it.
    watcher = FirstPaint(widget)
    widget.installEventFilter(watcher)
    QTimer.singleShot(1000, watcher, then)


class EarlySignIn:
    """Shell's sign-in while its database is still to be opened (`self.opening`)."""

    def _sign_in_while_opening(self) -> bool:
        """The sign-in window at once, with the college's name this PC remembers; the
        database is opened once the window is painted, and "Sign in" waits for it and for
        every page to be read. Anything but a plain sign-in (a fault, a first-run setup, an
        office key to type) closes this window and goes the ordinary way."""
        from desktop.ui.login import LoginDialog
        from desktop.ui.startup_checks import hold_until_checked

        opening, self.opening = self.opening, None
        dialog = LoginDialog(self.settings.college_name(i18n.current_language()) or "")
        dialog.language_chosen.connect(
            lambda lang: dialog.set_college_name(self.settings.college_name(lang) or "")
        )
        self.checks.opening()
        hold_until_checked(dialog, self.checks)
        outcome: dict = {}

        def open_behind() -> None:
            if outcome or not dialog.isVisible():  # left with Quit before it was painted
                return
            outcome["opened"] = False
            try:
                self.data_location = opening.open()
            except Exception as exc:
                outcome["error"] = exc
                dialog.reject()
                return
            outcome["opened"] = True
            self._start_log()
            configure_recovery(self.data_dir)
            if not self._plain_sign_in():
                dialog.reject()
                return
            outcome["plain"] = True
            dialog.set_college_name(self.settings.college_name(i18n.current_language()) or "")
            self.checks.start()

        when_painted(dialog, open_behind)
        self._dialog = dialog
        try:
            answer = dialog.exec()
        finally:
            self._dialog = None
        if "error" in outcome:
            dialog.deleteLater()
            self.data_location, self.exit_code = opening.explain(outcome["error"])
            if self.data_location is None:
                return False
            self._start_log()
            configure_recovery(self.data_dir)
            QTimer.singleShot(0, self.checks.start)
            return self.sign_in()
        if self.checks.error is not None:
            dialog.deleteLater()
            return self._stop_for_damage()
        if outcome.get("opened") and not outcome.get("plain"):
            dialog.deleteLater()
            QTimer.singleShot(0, self.checks.start)
            return self.sign_in()
        if answer != QDialog.DialogCode.Accepted or dialog.session is None:
            return False
        return self._signed_in(dialog)

    def _start_log(self) -> None:
        with contextlib.suppress(OSError):  # the opening has just found the folder writable
            setup_logging(self.data_dir)
        log.info("Kense starts; data in %s", self.data_location)

    def _plain_sign_in(self) -> bool:
        """Whether the database just opened asks for nothing before signing in (an office
        key to type, a first-run setup); remembers its college's name when so."""
        from desktop.services.accounts import office_key, users
        from desktop.services.records import upgrade

        try:
            if upgrade.establish_key():
                log.info("office key made for an upgraded database")
            if office_key.is_established() and not office_key.has_key_here():
                return False
            if users.needs_setup():
                return False
            self.settings.remember_college_name(*college_names())
        except Exception:
            return False  # the ordinary way meets it again, and says it
        return True

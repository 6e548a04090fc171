"""The Qt application: translators, logging, first-run setup or sign-in, then the main window.

desktop/cli/main.py opens and migrates the database, then calls `run_gui`; or, on a PC that has
signed in before, calls it first and the database is opened once the sign-in window is up
(Shell's early window). This module and the sign-in dialog therefore load no store or
services module at import time.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from desktop.logging_setup import install_excepthook, log_file, setup_logging
from desktop.ui import i18n
from desktop.ui.early_sign_in import EarlySignIn, college_names, configure_recovery

# remembers_sign_in is named here for the command line, whose one door into the UI is this
# module (with startup_error and terminal_text).
from desktop.ui.local_settings import LocalSettings, remembers_sign_in  # noqa: F401
from desktop.ui.qt_app import application

log = logging.getLogger("kense.ui")


def show_unexpected(exc: BaseException) -> None:
    """The last resort for an exception nobody handled: tell the user in their language."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.messages import error_text, error_title, is_expected

    if QApplication.instance() is None:
        return
    text = error_text(exc)
    if is_expected(exc):
        QMessageBox.warning(QApplication.activeWindow(), error_title(exc), text)
    else:
        QMessageBox.critical(QApplication.activeWindow(), error_title(exc), text)


def show_error(parent, exc: BaseException) -> None:
    from desktop.ui.messages import show_error as show

    show(parent, exc)


def _college_name(language: str) -> str:
    name_kk, name_ru = college_names()
    return name_kk if language == "kk" else name_ru


def _demo_hint() -> str:
    from desktop.services.demo.database import DEMO_USERS

    return "\n".join(f"{username} / {password}" for username, (_role, _name, password) in
                     DEMO_USERS.items())


class Shell(EarlySignIn, QObject):
    """Signs a user in, shows their main window, and signs in again after a sign-out."""

    def __init__(self, data_location: str | None, settings: LocalSettings, demo: bool,
                 log_path: Path, data_dir: Path | None = None, opening=None) -> None:
        super().__init__()
        self.data_location = data_location
        # cli.WindowOpening while the database is still to be opened behind the sign-in.
        self.opening = opening
        self.data_dir = data_dir
        self.settings = settings
        self.demo = demo
        self.log_path = log_path
        self.window = None
        self.checks = None  # StartupChecks, set by run_gui
        self.exit_code = 0
        self._dialog: QDialog | None = None

    def use_checks(self, checks) -> None:
        self.checks = checks
        checks.damaged.connect(self._damaged)

    def _damaged(self, _exc: BaseException) -> None:
        # Signing in waits for the check, so the sign-in (or first-run) dialog is what is
        # open: close it, and sign_in() says why and offers the way out.
        if self._dialog is not None:
            self._dialog.reject()

    def _damage_found(self, exc: BaseException) -> bool:
        """The few reads made before the pages have all been read (the office key, the
        college's name, whether setup is needed) may meet the damage first: treat it as the
        check would have. True if `exc` is that."""
        from desktop.services.errors import store_error_from

        if self.checks is None or self.checks.pages_ok:
            return False
        known = store_error_from(exc)
        if known is None or known.code != "corrupt":
            return False
        self.checks.error = known
        return True

    def _stop_for_damage(self) -> bool:
        """The same message and way out as a damage found before the window (cli.py's
        _gui_startup_error): restore the latest backup, open the data folder, or quit."""
        from desktop.services.office import backups
        from desktop.services.office.server.switching import reopen
        from desktop.ui.startup_error import offer_way_out

        exc = self.checks.error
        print(f"kense: {exc}", file=sys.stderr)
        backups.let_go_of_database()
        self.exit_code = 2
        if not offer_way_out(exc, self.data_dir):
            return False
        try:
            # Opened with every page read: the backup put in place was checked whole.
            self.data_location = reopen(self.data_dir)
        except Exception as again:
            show_error(None, again)
            return False
        self.checks.restored()
        self.exit_code = 0
        return self.sign_in()

    def sign_in(self) -> bool:
        """Show first-run setup or sign-in; False if the user gave up (then the program ends)."""
        i18n.install(self.settings.language)
        if self.opening is not None:
            return self._sign_in_while_opening()
        from desktop.services.accounts import users
        from desktop.ui.login import LoginDialog
        from desktop.ui.setup_dialog import SetupDialog

        if not self._office_key_ready():
            return False
        if self.checks is not None and self.checks.error is not None:
            return self._stop_for_damage()
        try:
            if users.needs_setup():
                dialog = SetupDialog()
            else:
                names = dict(zip(("kk", "ru"), college_names(), strict=True))
                if not self.demo:
                    self.settings.remember_college_name(names["kk"], names["ru"])
                dialog = LoginDialog(
                    names[i18n.current_language()], _demo_hint() if self.demo else ""
                )
                dialog.language_chosen.connect(
                    lambda lang: dialog.set_college_name(_college_name(lang))
                )
        except Exception as exc:
            if not self._damage_found(exc):
                raise
            return self._stop_for_damage()
        if self.checks is not None:
            from desktop.ui.startup_checks import hold_until_checked

            hold_until_checked(dialog, self.checks)
        self._dialog = dialog
        try:
            answer = dialog.exec()
        finally:
            self._dialog = None
        if self.checks is not None and self.checks.error is not None:
            dialog.deleteLater()
            return self._stop_for_damage()
        if answer != QDialog.DialogCode.Accepted or dialog.session is None:
            return False
        return self._signed_in(dialog)

    def _signed_in(self, dialog) -> bool:
        from desktop.services.accounts import users

        session = dialog.session
        chosen = i18n.current_language()
        if getattr(dialog, "language_touched", False) and session.language != chosen:
            session = users.set_language(session, chosen)
        dialog.deleteLater()
        self.open_window(session)
        self._offer_recovery_sheet(session)
        return True

    def _office_key_ready(self) -> bool:
        """A database from before the office key gets one now; a PC without this database's
        key asks for it from the recovery sheet. False if the user gave up."""
        from desktop.services.accounts import office_key
        from desktop.services.records import upgrade
        from desktop.ui.office_key_dialogs import KeyEntryDialog

        try:
            if upgrade.establish_key():
                log.info("office key made for an upgraded database")
            if not office_key.is_established() or office_key.has_key_here():
                return True
        except Exception as exc:
            if self._damage_found(exc):
                return True  # sign_in says it, with the way out
            show_error(None, exc)
            return False
        return KeyEntryDialog().exec() == QDialog.DialogCode.Accepted

    def _offer_recovery_sheet(self, session) -> None:
        """The admin sees the key once, as a sheet to print, until they say it is kept."""
        from desktop.services.accounts import office_key
        from desktop.ui.office_key_dialogs import RecoverySheetDialog

        if session.role != "admin" or not office_key.sheet_pending():
            return
        try:
            RecoverySheetDialog(session, _college_name(session.language), self.window).exec()
        except Exception as exc:
            show_error(self.window, exc)

    def open_window(self, session) -> None:
        from desktop.services.accounts.policy import idle_lock_minutes
        from desktop.ui.main_window import MainWindow

        i18n.install(session.language)
        self.settings.language = session.language
        self.window = MainWindow(
            session, self.data_location, idle_minutes=idle_lock_minutes(),
            college_name=_college_name, demo=self.demo,
            log_path=str(self.log_path), data_dir=self.data_dir,
        )
        self.window.signed_out.connect(self._after_sign_out)
        self.window.quit_requested.connect(QApplication.instance().quit)
        self.window.show()
        if self.checks is not None and self.checks.running:  # the daily backup, still writing
            bar = self.window.statusBar()
            bar.showMessage(self.checks.current_note)
            self.checks.note.connect(bar.showMessage)
        log.info("signed in as %s (%s)", session.username, session.role)

    def _after_sign_out(self) -> None:
        window, self.window = self.window, None
        if window is not None:
            self.settings.language = i18n.current_language()
            window.deleteLater()
            if window.database_switched:
                from desktop.services.office.server.switching import reopen

                try:
                    self.data_location = reopen(self.data_dir)
                except Exception as exc:
                    show_error(None, exc)
                    QApplication.instance().quit()
                    return
        if not self.sign_in():
            QApplication.instance().quit()


def run_gui(data_dir: Path, db_location: str | None, demo: bool = False,
            opening=None) -> int:
    """Run the desktop application on the database desktop/cli/main.py has opened and migrated;
    or, given `opening` (cli.WindowOpening), open it behind the first sign-in window."""
    app = application()
    install_excepthook(show_unexpected)
    settings = LocalSettings(data_dir)
    if opening is None:
        log_path = setup_logging(data_dir)
        log.info("Kense starts; data in %s", db_location)
        configure_recovery(data_dir)
    else:
        log_path = log_file(data_dir)  # set up once the sign-in window is up
    i18n.install(settings.language)
    shell = Shell(db_location, settings, demo, log_path, data_dir, opening)
    from desktop.ui.startup_checks import StartupChecks

    checks = StartupChecks(daily_backup=not demo, parent=app)
    shell.use_checks(checks)
    if opening is None:
        # Queued: it starts once the first dialog's event loop runs, i.e. with the window up.
        QTimer.singleShot(0, checks.start)
    # The last window closing must not end the program between sign-out and sign-in.
    app.setQuitOnLastWindowClosed(False)
    if not shell.sign_in():
        return shell.exit_code
    code = app.exec()
    try:
        from desktop.services.office import backups

        backups.tidy_up_at_exit()
    except Exception:
        # Statistics are a nicety: an exit never fails for them.
        log.exception("refreshing the query statistics at exit failed")
    log.info("Kense ends (%s)", code)
    return code

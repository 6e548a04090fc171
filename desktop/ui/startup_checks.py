"""The start-up work that used to hold up the first window, done once it is up.

Reading every page of the database (PRAGMA quick_check, ≈ 0.1 s at 100,000 cases) and, on the
first start of a day, the daily backup (a copy read whole again for its integrity check,
≈ 0.8 s) ran before the sign-in window; now they run on the thread pool while it is shown,
with a note in its status bar.

A damaged database must still not be worked on: until every page has been read, "Sign in" (and
"Create" of the first-run setup) stays disabled, so nothing is written to the file before it
is known sound, whatever the user types meanwhile. A damaged file closes the window and stops
work with the same message and way out as before the window (desktop/ui/startup_error.py).
The daily backup only reads the database into a file of its own: signing in need not wait for
it, and its failure, as before, lets work go on (the log and the console say why).
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QStatusBar

log = logging.getLogger("kense.startup")


class StartupChecks(QObject):
    """Run once per process with `start()`, after the first window is shown."""

    note = Signal(str)  # for a status bar; "" when there is nothing more to say
    pages_checked = Signal(bool)  # True: the file is sound, signing in may go ahead
    damaged = Signal(object)  # the error: work must stop

    def __init__(self, daily_backup: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.daily_backup = daily_backup
        self.pages_ok = False
        self.error: BaseException | None = None
        self.running = False
        self.done = False  # every check has reported
        self.current_note = ""
        self._round = 0  # results of a round the restore has overtaken are not wanted

    def opening(self) -> None:
        """The note while the database is opened behind the sign-in window."""
        self._say(QCoreApplication.translate("StartupChecks", "Opening the database…"))

    def start(self) -> None:
        # Imported here: the sign-in window may be up before the services are loaded (and
        # ui.tasks names Qt's namespace enums, whose first use costs ≈ 45 ms).
        from desktop.services.accounts import passwords
        from desktop.services.office import backups as maintenance
        from desktop.ui.tasks import run_task

        self.running = True
        self._say(QCoreApplication.translate("StartupChecks", "Checking the database…"))
        # The dummy hash an unknown user name is verified against: made now, on the other
        # core, so that not even the first sign-in of the process pays for it.
        run_task(passwords.dummy_hash, on_error=lambda exc: log.warning("dummy hash: %s", exc))
        this = self._round
        run_task(maintenance.check_database_pages,
                 lambda result: this == self._round and self._pages_done(result),
                 lambda exc: this == self._round and self._pages_failed(exc))

    def restored(self) -> None:
        """A checked backup was put in place of the damaged file: nothing more to wait for
        (a check still reading the old file must not close the new sign-in)."""
        self._round += 1
        self.error = None
        self.pages_ok = True
        self.pages_checked.emit(True)
        self._finish("")

    def _say(self, text: str) -> None:
        self.current_note = text
        self.note.emit(text)

    def _pages_done(self, _result: object) -> None:
        self.pages_ok = True
        self.pages_checked.emit(True)
        if not self.daily_backup:
            self._finish("")
            return
        from desktop.services.office import backups as maintenance
        from desktop.ui.tasks import run_task

        self._say(QCoreApplication.translate("StartupChecks", "Writing today's backup…"))
        run_task(maintenance.automatic_daily_backup, lambda _made: self._finish(""),
                 self._backup_failed)

    def _pages_failed(self, exc: BaseException) -> None:
        log.error("the database failed its check: %s", exc)
        self.error = exc
        self._finish("")
        self.damaged.emit(exc)

    def _backup_failed(self, exc: BaseException) -> None:
        # Work can go on (the database itself is sound); the admin sees the backups page.
        print(f"kense: the daily backup failed: {exc}", file=sys.stderr)
        log.warning("the daily backup failed: %s", exc)
        self._finish(QCoreApplication.translate("StartupChecks",
                                                "Today's backup could not be written."))

    def _finish(self, text: str) -> None:
        self.running = False
        self.done = True
        self._say(text)


def hold_until_checked(dialog: QDialog, checks: StartupChecks) -> None:
    """Give the sign-in (or first-run) dialog a status bar for the checks' note, and keep its
    OK button disabled until every page of the database has been read."""
    bar = QStatusBar(dialog)
    bar.setSizeGripEnabled(False)
    dialog.layout().addWidget(bar)
    bar.showMessage(checks.current_note)
    checks.note.connect(bar.showMessage)
    if not checks.pages_ok:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        checks.pages_checked.connect(ok.setEnabled)

"""When the database cannot be opened: say why in the user's language and offer a way out."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from desktop.logging_setup import setup_logging
from desktop.services.errors import StoreError
from desktop.services.office.backups import latest_good_backup, put_back
from desktop.ui import i18n
from desktop.ui.local_settings import LocalSettings
from desktop.ui.messages import error_text, error_title
from desktop.ui.qt_app import application

RESTORABLE = ("corrupt", "missing_database", "cannot_open", "empty_database", "not_kense")


def offer_way_out(exc: Exception, data_dir: Path) -> bool:
    """Show the problem in the language last used on this PC; True if the user restored a
    backup and Kense may start. One dialog, no loop of retries."""
    application()
    with contextlib.suppress(OSError):  # a read-only folder has no room for the log
        setup_logging(data_dir)
    try:
        language = LocalSettings(data_dir).language
    except OSError:
        language = i18n.DEFAULT_LANGUAGE
    i18n.install(language)
    code = getattr(exc, "code", "")
    backup = latest_good_backup(data_dir) if code in RESTORABLE else None
    box = QMessageBox(QMessageBox.Icon.Critical, error_title(exc), error_text(exc))
    box.setDetailedText(f"{exc}\n{data_dir}")
    restore_button = None
    if backup is not None:
        restore_button = box.addButton(
            QCoreApplication.translate("StartupError", "Restore the latest backup"),
            QMessageBox.ButtonRole.AcceptRole)
        box.setInformativeText(QCoreApplication.translate(
            "StartupError", "Latest good backup: %1").replace("%1", backup.name))
    folder_button = box.addButton(
        QCoreApplication.translate("StartupError", "Open the data folder"),
        QMessageBox.ButtonRole.HelpRole)
    box.addButton(QCoreApplication.translate("StartupError", "Quit"),
                  QMessageBox.ButtonRole.RejectRole)
    while True:
        box.exec()
        clicked = box.clickedButton()
        if clicked is folder_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir)))
            continue
        if restore_button is not None and clicked is restore_button:
            try:
                put_back(data_dir, backup)
            except (StoreError, OSError) as failed:
                QMessageBox.critical(None, error_title(failed), error_text(failed))
                return False
            return True
        return False

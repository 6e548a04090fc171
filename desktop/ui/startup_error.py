"""When the database cannot be opened: say why in the user's language and offer a way out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.store.connection import StoreError, sqlite_path_for
from desktop.store.health import newest_good_backup, put_backup_in_place

RESTORABLE = ("corrupt", "missing_database", "cannot_open")


def _tr(text: str) -> str:
    return QCoreApplication.translate("StartupError", text)


def explanation(exc: StoreError) -> str:
    texts = {
        "corrupt": _tr("The database file is damaged. Kense will not write into it, so that "
                       "nothing more is lost. Restore the latest backup, or ask your IT person."),
        "missing_database": _tr("The database file is missing, but backups exist. Restore the "
                                "latest backup rather than start with an empty database."),
        "cannot_open": _tr("The database file cannot be opened. Check that the data folder "
                           "exists and that you may write there."),
        "read_only": _tr("The database is read-only: Kense cannot save anything. Check the "
                         "folder's permissions, or copy the data folder to a writable place."),
        "disk_full": _tr("The disk is full. Free some space (for example, move old backups "
                         "elsewhere), then start Kense again. Nothing was lost."),
        "network_share": _tr("The database is on a network share. SQLite cannot lock files "
                             "there reliably and the records could be damaged. Keep it on this "
                             "PC's disk, or let several PCs share a PostgreSQL server."),
        "newer_schema": _tr("The database was written by a newer Kense. Install the newer "
                            "version; nothing was changed."),
        "server_unreachable": _tr("The database server cannot be reached. Check the network "
                                  "cable and that the server PC is on, then try again."),
    }
    return texts.get(exc.code, _tr("The database cannot be opened."))


def _language() -> str:
    """No one is logged in yet: use the language this PC used last."""
    return str(QSettings("Kense", "Kense").value("language", "kk"))


def offer_way_out(exc: StoreError, data_dir: Path) -> bool:
    """Show the problem; True if the user restored a backup and Kense may start."""
    QApplication.instance() or QApplication([])
    from desktop.ui import i18n

    i18n.install(_language())
    db_path = sqlite_path_for(data_dir)
    backup = newest_good_backup(data_dir / "backups") if exc.code in RESTORABLE else None
    box = QMessageBox(QMessageBox.Icon.Critical, _tr("Kense cannot start"), explanation(exc))
    box.setDetailedText(str(exc))
    restore_button = None
    if backup is not None:
        restore_button = box.addButton(_tr("Restore the latest backup"),
                                       QMessageBox.ButtonRole.AcceptRole)
        box.setInformativeText(_tr("Latest good backup: %1").replace("%1", backup.name))
    folder_button = box.addButton(_tr("Open the data folder"), QMessageBox.ButtonRole.HelpRole)
    box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    while True:
        box.exec()
        clicked = box.clickedButton()
        if clicked is folder_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir)))
            continue
        if restore_button is not None and clicked is restore_button:
            put_backup_in_place(db_path, backup)
            return True
        return False

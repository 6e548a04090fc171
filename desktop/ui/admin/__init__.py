"""The administrator's workspace: users, college, calendar, printers, electronic
signatures, strict-accountability blanks, the archive's imports, backups, audit log, and the
list of every setting.

The admin has no access to the content of cases (the services refuse it); these pages are
what the admin manages instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from desktop.services.accounts.session import Session
from desktop.ui.admin.archive_page import ArchivePage
from desktop.ui.admin.audit_page import AuditPage
from desktop.ui.admin.backups import BackupsPage
from desktop.ui.admin.blanks_page import BlanksPage
from desktop.ui.admin.calendar_page import CalendarPage
from desktop.ui.admin.college import CollegePage
from desktop.ui.admin.printers import PrintersPage
from desktop.ui.admin.settings_page import SettingsPage
from desktop.ui.admin.signatures_page import SignaturesPage
from desktop.ui.admin.users import UsersPage
from desktop.ui.retranslate import Retranslating

PAGES = ("users", "college", "calendar", "printers", "signatures", "blanks", "archive",
         "backups", "audit", "settings")


class AdminWorkspace(Retranslating, QTabWidget):
    """`sign_out_requested`: after a restore the session must end (the data changed)."""

    sign_out_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None,
                 data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("admin_workspace")
        self.session = session
        self.users = UsersPage(session)
        self.college = CollegePage(session)
        self.calendar = CalendarPage(session)
        self.printers = PrintersPage(session)
        self.signatures = SignaturesPage(session)
        self.blanks = BlanksPage(session)
        self.archive = ArchivePage(session)
        self.backups = BackupsPage(session)
        self.backups.sign_out_requested.connect(self.sign_out_requested)
        self.audit = AuditPage(session)
        self.settings = SettingsPage(session, data_dir)
        self.pages = {"users": self.users, "college": self.college, "calendar": self.calendar,
                      "printers": self.printers, "signatures": self.signatures,
                      "blanks": self.blanks,
                      "archive": self.archive,
                      "backups": self.backups, "audit": self.audit,
                      "settings": self.settings}
        for page in self.pages.values():
            self.addTab(page, "")
        self.currentChanged.connect(self._entered)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        titles = {
            "users": self.tr("Users"),
            "college": self.tr("College"),
            "calendar": self.tr("Work calendar"),
            "printers": self.tr("Blank printing"),
            "signatures": self.tr("Signatures"),
            "blanks": self.tr("Blanks"),
            "archive": self.tr("Archive"),
            "backups": self.tr("Backups"),
            "audit": self.tr("Audit log"),
            "settings": self.tr("Settings"),
        }
        for name, page in self.pages.items():
            self.setTabText(self.indexOf(page), titles[name])

    def show_page(self, name: str) -> None:
        self.setCurrentWidget(self.pages[name])

    def _entered(self, index: int) -> None:
        """Lists are re-read when shown: another admin PC may have changed them."""
        page = self.widget(index)
        if page in (self.users, self.calendar, self.printers, self.signatures, self.blanks,
                    self.archive, self.backups, self.audit, self.settings):
            page.refresh()


__all__ = ["PAGES", "AdminWorkspace"]

"""The main window: menus, status bar, the role's workspace, language switch and auto-lock."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from desktop import __version__
from desktop.services.accounts import users as accounts
from desktop.services.accounts.policy import DEFAULT_IDLE_MINUTES
from desktop.services.accounts.session import Session
from desktop.services.archive import finding
from desktop.ui import i18n, session_guard
from desktop.ui.code_names import role_name
from desktop.ui.lock import IdleWatcher, ScreenLock
from desktop.ui.login import LANGUAGE_LABELS, ChangePasswordDialog
from desktop.ui.messages import show_error
from desktop.ui.retranslate import Retranslating
from desktop.ui.verify_dialog import VerifyDialog
from desktop.ui.widgets import fit_to_screen
from desktop.ui.window_session import WindowSession
from desktop.ui.workspaces.archive_dialog import ArchiveSearchDialog

log = logging.getLogger("kense.ui")

# While the user works on this PC (typing a draft touches no use case), the server-side session
# is kept alive this often; the server lets it expire only after the idle-lock time and more.
HEARTBEAT_MS = 60_000

WorkspaceFactory = Callable[[Session, QWidget], QWidget]


def default_workspace(session: Session, parent: QWidget) -> QWidget:
    """The admin's workspace for the admin; the case workspaces for everyone else."""
    if session.role == "admin":
        from desktop.ui.admin import AdminWorkspace

        return AdminWorkspace(session, parent, getattr(parent, "data_dir", None))
    try:
        from desktop.ui.workspaces import build_workspace
    except ImportError:
        # The case workspaces are being written; say so rather than fail to start.
        log.exception("the case workspaces cannot be loaded")
        label = QLabel(parent)
        label.setObjectName("workspace_missing")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setText(QCoreApplication.translate(
            "MainWindow", "This workspace is not available in this version."))
        return label
    return build_workspace(session, parent)


class MainWindow(WindowSession, Retranslating, QMainWindow):
    """One signed-in user. `signed_out` asks the application to show the sign-in again;
    `quit_requested` to end the program."""

    signed_out = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        session: Session,
        data_location: str,
        workspace_factory: WorkspaceFactory | None = None,
        *,
        idle_minutes: float = DEFAULT_IDLE_MINUTES,
        college_name: str | Callable[[str], str] = "",
        demo: bool = False,
        log_path: str = "",
        data_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.data_dir = data_dir
        # Set when the admin pointed this PC at another database: the shell reopens it.
        self.database_switched = False
        self.setObjectName("main_window")
        self.session = session
        self.data_location = data_location
        self.college_name = college_name
        self.demo = demo
        self.log_path = log_path
        # Why the window closes: "" (its close box), "sign_out", "locked_out" or "quit".
        self._closing_for = ""

        self._build_menus()
        self.user_label = QLabel()
        self.user_label.setObjectName("user_label")
        self.location_label = QLabel()
        self.location_label.setObjectName("location_label")
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.location_label)

        self.workspace = (workspace_factory or default_workspace)(session, self)
        self.setCentralWidget(self.workspace)
        # A workspace can end the session itself (the admin after a restore).
        request = getattr(self.workspace, "sign_out_requested", None)
        if request is not None:
            request.connect(self.sign_out)

        self.screen_lock = ScreenLock(session, self)
        self.screen_lock.sign_out.connect(self._sign_out_from_the_lock)
        self.screen_lock.unlocked.connect(self._restart_idle)
        self.idle = IdleWatcher(int(idle_minutes * 60_000), self.lock, self)
        self.idle.start()
        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(HEARTBEAT_MS)
        self.heartbeat.timeout.connect(self._keep_alive)
        self.heartbeat.start()
        session_guard.listen(self._session_over)

        fit_to_screen(self, 1440, 900)
        self.retranslateUi()

    # menus --------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("file_menu")
        self.change_password_action = self.file_menu.addAction("")
        self.change_password_action.triggered.connect(self.change_password)
        self.lock_action = self.file_menu.addAction("")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.sign_out_action = self.file_menu.addAction("")
        self.sign_out_action.triggered.connect(self.sign_out)
        self.file_menu.addSeparator()
        self.quit_action = self.file_menu.addAction("")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.quit)

        self.language_menu = bar.addMenu("")
        self.language_menu.setObjectName("language_menu")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in i18n.LANGUAGES:
            action = self.language_menu.addAction(LANGUAGE_LABELS[code])
            action.setCheckable(True)
            action.setChecked(code == i18n.current_language())
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action

        self.tools_menu = bar.addMenu("")
        self.tools_menu.setObjectName("tools_menu")
        self.verify_action = self.tools_menu.addAction("")
        self.verify_action.triggered.connect(self.verify_code)
        # Mirrors desktop.services.records.verify: the office (clerk, head) answers for documents.
        self.verify_action.setVisible(self.session.role in ("clerk", "head"))
        self.check_signature_action = self.tools_menu.addAction("")
        self.check_signature_action.triggered.connect(self.check_signature)
        self.check_signature_action.setVisible(self.session.role in ("clerk", "head"))
        self.blank_reports_action = self.tools_menu.addAction("")
        self.blank_reports_action.triggered.connect(self.blank_reports)
        # Mirrors desktop.services.blanks.period_report (the admin has them on Admin → Blanks).
        self.blank_reports_action.setVisible(self.session.role == "head")
        self.archive_action = self.tools_menu.addAction("")
        self.archive_action.triggered.connect(self.browse_archive)
        # Mirrors desktop.services.archive.finding: the admin imports, the others read.
        self.archive_action.setVisible(self.session.role in finding.READERS)
        self.reports_action = self.tools_menu.addAction("")
        self.reports_action.triggered.connect(self.open_reports)
        # Mirrors desktop.services.reports.statistics: the registers and case lists are the
        # office's.
        self.reports_action.setVisible(self.session.role in ("clerk", "head"))
        self.tools_menu.menuAction().setVisible(self.session.role != "admin")

        self.admin_menu = None
        if self.session.role == "admin":
            self.admin_menu = bar.addMenu("")
            self.admin_menu.setObjectName("admin_menu")
            self.admin_actions: dict[str, QAction] = {}
            for page in ("users", "college", "calendar", "printers", "signatures", "blanks",
                         "archive", "backups", "audit"):
                action = self.admin_menu.addAction("")
                action.triggered.connect(lambda _checked=False, p=page: self._show_admin_page(p))
                self.admin_actions[page] = action
            self.admin_menu.addSeparator()
            self.server_action = self.admin_menu.addAction("")
            self.server_action.triggered.connect(self.choose_server)
            self.server_action.setEnabled(self.data_dir is not None)

        self.help_menu = bar.addMenu("")
        self.help_menu.setObjectName("help_menu")
        self.about_action = self.help_menu.addAction("")
        self.about_action.triggered.connect(self.about)

    def college_title(self) -> str:
        """The college's name in the interface language (the shell passes a function of the
        language, so the title follows a language switch)."""
        name = self.college_name
        return name(i18n.current_language()) if callable(name) else name

    def retranslateUi(self) -> None:
        title = self.tr("Kense")
        college = self.college_title()
        if college:
            title = f"{title} — {college}"
        if self.demo:
            title = f"{title} [{self.tr('DEMO')}]"
        self.setWindowTitle(title)
        self.file_menu.setTitle(self.tr("&File"))
        self.change_password_action.setText(self.tr("Change password…"))
        self.lock_action.setText(self.tr("Lock"))
        self.sign_out_action.setText(self.tr("Sign out"))
        self.quit_action.setText(self.tr("Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.verify_action.setText(self.tr("Verify a document code…"))
        self.check_signature_action.setText(self.tr("Check an electronic signature…"))
        self.archive_action.setText(self.tr("The college's archive…"))
        self.reports_action.setText(self.tr("Reports…"))
        self.blank_reports_action.setText(self.tr("Strict-accountability blanks…"))
        if self.admin_menu is not None:
            self.admin_menu.setTitle(self.tr("&Administration"))
            texts = {
                "users": self.tr("Users"),
                "college": self.tr("College profile"),
                "calendar": self.tr("Work calendar"),
                "printers": self.tr("Blank printing"),
                "signatures": self.tr("Electronic signatures (NCA certificates)"),
                "blanks": self.tr("Strict-accountability blanks"),
                "archive": self.tr("Import the archive from Excel"),
                "backups": self.tr("Backup and restore"),
                "audit": self.tr("Audit log"),
            }
            for page, action in self.admin_actions.items():
                action.setText(texts[page])
            self.server_action.setText(self.tr("Database server…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("About Kense"))
        self.user_label.setText(self.tr("{name} — {role}").format(
            name=self.session.full_name, role=role_name(self.session.role)))
        self.location_label.setText(self.tr("Data: {location}").format(
            location=self.data_location))

    # actions ------------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Remember the choice for this user, then re-translate everything on screen."""
        try:
            # In place: every window of this sign-in holds this same Session object.
            self.session.switch_to(accounts.set_language(self.session, language))
        except Exception as exc:
            show_error(self, exc)
            self.language_actions[i18n.current_language()].setChecked(True)
            return
        i18n.install(language)
        self.language_actions[language].setChecked(True)

    def change_password(self) -> None:
        dialog = ChangePasswordDialog(self.session, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            QMessageBox.information(
                self, self.tr("Change password"), self.tr("Your password has been changed.")
            )

    def choose_server(self) -> None:
        from desktop.ui.server_dialog import ServerDialog

        dialog = ServerDialog(self.session, self.data_dir, self)
        dialog.exec()
        if dialog.switched:
            self.database_switched = True
            self.sign_out()

    def verify_code(self) -> None:
        VerifyDialog(self.session, self).exec()

    def blank_reports(self) -> None:
        from desktop.ui.blank_reports_panel import BlankReportsDialog

        BlankReportsDialog(self.session, self).exec()

    def check_signature(self) -> None:
        from desktop.ui.workspaces.esign_panel import check_signature_files

        check_signature_files(self)

    def browse_archive(self) -> None:
        ArchiveSearchDialog(self.session, parent=self, browse=True).exec()

    def open_reports(self) -> None:
        # Imported when asked for: the working windows load no report code at start.
        from desktop.ui.reports.reports_dialog import ReportsDialog

        ReportsDialog(self.session, self).exec()

    def about(self) -> None:
        text = self.tr(
            "Kense {version}\n\nState services of the college office: duplicates of "
            "education documents and certificates for unfinished study.\n\n"
            "Data: {location}"
        ).format(version=__version__, location=self.data_location)
        if self.log_path:
            text += "\n" + self.tr("Log file: {path}").format(path=self.log_path)
        QMessageBox.about(self, self.tr("About Kense"), text)

    def _show_admin_page(self, page: str) -> None:
        show = getattr(self.workspace, "show_page", None)
        if show is not None:
            show(page)

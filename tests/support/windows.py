"""Every top-level window and dialog of the interface, found by walking desktop/ui, and a way
to open each one as its user would meet it (the screen-fit test opens them all)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

# Base classes a user never meets on their own.
ABSTRACT = {"FormDialog"}


def window_classes() -> set[str]:
    """The names of desktop/ui's QDialog and QMainWindow subclasses (defined there)."""
    from PySide6.QtWidgets import QDialog, QMainWindow

    import desktop.ui

    found = set()
    for info in pkgutil.walk_packages(desktop.ui.__path__, "desktop.ui."):
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == info.name and issubclass(cls, (QDialog, QMainWindow)):
                found.add(name)
    return found - ABSTRACT


def _signed_detail(staff):
    from desktop.services.cases import queries
    from support.blank_stock import signed, stock_once

    stock_once(staff["admin"])
    case = signed(staff)
    return queries.get_case(staff["clerk"], case.id)


def _registered_detail(staff):
    from desktop.services.cases import queries, registration
    from support.applications import make_application

    case = registration.register(staff["clerk"], make_application("duplicate"))
    return queries.get_case(staff["head"], case.id)


def _main_window(role: str):
    def build(staff, _tmp: Path):
        from desktop.ui.main_window import MainWindow

        return MainWindow(staff[role], "/data/kense.sqlite3")
    return build


def _builders() -> dict[str, Callable]:
    from desktop.forms.samples import render_samples
    from desktop.services.accounts import users as accounts
    from desktop.services.cases import hearings
    from desktop.ui.admin.blanks_page import BatchDialog
    from desktop.ui.admin.calendar_page import OverrideDialog
    from desktop.ui.admin.users import PasswordResetDialog, RoleDialog, UserDialog
    from desktop.ui.blank_reports_panel import BlankReportsDialog
    from desktop.ui.lock import LockDialog
    from desktop.ui.login import ChangePasswordDialog, LoginDialog
    from desktop.ui.office_key_dialogs import KeyEntryDialog, RecoverySheetDialog
    from desktop.ui.pdf_view import PdfPreviewDialog
    from desktop.ui.reports.figure_cases import FigureCasesDialog
    from desktop.ui.reports.reports_dialog import ReportsDialog
    from desktop.ui.server_dialog import ServerDialog
    from desktop.ui.setup_dialog import SetupDialog
    from desktop.ui.verify_dialog import VerifyDialog
    from desktop.ui.workspaces.archive_dialog import ArchiveSearchDialog
    from desktop.ui.workspaces.dialogs import IssueDialog, PeriodDialog, TextDialog
    from desktop.ui.workspaces.hearing_dialogs import (
        DECIDE,
        GroundsDialog,
        HearingDialog,
        NoticeDialog,
    )
    from desktop.ui.workspaces.registration import RegistrationDialog

    def clerk_info(staff):
        return next(u for u in accounts.list_users(staff["admin"]) if u.username == "clerk")

    return {
        "BatchDialog": lambda s, _t: BatchDialog(s["admin"], ("diploma", "appendix")),
        "OverrideDialog": lambda s, _t: OverrideDialog(s["admin"]),
        "PasswordResetDialog": lambda s, _t: PasswordResetDialog(s["admin"], clerk_info(s)),
        "RoleDialog": lambda s, _t: RoleDialog(clerk_info(s)),
        "UserDialog": lambda s, _t: UserDialog(s["admin"]),
        "BlankReportsDialog": lambda s, _t: BlankReportsDialog(s["head"]),
        "LockDialog": lambda s, _t: LockDialog(s["clerk"]),
        "ChangePasswordDialog": lambda s, _t: ChangePasswordDialog(s["clerk"]),
        "LoginDialog": lambda _s, _t: LoginDialog("Алматы политехникалық колледжі",
                                                  "admin / clerk / head / executor"),
        "MainWindow:admin": _main_window("admin"),
        "MainWindow:clerk": _main_window("clerk"),
        "MainWindow:head": _main_window("head"),
        "MainWindow:executor": _main_window("executor"),
        "KeyEntryDialog": lambda _s, _t: KeyEntryDialog(),
        "RecoverySheetDialog": lambda s, _t: RecoverySheetDialog(
            s["admin"], "Алматы политехникалық колледжі"),
        "PdfPreviewDialog": lambda _s, _t: PdfPreviewDialog(render_samples("kk")["receipt"],
                                                            "Қолхат"),
        "FigureCasesDialog": lambda s, _t: FigureCasesDialog(s["head"], "Мерзімі өткен", []),
        "ReportsDialog": lambda s, _t: ReportsDialog(s["head"]),
        "ServerDialog": lambda s, t: ServerDialog(s["admin"], t),
        "SetupDialog": lambda _s, _t: SetupDialog(),
        "VerifyDialog": lambda s, _t: VerifyDialog(s["clerk"]),
        "ArchiveSearchDialog": lambda s, _t: ArchiveSearchDialog(s["clerk"]),
        "IssueDialog": lambda s, _t: IssueDialog(_signed_detail(s)),
        "GroundsDialog": lambda s, _t: _grounds_dialog(s, hearings, GroundsDialog, DECIDE),
        "NoticeDialog": lambda _s, _t: NoticeDialog(),
        "HearingDialog": lambda _s, _t: HearingDialog(),
        "PeriodDialog": lambda _s, _t: PeriodDialog("Кезең", date(2026, 3, 1),
                                                    date(2026, 3, 31)),
        "TextDialog": lambda _s, _t: TextDialog("Пысықтауға қайтару", "Неге?"),
        "RegistrationDialog": lambda s, _t: RegistrationDialog(s["clerk"]),
    }


def _grounds_dialog(staff, hearings, dialog, mode):
    """The head's preliminary decision, with the limits of a duplicate just registered."""
    detail = _registered_detail(staff)
    return dialog(detail, mode, limits=hearings.limits_of(staff["head"], detail.id))


def window_builders() -> dict[str, Callable]:
    """Name (a class, or "MainWindow:<role>" for the main window of each role) -> a function
    of (staff, tmp_path) that opens it."""
    return _builders()

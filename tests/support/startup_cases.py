"""Starting Kense as `kense --data-dir DIR` does, in tests: data folders to start on (and a
settings.ini that remembers a sign-in), the start itself, a table damaged under SQLite's nose,
the start-up error's box answered, and a record of what the first window of a start showed."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop.__main__ import build_parser
from desktop.cli import main
from desktop.store.backup import daily_backup
from desktop.store.connection import close_database, open_database, write_transaction
from desktop.store.migrations import migrate
from support.markers import set_marker

PASSWORD = "Kense-test-pass-42"


def make_data(data: Path, marker: str) -> None:
    db = open_database(data / "kense.sqlite3")
    migrate(db)
    with write_transaction():
        set_marker(marker)
    daily_backup(db, data / "backups", today=datetime(2026, 3, 1))
    close_database()


COLLEGE_KK = "Алматы политехникалық колледжі"
COLLEGE_RU = "Алматинский политехнический колледж"


def make_college(data: Path) -> None:
    """A database an office works with: its college and first admin set up, and a backup
    of 01.03.2026."""
    from desktop.services.accounts import users

    db = open_database(data / "kense.sqlite3")
    migrate(db)
    users.first_run_setup(users.CollegeProfile(
        name_kk=COLLEGE_KK, name_ru=COLLEGE_RU, address_kk="Алматы қ., Абай даңғылы, 1",
        address_ru="г. Алматы, пр. Абая, 1", head_name="Сәрсенбаев Ғалым Құрманұлы",
    ), "admin", "Әкімші Әлия", PASSWORD)
    daily_backup(db, data / "backups", today=datetime(2026, 3, 1))
    close_database()


def remember_sign_in(data: Path, language: str, name_kk: str, name_ru: str) -> None:
    """settings.ini of a PC whose sign-in window has shown a database before."""
    (data / "settings.ini").write_text(
        f"[General]\nlanguage={language}\n\n[sign-in]\ncollege_kk={name_kk}\n"
        f"college_ru={name_ru}\n", encoding="utf-8")


def start(data: Path) -> int:
    try:
        return main.run_cli(build_parser().parse_args(["--data-dir", str(data)]))
    finally:
        close_database()


def language(data: Path, language: str) -> None:
    (data / "settings.ini").write_text(f"[General]\nlanguage={language}\n", encoding="utf-8")


def damage_the_table(path: Path, table: str = "case") -> None:
    """Overwrite the first page of a table: the header, the schema and the version still
    read well, so only reading every page (or that table) finds it."""
    import sqlite3

    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                        (table,)).fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xff" * page_size)


def answer_quit(monkeypatch) -> dict:
    """The start-up error's message box: what it said and offered; answered with Quit."""
    said: dict = {}

    def quit_(box):
        said["text"], said["buttons"] = box.text(), [b.text() for b in box.buttons()]
        quit_button = next(b for b in box.buttons()
                           if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
        monkeypatch.setattr(box, "clickedButton", lambda: quit_button)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", quit_)
    return said




def delete_left_windows() -> None:
    """Windows other tests left to be deleted would retranslate against this test's database
    when the start-up dialog switches the language: delete them first."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def record_first_window(monkeypatch, qtbot):
    """The real start, to its first window (sign-in or first-run setup): shown, then left
    with Quit once the start-up checks have reported, or closed by them. Records what
    happened in which order, and whether the window's OK button could be pressed."""
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.services.office import backups as maintenance
    from desktop.ui import login, setup_dialog, startup_checks

    seen: dict = {"events": [], "checks": [], "dialogs": [], "names": []}
    real_backup = maintenance.automatic_daily_backup
    real_open = main.WindowOpening.open

    def opened(self):
        where = real_open(self)
        seen["events"].append("database opened")
        return where

    def backup():
        seen["events"].append("daily backup")
        return real_backup()

    class Recorded(startup_checks.StartupChecks):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            seen["checks"].append(self)

    def shown(dialog):
        dialog.show()
        seen["events"].append("first window")
        seen["dialogs"].append(type(dialog).__name__)
        college = getattr(dialog, "college", None)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen["ok at first"] = ok.isEnabled()
        if college is not None:
            seen["names"].append(college.text())
        checks = seen["checks"][-1]
        qtbot.waitUntil(lambda: checks.done or not dialog.isVisible(), timeout=30000)
        seen["ok after the checks"] = ok.isEnabled()
        seen["closed by the checks"] = not dialog.isVisible()
        if college is not None and dialog.isVisible():
            seen["names"].append(college.text())
        dialog.reject()
        return dialog.result()

    # run_gui sets process-wide state a later test must not inherit (an excepthook that
    # shows a modal box, the recovery folder, the log's handlers, quitting on last window).
    import logging
    import sys
    import threading

    from desktop.services.cases import unsaved_work

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(unsaved_work, "_folder", unsaved_work._folder)
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", list(root.handlers))
    monkeypatch.setattr(root, "level", root.level)
    from PySide6.QtWidgets import QApplication

    quits = QApplication.instance().quitOnLastWindowClosed()
    monkeypatch.setattr(maintenance, "automatic_daily_backup", backup)
    monkeypatch.setattr(main.WindowOpening, "open", opened)
    monkeypatch.setattr(startup_checks, "StartupChecks", Recorded)
    monkeypatch.setattr(login.LoginDialog, "exec", shown)
    monkeypatch.setattr(setup_dialog.SetupDialog, "exec", shown)
    yield seen
    from PySide6.QtWidgets import QApplication

    QApplication.instance().setQuitOnLastWindowClosed(quits)

"""`kense --import-archive FILE --user ADMIN`: an admin's password, a preview, then the import."""

import getpass

import pytest

from desktop.__main__ import build_parser
from desktop.cli import main
from desktop.services.accounts import users
from desktop.store.connection import close_database, open_database
from desktop.store.migrations import migrate
from desktop.store.models.archive import ArchiveImport, ArchiveStudent
from support.archive_workbooks import summary_workbook
from support.users import PASSWORD


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    migrate(open_database(folder / "kense.sqlite3"))
    profile = users.CollegeProfile("Колледж", "Колледж", "", "", "Басшы")
    admin = users.first_run_setup(profile, "admin", "Әкімші Әлия", PASSWORD)
    users.create_user(admin, "clerk", "Кеңсе Айгүл", "clerk", PASSWORD)
    close_database()
    return folder


def _run(data, *argv, password=PASSWORD, monkeypatch):
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": password)
    try:
        return main.run_cli(build_parser().parse_args(["--data-dir", str(data), *argv]))
    finally:
        close_database()


def _count(data, model):
    open_database(data / "kense.sqlite3")
    try:
        return model.select().count()
    finally:
        close_database()


def test_the_admin_imports_a_workbook_from_the_command_line(data, tmp_path, monkeypatch,
                                                           capsys):
    book = summary_workbook(tmp_path / "ведомость.xlsx")
    assert _run(data, "--import-archive", str(book), "--user", "admin", "--yes",
                monkeypatch=monkeypatch) == 0
    out = capsys.readouterr().out
    # Counted in support/archive_workbooks.py: 6 students, 21 grades, 7 rows left out, 2 cells
    # not read.
    assert "students 6; grades 21; rows left out 7; cells not read 2" in out
    assert "not read: sheet '3F-1' row 9 column S: archive_grade_unreadable" in out
    assert "imported: added 6, updated 0, unchanged 0; nothing deleted" in out
    assert _count(data, ArchiveStudent) == 6


def test_a_wrong_password_imports_nothing(data, tmp_path, monkeypatch):
    book = summary_workbook(tmp_path / "ведомость.xlsx")
    assert _run(data, "--import-archive", str(book), "--user", "admin", "--yes",
                password="not-the-password", monkeypatch=monkeypatch) == 2
    assert _count(data, ArchiveImport) == 0


def test_a_clerk_may_not_import(data, tmp_path, monkeypatch):
    book = summary_workbook(tmp_path / "ведомость.xlsx")
    assert _run(data, "--import-archive", str(book), "--user", "clerk", "--yes",
                monkeypatch=monkeypatch) == 2
    assert _count(data, ArchiveImport) == 0


def test_without_yes_and_no_terminal_nothing_is_imported(data, tmp_path, monkeypatch):
    book = summary_workbook(tmp_path / "ведомость.xlsx")
    assert _run(data, "--import-archive", str(book), "--user", "admin",
                monkeypatch=monkeypatch) == 1
    assert _count(data, ArchiveImport) == 0


def test_the_user_must_be_named(data, tmp_path, monkeypatch):
    book = summary_workbook(tmp_path / "ведомость.xlsx")
    assert _run(data, "--import-archive", str(book), monkeypatch=monkeypatch) == 2

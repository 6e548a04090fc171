"""`kense --report NAME --from --to --out --user`: a clerk's or the head's password, a file."""

import getpass
from datetime import datetime

import openpyxl
import pytest

from desktop.__main__ import build_parser
from desktop.cli import main
from desktop.services import reference
from desktop.services.accounts import users
from desktop.services.cases import registration
from desktop.store.connection import close_database, open_database
from desktop.store.migrations import migrate
from support.applications import make_application
from support.cases import drive_to_ready
from support.users import PASSWORD


@pytest.fixture
def data(tmp_path):
    """Two applications of Monday 2 March 2026: a duplicate signed the same day (its book
    number 1/2026), and one refused at the desk."""
    folder = tmp_path / "data"
    folder.mkdir()
    migrate(open_database(folder / "kense.sqlite3"))
    reference.set_clock(lambda: datetime(2026, 3, 2, 10, 0))
    try:
        profile = users.CollegeProfile("Колледж", "Колледж", "", "", "Басшы")
        admin = users.first_run_setup(profile, "admin", "Әкімші Әлия", PASSWORD)
        for username, role in (("clerk", "clerk"), ("head", "head"), ("ex", "executor")):
            users.create_user(admin, username, f"{role} Әлия", role, PASSWORD)
        clerk = users.login("clerk", PASSWORD)
        signed = registration.register(clerk, make_application("duplicate"))
        registration.refuse_acceptance(
            clerk, make_application("duplicate", presented={"application"}))
        # The admin gives drive_to_ready the blanks the duplicate is signed onto.
        drive_to_ready({"admin": admin, "head": users.login("head", PASSWORD),
                        "executor": users.login("ex", PASSWORD)}, signed)
    finally:
        reference.set_clock(None)
        close_database()
    return folder


def _run(data, *argv, password=PASSWORD, monkeypatch):
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": password)
    try:
        return main.run_cli(build_parser().parse_args(["--data-dir", str(data), *argv]))
    finally:
        close_database()


def _report(data, out, *extra, user="clerk", name="journal", monkeypatch, **kw):
    return _run(data, "--report", name, "--from", "2026-03-01", "--to", "2026-03-31",
                "--out", str(out), "--user", user, *extra, monkeypatch=monkeypatch, **kw)


def test_the_clerk_writes_the_journal_to_excel(data, tmp_path, monkeypatch, capsys):
    out = tmp_path / "журнал.xlsx"
    assert _report(data, out, monkeypatch=monkeypatch) == 0
    assert "2 rows written" in capsys.readouterr().out
    sheet = openpyxl.load_workbook(out).active
    assert [sheet.cell(r, 2).value for r in (2, 3)] == ["ТН-2026/00001", "ТН-2026/00002"]
    assert sheet["C2"].value == datetime(2026, 3, 2, 10, 0)
    # The clerk's language is Kazakh (the default of a new account).
    assert sheet["K2"].value == "Беруге дайын"
    assert sheet["K3"].value == "Қабылдаудан бас тартылды"
    assert not list(tmp_path.glob("*.part"))


def test_the_head_writes_the_statistics_as_pdf(data, tmp_path, monkeypatch):
    out = tmp_path / "stats.pdf"
    assert _report(data, out, "--service", "duplicate", name="statistics", user="head",
                   monkeypatch=monkeypatch) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_the_book_of_duplicates_to_excel(data, tmp_path, monkeypatch):
    out = tmp_path / "book.xlsx"
    assert _report(data, out, name="book", monkeypatch=monkeypatch) == 0
    sheet = openpyxl.load_workbook(out).active
    assert sheet.max_row == 2
    # The blank and the original of support.cases.duplicate_draft.
    assert [sheet.cell(2, c).value for c in (2, 3, 6, 8, 9)] == [
        "1/2026", datetime(2026, 3, 2), "ТКБ № 0012345", "ТКБ-Д № 0000777", "ТН-2026/00001"]


def test_a_wrong_password_writes_nothing(data, tmp_path, monkeypatch, capsys):
    out = tmp_path / "j.xlsx"
    assert _report(data, out, password="wrong", monkeypatch=monkeypatch) == 2
    assert not out.exists()
    assert "kense:" in capsys.readouterr().err


@pytest.mark.parametrize("user", ["admin", "ex"])
def test_the_admin_and_an_executor_may_not_write_reports(data, tmp_path, monkeypatch, user):
    out = tmp_path / "j.xlsx"
    assert _report(data, out, user=user, monkeypatch=monkeypatch) == 2
    assert not out.exists()


@pytest.mark.parametrize("argv, says", [
    (["--report", "ledger", "--from", "2026-03-01", "--to", "2026-03-31"], "no report 'ledger'"),
    (["--report", "journal", "--from", "01.03.2026", "--to", "2026-03-31"], "YYYY-MM-DD"),
    (["--report", "journal", "--from", "2026-04-01", "--to", "2026-03-31"], "ends before"),
])
def test_bad_options_are_refused_before_the_password(data, tmp_path, monkeypatch, capsys,
                                                     argv, says):
    asked = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": asked.append(prompt) or PASSWORD)
    code = main.run_cli(build_parser().parse_args(
        ["--data-dir", str(data), *argv, "--out", str(tmp_path / "r.xlsx"), "--user", "clerk"]))
    close_database()
    assert code == 2
    assert says in capsys.readouterr().err
    assert asked == []


def test_a_file_that_is_neither_excel_nor_pdf_is_refused(data, tmp_path, monkeypatch, capsys):
    assert _report(data, tmp_path / "r.csv", monkeypatch=monkeypatch) == 2
    assert ".xlsx or .pdf" in capsys.readouterr().err


def test_the_refusal_is_said_in_the_language_of_the_sign_in_screen(data, tmp_path, monkeypatch,
                                                                    capsys):
    from desktop.ui.app import LocalSettings

    LocalSettings(data).language = "ru"
    code = main.run_cli(build_parser().parse_args(
        ["--data-dir", str(data), "--report", "journal", "--from", "2026-13-01", "--to",
         "2026-03-31", "--out", str(tmp_path / "r.xlsx"), "--user", "clerk"]))
    close_database()
    assert code == 2
    assert "запишите дату" in capsys.readouterr().err.casefold()


"""Faults at start-up and in the admin's backups page end in a message in the user's language
and a way out, never a traceback; paths with '#', '?', '%' and Kazakh letters work there too."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.__main__ import build_parser
from desktop.cli import main
from desktop.store.connection import close_database, open_database, write_transaction
from desktop.store.migrations import migrate
from support.markers import marker, set_marker
from support.startup_cases import (
    answer_quit,
    damage_the_table,
    delete_left_windows,
    language,
    make_data,
    record_first_window,
    start,
)

PASSWORD = "Kense-test-pass-42"


@pytest.fixture
def first_window(monkeypatch, qtbot):
    yield from record_first_window(monkeypatch, qtbot)


@pytest.fixture(autouse=True)
def _no_windows_left(qapp):
    delete_left_windows()


@pytest.fixture
def shown(monkeypatch):
    """The start-up dialog: what it said, and the buttons it offered (answered with Quit)."""
    seen: dict = {}

    def press(box):
        seen["text"] = box.text()
        seen["buttons"] = [b.text() for b in box.buttons()]
        quit_button = next(b for b in box.buttons()
                           if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
        monkeypatch.setattr(box, "clickedButton", lambda: quit_button)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press)
    monkeypatch.setattr("desktop.ui.app.run_gui", lambda *a, **k: pytest.fail("started"))
    return seen


def test_empty_database_at_start_is_explained_and_the_backup_offered(qapp, tmp_path, shown):
    data = tmp_path / "Колледж #1"
    make_data(data, "good")
    for side in data.glob("kense.sqlite3-*"):
        side.unlink()
    (data / "kense.sqlite3").write_bytes(b"")
    language(data, "ru")
    assert start(data) == 2
    assert shown["text"].startswith("Файл базы данных пуст")
    assert shown["text"].endswith("Файл: " + str(data / "kense.sqlite3"))
    assert "Восстановить последнюю резервную копию" in shown["buttons"]
    assert (data / "kense.sqlite3").stat().st_size == 0  # untouched until the user chooses
    assert [p.name for p in (data / "backups").iterdir()] == ["kense-2026-03-01.sqlite3"]


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe\x00garbage", b"[1, 2]",
                                     b'{"url": "ftp://x"}'])
def test_damaged_server_json_is_explained_not_a_traceback(qapp, tmp_path, shown, content):
    data = tmp_path / "data"
    make_data(data, "good")
    (data / "server.json").write_bytes(content)
    language(data, "kk")
    assert start(data) == 2
    assert "server.json" in shown["text"]
    assert shown["text"].startswith("Осы компьютердің дерекқор серверінің баптаулары")
    assert (data / "server.json").read_bytes() == content  # left for the user to look at


def test_damaged_settings_ini_falls_back_to_kazakh(qapp, tmp_path, shown):
    from desktop.ui.app import LocalSettings

    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.ini").write_bytes(b"\x00\xff[[[language=\n\n=ru")
    assert LocalSettings(data).language == "kk"


def test_the_first_window_is_up_before_the_daily_backup(qapp, tmp_path, first_window):
    data = tmp_path / "data"
    make_data(data, "good")  # its only backup is of 01.03.2026: today's is still to be made
    today = data / "backups" / f"kense-{datetime.now().date().isoformat()}.sqlite3"
    assert start(data) == 0
    assert first_window["events"] == ["database opened", "first window", "daily backup"]
    assert today.is_file()


def test_signing_in_waits_until_every_page_of_the_database_is_read(qapp, tmp_path,
                                                                    first_window):
    data = tmp_path / "data"
    make_data(data, "good")
    assert start(data) == 0
    assert first_window["ok at first"] is False
    assert first_window["ok after the checks"] is True


def test_a_database_found_damaged_after_the_window_is_up_stops_work_with_the_way_out(
        qapp, tmp_path, monkeypatch, first_window):
    import hashlib

    data = tmp_path / "data"
    make_data(data, "good")
    damage_the_table(data / "kense.sqlite3")
    language(data, "ru")
    damaged = hashlib.sha256((data / "kense.sqlite3").read_bytes()).hexdigest()
    said = answer_quit(monkeypatch)
    assert start(data) == 2
    assert first_window["events"] == ["database opened", "first window"]  # no backup
    assert first_window["closed by the checks"] is True
    assert first_window["ok after the checks"] is False  # nobody could sign in meanwhile
    assert "повреж" in said["text"].lower()
    assert {"Восстановить последнюю резервную копию", "Открыть папку данных",
            "Выход"} <= set(said["buttons"])
    assert hashlib.sha256((data / "kense.sqlite3").read_bytes()).hexdigest() == damaged


def test_damage_met_before_the_check_has_read_it_stops_work_the_same_way(
        qapp, tmp_path, monkeypatch, first_window):
    # The college table is read to choose between sign-in and first-run setup, before the
    # check in the background has come to it: the same message, no window, nothing written.
    data = tmp_path / "data"
    make_data(data, "good")
    damage_the_table(data / "kense.sqlite3", "college")
    language(data, "ru")
    said = answer_quit(monkeypatch)
    assert start(data) == 2
    assert first_window["events"] == ["database opened"]
    assert "повреж" in said["text"].lower()
    assert "Восстановить последнюю резервную копию" in said["buttons"]


def test_a_failing_daily_backup_does_not_stop_the_start(qapp, tmp_path, capsys, first_window):
    data = tmp_path / "data"
    make_data(data, "good")
    (data / "backups").rename(tmp_path / "elsewhere")
    (data / "backups").write_text("a file where the backups folder should be")
    assert start(data) == 0
    assert first_window["events"] == ["database opened", "first window", "daily backup"]
    assert first_window["ok after the checks"] is True  # work goes on
    assert "the daily backup failed" in capsys.readouterr().err


def test_backups_page_in_odd_folders(qapp, qtbot, tmp_path, monkeypatch):
    """Back up now and restore from a file whose folder has '#', '?', '%' and Kazakh letters."""
    from desktop.services.accounts import users
    from desktop.ui.admin import AdminWorkspace

    data = tmp_path / "Колледж #1 ? 100%"
    db = open_database(data / "kense.sqlite3")
    migrate(db)
    profile = users.CollegeProfile("Колледж", "Колледж", "", "", "Басшы Ғалым")
    admin = users.first_run_setup(profile, "admin", "Әкімші Әлия", PASSWORD)
    said = []
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(
            lambda parent, title, text, *a, **k: said.append(text)
            or QMessageBox.StandardButton.Yes))
    try:
        widget = AdminWorkspace(admin)
        qtbot.addWidget(widget)
        page = widget.backups
        page.backup_button.click()
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
        made = page.model.record(0).path
        assert made.parent == data / "backups" and made.is_file()

        stick = tmp_path / "Флешка #2 ? Әғ%"
        stick.mkdir()
        copy = stick / "копия #1.sqlite3"
        copy.write_bytes(made.read_bytes())
        with write_transaction():
            set_marker("after the backup")
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            staticmethod(lambda *a, **k: (str(copy), "")))
        with qtbot.waitSignal(widget.sign_out_requested, timeout=10000):
            page.restore_file_button.click()
        assert marker() is None  # the copy was made before the marker
        assert [p.name for p in stick.iterdir()] == ["копия #1.sqlite3"]
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted([data.name, stick.name])
    finally:
        close_database()


def test_a_read_only_data_folder_is_said_at_start_not_at_the_first_save(qapp, tmp_path,
                                                                         shown, monkeypatch):
    """Simulated with os.access (root, who runs CI here, may write anywhere); the real thing —
    a read-only mount with -wal/-shm present — is a row of tests/bench/bench_faults.py."""
    import os

    from desktop.store import health

    data = tmp_path / "data"
    make_data(data, "good")
    language(data, "ru")
    real_access = os.access
    monkeypatch.setattr(health.os, "access", lambda path, mode: False if Path(path) == data
                        else real_access(path, mode))
    assert start(data) == 2
    assert shown["text"].startswith("База данных доступна только для чтения")


def test_the_command_line_says_it_in_the_users_language_too(qapp, tmp_path, capsys):
    data = tmp_path / "data"
    make_data(data, "good")
    language(data, "ru")
    empty = tmp_path / "пустой #1.sqlite3"
    empty.write_bytes(b"")
    assert main.run_cli(build_parser().parse_args(
        ["--data-dir", str(data), "--restore", str(empty)])) == 2
    close_database()
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"kense: The file {empty} is empty (0 bytes). Choose another backup file."
    assert err[1] == ("kense: Выбранный файл резервной копии пуст или не содержит данных. "
                      f"Выберите другую копию; ничего не изменено. Файл: {empty}")

"""On a PC whose sign-in window has shown its database before, the next start shows that
window first, with the college's name it remembers, and opens the database behind it: "Sign
in" waits for the opening and for every page to be read, and anything but a plain sign-in
(a fault, a first-run setup) closes the window and goes the way a first start goes."""

from __future__ import annotations

import hashlib

import pytest

from support.startup_cases import (
    COLLEGE_KK,
    COLLEGE_RU,
    answer_quit,
    damage_the_table,
    delete_left_windows,
    make_college,
    make_data,
    record_first_window,
    remember_sign_in,
    start,
)


@pytest.fixture
def first_window(monkeypatch, qtbot):
    yield from record_first_window(monkeypatch, qtbot)


@pytest.fixture(autouse=True)
def _no_windows_left(qapp):
    delete_left_windows()


def test_the_sign_in_is_up_before_the_database_is_opened_and_waits_for_it(
        qapp, tmp_path, first_window):
    from desktop.ui.app import LocalSettings

    data = tmp_path / "data"
    make_college(data)
    # The name this PC last showed, since renamed on the College page.
    remember_sign_in(data, "kk", "Бұрынғы атауы", "Прежнее название")
    assert start(data) == 0
    assert first_window["events"] == ["first window", "database opened", "daily backup"]
    assert first_window["dialogs"] == ["LoginDialog"]
    assert first_window["ok at first"] is False
    assert first_window["ok after the checks"] is True
    # First the remembered name, then the database's; and the next start remembers that.
    assert first_window["names"] == ["Бұрынғы атауы", COLLEGE_KK]
    assert LocalSettings(data).college_name("kk") == COLLEGE_KK
    assert LocalSettings(data).college_name("ru") == COLLEGE_RU


def test_a_first_start_remembers_the_name_for_the_next(qapp, tmp_path, first_window):
    from desktop.ui.app import LocalSettings

    data = tmp_path / "data"
    make_college(data)
    assert start(data) == 0
    # The ordinary start: the database before the window, the name read from it.
    assert first_window["events"] == ["database opened", "first window", "daily backup"]
    assert first_window["names"] == [COLLEGE_KK, COLLEGE_KK]
    assert LocalSettings(data).college_name("ru") == COLLEGE_RU


def test_an_empty_database_behind_the_sign_in_closes_it_and_offers_the_backup(
        qapp, tmp_path, monkeypatch, first_window):
    data = tmp_path / "data"
    make_college(data)
    for side in data.glob("kense.sqlite3-*"):
        side.unlink()
    (data / "kense.sqlite3").write_bytes(b"")
    remember_sign_in(data, "ru", COLLEGE_KK, COLLEGE_RU)
    said = answer_quit(monkeypatch)
    assert start(data) == 2
    assert first_window["events"] == ["first window"]  # never opened, no backup
    assert first_window["closed by the checks"] is True
    assert first_window["ok after the checks"] is False
    assert said["text"].startswith("Файл базы данных пуст")
    assert "Восстановить последнюю резервную копию" in said["buttons"]
    assert (data / "kense.sqlite3").stat().st_size == 0  # untouched until the user chooses


def test_a_damaged_table_found_behind_the_sign_in_stops_work_with_the_way_out(
        qapp, tmp_path, monkeypatch, first_window):
    data = tmp_path / "data"
    make_college(data)
    damage_the_table(data / "kense.sqlite3")
    damaged = hashlib.sha256((data / "kense.sqlite3").read_bytes()).hexdigest()
    remember_sign_in(data, "ru", COLLEGE_KK, COLLEGE_RU)
    said = answer_quit(monkeypatch)
    assert start(data) == 2
    assert first_window["events"] == ["first window", "database opened"]
    assert first_window["ok after the checks"] is False  # nobody could sign in meanwhile
    assert "повреж" in said["text"].lower()
    assert hashlib.sha256((data / "kense.sqlite3").read_bytes()).hexdigest() == damaged


def test_a_restored_backup_behind_the_sign_in_leads_to_the_sign_in_again(
        qapp, tmp_path, monkeypatch, first_window):
    from PySide6.QtWidgets import QMessageBox

    data = tmp_path / "data"
    make_college(data)
    (data / "kense.sqlite3").write_bytes(b"")
    for side in data.glob("kense.sqlite3-*"):
        side.unlink()
    remember_sign_in(data, "kk", COLLEGE_KK, COLLEGE_RU)

    def restore(box):
        button = next(b for b in box.buttons()
                      if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
        monkeypatch.setattr(box, "clickedButton", lambda: button)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", restore)
    assert start(data) == 0
    assert first_window["dialogs"] == ["LoginDialog", "LoginDialog"]
    assert first_window["ok after the checks"] is True  # the backup put back is sound
    assert (data / "kense.sqlite3").stat().st_size > 0


def test_a_database_still_to_set_up_behind_the_sign_in_goes_to_the_setup(
        qapp, tmp_path, first_window):
    data = tmp_path / "data"
    make_data(data, "no college yet")
    remember_sign_in(data, "kk", COLLEGE_KK, COLLEGE_RU)
    assert start(data) == 0
    assert first_window["dialogs"] == ["LoginDialog", "SetupDialog"]
    assert first_window["events"] == ["first window", "database opened", "first window",
                                      "daily backup"]


def test_the_name_follows_the_language_chosen_on_the_sign_in(qapp, tmp_path, monkeypatch,
                                                              qtbot, first_window):
    # first_window keeps the process-wide state a start sets; its dialog is replaced here.
    from desktop.ui import login

    data = tmp_path / "data"
    make_college(data)
    seen: list[str] = []

    def switch(dialog):
        dialog.show()
        qtbot.waitUntil(lambda: dialog.buttons.ok.isEnabled(), timeout=30000)
        dialog.language.setCurrentIndex(dialog.language.findData("ru"))
        seen.append(dialog.college.text())
        dialog.language.setCurrentIndex(dialog.language.findData("kk"))
        seen.append(dialog.college.text())
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(login.LoginDialog, "exec", switch)
    for remembered in (False, True):  # the first start of this PC, then the next
        if remembered:
            remember_sign_in(data, "kk", COLLEGE_KK, COLLEGE_RU)
        assert start(data) == 0
    assert seen == [COLLEGE_RU, COLLEGE_KK, COLLEGE_RU, COLLEGE_KK]


def test_damage_met_reading_the_college_behind_the_sign_in_stops_work_the_same_way(
        qapp, tmp_path, monkeypatch, first_window):
    data = tmp_path / "data"
    make_college(data)
    damage_the_table(data / "kense.sqlite3", "college")
    remember_sign_in(data, "ru", COLLEGE_KK, COLLEGE_RU)
    said = answer_quit(monkeypatch)
    assert start(data) == 2
    assert first_window["events"] == ["first window", "database opened"]
    assert first_window["dialogs"] == ["LoginDialog"]
    assert first_window["ok after the checks"] is False
    assert "повреж" in said["text"].lower()
    assert "Восстановить последнюю резервную копию" in said["buttons"]

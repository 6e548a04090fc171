"""The admin's database-server dialog, and the way out when the database cannot be opened."""

from urllib.parse import urlsplit

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.services.office.server import switching as server
from desktop.store.backup import backup_sqlite
from desktop.store.connection import close_database, open_database
from desktop.store.identity import inspect_file
from desktop.store.migrations import migrate
from desktop.store.schema import SCHEMA_VERSION
from desktop.ui import messages, server_dialog
from desktop.ui.server_dialog import ServerDialog


def test_unreachable_server_is_explained_in_the_users_language(qtbot, staff, tmp_path,
                                                               monkeypatch):
    from desktop.ui import i18n

    i18n.install("kk")
    shown = []
    monkeypatch.setattr(server_dialog, "show_error", lambda parent, exc: shown.append(
        messages.error_text(exc)))
    dialog = ServerDialog(staff["admin"], tmp_path)
    qtbot.addWidget(dialog)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(9)
    dialog.password.setText("x")
    assert not dialog.test()
    assert shown and "сервер" in shown[0].lower()  # Kazakh by default
    assert not dialog.local_button.isEnabled()


def test_switching_to_a_real_server(qtbot, staff, tmp_path, pg_server, monkeypatch):
    if not pg_server.url:
        pytest.skip(pg_server.problem)
    from playhouse.db_url import connect

    from support.pg_server import reset_schema

    raw = connect(pg_server.url)
    reset_schema(raw)
    raw.close()
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    parts = urlsplit(pg_server.url)
    dialog = ServerDialog(staff["admin"], tmp_path)
    qtbot.addWidget(dialog)
    dialog.host.setText(parts.hostname)
    dialog.port.setValue(parts.port)
    dialog.database.setText(parts.path.lstrip("/"))
    dialog.user.setText(parts.username)
    dialog.use_server()
    assert dialog.switched
    assert "connected" in dialog.status.text().lower() or "postgresql" in (
        dialog.status.text().lower())
    assert server.uses_server(tmp_path)


def test_damaged_database_offers_the_latest_backup(qtbot, tmp_path, monkeypatch):
    from desktop.ui import startup_error

    data = tmp_path / "data"
    db = open_database(data / "kense.sqlite3")
    migrate(db)
    backup_sqlite(db, data / "backups" / "kense-2026-03-01.sqlite3")
    close_database()
    (data / "kense.sqlite3").write_bytes(b"not a database" * 500)
    from desktop.store.health import check_file

    with pytest.raises(Exception) as err:
        check_file(data / "kense.sqlite3")

    seen = {}

    def press_restore(box):
        seen["text"] = box.text()
        restore = next(b for b in box.buttons()
                   if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
        monkeypatch.setattr(box, "clickedButton", lambda: restore)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press_restore)
    assert startup_error.offer_way_out(err.value, data)
    assert "зақым" in seen["text"].lower() or "повреж" in seen["text"].lower()
    assert inspect_file(data / "kense.sqlite3") == SCHEMA_VERSION
    assert list(data.glob("kense-damaged-*.sqlite3"))

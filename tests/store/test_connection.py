"""Opening the database: pragmas, the network-share refusal, the server setting."""

from pathlib import Path

import pytest

from desktop.store import connection
from desktop.store.connection import open_database
from desktop.store.errors import StoreError
from desktop.store.server.config import describe, load_server_url, save_server_url


@pytest.mark.sqlite_only
def test_sqlite_pragmas_protect_official_records(db):
    pragma = lambda name: db.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("synchronous") == 2  # FULL
    assert pragma("busy_timeout") >= 5000


@pytest.mark.parametrize("path", [r"\\server\share\kense.sqlite3", "//server/share/kense.sqlite3"])
def test_unc_paths_are_refused(path):
    with pytest.raises(StoreError) as err:
        open_database(Path(path) if path.startswith("//") else path)
    assert err.value.code == "network_share"
    assert "PostgreSQL" in str(err.value)


def test_network_mount_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(connection, "_mount_fstype", lambda path: "cifs")
    with pytest.raises(StoreError) as err:
        open_database(tmp_path / "kense.sqlite3")
    assert err.value.code == "network_share"
    assert not (tmp_path / "kense.sqlite3").exists()


def test_local_disk_is_not_a_network_share(tmp_path):
    assert not connection.is_network_path(tmp_path / "kense.sqlite3")


def test_server_choice_is_remembered_without_showing_the_password(tmp_path):
    assert load_server_url(tmp_path) is None
    url = "postgresql://kense:s3cret@192.0.2.10:5432/kense"
    save_server_url(tmp_path, url)
    assert load_server_url(tmp_path) == url
    assert "s3cret" not in describe(url)
    assert describe(url) == "postgresql://kense@192.0.2.10:5432/kense"
    save_server_url(tmp_path, None)
    assert load_server_url(tmp_path) is None

"""Pointing a PC at a PostgreSQL server: test, create the schema, remember the choice."""

import pytest

from desktop.services.office.server import switching as server
from desktop.store.errors import StoreError
from desktop.store.schema import SCHEMA_VERSION
from desktop.store.server.config import load_server_url

pytestmark = pytest.mark.sqlite_only  # the PC starts on its own SQLite file


def test_unreachable_server_is_explained(staff):
    with pytest.raises(StoreError) as err:
        server.test_connection("postgresql://kense@127.0.0.1:9/kense")
    assert err.value.code == "server_unreachable"


def test_switch_creates_the_schema_and_is_remembered(staff, pg_server, tmp_path):
    if not pg_server.url:
        pytest.skip(pg_server.problem)
    from playhouse.db_url import connect

    from support.pg_server import reset_schema

    raw = connect(pg_server.url)
    reset_schema(raw)
    raw.close()
    assert server.test_connection(pg_server.url)[1] == 0
    assert server.switch_to_server(staff["admin"], pg_server.url, tmp_path) == SCHEMA_VERSION
    assert server.test_connection(pg_server.url)[1] == SCHEMA_VERSION
    assert load_server_url(tmp_path) == pg_server.url
    server.switch_to_local(staff["admin"], tmp_path)
    assert load_server_url(tmp_path) is None


def test_only_admin_switches(staff, tmp_path):
    from desktop.services.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        server.switch_to_server(staff["clerk"], "postgresql://x@127.0.0.1:9/x", tmp_path)


def test_url_is_built_safely():
    url = server.build_url("192.0.2.5", 5432, "kense", "kense", "p@ss:w/rd")
    assert url == "postgresql://kense:p%40ss%3Aw%2Frd@192.0.2.5:5432/kense"
    with pytest.raises(StoreError):
        server.build_url("", 5432, "kense", "kense", "x")

"""Faults during work reach the user as a StoreError with a code the UI explains: a database
another program holds, a server that went away. Nothing is half-saved."""

import sqlite3

import pytest

from desktop.services.cases import registration
from desktop.services.errors import store_error_from
from desktop.store.connection import is_sqlite
from desktop.store.errors import StoreError
from desktop.store.models import AuditRecord, Case
from support.applications import make_application


@pytest.mark.sqlite_only
def test_a_database_held_by_another_program_is_explained(staff, clock, db):
    registration.register(staff["clerk"], make_application())
    db.execute_sql("PRAGMA busy_timeout = 200")
    other = sqlite3.connect(db.database, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError) as err:
            registration.register(staff["clerk"], make_application())
    finally:
        other.rollback()
        other.close()
    assert err.value.code == "locked"
    assert Case.select().count() == 1
    assert registration.register(staff["clerk"], make_application()).reg_seq == 2


def test_a_server_that_went_away_is_explained(staff, clock, db, pg_server):
    import psycopg2

    if is_sqlite(db):
        pytest.skip("a server is PostgreSQL's")

    registration.register(staff["clerk"], make_application())
    audit_before = AuditRecord.select().count()
    pid = db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    killer = psycopg2.connect(pg_server.url)
    killer.autocommit = True
    killer.cursor().execute("SELECT pg_terminate_backend(%s)", (pid,))
    killer.close()
    with pytest.raises(Exception) as err:  # what escapes is the question
        registration.register(staff["clerk"], make_application())
    assert store_error_from(err.value).code == "server_unreachable"
    # The dead connection was dropped: trying again works once the server is back.
    assert Case.select().count() == 1
    assert AuditRecord.select().count() == audit_before

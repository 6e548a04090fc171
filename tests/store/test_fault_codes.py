"""Faults during work reach the user as a StoreError with a code the UI explains: a database
another program holds, a server that went away. Nothing is half-saved."""

import sqlite3

import pytest

from desktop.services.cases import registration
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


def test_a_connection_the_server_dropped_is_made_again(staff, clock, db, pg_server):
    """The server ended this PC's idle connection (a restart, a network blip): the next use
    case connects again by itself and is saved whole; losing the server for longer is said
    (tests/services/office/test_losing_the_server.py)."""
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
    assert registration.register(staff["clerk"], make_application()).reg_seq == 2
    assert Case.select().count() == 2
    assert AuditRecord.select().count() == audit_before + 1
    assert db.execute_sql("SELECT pg_backend_pid()").fetchone()[0] != pid

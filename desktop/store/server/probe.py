"""A PostgreSQL server this PC may switch to: reached on its own connection, apart from the
database the models are bound to now."""

from __future__ import annotations

from peewee import DatabaseError, InterfaceError
from playhouse.db_url import connect

from desktop.store.drivers import use_postgres_driver
from desktop.store.errors import classify
from desktop.store.migrations import migrate
from desktop.store.server.config import describe

try:  # psycopg2 is only needed in multi-workstation mode
    from psycopg2 import Error as DriverError
except ImportError:  # pragma: no cover - the dependency is declared
    DriverError = DatabaseError

CONNECT_TIMEOUT = 5  # seconds: a wrong address must not freeze the settings dialog for long
_FAILURES = (DatabaseError, InterfaceError, DriverError, OSError)


def probe(url: str) -> tuple[str, int]:
    """Connect once: the server's version and the schema version found (0 = empty database)."""
    use_postgres_driver()
    db = connect(url, connect_timeout=CONNECT_TIMEOUT)
    try:
        db.connect()
        version = db.execute_sql("SHOW server_version").fetchone()[0]
        # Plain SQL, not the models: this may run on a worker thread while the window keeps
        # using the models bound to this PC's own database.
        found = 0
        if db.table_exists("schema_version"):
            found = db.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0
        return version, found
    except _FAILURES as exc:
        raise classify(exc, describe(url)) from exc
    finally:
        if not db.is_closed():
            db.close()


def create_or_upgrade_schema(url: str) -> None:
    """Bring the server's schema to this version of Kense. Rebinds the models for a moment,
    so it must run on the thread that uses them (the GUI thread)."""
    from desktop.store.tables import EVERY_MODEL

    use_postgres_driver()
    server = connect(url, connect_timeout=CONNECT_TIMEOUT)
    try:
        with server.bind_ctx(EVERY_MODEL):
            server.connect()
            migrate(server)
    except _FAILURES as exc:
        raise classify(exc, describe(url)) from exc
    finally:
        if not server.is_closed():
            server.close()

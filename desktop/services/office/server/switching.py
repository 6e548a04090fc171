"""Multi-workstation mode: point this PC at a PostgreSQL server shared by the whole office."""

from __future__ import annotations

from pathlib import Path

from desktop.services.accounts.session import Session, acting_user
from desktop.services.records import audit
from desktop.services.reference import forget_calendar
from desktop.store.connection import close_database, write_transaction
from desktop.store.errors import StoreError
from desktop.store.opening import database_target, open_configured
from desktop.store.schema import SCHEMA_VERSION
from desktop.store.server.config import describe, load_server_url, save_server_url
from desktop.store.server.probe import create_or_upgrade_schema, probe


def build_url(host: str, port: int, database: str, user: str, password: str) -> str:
    from urllib.parse import quote

    if not host.strip() or not database.strip() or not user.strip():
        raise StoreError("server_incomplete", "host, database and user are required")
    return (f"postgresql://{quote(user.strip(), safe='')}:{quote(password, safe='')}@"
            f"{host.strip()}:{int(port)}/{quote(database.strip(), safe='')}")


def test_connection(url: str) -> tuple[str, int]:
    """The server's version and the schema version found there (0 = empty database)."""
    return probe(url)


def switch_to_server(session: Session, url: str, data_dir: Path) -> int:
    """Create or upgrade the schema on the server and remember it for this PC.

    The switch takes effect at the next login (the UI logs out): the server has its own users.
    Returns the schema version on the server. Runs on the GUI thread: it rebinds the models
    for a moment.
    """
    admin = acting_user(session, "admin")
    _, found = test_connection(url)
    if found > SCHEMA_VERSION:
        raise StoreError("newer_schema", "the server was set up by a newer Kense", found=found)
    create_or_upgrade_schema(url)
    with write_transaction():
        audit.append(admin.username, "switch_to_server", None, {"server": describe(url)})
    save_server_url(data_dir, url)
    return SCHEMA_VERSION


def uses_server(data_dir: Path) -> bool:
    return load_server_url(data_dir) is not None


def reopen(data_dir: Path) -> str:
    """After a switch: close this PC's database and open the one it now uses. Returns where
    the data lives, for the status bar (no password)."""
    close_database()
    open_configured(data_dir)
    forget_calendar()
    return describe(database_target(data_dir))


def switch_to_local(session: Session, data_dir: Path) -> None:
    admin = acting_user(session, "admin")
    with write_transaction():
        audit.append(admin.username, "switch_to_local", None, {})
    save_server_url(data_dir, None)

"""Moving this PC's office onto the office server it joined: every table, in one transaction,
into an empty server database; then checked there (every table's row count and content
digest equal to this PC's, and the audit check passing) before this PC uses the server.

A failure at any point leaves the server empty and this PC on its own SQLite file. The file
is kept: a verified copy goes into the backups folder first, and the file itself stays where
it was, unused while server.json names the server.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from peewee import DatabaseError, InterfaceError
from playhouse.db_url import connect

from desktop.domain.dates import file_stamp
from desktop.services.accounts import office_key
from desktop.services.accounts.session import Session, acting_user
from desktop.services.records import audit
from desktop.services.records.chain_check import verify_chain
from desktop.services.results import registry
from desktop.store.backup import backup_sqlite
from desktop.store.connection import (
    close_database,
    current_database,
    open_database,
    sqlite_file,
    write_transaction,
)
from desktop.store.drivers import use_postgres_driver
from desktop.store.errors import StoreError, classify
from desktop.store.server import copying as server_copy
from desktop.store.server.config import describe, load_server_url, save_server_url
from desktop.store.server.joining import load_pending, save_pending

CONNECT_TIMEOUT = 5


@dataclass(frozen=True)
class MoveReport:
    tables: int
    rows: int
    backup: Path
    server: str  # where, without the password


def joined_server(data_dir: Path) -> str:
    url = load_pending(data_dir) or load_server_url(data_dir)
    if url is None:
        raise StoreError("not_joined", "This PC has not joined an office server: run "
                         "kense --join CODE first.")
    return url


def move_to_server(session: Session, data_dir: Path) -> MoveReport:
    """The admin moves the office. The open database must be this PC's SQLite file."""
    admin = acting_user(session, "admin")
    source = current_database()
    source_path = sqlite_file(source)
    if source_path is None:
        raise StoreError("move_not_sqlite", "This PC already works on a server; there is no "
                         "file of its own to move.")
    url = joined_server(data_dir)
    where = describe(url)
    extra = registry.draft_models()  # a service's own draft table moves with the rest
    server_copy.check_source(source, extra)
    target = _connect(url)
    committed = False
    try:
        _refuse_occupied(target, extra)
        if not verify_chain().ok:
            raise StoreError("move_source_unsound", "This PC's records fail the audit check "
                             "(Admin, Audit); nothing was moved.")
        stamp = file_stamp(datetime.now())
        backup = backup_sqlite(source, data_dir / "backups" /
                               f"kense-before-moving-to-server-{stamp}.sqlite3")
        # Other writers on this PC wait while the office is copied, so the copy is whole.
        with write_transaction():
            expected = server_copy.table_measures(source, extra)
            try:
                copied = server_copy.copy_everything(source, target, extra)
            except (DatabaseError, InterfaceError, OSError) as exc:
                raise _failed(exc, where) from exc
            committed = True
        _check_copy(target, expected, copied, extra)
    except BaseException:
        if committed:  # whatever failed after the copy's commit: the server is emptied again
            with contextlib.suppress(Exception):
                server_copy.drop_everything(target, extra)
        raise
    finally:
        if not target.is_closed():
            target.close()
    try:
        _check_on_server(url, where)
        with write_transaction():
            audit.append(admin.username, "moved_to_server", None, {
                "server": where, "tables": len(copied), "rows": sum(copied.values()),
                "file": backup.name})
        save_server_url(data_dir, url)
    except BaseException:
        _undo(url, source_path, extra)
        raise
    save_pending(data_dir, None)
    return MoveReport(len(copied), sum(copied.values()), backup, where)


def _connect(url: str):
    use_postgres_driver()
    target = connect(url, connect_timeout=CONNECT_TIMEOUT)
    try:
        target.connect()
    except (DatabaseError, InterfaceError, OSError) as exc:
        raise classify(exc, describe(url)) from exc
    return target


def _refuse_occupied(target, extra) -> None:
    found = server_copy.server_office(target, extra)
    if found is None:
        return
    if found and found == office_key.office_id():
        raise StoreError("server_has_this_office", "The server already holds this office's "
                         "records; nothing was moved. Join it with kense --join CODE.")
    raise StoreError("server_has_other_office", "The server already holds another office's "
                     "records; nothing was moved. Use an empty office server.")


def _failed(exc: BaseException, where: str) -> StoreError:
    known = classify(exc, where)
    if known.code == "server_unreachable":
        return known
    return StoreError("move_failed", f"The move failed and was undone; the server is empty "
                      f"and this PC keeps its own file ({exc}).", server=where)


def _check_copy(target, expected: dict, copied: dict, extra) -> None:
    """The server's tables, counted and digested again, equal this PC's."""
    found = server_copy.table_measures(target, extra)
    if found != expected or set(copied) != set(expected):
        differ = sorted(t for t in set(found) | set(expected) if found.get(t) != expected.get(t))
        raise StoreError("move_check_failed", f"The copy on the server differs from this PC's "
                         f"records ({', '.join(differ) or 'tables'}); the server was emptied "
                         f"again and this PC keeps its own file.", tables=", ".join(differ))


def _check_on_server(url: str, where: str) -> None:
    """The audit check, run on the server exactly as it runs on this PC's file."""
    close_database()
    try:
        open_database(url)
        report = verify_chain()
    except (DatabaseError, InterfaceError, OSError) as exc:
        raise _failed(exc, where) from exc
    if not report.ok:
        raise StoreError("move_check_failed", "The audit check fails on the server's copy; "
                         "the server was emptied again and this PC keeps its own file.",
                         tables="audit_record")


def _undo(url: str, source_path: Path, extra) -> None:
    """Empty the server again (when it can be reached) and put this PC back on its file."""
    close_database()
    with contextlib.suppress(Exception):
        target = _connect(url)
        try:
            server_copy.drop_everything(target, extra)
        finally:
            target.close()
    open_database(source_path)

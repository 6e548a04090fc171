"""Backups in server mode: the server PC's daily dump (the newest 14 good ones kept), the
admin's and the IT person's backup and restore, with the same care as on a PC's own file:
each dump checked before it counts, the current content saved before a restore, the restore
audited and everyone signed in again."""

from __future__ import annotations

import ipaddress
import socket
from datetime import datetime
from pathlib import Path

from desktop.domain.dates import file_stamp
from desktop.services.accounts.session import end_all_sessions
from desktop.services.office.server import dump_check
from desktop.services.records import audit
from desktop.services.reference import forget_calendar
from desktop.store.connection import (
    current_database,
    data_dir_of_open_database,
    is_sqlite,
    write_transaction,
)
from desktop.store.errors import StoreError
from desktop.store.migrations import migrate
from desktop.store.server import dumps as pg_backup

DAILY_KEEP = 14
SERVER_BACKUP = "server_backup"
SYSTEM = "system"  # as desktop/services/records/upgrade.py names the program's own acts


def in_server_mode() -> bool:
    return not is_sqlite(current_database())


def backup_folder() -> Path:
    data_dir = data_dir_of_open_database()
    if data_dir is None:
        raise StoreError("not_sqlite", "No data folder is known for the open server database.")
    return data_dir / "backups"


def is_server_pc() -> bool:
    """The office server runs on this PC (its address is one of this PC's own)."""
    host = str(current_database().connect_params.get("host") or "localhost")
    try:
        address = ipaddress.ip_address(socket.gethostbyname(host))
    except (OSError, ValueError):
        return False
    if address.is_loopback:
        return True
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.bind((str(address), 0))  # only an address of this PC can be bound
        return True
    except OSError:
        return False


def dump_now(target: Path | None = None, username: str | None = None) -> Path:
    stamp = file_stamp(datetime.now())
    path = pg_backup.dump(current_database(), target or backup_folder() /
                          f"manual-{stamp}.dump")
    if username:
        with write_transaction():
            audit.append(username, "backup", None, {"file": path.name})
    return path


def daily_dump(now: datetime | None = None) -> Path | None:
    """At start-up of the server PC: one dump a day in its backups folder, recorded in the
    audit log so that every PC's Admin page can say when the office was last backed up; and,
    once a week, the newest good dump restored into a scratch database and checked
    (desktop/services/office/server/dump_check.py)."""
    if not is_server_pc():
        return None
    folder = backup_folder()
    made = pg_backup.daily_dump(current_database(), folder, keep=DAILY_KEEP)
    if made is not None:
        with write_transaction():
            audit.append(SYSTEM, SERVER_BACKUP, None, {"file": made.name})
    dump_check.weekly_check(folder, now)
    return made


def newest_daily_dump() -> tuple[datetime, str] | None:
    """When the server PC last made its daily dump, and its file name (any PC may ask)."""
    from desktop.store.models import AuditRecord

    row = (AuditRecord.select(AuditRecord.at_utc, AuditRecord.changes)
           .where(AuditRecord.action == SERVER_BACKUP).order_by(AuditRecord.id.desc()).first())
    if row is None:
        return None
    import json

    at = datetime.fromisoformat(str(row.at_utc)).astimezone().replace(tzinfo=None)
    return at, str(json.loads(row.changes).get("file", ""))


def restore(username: str, source: Path, who: dict) -> Path:
    """Restore a checked dump over the server's database; the current content is dumped into
    the backups folder first. Returns that copy."""
    if not pg_backup.is_good_dump(source):
        raise StoreError("backup_not_dump", f"{source} is not a readable Kense server backup "
                         "(pg_restore --list); nothing was changed.", path=str(source))
    db = current_database()
    safety = pg_backup.dump(db, backup_folder() /
                            f"before-restore-{file_stamp(datetime.now(), microseconds=True)}.dump")
    db.close()  # this connection holds nothing the restore must wait for
    pg_backup.restore(db, source)
    db.connect(reuse_if_open=True)
    migrate(db)
    forget_calendar()
    with write_transaction():
        audit.append(username, "restore", None,
                     {"file": source.name, "saved_before": safety.name, **who})
        audit.restart_anchor()
        end_all_sessions("restore")
    return safety


def list_dumps() -> list[Path]:
    folder = backup_folder()
    return sorted(folder.glob("*.dump"), reverse=True) if folder.is_dir() else []


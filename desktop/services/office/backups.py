"""Backups for the admin (and the college's IT person on the command line)."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.domain.dates import file_stamp
from desktop.services.accounts.session import Session, acting_user, end_all_sessions
from desktop.services.office.server import backups as server_backups
from desktop.services.records import audit
from desktop.services.records.upgrade import SYSTEM, establish_key
from desktop.services.reference import forget_calendar
from desktop.store.backup import backup_sqlite, daily_backup
from desktop.store.connection import (
    close_database,
    current_database,
    refresh_statistics,
    sqlite_file,
    sqlite_path_for,
    write_transaction,
)
from desktop.store.health import check_pages, newest_good_backup, put_backup_in_place
from desktop.store.restore import restore_sqlite

DAILY_KEEP = 14


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    modified: datetime


def backup_folder() -> Path:
    live = sqlite_file(current_database())
    if live is None:
        return server_backups.backup_folder()
    return live.parent / "backups"


def backup_now(session: Session, target: Path | None = None) -> Path:
    admin = acting_user(session, "admin")
    if server_backups.in_server_mode():
        return server_backups.dump_now(target, admin.username)
    stamp = file_stamp(datetime.now())
    path = backup_sqlite(current_database(), target or backup_folder() / f"manual-{stamp}.sqlite3")
    with write_transaction():
        audit.append(admin.username, "backup", None, {"file": path.name})
    return path


class _CommandLine:
    """Who acts when the IT person runs `kense --restore` (no one is signed in)."""

    def __repr__(self) -> str:
        return "COMMAND_LINE"


# Passed instead of a session by desktop/cli/main.py only; never None, so that a missing session
# cannot pass for the system by accident.
COMMAND_LINE = _CommandLine()


def restore(session: Session | _CommandLine, source: Path) -> Path | None:
    """Restore a checked backup; the current content is saved first. Returns that copy.

    `session` is the admin's (Admin → Backups), or COMMAND_LINE for the IT person's
    `kense --restore`: that restore is recorded as done by the system, naming the account of
    the computer it was run from.
    """
    if session is COMMAND_LINE:
        username, who = SYSTEM, {"os_user": _os_user()}
    else:
        username, who = acting_user(session, "admin").username, {}
    if server_backups.in_server_mode():
        return server_backups.restore(username, source, who)
    safety = restore_sqlite(current_database(), source)
    forget_calendar()
    # A backup from before the office key is taken under it now
    # (see desktop.services.records.upgrade).
    establish_key()
    # The restored chain continues with a record of the restore itself.
    with write_transaction():
        audit.append(username, "restore", None,
                     {"file": source.name, "saved_before": safety.name if safety else "",
                      **who})
        audit.restart_anchor()
        # The backup's sessions (its day's sign-ins) are not today's: everybody signs in again.
        end_all_sessions("restore")
    return safety


def record_put_back(source: Path, kept: Path | None) -> None:
    """After the command line put a backup in place of a damaged or missing database file
    (nothing could be opened to restore into): the audit records it, as the system."""
    establish_key()
    with write_transaction():
        audit.append(SYSTEM, "restore", None,
                     {"file": source.name, "saved_before": kept.name if kept else "",
                      "os_user": _os_user()})
        audit.restart_anchor()
        end_all_sessions("restore")


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (a service account): still restore
        return ""


def newest_server_backup():
    """In server mode: (when, file) of the server PC's newest daily dump, else None."""
    if not server_backups.in_server_mode():
        return None
    return server_backups.newest_daily_dump()


def list_backups(session: Session) -> list[BackupInfo]:
    acting_user(session, "admin")
    folder = backup_folder()
    if not folder.is_dir():
        return []
    infos = []
    for path in [*folder.glob("*.sqlite3"), *folder.glob("*.dump")]:
        stat = path.stat()
        infos.append(BackupInfo(path, stat.st_size, datetime.fromtimestamp(stat.st_mtime)))
    return sorted(infos, key=lambda b: b.modified, reverse=True)


def automatic_daily_backup() -> Path | None:
    """At start-up: one backup a day kept in the data folder, the newest DAILY_KEEP of them."""
    db = current_database()
    if sqlite_file(db) is None:
        return server_backups.daily_dump()  # on the server PC only
    return daily_backup(db, backup_folder(), keep=DAILY_KEEP)


def check_database_pages() -> None:
    """Once the window is up: read every page of this PC's SQLite file; a damaged one raises
    StoreError("corrupt"), as it would have before the window. A server checks its own."""
    live = sqlite_file(current_database())
    if live is not None:
        check_pages(live)


def tidy_up_at_exit() -> None:
    """At a normal exit: SQLite refreshes the planner's statistics of the tables used today if
    they are missing or stale (a database grown from empty has none until then)."""
    refresh_statistics()


def let_go_of_database() -> None:
    """Close this PC's database (a damaged one), so that a backup can be put in its place."""
    close_database()


def latest_good_backup(data_dir: Path) -> Path | None:
    """Before anyone signs in (the database cannot be opened): the newest sound backup."""
    return newest_good_backup(data_dir / "backups")


def put_back(data_dir: Path, backup: Path) -> Path | None:
    """Put a verified backup in place of a damaged or missing database file (nothing may have
    it open). The damaged file is kept beside it; its new name is returned."""
    return put_backup_in_place(sqlite_path_for(data_dir), backup)

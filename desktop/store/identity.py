"""What a Kense database file is: checked before a file is trusted as the live database, a backup
or the source of a restore.

A file is a Kense database when it is a sound SQLite file holding Kense's own tables and a
schema version this program knows (or an older one it can migrate). An empty (0-byte) file, a
file with no tables, another program's SQLite file, a damaged file and a database written by a
newer Kense are each refused with their own code, so the user is told which it is.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.store.connection import sqlite_uri
from desktop.store.errors import StoreError, classify
from desktop.store.schema import SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"
# Tables every released schema has had (version 1 onwards); their absence means "not Kense".
KENSE_TABLES = frozenset({"schema_version", "write_lock", "applicant", "case", "audit_record",
                          "user", "college"})


def inspect_file(path: Path, *, full: bool = True, role: str = "backup") -> int:
    """The schema version of the Kense database in `path`, or a StoreError saying what it is.

    `full`: run PRAGMA integrity_check (reads every page); otherwise only the header, the tables
    and the version are looked at (cheap enough for every backup at start-up).
    `role`: "backup" (a backup or restore source) or "database" (the live file) chooses the
    codes, so the message says which file is meant. Opened read-only through a `file:` URI.
    """
    path = Path(path)
    where = str(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except FileNotFoundError as exc:
        code = "backup_missing" if role == "backup" else "missing_database"
        raise StoreError(code, f"The file {path} does not exist.", path=where) from exc
    except OSError as exc:
        raise classify(exc, where) from exc
    empty_code = "backup_empty" if role == "backup" else "empty_database"
    way_out = (" Choose another backup file." if role == "backup" else
               " Restore the latest backup (kense --restore FILE), or move this file away to "
               "start afresh.")
    if size == 0:
        raise StoreError(empty_code, f"The file {path} is empty (0 bytes).{way_out}", path=where)
    if header != SQLITE_HEADER:
        if role == "backup":
            raise StoreError("not_kense", f"The file {path} is not a Kense database.{way_out}",
                             path=where)
        raise StoreError("corrupt", f"The database {path} is damaged.{way_out}", path=where)
    bad_code = "backup_corrupt" if role == "backup" else "corrupt"
    try:
        conn = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
    except sqlite3.Error as exc:
        raise classify(exc, where) from exc
    try:
        if full:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            if rows != [("ok",)]:
                raise StoreError(bad_code, f"The file {path} is damaged.{way_out}", path=where)
        tables = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            raise StoreError(empty_code, f"The file {path} holds no data.{way_out}", path=where)
        if not tables >= KENSE_TABLES:
            raise StoreError("not_kense", f"The file {path} is not a Kense database.{way_out}",
                             path=where)
        row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    except sqlite3.DatabaseError as exc:
        text = str(exc).lower()
        if "locked" in text or "unable to open" in text or "readonly" in text:
            raise classify(exc, where) from exc
        raise StoreError(bad_code, f"The file {path} is damaged: {exc}", path=where) from exc
    finally:
        conn.close()
    version = row[0] if row else None
    if not isinstance(version, int) or version < 1:
        raise StoreError("not_kense", f"The file {path} has no Kense schema version.{way_out}",
                         path=where)
    known = SCHEMA_VERSION
    if version > known:
        raise StoreError(
            "newer_schema",
            f"The file {path} was written by a newer Kense (schema {version}, this program "
            f"knows {known}). Install the newer version; nothing was changed.",
            path=where, found=version, known=known,
        )
    return version


def is_good_backup(path: Path, *, full: bool = False) -> bool:
    """A backup worth keeping: a non-empty Kense database this program can restore."""
    try:
        inspect_file(path, full=full, role="backup")
    except StoreError:
        return False
    return True

"""Online backup and restore of the SQLite database, each checked before it is trusted.

A backup is written beside its target as `<name>.part`, converted to a stand-alone file
(rollback journal, no `-wal`/`-shm`), checked with integrity_check and as a Kense database, and
only then renamed into place: nothing but the backup is left behind. A restore first copies the
source into the data folder's backups (so nothing is ever written beside it, e.g. on a USB
stick), checks that copy — integrity, Kense schema, a version this program knows — and only
then touches the live database. An older backup is restored and then migrated.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from peewee import Database

from desktop.domain.dates import file_stamp
from desktop.store.connection import sqlite_file
from desktop.store.errors import StoreError, classify
from desktop.store.identity import inspect_file, is_good_backup

BACKUP_GLOB = "kense-*.sqlite3"
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def remove_with_sides(path: Path) -> None:
    for name in (path.name, *(path.name + s for s in SIDE_SUFFIXES)):
        with contextlib.suppress(OSError):
            path.with_name(name).unlink(missing_ok=True)


def require_sqlite(db: Database) -> Path:
    path = sqlite_file(db)
    if path is None:
        raise StoreError(
            "not_sqlite",
            "This database is on a PostgreSQL server: back it up there with pg_dump.",
        )
    return path


def classified(exc: BaseException, where: Path) -> StoreError:
    """The StoreError for `exc`, naming the file the system named (the one that could not be
    written, e.g. in the backups folder) rather than the one we were working for."""
    named = getattr(exc, "filename", None)
    return classify(exc, str(named) if named else str(where))


def _make_standalone(path: Path) -> None:
    """Fold any WAL into the file and switch it to a rollback journal: one file, no sides."""
    conn = sqlite3.connect(str(path))  # a plain path: no URI parsing of '#', '?' or '%'
    try:
        conn.execute("PRAGMA journal_mode=DELETE").fetchall()
    finally:
        conn.close()


def backup_sqlite(db: Database, target: Path) -> Path:
    """Copy the live database to `target` with the sqlite3 backup API (safe while in use).

    Refused (StoreError) if the copy is not a sound, non-empty Kense database: an empty or
    foreign database is never written as if it were a good backup.
    """
    require_sqlite(db)
    partial = target.with_name(target.name + ".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_with_sides(partial)
        dest = sqlite3.connect(str(partial))
        try:
            db.connection().backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE").fetchall()
        finally:
            dest.close()
        inspect_file(partial, full=True, role="backup")
        os.replace(partial, target)
    except StoreError as exc:
        exc.params.setdefault("path", str(target))
        raise
    except (sqlite3.Error, OSError) as exc:
        raise classified(exc, target) from exc
    finally:
        remove_with_sides(partial)
    return target


def stage_copy(source: Path, folder: Path) -> Path:
    """A private, checked copy of a backup file in `folder` (the data folder's backups).

    The source is only read, byte for byte (with its `-wal`, if someone copied a live database
    with it); SQLite never opens it, so nothing is created beside it. Raises a StoreError naming
    the source if it is missing, empty, damaged, not Kense's, or from a newer Kense.
    """
    if not source.is_file():
        raise StoreError("backup_missing", f"The backup file {source} does not exist.",
                         path=str(source))
    stamp = file_stamp(datetime.now(), microseconds=True)
    staged = folder / f".incoming-{stamp}.part"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, staged)
        wal = source.with_name(source.name + "-wal")
        if wal.is_file() and staged.stat().st_size > 0:
            shutil.copyfile(wal, staged.with_name(staged.name + "-wal"))
        if staged.stat().st_size > 0 and _has_sqlite_header(staged):
            _make_standalone(staged)
        inspect_file(staged, full=True, role="backup")
    except StoreError as exc:
        remove_with_sides(staged)
        exc.params["path"] = str(source)
        exc.args = (str(exc).replace(str(staged), str(source)),)
        raise
    except sqlite3.DatabaseError as exc:
        remove_with_sides(staged)
        text = str(exc).lower()
        if "not a database" in text or "malformed" in text:
            raise StoreError("backup_corrupt", f"The backup file {source} is damaged.",
                             path=str(source)) from exc
        raise classified(exc, source) from exc
    except OSError as exc:
        remove_with_sides(staged)
        raise classified(exc, source) from exc
    return staged


def _has_sqlite_header(path: Path) -> bool:
    from desktop.store.identity import SQLITE_HEADER

    with open(path, "rb") as f:
        return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER


STALE_PARTIAL_SECONDS = 3600


def _remove_stale_partials(folder: Path) -> None:
    """What a backup or restore killed half-way left (a power cut, a killed process): its
    `.part` file and that file's journal. Only old ones, so a backup running now is spared."""
    import time

    limit = time.time() - STALE_PARTIAL_SECONDS
    for path in folder.glob("*.part*"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < limit:
                path.unlink()


def daily_backup(
    db: Database, folder: Path, keep: int = 14, today: datetime | None = None
) -> Path | None:
    """Once a day: write kense-YYYY-MM-DD.sqlite3 and keep the newest `keep` good ones.

    Only backups that are non-empty Kense databases count; a bad file never pushes a good one
    out, and the newest good backup is never deleted (keep is at least 1). Bad files older than
    the oldest kept good one are removed.
    """
    day = (today or datetime.now()).date().isoformat()
    target = folder / f"kense-{day}.sqlite3"
    made = None
    if not (target.exists() and is_good_backup(target)):
        made = backup_sqlite(db, target)
    _remove_stale_partials(folder)
    keep = max(1, keep)
    # The name sorts by date; the checks are cheap (header, tables, version), not a full read.
    dated = sorted(folder.glob(BACKUP_GLOB), reverse=True)
    good = [p for p in dated if is_good_backup(p)]
    kept = good[:keep]
    if not kept:
        return made
    oldest_kept = kept[-1].name
    for old in dated:
        if old not in kept and old.name < oldest_kept:
            old.unlink(missing_ok=True)
    return made

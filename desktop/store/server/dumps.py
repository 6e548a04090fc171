"""Backups of the office server: `pg_dump` in its custom format, each checked with
`pg_restore --list` before it counts (written as `.part`, renamed only when sound), and
restored with `pg_restore` in one transaction.

The connection's own settings (host, port, user, password, TLS pinning) are handed to the
PostgreSQL programs through their environment, never on a command line others could read.
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path

from peewee import Database

from desktop.store.errors import StoreError
from desktop.store.server.cluster import run_tool

DUMP_GLOB = "kense-*.dump"
_ENV = {"host": "PGHOST", "port": "PGPORT", "user": "PGUSER", "password": "PGPASSWORD",
        "sslmode": "PGSSLMODE", "sslrootcert": "PGSSLROOTCERT"}


def environment(db: Database) -> dict[str, str]:
    """libpq's environment for the server `db` is connected to."""
    env = {"PGDATABASE": str(db.database), "PGCONNECT_TIMEOUT": "10"}
    for key, name in _ENV.items():
        value = db.connect_params.get(key)
        if value not in (None, ""):
            env[name] = str(value)
    return env


def is_good_dump(path: Path) -> bool:
    """A custom-format dump pg_restore can read to the end of its table of contents, holding
    Kense's tables."""
    if not path.is_file() or path.stat().st_size == 0:
        return False
    try:
        done = run_tool("pg_restore", "--list", str(path), check=False, timeout=300)
    except StoreError:
        return False
    return done.returncode == 0 and " TABLE DATA " in done.stdout and "audit_record" in done.stdout


def dump(db: Database, target: Path) -> Path:
    """Write a checked dump of the server's database to `target`."""
    partial = target.with_name(target.name + ".part")
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        run_tool("pg_dump", "--format=custom", "--no-owner", "--no-privileges",
                 f"--file={partial}", env=environment(db), timeout=3600)
        if not is_good_dump(partial):
            raise StoreError("dump_unreadable", f"The server's backup {target} could not be "
                             "read back (pg_restore --list); it was not kept.", path=str(target))
        os.replace(partial, target)
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    return target


def restore(db: Database, source: Path) -> None:
    """Replace the server's tables with the dump's, in one transaction (all or nothing)."""
    if not is_good_dump(source):
        raise StoreError("backup_not_dump", f"{source} is not a readable Kense server backup "
                         "(pg_restore --list); nothing was changed.", path=str(source))
    run_tool("pg_restore", "--clean", "--if-exists", "--single-transaction", "--no-owner",
             "--no-privileges", f"--dbname={db.database}", str(source), env=environment(db),
             timeout=3600)


def daily_dump(db: Database, folder: Path, keep: int = 14,
               today: datetime | None = None) -> Path | None:
    """Once a day: kense-YYYY-MM-DD.dump, and the newest `keep` good ones kept; a bad file
    never pushes a good one out, and older bad ones go."""
    day = (today or datetime.now()).date().isoformat()
    target = folder / f"kense-{day}.dump"
    made = None
    if not (target.exists() and is_good_dump(target)):
        made = dump(db, target)
    dated = sorted(folder.glob(DUMP_GLOB), reverse=True)
    good = [p for p in dated if is_good_dump(p)]
    kept = good[:max(1, keep)]
    if kept:
        for old in dated:
            if old not in kept and old.name < kept[-1].name:
                old.unlink(missing_ok=True)
    return made


def scratch_name(db: Database) -> str:
    """The scratch database a dump is restored into for its check: `<db>_check`."""
    return f"{db.database}_check"


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _psql(db: Database, sql: str) -> None:
    """One statement outside a transaction (CREATE / DROP DATABASE), through psql."""
    run_tool("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", sql, env=environment(db),
             timeout=600)


def drop_scratch(db: Database, name: str) -> None:
    """Drop the scratch database (whoever is still connected to it is put out first)."""
    _psql(db, f"DROP DATABASE IF EXISTS {_quoted(name)} WITH (FORCE)")


def restore_into_scratch(db: Database, source: Path, name: str) -> None:
    """A fresh scratch database `name` on the same server, holding the dump's content.
    Raises StoreError("scratch_refused") when the server's user may not create databases, and
    StoreError("pg_tool_failed") when the dump cannot be restored."""
    drop_scratch(db, name)
    try:
        _psql(db, f"CREATE DATABASE {_quoted(name)} TEMPLATE template0 ENCODING 'UTF8'")
    except StoreError as exc:
        if "permission denied" in str(exc):
            raise StoreError("scratch_refused", f"The server's user {db.connect_params.get('user')}"
                             " may not create databases (CREATEDB), so the dumps cannot be "
                             "restored for their check.", database=name) from exc
        raise
    run_tool("pg_restore", "--single-transaction", "--no-owner", "--no-privileges",
             f"--dbname={name}", str(source), env=environment(db), timeout=3600)

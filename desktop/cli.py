"""What `kense` does before (or instead of) the window: pick and open the database, migrate,
the daily backup, and the IT person's --backup / --restore."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from desktop.locations import default_data_dir
from desktop.store.connection import StoreError, open_database, sqlite_path_for


def _fail(message: str) -> int:
    print(f"kense: {message}", file=sys.stderr)
    return 2


def database_target(data_dir: Path) -> str:
    """The database this PC uses: a PostgreSQL URL saved by the admin, or the local file."""
    from desktop.store.server_config import load_server_url

    return load_server_url(data_dir) or str(sqlite_path_for(data_dir))


def _open(data_dir: Path):
    from desktop.store.migrations import migrate

    db = open_database(database_target(data_dir))
    migrate(db, backup_dir=data_dir / "backups")
    return db


def run_cli(args: argparse.Namespace) -> int:
    from desktop.store.backup import backup_sqlite, restore_sqlite

    if args.demo:
        data_dir = Path(tempfile.mkdtemp(prefix="kense-demo-"))
    else:
        data_dir = (args.data_dir or default_data_dir()).expanduser()
    try:
        if args.backup:
            db = _open(data_dir)
            path = backup_sqlite(db, args.backup.expanduser().resolve())
            print(f"backup written and verified: {path}")
            return 0
        if args.restore:
            db = _open(data_dir)
            safety = restore_sqlite(db, args.restore.expanduser().resolve())
            print(f"restored from {args.restore}; the previous content was saved to {safety}")
            return 0
        db = _open(data_dir)
    except StoreError as exc:
        return _gui_startup_error(exc, data_dir) if not (args.backup or args.restore) else _fail(
            str(exc))
    except OSError as exc:
        return _fail(f"cannot use the data folder {data_dir}: {exc.strerror or exc}")

    if args.demo:
        from desktop.services.demo import seed_demo

        seed_demo()
    else:
        from desktop.services.maintenance import automatic_daily_backup

        try:
            automatic_daily_backup()
        except (StoreError, OSError) as exc:
            print(f"kense: the daily backup failed: {exc}", file=sys.stderr)
    from desktop.store.server_config import describe
    from desktop.ui.app import run_gui

    return run_gui(data_dir, describe(database_target(data_dir)), demo=args.demo)


def _gui_startup_error(exc: StoreError, data_dir: Path) -> int:
    try:
        from desktop.ui.app import show_startup_error
    except ImportError:
        return _fail(str(exc))
    return show_startup_error(exc, data_dir)

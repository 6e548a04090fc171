"""What `kense` does before (or instead of) the window: pick and open the database, migrate,
the daily backup, and the IT person's --backup / --restore / --import-archive /
--verify-signature / --import-crl / --report."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from desktop.cli.common import fail
from desktop.locations import default_data_dir

# The store, the catalogue and the services are imported where they are used: a start on a
# PC that has signed in before shows its sign-in window before any of them is loaded
# (desktop/ui/app.py, Shell's early window).


def _open(data_dir: Path, *, check_pages: bool = True):
    from desktop.store.opening import open_configured

    return open_configured(data_dir, check_pages=check_pages)


def _sqlite_path(data_dir: Path) -> Path:
    from desktop.store.connection import sqlite_path_for

    return sqlite_path_for(data_dir)


def _where(data_dir: Path) -> str:
    """Where the data lives, for the status bar (no password)."""
    from desktop.store.opening import database_target
    from desktop.store.server.config import describe

    return describe(database_target(data_dir))


def run_cli(args: argparse.Namespace) -> int:
    if not args.demo:
        return _run(args, (args.data_dir or default_data_dir()).expanduser())
    data_dir = Path(tempfile.mkdtemp(prefix="kense-demo-"))
    # A throw-away database's office key goes with it, not into the user's profile.
    os.environ["KENSE_KEY_DIR"] = str(data_dir / "demo-office-key")
    try:
        return _run(args, data_dir)
    finally:
        _throw_away(data_dir)


def _throw_away(data_dir: Path) -> None:
    """The demo's folder, database, log and office key with it, once Kense is done with it
    (the files closed first: Windows keeps an open file from being deleted)."""
    from desktop.logging_setup import stop_logging
    from desktop.store.connection import close_database

    close_database()
    stop_logging()
    shutil.rmtree(data_dir, ignore_errors=True)


def _run(args: argparse.Namespace, data_dir: Path) -> int:
    if args.make_server or args.stop_server or args.join or args.move_to_server:
        from desktop.cli.server import server_command

        return server_command(args, data_dir)
    if args.check_dumps:
        from desktop.cli.server_check import check_dumps

        return check_dumps(data_dir)
    if not (args.backup or args.restore or args.import_archive or args.report
            or args.verify_signature or args.import_crl):
        return _start_window(args, data_dir)
    from desktop.domain.catalogue import CatalogueError
    from desktop.store.backup import backup_sqlite
    from desktop.store.errors import StoreError
    from desktop.store.opening import database_target

    try:
        if args.backup:
            db = _open(data_dir)
            if "://" in database_target(data_dir):
                from desktop.services.office.server.backups import dump_now

                path = dump_now(args.backup.expanduser().resolve())
                print(f"server backup written and checked (pg_restore --list): {path}")
                return 0
            path = backup_sqlite(db, args.backup.expanduser().resolve())
            print(f"backup written and verified: {path}")
            return 0
        if args.restore:
            return _restore(data_dir, args.restore.expanduser().resolve())
        if args.import_archive:
            from desktop.cli.archive import import_from_command_line

            return import_from_command_line(_open(data_dir), data_dir, args)
        if args.report:
            from desktop.cli.report import report_from_command_line

            return report_from_command_line(_open(data_dir), data_dir, args)
        if args.import_crl:
            from desktop.cli.esign import import_crls_from_command_line

            _open(data_dir)
            return import_crls_from_command_line(data_dir, args)
        from desktop.cli.esign import verify_from_command_line

        _open(data_dir)
        return verify_from_command_line(data_dir, args)
    except OSError as exc:  # a path that cannot be resolved or read, a full disk...
        from desktop.store.errors import classify

        known = classify(exc, str(args.backup or args.restore or data_dir))
        return fail(str(known), known, data_dir)
    except (StoreError, CatalogueError) as exc:
        if args.backup or args.restore:
            return fail(str(exc), exc, data_dir)
        return _gui_startup_error(exc, data_dir)


class WindowOpening:
    """Opening the database for the window: the checks of the service definitions and of
    the folder, opening and migrating (every page is read later, desktop/ui/startup_checks.py),
    the demo's seeding; and, when that fails, the message in the user's language with its
    way out. The window calls these before its first dialog, or, on a PC that has signed in
    before, once its sign-in window is up."""

    def __init__(self, args: argparse.Namespace, data_dir: Path) -> None:
        self.args = args
        self.data_dir = data_dir

    def open(self) -> str:
        """Where the data lives, for the status bar; raises what `explain` takes."""
        from desktop.services.results import registry
        from desktop.store.opening import database_target

        registry.check()
        if not self.args.demo and "://" not in database_target(self.data_dir):
            from desktop.store.health import check_writable

            check_writable(_sqlite_path(self.data_dir))
        _open(self.data_dir, check_pages=False)
        if self.args.demo:
            from desktop.services.demo.database import seed_demo

            seed_demo()
        return _where(self.data_dir)

    def explain(self, exc: BaseException) -> tuple[str | None, int]:
        return _explain(exc, self.data_dir)


def _explain(exc: BaseException, data_dir: Path) -> tuple[str | None, int]:
    """Say why the database could not be opened; offer to restore the latest backup.
    (where the data lives, 0) if the user restored and the window may go on; otherwise
    (None, the exit code). Anything else is raised again."""
    from desktop.domain.catalogue import CatalogueError
    from desktop.store.errors import StoreError

    if isinstance(exc, OSError):  # a path that cannot be resolved or read, a full disk...
        from desktop.store.errors import classify

        known = classify(exc, str(data_dir))
        return None, fail(str(known), known, data_dir)
    if not isinstance(exc, (StoreError, CatalogueError)):
        raise exc
    print(f"kense: {exc}", file=sys.stderr)
    from desktop.ui.startup_error import offer_way_out

    if not offer_way_out(exc, data_dir):
        return None, 2
    try:
        _open(data_dir)
    except StoreError as again:
        return None, fail(str(again), again, data_dir)
    return _where(data_dir), 0


def _start_window(args: argparse.Namespace, data_dir: Path) -> int:
    from desktop.ui.app import remembers_sign_in, run_gui

    opening = WindowOpening(args, data_dir)
    if not args.demo and remembers_sign_in(data_dir):
        return run_gui(data_dir, None, opening=opening)
    try:
        location = opening.open()
    except Exception as exc:
        location, code = opening.explain(exc)
        if location is None:
            return code
    # Reading every page and the daily backup wait until the window is up
    # (desktop/ui/startup_checks.py); signing in waits for the pages.
    return run_gui(data_dir, location, demo=args.demo)


def _restore(data_dir: Path, source: Path) -> int:
    """The IT person's restore, through the same use case as the admin page's (checked first,
    the current content saved, recorded in the audit as the system); or, when the database
    cannot be opened (damaged, missing, empty), the backup is checked and put in its place."""
    from desktop.services.office import backups
    from desktop.store.errors import StoreError
    from desktop.store.health import put_backup_in_place

    try:
        _open(data_dir)
    except StoreError as exc:
        if exc.code not in ("corrupt", "missing_database", "cannot_open", "empty_database",
                            "not_kense"):
            raise
        kept = put_backup_in_place(_sqlite_path(data_dir), source)
        _open(data_dir)
        backups.record_put_back(source, kept)
        note = f"; the damaged file was kept as {kept}" if kept else ""
        print(f"restored from {source}{note}")
        return 0
    safety = backups.restore(backups.COMMAND_LINE, source)
    print(f"restored from {source}; the previous content was saved to {safety}")
    return 0


def _gui_startup_error(exc: BaseException, data_dir: Path) -> int:
    """Explain in the user's language and offer a way out (restore a backup); then, if the
    user restored, start normally. Never loops: one attempt, then exit."""
    location, code = _explain(exc, data_dir)
    if location is None:
        return code
    from desktop.ui.app import run_gui

    return run_gui(data_dir, location)

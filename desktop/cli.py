"""What `kense` does before (or instead of) the window: pick and open the database, migrate,
the daily backup, and the IT person's --backup / --restore / --import-archive /
--verify-signature / --report."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from desktop.domain.catalogue import CatalogueError
from desktop.locations import default_data_dir
from desktop.store.connection import StoreError, sqlite_path_for
from desktop.store.opening import database_target
from desktop.store.opening import open_configured as _open


def _fail(message: str, exc: BaseException | None = None, data_dir: Path | None = None) -> int:
    """The English text (for the log and the IT person), then the same in the language this
    PC's sign-in screen uses, with the file it concerns."""
    print(f"kense: {message}", file=sys.stderr)
    local = _in_users_language(exc, data_dir) if exc is not None and data_dir else None
    if local:
        print(f"kense: {local}", file=sys.stderr)
    return 2


def _in_users_language(exc: BaseException, data_dir: Path) -> str | None:
    """Translated with a QCoreApplication made for the purpose and shut down again, so that
    a window can still be made afterwards (Qt allows one application object at a time)."""
    made = None
    try:
        from PySide6.QtCore import QCoreApplication

        from desktop.ui import i18n
        from desktop.ui.app import LocalSettings
        from desktop.ui.messages import error_text

        if QCoreApplication.instance() is None:
            made = QCoreApplication(sys.argv[:1])
        i18n.install(LocalSettings(data_dir).language)
        return error_text(exc).replace("\n", " ")
    except Exception:  # the English text above has been printed: never fail while failing
        return None
    finally:
        if made is not None:
            from desktop.ui import i18n

            i18n.reset()
            made.shutdown()


def run_cli(args: argparse.Namespace) -> int:
    from desktop.store.backup import backup_sqlite

    if args.demo:
        data_dir = Path(tempfile.mkdtemp(prefix="kense-demo-"))
        # A throw-away database's office key goes with it, not into the user's profile.
        os.environ["KENSE_KEY_DIR"] = str(data_dir / "demo-office-key")
    else:
        data_dir = (args.data_dir or default_data_dir()).expanduser()
    try:
        if args.backup:
            db = _open(data_dir)
            path = backup_sqlite(db, args.backup.expanduser().resolve())
            print(f"backup written and verified: {path}")
            return 0
        if args.restore:
            return _restore(data_dir, args.restore.expanduser().resolve())
        if args.import_archive:
            from desktop.archive_cli import import_from_command_line

            return import_from_command_line(_open(data_dir), data_dir, args)
        if args.report:
            from desktop.report_cli import report_from_command_line

            return report_from_command_line(_open(data_dir), data_dir, args)
        if args.verify_signature:
            from desktop.esign_cli import verify_from_command_line

            _open(data_dir)
            return verify_from_command_line(data_dir, args)
        from desktop.services import result_kinds

        result_kinds.check()
        if not args.demo and "://" not in database_target(data_dir):
            from desktop.store.health import check_writable

            check_writable(sqlite_path_for(data_dir))
        db = _open(data_dir, check_pages=False)
    except OSError as exc:  # a path that cannot be resolved or read, a full disk...
        from desktop.store.health import classify

        known = classify(exc, str(args.backup or args.restore or data_dir))
        return _fail(str(known), known, data_dir)
    except (StoreError, CatalogueError) as exc:
        if args.backup or args.restore:
            return _fail(str(exc), exc, data_dir)
        return _gui_startup_error(exc, data_dir)

    if args.demo:
        from desktop.services.demo import seed_demo

        seed_demo()
    # Reading every page and the daily backup wait until the window is up
    # (desktop/ui/startup_checks.py); signing in waits for the pages.
    from desktop.store.server_config import describe
    from desktop.ui.app import run_gui

    return run_gui(data_dir, describe(database_target(data_dir)), demo=args.demo)


def _restore(data_dir: Path, source: Path) -> int:
    """The IT person's restore, through the same use case as the admin page's (checked first,
    the current content saved, recorded in the audit as the system); or, when the database
    cannot be opened (damaged, missing, empty), the backup is checked and put in its place."""
    from desktop.services import maintenance
    from desktop.store.health import put_backup_in_place

    try:
        _open(data_dir)
    except StoreError as exc:
        if exc.code not in ("corrupt", "missing_database", "cannot_open", "empty_database",
                            "not_kense"):
            raise
        kept = put_backup_in_place(sqlite_path_for(data_dir), source)
        _open(data_dir)
        maintenance.record_put_back(source, kept)
        note = f"; the damaged file was kept as {kept}" if kept else ""
        print(f"restored from {source}{note}")
        return 0
    safety = maintenance.restore(maintenance.COMMAND_LINE, source)
    print(f"restored from {source}; the previous content was saved to {safety}")
    return 0


def _gui_startup_error(exc: StoreError | CatalogueError, data_dir: Path) -> int:
    """Explain in the user's language and offer a way out (restore a backup); then, if the
    user restored, start normally. Never loops: one attempt, then exit."""
    print(f"kense: {exc}", file=sys.stderr)
    from desktop.ui.startup_error import offer_way_out

    if offer_way_out(exc, data_dir):
        try:
            _open(data_dir)
        except StoreError as again:
            return _fail(str(again), again, data_dir)
        from desktop.store.server_config import describe
        from desktop.ui.app import run_gui

        return run_gui(data_dir, describe(database_target(data_dir)))
    return 2

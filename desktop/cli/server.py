"""The IT person's office-server commands: --move-to-server (and, in desktop/cli/
server_setup.py, --make-server, --stop-server and --join). Exit 0 on success, 2 with a sentence
on refusal; never a traceback."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import sys
from pathlib import Path

from desktop.cli.common import fail


def read_password(username: str) -> str:
    """From the terminal when there is one; otherwise the first line of stdin (scripts, tests).
    Never from the command line, where other users of the PC could read it."""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(f"Password of {username}: ")
    return (sys.stdin.readline() if sys.stdin is not None else "").rstrip("\r\n")


def move_from_command_line(args: argparse.Namespace, data_dir: Path) -> int:
    from desktop.domain.errors import DomainError
    from desktop.services.accounts import users as accounts
    from desktop.services.office.server import move as server_move
    from desktop.store.connection import close_database, open_database, sqlite_path_for
    from desktop.store.errors import StoreError
    from desktop.store.health import check_file
    from desktop.store.migrations import migrate

    if not args.user:
        return fail("--move-to-server needs --user ADMIN (an admin of this PC's records)")
    path = sqlite_path_for(data_dir)
    if not path.is_file():
        return fail(f"There is no database of this PC in {data_dir} to move; nothing was "
                    "changed.")
    try:
        server_move.joined_server(data_dir)
        check_file(path)
        migrate(open_database(path), backup_dir=data_dir / "backups")
        try:
            session = accounts.login(args.user, read_password(args.user))
        except DomainError as exc:
            return fail(f"Wrong user name or password ({exc.code}); nothing was moved.", exc,
                        data_dir)
        report = server_move.move_to_server(session, data_dir)
        # The move is done; a session left unended ends by itself when idle.
        with contextlib.suppress(DomainError, StoreError):
            accounts.sign_out(session)
    except (StoreError, DomainError) as exc:
        return fail(str(exc), exc, data_dir)
    except OSError as exc:
        from desktop.store.errors import classify

        known = classify(exc, str(data_dir))
        return fail(str(known), known, data_dir)
    finally:
        close_database()
    print(f"moved {report.rows} rows in {report.tables} tables to {report.server}; "
          f"checked: every table's count and content equal, the audit check passes")
    print(f"this PC's file was kept, and a verified copy saved as {report.backup}")
    return 0


def server_command(args: argparse.Namespace, data_dir: Path) -> int:
    try:
        if args.move_to_server:
            return move_from_command_line(args, data_dir)
        from desktop.cli import server_setup

        if args.make_server:
            return server_setup.make_server(args)
        if args.stop_server:
            return server_setup.stop_server(args)
        return server_setup.join(args, data_dir)
    except Exception as exc:  # a fault of Kense's own: said in one line, never a traceback
        import logging

        logging.getLogger(__name__).exception("office server command failed")
        return fail(f"an unexpected problem stopped the command ({type(exc).__name__}: {exc}); "
                    "what it had begun was undone")

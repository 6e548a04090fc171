"""Command line entry point: `kense` / `python -m desktop`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop import __version__, qt_guard  # noqa: F401  (see desktop/qt_guard.py)
from desktop.store import drivers

# First of all: a SQLite PC must not load the PostgreSQL driver (see desktop/store/drivers.py).
drivers.install()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kense", description="Kense: college state services")
    parser.add_argument("--version", action="version", version=f"Kense {__version__}")
    parser.add_argument("--data-dir", type=Path, help="folder of the database, backups and logs")
    parser.add_argument("--demo", action="store_true", help="open a throw-away demo database")
    parser.add_argument(
        "--smoke",
        nargs="?",
        const="",
        metavar="DIR",
        help="self-check: migrate a temporary database, render every form; print ok",
    )
    parser.add_argument("--backup", type=Path, metavar="PATH", help="write a verified backup")
    parser.add_argument("--restore", type=Path, metavar="PATH", help="restore a verified backup")
    parser.add_argument("--import-archive", type=Path, metavar="FILE.xlsx",
                        help="import students and grades from an Excel file (asks an admin's "
                             "password; --user names the admin)")
    parser.add_argument("--verify-signature", nargs=2, metavar=("FILE.pdf", "FILE.cms"),
                        help="check a signed result offline against the installed NCA "
                             "certificates")
    parser.add_argument("--import-crl", nargs="+", type=Path, metavar="FILE.crl",
                        help="import the NCA's lists of revoked certificates (asks an admin's "
                             "password; --user names the admin)")
    parser.add_argument("--report", metavar="NAME",
                        help="write a report to --out: journal, book or statistics (asks the "
                             "password of --user, a clerk or the head)")
    parser.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD",
                        help="the report's first day (--report)")
    parser.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD",
                        help="the report's last day (--report)")
    parser.add_argument("--out", type=Path, metavar="FILE.xlsx|FILE.pdf",
                        help="the report's file (--report)")
    parser.add_argument("--service", metavar="CODE",
                        help="one service's journal or statistics, e.g. duplicate (--report)")
    parser.add_argument("--user", metavar="NAME",
                        help="the admin who imports (--import-archive, --import-crl); the clerk "
                             "or head who "
                             "reads a report (--report)")
    parser.add_argument("--make-server", type=Path, metavar="DIR",
                        help="set up and start the office server in DIR; prints the join code "
                             "alone on its last line")
    parser.add_argument("--port", type=int, help="the office server's port (--make-server)")
    parser.add_argument("--subnet", metavar="CIDR",
                        help="the office network that may reach the server (--make-server)")
    parser.add_argument("--stop-server", type=Path, metavar="DIR",
                        help="stop the office server in DIR")
    parser.add_argument("--join", metavar="CODE", help="this PC uses the office server")
    parser.add_argument("--move-to-server", action="store_true",
                        help="move this PC's records to the server it joined (asks the password "
                             "of --user, an admin; read from stdin when it is not a terminal)")
    parser.add_argument("--check-dumps", action="store_true",
                        help="restore the office server's newest good daily dump into a "
                             "scratch database and run the audit check on it (the server PC)")
    parser.add_argument("--check-database", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--yes", action="store_true",
                        help="import without asking after the preview (--import-archive)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.smoke is not None:
        from desktop.cli.smoke import run_smoke

        return run_smoke(Path(args.smoke) if args.smoke else None)
    if args.check_database:  # the dumps' restore check, in a process of its own
        from desktop.cli.server_check import check_database

        return check_database()
    from desktop.cli.main import run_cli

    return run_cli(args)


if __name__ == "__main__":
    sys.exit(main())

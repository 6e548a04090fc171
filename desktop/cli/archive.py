"""`kense --import-archive FILE.xlsx --user ADMIN`: the admin page's import, from a terminal.

The same use cases as Admin → Archive: an admin signs in with their password (asked, never
taken from the command line), the file is previewed, and nothing is stored until the admin
agrees (or passed --yes).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import fail, sign_in_from_terminal
from desktop.domain.errors import DomainError
from desktop.store.errors import StoreError

SHOWN_NOTES = 20


def _print_preview(parsed, path: Path) -> None:
    grades = sum(len(s.grades) for s in parsed.students)
    print(f"{path.name}: layout {parsed.layout}; groups {len(parsed.groups)}; "
          f"students {len(parsed.students)}; grades {grades}; "
          f"rows left out {len(parsed.skipped)}; cells not read {len(parsed.errors)}")
    for title, notes in (("not read", parsed.errors), ("left out", parsed.skipped)):
        for note in notes[:SHOWN_NOTES]:
            print(f"  {title}: sheet {note.sheet!r} row {note.row} column {note.column or '-'}:"
                  f" {note.code} {note.value!r}")
        if len(notes) > SHOWN_NOTES:
            print(f"  … and {len(notes) - SHOWN_NOTES} more {title}")


def import_from_command_line(db, data_dir: Path, args: argparse.Namespace) -> int:
    from desktop.services.accounts import users as accounts
    from desktop.services.archive import importing

    del db  # opened (and migrated) by the caller; the use cases reach it through the store
    path = args.import_archive.expanduser().resolve()
    if not args.user:
        return fail("--import-archive needs --user NAME: the admin who imports")
    try:
        session = sign_in_from_terminal(args.user)
    except DomainError as exc:
        return fail(str(exc), exc, data_dir)
    try:
        parsed = importing.preview_archive(session, path)
        _print_preview(parsed, path)
        if not args.yes:
            answer = input("Import this file? [y/N] ") if sys.stdin.isatty() else ""
            if answer.strip().casefold() not in ("y", "yes", "д", "да", "и", "иә"):
                print("nothing was imported")
                return 1
        report = importing.import_archive(session, parsed, path.name)
    except (DomainError, StoreError, OSError) as exc:
        return fail(str(exc), exc, data_dir)
    finally:
        accounts.sign_out(session)
    print(f"imported: added {report.added}, updated {report.updated}, "
          f"unchanged {report.unchanged}; nothing deleted")
    for change in report.changes[:SHOWN_NOTES]:
        values = "; ".join(f"{name}: {before or '-'} -> {after or '-'}"
                           for name, before, after in change.values)
        print(f"  {change.full_name} ({change.sheet}, row {change.row}): {values}")
    return 0

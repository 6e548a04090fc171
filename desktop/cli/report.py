"""`kense --report NAME --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.xlsx|.pdf --user NAME`:
the Reports page's files, from a terminal (a scheduled task, the IT person).

The reports hold personal data, so a clerk or the head signs in with their password (asked on
the terminal, as for --import-archive); the file is written in that user's language.
Exit codes: 0 written; 2 refused (bad option, wrong password, a role that may not read
reports, a file that cannot be written), with the reason in English and in the language of
this PC's sign-in screen.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import fail, sign_in_from_terminal
from desktop.domain.errors import DomainError
from desktop.store.errors import StoreError


def report_from_command_line(db, data_dir: Path, args: argparse.Namespace) -> int:
    from desktop.domain.reports import check_report, parse_day, report_format
    from desktop.forms.report_files import write_report
    from desktop.services.accounts import users
    from desktop.services.reports import statistics
    from desktop.services.reports.output import report_content

    del db  # opened (and migrated) by the caller; the use cases reach it through the store
    try:
        name = check_report(args.report)
        first = parse_day(args.date_from or "", "--from")
        last = parse_day(args.date_to or "", "--to")
        statistics.check_period(first, last)
        if args.out is None:
            raise DomainError("report_format_bad", "--report needs --out FILE.xlsx or FILE.pdf",
                              file="")
        out = args.out.expanduser().resolve()
        fmt = report_format(out)
    except DomainError as exc:
        return fail(str(exc), exc, data_dir)
    if not args.user:
        return fail("--report needs --user NAME: the clerk or the head who reads it")
    try:
        session = sign_in_from_terminal(args.user)
    except DomainError as exc:
        return fail(str(exc), exc, data_dir)
    try:
        content = report_content(session, name, statistics.Period(first, last, args.service))
        write_report(name, fmt, content.data, session.language, out, college=content.college,
                     printed_on=content.printed_on)
    except (DomainError, StoreError, OSError) as exc:
        return fail(str(exc), exc, data_dir)
    finally:
        users.sign_out(session)
    print(f"{name} {first.isoformat()}..{last.isoformat()}: {content.rows} rows written to {out}")
    return 0

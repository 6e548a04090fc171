"""The restore check of the office server's dumps from the command line: `kense --data-dir D
--check-dumps` (the IT person: the newest good daily dump restored into a scratch database and
checked now, whatever the week), and the hidden `--check-database` the check runs in a process
of its own against that scratch copy (its address in KENSE_CHECK_DATABASE_URL, never on the
command line)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from desktop.cli.common import fail

# A copy is older than the live database: this PC's anchor of the live chain is longer, and
# that is no sign of tampering in the copy.
NOT_FOR_A_COPY = ("rolled_back",)


def check_database() -> int:
    """Child process: the audit check of the database in KENSE_CHECK_DATABASE_URL; one JSON
    line on stdout; exit 0 passed, 1 failed, 3 not checked."""
    from desktop.services.office.server.dump_check import (
        FAILED,
        NOT_CHECKED,
        PASSED,
        URL_VARIABLE,
    )
    from desktop.services.records.chain_check import verify_chain
    from desktop.store.connection import close_database, open_database
    from desktop.store.errors import StoreError, classify
    from desktop.store.migrations import migrate

    url = os.environ.get(URL_VARIABLE, "")
    if not url:
        print(json.dumps({"outcome": NOT_CHECKED, "problem": "no_database"}))
        return 3
    try:
        migrate(open_database(url))  # as a restore would, before the program works on it
        report = verify_chain()
    except Exception as exc:  # cannot connect, cannot read: said as a code, never a traceback
        known = exc if isinstance(exc, StoreError) else classify(exc)
        print(f"kense: the check could not be made: {type(exc).__name__}: {exc}",
              file=sys.stderr)
        print(json.dumps({"outcome": NOT_CHECKED, "problem": known.code}))
        return 3
    finally:
        close_database()
    if report.key_missing:
        print(json.dumps({"outcome": NOT_CHECKED, "problem": "office_key_missing"}))
        return 3
    found = [f for f in report.findings if f.problem not in NOT_FOR_A_COPY]
    outcome = FAILED if found else PASSED
    print(json.dumps({"outcome": outcome, "problem": found[0].problem if found else "",
                      "records": report.checked}))
    return 0 if outcome == PASSED else 1


def check_dumps(data_dir: Path) -> int:
    """`kense --data-dir D --check-dumps`: exit 0 when the newest good dump passed, 2 else."""
    from desktop.services.office.server import backups as server_backups
    from desktop.services.office.server import dump_check
    from desktop.store.connection import close_database
    from desktop.store.errors import StoreError
    from desktop.store.opening import database_target, open_configured

    try:
        if "://" not in database_target(data_dir):  # no database is opened (nor made) for it
            return fail("--check-dumps checks the office server's dumps; this PC works on its "
                        "own file (its backups are checked as they are made)")
        open_configured(data_dir)
        folder = server_backups.backup_folder()
        newest = dump_check.newest_good_daily_dump(folder)
        if newest is None:
            return fail(f"there is no good daily dump of the office server in {folder}")
        made = dump_check.check_and_record(newest)
    except StoreError as exc:
        return fail(str(exc), exc, data_dir)
    finally:
        close_database()
    if made.passed:
        print(f"{made.file}: restored into a scratch database and the audit check passed "
              f"({made.records} records)")
        return 0
    if made.outcome == dump_check.FAILED:
        return fail(f"{made.file} FAILED its restore check ({made.problem}); it was kept as "
                    f"{made.file}.bad and no longer counts among the good dumps")
    return fail(f"{made.file} could not be checked ({made.problem})")

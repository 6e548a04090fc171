"""The weekly restore check of the office server's dumps: the newest good daily dump restored
into a scratch database (`<db>_check`, made and dropped by Kense on the same server), the audit
check run against that copy in a process of its own, the outcome recorded in the audit log so
that every PC's Backups page can say when the dumps were last proved restorable.

A dump whose copy fails the check is renamed `.bad`: it is kept, but never counted among the
good ones, never offered for a restore, and pushes no good one out.

The check runs in a child process (`kense --check-database`, hidden) because the models are
bound to one global database: pointing them at the scratch copy in this process would take
them from the live database the rest of the program is using.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import quote

from desktop.services import reference
from desktop.services.records import audit
from desktop.store.connection import current_database, write_transaction
from desktop.store.errors import StoreError
from desktop.store.server import dumps as pg_backup

RESTORE_CHECK = "server_restore_check"
EVERY = timedelta(days=7)
SYSTEM = "system"  # as desktop/services/records/upgrade.py names the program's own acts
URL_VARIABLE = "KENSE_CHECK_DATABASE_URL"  # never on a command line others could read
CHILD_TIMEOUT = 3600

PASSED, FAILED, NOT_CHECKED = "passed", "failed", "not_checked"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DumpCheck:
    """One check's outcome. outcome: passed, failed (the copy does not pass the audit check,
    or the dump cannot be restored) or not_checked (`problem` says why: the office key is not
    on this PC, the server's user may not create databases...)."""

    file: str
    outcome: str
    problem: str = ""
    records: int = 0
    at: datetime | None = None

    @property
    def passed(self) -> bool:
        return self.outcome == PASSED


def child_command() -> list[str]:
    """This program, asked to check the database named in URL_VARIABLE."""
    if getattr(sys, "frozen", False):
        # The bundle's console program: the windowed one has no stdout to answer on.
        program = Path(sys.executable)
        console = program.with_name("kense-cli" + program.suffix)
        return [str(console if console.is_file() else program), "--check-database"]
    return [sys.executable, "-m", "desktop", "--check-database"]


def scratch_url(name: str) -> str:
    """The live connection's parameters, pointed at the scratch database."""
    params = current_database().connect_params
    user = quote(str(params.get("user") or ""), safe="")
    password = params.get("password")
    auth = f"{user}:{quote(str(password), safe='')}@" if password else (f"{user}@" if user
                                                                        else "")
    host = str(params.get("host") or "localhost")
    host = f"[{host}]" if ":" in host else host
    port = f":{params['port']}" if params.get("port") else ""
    extra = [f"{key}={quote(str(params[key]), safe='')}" for key in ("sslmode", "sslrootcert")
             if params.get(key)]
    query = "?" + "&".join(extra) if extra else ""
    return f"postgresql://{auth}{host}{port}/{quote(name, safe='')}{query}"


def _run_child(url: str) -> tuple[str, str, int]:
    """(outcome, problem, records) of the audit check of the database at `url`."""
    try:
        done = subprocess.run(child_command(), capture_output=True, text=True,
                              timeout=CHILD_TIMEOUT, env={**os.environ, URL_VARIABLE: url},
                              check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return NOT_CHECKED, f"check_not_run: {exc}", 0
    if done.stderr.strip():
        log.warning("the restore check's process said: %s", done.stderr.strip()[-2000:])
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    try:
        said = json.loads(lines[-1])
    except (IndexError, ValueError):
        tail = " ".join((done.stderr or "").strip().splitlines()[-2:])
        return NOT_CHECKED, f"check_not_run: {tail}", 0
    return str(said["outcome"]), str(said.get("problem", "")), int(said.get("records", 0))


def check_dump(path: Path) -> DumpCheck:
    """Restore `path` into the scratch database, run the audit check there, drop it."""
    db = current_database()
    name = pg_backup.scratch_name(db)
    try:
        pg_backup.restore_into_scratch(db, path, name)
    except StoreError as exc:
        outcome = NOT_CHECKED if exc.code in ("scratch_refused", "pg_missing") else FAILED
        code = exc.code if exc.code != "pg_tool_failed" else "does_not_restore"
        _drop_quietly(db, name)
        return DumpCheck(path.name, outcome, code)
    try:
        outcome, problem, records = _run_child(scratch_url(name))
    finally:
        _drop_quietly(db, name)
    return DumpCheck(path.name, outcome, problem, records)


def _drop_quietly(db, name: str) -> None:
    with contextlib.suppress(StoreError):  # dropped again before the next check
        pg_backup.drop_scratch(db, name)


def newest_good_daily_dump(folder: Path) -> Path | None:
    for path in sorted(folder.glob(pg_backup.DUMP_GLOB), reverse=True):
        if pg_backup.is_good_dump(path):
            return path
    return None


def check_and_record(path: Path, now: datetime | None = None) -> DumpCheck:
    """Check one dump, mark it `.bad` when it failed, and record the outcome."""
    made = check_dump(path)
    at = (now or reference.now()).replace(microsecond=0)
    kept_as = path.name
    if made.outcome == FAILED:
        bad = path.with_name(path.name + ".bad")
        os.replace(path, bad)
        kept_as = bad.name
    with write_transaction():
        audit.append(SYSTEM, RESTORE_CHECK, None,
                     {"file": made.file, "check": made.outcome, "problem": made.problem,
                      "records": made.records, "checked_on": at.isoformat(),
                      "kept_as": kept_as})
    return DumpCheck(made.file, made.outcome, made.problem, made.records, at)


def last_check() -> DumpCheck | None:
    """The newest restore check recorded (any PC may ask)."""
    from desktop.store.models import AuditRecord

    row = (AuditRecord.select(AuditRecord.changes)
           .where(AuditRecord.action == RESTORE_CHECK).order_by(AuditRecord.id.desc()).first())
    if row is None:
        return None
    data = json.loads(row.changes)
    return DumpCheck(str(data.get("file", "")), str(data.get("check", "")),
                     str(data.get("problem", "")), int(data.get("records", 0)),
                     datetime.fromisoformat(str(data["checked_on"])))


def is_due(now: datetime | None = None) -> bool:
    last = last_check()
    now = now or reference.now()
    # By the calendar day: a check made on a Monday is due again on the next Monday.
    return last is None or last.at is None or (now.date() - last.at.date()) >= EVERY


def weekly_check(folder: Path, now: datetime | None = None) -> DumpCheck | None:
    """On the server PC, after the daily dump: the newest good dump checked when no check was
    recorded in the last 7 days."""
    if not is_due(now):
        return None
    newest = newest_good_daily_dump(folder)
    if newest is None:
        return None
    return check_and_record(newest, now)

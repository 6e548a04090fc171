"""A clerk's process for the reliability tests: registers cases and reports each commit.

    python worker.py DATABASE COUNT TAG                      # register COUNT cases
    python worker.py DATABASE COUNT TAG backup FOLDER SOURCE  # register, back up, restore

Prints "committed <reg_number>" after each registration returns (i.e. after COMMIT), flushing
at once, so a parent that kills this process knows exactly what was acknowledged. In the
backup mode it also prints "backup <file>" once a backup is in place and "restored" once a
restore from SOURCE has returned.
"""

from __future__ import annotations

import sys
from datetime import date

from desktop.domain.iin import make_iin
from desktop.services.accounts import users
from desktop.services.cases import registration
from desktop.services.cases.inputs import ApplicantInput, Application
from desktop.store.connection import open_database

PASSWORD = "Kense-test-pass-42"


def main() -> int:
    target, count, tag = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    backups = sys.argv[4] == "backup" if len(sys.argv) > 4 else False
    db = open_database(target)
    clerk = users.login("clerk", PASSWORD)
    # Warm up what the first registration would load (the services' TOML, the holidays
    # package), so "ready" means ready and the kills land in the work, not in imports.
    from desktop.services.reference import catalogue, work_calendar

    catalogue()
    work_calendar().is_working_day(date(2026, 3, 2))
    print("ready", flush=True)
    for i in range(count):
        if backups and i % 3 == 1:
            from pathlib import Path

            from desktop.store.backup import backup_sqlite

            made = backup_sqlite(db, Path(sys.argv[5]) / f"bk-{tag}-{i}.sqlite3")
            print(f"backup {made}", flush=True)
            continue
        if backups and i % 3 == 2:
            from pathlib import Path

            from desktop.store.restore import restore_sqlite

            print("restoring", flush=True)
            restore_sqlite(db, Path(sys.argv[6]), safety_dir=Path(sys.argv[5]))
            print("restored", flush=True)
            continue
        birth = date(1990 + i % 15, 1 + i % 12, 1 + i % 28)
        app = Application(
            service="certificate", channel="office", language="kk",
            presented={"application", "identity"},
            applicant=ApplicantInput(
                iin=make_iin(birth, "F", (tag * 1000 + i) % 10000), surname="Қасымова",
                name="Әйгерім", patronymic="Ғалымқызы", birth_date=birth),
        )
        case = registration.register(clerk, app)
        print(f"committed {case.reg_number}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

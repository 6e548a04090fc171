"""A clerk's process for the reliability tests: registers cases and reports each commit.

    python worker.py DATABASE COUNT TAG

Prints "committed <reg_number>" after each registration returns (i.e. after COMMIT), flushing
at once, so a parent that kills this process knows exactly what was acknowledged.
"""

from __future__ import annotations

import sys
from datetime import date

from desktop.domain.iin import make_iin
from desktop.services import accounts, registration
from desktop.services.inputs import ApplicantInput, Application
from desktop.store.connection import open_database

PASSWORD = "Kense-test-pass-42"


def main() -> int:
    target, count, tag = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    open_database(target)
    clerk = accounts.login("clerk", PASSWORD)
    print("ready", flush=True)
    for i in range(count):
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

"""Client processes of an office server for the tests: each a PC of its own (a process), signed
in as its own clerk, registering cases until told to stop, riding out the server's absence,
and reporting the registration numbers it was told were saved."""

from __future__ import annotations

import sys
import time
from pathlib import Path

PASSWORD = "Crash-test-2026"


def set_up_office(url: str, clients: int) -> None:
    """An office on the (empty) server: an admin and a clerk per client."""
    from desktop.services.accounts import users
    from desktop.store.connection import close_database, open_database
    from desktop.store.migrations import migrate

    migrate(open_database(url))
    admin = users.first_run_setup(users.CollegeProfile("Колледж", "Колледж", "", "", "Басшы"),
                                  "admin", "Әкімші", PASSWORD)
    for i in range(1, clients + 1):
        users.create_user(admin, f"clerk{i}", f"Кеңсе {i}", "clerk", PASSWORD)
    close_database()


def registering_clerk(url: str, index: int, stop, started, out) -> None:
    """Register cases until `stop` is set; errors are counted, waited out and tried again."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from desktop.services.accounts import users
    from desktop.services.cases import registration
    from desktop.store.connection import open_database
    from support.applications import make_application

    open_database(url)
    clerk = users.login(f"clerk{index}", PASSWORD)
    started.set()
    saved, failed = [], 0
    deadline = time.monotonic() + 300  # a bound, whatever happens to the server
    while not stop.is_set() and time.monotonic() < deadline:
        try:
            number = registration.register(clerk, make_application()).reg_number
            saved.append((number, time.time()))
        except Exception:  # the server is away: the use case was refused whole
            failed += 1
            time.sleep(0.2)
    out.put((index, saved, failed))

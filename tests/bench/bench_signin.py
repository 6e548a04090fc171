"""Benchmark: sign-in with an unknown user name against a wrong password for a known one.
Both must cost one argon2 verify, so the ratio should be close to 1; a ratio near 2 means the
unknown name pays for a hash as well, and timing tells which user names exist. Prints figures;
passes or fails nothing.

    python tests/bench/bench_signin.py [N]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from desktop.services.accounts import users
from desktop.services.errors import AuthError
from desktop.store.connection import close_database, open_database
from desktop.store.migrations import migrate

PASSWORD = "Bench-pass-2026"


def refused_in(username: str) -> float:
    t0 = time.perf_counter()
    try:
        users.login(username, "wrong-password")
    except AuthError as err:
        assert err.code == "bad_credentials", err.code
    return time.perf_counter() - t0


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    with tempfile.TemporaryDirectory() as tmp:
        migrate(open_database(Path(tmp) / "bench.sqlite3"))
        profile = users.CollegeProfile("Колледж", "Колледж", "", "", "Басшы")
        admin = users.first_run_setup(profile, "admin", "Әкімші", PASSWORD)
        users.create_user(admin, "clerk", "Кеңсе", "clerk", PASSWORD)
        first_unknown = refused_in("nobody")  # the process's first: makes the dummy hash
        unknown, wrong = [], []
        # Interleaved, so a busy moment of the machine falls on both alike. Four wrong
        # passwords in a row lock the account at the fifth: a right one in between resets it.
        for i in range(n):
            unknown.append(refused_in(f"nobody{i}"))
            wrong.append(refused_in("clerk"))
            if i % 3 == 2:
                users.login("clerk", PASSWORD)
        close_database()
    mu, mw = statistics.median(unknown), statistics.median(wrong)
    print(f"sign-in refused, median of {n} (ms): unknown user {mu * 1000:.1f}, "
          f"wrong password {mw * 1000:.1f}, ratio {mu / mw:.2f}")
    print(f"the process's first unknown user (makes the dummy hash): "
          f"{first_unknown * 1000:.1f} ms")


if __name__ == "__main__":
    main()

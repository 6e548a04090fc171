"""Reliability report: crash cycles survived and acknowledged cases lost (must be 0) — SIGKILL
while registering, and SIGKILL while registering, backing up and restoring — the
concurrent-registration result, backup and restore time for 100,000 cases.

    python tests/bench/bench_reliability.py [CYCLES] [CASES]     # defaults: 1000, 100000

Each crash cycle starts a Python process (about 1 s with the kill), so 1,000 cycles of each
kind take about 40 minutes on 2 cores.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for support

from reliability.harness import concurrent_clerks, crash_cycles

from desktop.services.accounts import users
from desktop.store.backup import backup_sqlite
from desktop.store.connection import close_database, open_database
from desktop.store.migrations import migrate
from desktop.store.models import Case
from desktop.store.restore import restore_sqlite
from support.many_cases import fill

PASSWORD = "Kense-test-pass-42"


def prepared(path: Path) -> str:
    db = open_database(path)
    migrate(db)
    profile = users.CollegeProfile("Колледж", "Колледж", "", "", "Басшы")
    admin = users.first_run_setup(profile, "admin", "Әкімші", PASSWORD)
    users.create_user(admin, "clerk", "Кеңсе", "clerk", PASSWORD)
    close_database()
    return str(path)


def main() -> None:
    cycles = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    cases = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    only_crashes = cases == 0
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        target = prepared(tmp / "crash.sqlite3")
        report = crash_cycles(Path(target), cycles)
        print(f"crash cycles (SIGKILL while registering): {report.cycles} survived, "
              f"{report.acknowledged} acknowledged cases, {len(report.lost)} committed-and-lost, "
              f"{report.integrity_failures} integrity failures, {report.gaps} numbering gaps, "
              f"{report.seconds:.0f} s")

        target = prepared(tmp / "crash-backup.sqlite3")
        report = crash_cycles(Path(target), cycles, backups=tmp / "crash-backups")
        print(f"crash cycles (SIGKILL while registering, backing up, restoring): "
              f"{report.cycles} survived, {report.acknowledged} acknowledged registrations, "
              f"{len(report.lost)} committed-and-lost, {report.backups} acknowledged backups "
              f"({len(report.bad_backups)} unsound), {report.restores} restores, "
              f"{report.integrity_failures} integrity failures, {report.gaps} numbering gaps, "
              f"{report.partials} partial files left by killed backups, "
              f"{report.seconds:.0f} s")

        if only_crashes:
            return
        target = prepared(tmp / "clerks.sqlite3")
        t0 = time.perf_counter()
        outputs = concurrent_clerks(target, clerks=4, each=25)
        numbers = [ln.split()[1] for out in outputs for ln in out.splitlines()
                   if ln.startswith("committed")]
        db = open_database(target)
        seqs = sorted(c.reg_seq for c in Case.select())
        print(f"4 clerk processes x 25 registrations (SQLite): {len(numbers)} acknowledged, "
              f"{len(set(numbers))} distinct, gapless={seqs == list(range(1, len(seqs) + 1))}, "
              f"{time.perf_counter() - t0:.1f} s")
        close_database()

        db = open_database(tmp / "big.sqlite3")
        migrate(db)
        fill(cases)
        size = (tmp / "big.sqlite3").stat().st_size / 1e6
        t0 = time.perf_counter()
        backup_sqlite(db, tmp / "big-backup.sqlite3")
        backup_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        restore_sqlite(db, tmp / "big-backup.sqlite3", safety_dir=tmp / "safety")
        restore_s = time.perf_counter() - t0
        print(f"backup of {cases} cases ({size:.0f} MB), verified: {backup_s:.2f} s; "
              f"restore (with safety copy and verification): {restore_s:.2f} s")
        close_database()


if __name__ == "__main__":
    main()

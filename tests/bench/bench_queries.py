"""Benchmark: the registry queries on 100,000 cases. Prints figures; passes or fails nothing.

    python tests/bench/bench_queries.py [N]
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for support

from desktop.domain.iin import make_iin
from desktop.services import reference
from desktop.services.accounts import users
from desktop.services.cases import queries
from desktop.services.cases.queries import CaseFilter
from desktop.store.connection import close_database, open_database
from desktop.store.migrations import migrate
from support.many_cases import PASSWORD, fill


def timed(label: str, func, repeat: int = 5) -> None:
    best = float("inf")
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - t0)
    size = len(result) if hasattr(result, "__len__") else result
    print(f"  {label:<44} {best * 1000:8.1f} ms   ({size})")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "kense.sqlite3")
        migrate(db)
        t0 = time.perf_counter()
        fill(n)
        print(f"filled {n} cases in {time.perf_counter() - t0:.1f} s")
        reference.set_clock(lambda: datetime(2024, 6, 3, 10, 0))
        head = users.login("exec0", PASSWORD)
        head = users.login("clerk", PASSWORD)
        ex = users.login("exec0", PASSWORD)
        print("query times (best of 5):")
        timed("registry first page (200, newest first)", lambda: queries.list_cases(head))
        timed("registry count (all)", lambda: queries.count_cases(head))
        timed("registry page 100 (offset 20,000)",
              lambda: queries.list_cases(head, offset=20_000))
        timed("sort by due date", lambda: queries.list_cases(head, sort="due_at"))
        timed("sort by applicant (Kazakh alphabet)", lambda: queries.list_cases(
            head, sort="applicant", descending=False))
        timed("search by IIN prefix '9503'", lambda: queries.list_cases(
            head, CaseFilter(text="9503")))
        timed("search by full IIN", lambda: queries.list_cases(
            head, CaseFilter(text=make_iin(date(1990, 6, 6), "M", 5))))
        timed("search by name 'өтегенова'", lambda: queries.list_cases(
            head, CaseFilter(text="өтегенова")))
        timed("count by name 'қасымова'", lambda: queries.count_cases(
            head, CaseFilter(text="қасымова")))
        timed("search by number 'АН-2023/00042'", lambda: queries.list_cases(
            head, CaseFilter(text="АН-2023/00042")))
        timed("filter duplicates registered in 2023", lambda: queries.count_cases(
            head, CaseFilter(service="duplicate", date_from=date(2023, 1, 1),
                             date_to=date(2023, 12, 31))))
        timed("overdue (all)", lambda: queries.overdue(head))
        timed("executor's own cases", lambda: queries.list_cases(ex))
        reference.set_clock(None)
        close_database()


if __name__ == "__main__":
    main()

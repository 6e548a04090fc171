"""Benchmark: the registry queries on 100,000 cases. Prints figures; passes or fails nothing.

    python tests/bench/bench_queries.py [N]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from desktop.domain.collation import sort_key
from desktop.domain.iin import make_iin
from desktop.services import reference
from desktop.services.accounts import users
from desktop.services.cases import queries
from desktop.services.cases.queries import CaseFilter
from desktop.store.connection import close_database, open_database
from desktop.store.migrations import migrate
from desktop.store.models import Applicant, Case, User

PASSWORD = "Bench-pass-2026"
SURNAMES = ["Қасымова", "Әбілов", "Нұрғалиев", "Өтегенова", "Жұмабек", "Серікбаев", "Иванова",
            "Ұлықбекова", "Ғабдуллин", "Көшербаев", "Тұрсынова", "Һашимов", "Бөкейханова"]
STATES = ["registered", "assigned", "rework", "draft_submitted", "ready", "issued", "issued",
          "issued", "at_state_corp", "withdrawn", "acceptance_refused"]


def fill(n: int) -> None:
    rng = random.Random(1)
    profile = users.CollegeProfile("Колледж", "Колледж", "", "", "Басшы")
    admin = users.first_run_setup(profile, "admin", "Әкімші", PASSWORD)
    for i in range(5):
        users.create_user(admin, f"exec{i}", f"Орындаушы {i}", "executor", PASSWORD)
    users.create_user(admin, "clerk", "Кеңсе", "clerk", PASSWORD)
    executors = [u.id for u in User.select().where(User.role == "executor")]
    clerk_id = User.get(User.username == "clerk").id
    start = datetime(2022, 1, 10, 9, 0)
    db = Case._meta.database
    applicants, cases = [], []
    for i in range(n):
        birth = date(1985 + i % 22, 1 + i % 12, 1 + i % 28)
        surname = rng.choice(SURNAMES) + ("а" if i % 3 else "")
        applicants.append(dict(
            iin=make_iin(birth, "F" if i % 2 else "M", i % 9000), surname=surname,
            name="Әйгерім", patronymic="", birth_date=birth,
            search_name=f"{surname} әйгерім".casefold(),
            sort_name=sort_key(f"{surname} Әйгерім")))
    with db.atomic():
        for chunk in range(0, n, 2000):
            Applicant.insert_many(applicants[chunk:chunk + 2000]).execute()
    first_id = Applicant.select(Applicant.id).order_by(Applicant.id).scalar()
    counters: dict[tuple[str, int], int] = {}
    for i in range(n):
        service = "duplicate" if i % 3 == 0 else "certificate"
        accepted = start + timedelta(minutes=17 * i)
        key = (service, accepted.year)
        counters[key] = counters.get(key, 0) + 1
        state = rng.choice(STATES)
        open_case = state not in ("issued", "withdrawn", "acceptance_refused", "ready")
        cases.append(dict(
            service=service, channel="office", reg_year=accepted.year, reg_seq=counters[key],
            reg_number=f"{'ТН' if service == 'duplicate' else 'АН'}-{accepted.year}/"
                       f"{counters[key]:05d}",
            applicant=first_id + i, submitted_at=accepted, accepted_at=accepted, state=state,
            step_started_at=accepted,
            due_at=accepted + timedelta(days=3) if open_case else None,
            executor=rng.choice(executors) if state != "registered" else None, language="kk",
            created_by=clerk_id, updated_at=accepted, version=1))
    with db.atomic():
        for chunk in range(0, n, 2000):
            Case.insert_many(cases[chunk:chunk + 2000]).execute()


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

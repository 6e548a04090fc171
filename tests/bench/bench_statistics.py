"""Statistics of a year of 100,000 cases beside a hand-written SQL baseline, and the journal of
100,000 rows written to Excel (time, peak memory). Prints figures; not pass/fail.

    .venv/bin/python tests/bench/bench_statistics.py [N] [--openpyxl]

The baseline reads what the figures need with bare sqlite3 on the same file and indexes: the
received applications by channel and month (GROUP BY), the refusals of acceptance, the
withdrawals and the returns (COUNT), and the four columns of every result in the year
(service, executor, accepted, signed) — and does nothing with them. The app's figure adds
judging each result against its term in office time and the per-executor and per-month sums.

The journal's Excel file is written by desktop/forms/xlsx_stream.py; `--openpyxl` also times
the same rows through openpyxl's write-only mode, the way it was first written, for comparison.
"""

from __future__ import annotations

import random
import sqlite3
import statistics as stats_module
import sys
import tempfile
import time
import tracemalloc
from datetime import date, datetime, timedelta
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for support

from desktop.domain.collation import sort_key
from desktop.domain.iin import make_iin
from desktop.services import reference
from desktop.services.accounts import users
from desktop.services.reports import statistics
from desktop.services.reports.statistics import Period
from desktop.services.results import printables
from desktop.store.connection import close_database, open_database, refresh_statistics
from desktop.store.migrations import migrate
from desktop.store.models import Applicant, Case, StateCorpEvent, User
from support.many_cases import PASSWORD, SURNAMES

YEAR = 2025
FINAL = ["issued"] * 6 + ["ready", "withdrawn", "acceptance_refused", "assigned"]


def fill(n: int) -> None:
    """n cases accepted through 2025 (both services, every channel of each), most of them
    signed 1-25 days later, some refused, withdrawn, refused at the desk, still open."""
    rng = random.Random(16)
    profile = users.CollegeProfile("Колледж", "Колледж", "", "", "Басшы")
    admin = users.first_run_setup(profile, "admin", "Әкімші", PASSWORD)
    for i in range(6):
        users.create_user(admin, f"exec{i}", f"Орындаушы {i}", "executor", PASSWORD)
    users.create_user(admin, "clerk", "Кеңсе", "clerk", PASSWORD)
    executors = [u.id for u in User.select().where(User.role == "executor")]
    clerk_id = User.get(User.username == "clerk").id
    db = Case._meta.database
    applicants = []
    for i in range(n):
        birth = date(1985 + i % 22, 1 + i % 12, 1 + i % 28)
        surname = rng.choice(SURNAMES)
        applicants.append(dict(
            iin=make_iin(birth, "F" if i % 2 else "M", i % 9000), surname=surname,
            name="Әйгерім", patronymic="", birth_date=birth,
            search_name=f"{surname} әйгерім".casefold(), sort_name=sort_key(f"{surname} Әйгерім")))
    with db.atomic():
        for chunk in range(0, n, 2000):
            Applicant.insert_many(applicants[chunk:chunk + 2000]).execute()
    first_id = Applicant.select(Applicant.id).order_by(Applicant.id).scalar()
    start = datetime(YEAR, 1, 3, 9, 0)
    step = (datetime(YEAR, 12, 31, 9, 0) - start) / n
    counters: dict[str, int] = {}
    cases, events = [], []
    for i in range(n):
        service = "duplicate" if i % 3 == 0 else "certificate"
        channel = rng.choice(("office", "state_corp", "portal", "home_visit")) \
            if service == "duplicate" else "office"
        accepted = (start + step * i).replace(microsecond=0)
        counters[service] = counters.get(service, 0) + 1
        state = rng.choice(FINAL)
        refused = state in ("issued", "ready") and rng.random() < 0.05
        signed = None
        if state in ("issued", "ready"):
            signed = accepted + timedelta(days=rng.randint(1, 25), minutes=rng.randint(0, 300))
        kind = {"acceptance_refused": "acceptance_refusal"}.get(state, "")
        if signed:
            kind = "motivated_refusal" if refused else service
        cases.append(dict(
            service=service, channel=channel, reg_year=YEAR, reg_seq=counters[service],
            reg_number=f"{'ТН' if service == 'duplicate' else 'АН'}-{YEAR}/"
                       f"{counters[service]:05d}",
            applicant=first_id + i, submitted_at=accepted, accepted_at=accepted, state=state,
            step_started_at=signed or accepted + timedelta(days=1), due_at=None,
            executor=rng.choice(executors) if state not in ("acceptance_refused",) else None,
            language="kk", created_by=clerk_id, updated_at=accepted, version=1,
            result_kind=kind, signed_at=signed, issued_at=signed if state == "issued" else None))
    with db.atomic():
        for chunk in range(0, n, 2000):
            Case.insert_many(cases[chunk:chunk + 2000]).execute()
    ids = [c.id for c in Case.select(Case.id, Case.channel, Case.signed_at)
           if c.channel == "state_corp" and c.signed_at]
    for case_id in ids[::4]:
        events.append(dict(case=case_id, kind="returned", at=datetime(YEAR, 6, 1, 10, 0)))
    with db.atomic():
        StateCorpEvent.insert_many(events).execute()


def baseline(path: Path) -> None:
    con = sqlite3.connect(path)
    a, b = f"{YEAR}-01-01 00:00:00", f"{YEAR + 1}-01-01 00:00:00"
    con.execute('SELECT channel, substr(accepted_at, 1, 7), COUNT(*) FROM "case" WHERE '
                'accepted_at >= ? AND accepted_at < ? GROUP BY 1, 2', (a, b)).fetchall()
    for sql in ('SELECT COUNT(*) FROM "case" WHERE accepted_at >= ? AND accepted_at < ? AND '
                "state = 'acceptance_refused'",
                'SELECT COUNT(*) FROM "case" WHERE step_started_at >= ? AND step_started_at < ? '
                "AND state = 'withdrawn'",
                'SELECT COUNT(*) FROM "case" WHERE id IN (SELECT case_id FROM state_corp_event '
                "WHERE kind = 'returned' AND at >= ? AND at < ?)"):
        con.execute(sql, (a, b)).fetchone()
    con.execute('SELECT service, executor_id, result_kind, accepted_at, signed_at FROM "case" '
                "WHERE signed_at >= ? AND signed_at < ? AND state != 'acceptance_refused'",
                (a, b)).fetchall()
    con.close()


def openpyxl_journal(journal, path: Path) -> None:
    """The journal's cells as openpyxl's write-only mode writes them (dates with a format)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("J")
    for n, r in enumerate(journal.rows, start=1):
        cells = [n, r.reg_number, r.registered_at, r.service, r.channel, r.external_number or None,
                 r.applicant, r.iin, r.executor or None, r.due_date, r.status, r.finished_on,
                 r.note or None]
        for i in (2, 9, 11):
            if cells[i] is not None:
                cell = WriteOnlyCell(sheet, value=cells[i])
                cell.number_format = "dd.mm.yyyy"
                cells[i] = cell
        sheet.append(cells)
    workbook.save(path)


def paired(app, base, repeat: int = 9) -> tuple[float, float, float]:
    """Each taken in turn with the other, so a busy machine slows both alike: (median ms of
    the app, of the baseline, median of the ratios)."""
    app(), base()
    a, b = [], []
    for _ in range(repeat):
        for func, times in ((app, a), (base, b)):
            t0 = time.perf_counter()
            func()
            times.append((time.perf_counter() - t0) * 1000)
    return (stats_module.median(a), stats_module.median(b),
            stats_module.median(x / y for x, y in zip(a, b, strict=True)))


def median_ms(func, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        func()
        times.append((time.perf_counter() - t0) * 1000)
    return stats_module.median(times)


def main() -> None:
    numbers = [a for a in sys.argv[1:] if a.isdigit()]
    n = int(numbers[0]) if numbers else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kense.sqlite3"
        db = open_database(path)
        migrate(db)
        t0 = time.perf_counter()
        fill(n)
        refresh_statistics()
        print(f"filled {n} cases of {YEAR} in {time.perf_counter() - t0:.1f} s")
        reference.set_clock(lambda: datetime(YEAR + 1, 1, 15, 10, 0))
        clerk = users.login("clerk", PASSWORD)
        year = Period(date(YEAR, 1, 1), date(YEAR, 12, 31))
        figures = statistics.statistics(clerk, year)
        print(f"  received {figures.received}, results {figures.results} (on time "
              f"{figures.on_time}, late {figures.late}), median {figures.median_days:.2f} days")
        app, base, ratio = paired(lambda: statistics.statistics(clerk, year),
                                  lambda: baseline(path))
        print(f"statistics of the year (median of 9, taken in turns): app {app:.0f} ms, raw "
              f"SQL baseline {base:.0f} ms, ratio {ratio:.2f}")
        late = median_ms(lambda: statistics.figure_cases(clerk, year, "late"), repeat=3)
        print(f"the list behind 'late' ({figures.late} cases): {late:.0f} ms")

        t0 = time.perf_counter()
        journal = printables.journal_data(clerk, year.first, year.last)
        read = time.perf_counter() - t0
        from desktop.forms.xlsx_registers import write_journal

        out = Path(tmp) / "journal.xlsx"
        t0 = time.perf_counter()
        write_journal(journal, "kk", out)
        written = time.perf_counter() - t0
        tracemalloc.start()
        write_journal(journal, "kk", BytesIO())
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"journal of {len(journal.rows)} rows: read {read:.1f} s, written to .xlsx "
              f"{written:.1f} s ({out.stat().st_size / 1e6:.1f} MB); peak memory of the "
              f"writing {peak / 2**20:.1f} MiB (tracemalloc, the rows already read)")
        if "--openpyxl" in sys.argv:
            t0 = time.perf_counter()
            openpyxl_journal(journal, Path(tmp) / "openpyxl.xlsx")
            print(f"the same rows through openpyxl's write-only mode: "
                  f"{time.perf_counter() - t0:.1f} s")
        close_database()


if __name__ == "__main__":
    main()

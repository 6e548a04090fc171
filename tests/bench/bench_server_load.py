"""Benchmark: 10 client processes on one office server at once, each registering cases and
stepping them (the head assigns an executor), beside the floor of the same kind of work done
by raw psycopg2 (a transaction that takes the write lock and inserts a row). Then the checks
an office relies on: no case lost, registration numbers unique and gap-free per service and
year, the audit check passing. Prints figures and the checks; exits 1 when a check fails.

    python tests/bench/bench_server_load.py [CASES_PER_CLIENT] [CLIENTS]

Starts its own PostgreSQL (tests/support/pg_server.py: Debian's binaries), or uses
KENSE_TEST_PG_URL (its schema is dropped first).
"""

from __future__ import annotations

import multiprocessing as mp
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

PASSWORD = "Bench-pass-2026"


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def _kense_client(url: str, index: int, cases: int, start, out) -> None:
    from desktop.services.accounts import users
    from desktop.services.cases import registration, steps
    from desktop.store.connection import open_database
    from desktop.store.models import User
    from support.applications import make_application

    open_database(url)
    clerk = users.login(f"clerk{index}", PASSWORD)
    head = users.login("head", PASSWORD)
    executor_id = User.get(User.username == "executor").id
    start.wait()
    timings, failures = [], 0
    for i in range(cases):
        service = "certificate" if i % 2 == 0 else "duplicate"
        t0 = time.perf_counter()
        try:
            case = registration.register(clerk, make_application(service))
            steps.assign_executor(head, case.id, case.version, executor_id)
        except Exception as exc:  # counted: a lost case is what the check is for
            failures += 1
            print(f"client {index}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        timings.append(time.perf_counter() - t0)
    out.put((index, timings, failures))


def _raw_client(url: str, index: int, cases: int, start, out) -> None:
    import psycopg2

    con = psycopg2.connect(url)
    cur = con.cursor()
    start.wait()
    timings = []
    for i in range(cases):
        t0 = time.perf_counter()
        # The floor of one use case: the write lock, a numbered row, the lock's release.
        cur.execute("UPDATE write_lock SET counter = counter + 1 WHERE id = 1 RETURNING counter")
        seq = cur.fetchone()[0]
        cur.execute("INSERT INTO bench_raw (client, n, seq) VALUES (%s, %s, %s)", (index, i, seq))
        cur.execute("UPDATE bench_raw SET n = n WHERE seq = %s", (seq,))
        con.commit()
        timings.append(time.perf_counter() - t0)
    con.close()
    out.put((index, timings, 0))


def _run(target, url: str, clients: int, cases: int) -> tuple[float, list[float], int]:
    context = mp.get_context("spawn")
    start = context.Event()
    out = context.Queue()
    procs = [context.Process(target=target, args=(url, i, cases, start, out))
             for i in range(1, clients + 1)]
    for p in procs:
        p.start()
    time.sleep(3)  # every client signed in and waiting
    t0 = time.perf_counter()
    start.set()
    results = [out.get(timeout=1800) for _ in procs]
    wall = time.perf_counter() - t0
    for p in procs:
        p.join(timeout=60)
    timings = [t for _, ts, _ in results for t in ts]
    return wall, timings, sum(f for _, _, f in results)


def _set_up(url: str, clients: int) -> None:
    from desktop.services.accounts import users
    from desktop.store.connection import close_database, open_database
    from desktop.store.migrations import migrate

    db = open_database(url)
    db.execute_sql("DROP SCHEMA public CASCADE")
    db.execute_sql("CREATE SCHEMA public")
    migrate(db)
    admin = users.first_run_setup(users.CollegeProfile("Колледж", "Колледж", "", "", "Басшы"),
                                  "admin", "Әкімші", PASSWORD)
    users.create_user(admin, "head", "Басшы", "head", PASSWORD)
    users.create_user(admin, "executor", "Орындаушы", "executor", PASSWORD)
    for i in range(1, clients + 1):
        users.create_user(admin, f"clerk{i}", f"Кеңсе {i}", "clerk", PASSWORD)
    db.execute_sql("CREATE TABLE bench_raw (client int, n int, seq int PRIMARY KEY)")
    close_database()


def _checks(url: str, expected: int) -> list[str]:
    from desktop.services.records.chain_check import verify_chain
    from desktop.store.connection import close_database, open_database
    from desktop.store.models import Case

    open_database(url)
    problems = []
    try:
        found = Case.select().count()
        if found != expected:
            problems.append(f"cases: {found} saved, {expected} registered")
        rows = Case.select(Case.service, Case.reg_year, Case.reg_seq).tuples()
        by_series: dict[tuple, list[int]] = {}
        for service, year, seq in rows:
            by_series.setdefault((service, year), []).append(seq)
        for series, seqs in sorted(by_series.items()):
            if sorted(seqs) != list(range(1, len(seqs) + 1)):
                problems.append(f"numbers of {series}: not 1..{len(seqs)} without gaps")
        numbers = [n for (n,) in Case.select(Case.reg_number).tuples()]
        if len(set(numbers)) != len(numbers):
            problems.append("registration numbers repeat")
        stepped = Case.select().where(Case.state == "assigned").count()
        if stepped != expected:
            problems.append(f"assigned: {stepped} of {expected}")
        report = verify_chain()
        if not report.ok:
            problems.append(f"audit check: {report.problem} ({len(report.findings)} findings)")
    finally:
        close_database()
    return problems


def main() -> int:
    cases = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    clients = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    os.environ.setdefault("KENSE_KEY_DIR", tempfile.mkdtemp(prefix="kense-bench-keys-"))
    from desktop.store.drivers import use_postgres_driver
    from support.pg_server import PgServer

    use_postgres_driver()
    server = PgServer()
    server.start()
    if not server.url:
        print(server.problem)
        return 1
    try:
        _set_up(server.url, clients)
        wall, kense_t, failures = _run(_kense_client, server.url, clients, cases)
        raw_wall, raw_t, _ = _run(_raw_client, server.url, clients, cases)
        problems = _checks(server.url, clients * cases - failures)
        if failures:
            problems.append(f"{failures} use cases failed")
    finally:
        server.stop()
    n = clients * cases
    print(f"{clients} clients × {cases} cases (register + assign), one PostgreSQL server")
    print(f"  Kense:    {n / wall:7.1f} cases/s, latency median "
          f"{statistics.median(kense_t) * 1000:6.1f} ms, p95 {_p95(kense_t) * 1000:6.1f} ms")
    print(f"  raw psycopg2 (write lock + insert + update, one transaction): "
          f"{n / raw_wall:7.1f} /s, median {statistics.median(raw_t) * 1000:6.2f} ms, "
          f"p95 {_p95(raw_t) * 1000:6.2f} ms")
    print("  checks: " + ("0 lost, numbers unique and gap-free, every case stepped, audit "
                          "check passes" if not problems else "; ".join(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

"""Registration numbers: unique and without gaps per service and year, also under contention."""

import contextlib
import threading
from datetime import datetime

from desktop.services.cases import registration
from desktop.services.errors import IncompletePackage
from desktop.store.models import Case
from support.applications import make_application


def test_numbers_restart_each_year_and_differ_per_service(staff, clock):
    clerk = staff["clerk"]
    clock.set(datetime(2025, 12, 30, 10, 0))
    last_year = registration.register(clerk, make_application())
    clock.set(datetime(2026, 1, 5, 10, 0))
    a = registration.register(clerk, make_application())
    b = registration.register(clerk, make_application("duplicate"))
    c = registration.register(clerk, make_application())
    assert [x.reg_number for x in (last_year, a, b, c)] == [
        "АН-2025/00001", "АН-2026/00001", "ТН-2026/00001", "АН-2026/00002"]


def test_failed_registration_leaves_no_gap(staff, clock):
    clerk = staff["clerk"]
    registration.register(clerk, make_application())
    with contextlib.suppress(IncompletePackage):
        registration.register(clerk, make_application(presented=set()))
    assert registration.register(clerk, make_application()).reg_seq == 2


def test_four_clerks_registering_at_once_get_distinct_gapless_numbers(staff, clock, db):
    clerk = staff["clerk"]
    errors = []

    def work():
        try:
            for _ in range(10):
                registration.register(clerk, make_application())
        except Exception as exc:  # surfaced below
            errors.append(exc)
        finally:
            db.close()

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    seqs = sorted(c.reg_seq for c in Case.select())
    assert seqs == list(range(1, 41))

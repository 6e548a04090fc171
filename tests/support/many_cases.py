"""A database filled with many cases at once for the benchmarks (bulk inserts in one transaction):
n applicants, n cases of both services in every state, five executors and a clerk, all with the
password PASSWORD."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from desktop.domain.collation import sort_key
from desktop.domain.iin import make_iin
from desktop.services.accounts import users
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

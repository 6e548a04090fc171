"""A throw-away demo database: one college, one user of each role, about 50 cases in every
state of both services, and the applicants' records in the archive, made through the real use
cases so the audit trail is genuine."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from desktop.domain.iin import make_iin
from desktop.services.accounts import users
from desktop.services.blanks import stock as blanks
from desktop.services.cases import registration, steps
from desktop.services.cases.content import save_draft
from desktop.services.cases.inputs import (
    ApplicantInput,
    Application,
    CertificateDraft,
    DuplicateDraft,
    IssueInput,
    TranscriptLine,
)
from desktop.services.demo.archive import seed_archive
from desktop.services.demo.hearing_road import STAGES as HEARING_STAGES
from desktop.services.demo.hearing_road import refuse_after_hearing
from desktop.services.reference import set_clock, work_calendar

# For the demo database only; printed in the README. Real databases start with no accounts.
DEMO_USERS = {
    "admin": ("admin", "Әкімші Бауыржан Серікұлы", "Demo-Kense-A1"),
    "clerk": ("clerk", "Жұмабаева Айгүл Қайратқызы", "Demo-Kense-K2"),
    "head": ("head", "Сәрсенбаев Ғалым Құрманұлы", "Demo-Kense-B3"),
    "executor": ("executor", "Нұрланов Әділет Өмірұлы", "Demo-Kense-O4"),
    "executor2": ("executor", "Исаева Гүлнұр Маратқызы", "Demo-Kense-O5"),
}
# (male, female) forms of each surname.
SURNAMES = [("Қасымов", "Қасымова"), ("Әбілов", "Әбілова"), ("Нұрғалиев", "Нұрғалиева"),
            ("Өтегенов", "Өтегенова"), ("Жұмабек", "Жұмабек"), ("Серікбаев", "Серікбаева"),
            ("Ұлықбеков", "Ұлықбекова"), ("Ғабдуллин", "Ғабдуллина"), ("Иванов", "Иванова"),
            ("Көшербаев", "Көшербаева"), ("Тұрсынов", "Тұрсынова"), ("Һашимов", "Һашимова"),
            ("Бөкейханов", "Бөкейханова"), ("Петров", "Петрова")]
NAMES_F = ["Әйгерім", "Гүлнұр", "Інжу", "Аружан", "Мөлдір", "Анна"]
NAMES_M = ["Нұрлан", "Ерғали", "Дәулет", "Өмірзақ", "Қайрат", "Иван"]
SUBJECTS = ["Қазақ тілі", "Орыс тілі және әдебиеті", "Ағылшын тілі", "Математика", "Информатика",
            "Қазақстан тарихы", "Физика", "Бағдарламалау негіздері", "Деректер қоры",
            "Дене шынықтыру", "Экономика негіздері", "Кәсіптік практика"]

# (service, channel, final stage) — covers every state of both services.
PLAN = (
    [("certificate", "office", stage) for stage in
     ("registered", "assigned", "rework", "draft_submitted", "ready", "issued", "withdrawn",
      "acceptance_refused")] * 3
    + [("duplicate", "office", stage) for stage in
       ("registered", "assigned", "draft_submitted", "ready", "issued",
        "acceptance_refused", *HEARING_STAGES)] * 2
    + [("duplicate", "state_corp", stage) for stage in
       ("assigned", "ready", "at_state_corp", "stored", "requested", "issued")] * 1
    + [("duplicate", "portal", stage) for stage in ("registered", "at_state_corp", "issued")]
    + [("duplicate", "home_visit", "assigned")]
)


def _transcript(rng: random.Random) -> list[TranscriptLine]:
    picked = rng.sample(SUBJECTS, 8)
    return [TranscriptLine(s, rng.choice(["5", "4", "3", "есептелді"]),
                           hours=rng.choice([36, 72, 108]))
            for s in picked]


def _applicant(rng: random.Random, serial: int) -> ApplicantInput:
    female = rng.random() < 0.5
    birth = date(rng.randint(1985, 2007), rng.randint(1, 12), rng.randint(1, 28))
    surname = rng.choice(SURNAMES)[1 if female else 0]
    name = rng.choice(NAMES_F if female else NAMES_M)
    patronymic = rng.choice(["Ғалымқызы", "Серікқызы"] if female else ["Әбілұлы", "Қайратұлы"])
    return ApplicantInput(
        iin=make_iin(birth, "F" if female else "M", serial), surname=surname, name=name,
        patronymic=patronymic, birth_date=birth, phone=f"+7 70{rng.randint(0, 9)} "
        f"{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
    )


def seed_demo(today: datetime | None = None, seed: int = 2026) -> dict[str, str]:
    """Fill an empty, migrated database; returns user name -> demo password."""
    rng = random.Random(seed)
    real_now = (today or datetime.now()).replace(microsecond=0)
    cal = work_calendar()
    moment = {"t": real_now}
    set_clock(lambda: moment["t"])
    try:
        profile = users.CollegeProfile(
            name_kk="Алматы политехникалық колледжі", name_ru="Алматинский политехнический колледж",
            address_kk="Алматы қ., Төле би көшесі, 100", address_ru="г. Алматы, ул. Толе би, 100",
            head_name=DEMO_USERS["head"][1], phone="+7 727 292 00 00", email="info@apk.edu.kz",
        )
        _, full_name, password = DEMO_USERS["admin"]
        admin = users.first_run_setup(profile, "admin", full_name, password)
        sessions = {"admin": admin}
        for username, (role, full_name, password) in DEMO_USERS.items():
            if username != "admin":
                users.create_user(admin, username, full_name, role, password)
            sessions[username] = users.login(username, password)
        # The blanks on hand, received before the oldest demo case (70 days back).
        moment["t"] = real_now - timedelta(days=70)
        _receive_blanks(sessions["admin"], moment["t"].date())
        for i, (service, channel, stage) in enumerate(PLAN):
            # A result returned by the State Corporation needs a month of storage behind it.
            days_back = rng.randint(45, 60) if stage in ("stored", "requested") else rng.randint(
                12 if stage in HEARING_STAGES else 1, 25)  # a hearing needs days behind it
            start = cal.add_working_days(real_now.date() - timedelta(days=days_back + 7), 1)
            moment["t"] = datetime.combine(start, datetime.min.time()).replace(
                hour=rng.randint(9, 16), minute=rng.choice([0, 15, 30, 45]))
            _make_case(sessions, rng, i, service, channel, stage, moment, real_now)
        moment["t"] = real_now
        seed_archive(sessions["admin"], rng)
        for session in sessions.values():
            users.sign_out(session)
    finally:
        set_clock(None)
    return {name: values[2] for name, values in DEMO_USERS.items()}


def _receive_blanks(admin, received_on: date) -> None:
    # A duplicate with honours is signed onto the honours diploma's own blank.
    for kind, series, first, last in (("diploma", "ТКБ", "0012001", "0012100"),
                                      ("diploma_honours", "ТКБ", "0090001", "0090030"),
                                      ("appendix", "ТКБ-Қ", "0004501", "0004550")):
        blanks.record_batch(admin, blanks.BatchInput(
            kind=kind, series=series, first_number=first, last_number=last,
            received_on=received_on, receipt_document="Жүкқұжат № 118"))


def _make_case(sessions, rng, i, service, channel, stage, moment, real_now) -> None:
    clerk, head = sessions["clerk"], sessions["head"]
    executor = sessions[rng.choice(["executor", "executor2"])]
    app = Application(
        service=service, channel=channel, applicant=_applicant(rng, 100 + i),
        language=rng.choice(["kk", "kk", "ru"]),
        presented={"e_application"} if channel == "portal" else {"application", "identity"},
        external_number=f"KZ{rng.randint(10**9, 10**10 - 1)}" if channel in (
            "state_corp", "portal") else "",
        reason="lost" if service == "duplicate" else "",
        submitted_at=moment["t"],
    )
    if stage == "acceptance_refused":
        app.presented = {"application"}
        registration.refuse_acceptance(clerk, app)
        return
    case = registration.register(clerk, app)

    def later(hours: int) -> None:
        # Office hours only: a demo clerk does not issue documents at 2 a.m. or on Sunday.
        moved = work_calendar().add_working_minutes(moment["t"], hours * 60)
        moment["t"] = min(moved, real_now)

    if stage == "registered":
        return
    if stage == "withdrawn":
        steps.withdraw(clerk, case.id, case.version, "Өтініш беруші өтінішін қайтарып алды")
        return
    later(3)
    case = steps.assign_executor(head, case.id, case.version, executor.user_id)
    if stage == "assigned":
        return
    if stage in HEARING_STAGES:
        refuse_after_hearing(sessions, executor, case, moment, real_now, later, until=stage)
        return
    later(5)
    today = moment["t"].date()
    if service == "certificate":
        draft = CertificateDraft(
            study_from=date(today.year - 2, 9, 1), study_to=today - timedelta(days=30),
            specialty_code="06130100", specialty_name="Бағдарламалық қамтамасыз ету",
            qualification="Бағдарламалық қамтамасыз ету әзірлеушісі", study_form="күндізгі",
            study_language=rng.choice(["қазақ", "орыс"]), course=rng.randint(1, 3),
            order_number=f"{rng.randint(10, 300)}-б", order_date=today - timedelta(days=30),
            expulsion_reason="Өз қалауы бойынша", transcript=_transcript(rng),
        )
        case = save_draft(executor, case.id, case.version, draft, today)
    else:
        a = app.applicant
        draft = DuplicateDraft(
            original_series="ТКБ", original_number=f"{rng.randint(10**6, 10**7 - 1)}",
            original_issued_on=date(2016, 6, 28), specialty_code="0518000",
            specialty_name="Есеп және аудит", qualification="Бухгалтер", graduation_year=2016,
            name_as_written=f"{a.surname} {a.name} {a.patronymic}", honours=rng.random() < 0.2,
            # The blank is left empty: the head's signing takes the next one in stock.
        )
        case = save_draft(executor, case.id, case.version, draft, today)
    case = steps.submit_draft(executor, case.id, case.version)
    if stage == "rework":
        later(2)
        steps.return_draft(head, case.id, case.version, "Бұйрықтың күнін тексеріңіз.")
        return
    if stage == "draft_submitted":
        return
    later(4)
    case = steps.sign(head, case.id, case.version)
    if stage == "ready":
        return
    if channel in ("state_corp", "portal"):
        later(1)
        case = steps.hand_over(clerk, case.id, case.version)
        if stage == "at_state_corp":
            return
        if stage in ("stored", "requested"):
            moment["t"] = real_now
            case = steps.return_from_state_corp(clerk, case.id, case.version)
            if stage == "requested":
                case = steps.request_again(clerk, case.id, case.version)
            return
    later(8)
    steps.issue(clerk, case.id, case.version,
                IssueInput("applicant", f"{app.applicant.surname} {app.applicant.name}",
                           "ЖК № 0" + str(rng.randint(10**7, 10**8 - 1))))

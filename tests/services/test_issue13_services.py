"""Issue 13, the service side of the screens: the legal ground of a motivated refusal (item 5),
the State Corporation's month of storage (9), an open case of the same person (10), the previous
certificate's subjects (11), and the desk steps against their norms in minutes (12)."""

import json
from dataclasses import replace
from datetime import date, datetime

import pytest
from test_certificate_flow import certificate_draft
from test_duplicate_flow import drive_to_ready

from conftest import make_application
from desktop.domain.errors import InvalidInput
from desktop.services.cases import content, desk_norms, queries, registration, steps
from desktop.services.cases.inputs import IssueInput
from desktop.services.errors import PermissionDenied
from desktop.services.records.chain_check import verify_chain
from desktop.services.results import printables, reading
from desktop.store.models import AuditRecord

INCOMPLETE_RU = ("Не представлен полный пакет документов согласно перечню, предусмотренному "
                 "пунктом 8 стандарта")


# --- item 5: the legal ground of a motivated refusal -----------------------------------------
def test_the_chosen_ground_is_fixed_in_the_letters_language(staff, clock):
    case = registration.register(staff["clerk"], make_application("duplicate", "office",
                                                                  language="ru"))
    case = steps.refuse(staff["head"], case.id, case.version,
                        "В архиве колледжа нет сведений об обучении", ground="incomplete_package")
    snap = reading.issued_result(staff["clerk"], case.id).content
    assert snap["refusal_ground"] == {"code": "incomplete_package", "text": INCOMPLETE_RU}
    letter = printables.result_data(snap)
    assert letter.ground == INCOMPLETE_RU
    assert letter.reasons == "В архиве колледжа нет сведений об обучении"
    logged = json.loads(AuditRecord.select().where(AuditRecord.action == "refuse").get().changes)
    assert logged["refusal_ground"] == "incomplete_package"
    assert verify_chain().ok


def test_a_ground_not_in_the_services_list_is_refused(staff, clock):
    case = registration.register(staff["clerk"], make_application("duplicate", "office"))
    with pytest.raises(InvalidInput) as err:
        steps.refuse(staff["head"], case.id, case.version, "себебі", ground="made_up")
    assert err.value.field == "ground"


def test_a_refusal_without_a_listed_ground_keeps_an_empty_one(staff, clock):
    case = registration.register(staff["clerk"], make_application("duplicate", "office"))
    case = steps.refuse(staff["head"], case.id, case.version, "себебі")
    snap = reading.issued_result(staff["clerk"], case.id).content
    assert snap["refusal_ground"] == {"code": "", "text": ""}


# --- item 9: the month of storage at the State Corporation ------------------------------------
def test_the_case_says_when_the_month_of_storage_ends(staff, clock):
    clerk = staff["clerk"]
    case = drive_to_ready(staff, registration.register(
        clerk, make_application("duplicate", "state_corp")))
    assert queries.get_case(clerk, case.id).storage_ends is None
    # Handed over Tuesday 31 March 2026, 10:00: one month later is 30 April (April has 30 days).
    clock.set(datetime(2026, 3, 31, 10, 0))
    case = steps.hand_over(clerk, case.id, case.version)
    assert queries.get_case(clerk, case.id).storage_ends == datetime(2026, 4, 30, 10, 0)
    clock.set(datetime(2026, 4, 30, 10, 0))
    case = steps.return_from_state_corp(clerk, case.id, case.version)
    assert queries.get_case(clerk, case.id).storage_ends is None  # back at the college


# --- item 10: the same person already has an open case of the same service --------------------
def test_open_cases_of_the_same_iin_and_service(staff, clock):
    clerk = staff["clerk"]
    first = registration.register(clerk, make_application("duplicate", "office"))
    registration.register(clerk, replace(make_application("certificate", "office")))
    assert [r.reg_number for r in queries.open_cases_of(clerk, "950815400014", "duplicate")] \
        == [first.reg_number]
    assert len(queries.open_cases_of(clerk, "950815400014", "certificate")) == 1
    assert queries.open_cases_of(clerk, "950815400022", "duplicate") == []
    steps.withdraw(clerk, first.id, first.version)
    assert queries.open_cases_of(clerk, "950815400014", "duplicate") == []
    with pytest.raises(PermissionDenied):
        queries.open_cases_of(staff["executor"], "950815400014", "duplicate")


# --- item 11: the previous certificate's subjects of the same specialty -----------------------
def test_the_executor_may_read_the_subject_names_of_the_same_specialty(staff, clock):
    clerk, head, executor = staff["clerk"], staff["head"], staff["executor"]
    old = registration.register(clerk, make_application())
    old = steps.assign_executor(head, old.id, old.version, staff["executor2"].user_id)
    old = content.save_draft(staff["executor2"], old.id, old.version,
                                         certificate_draft(2), date(2026, 3, 2))
    old = steps.submit_draft(staff["executor2"], old.id, old.version)
    steps.sign(head, old.id, old.version)

    new = registration.register(clerk, make_application())
    new = steps.assign_executor(head, new.id, new.version, executor.user_id)
    names = content.previous_subjects(executor, new.id, "06120100")
    assert names == ["Пән 1 — Қазақ әдебиеті", "Пән 2 — Қазақ әдебиеті"]  # names, no grades
    assert content.previous_subjects(executor, new.id, "0304000") == []
    with pytest.raises(PermissionDenied):
        content.previous_subjects(staff["executor2"], new.id, "06120100")
    with pytest.raises(PermissionDenied):
        content.previous_subjects(clerk, new.id, "06120100")


# --- item 12: registration and issue against 15 and 30 minutes -------------------------------
def test_desk_steps_against_their_norms(staff, clock):
    clerk = staff["clerk"]
    # The clerk began at 09:44:30 and registered at 10:00:00: 15 min 30 s, i.e. 16 minutes
    # begun, over the 15-minute norm.
    app = make_application(started_at=datetime(2026, 3, 2, 9, 44, 30))
    case = registration.register(clerk, app)
    case = steps.assign_executor(staff["head"], case.id, case.version, staff["executor"].user_id)
    case = content.save_draft(staff["executor"], case.id, case.version,
                                          certificate_draft(), date(2026, 3, 2))
    case = steps.submit_draft(staff["executor"], case.id, case.version)
    case = steps.sign(staff["head"], case.id, case.version)
    # Issued Wednesday 4 March: began 11:00:00, recorded 11:29:59 — 30 minutes, on time.
    clock.set(datetime(2026, 3, 4, 11, 29, 59))
    steps.issue(clerk, case.id, case.version, IssueInput(
        "applicant", "Қасымова Әйгерім", "ЖК № 045678912",
        started_at=datetime(2026, 3, 4, 11, 0, 0)))

    times = queries.get_case(clerk, case.id).desk_times
    assert [(t.step, t.minutes, t.norm_minutes, t.over) for t in times] == [
        ("register", 16, 15, True), ("issue", 30, 30, False)]
    march = desk_norms.desk_times_between(staff["head"], date(2026, 3, 1), date(2026, 3, 31))
    assert [(t.reg_number, t.step) for t in march] == [
        (case.reg_number, "register"), (case.reg_number, "issue")]
    assert desk_norms.desk_times_between(staff["head"], date(2026, 3, 3), date(2026, 3, 3)) == []
    with pytest.raises(PermissionDenied):
        desk_norms.desk_times_between(staff["executor"], date(2026, 3, 1), date(2026, 3, 31))
    assert verify_chain().ok

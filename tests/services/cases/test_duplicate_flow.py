"""A duplicate through the State Corporation and the portal: terms, hand-over, return, request."""

from datetime import date, datetime

import pytest

from desktop.domain import workflow as wf
from desktop.domain.errors import DomainError
from desktop.services.cases import queries, registration, steps
from desktop.services.cases.inputs import IssueInput
from support.applications import make_application
from support.cases import drive_to_ready
from support.hearing_road import refuse_after_hearing


def test_duplicate_via_state_corporation(staff, clock):
    clerk = staff["clerk"]
    # Submitted at the State Corporation on Friday 27 Feb 2026; entered Monday.
    app = make_application("duplicate", "state_corp",
                           submitted_at=datetime(2026, 2, 27, 16, 30))
    case = registration.register(clerk, app)
    assert case.reg_number == "ТН-2026/00001"
    assert case.external_number == "KZ-0042-2026"

    case = drive_to_ready(staff, case)
    book = queries.get_case(clerk, case.id).book_number
    assert book == "1/2026"
    # Ready, but the result is handed out by the State Corporation, not the office.
    with pytest.raises(DomainError):
        steps.issue(clerk, case.id, case.version, IssueInput("applicant", "X", "Y"))
    case = steps.hand_over(clerk, case.id, case.version)
    assert case.state == wf.AT_STATE_CORP

    # Unclaimed: the State Corporation may return it only after its month of storage.
    with pytest.raises(DomainError) as err:
        steps.return_from_state_corp(clerk, case.id, case.version)
    assert err.value.code == "storage_not_over"
    clock.set(datetime(2026, 4, 3, 11, 0))
    case = steps.return_from_state_corp(clerk, case.id, case.version)
    assert case.state == wf.STORED

    # Requested again on Friday 10 April 11:00: due back within one working day (Mon 13 Apr).
    clock.set(datetime(2026, 4, 10, 11, 0))
    case = steps.request_again(clerk, case.id, case.version)
    assert case.state == wf.REQUESTED
    assert case.due_at == datetime(2026, 4, 13, 11, 0)
    case = steps.hand_over(clerk, case.id, case.version)
    case = steps.issue(clerk, case.id, case.version,
                       IssueInput("representative", "Қасымов Ғалым", "ЖК № 1", "Сенімхат № 77"))
    assert case.state == wf.ISSUED
    kinds = [k for k, _ in queries.get_case(clerk, case.id).state_corp_events]
    assert kinds == ["handed_over", "returned", "requested", "handed_over"]


def test_term_of_fifteen_working_days_crosses_nauryz(staff, clock):
    # Submitted at the State Corporation on Monday 16 March 2026. Counted on the 2026
    # calendar: 17-20 March (4); 21-22 weekend; 23 Nauryz; 24-25 off (Nauryz 21-22 fell on the
    # weekend and moved); 26, 27 (6); 30, 31 March, 1-3 April (11); 6-9 April (15). The
    # signed duplicate is due at the State Corporation when the office closes on Thursday
    # 9 April (with holidays ignored it would be Monday 6 April).
    clock.set(datetime(2026, 3, 16, 10, 0))
    app = make_application("duplicate", "state_corp", submitted_at=datetime(2026, 3, 16, 10, 0))
    case = drive_to_ready(staff, registration.register(staff["clerk"], app))
    row = queries.get_case(staff["clerk"], case.id)
    assert row.state == wf.READY
    assert row.due_at == datetime(2026, 4, 9, 18, 0)


def test_portal_submission_at_night_counts_from_next_working_morning(staff, clock):
    # Saturday 28 Feb 2026 at 23:10 on the portal: the term starts Monday 2 March 9:00.
    app = make_application("duplicate", "portal", submitted_at=datetime(2026, 2, 28, 23, 10))
    case = registration.register(staff["clerk"], app)
    assert case.accepted_at == datetime(2026, 3, 2, 9, 0)
    assert case.submitted_at == datetime(2026, 2, 28, 23, 10)


def test_motivated_refusal_is_signed_and_handed_over(staff, clock):
    clerk, head = staff["clerk"], staff["head"]
    case = registration.register(clerk, make_application("duplicate", "office"))
    case = refuse_after_hearing(head, clerk, case,
                                "Колледж мұрағатында бұл адамның оқығаны туралы мәлімет жоқ")
    assert case.state == wf.READY and case.result_kind == "motivated_refusal"
    case = steps.issue(clerk, case.id, case.version,
                       IssueInput("applicant", "Қасымова Әйгерім", "ЖК № 045678912"))
    assert case.state == wf.ISSUED


def test_damaged_original_must_be_presented(staff, clock):
    from desktop.services.errors import IncompletePackage

    app = make_application("duplicate", "office", reason="damaged")
    with pytest.raises(IncompletePackage) as err:
        registration.register(staff["clerk"], app)
    assert err.value.missing == ["original"]
    app.presented = {"application", "identity", "original"}
    assert registration.register(staff["clerk"], app).state == wf.REGISTERED


def test_representative_must_show_power_of_attorney(staff, clock):
    from desktop.domain.errors import InvalidInput

    case = registration.register(staff["clerk"], make_application("duplicate", "office"))
    case = drive_to_ready(staff, case)
    with pytest.raises(InvalidInput) as err:
        steps.issue(staff["clerk"], case.id, case.version,
                    IssueInput("representative", "Қасымов Ғалым", "ЖК № 1"))
    assert err.value.field == "power_of_attorney"


def test_book_of_issued_duplicates_for_a_period(staff, clock):
    first = drive_to_ready(staff, registration.register(
        staff["clerk"], make_application("duplicate", "office")))
    clock.set(datetime(2026, 4, 6, 10, 0))
    second = drive_to_ready(staff, registration.register(
        staff["clerk"], make_application("duplicate", "office")))
    refused = registration.register(staff["clerk"], make_application("duplicate", "office"))
    refuse_after_hearing(staff["head"], staff["clerk"], refused, "себебі")
    march = queries.duplicates_book(staff["clerk"], date(2026, 3, 1), date(2026, 3, 31))
    assert [e.reg_number for e in march] == [first.reg_number]
    assert march[0].book_number == "1/2026" and march[0].new_blank_number == "0000777"
    april = queries.duplicates_book(staff["head"], date(2026, 4, 1), date(2026, 4, 30))
    assert [(e.reg_number, e.book_number) for e in april] == [(second.reg_number, "2/2026")]
    # Gapless: the second signing took the next blank of the series.
    assert april[0].new_blank_number == "0000778"

"""Permissions are enforced in the services, not only by hiding buttons."""

from datetime import date, datetime

import pytest

from desktop.domain import workflow as wf
from desktop.domain.errors import DomainError
from desktop.services.accounts import users as accounts
from desktop.services.cases import queries, registration, steps
from desktop.services.cases.content import save_draft
from desktop.services.cases.inputs import CertificateDraft, IssueInput
from desktop.services.errors import AuthError, PermissionDenied
from support.applications import make_application
from support.blank_stock import stock_once
from support.cases import duplicate_draft
from support.hearing_road import heard
from support.users import PASSWORD

# Who does what, from DOMAIN.md and the regulation's chain (clerk -> head -> executor -> head
# -> clerk), written out here rather than read from the code under test.
EXPECTED_ROLE = {
    "assign": "head", "submit_draft": "executor", "return_draft": "head", "sign": "head",
    "refuse": "head", "issue": "clerk", "hand_over": "clerk", "return_from_state_corp": "clerk",
    "request_again": "clerk", "withdraw": "clerk",
}
# action -> (the state a duplicate via the State Corporation must be in for the action to be
# possible, the state it is in after the right role has done it).
WHERE = {
    "assign": (wf.REGISTERED, wf.ASSIGNED),
    "submit_draft": (wf.ASSIGNED, wf.DRAFT_SUBMITTED),
    "return_draft": (wf.DRAFT_SUBMITTED, wf.REWORK),
    "sign": (wf.DRAFT_SUBMITTED, wf.READY),
    "refuse": (wf.REFUSAL_CONFIRMED, wf.READY),
    "hand_over": (wf.READY, wf.AT_STATE_CORP),
    "return_from_state_corp": (wf.AT_STATE_CORP, wf.STORED),
    "request_again": (wf.STORED, wf.REQUESTED),
    "issue": (wf.AT_STATE_CORP, wf.ISSUED),
    "withdraw": (wf.REGISTERED, wf.WITHDRAWN),
}
CALLS = {
    "assign": lambda s, c, staff: steps.assign_executor(s, c.id, c.version,
                                                        staff["executor"].user_id),
    "submit_draft": lambda s, c, staff: steps.submit_draft(s, c.id, c.version),
    "return_draft": lambda s, c, staff: steps.return_draft(s, c.id, c.version, "ескерту"),
    "sign": lambda s, c, staff: steps.sign(s, c.id, c.version),
    "refuse": lambda s, c, staff: steps.refuse(s, c.id, c.version, "себебі"),
    "issue": lambda s, c, staff: steps.issue(s, c.id, c.version,
                                             IssueInput("applicant", "А", "Б")),
    "hand_over": lambda s, c, staff: steps.hand_over(s, c.id, c.version),
    "return_from_state_corp": lambda s, c, staff: steps.return_from_state_corp(s, c.id,
                                                                               c.version),
    "request_again": lambda s, c, staff: steps.request_again(s, c.id, c.version),
    "withdraw": lambda s, c, staff: steps.withdraw(s, c.id, c.version),
}
# The way along the State Corporation path, each step by its own role.
PATH = [wf.REGISTERED, wf.ASSIGNED, wf.DRAFT_SUBMITTED, wf.READY, wf.AT_STATE_CORP, wf.STORED]


def _case_in(state, staff, clock):
    """A duplicate submitted at the State Corporation, moved along to `state`."""
    stock_once(staff["admin"])  # a duplicate is signed onto a blank in stock
    case = registration.register(staff["clerk"], make_application("duplicate", "state_corp"))
    head, executor, clerk = staff["head"], staff["executor"], staff["clerk"]
    if state == wf.REFUSAL_CONFIRMED:
        return heard(head, clerk, case)
    for reached in PATH[: PATH.index(state)]:
        if reached == wf.REGISTERED:
            case = steps.assign_executor(head, case.id, case.version, executor.user_id)
            case = save_draft(executor, case.id, case.version, duplicate_draft(),
                                        date(2026, 3, 2))
        elif reached == wf.ASSIGNED:
            case = steps.submit_draft(executor, case.id, case.version)
        elif reached == wf.DRAFT_SUBMITTED:
            case = steps.sign(head, case.id, case.version)
        elif reached == wf.READY:
            case = steps.hand_over(clerk, case.id, case.version)
            clock.set(datetime(2026, 4, 3, 10, 0))  # the month of storage is over
        elif reached == wf.AT_STATE_CORP:
            case = steps.return_from_state_corp(clerk, case.id, case.version)
    assert case.state == state
    return case


@pytest.mark.parametrize("action", sorted(EXPECTED_ROLE))
def test_only_the_role_of_the_step_may_take_it(staff, clock, action):
    before, after = WHERE[action]
    case = _case_in(before, staff, clock)
    allowed = EXPECTED_ROLE[action]
    for who in ("admin", "clerk", "head", "executor"):
        if who == allowed:
            continue
        with pytest.raises(PermissionDenied):
            CALLS[action](staff[who], case, staff)
    assert queries.get_case(staff["clerk"], case.id).version == case.version  # nothing saved
    assert CALLS[action](staff[allowed], case, staff).state == after


def test_registration_is_for_clerks_only(staff, clock):
    for who in ("admin", "head", "executor"):
        with pytest.raises(PermissionDenied):
            registration.register(staff[who], make_application())
        with pytest.raises(PermissionDenied):
            registration.refuse_acceptance(staff[who], make_application(presented=set()))


def test_executor_cannot_touch_another_executors_case(staff, clock):
    case = registration.register(staff["clerk"], make_application())
    case = steps.assign_executor(staff["head"], case.id, case.version, staff["executor"].user_id)
    other = staff["executor2"]
    with pytest.raises(PermissionDenied):
        queries.get_case(other, case.id)
    with pytest.raises(PermissionDenied):
        save_draft(other, case.id, case.version, CertificateDraft(), date(2026, 3, 2))
    with pytest.raises(PermissionDenied):
        steps.submit_draft(other, case.id, case.version)
    assert queries.list_cases(other) == []
    assert queries.count_cases(other) == 0
    assert [r.id for r in queries.list_cases(staff["executor"])] == [case.id]


def test_admin_sees_no_case_content(staff, clock):
    case = registration.register(staff["clerk"], make_application())
    with pytest.raises(PermissionDenied):
        queries.get_case(staff["admin"], case.id)
    with pytest.raises(PermissionDenied):
        queries.list_cases(staff["admin"])


def test_only_admin_manages_accounts(staff):
    for who in ("clerk", "head", "executor"):
        with pytest.raises(PermissionDenied):
            accounts.create_user(staff[who], "someone", "Біреу", "clerk", PASSWORD)
        with pytest.raises(PermissionDenied):
            accounts.list_users(staff[who])


def test_disabled_account_loses_access_at_once(staff, clock):
    users = {u.username: u for u in accounts.list_users(staff["admin"])}
    accounts.set_active(staff["admin"], users["clerk"].id, False)
    with pytest.raises(AuthError):
        registration.register(staff["clerk"], make_application())
    with pytest.raises(AuthError):
        accounts.login("clerk", PASSWORD)


def test_illegal_transition_for_the_right_role_is_refused(staff, clock):
    case = registration.register(staff["clerk"], make_application())
    with pytest.raises(DomainError) as err:
        steps.sign(staff["head"], case.id, case.version)
    assert err.value.code == "not_in_this_state"

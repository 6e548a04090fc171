"""Permissions are enforced in the services, not only by hiding buttons."""

from datetime import date

import pytest

from conftest import PASSWORD, make_application
from desktop.domain import workflow as wf
from desktop.domain.errors import DomainError
from desktop.services import accounts, queries, registration, steps
from desktop.services.content import save_draft
from desktop.services.errors import AuthError, PermissionDenied
from desktop.services.inputs import CertificateDraft, IssueInput
from desktop.services.reference import catalogue

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


@pytest.mark.parametrize("action", sorted(CALLS))
def test_every_forbidden_role_action_pair_is_refused(staff, clock, action):
    case = registration.register(staff["clerk"], make_application("duplicate", "state_corp"))
    allowed = wf.role_for(catalogue()["duplicate"], action)
    for who in ("admin", "clerk", "head", "executor"):
        if who == allowed:
            continue
        with pytest.raises(PermissionDenied):
            CALLS[action](staff[who], case, staff)
    assert queries.get_case(staff["clerk"], case.id).version == case.version  # nothing saved


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

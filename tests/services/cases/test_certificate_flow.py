"""A whole certificate case through the services layer, with deadlines and the audit trail."""

from datetime import date, datetime

import pytest

from desktop.domain import workflow as wf
from desktop.services.cases import queries, registration, steps
from desktop.services.cases.content import save_draft
from desktop.services.cases.inputs import IssueInput
from desktop.services.errors import IncompletePackage
from desktop.services.records.audit import entries
from desktop.services.records.chain_check import verify_chain
from support.applications import make_application
from support.cases import certificate_draft


def test_certificate_from_application_to_issue(staff, clock):
    clerk, head, executor = staff["clerk"], staff["head"], staff["executor"]
    case = registration.register(clerk, make_application())
    assert case.state == wf.REGISTERED
    assert case.reg_number == "АН-2026/00001"
    # Registered Monday 10:00: the head has one working day to assign (norm 1 working day).
    assert case.due_at == datetime(2026, 3, 3, 10, 0)

    clock.set(datetime(2026, 3, 2, 15, 0))
    case = steps.assign_executor(head, case.id, case.version, executor.user_id)
    assert case.state == wf.ASSIGNED and case.due_at == datetime(2026, 3, 3, 15, 0)

    case = save_draft(executor, case.id, case.version, certificate_draft(),
                                  date(2026, 3, 2))
    case = steps.submit_draft(executor, case.id, case.version)
    case = steps.return_draft(head, case.id, case.version, "Бұйрық нөмірін тексеріңіз")
    assert case.state == wf.REWORK
    detail = queries.get_case(executor, case.id)
    assert detail.rework_comment == "Бұйрық нөмірін тексеріңіз"
    assert len(detail.draft.transcript) == 3

    case = steps.submit_draft(executor, case.id, case.version)
    case = steps.sign(head, case.id, case.version)
    assert case.state == wf.READY and case.verification_code
    assert case.due_at is None  # ready at the office: nothing more is due from the college

    given = IssueInput("applicant", "Қасымова Әйгерім", "ЖК № 045678912")
    case = steps.issue(clerk, case.id, case.version, given)
    assert case.state == wf.ISSUED and case.issued_to == "Қасымова Әйгерім"

    actions = [e.action for e in reversed(entries(case_id=case.id))]
    assert actions == ["register", "assign", "save_draft", "submit_draft", "return_draft",
                       "submit_draft", "sign", "issue"]
    assert all(e.username for e in entries(case_id=case.id))
    assert verify_chain().ok


def test_incomplete_package_is_refused_with_missing_items(staff, clock):
    clerk = staff["clerk"]
    app = make_application(presented={"application"})
    with pytest.raises(IncompletePackage) as err:
        registration.register(clerk, app)
    assert err.value.missing == ["identity"]
    assert queries.count_cases(clerk) == 0  # nothing half-saved

    refused = registration.refuse_acceptance(clerk, app)
    assert refused.state == wf.ACCEPTANCE_REFUSED
    detail = queries.get_case(clerk, refused.id)
    assert ("identity", False, False) in detail.documents
    assert detail.allowed_actions == []
    # Refusals are numbered in the same journal: the next application gets the next number.
    nxt = registration.register(clerk, make_application())
    assert (refused.reg_seq, nxt.reg_seq) == (1, 2)


def test_complete_package_cannot_be_refused(staff, clock):
    from desktop.domain.errors import DomainError

    with pytest.raises(DomainError) as err:
        registration.refuse_acceptance(staff["clerk"], make_application())
    assert err.value.code == "package_complete"


def test_submitting_an_incomplete_draft_is_refused(staff, clock):
    from desktop.domain.errors import DomainError

    case = registration.register(staff["clerk"], make_application())
    case = steps.assign_executor(staff["head"], case.id, case.version, staff["executor"].user_id)
    draft = certificate_draft()
    draft.order_number = ""
    draft.transcript = []
    case = save_draft(staff["executor"], case.id, case.version, draft,
                                  date(2026, 3, 2))
    with pytest.raises(DomainError) as err:
        steps.submit_draft(staff["executor"], case.id, case.version)
    assert set(err.value.params["fields"]) == {"order_number", "transcript"}
    assert queries.get_case(staff["executor"], case.id).state == wf.ASSIGNED


def test_withdrawal_by_the_applicant(staff, clock):
    case = registration.register(staff["clerk"], make_application())
    case = steps.withdraw(staff["clerk"], case.id, case.version, "өтініш кері алынды")
    assert case.state == wf.WITHDRAWN and case.due_at is None

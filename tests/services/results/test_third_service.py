"""A third service added as data: its TOML, its result-kind module and its form live in
tests/third_service/, and it runs from registration to issue through the services with no line
of desktop/ written for it."""

from __future__ import annotations

import io
import shutil
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from desktop.domain import workflow as wf
from desktop.domain.catalogue import CatalogueError, load_service
from desktop.domain.errors import DomainError, IllegalTransition, InvalidInput
from desktop.locations import resources_dir
from desktop.services import reference
from desktop.services.cases import queries, registration, steps
from desktop.services.cases.content import save_draft
from desktop.services.cases.inputs import IssueInput
from desktop.services.records.chain_check import verify_chain
from desktop.services.results import printables, reading, registry
from support.applications import make_application
from support.catalogue import THIRD
from third_service.form import render
from third_service.kind import StudyReferenceDraft


def test_the_third_service_runs_from_registration_to_issue(three_services, staff, clock):
    clerk, head, executor = staff["clerk"], staff["head"], staff["executor"]
    case = registration.register(clerk, make_application("study_reference"))
    assert case.reg_number == "ОС-2026/00001"
    # Registered Monday 2 March 10:00; its TOML gives the head two working days to assign.
    assert case.due_at == datetime(2026, 3, 4, 10, 0)

    clock.set(datetime(2026, 3, 2, 15, 0))
    case = steps.assign_executor(head, case.id, case.version, executor.user_id)
    # Three working days to draft: Tue 3, Wed 4, Thu 5 March.
    assert case.state == wf.ASSIGNED and case.due_at == datetime(2026, 3, 5, 15, 0)

    draft = StudyReferenceDraft(specialty_code="06130100",
                                specialty_name="Бағдарламалық қамтамасыз ету", course=2)
    case = save_draft(executor, case.id, case.version, draft, date(2026, 3, 2))
    assert queries.get_case(executor, case.id).draft == draft
    case = steps.submit_draft(executor, case.id, case.version)
    case = steps.sign(head, case.id, case.version)
    assert case.state == wf.READY and case.result_kind == "study_reference"
    assert case.verification_code

    fixed = reading.issued_result(clerk, case.id).content
    data = printables.result_data(fixed)
    assert data.full_name == "Қасымова Әйгерім Ғалымқызы"
    assert data.specialty == "06130100 Бағдарламалық қамтамасыз ету" and data.course == 2
    assert data.verification_code == case.verification_code
    text = PdfReader(io.BytesIO(render(data, "kk"))).pages[0].extract_text()
    assert "ОС-2026/00001" in text and "Қасымова Әйгерім Ғалымқызы" in text

    given = IssueInput("applicant", "Қасымова Әйгерім", "ЖК № 045678912")
    case = steps.issue(clerk, case.id, case.version, given)
    assert case.state == wf.ISSUED
    assert verify_chain().ok


def test_a_change_in_its_own_table_past_the_log_is_found_by_the_check(three_services, staff,
                                                                      clock, db):
    case = registration.register(staff["clerk"], make_application("study_reference"))
    case = steps.assign_executor(staff["head"], case.id, case.version,
                                 staff["executor"].user_id)
    draft = StudyReferenceDraft(specialty_code="06130100",
                                specialty_name="Бағдарламалық қамтамасыз ету", course=2)
    case = save_draft(staff["executor"], case.id, case.version, draft, date(2026, 3, 2))
    case = steps.submit_draft(staff["executor"], case.id, case.version)
    steps.sign(staff["head"], case.id, case.version)
    assert verify_chain().ok
    # The signed draft's course changed in the database itself, with no use case and no log.
    db.execute_sql("UPDATE study_reference_content SET course = 3")
    report = verify_chain()
    assert [(f.problem, f.case_id) for f in report.findings] == [("case", case.id)]


def test_the_third_service_checks_its_own_draft(three_services, staff, clock):
    case = registration.register(staff["clerk"], make_application("study_reference"))
    case = steps.assign_executor(staff["head"], case.id, case.version,
                                 staff["executor"].user_id)
    # Course 5 is beyond the four its module allows; nothing is saved.
    with pytest.raises(InvalidInput) as err:
        save_draft(staff["executor"], case.id, case.version,
                   StudyReferenceDraft(specialty_code="06130100", course=5), date(2026, 3, 2))
    assert err.value.field == "course"
    assert queries.get_case(staff["executor"], case.id).draft == StudyReferenceDraft()
    # The submit is refused while the fields its module requires are empty.
    with pytest.raises(DomainError) as err:
        steps.submit_draft(staff["executor"], case.id, case.version)
    assert err.value.code == "draft_incomplete"
    assert err.value.params["fields"] == ["specialty_code", "specialty_name", "course"]
    assert queries.get_case(staff["executor"], case.id).state == wf.ASSIGNED


def test_it_offers_no_motivated_refusal_and_only_the_office(three_services, staff, clock):
    case = registration.register(staff["clerk"], make_application("study_reference"))
    with pytest.raises(IllegalTransition) as err:
        steps.refuse(staff["head"], case.id, case.version, "Мұрағатта дерек жоқ")
    assert err.value.code == "action_not_in_service"
    with pytest.raises(InvalidInput) as err:
        registration.register(staff["clerk"], make_application("study_reference", "portal"))
    assert err.value.field == "channel"


def test_the_role_of_a_step_is_the_one_its_toml_gives(tmp_path):
    text = THIRD.read_text(encoding="utf-8").replace(
        'code = "sign"\nrole = "head"', 'code = "sign"\nrole = "clerk"')
    changed = tmp_path / "study_reference.toml"
    changed.write_text(text, encoding="utf-8")
    service = load_service(changed)
    assert wf.next_state(service, "office", wf.DRAFT_SUBMITTED, "sign", "clerk") == wf.READY
    with pytest.raises(IllegalTransition) as err:
        wf.next_state(service, "office", wf.DRAFT_SUBMITTED, "sign", "head")
    assert err.value.code == "role_not_allowed"
    # Returning a draft is the signer's decision too.
    assert wf.next_state(service, "office", wf.DRAFT_SUBMITTED, "return_draft",
                         "clerk") == wf.REWORK


def _start_with_third(tmp_path, monkeypatch, *changes: tuple[str, str]) -> CatalogueError:
    """The start-up check on the shipped services plus the third with its text changed."""
    folder = tmp_path / "resources" / "services"
    shutil.copytree(resources_dir() / "services", folder)
    text = THIRD.read_text(encoding="utf-8")
    for old, new in changes:
        assert old in text
        text = text.replace(old, new)
    (folder / "study_reference.toml").write_text(text, encoding="utf-8")
    monkeypatch.setattr(reference, "resources_dir", lambda: tmp_path / "resources")
    reference.catalogue.cache_clear()
    try:
        with pytest.raises(CatalogueError) as err:
            registry.check()
    finally:
        reference.catalogue.cache_clear()
    return err.value


def test_a_result_module_that_does_not_load_is_named_at_start(tmp_path, monkeypatch):
    error = _start_with_third(tmp_path, monkeypatch, ('result_module = "third_service.kind"',
                                                      'result_module = "third_service.missing"'))
    assert error.path.name == "study_reference.toml"
    assert error.key == "service.result_module"


def test_a_result_its_module_does_not_define_is_named_at_start(tmp_path, monkeypatch):
    error = _start_with_third(
        tmp_path, monkeypatch,
        ('result_documents = ["study_reference"]', 'result_documents = ["study_letter"]'),
        ("[results.study_reference]", "[results.study_letter]"))
    assert error.key == "service.result_documents"
    assert "study_letter" in str(error)


def test_the_shipped_services_pass_the_start_up_check():
    registry.check()

"""Counting is right: the registry and the printed journal tell a document issued, a motivated
refusal and a refusal of acceptance apart. A motivated refusal is neither a document "ready to
issue" nor one "issued"."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.forms.texts import status_name
from desktop.services.cases import queries, registration, steps
from desktop.services.cases.content import save_draft
from desktop.services.cases.inputs import DuplicateDraft, IssueInput
from desktop.services.cases.queries import CaseFilter
from desktop.services.results import printables
from desktop.ui import i18n
from desktop.ui.workspaces.case_models import COLUMN_KEYS, RegistryModel
from support.applications import make_application
from support.blank_stock import stock_once
from support.hearing_road import refuse_after_hearing

DRAFT = DuplicateDraft(
    original_series="ТКБ", original_number="0012345", original_issued_on=date(2015, 6, 30),
    specialty_code="0518000", specialty_name="Есеп және аудит", qualification="Бухгалтер",
    graduation_year=2015, name_as_written="Қасымова Әйгерім", honours=False,
)  # the blank is taken from stock at signing
HANDED = IssueInput("applicant", "Қасымова Әйгерім", "ЖК № 012345678")


@pytest.fixture
def outcomes(staff, clock):
    """One case of each outcome, all duplicates at the college office, named by their outcome."""
    clerk, head, executor = staff["clerk"], staff["head"], staff["executor"]
    stock_once(staff["admin"])

    def signed_document():
        case = registration.register(clerk, make_application("duplicate"))
        case = steps.assign_executor(head, case.id, case.version, executor.user_id)
        case = save_draft(executor, case.id, case.version, DRAFT, date(2026, 3, 2))
        case = steps.submit_draft(executor, case.id, case.version)
        return steps.sign(head, case.id, case.version)

    def refusal():
        case = registration.register(clerk, make_application("duplicate"))
        return refuse_after_hearing(head, clerk, case, "Түпнұсқа колледжде берілмеген")

    issued = signed_document()
    issued = steps.issue(clerk, issued.id, issued.version, HANDED)
    ready = signed_document()
    refusal_signed = refusal()
    refusal_handed = refusal()
    refusal_handed = steps.issue(clerk, refusal_handed.id, refusal_handed.version, HANDED)
    not_accepted = registration.refuse_acceptance(
        clerk, make_application("duplicate", presented=set()))
    return {
        "issued": issued, "ready": ready, "refusal_signed": refusal_signed,
        "refusal_handed": refusal_handed, "acceptance_refused": not_accepted,
    }


def test_the_journal_tells_the_outcomes_apart(staff, outcomes):
    data = printables.journal_data(staff["head"], date(2026, 3, 1), date(2026, 3, 31))
    status = {row.reg_number: row.status for row in data.rows}
    assert status == {case.reg_number: name for name, case in outcomes.items()}
    finished = {row.reg_number: row.finished_on for row in data.rows}
    # Ended: the document issued, the refusal handed over, the acceptance refused.
    assert {name for name, case in outcomes.items() if finished[case.reg_number]} == {
        "issued", "refusal_handed", "acceptance_refused"}
    # The printed words, the same as on screen (written by hand).
    assert status_name("refusal_signed", "ru") == "Подписан мотивированный отказ"
    assert status_name("refusal_handed", "ru") == "Мотивированный отказ вручён"
    assert status_name("issued", "ru") == "Выдано"
    assert status_name("refusal_handed", "kk") == "Дәлелді бас тарту табыс етілді"
    assert status_name("refusal_signed", "kk") == "Дәлелді бас тартуға қол қойылды"


def test_the_registry_labels_and_filters_tell_the_outcomes_apart(qapp, staff, outcomes):
    i18n.install("ru")
    model = RegistryModel(staff["head"], lambda: "ru")
    model.reload()
    column = COLUMN_KEYS.index("state")
    labels = {}
    for r in range(model.rowCount()):
        number = model.data(model.index(r, COLUMN_KEYS.index("reg_number")),
                            Qt.ItemDataRole.DisplayRole)
        labels[number] = model.data(model.index(r, column), Qt.ItemDataRole.DisplayRole)
    assert {name: labels[case.reg_number] for name, case in outcomes.items()} == {
        "issued": "Выдано",
        "ready": "Готово к выдаче",
        "refusal_signed": "Подписан мотивированный отказ",
        "refusal_handed": "Мотивированный отказ вручён",
        "acceptance_refused": "Отказано в приёме",
    }
    for name, case in outcomes.items():
        rows = queries.list_cases(staff["head"], CaseFilter(statuses=(name,)))
        assert [r.reg_number for r in rows] == [case.reg_number], name

"""A motivated refusal goes the law's road: preliminary decision -> notice -> hearing -> final
decision, on a ground the law gives for refusing the service, with the notice's and the
hearing's limits counted on the office calendar.

The calendar of the example, counted by hand (December 2026; 16 December, Independence Day, a
Wednesday, is a holiday; weekends are off):

    accepted Mon 30.11.2026. Working days after it: 1.12 (1), 2 (2), 3 (3), 4 (4), 7 (5), 8 (6),
    9 (7), 10 (8), 11 (9), 14 (10), 15 (11), [16 holiday], 17 (12), 18 (13), 21 (14), 22 (15).
    The term's last day is Tue 22.12.2026.
    The notice goes out no later than 3 working days before it: 21 (1), 18 (2), 17 (3) ->
    the latest notice day is Thu 17.12.2026.
    A notice on 17.12: the hearing within 2 working days after it: 18 (1), 21 (2) -> Mon 21.12.
    A notice on 15.12: 16 is a holiday, 17 (1), 18 (2) -> the hearing by Fri 18.12.2026.

And with the holiday inside the notice's own three days: accepted Thu 26.11.2026, working days
after it 27.11 (1), 30 (2), 1.12 (3), 2 (4), 3 (5), 4 (6), 7 (7), 8 (8), 9 (9), 10 (10),
11 (11), 14 (12), 15 (13), [16], 17 (14), 18 (15): the term ends Fri 18.12.2026; three
working days before it: 17 (1), [16], 15 (2), 14 (3) -> the latest notice day is Mon 14.12.
"""

import json
from datetime import date, datetime

import pytest

from desktop.domain import hearing
from desktop.domain import workflow as wf
from desktop.domain.errors import DomainError, IllegalTransition, InvalidInput
from desktop.domain.report_figures import Period
from desktop.forms.journal import journal_note
from desktop.forms.texts import texts
from desktop.services.cases import hearings, queries, registration, steps
from desktop.services.cases.content import save_draft
from desktop.services.records.chain_check import verify_chain
from desktop.services.reference import catalogue, work_calendar
from desktop.services.reports import statistics
from desktop.services.results import printables, reading
from desktop.store.models import AuditRecord, ResultSnapshot
from support.applications import make_application
from support.blank_stock import stock_once
from support.cases import duplicate_draft
from support.hearing_road import heard

ACCEPTED = datetime(2026, 11, 30, 10, 0)
GROUND = "no_record_of_original"


@pytest.fixture
def assigned(staff, clock):
    clock.set(ACCEPTED)
    case = registration.register(staff["clerk"], make_application("duplicate", "office",
                                                                  language="ru"))
    return steps.assign_executor(staff["head"], case.id, case.version, staff["executor"].user_id)


def decision(hearing_at, grounds=(GROUND,)):
    return hearings.PreliminaryInput(grounds=list(grounds), motivation="Записи об оригинале нет",
                                     hearing_at=hearing_at, place="Колледж, кабинет 204")


def test_the_limits_are_counted_on_the_calendar_with_its_holiday(db):
    service, cal = catalogue()["duplicate"], work_calendar()
    found = hearing.limits(service, ACCEPTED, cal)
    assert found.term_last_day == date(2026, 12, 22)
    assert found.latest_notice_day == date(2026, 12, 17)
    assert found.latest_hearing_day(service, date(2026, 12, 17), cal) == date(2026, 12, 21)
    assert found.latest_hearing_day(service, date(2026, 12, 15), cal) == date(2026, 12, 18)
    later = hearing.limits(service, datetime(2026, 11, 26, 15, 0), cal)
    assert (later.term_last_day, later.latest_notice_day) == (date(2026, 12, 18),
                                                              date(2026, 12, 14))


def test_the_whole_road_ends_in_a_letter_citing_the_ground_and_the_hearing(staff, clock,
                                                                           assigned):
    head, clerk, executor = staff["head"], staff["clerk"], staff["executor"]
    clock.set(datetime(2026, 12, 14, 9, 0))
    case = hearings.propose_refusal(executor, assigned.id, assigned.version, [GROUND],
                                    "В книге выдачи записи нет")
    assert case.state == wf.REFUSAL_PROPOSED
    clock.set(datetime(2026, 12, 17, 9, 0))  # the latest notice day
    case = hearings.decide_preliminary(head, case.id, case.version,
                                       decision(datetime(2026, 12, 21, 10, 0)))
    assert case.state == wf.PRELIMINARY_REFUSAL
    assert case.due_at == datetime(2026, 12, 17, 18, 0)  # the notice is due today
    case = hearings.send_notice(clerk, case.id, case.version, "in_person", date(2026, 12, 17))
    assert case.state == wf.HEARING_NOTIFIED
    assert case.due_at == datetime(2026, 12, 21, 18, 0)  # the hearing's day
    with pytest.raises(IllegalTransition):  # no letter before the hearing
        steps.refuse(head, case.id, case.version, "Отказать")
    clock.set(datetime(2026, 12, 21, 10, 40))
    case = hearings.record_hearing(head, case.id, case.version, hearings.HearingInput(
        attendance="attended", attendees="Заявитель; руководитель",
        position="Диплом получал в 2009 году", outcome="refusal"))
    assert case.state == wf.REFUSAL_CONFIRMED
    clock.set(datetime(2026, 12, 21, 15, 0))
    case = steps.refuse(head, case.id, case.version, "Сведений об обучении нет")
    assert case.state == wf.READY and case.result_kind == wf.MOTIVATED_REFUSAL

    letter = printables.result_data(reading.issued_result(clerk, case.id).content)
    assert [g.text for g in letter.grounds] == [
        "В архиве организации образования и в книге учета выданных документов нет записи о "
        "выдаче оригинала документа услугополучателю"]
    assert letter.grounds[0].basis.startswith("подпункт 2) статьи 19-1 Закона")
    assert letter.hearing.notice_on == date(2026, 12, 17)
    assert letter.hearing.held_at == datetime(2026, 12, 21, 10, 40)
    kinds = [s.kind for s in ResultSnapshot.select().where(ResultSnapshot.case == case.id)
             .order_by(ResultSnapshot.id)]
    assert kinds == [wf.HEARING_NOTICE, wf.HEARING_PROTOCOL, wf.MOTIVATED_REFUSAL]
    actions = [r.action for r in AuditRecord.select().where(AuditRecord.case_id == case.id)
               .order_by(AuditRecord.id)]
    assert actions[-5:] == ["propose_refusal", "decide_preliminary", "send_notice",
                            "hearing_confirms", "refuse"]
    logged = json.loads(AuditRecord.select().where(AuditRecord.action == "refuse").get().changes)
    assert logged["grounds"] == [GROUND]
    assert verify_chain().ok


def test_a_notice_that_cannot_meet_the_minimum_is_refused(staff, clock, assigned):
    clock.set(datetime(2026, 12, 18, 9, 0))  # one working day after the latest notice day
    with pytest.raises(DomainError) as err:
        hearings.decide_preliminary(staff["head"], assigned.id, assigned.version,
                                    decision(datetime(2026, 12, 21, 10, 0)))
    assert err.value.code == "notice_too_late"
    assert err.value.params["latest"] == date(2026, 12, 17)
    assert err.value.params["term_end"] == date(2026, 12, 22)
    assert queries.get_case(staff["head"], assigned.id).state == wf.ASSIGNED  # nothing saved


def test_the_hearing_must_come_within_its_limit_after_the_notice(staff, clock, assigned):
    clock.set(datetime(2026, 12, 15, 9, 0))
    with pytest.raises(DomainError) as err:  # 15.12 + 2 working days over the holiday = 18.12
        hearings.decide_preliminary(staff["head"], assigned.id, assigned.version,
                                    decision(datetime(2026, 12, 21, 10, 0)))
    assert err.value.code == "hearing_too_late"
    assert err.value.params["latest"] == date(2026, 12, 18)
    with pytest.raises(DomainError) as err:
        hearings.decide_preliminary(staff["head"], assigned.id, assigned.version,
                                    decision(datetime(2026, 12, 16, 10, 0)))
    assert err.value.code == "hearing_not_working_day"
    case = hearings.decide_preliminary(staff["head"], assigned.id, assigned.version,
                                       decision(datetime(2026, 12, 17, 10, 0)))
    # The notice handed only on the hearing's own day leaves the applicant no time: refused.
    clock.set(datetime(2026, 12, 17, 12, 0))
    with pytest.raises(DomainError) as err:
        hearings.send_notice(staff["clerk"], case.id, case.version, "post", date(2026, 12, 17))
    assert err.value.code == "hearing_before_notice"


def test_a_refusal_needs_a_ground_the_law_gives_not_a_desk_ground(staff, clock, assigned):
    clock.set(datetime(2026, 12, 14, 9, 0))
    for grounds, code in (([], "ground_required"), (["incomplete_package"], "bad_choice"),
                          (["expired_documents"], "bad_choice")):
        with pytest.raises(InvalidInput) as err:
            hearings.decide_preliminary(staff["head"], assigned.id, assigned.version,
                                        decision(datetime(2026, 12, 15, 10, 0), grounds))
        assert err.value.code == code
    desk = {g.code for g in catalogue()["duplicate"].acceptance_refusal_grounds}
    law = {g.code for g in catalogue()["duplicate"].service_refusal_grounds}
    assert desk == {"incomplete_package", "expired_documents"} and not desk & law


def test_a_hearing_that_ends_in_the_document_goes_back_to_drafting(staff, clock, assigned):
    head, clerk = staff["head"], staff["clerk"]
    clock.set(datetime(2026, 12, 14, 9, 0))
    case = hearings.decide_preliminary(head, assigned.id, assigned.version,
                                       decision(datetime(2026, 12, 15, 11, 0)))
    case = hearings.send_notice(clerk, case.id, case.version, "email", date(2026, 12, 14))
    with pytest.raises(DomainError) as err:  # the applicant's hour has not come yet
        hearings.record_hearing(head, case.id, case.version, hearings.HearingInput(
            "absent", "", "", "refusal"))
    assert err.value.code == "hearing_not_yet"
    clock.set(datetime(2026, 12, 15, 11, 30))
    case = hearings.record_hearing(head, case.id, case.version, hearings.HearingInput(
        "attended", "Заявитель", "Принёс архивную справку", "document",
        note="Подготовить дубликат по справке"))
    assert case.state == wf.REWORK and case.rework_comment == "Подготовить дубликат по справке"
    assert hearings.open_proceeding(case.id) is None


def test_the_counts_tell_a_hearing_ended_in_the_document_from_a_refusal(staff, clock):
    """Two duplicates accepted on 02.03.2026, both heard the same day (the applicants stated
    their positions in writing): the first hearing confirms the refusal (signed), the second
    ends in the document (drafted again and signed).
    Counted by hand for March: 2 preliminary decisions, 2 hearings, 1 ended in the document,
    1 in the refusal; results: 1 document, 1 motivated refusal."""
    head, clerk, executor = staff["head"], staff["clerk"], staff["executor"]
    stock_once(staff["admin"])
    refused, granted = (registration.register(clerk, make_application("duplicate"))
                        for _ in range(2))
    refused = heard(head, clerk, refused)
    steps.refuse(head, refused.id, refused.version, "Мұрағатта мәлімет жоқ")
    granted = steps.assign_executor(head, granted.id, granted.version, executor.user_id)
    granted = heard(head, clerk, granted, outcome="document")
    assert granted.state == wf.REWORK
    granted = save_draft(executor, granted.id, granted.version, duplicate_draft(),
                         date(2026, 3, 2))
    granted = steps.submit_draft(executor, granted.id, granted.version)
    steps.sign(head, granted.id, granted.version)

    s = statistics.statistics(head, Period(date(2026, 3, 1), date(2026, 3, 31)))
    assert (s.preliminary_decisions, s.hearings_held) == (2, 2)
    assert (s.hearings_to_document, s.hearings_to_refusal) == (1, 1)
    assert (s.documents, s.motivated_refusals) == (1, 1)
    behind = statistics.figure_cases(head, Period(date(2026, 3, 1), date(2026, 3, 31)),
                                     "hearings_to_document")
    assert [c.id for c in behind] == [granted.id]
    journal = printables.journal_data(head, date(2026, 3, 1), date(2026, 3, 31))
    notes = {r.reg_number: journal_note(texts("ru"), r) for r in journal.rows}
    assert notes == {refused.reg_number: "Заслушивание 02.03.2026: отказ подтвержден",
                     granted.reg_number: "Заслушивание 02.03.2026: выдать документ"}


def test_the_papers_are_fixed_records_and_reprints_are_copies(staff, clock, assigned):
    head, clerk, executor = staff["head"], staff["clerk"], staff["executor"]
    clock.set(datetime(2026, 12, 14, 9, 0))
    case = hearings.propose_refusal(executor, assigned.id, assigned.version, [GROUND], "Жоқ")
    assert [r.id for r in queries.drafts_to_sign(head)] == [case.id]  # the head decides
    case = hearings.decide_preliminary(head, case.id, case.version,
                                       decision(datetime(2026, 12, 15, 11, 0)))
    # The notice is a paper of the road, not the case's result: nothing to issue yet.
    assert reading.issued_result(clerk, case.id) is None
    notice = reading.issued_result(clerk, case.id, paper=wf.HEARING_NOTICE)
    assert notice.content["hearing"]["notice_number"] == "1/2026"
    assert notice.content["hearing"]["hearing_place"] == "Колледж, кабинет 204"
    assert notice.content["verification_code"] == ""  # no code: it is not a result
    assert reading.record_print(clerk, case.id, "HP", paper=wf.HEARING_NOTICE) is False
    assert reading.record_print(clerk, case.id, "HP", paper=wf.HEARING_NOTICE) is True
    assert reading.issued_result(clerk, case.id, paper=wf.HEARING_NOTICE).prints == 2


def test_a_proposal_the_head_sends_back_is_declined(staff, clock, assigned):
    head, executor = staff["head"], staff["executor"]
    clock.set(datetime(2026, 12, 14, 9, 0))
    case = hearings.propose_refusal(executor, assigned.id, assigned.version, [GROUND], "Жоқ")
    case = steps.return_draft(head, case.id, case.version, "Мұрағаттан тағы іздеңіз")
    assert case.state == wf.REWORK
    assert hearings.open_proceeding(case.id) is None
    assert hearings.hearing_info(head, case.id).outcome == "declined"
    logged = json.loads(AuditRecord.select().where(AuditRecord.action == "return_draft")
                        .get().changes)
    assert logged["refusal_declined"] is True

"""The statistics of the state services on a fixed set of cases, every figure counted by hand.

The office calendar of March 2026 (Kazakhstan): 1 Sunday; 7-8 weekend; 9 Monday off (8 March
fell on a Sunday and moved); 14-15, 21-22 weekends; 23 Nauryz, 24-25 off (Nauryz 21-22 fell on
the weekend and moved); 28-29 weekend. Office time 9:00-13:00, 14:00-18:00 (480 minutes = one
working day). A duplicate is due 15 working days after the acceptance day, at 18:00; a
certificate 15 min + 3 × 480 office minutes (1455) after its acceptance.

The cases (D = duplicate, C = certificate), the period being 1 March - 30 April 2026:

- D1 office, accepted Mon 2 Mar 10:00. Due: 3,4,5,6 (4), 10-13 (8), 16-20 (13), 26 (14),
  27 (15) -> Fri 27 Mar 18:00. Signed Thu 26 Mar 10:00: on time, after 14 working days
  (3,4,5,6,10,11,12,13,16,17,18,19,20,26 at the same hour). Executor 1.
- D2 State Corporation, accepted Mon 2 Mar 11:00, due Fri 27 Mar 18:00. Signed Mon 30 Mar
  11:00: late by 120 office minutes -> 1 day late; 16 working days. Executor 1. Handed to
  the State Corporation, returned unclaimed Thu 30 Apr 15:00.
- D3 office, accepted Tue 3 Mar 9:30; the head refuses it (motivated) Thu 5 Mar 9:30 without
  an executor: on time, 2 working days.
- D4 office, acceptance refused Wed 4 Mar 10:00.
- D5 portal, sent Sat 7 Mar 20:00, accepted Tue 10 Mar 9:00 (Monday 9 March off); withdrawn
  Wed 11 Mar 10:00.
- C1 office, accepted Mon 2 Mar 10:00. Due: Mon 420 min (1035 left), Tue 3 480 (555), Wed 4
  480 (75) -> Thu 5 Mar 10:15. Signed Thu 5 Mar 11:00: late by 45 min -> 1 day late;
  420 + 480 + 480 + 120 = 1500 min = 3.125 working days. Executor 1.
- C2 office, accepted Tue 10 Mar 10:00. Due: Tue 420, Wed 11 480, Thu 12 480 -> Fri 13 Mar
  10:15. Signed Fri 13 Mar 10:00: on time; 1440 min = 3.0 days. Executor 2.
- C3 office, accepted Fri 20 Mar 10:00. Due: Fri 420, (21-25 off) Thu 26 480, Fri 27 480 ->
  Mon 30 Mar 10:15 (with Nauryz ignored it would be Wed 25 Mar). Signed Tue 31 Mar 15:00:
  late by 165 + 240 (Mon) + 240 + 60 (Tue) = 705 min -> 2 days begun; time 420 + 480 +
  480 + 480 + 300 = 2160 min = 4.5 days. Executor 1.
- C4 office, accepted Fri 27 Feb 10:00 (before the period). Due: Fri 420, Mon 2 480, Tue 3
  480 -> Wed 4 Mar 10:15. Signed Wed 4 Mar 10:00: on time, 1440 min = 3.0 days. Executor 2.
- C5 office, accepted Mon 30 Mar 10:00, still with its executor.
"""

from datetime import date, datetime
from types import SimpleNamespace

import pytest

from desktop.domain.errors import DomainError
from desktop.services.cases import registration, steps
from desktop.services.cases.content import save_draft
from desktop.services.cases.inputs import IssueInput
from desktop.services.errors import PermissionDenied
from desktop.services.reports import statistics
from desktop.services.reports.statistics import Period
from support.applications import make_application
from support.blank_stock import stock_once
from support.cases import certificate_draft, duplicate_draft
from support.hearing_road import refuse_after_hearing

PERIOD = Period(date(2026, 3, 1), date(2026, 4, 30))


class Office:
    """Drives cases through the real use cases at the moments the docstring gives."""

    def __init__(self, staff, clock):
        self.staff, self.clock = staff, clock
        self.cases = {}

    def at(self, *moment):
        self.clock.set(datetime(2026, *moment))

    def register(self, name, service, channel="office", **fields):
        case = registration.register(self.staff["clerk"],
                                     make_application(service, channel, **fields))
        self.cases[name] = case
        return case

    def to_signing(self, name, executor):
        case, head, who = self.cases[name], self.staff["head"], self.staff[executor]
        case = steps.assign_executor(head, case.id, case.version, who.user_id)
        draft = duplicate_draft() if case.service == "duplicate" else certificate_draft()
        case = save_draft(who, case.id, case.version, draft, date(2026, 3, 1))
        self.cases[name] = steps.submit_draft(who, case.id, case.version)

    def sign(self, name):
        case = self.cases[name]
        self.cases[name] = steps.sign(self.staff["head"], case.id, case.version)

    def act(self, name, use_case, *args):
        case = self.cases[name]
        self.cases[name] = use_case(case.id, case.version, *args)


@pytest.fixture
def office(staff, clock):
    o = Office(staff, clock)
    clerk, head = staff["clerk"], staff["head"]
    o.at(2, 27, 10, 0)
    stock_once(staff["admin"])  # the blanks D1 and D2 are signed onto
    o.register("C4", "certificate")
    o.at(3, 2, 10, 0)
    o.register("C1", "certificate")
    o.register("D1", "duplicate")
    o.at(3, 2, 11, 0)
    o.register("D2", "duplicate", "state_corp", submitted_at=datetime(2026, 3, 2, 11, 0))
    o.at(3, 2, 12, 0)
    o.to_signing("C4", "executor2")
    o.to_signing("C1", "executor")
    o.to_signing("D1", "executor")
    o.to_signing("D2", "executor")
    o.at(3, 3, 9, 30)
    o.register("D3", "duplicate")
    o.at(3, 4, 10, 0)
    o.cases["D4"] = registration.refuse_acceptance(
        clerk, make_application("duplicate", presented={"application"}))
    o.sign("C4")
    o.at(3, 5, 9, 30)
    o.act("D3", lambda i, v: refuse_after_hearing(head, clerk, SimpleNamespace(id=i, version=v),
                                                  "Мұрағатта мәлімет жоқ"))
    o.at(3, 5, 11, 0)
    o.sign("C1")
    o.at(3, 10, 9, 30)
    o.register("D5", "duplicate", "portal", submitted_at=datetime(2026, 3, 7, 20, 0))
    o.at(3, 10, 10, 0)
    o.register("C2", "certificate")
    o.to_signing("C2", "executor2")
    o.at(3, 11, 10, 0)
    o.act("D5", lambda i, v: steps.withdraw(clerk, i, v, "өтініш берушінің қалауы"))
    o.at(3, 13, 10, 0)
    o.sign("C2")
    o.at(3, 20, 10, 0)
    o.register("C3", "certificate")
    o.to_signing("C3", "executor")
    o.at(3, 26, 10, 0)
    o.sign("D1")
    o.at(3, 26, 11, 0)
    o.act("D1", lambda i, v: steps.issue(clerk, i, v, IssueInput("applicant", "Қ. Ә.", "ЖК 1")))
    o.at(3, 30, 10, 0)
    o.register("C5", "certificate")
    o.to_signing("C5", "executor")
    o.at(3, 30, 11, 0)
    o.sign("D2")
    o.at(3, 30, 12, 0)
    o.act("D2", lambda i, v: steps.hand_over(clerk, i, v))
    o.at(3, 31, 15, 0)
    o.sign("C3")
    o.at(4, 30, 15, 0)
    o.act("D2", lambda i, v: steps.return_from_state_corp(clerk, i, v))
    return o


def names_of(office, rows):
    by_id = {case.id: name for name, case in office.cases.items()}
    return sorted(by_id[r.id] for r in rows)


def test_applications_received_by_channel(office, staff):
    s = statistics.statistics(staff["head"], PERIOD)
    # C4 was accepted in February: not received in the period.
    assert s.received_by_channel == {"office": 7, "state_corp": 1, "portal": 1, "home_visit": 0}
    assert s.received == 9


def test_results_count_a_motivated_refusal_apart_from_documents(office, staff):
    s = statistics.statistics(staff["clerk"], PERIOD)
    # D1, D2, C1, C2, C3, C4 signed; D3 refused. A refusal is never a document.
    assert (s.documents, s.motivated_refusals) == (6, 1)
    assert (s.acceptance_refused, s.withdrawn) == (1, 1)


def test_terms_on_time_late_and_days_late_in_working_days(office, staff):
    s = statistics.statistics(staff["head"], PERIOD)
    assert (s.on_time, s.late) == (4, 3)  # on time D1 D3 C2 C4; late D2 C1 C3
    assert (s.days_late, s.most_days_late) == (4, 2)  # 1 + 1 + 2; C3 2
    # 2.0, 3.0, 3.0, 3.125, 4.5, 14.0, 16.0
    assert s.median_days == 3.125
    assert s.longest_days == 16.0


def test_per_executor(office, staff):
    s = statistics.statistics(staff["head"], PERIOD)
    lines = {(e.name, e.results, e.on_time, e.late) for e in s.executors}
    assert lines == {
        ("Орындаушы Нұрлан Әбілұлы", 4, 1, 3),  # D1 on time; D2, C1, C3 late
        ("Екінші Дәулет Өмірұлы", 2, 2, 0),  # C2, C4
        ("", 1, 1, 0),  # D3: refused by the head with no executor
    }
    assert s.executors[-1].key == statistics.NO_EXECUTOR


def test_returned_unclaimed_by_the_state_corporation(office, staff):
    s = statistics.statistics(staff["head"], PERIOD)
    assert s.unclaimed_returned == 1
    march = statistics.statistics(staff["head"], Period(date(2026, 3, 1), date(2026, 3, 31)))
    assert march.unclaimed_returned == 0  # returned on 30 April


def test_one_service(office, staff):
    s = statistics.statistics(staff["head"], Period(PERIOD.first, PERIOD.last, "duplicate"))
    assert s.received_by_channel == {"office": 3, "state_corp": 1, "portal": 1, "home_visit": 0}
    assert (s.documents, s.motivated_refusals, s.on_time, s.late) == (2, 1, 2, 1)
    assert s.median_days == 14.0  # 2.0, 14.0, 16.0
    c = statistics.statistics(staff["head"], Period(PERIOD.first, PERIOD.last, "certificate"))
    assert c.channels == ("office",)  # the certificate is applied for at the college only
    assert c.received == 4  # C1 C2 C3 C5


def test_months_for_the_chart(office, staff):
    s = statistics.statistics(staff["head"], PERIOD)
    assert [(m.month, m.received, m.documents, m.results, m.on_time) for m in s.months] == [
        (date(2026, 3, 1), 9, 6, 7, 4),
        (date(2026, 4, 1), 0, 0, 0, 0),
    ]


@pytest.mark.parametrize("key, expected", [
    ("received", ["C1", "C2", "C3", "C5", "D1", "D2", "D3", "D4", "D5"]),
    ("received:portal", ["D5"]),
    ("documents", ["C1", "C2", "C3", "C4", "D1", "D2"]),
    ("motivated_refusals", ["D3"]),
    ("acceptance_refused", ["D4"]),
    ("withdrawn", ["D5"]),
    ("on_time", ["C2", "C4", "D1", "D3"]),
    ("late", ["C1", "C3", "D2"]),
    ("most_days_late", ["C3"]),
    ("longest_days", ["D2"]),
    ("unclaimed_returned", ["D2"]),
])
def test_each_figure_opens_its_cases(office, staff, key, expected):
    rows = statistics.figure_cases(staff["clerk"], PERIOD, key)
    assert names_of(office, rows) == expected


def test_an_executors_late_results_open(office, staff):
    executor_id = str(staff["executor"].user_id)
    rows = statistics.figure_cases(staff["head"], PERIOD, f"executor:{executor_id}:late")
    assert names_of(office, rows) == ["C1", "C3", "D2"]
    rows = statistics.figure_cases(staff["head"], PERIOD, "executor:none")
    assert names_of(office, rows) == ["D3"]


def test_admin_reads_counts_but_no_cases(office, staff):
    assert statistics.statistics(staff["admin"], PERIOD).received == 9
    with pytest.raises(PermissionDenied):
        statistics.figure_cases(staff["admin"], PERIOD, "received")


def test_executor_reads_no_statistics(office, staff):
    with pytest.raises(PermissionDenied):
        statistics.statistics(staff["executor"], PERIOD)


def test_reversed_period_is_refused(staff, clock):
    with pytest.raises(DomainError) as err:
        statistics.statistics(staff["head"], Period(date(2026, 4, 1), date(2026, 3, 1)))
    assert err.value.code == "period_reversed"


@pytest.mark.parametrize("key", ["nonsense", "executor:x", "executor:1:nonsense"])
def test_an_unknown_figure_is_refused(staff, clock, key):
    with pytest.raises(DomainError) as err:
        statistics.figure_cases(staff["head"], PERIOD, key)
    assert err.value.code == "unknown_figure"

"""The stock report and the write-off act of blanks for a period, from a fixed history."""

from datetime import date, datetime

import pytest

from desktop.domain.errors import InvalidInput
from desktop.services.blanks import period_report, usage
from desktop.services.blanks import stock as blanks
from desktop.services.cases import steps
from desktop.services.errors import AuthError, PermissionDenied
from support.blank_stock import duplicate_draft as _draft
from support.blank_stock import ready, receive


@pytest.fixture
def history(staff, clock):
    """The history every figure below is counted from:
    20.02 batch ТКБ-Д 0000001-0000010 (diploma, received 10.02); case 1 signed on 0000001
    25.02 0000010 lost
    03.03 batch ТКБ-Қ 0000001-0000005 (appendix, received 01.03, the period's first day)
    04.03 case 2 signed on 0000002, misprinted: 0000002 spoiled, 0000003 used
    10.03 case 3 signed on 0000004
    01.04 case 4 signed on 0000005"""
    admin, head, clerk = staff["admin"], staff["head"], staff["clerk"]

    def sign_at(moment):
        clock.set(moment)
        case = ready(staff, _draft())
        return steps.sign(head, case.id, case.version)

    clock.set(datetime(2026, 2, 20, 9, 30))
    receive(admin, first="0000001", last="0000010", received_on=date(2026, 2, 10))
    sign_at(datetime(2026, 2, 20, 11, 0))
    clock.set(datetime(2026, 2, 25, 10, 0))
    ten = next(b for b in blanks.blanks(admin) if b.number == "0000010")
    blanks.mark_lost(admin, ten.id, "Сейфтен табылмады")
    clock.set(datetime(2026, 3, 3, 10, 0))
    receive(admin, series="ТКБ-Қ", first="0000001", last="0000005", kind="appendix",
            received_on=date(2026, 3, 1))
    second = sign_at(datetime(2026, 3, 4, 10, 0))
    usage.spoil_and_replace(clerk, second.id, "Қағаз кептелді")
    sign_at(datetime(2026, 3, 10, 10, 0))
    sign_at(datetime(2026, 4, 1, 10, 0))
    return second


def _figures(report):
    return [(r.kind, r.series, r.opening, r.received, r.used, r.spoiled, r.lost, r.closing)
            for r in report.rows]


def test_the_stock_report_for_march(staff, history):
    report = period_report.stock_report(staff["head"], date(2026, 3, 1), date(2026, 3, 31))
    # ТКБ-Д: 10 received before March, 0000001 used and 0000010 lost in February -> 8 at the
    # start; used in March 0000003 and 0000004 (0000005 only in April), spoiled 0000002;
    # 8 - 2 - 1 = 5 at the end (0000005-0000009). ТКБ-Қ: 5 received in March, all left.
    assert _figures(report) == [
        ("diploma", "ТКБ-Д", 8, 0, 2, 1, 0, 5),
        ("appendix", "ТКБ-Қ", 0, 5, 0, 0, 0, 5),
    ]
    assert [report.total(c) for c in ("opening", "received", "used", "spoiled", "lost",
                                       "closing")] == [8, 5, 2, 1, 0, 10]


def test_the_stock_report_for_february(staff, history):
    report = period_report.stock_report(staff["admin"], date(2026, 2, 1), date(2026, 2, 28))
    # Only ТКБ-Д existed: 10 received, 0000001 used, 0000010 lost, 8 left.
    assert _figures(report) == [("diploma", "ТКБ-Д", 0, 10, 1, 0, 1, 8)]


def test_the_write_off_act_lists_the_blanks_spoiled_in_the_period(staff, history):
    act = period_report.write_off_act(staff["head"], date(2026, 3, 1), date(2026, 3, 31))
    assert [(r.series, r.number, r.spoiled_on, r.reason, r.reg_number, r.spoiled_by)
            for r in act.rows] == [("ТКБ-Д", "0000002", date(2026, 3, 4), "Қағаз кептелді",
                                    history.reg_number, "Кеңсе Айгүл Серікқызы")]
    assert period_report.write_off_act(staff["head"], date(2026, 4, 1),
                                       date(2026, 4, 30)).rows == ()


def test_the_clerk_and_the_executor_get_no_blank_reports(staff, clock):
    for role in ("clerk", "executor"):
        with pytest.raises((PermissionDenied, AuthError)):
            period_report.stock_report(staff[role], date(2026, 3, 1), date(2026, 3, 31))
        with pytest.raises((PermissionDenied, AuthError)):
            period_report.write_off_act(staff[role], date(2026, 3, 1), date(2026, 3, 31))


def test_a_period_ending_before_it_starts_is_refused(staff, clock):
    with pytest.raises(InvalidInput) as err:
        period_report.stock_report(staff["head"], date(2026, 3, 31), date(2026, 3, 1))
    assert err.value.code == "bad_period"

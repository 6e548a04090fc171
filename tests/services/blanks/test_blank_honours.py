"""The honours diploma has its own state blank, with "ҮЗДІК" / "С ОТЛИЧИЕМ" pre-printed: a
duplicate with honours takes it from its own stock at signing, a plain one the plain blank, and
the stock report and the write-off act count the two apart."""

from datetime import date, datetime

import pytest

from desktop.domain.errors import DomainError
from desktop.services.blanks import period_report, usage
from desktop.services.cases import steps
from desktop.store.models import DuplicateContent
from desktop.store.models.blanks import Blank
from support.blank_stock import duplicate_draft as _draft
from support.blank_stock import ready, receive, signed


def _blank_of(case):
    row = DuplicateContent.get(DuplicateContent.case == case.id)
    return row.new_blank_series, row.new_blank_number


@pytest.fixture
def two_stocks(staff, clock):
    """Plain diploma blanks ТКБ-Д 0000777-0000780 and honours blanks ТКБ-Ү 0000001-0000003."""
    receive(staff["admin"], first="0000777", last="0000780")
    receive(staff["admin"], series="ТКБ-Ү", first="0000001", last="0000003",
            kind="diploma_honours")


def test_an_honours_duplicate_takes_an_honours_blank_and_a_plain_one_a_plain_blank(
        staff, two_stocks):
    honours = signed(staff, _draft(honours=True))
    plain = signed(staff, _draft())
    assert _blank_of(honours) == ("ТКБ-Ү", "0000001")
    assert _blank_of(plain) == ("ТКБ-Д", "0000777")
    assert Blank.get((Blank.series == "ТКБ-Ү") & (Blank.number == 1)).case_id == honours.id


def test_the_editor_hint_names_the_blank_of_the_drafts_honours(staff, two_stocks):
    case = ready(staff, _draft())
    assert usage.next_blank(staff["executor"], case.id) == "ТКБ-Д 0000777"
    assert usage.next_blank(staff["executor"], case.id, _draft(honours=True)) == "ТКБ-Ү 0000001"


def test_the_appendix_of_an_honours_diploma_is_on_the_plain_appendix_blank(staff, two_stocks):
    receive(staff["admin"], series="ТКБ-Қ", first="0000001", last="0000002", kind="appendix")
    case = signed(staff, _draft(kind="appendix", honours=True))
    assert _blank_of(case) == ("ТКБ-Қ", "0000001")


def test_an_honours_duplicate_never_goes_on_a_plain_blank(staff, clock):
    receive(staff["admin"], first="0000777", last="0000780")
    case = ready(staff, _draft(honours=True))
    with pytest.raises(DomainError) as err:
        steps.sign(staff["head"], case.id, case.version)
    assert (err.value.code, err.value.params["kind"]) == ("no_blank_in_stock", "diploma_honours")
    typed = ready(staff, _draft("ТКБ-Д", "0000778", honours=True))
    with pytest.raises(DomainError) as err:
        steps.sign(staff["head"], typed.id, typed.version)
    assert err.value.code == "blank_wrong_kind"
    assert not Blank.select().where(Blank.state != "in_stock").exists()


def test_a_spoiled_honours_blank_is_replaced_by_an_honours_blank_and_counted_apart(
        staff, clock):
    clock.set(datetime(2026, 3, 2, 9, 0))
    receive(staff["admin"], first="0000777", last="0000780", received_on=date(2026, 3, 1))
    receive(staff["admin"], series="ТКБ-Ү", first="0000001", last="0000003",
            kind="diploma_honours", received_on=date(2026, 3, 1))
    clock.set(datetime(2026, 3, 4, 10, 0))
    honours = signed(staff, _draft(honours=True))
    signed(staff, _draft())
    replaced = usage.spoil_and_replace(staff["clerk"], honours.id, "Қағаз кептелді")
    assert (replaced.spoiled, replaced.taken) == ("ТКБ-Ү 0000001", "ТКБ-Ү 0000002")
    report = period_report.stock_report(staff["head"], date(2026, 3, 1), date(2026, 3, 31))
    # Plain: 4 received, 0000777 used, 3 left. Honours: 3 received, 0000001 spoiled,
    # 0000002 used, 0000003 left.
    assert [(r.kind, r.series, r.opening, r.received, r.used, r.spoiled, r.lost, r.closing)
            for r in report.rows] == [
        ("diploma", "ТКБ-Д", 0, 4, 1, 0, 0, 3),
        ("diploma_honours", "ТКБ-Ү", 0, 3, 1, 1, 0, 1),
    ]
    act = period_report.write_off_act(staff["head"], date(2026, 3, 1), date(2026, 3, 31))
    assert [(r.kind, r.series, r.number) for r in act.rows] == [
        ("diploma_honours", "ТКБ-Ү", "0000001")]

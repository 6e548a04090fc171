"""The admin's stock of strict-accountability blanks: batches received, refusals, lost blanks."""

from datetime import date

import pytest

from desktop.domain.errors import DomainError, InvalidInput
from desktop.services.blanks import stock as blanks
from desktop.services.errors import AuthError, PermissionDenied
from desktop.store.models import AuditRecord
from desktop.store.models.blanks import Blank
from support.blank_stock import receive


def test_a_batch_puts_every_number_of_its_range_in_stock_with_its_zeros(staff, clock):
    batch = receive(staff["admin"], series="ткб-д", first="0000098", last="0000102")
    # 98, 99, 100, 101, 102: five blanks, printed with seven digits.
    assert (batch.series, batch.first, batch.last, batch.count) == (
        "ТКБ-Д", "0000098", "0000102", 5)
    rows = blanks.blanks(staff["admin"], series="ТКБ-Д")
    assert [r.number for r in rows] == ["0000098", "0000099", "0000100", "0000101", "0000102"]
    assert {r.state for r in rows} == {"in_stock"}
    [line] = blanks.stock(staff["head"])
    assert (line.kind, line.in_stock, line.used, line.next_number) == ("diploma", 5, 0, "0000098")


def test_a_range_overlapping_a_batch_of_the_same_series_is_refused(staff, clock):
    receive(staff["admin"], first="0000100", last="0000199")
    with pytest.raises(DomainError) as err:
        receive(staff["admin"], first="0000150", last="0000250")
    assert err.value.code == "blank_range_overlaps"
    assert (err.value.params["first"], err.value.params["last"]) == ("0000100", "0000199")
    # The same numbers in another series are other blanks.
    receive(staff["admin"], series="ТКБ-Қ", first="0000150", last="0000250", kind="appendix")
    assert Blank.select().count() == 100 + 101


def test_a_series_typed_in_latin_look_alikes_is_the_cyrillic_series(staff, clock):
    receive(staff["admin"], series="ТКБ", first="0000100", last="0000199")
    # Latin T and K (a keyboard left in English) beside a Cyrillic Б: the same series on paper,
    # so the same numbers are the same blanks.
    with pytest.raises(DomainError) as err:
        receive(staff["admin"], series="TKБ", first="0000150", last="0000160")
    assert err.value.code == "blank_range_overlaps"
    batch = receive(staff["admin"], series="ABC", first="0000001", last="0000010")
    assert batch.series == "\u0410\u0412\u0421"  # Cyrillic А, В, С
    assert {line.series for line in blanks.stock(staff["head"])} == {"ТКБ", "АВС"}


@pytest.mark.parametrize(("first", "last", "code"), [
    ("0000200", "0000100", "blank_range_reversed"),
    ("0000001", "0009999", "blank_range_too_large"),
    ("00001", "100", "blank_width_mismatch"),
    ("12a", "20", "blank_number_digits"),
    ("", "20", "required"),
])
def test_an_absurd_range_is_refused(staff, clock, first, last, code):
    with pytest.raises(InvalidInput) as err:
        receive(staff["admin"], first=first, last=last)
    assert err.value.code == code
    assert Blank.select().count() == 0


def test_empty_fields_and_an_unknown_kind_are_refused(staff, clock):
    for kwargs, field in (({"series": " "}, "blank_series"), ({"document": ""},
                          "receipt_document"), ({"kind": "passport"}, "blank_kind"),
                          ({"received_on": date(2026, 3, 3)}, "received_on")):
        with pytest.raises(InvalidInput) as err:
            receive(staff["admin"], **kwargs)
        assert err.value.field == field
    assert Blank.select().count() == 0


def test_the_kinds_of_blank_come_from_the_results_that_print_on_blanks(staff, clock):
    # The duplicate's blanks (services/kinds/duplicate.py): a diploma, the honours diploma's
    # own blank, or the appendix.
    assert blanks.kinds(staff["admin"]) == ("diploma", "diploma_honours", "appendix")


def test_only_the_admin_records_batches_and_lost_blanks(staff, clock):
    for role in ("clerk", "head", "executor"):
        with pytest.raises((PermissionDenied, AuthError)):
            receive(staff[role])
    receive(staff["admin"], first="0000001", last="0000003")
    blank = blanks.blanks(staff["admin"])[0]
    with pytest.raises((PermissionDenied, AuthError)):
        blanks.mark_lost(staff["head"], blank.id, "жоғалды")
    with pytest.raises((PermissionDenied, AuthError)):
        blanks.stock(staff["clerk"])


def test_a_lost_blank_leaves_the_stock_with_its_reason_and_is_audited(staff, clock):
    receive(staff["admin"], first="0000001", last="0000003")
    first = blanks.blanks(staff["admin"])[0]
    lost = blanks.mark_lost(staff["admin"], first.id, "Сейфтен табылмады")
    assert (lost.state, lost.reason, lost.state_by) == ("lost", "Сейфтен табылмады", "Әкімші Әлия")
    [line] = blanks.stock(staff["admin"])
    assert (line.in_stock, line.lost, line.next_number) == (2, 1, "0000002")
    with pytest.raises(DomainError) as err:
        blanks.mark_lost(staff["admin"], first.id, "again")
    assert err.value.code == "blank_not_in_stock"
    actions = [r.action for r in AuditRecord.select().order_by(AuditRecord.id)]
    assert actions[-2:] == ["blank_batch_received", "blank_lost"]

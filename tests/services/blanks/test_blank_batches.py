"""A batch of blanks checked before it is recorded, and corrected or cancelled afterwards while
none of its blanks has left the stock: only by the admin, and audited."""

from datetime import date

import pytest

from desktop.domain.errors import DomainError
from desktop.services.blanks import batches
from desktop.services.blanks import stock as blanks
from desktop.services.errors import AuthError, PermissionDenied
from desktop.store.models import AuditRecord
from desktop.store.models.blanks import Blank, BlankBatch
from support.blank_stock import receive, signed


def _given(series="ТКБ-Д", first="0000001", last="0000020", kind="diploma",
           received_on=date(2026, 2, 27), document="Жүкқұжат № 12"):
    return blanks.BatchInput(kind=kind, series=series, first_number=first, last_number=last,
                             received_on=received_on, receipt_document=document)


def _last_audit():
    record = AuditRecord.select().order_by(AuditRecord.id.desc()).first()
    import json

    return record.action, record.username, json.loads(record.changes)


def test_a_batch_is_checked_and_counted_before_anything_is_written(staff, clock):
    # 0000098..0000102: five blanks (98, 99, 100, 101, 102).
    preview = batches.check_batch(staff["admin"], _given(first="0000098", last="0000102"))
    assert (preview.series, preview.first, preview.last, preview.count) == (
        "ТКБ-Д", "0000098", "0000102", 5)
    assert BlankBatch.select().count() == Blank.select().count() == 0
    receive(staff["admin"], first="0000001", last="0000050")
    with pytest.raises(DomainError) as err:
        batches.check_batch(staff["admin"], _given(first="0000040", last="0000060"))
    assert err.value.code == "blank_range_overlaps"


def test_a_batch_typed_wrong_is_corrected_and_its_blanks_follow(staff, clock):
    batch = receive(staff["admin"], series="ТКБ-Д", first="0000001", last="0000020")
    fixed = batches.correct_batch(staff["admin"], batch.id, _given(
        series="ТКБ-Қ", first="0000101", last="0000110", kind="appendix",
        document="Жүкқұжат № 13"))
    assert (fixed.id, fixed.kind, fixed.series, fixed.first, fixed.last, fixed.count) == (
        batch.id, "appendix", "ТКБ-Қ", "0000101", "0000110", 10)
    rows = blanks.blanks(staff["admin"])
    assert [(r.series, r.number, r.kind) for r in rows][:2] == [
        ("ТКБ-Қ", "0000101", "appendix"), ("ТКБ-Қ", "0000102", "appendix")]
    assert len(rows) == 10
    action, actor, changes = _last_audit()
    assert (action, actor) == ("blank_batch_corrected", "admin")
    assert changes["series"] == ["ТКБ-Д", "ТКБ-Қ"]
    assert changes["first"] == ["0000001", "0000101"]
    assert changes["count"] == [20, 10]
    assert changes["receipt_document"] == ["Жүкқұжат № 12", "Жүкқұжат № 13"]
    assert changes["received_on"] == "2026-02-27"  # kept: no arrow


def test_a_correction_may_overlap_its_own_range_but_not_another_batch(staff, clock):
    batch = receive(staff["admin"], first="0000001", last="0000020")
    receive(staff["admin"], first="0000100", last="0000120")
    fixed = batches.correct_batch(staff["admin"], batch.id, _given(first="0000001",
                                                                   last="0000025"))
    assert fixed.count == 25
    with pytest.raises(DomainError) as err:
        batches.correct_batch(staff["admin"], batch.id, _given(first="0000001",
                                                               last="0000100"))
    assert err.value.code == "blank_range_overlaps"
    assert Blank.select().count() == 25 + 21


def test_a_cancelled_batch_leaves_the_stock_and_the_log_keeps_it(staff, clock):
    batch = receive(staff["admin"], first="0000001", last="0000020")
    batches.cancel_batch(staff["admin"], batch.id, "Басқа колледждің бланкілері")
    assert BlankBatch.select().count() == Blank.select().count() == 0
    assert blanks.stock(staff["admin"]) == []
    action, _actor, changes = _last_audit()
    assert action == "blank_batch_cancelled"
    assert (changes["series"], changes["first"], changes["last"], changes["count"],
            changes["blank_reason"]) == ("ТКБ-Д", "0000001", "0000020", 20,
                                         "Басқа колледждің бланкілері")


def _lost(staff, batch):
    first = blanks.blanks(staff["admin"])[0]
    blanks.mark_lost(staff["admin"], first.id, "Сейфтен табылмады")


def _used(staff, batch):
    signed(staff)


@pytest.mark.parametrize("leave", [_lost, _used])
@pytest.mark.parametrize("change", ["correct", "cancel"])
def test_a_batch_with_a_blank_out_of_stock_is_neither_corrected_nor_cancelled(
        staff, clock, leave, change):
    batch = receive(staff["admin"], first="0000777", last="0000799")
    leave(staff, batch)
    before = [(b.number, b.state) for b in blanks.blanks(staff["admin"])]
    audits = AuditRecord.select().count()
    with pytest.raises(DomainError) as err:
        if change == "correct":
            batches.correct_batch(staff["admin"], batch.id, _given(first="0000001",
                                                                   last="0000010"))
        else:
            batches.cancel_batch(staff["admin"], batch.id, "қате")
    assert err.value.code == "blank_batch_in_use"
    assert err.value.params["number"] == "0000777"  # the lowest is the one gone
    assert [(b.number, b.state) for b in blanks.blanks(staff["admin"])] == before
    assert AuditRecord.select().count() == audits


@pytest.mark.parametrize("role", ["clerk", "head", "executor"])
def test_only_the_admin_checks_corrects_or_cancels_a_batch(staff, clock, role):
    batch = receive(staff["admin"], first="0000001", last="0000020")
    for call in (lambda: batches.check_batch(staff[role], _given(first="0000030",
                                                                 last="0000031")),
                 lambda: batches.correct_batch(staff[role], batch.id, _given(last="0000002")),
                 lambda: batches.cancel_batch(staff[role], batch.id, "қате")):
        with pytest.raises((PermissionDenied, AuthError)):
            call()
    assert Blank.select().count() == 20

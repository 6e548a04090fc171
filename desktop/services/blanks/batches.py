"""A batch of blanks before and after it is recorded: what the admin is asked to confirm, and
a batch corrected or cancelled while none of its blanks has been used, spoiled or lost.

Only the admin does either, checked here in the use case; both are audited with the batch as
it was. Recording a batch is desktop.services.blanks.stock.record_batch.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.errors import DomainError
from desktop.domain.validation import clean_text
from desktop.services.accounts.session import Session, acting_user
from desktop.services.blanks.stock import (
    BatchInput,
    BatchRecord,
    adopt_used_before,
    batch_record,
    clean_batch,
    fill_batch,
    label,
    refuse_overlap,
)
from desktop.services.records import audit
from desktop.services.reference import now
from desktop.store.connection import write_transaction
from desktop.store.models.blanks import IN_STOCK, Blank, BlankBatch


@dataclass(frozen=True)
class BatchPreview:
    """A batch as it would be recorded: the admin confirms its count before it is."""

    kind: str
    series: str
    first: str
    last: str
    count: int


def check_batch(session: Session, given: BatchInput, but: int | None = None) -> BatchPreview:
    """The batch as it would be stored, or the refusal record_batch would give (bad numbers, a
    range overlapping a batch other than `but`). Nothing is written."""
    acting_user(session, "admin")
    values = clean_batch(given, now().date())
    refuse_overlap(values, but)
    return BatchPreview(values["kind"], values["series"],
                        label(values["first_number"], values["width"]),
                        label(values["last_number"], values["width"]),
                        values["last_number"] - values["first_number"] + 1)


def _untouched(batch_id: int) -> BlankBatch:
    """The batch, if none of its blanks has left the stock; DomainError otherwise."""
    batch = BlankBatch.get_or_none(BlankBatch.id == batch_id)
    if batch is None:
        raise DomainError("blank_batch_not_found", f"no batch {batch_id}")
    gone = (Blank.select().where((Blank.batch == batch.id) & (Blank.state != IN_STOCK))
            .order_by(Blank.number).first())
    if gone is not None:
        raise DomainError("blank_batch_in_use", "a blank of the batch has left the stock",
                          series=gone.series, number=gone.label, state=gone.state)
    return batch


def correct_batch(session: Session, batch_id: int, given: BatchInput) -> BatchRecord:
    """The admin corrects a batch typed wrong (kind, series, numbers, date, document) while
    every blank of it is still in stock: its blanks are the corrected range from now."""
    acting_user(session, "admin")
    values = clean_batch(given, now().date())
    with write_transaction():
        admin = acting_user(session, "admin")
        batch = _untouched(batch_id)
        refuse_overlap(values, batch.id)
        before = batch_record(batch)
        Blank.delete().where(Blank.batch == batch.id).execute()
        for field, value in values.items():
            setattr(batch, field, value)
        batch.save()
        fill_batch(batch)
        after = batch_record(batch)
        adopted = adopt_used_before(batch)
        audit.append(admin.username, "blank_batch_corrected", None, {
            "batch": batch.id, "kind": _change(before.kind, after.kind),
            "series": _change(before.series, after.series),
            "first": _change(before.first, after.first),
            "last": _change(before.last, after.last),
            "count": _change(before.count, after.count),
            "received_on": _change(before.received_on.isoformat(),
                                   after.received_on.isoformat()),
            "receipt_document": _change(before.receipt_document, after.receipt_document),
            "already_used": adopted})
    return after


def _change(before, after):
    """A value the correction kept, or [before, after] (the audit page shows "before → after")."""
    return after if before == after else [before, after]


def cancel_batch(session: Session, batch_id: int, reason: str) -> None:
    """The admin cancels a batch recorded by mistake while every blank of it is in stock: the
    batch and its blanks are gone from the stock; the audit log keeps what it was and why."""
    text = clean_text(reason, "blank_reason", max_len=1000)
    with write_transaction():
        admin = acting_user(session, "admin")
        batch = _untouched(batch_id)
        record = batch_record(batch)
        Blank.delete().where(Blank.batch == batch.id).execute()
        batch.delete_instance()
        audit.append(admin.username, "blank_batch_cancelled", None, {
            "batch": record.id, "kind": record.kind, "series": record.series,
            "first": record.first, "last": record.last, "count": record.count,
            "received_on": record.received_on.isoformat(),
            "receipt_document": record.receipt_document, "blank_reason": text})

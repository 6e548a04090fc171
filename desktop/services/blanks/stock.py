"""Strict-accountability blanks in stock: the admin records the batches received and a blank
lost; the admin and the head read the stock. The blanks' use (taken at signing, spoiled at a
misprint) is desktop.services.blanks.usage; the period's report and act are blank_reports.

No personal data here: a blank names the registration number of the case it went to, never
the person.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from peewee import JOIN, fn

from desktop.domain.errors import DomainError, InvalidInput
from desktop.domain.validation import check_past_date, clean_series, clean_text
from desktop.services.accounts.names import full_names, name_of
from desktop.services.accounts.session import Session, acting_user
from desktop.services.records import audit
from desktop.services.reference import now
from desktop.services.results import registry
from desktop.store.bulk import insert_rows
from desktop.store.connection import write_transaction
from desktop.store.models import Case, ResultSnapshot
from desktop.store.models.blanks import IN_STOCK, LOST, STATES, USED, Blank, BlankBatch

# A batch is a parcel of blanks, not a printing press's run: a range this long is a typo.
MAX_BATCH = 5000
MAX_DIGITS = 12
STOCK_READERS = ("admin", "head")


@dataclass(frozen=True)
class BatchInput:
    kind: str
    series: str
    first_number: str
    last_number: str
    received_on: date | None
    receipt_document: str


@dataclass(frozen=True)
class BatchRecord:
    id: int
    kind: str
    series: str
    first: str
    last: str
    count: int
    received_on: date
    receipt_document: str
    created_by: str  # who recorded it, by their full name
    created_at: datetime


@dataclass(frozen=True)
class StockLine:
    kind: str
    series: str
    in_stock: int
    used: int
    spoiled: int
    lost: int
    next_number: str  # the blank the next signing takes ("" when none is left)


@dataclass(frozen=True)
class BlankRecord:
    id: int
    kind: str
    series: str
    number: str
    state: str
    reg_number: str
    state_at: datetime | None
    state_by: str  # who moved it last, by their full name
    reason: str


def label(number: int, width: int) -> str:
    return f"{number:0{width}d}"


def _digits(value: str | None, field: str) -> str:
    text = clean_text(value, field, max_len=MAX_DIGITS)
    if not text.isdigit() or not text.isascii():
        raise InvalidInput(field, "blank_number_digits", "digits only")
    return text


def clean_batch(given: BatchInput, today: date) -> dict:
    """The batch's values as stored, or InvalidInput saying what is wrong with them."""
    kinds = registry.blank_kinds()
    if given.kind not in kinds:
        raise InvalidInput("blank_kind", "bad_choice", f"one of {kinds}")
    series = clean_series(given.series, "blank_series")
    first_text = _digits(given.first_number, "first_number")
    last_text = _digits(given.last_number, "last_number")
    # Leading zeros are printed: "0001".."0500" keeps four digits; "1".."500" none.
    padded = first_text.startswith("0") or last_text.startswith("0")
    if padded and len(first_text) != len(last_text):
        raise InvalidInput("last_number", "blank_width_mismatch",
                           "first and last numbers must have the same digits",
                           first=first_text, last=last_text)
    first, last = int(first_text), int(last_text)
    if last < first:
        raise InvalidInput("last_number", "blank_range_reversed", "last is before first",
                           first=first_text, last=last_text)
    if last - first + 1 > MAX_BATCH:
        raise InvalidInput("last_number", "blank_range_too_large",
                           f"more than {MAX_BATCH} blanks", count=last - first + 1,
                           limit=MAX_BATCH)
    return {
        "kind": given.kind, "series": series, "first_number": first, "last_number": last,
        "width": len(first_text) if padded else 1,
        "received_on": check_past_date(given.received_on, "received_on", today),
        "receipt_document": clean_text(given.receipt_document, "receipt_document",
                                       max_len=300),
    }


def record_batch(session: Session, given: BatchInput) -> BatchRecord:
    """The admin records a batch received: every blank of its range is in stock from now."""
    acting_user(session, "admin")
    moment = now()
    values = clean_batch(given, moment.date())
    with write_transaction():
        admin = acting_user(session, "admin")
        refuse_overlap(values)
        batch = BlankBatch.create(**values, created_at=moment, created_by=admin.username)
        fill_batch(batch)
        record = batch_record(batch)
        adopted = adopt_used_before(batch)
        audit.append(admin.username, "blank_batch_received", None, {
            "already_used": adopted,
            "batch": batch.id, "kind": record.kind, "series": record.series,
            "first": record.first, "last": record.last, "count": record.count,
            "received_on": record.received_on.isoformat(),
            "receipt_document": record.receipt_document,
        })
    return record


def refuse_overlap(values: dict, but: int | None = None) -> None:
    """DomainError if a batch recorded (other than batch `but`) holds a number of the range."""
    query = BlankBatch.select().where(
        (BlankBatch.series == values["series"])
        & (BlankBatch.first_number <= values["last_number"])
        & (BlankBatch.last_number >= values["first_number"]))
    if but is not None:
        query = query.where(BlankBatch.id != but)
    overlap = query.first()
    if overlap is not None:
        raise DomainError(
            "blank_range_overlaps",
            f"series {values['series']} already has {overlap.first_number}-"
            f"{overlap.last_number}",
            series=overlap.series, first=label(overlap.first_number, overlap.width),
            last=label(overlap.last_number, overlap.width),
            received_on=overlap.received_on)


def fill_batch(batch: BlankBatch) -> None:
    """Every blank of the batch's range, in stock."""
    insert_rows(Blank, ("batch", "kind", "series", "number", "width", "state", "state_by",
                        "reason"), (
        (batch.id, batch.kind, batch.series, n, batch.width, IN_STOCK, "", "")
        for n in range(batch.first_number, batch.last_number + 1)))


def adopt_used_before(batch: BlankBatch) -> list[str]:
    """Blanks of this range that a result signed before blanks were accounted (schema < 5)
    already names: they are recorded as used by that case, not put in stock. Returns their
    numbers."""
    adopted = []
    for kind in registry.all_kinds():
        if not kind.blank_kinds or kind.model is None:
            continue
        series_field, number_field = (getattr(kind.model, f) for f in kind.blank_fields)
        rows = (kind.model.select(kind.model.case, number_field, Case.signed_at)
                .join(Case, on=(kind.model.case == Case.id))
                .where((fn.UPPER(series_field) == batch.series) & Case.signed_at.is_null(False)
                       & (Case.result_kind == kind.code))
                .tuples())
        for case_id, number, signed_at in rows:
            digits = (number or "").strip()
            if not (digits.isdigit() and digits.isascii()):
                continue
            if not batch.first_number <= int(digits) <= batch.last_number:
                continue
            snap = (ResultSnapshot.select(ResultSnapshot.id)
                    .where(ResultSnapshot.case == case_id)
                    .order_by(ResultSnapshot.id.desc()).first())
            Blank.update(state=USED, case=case_id, snapshot=snap.id if snap else None,
                         used_at=signed_at, state_at=signed_at).where(
                (Blank.batch == batch.id) & (Blank.number == int(digits))
                & (Blank.state == IN_STOCK)).execute()
            adopted.append(label(int(digits), batch.width))
    return sorted(adopted)


def batch_record(b: BlankBatch, names: dict[str, str] | None = None) -> BatchRecord:
    """The batch as people read it: who recorded it by their full name."""
    return BatchRecord(b.id, b.kind, b.series, label(b.first_number, b.width),
                       label(b.last_number, b.width), b.last_number - b.first_number + 1,
                       b.received_on, b.receipt_document, name_of(b.created_by, names),
                       b.created_at)


def mark_lost(session: Session, blank_id: int, reason: str) -> BlankRecord:
    """The admin records a blank in stock as lost (it leaves the stock for good)."""
    text = clean_text(reason, "blank_reason", max_len=1000)
    with write_transaction():
        admin = acting_user(session, "admin")
        blank = Blank.get_or_none(Blank.id == blank_id)
        if blank is None:
            raise DomainError("blank_not_found", f"no blank {blank_id}")
        if blank.state != IN_STOCK:
            raise DomainError("blank_not_in_stock", "only a blank in stock can be lost",
                              series=blank.series, number=blank.label, state=blank.state)
        blank.state, blank.state_at = LOST, now()
        blank.state_by, blank.reason = admin.username, text
        blank.save()
        audit.append(admin.username, "blank_lost", None, {
            "blank": f"{blank.series} {blank.label}", "blank_id": blank.id,
            "blank_reason": text})
    return _blank_record(blank, "")


def batches(session: Session) -> list[BatchRecord]:
    acting_user(session, *STOCK_READERS)
    query = BlankBatch.select().order_by(BlankBatch.received_on.desc(), BlankBatch.id.desc())
    names = full_names()
    return [batch_record(b, names) for b in query]


def stock(session: Session) -> list[StockLine]:
    """Blanks by kind and series: how many in each state, and the next one a signing takes."""
    acting_user(session, *STOCK_READERS)
    counts: dict[tuple[str, str], dict[str, int]] = {}
    query = (Blank.select(Blank.kind, Blank.series, Blank.state, fn.COUNT(Blank.id))
             .group_by(Blank.kind, Blank.series, Blank.state))
    for kind, series, state, n in query.tuples():
        counts.setdefault((kind, series), dict.fromkeys(STATES, 0))[state] = n
    lines = []
    order = {kind: i for i, kind in enumerate(registry.blank_kinds())}
    for (kind, series), n in sorted(counts.items(),
                                    key=lambda item: (order.get(item[0][0], 99), item[0])):
        first = (Blank.select().where((Blank.series == series) & (Blank.kind == kind)
                                      & (Blank.state == IN_STOCK))
                 .order_by(Blank.number).first())
        lines.append(StockLine(kind, series, n["in_stock"], n["used"], n["spoiled"], n["lost"],
                               first.label if first else ""))
    return lines


def blanks(session: Session, *, series: str = "", state: str = "",
           limit: int = 2000) -> list[BlankRecord]:
    """The blanks of a series (or all), in number order, with the case each went to."""
    acting_user(session, *STOCK_READERS)
    query = (Blank.select(Blank, Case.reg_number.alias("reg_number"))
             .join(Case, join_type=JOIN.LEFT_OUTER, on=(Blank.case == Case.id))
             .order_by(Blank.series, Blank.number).limit(limit).objects())
    if series:
        query = query.where(Blank.series == series)
    if state:
        query = query.where(Blank.state == state)
    names = full_names()
    return [_blank_record(b, b.reg_number or "", names) for b in query]


def _blank_record(b: Blank, reg_number: str, names: dict[str, str] | None = None
                  ) -> BlankRecord:
    """The blank as people read it: who moved it last by their full name."""
    return BlankRecord(b.id, b.kind, b.series, b.label, b.state, reg_number, b.state_at,
                       name_of(b.state_by, names), b.reason)


def kinds(session: Session) -> tuple[str, ...]:
    """The kinds of blank a batch may be of (from the result kinds that print on blanks)."""
    acting_user(session)
    return registry.blank_kinds()

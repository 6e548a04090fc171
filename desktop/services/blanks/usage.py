"""A blank's use: the head's signing takes the blank its result prints on, and a misprint
spoils it and moves the same result onto the next blank.

Both run inside their use case's write transaction, behind the WriteLock row every writer
updates first (store.connection.write_transaction): two clerks or heads at once queue up, so
"the lowest number in stock" is never taken twice and no number is skipped, on SQLite and on
PostgreSQL alike. A rolled-back signing leaves its blank in stock.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from desktop.domain.errors import DomainError
from desktop.domain.validation import clean_text
from desktop.services.accounts import access
from desktop.services.accounts.session import Session, acting_user
from desktop.services.cases.casework import load_case
from desktop.services.errors import NotFound
from desktop.services.records import audit, snapshots
from desktop.services.reference import now
from desktop.services.results import registry
from desktop.services.results.registry import ResultKind
from desktop.store.connection import write_transaction
from desktop.store.models import Case, ResultSnapshot
from desktop.store.models.blanks import IN_STOCK, SPOILED, USED, Blank, BlankBatch


@dataclass(frozen=True)
class Replacement:
    spoiled: str  # "series number" of the blank written off
    taken: str  # "series number" the result now prints on
    snapshot_id: int


# The blank of a document with honours, when the result kind names one: "<kind>_honours" (the
# honours diploma has its own blank, its words pre-printed; its appendix is the plain one).
HONOURS_SUFFIX = "_honours"


def blank_kind_of(kind: ResultKind, row) -> str:
    """The kind of blank a draft prints on: its `document_kind`, when the result has blanks
    (a draft not saved yet: the first kind, as the draft table's default), or that kind's
    honours blank for a draft with honours."""
    if not kind.blank_kinds:
        return ""
    value = getattr(row, "document_kind", "") or kind.blank_kinds[0]
    if value not in kind.blank_kinds:
        return ""
    return honours_variant(kind, value) if getattr(row, "honours", False) else value


def honours_variant(kind: ResultKind, blank_kind: str) -> str:
    """The honours blank of `blank_kind` if the result kind has one, else the blank itself."""
    honours = blank_kind + HONOURS_SUFFIX
    return honours if honours in kind.blank_kinds else blank_kind


def _lowest_in_stock(blank_kind: str, series: str = "") -> Blank | None:
    """The lowest number in stock of `series`; with no series, of the series whose oldest
    batch still has stock (the office uses its oldest parcel first)."""
    if not series:
        oldest = (Blank.select(Blank.series)
                  .join(BlankBatch, on=(Blank.batch == BlankBatch.id))
                  .where((Blank.kind == blank_kind) & (Blank.state == IN_STOCK))
                  .order_by(BlankBatch.received_on, BlankBatch.id).first())
        if oldest is None:
            return None
        series = oldest.series
    return (Blank.select()
            .where((Blank.kind == blank_kind) & (Blank.series == series)
                   & (Blank.state == IN_STOCK))
            .order_by(Blank.number).first())


def _typed(blank_kind: str, series: str, number: str) -> Blank:
    """The blank the executor typed in, if it is in stock for this kind."""
    found = None
    if number.isdigit() and number.isascii():
        found = Blank.get_or_none((Blank.series == series.upper()) & (Blank.number == int(number)))
    if found is None:
        raise DomainError("blank_not_recorded", f"blank {series} {number} was never received",
                          series=series, number=number)
    if found.state != IN_STOCK:
        reg = Case.get_by_id(found.case_id).reg_number if found.case_id else ""
        raise DomainError("blank_not_in_stock", f"blank {series} {number} is {found.state}",
                          series=found.series, number=found.label, state=found.state,
                          reg_number=reg)
    if found.kind != blank_kind:
        raise DomainError("blank_wrong_kind", f"blank {series} {number} is a {found.kind}",
                          series=found.series, number=found.label, kind=found.kind,
                          wanted=blank_kind)
    return found


def take_for_signing(case: Case, kind: ResultKind, username: str, moment: datetime) -> dict:
    """At signing, inside its transaction: the blank the draft names (or the lowest in stock)
    becomes used by this case and its series and number go into the draft row, which the
    snapshot then fixes. {} for a result that prints on no blank."""
    row = kind.model.get_or_none(kind.model.case == case.id) if kind.model else None
    blank_kind = blank_kind_of(kind, row)
    if not blank_kind or row is None:  # submit_draft let no draft without its row through
        return {}
    series_field, number_field = kind.blank_fields
    series = getattr(row, series_field).strip()
    number = getattr(row, number_field).strip()
    if number:
        blank = _typed(blank_kind, series, number)
    else:
        blank = _lowest_in_stock(blank_kind, series.upper())
        if blank is None:
            raise DomainError("no_blank_in_stock", f"no {blank_kind} blank in stock",
                              kind=blank_kind, series=series)
    blank.state, blank.case, blank.used_at, blank.state_at = USED, case.id, moment, moment
    blank.state_by = username
    blank.save()
    setattr(row, series_field, blank.series)
    setattr(row, number_field, blank.label)
    row.save()
    return {"blank": f"{blank.series} {blank.label}", "blank_id": blank.id}


def attach_snapshot(case: Case, snap: ResultSnapshot) -> None:
    """The blank this signing took prints this snapshot."""
    Blank.update(snapshot=snap.id).where(
        (Blank.case == case.id) & (Blank.state == USED) & Blank.snapshot.is_null()).execute()


def next_blank(session: Session, case_id: int, draft=None) -> str:
    """The blank a signing would take for this case now ("" if none, or none needed): a hint
    for the executor's editor; the signing decides. `draft`: the editor's values not saved yet
    (its document kind and blank series), else the saved draft's."""
    user = acting_user(session)
    case = load_case(case_id)
    access.require_read(user, case)
    kind = registry.document_of(case.service)
    row = draft if draft is not None else (
        kind.model.get_or_none(kind.model.case == case.id) if kind.model else None)
    blank_kind = blank_kind_of(kind, row)
    if not blank_kind:
        return ""
    series = (getattr(row, kind.blank_fields[0], "") or "").strip().upper() \
        if row is not None else ""
    blank = _lowest_in_stock(blank_kind, series)
    return f"{blank.series} {blank.label}" if blank else ""


def spoil_and_replace(session: Session, case_id: int, reason: str) -> Replacement:
    """A misprint: the blank the issued result printed on is spoiled (reason, who, when), the
    next blank of its series (or, that series spent, of its kind) is taken, and the same
    result is fixed again on it: a new snapshot copied from the previous one with only the
    blank changed and a new verification code. The old snapshot stays in the history."""
    text = clean_text(reason, "blank_reason", max_len=1000)
    with write_transaction():
        user = acting_user(session, "clerk")
        case = load_case(case_id)
        access.require_read(user, case)
        snap = snapshots.latest(case_id)
        spoiled = Blank.get_or_none((Blank.snapshot == snap.id) & (Blank.state == USED)) \
            if snap else None
        if spoiled is None:
            raise NotFound("no_blank_to_spoil", "this result was not printed on a blank")
        moment = now()
        taken = (_lowest_in_stock(spoiled.kind, spoiled.series)
                 or _lowest_in_stock(spoiled.kind))
        if taken is None:
            raise DomainError("no_blank_in_stock", f"no {spoiled.kind} blank in stock",
                              kind=spoiled.kind, series=spoiled.series)
        spoiled.state, spoiled.state_at = SPOILED, moment
        spoiled.state_by, spoiled.reason = user.username, text
        spoiled.save()
        content = json.loads(snap.content)
        kind = registry.get(snap.kind)
        series_field, number_field = kind.blank_fields
        content["content"][series_field] = taken.series
        content["content"][number_field] = taken.label
        new = snapshots.take(case, snap.kind, user.username, content=content)
        taken.state, taken.case, taken.snapshot = USED, case.id, new.id
        taken.used_at = taken.state_at = moment
        taken.state_by = user.username
        taken.save()
        # The draft row follows, as at signing, so the book of duplicates names the blank the
        # document is on.
        row = kind.model.get(kind.model.case == case.id)
        setattr(row, series_field, taken.series)
        setattr(row, number_field, taken.label)
        row.save()
        old_label = f"{spoiled.series} {spoiled.label}"
        new_label = f"{taken.series} {taken.label}"
        audit.append(user.username, "spoil_blank", case.id, {
            "spoiled_blank": old_label, "spoiled_blank_id": spoiled.id,
            "blank_reason": text,
            "blank": new_label, "blank_id": taken.id, "replaced_snapshot": snap.id,
            "snapshot": new.id, "snapshot_hash": new.content_hash,
        })
    return Replacement(old_label, new_label, new.id)

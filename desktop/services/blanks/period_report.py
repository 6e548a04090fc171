"""The blanks over a period: the stock report (received, used, spoiled, lost, and the opening
and closing stock, by kind and series) and the write-off act of the blanks spoiled.

A blank counts in the period in which it reached its state (`Blank.state_at`); it was in
stock from its batch's date of receipt until then. So for every series
opening + received - used - spoiled - lost = closing, and the act's spoiled blanks are the
report's. A blank signed onto before the period and spoiled in it counts as spoiled in it.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from peewee import JOIN

from desktop.domain.blank_printables import (
    BlankStockReport,
    BlankStockRow,
    WriteOffAct,
    WriteOffRow,
)
from desktop.domain.errors import InvalidInput
from desktop.services.accounts.session import Session, acting_user
from desktop.services.reference import now
from desktop.services.results import registry
from desktop.services.results.printables import college_info
from desktop.store.models import Case, User
from desktop.store.models.blanks import IN_STOCK, LOST, SPOILED, USED, Blank, BlankBatch

REPORT_READERS = ("admin", "head")


def _period(first: date, last: date) -> tuple[datetime, datetime]:
    if first is None or last is None or last < first:
        raise InvalidInput("period", "bad_period", "the period ends before it starts")
    return (datetime.combine(first, datetime.min.time()),
            datetime.combine(last + timedelta(days=1), datetime.min.time()))


def stock_report(session: Session, first: date, last: date) -> BlankStockReport:
    acting_user(session, *REPORT_READERS)
    start, end = _period(first, last)
    rows: dict[tuple[str, str], dict[str, int]] = {}
    query = (Blank.select(Blank.kind, Blank.series, Blank.state, Blank.state_at,
                          BlankBatch.received_on)
             .join(BlankBatch, on=(Blank.batch == BlankBatch.id))
             .where(BlankBatch.received_on <= last))
    for kind, series, state, state_at, received_on in query.tuples():
        n = rows.setdefault((kind, series), dict.fromkeys(
            ("opening", "received", "used", "spoiled", "lost", "closing"), 0))
        left_at = state_at if state != IN_STOCK else None  # when it left the stock
        if received_on < first and (left_at is None or left_at >= start):
            n["opening"] += 1
        if received_on >= first:
            n["received"] += 1
        if left_at is not None and start <= left_at < end:
            n[{USED: "used", SPOILED: "spoiled", LOST: "lost"}[state]] += 1
        if left_at is None or left_at >= end:
            n["closing"] += 1
    order = {kind: i for i, kind in enumerate(registry.blank_kinds())}
    lines = tuple(BlankStockRow(kind, series, **n) for (kind, series), n in sorted(
        rows.items(), key=lambda item: (order.get(item[0][0], len(order)), item[0])))
    return BlankStockReport(college_info(), first, last, lines, now().date())


def write_off_act(session: Session, first: date, last: date) -> WriteOffAct:
    """The blanks spoiled in the period, in series and number order, for the commission."""
    acting_user(session, *REPORT_READERS)
    start, end = _period(first, last)
    query = (Blank.select(Blank, Case.reg_number.alias("reg_number"),
                          User.full_name.alias("by_name"))
             .join(Case, JOIN.LEFT_OUTER, on=(Blank.case == Case.id))
             .switch(Blank)
             .join(User, JOIN.LEFT_OUTER, on=(Blank.state_by == User.username))
             .where((Blank.state == SPOILED) & (Blank.state_at >= start)
                    & (Blank.state_at < end))
             .order_by(Blank.series, Blank.number)
             .objects())
    rows = tuple(
        WriteOffRow(b.kind, b.series, b.label, b.state_at.date(), b.reason,
                    b.reg_number or "", b.by_name or b.state_by)
        for b in query)
    return WriteOffAct(college_info(), first, last, rows, now().date())

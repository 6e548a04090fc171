"""Statistics of the state services for a period and a service (or all), and the cases behind
each figure.

The period is [first, last], both days included, in office local time. Each figure, and what
puts a case in it:

- **received** (in all, and per channel of the services asked — the channels come from the
  services' TOML files): applications whose acceptance (`Case.accepted_at`; for the portal the
  next working moment after a submission out of hours) falls in the period, the ones refused
  at the desk included.
- **documents**: results that are the service's document, signed (`Case.signed_at`) in the
  period. A signed document is the service rendered; it is handed out at the desk or the State
  Corporation later. **motivated refusals**: letters of motivated refusal signed in the period.
  A motivated refusal is never counted as a document.
- **refusals of acceptance**: applications refused at the desk (incomplete package, expired
  documents), by their acceptance moment.
- **withdrawn**: applications withdrawn, by the moment of the withdrawal (the start of their
  last state, `Case.step_started_at`).
- **on time / late / days late / median and longest time to result**: over the results (the
  documents and the motivated refusals above), by the rules of `desktop.domain.service_terms`
  — time from acceptance to signature in working days of office time, on the office's
  calendar with the admin's overrides; late = signed after the due moment of
  `deadlines.case_due`; days late = working days begun after it (summed over the late results,
  and the most of one result).
- **per executor**: the results above by the executor assigned when they were signed (a
  refusal the head signed before assigning anyone counts under "no executor").
- **hearings before a motivated refusal**: cases whose preliminary decision to refuse was made
  in the period; whose hearing was held (recorded) in it; and of those, the ones the hearing
  ended in the document (which are no refusal) or in the refusal confirmed.
- **returned unclaimed**: cases whose result the State Corporation returned to the college
  after its month of storage, the return recorded in the period.

Who reads them: the clerk and the head; the admin, who sees no personal data, reads the
counts but never the list of cases behind one (`figure_cases`).

The counts are `GROUP BY` queries over narrow columns; the terms are judged in one pass over
the results' four columns (`TermJudge` keeps the calendar out of the loop).
"""

from __future__ import annotations

from datetime import date, timedelta

from peewee import SQL, fn

from desktop.domain import workflow
from desktop.domain.catalogue import CHANNELS, MOTIVATED_REFUSAL
from desktop.domain.errors import DomainError
from desktop.domain.office_time import OFFICE_DAY_SECONDS, moment_text
from desktop.domain.report_figures import (
    NO_EXECUTOR,
    TERM_KEYS,
    ExecutorLine,
    MonthLine,
    Period,
    Statistics,
)
from desktop.domain.service_terms import TermJudge, days_late, median
from desktop.services.accounts import access
from desktop.services.accounts.session import Session, acting_user
from desktop.services.cases import queries
from desktop.services.cases.queries import CaseRow
from desktop.services.reference import catalogue, work_calendar
from desktop.store.connection import is_sqlite
from desktop.store.models import Case, StateCorpEvent, User
from desktop.store.models.hearings import RefusalHearing

COUNT_READERS = ("clerk", "head", "admin")
LIST_READERS = ("clerk", "head")


def require_report_reader(session: Session) -> None:
    """The registers and the lists behind the figures hold personal data: the clerk's and
    the head's only."""
    user = acting_user(session, *LIST_READERS)
    access.require_case_reader(user)


def check_period(first: date, last: date) -> None:
    if last < first:
        raise DomainError("period_reversed", "the period ends before it starts",
                          first=first, last=last)


def check_service(service: str | None) -> None:
    """None (every service) or the code of a service of the catalogue."""
    if service is not None and service not in catalogue().services:
        raise DomainError("unknown_service", f"no service '{service}'", service=service)


def _services(period: Period):
    if period.service is None:
        return list(catalogue())
    return [catalogue()[period.service]]


def _channels(period: Period) -> tuple[str, ...]:
    offered = {c for s in _services(period) for c in s.channels}
    return tuple(c for c in CHANNELS if c in offered)


def _of_service(period: Period) -> list:
    return [] if period.service is None else [Case.service == period.service]


def _run(query) -> list[tuple]:
    return Case._meta.database.execute(query).fetchall()


def _month_of(column):
    """'YYYY-MM' of a moment, in the backend's own words."""
    if is_sqlite():
        return fn.substr(column, 1, 7)
    return fn.to_char(column, "YYYY-MM")


# --- the conditions behind each counted figure ------------------------------------------------
def _received(period: Period) -> list:
    return [Case.accepted_at >= period.start, Case.accepted_at < period.end,
            *_of_service(period)]


def _signed(period: Period) -> list:
    return [Case.signed_at >= period.start, Case.signed_at < period.end,
            Case.state != workflow.ACCEPTANCE_REFUSED, *_of_service(period)]


def _conditions(period: Period, key: str) -> list | None:
    """SQL conditions of the cases behind a counted figure; None for the figures of terms."""
    if key == "received":
        return _received(period)
    if key.startswith("received:"):
        return [*_received(period), Case.channel == key.split(":", 1)[1]]
    if key == "documents":
        return [*_signed(period), Case.result_kind != MOTIVATED_REFUSAL]
    if key == "motivated_refusals":
        return [*_signed(period), Case.result_kind == MOTIVATED_REFUSAL]
    if key == "acceptance_refused":
        return [*_received(period), Case.state == workflow.ACCEPTANCE_REFUSED]
    if key == "withdrawn":
        return [Case.state == workflow.WITHDRAWN, Case.step_started_at >= period.start,
                Case.step_started_at < period.end, *_of_service(period)]
    if key in HEARING_FIGURES:
        return [Case.id.in_(HEARING_FIGURES[key](period)), *_of_service(period)]
    if key == "unclaimed_returned":
        returned = StateCorpEvent.select(StateCorpEvent.case).where(
            (StateCorpEvent.kind == "returned") & (StateCorpEvent.at >= period.start)
            & (StateCorpEvent.at < period.end))
        return [Case.id.in_(returned), *_of_service(period)]
    if key.startswith("executor:") and key.count(":") == 1:
        who = key.split(":", 1)[1]
        return [*_signed(period), _executor_is(who)]
    return None


def _hearings(column, outcome: str | None = None):
    def cases(period: Period):
        query = RefusalHearing.select(RefusalHearing.case).where(
            (column >= period.start) & (column < period.end))
        return query.where(RefusalHearing.outcome == outcome) if outcome else query

    return cases


# The cases behind each figure of the hearings before a motivated refusal.
HEARING_FIGURES = {
    "preliminary_decisions": _hearings(RefusalHearing.decided_at),
    "hearings_held": _hearings(RefusalHearing.held_at),
    "hearings_to_document": _hearings(RefusalHearing.held_at, "document"),
    "hearings_to_refusal": _hearings(RefusalHearing.held_at, "refusal"),
}


def _executor_is(who: str):
    if who == NO_EXECUTOR:
        return Case.executor.is_null()
    if not who.isdigit():
        raise DomainError("unknown_figure", f"no executor '{who}'", figure=who)
    return Case.executor == int(who)


# --- the figures -------------------------------------------------------------------------------
def statistics(session: Session, period: Period) -> Statistics:
    acting_user(session, *COUNT_READERS)
    check_period(period.first, period.last)
    check_service(period.service)
    received: dict[str, int] = dict.fromkeys(_channels(period), 0)
    months: dict[str, list[int]] = {}  # 'YYYY-MM' -> received, documents, results, on time
    month = _month_of(Case.accepted_at)
    query = Case.select(Case.channel, month, fn.COUNT(SQL("*"))).where(*_received(period))
    for channel, ym, n in _run(query.group_by(Case.channel, month)):
        received[channel] = received.get(channel, 0) + n
        months.setdefault(ym, [0, 0, 0, 0])[0] += n
    refused = _count(_conditions(period, "acceptance_refused"))
    withdrawn = _count(_conditions(period, "withdrawn"))
    unclaimed = _count(_conditions(period, "unclaimed_returned"))

    taken, late_days, most_late, tally = _judge_results(period)
    documents = refusals = on_time = late = 0
    per_executor: dict[str, list[int]] = {}  # key -> results, on time, late
    for (executor, ym, is_refusal, is_late), n in tally.items():
        refusals += n * is_refusal
        documents += n * (not is_refusal)
        late += n * is_late
        on_time += n * (not is_late)
        line = per_executor.setdefault(NO_EXECUTOR if executor is None else str(executor),
                                       [0, 0, 0])
        line[0] += n
        line[2 if is_late else 1] += n
        counts = months.setdefault(ym, [0, 0, 0, 0])
        counts[1] += n * (not is_refusal)
        counts[2] += n
        counts[3] += n * (not is_late)
    middle = median(taken)
    return Statistics(
        period=period, channels=tuple(received), received_by_channel=received,
        documents=documents, motivated_refusals=refusals, acceptance_refused=refused,
        withdrawn=withdrawn, on_time=on_time, late=late, days_late=late_days,
        most_days_late=most_late,
        median_days=None if middle is None else middle / OFFICE_DAY_SECONDS,
        longest_days=max(taken) / OFFICE_DAY_SECONDS if taken else None,
        unclaimed_returned=unclaimed, executors=_executor_lines(per_executor),
        months=_month_lines(period, months),
        **{key: _count(_conditions(period, key)) for key in HEARING_FIGURES},
    )


def _judge_results(period: Period):
    """One pass over the results of the period: (office seconds each took, working days late
    summed, the most of one, and how many there are per executor, month of signature,
    refusal or not, late or not). The loop does no more than it must: 67,000 results a year
    pass through it."""
    judge = TermJudge(work_calendar())
    measure, services = judge.measure, catalogue().services
    taken: list[int] = []
    late_days = most_late = 0
    tally: dict[tuple, int] = {}
    for service, executor, kind, accepted, signed in _run(_result_rows(period)):
        spent, over = measure(services[service], accepted, signed)
        taken.append(spent)
        if over > 0:
            days = days_late(over)
            late_days += days
            most_late = max(most_late, days)
        key = (executor, moment_text(signed)[:7], kind == MOTIVATED_REFUSAL, over > 0)
        tally[key] = tally.get(key, 0) + 1
    return taken, late_days, most_late, tally


def _count(conditions: list) -> int:
    return Case.select(fn.COUNT(SQL("*"))).where(*conditions).scalar()


def _result_rows(period: Period, *extra):
    return Case.select(Case.service, Case.executor, Case.result_kind, Case.accepted_at,
                       Case.signed_at).where(*_signed(period), *extra)


def _executor_lines(per_executor: dict[str, list[int]]) -> tuple[ExecutorLine, ...]:
    ids = [int(k) for k in per_executor if k != NO_EXECUTOR]
    names = dict(User.select(User.id, User.full_name).where(User.id.in_(ids)).tuples()) \
        if ids else {}
    lines = [ExecutorLine(k, names.get(int(k), "") if k != NO_EXECUTOR else "", *v)
             for k, v in per_executor.items()]
    # The executors by name; "no executor" last.
    lines.sort(key=lambda e: (e.key == NO_EXECUTOR, e.name.casefold()))
    return tuple(lines)


def _month_lines(period: Period, months: dict[str, list[int]]) -> tuple[MonthLine, ...]:
    lines = []
    current = period.first.replace(day=1)
    while current <= period.last:
        received, documents, results, on_time = months.get(current.strftime("%Y-%m"),
                                                          [0, 0, 0, 0])
        lines.append(MonthLine(current, received, documents, results, on_time))
        current = (current + timedelta(days=32)).replace(day=1)
    return tuple(lines)


# --- the cases behind a figure ------------------------------------------------------------------


def figure_cases(session: Session, period: Period, key: str) -> list[CaseRow]:
    """The cases behind the figure `key` (as `figure_lines` names them), in number order."""
    user = acting_user(session, *LIST_READERS)
    access.require_case_reader(user)
    check_period(period.first, period.last)
    check_service(period.service)
    conditions = _conditions(period, key)
    if conditions is not None:
        return queries.rows_where(user, conditions)
    return queries.rows_by_ids(user, _term_case_ids(period, key))


def _term_case_ids(period: Period, key: str) -> list[int]:
    """The results behind a figure of terms: judged again, one by one."""
    extra = []
    wanted = key
    if key.startswith("executor:"):
        _, who, wanted = key.split(":", 2)
        extra.append(_executor_is(who))
    if wanted not in TERM_KEYS:
        raise DomainError("unknown_figure", f"no figure '{key}'", figure=key)
    judge = TermJudge(work_calendar())
    services = catalogue().services
    query = Case.select(Case.id, Case.service, Case.accepted_at, Case.signed_at).where(
        *_signed(period), *extra)
    measured = [(case_id, *judge.measure(services[s], a, b)) for case_id, s, a, b in _run(query)]
    if wanted == "on_time":
        return [i for i, _, over in measured if over <= 0]
    if wanted in ("late", "days_late"):
        return [i for i, _, over in measured if over > 0]
    if wanted == "most_days_late":
        most = max((days_late(over) for _, _, over in measured), default=0)
        return [i for i, _, over in measured if most and days_late(over) == most]
    if wanted == "longest_days":
        longest = max((spent for _, spent, _ in measured), default=None)
        return [i for i, spent, _ in measured if spent == longest]
    return [i for i, _, _ in measured]  # the median is taken over every result

"""Reads the workspaces need: the registry with search and filters, inboxes, load, deadlines.

Every query asks the one access policy (`desktop.services.accounts.access`) who may see what: an
executor sees only the cases assigned to them, the admin sees no case content at all, the book
of duplicates is the head's and the clerk's. Filtering, sorting and paging happen in SQL
(indexed), so the registry stays quick with 100,000 cases.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from peewee import fn

from desktop.domain import deadlines, workflow
from desktop.services.accounts import access
from desktop.services.accounts.names import full_names, name_of
from desktop.services.accounts.session import Session, acting_user
from desktop.services.cases import registry_sql
from desktop.services.cases.casework import load_case
from desktop.services.cases.content import read_draft
from desktop.services.cases.desk_norms import desk_times_of
from desktop.services.cases.registry_rows import CaseRow
from desktop.services.cases.state_corp import storage_ends_of
from desktop.services.errors import PermissionDenied
from desktop.services.reference import now, work_calendar
from desktop.services.results import registry as result_kinds
from desktop.store.connection import execute_text
from desktop.store.models import (
    Applicant,
    Case,
    CaseDocument,
    PrintRecord,
    StateCorpEvent,
    User,
)
from desktop.store.models.blanks import Blank


@dataclass
class CaseFilter:
    text: str = ""  # IIN, name or registration number (prefix)
    service: str | None = None
    states: tuple[str, ...] = ()
    # Status codes as the registry shows them (workflow.STATUSES): "issued" is a document
    # issued, "refusal_handed" a motivated refusal handed over.
    statuses: tuple[str, ...] = ()
    channel: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    executor_id: int | None = None
    overdue_only: bool = False
    due_by: datetime | None = None  # cases due at or before this moment


@dataclass(frozen=True)
class BookEntry:
    """One line of the book of issued duplicates."""

    book_number: str
    signed_at: datetime
    issued_at: datetime | None
    issued_to: str
    reg_number: str
    person: str
    name_as_written: str
    original_series: str
    original_number: str
    original_issued_on: date | None
    new_blank_series: str
    new_blank_number: str


@dataclass
class CaseDetail:
    id: int
    version: int
    reg_number: str
    service: str
    channel: str
    external_number: str
    state: str
    language: str
    submitted_at: datetime
    accepted_at: datetime
    due_at: datetime | None
    deadline_status: str | None
    overdue_minutes: int
    applicant_iin: str
    applicant_surname: str
    applicant_name: str
    applicant_patronymic: str
    applicant_birth_date: date
    applicant_phone: str
    representative_name: str
    representative_document: str
    reason: str
    name_changed: bool
    executor_id: int | None
    executor_name: str
    clerk_name: str
    result_kind: str
    refusal_reason: str
    rework_comment: str
    verification_code: str
    signed_at: datetime | None
    issued_at: datetime | None
    issued_to: str
    documents: list[tuple[str, bool, bool]] = field(default_factory=list)
    state_corp_events: list[tuple[str, datetime]] = field(default_factory=list)
    # The executor's draft of the result: its kind's input dataclass (see result_kinds).
    draft: object | None = None
    book_number: str = ""
    allowed_actions: list[str] = field(default_factory=list)
    # Each print of the issued result: (when, who, printer, a copy?), oldest first.
    prints: list[tuple[datetime, str, str, bool]] = field(default_factory=list)
    # Each strict-accountability blank the result was printed on: ("series number", its state
    # "used" or "spoiled", when it got that state), oldest first.
    blanks: list[tuple[str, str, datetime | None]] = field(default_factory=list)
    # At the State Corporation: when its month of storage ends (it may return the result then).
    storage_ends: datetime | None = None
    # The registration and the issue against their norms in minutes (desk_norms.DeskTime).
    desk_times: list = field(default_factory=list)

    @property
    def applicant_full_name(self) -> str:
        parts = (self.applicant_surname, self.applicant_name, self.applicant_patronymic)
        return " ".join(p for p in parts if p)


def _reader(session: Session, *roles: str) -> User:
    user = acting_user(session, *roles)
    access.require_case_reader(user)
    return user


def _where(user: User, f: CaseFilter, *, listing: bool) -> registry_sql.Where:
    """What this user may read of the filter, as conditions on the case (see `case_sql`)."""
    where = registry_sql.Where()
    restriction = access.case_restriction_sql(user)
    if restriction is not None:
        where.add(restriction[0], *restriction[1])
    if f.executor_id is not None:
        where.add("c.executor_id = ?", f.executor_id)
    if f.text.strip():
        registry_sql.text_condition(where, f.text, listing=listing)
    if f.service:
        where.add("c.service = ?", f.service)
    if f.states:
        where.add(f"c.state IN ({registry_sql.marks(len(f.states))})", *f.states)
    if f.statuses:
        registry_sql.status_condition(where, f.statuses)
    if f.channel:
        where.add("c.channel = ?", f.channel)
    registry_sql.date_range(where, f.date_from, f.date_to)
    if f.overdue_only:
        where.add("c.due_at < ?", now())
    if f.due_by:
        where.add("c.due_at <= ?", f.due_by)
    return where


def every_case(session: Session, f: CaseFilter, *, chunk: int = 2000,
               progress: Callable[[int, int], None] | None = None) -> list[CaseRow]:
    """Every case of the filter this user may read, in number order, read by one query (a
    register of a year): paging it would sort the period's rows again for every page (the
    journal of 100,000 cases took 200 queries of 50 ms)."""
    user = _reader(session)
    where = _where(user, f, listing=False)
    total = (registry_sql.run(registry_sql.count_statement(where), where.params)[0][0]
             if progress else 0)
    sql = registry_sql.rows_statement(where) + registry_sql.order("reg_number", False)
    cursor = execute_text(sql, where.params)
    rows: list[CaseRow] = []
    while batch := cursor.fetchmany(chunk):
        rows.extend(CaseRow.rows(batch))
        if progress:
            progress(len(rows), total)
    return rows


def list_cases(
    session: Session, f: CaseFilter | None = None, *, sort: str = "reg_number",
    descending: bool = True, offset: int = 0, limit: int = 200, after: tuple | None = None,
) -> list[CaseRow]:
    """A page of the cases this user may see. `after` is the `position` of the row just
    before the page (keyset paging: the index is entered right there, however deep); an
    `offset` without it first finds that row by reading only the sort columns."""
    user = _reader(session)
    sort = sort if sort in registry_sql.SORTABLE else "reg_number"
    where = _where(user, f or CaseFilter(), listing=True)
    if where.matches_nothing:
        return []
    if after is None and offset > 0:
        found = registry_sql.run(registry_sql.keys_statement(where, sort, descending),
                             [*where.params, offset - 1])
        if not found:
            return []
        after = tuple(found[0])
    if after is not None:
        registry_sql.after(where, sort, descending, after)
    sql = registry_sql.page_statement(where, sort, descending)
    return CaseRow.rows(registry_sql.run(sql, [*where.params, limit]))


# Ids are asked for in chunks: a backend limits the parameters of one statement.
IDS_PER_QUERY = 500


def rows_where(user: User, conditions: list) -> list[CaseRow]:
    """Every case matching `conditions` (peewee conditions on `Case`) that `user` may read, in
    order of acceptance (for a report's figure: the caller has checked the user's session and
    role)."""
    ids = Case.select(Case.id)
    for condition in conditions:
        ids = ids.where(condition)
    sql, params = ids.sql()
    where = registry_sql.Where()
    restriction = access.case_restriction_sql(user)
    if restriction is not None:
        where.add(restriction[0], *restriction[1])
    # The peewee query is placed whole (its own aliases) and its marks made the same as ours:
    # so its conditions must pass every value as a parameter (no "?" or "%" in their SQL).
    where.add(f"c.id IN ({sql.replace('%s', '?')})", *params)
    statement = registry_sql.rows_statement(where) + " ORDER BY c.accepted_at, c.id"
    return CaseRow.rows(registry_sql.run(statement, where.params))


def rows_by_ids(user: User, ids: list[int]) -> list[CaseRow]:
    """The cases of `ids` that `user` may read, in order of acceptance."""
    rows = []
    for start in range(0, len(ids), IDS_PER_QUERY):
        rows.extend(rows_where(user, [Case.id.in_(ids[start:start + IDS_PER_QUERY])]))
    rows.sort(key=lambda r: (r.accepted_at, r.id))
    return rows


def count_cases(session: Session, f: CaseFilter | None = None) -> int:
    user = _reader(session)
    where = _where(user, f or CaseFilter(), listing=False)
    return registry_sql.run(registry_sql.count_statement(where), where.params)[0][0]


def overdue(session: Session) -> list[CaseRow]:
    return list_cases(session, CaseFilter(overdue_only=True), sort="due_at", descending=False)


def head_inbox(session: Session) -> list[CaseRow]:
    """Applications waiting for an executor to be assigned."""
    _reader(session, "head")
    f = CaseFilter(states=(workflow.REGISTERED,))
    return list_cases(session, f, sort="due_at", descending=False, limit=1000)


def drafts_to_sign(session: Session) -> list[CaseRow]:
    """Drafts waiting for the head's signature, and the refusals waiting for the head: a
    proposal to decide on, a hearing to record, a refusal the hearing confirmed to sign."""
    _reader(session, "head")
    f = CaseFilter(states=(workflow.DRAFT_SUBMITTED, workflow.REFUSAL_PROPOSED,
                           workflow.HEARING_NOTIFIED, workflow.REFUSAL_CONFIRMED))
    return list_cases(session, f, sort="due_at", descending=False, limit=1000)


def my_assignments(session: Session) -> list[CaseRow]:
    _reader(session, "executor")
    f = CaseFilter(states=(workflow.ASSIGNED, workflow.REWORK))
    return list_cases(session, f, sort="due_at", descending=False, limit=1000)


def duplicates_book(session: Session, first: date, last: date) -> list[BookEntry]:
    """Documents entered in the book of issued documents (the duplicates) signed in the period,
    in book order."""
    user = _reader(session)
    access.require_book_reader(user)
    start = datetime.combine(first, datetime.min.time())
    end = datetime.combine(last + timedelta(days=1), datetime.min.time())
    entries = []
    for kind in result_kinds.book_kinds():
        model = kind.model
        query = (
            Case.select(Case, Applicant, model)
            .join(Applicant, on=(Case.applicant == Applicant.id))
            .switch(Case)
            .join(model, on=(model.case == Case.id), attr="content")
            .where(access.visible_cases(user))
            .where((Case.result_kind == kind.code)
                   & (Case.signed_at >= start) & (Case.signed_at < end))
            .order_by(Case.signed_at, Case.id)
        )
        for c in query:
            a, x = c.applicant, c.content
            entries.append(BookEntry(
                book_number=x.book_number, signed_at=c.signed_at, issued_at=c.issued_at,
                issued_to=c.issued_to, reg_number=c.reg_number,
                person=" ".join(p for p in (a.surname, a.name, a.patronymic) if p),
                name_as_written=x.name_as_written, original_series=x.original_series,
                original_number=x.original_number, original_issued_on=x.original_issued_on,
                new_blank_series=x.new_blank_series, new_blank_number=x.new_blank_number,
            ))
    return entries


def executor_load(session: Session) -> dict[int, int]:
    """Open cases per executor, for the head's choice."""
    user = _reader(session, "head")
    open_states = [workflow.ASSIGNED, workflow.REWORK, workflow.DRAFT_SUBMITTED]
    query = (
        Case.select(Case.executor, fn.COUNT(Case.id).alias("n"))
        .where(Case.state.in_(open_states) & Case.executor.is_null(False)
               & access.visible_cases(user))
        .group_by(Case.executor)
    )
    return {row.executor_id: row.n for row in query}


def get_case(session: Session, case_id: int) -> CaseDetail:
    user = _reader(session)
    case = load_case(case_id)
    access.require_read(user, case)
    a = Applicant.get_by_id(case.applicant_id)
    executor = User.get_or_none(User.id == case.executor_id) if case.executor_id else None
    clerk = User.get_by_id(case.created_by_id)
    moment = now()
    cal = work_calendar()
    detail = CaseDetail(
        id=case.id, version=case.version, reg_number=case.reg_number, service=case.service,
        channel=case.channel, external_number=case.external_number, state=case.state,
        language=case.language, submitted_at=case.submitted_at, accepted_at=case.accepted_at,
        due_at=case.due_at, deadline_status=deadlines.deadline_status(case.due_at, moment),
        overdue_minutes=deadlines.overdue_minutes(case.due_at, moment, cal),
        applicant_iin=a.iin, applicant_surname=a.surname, applicant_name=a.name,
        applicant_patronymic=a.patronymic, applicant_birth_date=a.birth_date,
        applicant_phone=a.phone, representative_name=case.representative_name,
        representative_document=case.representative_document, reason=case.reason,
        name_changed=case.name_changed, executor_id=case.executor_id,
        executor_name=executor.full_name if executor else "", clerk_name=clerk.full_name,
        result_kind=case.result_kind, refusal_reason=case.refusal_reason,
        rework_comment=case.rework_comment, verification_code=case.verification_code,
        signed_at=case.signed_at, issued_at=case.issued_at, issued_to=case.issued_to,
    )
    detail.documents = [
        (d.code, d.presented, d.expired)
        for d in CaseDocument.select().where(CaseDocument.case == case.id).order_by(
            CaseDocument.id
        )
    ]
    detail.state_corp_events = [
        (e.kind, e.at)
        for e in StateCorpEvent.select().where(StateCorpEvent.case == case.id).order_by(
            StateCorpEvent.at
        )
    ]
    if case.state == workflow.AT_STATE_CORP:
        detail.storage_ends = storage_ends_of(case)
    detail.desk_times = desk_times_of(case)
    detail.draft = read_draft(case)
    kind = result_kinds.document_of(case.service)
    if kind.book_counter:
        row = kind.model.get_or_none(kind.model.case == case.id)
        detail.book_number = row.book_number if row else ""
    detail.allowed_actions = access.allowed_actions(user, case)
    names = full_names()
    detail.prints = [
        (p.at, name_of(p.username, names), p.printer, p.copy)
        for p in PrintRecord.select().where(PrintRecord.case == case.id).order_by(PrintRecord.id)
    ]
    detail.blanks = [
        (f"{b.series} {b.label}", b.state, b.state_at)
        for b in Blank.select().where(Blank.case == case.id).order_by(Blank.used_at, Blank.id)
    ]
    return detail


def open_cases_of(session: Session, iin: str, service: str) -> list[CaseRow]:
    """Open cases (not refused, issued or withdrawn) of the same person for the same service:
    the clerk is warned before registering the same application twice."""
    user = _reader(session)
    if user.role != "clerk":
        raise PermissionDenied("role_not_allowed", "only the office registers applications")
    final = sorted(workflow.FINAL_STATES)
    where = registry_sql.Where()
    where.add("a.iin = ? AND c.service = ?", iin, service)
    where.add(f"c.state NOT IN ({registry_sql.marks(len(final))})", *final)
    statement = registry_sql.rows_statement(where) + " ORDER BY c.reg_year, c.reg_seq"
    return CaseRow.rows(registry_sql.run(statement, where.params))

"""Reads the workspaces need: the registry with search and filters, inboxes, load, deadlines.

Every query asks the one access policy (`desktop.services.access`) who may see what: an
executor sees only the cases assigned to them, the admin sees no case content at all, the book
of duplicates is the head's and the clerk's. Filtering, sorting and paging happen in SQL
(indexed), so the registry stays quick with 100,000 cases.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta

from peewee import JOIN, SQL, Tuple, fn

from desktop.domain import deadlines, workflow
from desktop.services import access, result_kinds
from desktop.services.casework import load_case
from desktop.services.content import read_draft
from desktop.services.desk_norms import desk_times_of
from desktop.services.errors import PermissionDenied
from desktop.services.reference import now, work_calendar
from desktop.services.session import Session, acting_user
from desktop.services.state_corp import storage_ends_of
from desktop.store.connection import is_sqlite
from desktop.store.models import (
    Applicant,
    Case,
    CaseDocument,
    PrintRecord,
    StateCorpEvent,
    User,
)

# The columns each order sorts by; the case id is added last as the unique tiebreaker, so that
# a page can start right after a known row (keyset paging). "service" goes on by number, which
# the unique (service, reg_year, reg_seq) index already keeps in order.
SORTABLE = {
    "reg_number": (Case.reg_year, Case.reg_seq),
    "accepted_at": (Case.accepted_at,),
    "due_at": (Case.due_at,),
    "state": (Case.state,),
    "service": (Case.service, Case.reg_year, Case.reg_seq),
    "applicant": (Applicant.sort_name,),
}
# Sort columns that may be NULL (where NULL sorts is the backend's: see _after).
NULLABLE_SORT = frozenset({"due_at"})
# Below this many matching cases a name or number search reads them by their indexes and sorts
# them; above it, walking the sort order's index finds a page of matches sooner.
FEW_MATCHES = 1500


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
class CaseRow:
    id: int
    reg_number: str
    service: str
    channel: str
    state: str
    applicant_name: str
    iin: str
    accepted_at: datetime
    due_at: datetime | None
    executor_name: str
    version: int
    external_number: str = ""
    signed_at: datetime | None = None
    issued_at: datetime | None = None
    result_kind: str = ""
    # Where the row stands in the order it was read in (sort values, then the id), as the
    # database holds them: `list_cases(after=...)` starts the next page right after it.
    position: tuple = field(default=(), compare=False, repr=False)


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


def _text_conditions(text: str, *, listing: bool) -> tuple[list, bool]:
    """A prefix of the IIN, of the registration number, or of the full name (surname first),
    shaped for the indexes: (conditions on the case, whether they need the applicant joined)."""
    term = " ".join(text.split()).casefold()
    upper = term + "\uffff"
    if term.isdigit():
        by_iin = Applicant.select(Applicant.id).where(
            (Applicant.iin >= term) & (Applicant.iin < upper))
        return [Case.applicant.in_(by_iin)], False
    # Numbers are stored in capitals ("АН-2026/00012"): compare in capitals to use the index.
    number = " ".join(text.split()).upper()
    by_number = (Case.reg_number >= number) & (Case.reg_number < number + "\uffff")
    if term[0].isdigit():
        # Users type the number without its prefix ("2026/00012"): match the tail.
        return [Case.reg_number.endswith(text.strip())], False
    if any(ch.isdigit() for ch in term):
        return [by_number], False
    # The names are kept case-folded in Python (search_name), so Kazakh letters match in any
    # case on both backends. One OR across two tables makes SQLite read every case when few
    # match: then each half is an indexed lookup on the case table (a union of both).
    in_range = (Applicant.search_name >= term) & (Applicant.search_name < upper)
    if listing:
        # How many applicants and numbers match, up to FEW_MATCHES + 1, from the indexes alone.
        run = Case._meta.database.execute
        names = [i for (i,) in run(
            Applicant.select(Applicant.id).where(in_range).limit(FEW_MATCHES + 1)).fetchall()]
        numbers = run(Case.select(Case.id).where(by_number).limit(FEW_MATCHES + 1)).fetchall()
        if len(names) + len(numbers) <= FEW_MATCHES:
            return [Case.applicant.in_(names) | by_number] if names else [by_number], False
        # Many matches: walking the order's index meets a page of them within a few thousand
        # rows, which costs less than reading and sorting every match.
        return [in_range | by_number], True
    return [Case.applicant.in_(Applicant.select(Applicant.id).where(in_range)) | by_number], False


def _status_condition(codes: tuple[str, ...]):
    parts = []
    for code in codes:
        state, refusal = workflow.status_condition(code)
        condition = Case.state == state
        if refusal is True:
            condition &= Case.result_kind == workflow.MOTIVATED_REFUSAL
        elif refusal is False:
            condition &= Case.result_kind != workflow.MOTIVATED_REFUSAL
        parts.append(condition)
    combined = parts[0]
    for part in parts[1:]:
        combined |= part
    return combined


def _conditions(user: User, f: CaseFilter, *, listing: bool) -> tuple[list, bool]:
    """The filter as conditions on the case, and whether they need the applicant joined."""
    restriction = access.case_restriction(user)
    conditions = [] if restriction is None else [restriction]
    needs_applicant = False
    if f.executor_id is not None:
        conditions.append(Case.executor == f.executor_id)
    if f.text.strip():
        found, needs_applicant = _text_conditions(f.text, listing=listing)
        conditions.extend(found)
    if f.service:
        conditions.append(Case.service == f.service)
    if f.states:
        conditions.append(Case.state.in_(list(f.states)))
    if f.statuses:
        conditions.append(_status_condition(f.statuses))
    if f.channel:
        conditions.append(Case.channel == f.channel)
    if f.date_from:
        conditions.append(Case.accepted_at >= datetime.combine(f.date_from, datetime.min.time()))
    if f.date_to:
        end = datetime.combine(f.date_to + timedelta(days=1), datetime.min.time())
        conditions.append(Case.accepted_at < end)
    if f.overdue_only:
        conditions.append(Case.due_at < now())
    if f.due_by:
        conditions.append(Case.due_at <= f.due_by)
    return conditions, needs_applicant


def _where(query, conditions: list):
    for condition in conditions:
        query = query.where(condition)
    return query


def _moment(value):
    """SQLite hands datetimes back as ISO text; PostgreSQL as datetimes already."""
    return datetime.fromisoformat(value) if isinstance(value, str) else value


_EXECUTOR = User.alias()
# Only what a row shows (never another user's columns but the executor's name), read as plain
# tuples: building model objects per row cost more than the query.
_ROW_COLUMNS = (
    Case.id, Case.reg_number, Case.service, Case.channel, Case.state, Applicant.surname,
    Applicant.name, Applicant.patronymic, Applicant.iin, Case.accepted_at, Case.due_at,
    _EXECUTOR.full_name, Case.version, Case.external_number, Case.signed_at, Case.issued_at,
    Case.result_kind,
)


_ROW_FIELDS = tuple(f.name for f in fields(CaseRow))


def _rows(query) -> list[CaseRow]:
    """Run a query selecting _ROW_COLUMNS (then the sort columns and the id again)."""
    return _made_rows(Case._meta.database.execute(query).fetchall())


def _made_rows(tuples) -> list[CaseRow]:
    rows = []
    width = len(_ROW_COLUMNS)
    new = object.__new__
    for t in tuples:
        # A frozen dataclass's __init__ sets each field through object.__setattr__, which was
        # two thirds of the time for a page of 200 rows; these rows are read, not edited.
        row = new(CaseRow)
        row.__dict__.update(zip(_ROW_FIELDS, (
            t[0], t[1], t[2], t[3], t[4], " ".join(p for p in (t[5], t[6], t[7]) if p), t[8],
            _moment(t[9]), _moment(t[10]), t[11] or "", t[12], t[13], _moment(t[14]),
            _moment(t[15]), t[16], tuple(t[width:]),
        ), strict=True))
        rows.append(row)
    return rows


def every_case(session: Session, f: CaseFilter, *, chunk: int = 2000,
               progress: Callable[[int, int], None] | None = None) -> list[CaseRow]:
    """Every case of the filter this user may read, in number order, read by one query (a
    register of a year): paging it would sort the period's rows again for every page (the
    journal of 100,000 cases took 200 queries of 50 ms)."""
    user = _reader(session)
    conditions, _ = _conditions(user, f, listing=False)
    total = _where(Case.select(fn.COUNT(SQL("*"))), conditions).scalar() if progress else 0
    query = _row_query(conditions).order_by(*_order(SORTABLE["reg_number"], False))
    cursor = Case._meta.database.execute(query)
    rows: list[CaseRow] = []
    while batch := cursor.fetchmany(chunk):
        rows.extend(_made_rows(batch))
        if progress:
            progress(len(rows), total)
    return rows


def _row_query(conditions: list):
    return _where(
        Case.select(*_ROW_COLUMNS)
        .join(Applicant, on=(Case.applicant == Applicant.id))
        .switch(Case)
        .join(_EXECUTOR, JOIN.LEFT_OUTER, on=(Case.executor == _EXECUTOR.id)),
        conditions,
    )


def _order(columns: tuple, descending: bool) -> list:
    return [col.desc() if descending else col.asc() for col in (*columns, Case.id)]


def _after(columns: tuple, nullable: bool, descending: bool, position: tuple):
    """The rows that come after `position` (sort values, then the id) in this order."""
    key = Tuple(*columns, Case.id)
    values = Tuple(*position)
    beyond = key < values if descending else key > values
    if not nullable:
        return beyond
    # Each backend keeps its own place for NULL, the one its index is read in: SQLite's is
    # below every value, PostgreSQL's above (asking it for another would sort every row).
    nulls_low = is_sqlite()
    nulls_last = descending == nulls_low
    (column,), (value, last_id) = columns, position
    if value is None:
        among_nulls = column.is_null() & (Case.id < last_id if descending else Case.id > last_id)
        return among_nulls if nulls_last else among_nulls | column.is_null(False)
    return (beyond | column.is_null()) if nulls_last else beyond


def list_cases(
    session: Session, f: CaseFilter | None = None, *, sort: str = "reg_number",
    descending: bool = True, offset: int = 0, limit: int = 200, after: tuple | None = None,
) -> list[CaseRow]:
    """A page of the cases this user may see. `after` is the `position` of the row just
    before the page (keyset paging: the index is entered right there, however deep); an
    `offset` without it first finds that row by reading only the sort columns."""
    user = _reader(session)
    f = f or CaseFilter()
    sort = sort if sort in SORTABLE else "reg_number"
    columns, nullable = SORTABLE[sort], sort in NULLABLE_SORT
    conditions, needs_applicant = _conditions(user, f, listing=True)
    order = _order(columns, descending)
    if after is None and offset > 0:
        # Only the sort columns (often from the index alone) are read for the skipped rows.
        keys = Case.select(*columns, Case.id)
        if sort == "applicant" or needs_applicant:
            keys = keys.join(Applicant, on=(Case.applicant == Applicant.id))
        found = Case._meta.database.execute(
            _where(keys, conditions).order_by(*order).offset(offset - 1).limit(1)).fetchall()
        if not found:
            return []
        after = tuple(found[0])
    if after is not None:
        conditions = [*conditions, _after(columns, nullable, descending, after)]
    query = _row_query(conditions).select_extend(*columns, Case.id).order_by(*order).limit(limit)
    return _rows(query)


# Ids are asked for in chunks: a backend limits the parameters of one statement.
IDS_PER_QUERY = 500


def rows_where(user: User, conditions: list) -> list[CaseRow]:
    """Every case matching `conditions` that `user` may read, in order of acceptance (for a
    report's figure: the caller has checked the user's session and role)."""
    restriction = access.case_restriction(user)
    extra = [] if restriction is None else [restriction]
    query = _row_query([*conditions, *extra]).order_by(Case.accepted_at, Case.id)
    return _rows(query)


def rows_by_ids(user: User, ids: list[int]) -> list[CaseRow]:
    """The cases of `ids` that `user` may read, in order of acceptance."""
    rows = []
    for start in range(0, len(ids), IDS_PER_QUERY):
        rows.extend(rows_where(user, [Case.id.in_(ids[start:start + IDS_PER_QUERY])]))
    rows.sort(key=lambda r: (r.accepted_at, r.id))
    return rows


def count_cases(session: Session, f: CaseFilter | None = None) -> int:
    """Counted on the case table alone: no filter needs the applicant or executor joined."""
    user = _reader(session)
    conditions, _ = _conditions(user, f or CaseFilter(), listing=False)
    return _where(Case.select(fn.COUNT(SQL("*"))), conditions).scalar()


def overdue(session: Session) -> list[CaseRow]:
    return list_cases(session, CaseFilter(overdue_only=True), sort="due_at", descending=False)


def head_inbox(session: Session) -> list[CaseRow]:
    """Applications waiting for an executor to be assigned."""
    _reader(session, "head")
    f = CaseFilter(states=(workflow.REGISTERED,))
    return list_cases(session, f, sort="due_at", descending=False, limit=1000)


def drafts_to_sign(session: Session) -> list[CaseRow]:
    _reader(session, "head")
    f = CaseFilter(states=(workflow.DRAFT_SUBMITTED,))
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
    detail.prints = [
        (p.at, p.username, p.printer, p.copy)
        for p in PrintRecord.select().where(PrintRecord.case == case.id).order_by(PrintRecord.id)
    ]
    return detail


def open_cases_of(session: Session, iin: str, service: str) -> list[CaseRow]:
    """Open cases (not refused, issued or withdrawn) of the same person for the same service:
    the clerk is warned before registering the same application twice."""
    user = _reader(session)
    if user.role != "clerk":
        raise PermissionDenied("role_not_allowed", "only the office registers applications")
    query = _row_query([
        (Applicant.iin == iin) & (Case.service == service)
        & (Case.state.not_in(list(workflow.FINAL_STATES)))
    ]).order_by(Case.reg_year, Case.reg_seq)
    return _rows(query)

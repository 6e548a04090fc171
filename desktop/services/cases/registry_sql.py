"""The registry's statements, written as SQL text with parameters.

Building one page's query with peewee (joins, seventeen columns, the order, the filter) and
compiling it cost more than SQLite took to run it, on every page and every count. These few
statements are written out here instead; everything else keeps using the models. Tables are
aliased c (case), a (applicant) and u (the executor's user row); values are always parameters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from desktop.domain import workflow
from desktop.services.cases.registry_rows import SELECT
from desktop.store.connection import execute_text, is_sqlite

# The columns each order sorts by; the case id is added last as the unique tiebreaker, so that
# a page can start right after a known row (keyset paging). "service" goes on by number, which
# the unique (service, reg_year, reg_seq) index already keeps in order.
SORTABLE = {
    "reg_number": ("c.reg_year", "c.reg_seq"),
    "accepted_at": ("c.accepted_at",),
    "due_at": ("c.due_at",),
    "state": ("c.state",),
    "service": ("c.service", "c.reg_year", "c.reg_seq"),
    "applicant": ("a.sort_name",),
}
# Sort columns that may be NULL (where NULL sorts is the backend's: see `after`).
NULLABLE_SORT = frozenset({"due_at"})
# Below this many matching cases a name or number search reads them by their indexes and sorts
# them; above it, walking the sort order's index finds a page of matches sooner.
FEW_MATCHES = 1500

_FROM = 'FROM "case" c'
_APPLICANT = " JOIN applicant a ON a.id = c.applicant_id"
_EXECUTOR = ' LEFT JOIN "user" u ON u.id = c.executor_id'


@dataclass
class Where:
    """Conditions on the case (ANDed) and their parameters, in order."""

    parts: list[str] = field(default_factory=list)
    params: list = field(default_factory=list)
    needs_applicant: bool = False  # a condition names a.*
    matches_nothing: bool = False  # known before running it: no case can match

    def add(self, sql: str, *params) -> None:
        self.parts.append(sql)
        self.params.extend(params)

    def sql(self) -> str:
        return " WHERE " + " AND ".join(f"({p})" for p in self.parts) if self.parts else ""


def marks(n: int) -> str:
    """n parameter marks, for an IN list."""
    return ", ".join("?" * n)


def run(sql: str, params) -> list[tuple]:
    return execute_text(sql, params).fetchall()


def text_condition(where: Where, text: str, *, listing: bool) -> None:
    """A prefix of the IIN, of the registration number, or of the full name (surname first),
    shaped for the indexes."""
    term = " ".join(text.split()).casefold()
    upper = term + "\uffff"
    if term.isdigit():
        where.add("c.applicant_id IN (SELECT id FROM applicant WHERE iin >= ? AND iin < ?)",
                  term, upper)
        return
    # Numbers are stored in capitals ("АН-2026/00012"): compare in capitals to use the index.
    number = " ".join(text.split()).upper()
    by_number = "c.reg_number >= ? AND c.reg_number < ?"
    if term[0].isdigit():
        # Users type the number without its prefix ("2026/00012"): match the tail.
        tail = text.strip().replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%")
        like = "LIKE" if is_sqlite() else "ILIKE"
        where.add(f"c.reg_number {like} ? ESCAPE ?", "%" + tail, "\\")
        return
    if any(ch.isdigit() for ch in term):
        where.add(by_number, number, number + "\uffff")
        return
    # The names are kept case-folded in Python (search_name), so Kazakh letters match in any
    # case on both backends. One OR across two tables makes SQLite read every case when few
    # match: then each half is an indexed lookup on the case table.
    by_name = "search_name >= ? AND search_name < ?"
    if not listing:
        where.add(f"c.applicant_id IN (SELECT id FROM applicant WHERE {by_name}) "
                  f"OR ({by_number})", term, upper, number, number + "\uffff")
        return
    # How many applicants and numbers match, up to FEW_MATCHES + 1 each, from the indexes
    # alone (one statement: 1 = an applicant's id, 2 = a case's).
    found = run(
        f"SELECT * FROM (SELECT 1, id FROM applicant WHERE {by_name} LIMIT ?) AS n "
        f"UNION ALL SELECT * FROM (SELECT 2, c.id {_FROM} WHERE {by_number} LIMIT ?) AS r",
        (term, upper, FEW_MATCHES + 1, number, number + "\uffff", FEW_MATCHES + 1))
    names = [i for (kind, i) in found if kind == 1]
    numbers = [i for (kind, i) in found if kind == 2]
    if len(names) + len(numbers) <= FEW_MATCHES:
        if names:
            where.add(f"c.applicant_id IN ({marks(len(names))}) OR ({by_number})",
                      *names, number, number + "\uffff")
        else:
            where.add(by_number, number, number + "\uffff")
            where.matches_nothing = not numbers
        return
    # Many matches: walking the order's index meets a page of them within a few thousand
    # rows, which costs less than reading and sorting every match.
    where.add(f"(a.search_name >= ? AND a.search_name < ?) OR ({by_number})",
              term, upper, number, number + "\uffff")
    where.needs_applicant = True


def status_condition(where: Where, codes: tuple[str, ...]) -> None:
    parts, params = [], []
    for code in codes:
        state, refusal = workflow.status_condition(code)
        if refusal is None:
            parts.append("c.state = ?")
            params.append(state)
        else:
            parts.append(f"c.state = ? AND c.result_kind {'=' if refusal else '<>'} ?")
            params.extend((state, workflow.MOTIVATED_REFUSAL))
    where.add(" OR ".join(f"({p})" for p in parts), *params)


def date_range(where: Where, first: date | None, last: date | None) -> None:
    """Accepted on `first` .. `last`, both days whole."""
    if first:
        where.add("c.accepted_at >= ?", datetime.combine(first, datetime.min.time()))
    if last:
        end = datetime.combine(last + timedelta(days=1), datetime.min.time())
        where.add("c.accepted_at < ?", end)


def order(sort: str, descending: bool) -> str:
    way = " DESC" if descending else ""
    return " ORDER BY " + ", ".join(c + way for c in (*SORTABLE[sort], "c.id"))


def after(where: Where, sort: str, descending: bool, position: tuple) -> None:
    """Only the rows that come after `position` (sort values, then the id) in this order."""
    columns = SORTABLE[sort]
    beyond = (f"({', '.join((*columns, 'c.id'))}) {'<' if descending else '>'} "
              f"({marks(len(position))})")
    if sort not in NULLABLE_SORT:
        where.add(beyond, *position)
        return
    # Each backend keeps its own place for NULL, the one its index is read in: SQLite's is
    # below every value, PostgreSQL's above (asking it for another would sort every row).
    nulls_last = descending == is_sqlite()
    (column,), (value, last_id) = columns, position
    if value is None:
        among_nulls = f"{column} IS NULL AND c.id {'<' if descending else '>'} ?"
        if nulls_last:
            where.add(among_nulls, last_id)
        else:
            where.add(f"({among_nulls}) OR {column} IS NOT NULL", last_id)
    elif nulls_last:
        where.add(f"{beyond} OR {column} IS NULL", *position)
    else:
        where.add(beyond, *position)


def rows_statement(where: Where) -> str:
    """SELECT of the row's columns over the conditions (add the order and the limit)."""
    return f"SELECT {SELECT} {_FROM}{_APPLICANT}{_EXECUTOR}{where.sql()}"


def page_statement(where: Where, sort: str, descending: bool) -> str:
    """A page's rows followed by their sort columns and the id (the row's `position`)."""
    keys = ", ".join((*SORTABLE[sort], "c.id"))
    return (f"SELECT {SELECT}, {keys} {_FROM}{_APPLICANT}{_EXECUTOR}{where.sql()}"
            f"{order(sort, descending)} LIMIT ?")


def keys_statement(where: Where, sort: str, descending: bool) -> str:
    """The sort columns and the id of the row at an OFFSET (often read from the index alone)."""
    keys = ", ".join((*SORTABLE[sort], "c.id"))
    join = _APPLICANT if sort == "applicant" or where.needs_applicant else ""
    return (f"SELECT {keys} {_FROM}{join}{where.sql()}{order(sort, descending)} "
            f"LIMIT 1 OFFSET ?")


def count_statement(where: Where) -> str:
    """Counted on the case table alone (no condition of a count names the applicant): with no
    condition at all SQLite counts the table from its b-tree."""
    if where.needs_applicant:
        raise ValueError("a count is never made over the applicant table")
    return f"SELECT COUNT(*) {_FROM}{where.sql()}"

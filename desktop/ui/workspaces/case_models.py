"""Qt table models of cases: the whole registry, paged from SQL, and short lists (inboxes).

The registry never holds more than a few pages of rows: `rowCount` is the SQL count, and a row
is fetched with its page of PAGE_SIZE when the view first paints it. Sorting and filtering are
done by the query, so 100,000 cases open as quickly as 100.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.domain import deadlines
from desktop.domain.dates import format_datetime
from desktop.services.accounts.session import Session
from desktop.services.cases import queries
from desktop.services.cases.queries import CaseFilter, CaseRow
from desktop.services.reference import now
from desktop.ui import code_names
from desktop.ui.workspaces.common import translate

PAGE_SIZE = 200
PAGES_KEPT = 30

# (key, header, SQL sort key or None when the column cannot be sorted)
COLUMNS = (
    ("reg_number", "Number", "reg_number"),
    ("applicant", "Applicant", "applicant"),
    ("service", "Service", "service"),
    ("state", "Status", "state"),
    ("due_at", "Due", "due_at"),
    ("iin", "IIN", None),
    ("accepted_at", "Accepted", "accepted_at"),
    ("channel", "Channel", None),
    ("executor", "Executor", None),
)
COLUMN_KEYS = tuple(c[0] for c in COLUMNS)
DEADLINE_COLOURS = {
    deadlines.ON_TIME: QColor("#dcf2dc"),
    deadlines.DUE_TODAY: QColor("#fde9b8"),
    deadlines.OVERDUE: QColor("#f7c6c6"),
}
CASE_ROW_ROLE = Qt.ItemDataRole.UserRole + 1
# Read once: each lookup of a Qt enum member goes through shiboken's Python machinery.
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ROLES = frozenset({_DISPLAY, _TOOLTIP, Qt.ItemDataRole.BackgroundRole, _FOREGROUND,
                    CASE_ROW_ROLE})


def _header(text: str) -> str:
    # The headers are listed in COLUMNS; lupdate reads them from here.
    names = {
        "Number": translate("CaseColumns", "Number"),
        "Service": translate("CaseColumns", "Service"),
        "Channel": translate("CaseColumns", "Channel"),
        "Status": translate("CaseColumns", "Status"),
        "Applicant": translate("CaseColumns", "Applicant"),
        "IIN": translate("CaseColumns", "IIN"),
        "Accepted": translate("CaseColumns", "Accepted"),
        "Due": translate("CaseColumns", "Due"),
        "Executor": translate("CaseColumns", "Executor"),
    }
    return names[text]


def deadline_text(status: str | None) -> str:
    return code_names.deadline_name(status)


def cell(row: CaseRow, key: str, lang: str) -> str:
    if key == "reg_number":
        return row.reg_number
    if key == "service":
        return code_names.service_name(row.service, lang)
    if key == "channel":
        return code_names.channel_name(row.channel)
    if key == "state":
        return code_names.status_name(row.state, row.result_kind)
    if key == "applicant":
        return row.applicant_name
    if key == "iin":
        return row.iin
    if key == "accepted_at":
        return format_datetime(row.accepted_at)
    if key == "due_at":
        return format_datetime(row.due_at)
    if key == "executor":
        return row.executor_name
    raise KeyError(key)


class _CaseColumnsModel(QAbstractTableModel):
    """Headers, cells and the deadline colour shared by the registry and the short lists."""

    def __init__(self, language, parent=None) -> None:
        super().__init__(parent)
        # A callable, because the user may switch the language while the model lives.
        self._language = language

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _header(COLUMNS[section][1])
        return None

    def row_at(self, row: int) -> CaseRow | None:
        raise NotImplementedError

    def data(self, index: QModelIndex | QPersistentModelIndex, role=_DISPLAY):
        # The view asks each cell for a dozen roles as it paints; most get nothing, at once.
        if role not in _ROLES or not index.isValid():
            return None
        case = self.row_at(index.row())
        if case is None:
            return "…" if role == _DISPLAY and index.column() == 0 else None
        key = COLUMN_KEYS[index.column()]
        if role == _DISPLAY:
            return self._cell(case, key)
        if role == CASE_ROW_ROLE:
            return case
        if key != "due_at":
            return self._cell(case, key) if role == _TOOLTIP else None
        if role == _FOREGROUND:
            return QBrush(QColor("#202020")) if case.due_at else None
        status = deadlines.deadline_status(case.due_at, now())
        if role == _TOOLTIP:
            return deadline_text(status) or None
        colour = DEADLINE_COLOURS.get(status or "")
        return QBrush(colour) if colour else None

    def _cell(self, case: CaseRow, key: str) -> str:
        # Only the service's name depends on the language; asking for it costs a lookup.
        return cell(case, key, self._language() if key == "service" else "")

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rowCount():
            last = self.index(self.rowCount() - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)


class RegistryModel(_CaseColumnsModel):
    """All the cases this user may see, filtered and sorted in SQL, fetched a page at a time."""

    def __init__(self, session: Session, language, parent=None) -> None:
        super().__init__(language, parent)
        self._session = session
        self._filter = CaseFilter()
        self._sort = "reg_number"
        self._descending = True
        self._count = 0
        self._pages: OrderedDict[int, list[CaseRow]] = OrderedDict()
        # Until the first reload the model only takes the sort and the filter it is given, so
        # that the view's setting up (sorting switched on, the sort indicator) reads nothing.
        self._loaded = False
        self.queries_run = 0  # pages fetched since the last reset; tests and the benchmark read it

    # --- what the view asks -------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def row_at(self, row: int) -> CaseRow | None:
        if not 0 <= row < self._count:
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(number)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][2]
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending) and self._loaded:
            return
        self._sort, self._descending = key, descending
        if self._loaded:
            self.reload()

    # --- what the workspace asks ---------------------------------------------------------
    @property
    def case_filter(self) -> CaseFilter:
        return replace(self._filter)

    @property
    def sort_key(self) -> tuple[str, bool]:
        return self._sort, self._descending

    def set_filter(self, case_filter: CaseFilter) -> None:
        self._filter = replace(case_filter)
        self.reload()

    def reload(self) -> None:
        """Read the count again and forget every cached page (after a change or a filter)."""
        self.beginResetModel()
        self._pages.clear()
        self.queries_run = 0
        self._loaded = True
        self._count = queries.count_cases(self._session, self._filter)
        self.endResetModel()

    def row_of_case(self, case_id: int) -> int | None:
        """The row of a case among the pages already fetched (to keep it selected)."""
        for number, page in self._pages.items():
            for offset, row in enumerate(page):
                if row.id == case_id:
                    return number * PAGE_SIZE + offset
        return None

    def _fetch(self, number: int) -> list[CaseRow]:
        start = number * PAGE_SIZE
        end = min(start + PAGE_SIZE, self._count)
        before, behind = self._pages.get(number - 1), self._pages.get(number + 1)
        forward = dict(sort=self._sort, descending=self._descending)
        backward = dict(sort=self._sort, descending=not self._descending)
        # Keyset paging: a page starts right after a neighbour's edge row, so scrolling costs
        # the same at row 100,000 as at row 1. The far half is read from the other end in the
        # reverse order (the id breaks ties, so it is exactly the reverse).
        if number == 0:
            page = self._list(limit=end - start, **forward)
        elif before:
            page = self._list(after=before[-1].position, limit=end - start, **forward)
        elif behind:
            page = self._list(after=behind[0].position, limit=end - start, **backward)[::-1]
        elif end == self._count:
            page = self._list(limit=end - start, **backward)[::-1]
        elif start <= self._count // 2:
            page = self._list(offset=start, limit=end - start, **forward)
        else:
            page = self._list(offset=self._count - end, limit=end - start, **backward)[::-1]
        self.queries_run += 1
        self._pages[number] = page
        while len(self._pages) > PAGES_KEPT:
            self._pages.popitem(last=False)
        return page

    def _list(self, **kwargs) -> list[CaseRow]:
        return queries.list_cases(self._session, self._filter, **kwargs)


class CaseListModel(_CaseColumnsModel):
    """A short list of cases already read (an inbox, my assignments, the dashboard)."""

    def __init__(self, language, parent=None) -> None:
        super().__init__(language, parent)
        self._rows: list[CaseRow] = []

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def row_at(self, row: int) -> CaseRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def set_rows(self, rows: list[CaseRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[CaseRow]:
        return list(self._rows)

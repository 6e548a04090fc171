"""The registry panel: search box, filters and the paged table of cases."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import workflow
from desktop.domain.catalogue import CHANNELS
from desktop.services.accounts.session import Session
from desktop.services.cases.queries import CaseFilter, CaseRow
from desktop.services.reference import catalogue, now
from desktop.ui import code_names
from desktop.ui.workspaces.case_models import (
    CASE_ROW_ROLE,
    COLUMN_KEYS,
    COLUMNS,
    RegistryModel,
)
from desktop.ui.workspaces.common import date_edit, ui_language

SEARCH_DELAY_MS = 300


def case_table(parent: QWidget | None = None) -> QTableView:
    """A read-only table of cases, one selected row at a time."""
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


def fit_columns(view: QTableView) -> None:
    """Widths for the usual contents, set once: sizing to contents would read every row."""
    widths = {"reg_number": 120, "service": 170, "channel": 170, "state": 170,
              "applicant": 230, "iin": 110, "accepted_at": 120, "due_at": 120,
              "executor": 190}
    header = view.horizontalHeader()
    for column, key in enumerate(COLUMN_KEYS):
        header.resizeSection(column, widths[key])
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)


def selected_row(view: QTableView) -> CaseRow | None:
    indexes = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not indexes:
        return None
    return view.model().data(indexes[0], CASE_ROW_ROLE)


class RegistryPanel(QWidget):
    """Search and filters above the table of all cases this user may see."""

    caseSelected = Signal(object)  # CaseRow or None
    caseActivated = Signal(object)  # CaseRow (double click / Enter)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.model = RegistryModel(session, lambda: ui_language(session), self)

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.service = QComboBox(self)
        self.state = QComboBox(self)
        self.channel = QComboBox(self)
        self.period = QCheckBox(self)
        today = now().date()
        self.date_from = date_edit(self)
        self.date_from.setDate(QDate(today.replace(day=1)))
        self.date_to = date_edit(self)
        self.date_to.setDate(QDate(today))
        self.count_label = QLabel(self)
        self.view = case_table(self)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        fit_columns(self.view)

        self.search.setMinimumWidth(180)
        for combo in (self.service, self.state, self.channel):
            # Long names must not widen the whole workspace: the list opens wide enough.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.view().setMinimumWidth(320)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # The search on a line of its own, the three lists below it: each list shows its
        # "All …" whole (its minimum length is set to it) even in the executor's narrow pane.
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        choices = QHBoxLayout()
        choices.addWidget(self.service, 1)
        choices.addWidget(self.state, 1)
        choices.addWidget(self.channel, 1)
        period = QHBoxLayout()
        period.addWidget(self.period)
        period.addWidget(self.date_from)
        self._dash = QLabel("—", self)
        period.addWidget(self._dash)
        period.addWidget(self.date_to)
        period.addStretch(1)
        period.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(choices)
        layout.addLayout(period)
        layout.addWidget(self.view, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_filter)
        for combo in (self.service, self.state, self.channel):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.period.toggled.connect(self._period_toggled)
        self.date_from.dateChanged.connect(self._period_changed)
        self.date_to.dateChanged.connect(self._period_changed)
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._sort_clicked)
        self.view.doubleClicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        # A click on the row already highlighted opens it again (another list may have
        # shown its case since).
        self.view.clicked.connect(self._selection_changed)

        self.retranslate()
        self._enable_period(False)
        self.apply_filter()  # the one load of the registry as it opens

    # --- filters ------------------------------------------------------------------------
    def retranslate(self) -> None:
        lang = ui_language(self._session)
        self.search.setPlaceholderText(self.tr("Search: IIN, surname or number"))
        self.period.setText(self.tr("Accepted from"))
        self.service.setToolTip(self.tr("Service"))
        self.state.setToolTip(self.tr("Status"))
        self.channel.setToolTip(self.tr("Channel"))
        self._fill(self.service, self.tr("All services"),
                   [(code, code_names.service_name(code, lang)) for code in catalogue().services])
        self._fill(self.state, self.tr("All statuses"),
                   [(code, code_names.state_name(code)) for code in workflow.STATUSES])
        self._fill(self.channel, self.tr("All channels"),
                   [(code, code_names.channel_name(code)) for code in CHANNELS])
        self.model.retranslate()
        self._show_count()

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        combo.setMinimumContentsLength(len(everything) + 1)
        for code, name in items:
            combo.addItem(name, code)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def current_filter(self) -> CaseFilter:
        status = self.state.currentData()
        f = CaseFilter(
            text=self.search.text().strip(),
            service=self.service.currentData(),
            statuses=(status,) if status else (),
            channel=self.channel.currentData(),
        )
        if self.period.isChecked():
            f.date_from = self.date_from.date().toPython()
            f.date_to = self.date_to.date().toPython()
        return f

    def apply_filter(self) -> None:
        self._search_timer.stop()
        chosen = selected_row(self.view)
        self.model.set_filter(self.current_filter())
        self._show_count()
        self._reselect(chosen.id if chosen else None)

    def reload(self, keep_case: int | None = None) -> None:
        chosen = selected_row(self.view)
        self.model.reload()
        self._show_count()
        self._reselect(keep_case or (chosen.id if chosen else None))

    def _period_toggled(self, on: bool) -> None:
        self._enable_period(on)
        self.apply_filter()

    def _enable_period(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)

    def _period_changed(self) -> None:
        if self.period.isChecked():
            self.apply_filter()

    def _sort_clicked(self, column: int, order) -> None:
        if COLUMNS[column][2] is None:
            # Not sortable in SQL: put the arrow back where the rows really are sorted.
            key, descending = self.model.sort_key
            back = next(i for i, c in enumerate(COLUMNS) if c[2] == key)
            header = self.view.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                back, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            )
            header.blockSignals(False)

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("Cases found: %1").replace(
            "%1", f"{self.model.rowCount():,}".replace(",", "\u00a0")))

    # --- selection ----------------------------------------------------------------------
    def selected(self) -> CaseRow | None:
        return selected_row(self.view)

    def select_case(self, case_id: int) -> bool:
        return self._reselect(case_id)

    def _reselect(self, case_id: int | None) -> bool:
        if case_id is not None:
            # Reading the first page is what the view will do anyway.
            self.model.row_at(0)
            row = self.model.row_of_case(case_id)
            if row is not None:
                self.view.selectRow(row)
                self.view.scrollTo(self.model.index(row, 0))
                return True
        self.view.clearSelection()
        self.caseSelected.emit(None)
        return False

    def _selection_changed(self, *_args) -> None:
        self.caseSelected.emit(selected_row(self.view))

    def _activated(self, index) -> None:
        row = self.model.data(index, CASE_ROW_ROLE)
        if row is not None:
            self.caseActivated.emit(row)


def period_of_month(today: date) -> tuple[date, date]:
    first = today.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return first, last


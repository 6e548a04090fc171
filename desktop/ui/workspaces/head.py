"""The head's workspace: assign executors, read and sign drafts (or return them, or refuse a
duplicate with grounds), and watch the deadlines."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import workflow
from desktop.domain.dates import format_datetime
from desktop.domain.errors import DomainError
from desktop.services.accounts import users
from desktop.services.accounts.session import Session
from desktop.services.cases import desk_norms, queries, steps
from desktop.services.cases.desk_norms import DeskTime
from desktop.services.cases.queries import CaseDetail, CaseFilter, CaseRow
from desktop.services.esign import signing as esign
from desktop.services.reference import now, work_calendar
from desktop.ui import code_names, messages, printing
from desktop.ui.workspaces.base import CaseWorkspace
from desktop.ui.workspaces.case_models import CaseListModel
from desktop.ui.workspaces.case_view import DEADLINE_HTML_COLOURS, CaseSummary
from desktop.ui.workspaces.common import confirm
from desktop.ui.workspaces.dialogs import ask_text
from desktop.ui.workspaces.esign_panel import EsignPanel, ncalayer_answers, sign_through_ncalayer
from desktop.ui.workspaces.hearing_dialogs import SIGN, GroundsDialog
from desktop.ui.workspaces.hearing_panel import HearingPanel
from desktop.ui.workspaces.registry import RegistryPanel, case_table, fit_columns, selected_row


def nearly_due_by(moment: datetime) -> datetime:
    """The end of the next working day: what is due by then needs attention now."""
    cal = work_calendar()
    return cal.end_of_day(cal.add_working_days(moment.date(), 1))


class CaseList(QWidget):
    """A titled short list of cases (an inbox or a dashboard list). `picked` says which case
    the user chose: a row newly selected, or a click on the row already highlighted (which
    must open it too: it stays highlighted while another tab or list is shown)."""

    picked = Signal(object)  # CaseRow

    def __init__(self, language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        self.model = CaseListModel(language, self)
        self.view: QTableView = case_table(self)
        self.view.setModel(self.model)
        fit_columns(self.view)
        self.view.selectionModel().selectionChanged.connect(self._chosen)
        self.view.clicked.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)

    def set_rows(self, rows: list[CaseRow], keep_case: int | None = None) -> None:
        self.model.set_rows(rows)
        if keep_case is not None:
            for number, row in enumerate(rows):
                if row.id == keep_case:
                    self.view.selectRow(number)

    def selected(self) -> CaseRow | None:
        return selected_row(self.view)

    def _chosen(self, *_args) -> None:
        row = self.selected()
        if row is not None:
            self.picked.emit(row)


class DeskTimesList(QWidget):
    """This month's registrations and issues against their norms of 15 and 30 minutes; a row
    clicked opens its case (`picked`: the case's id)."""

    picked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        self.table = QTableWidget(0, 4, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.times: list[DeskTime] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        self.table.cellClicked.connect(lambda row, _column: self.picked.emit(
            self.times[row].case_id))

    def set_times(self, times: list[DeskTime]) -> None:
        self.times = times
        self.retranslate()

    def retranslate(self) -> None:
        over = sum(1 for t in self.times if t.over)
        self.title.setText(self.tr("At the desk this month: %1 registrations and issues, %2 "
                                   "over their norm").replace("%1", str(len(self.times)))
                           .replace("%2", str(over)))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Step"), self.tr("Took"), self.tr("Norm")])
        self.table.setRowCount(len(self.times))
        for row, t in enumerate(self.times):
            step = self.tr("registration") if t.step == "register" else self.tr("issue")
            cells = (t.reg_number, f"{step}, {format_datetime(t.finished_at)}",
                     self.tr("%1 min").replace("%1", str(t.minutes)),
                     self.tr("%1 min").replace("%1", str(t.norm_minutes)))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if t.over:
                    item.setForeground(QColor(DEADLINE_HTML_COLOURS["overdue"]))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()


class HeadWorkspace(CaseWorkspace):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.inbox = CaseList(self.language, self)
        self.drafts = CaseList(self.language, self)
        self.overdue = CaseList(self.language, self)
        self.nearly_due = CaseList(self.language, self)
        self.dashboard = dashboard = QWidget(self)
        dash_layout = QVBoxLayout(dashboard)
        dash_layout.setContentsMargins(0, 0, 0, 0)
        dash_layout.addWidget(self.overdue, 1)
        dash_layout.addWidget(self.nearly_due, 1)
        self.desk_times = DeskTimesList(self)
        dash_layout.addWidget(self.desk_times, 1)
        self.registry = RegistryPanel(session, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.inbox, "")
        self.tabs.addTab(self.drafts, "")
        self.tabs.addTab(dashboard, "")
        self.tabs.addTab(self.registry, "")
        self.tabs.setCornerWidget(self.refresh_button)

        self.summary = CaseSummary(self.language, self)
        self.executor_label = QLabel(self)
        self.executor = QComboBox(self)
        self.assign_button = self.offer("assign", QPushButton(self))
        self.view_button = QPushButton(self)
        self.sign_button = self.offer("sign", QPushButton(self))
        self.return_button = self.offer("return_draft", QPushButton(self))
        self.refuse_button = self.offer("refuse", QPushButton(self))
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(6, 0, 0, 0)
        column.addWidget(self.summary, 1)
        self.esign = EsignPanel(session, self)
        self.esign.changed.connect(self._signed_electronically)
        column.addWidget(self.esign)
        column.addWidget(self.executor_label)
        assign_row = QHBoxLayout()
        assign_row.addWidget(self.executor, 1)
        assign_row.addWidget(self.assign_button)
        column.addLayout(assign_row)
        for button in (self.view_button, self.sign_button, self.return_button):
            column.addWidget(button)
        self.hearing = HearingPanel(self, ("decide_preliminary", "hearing_confirms"), side)
        column.addWidget(self.hearing)
        column.addWidget(self.refuse_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([880, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)

        for case_list in (self.inbox, self.drafts, self.overdue, self.nearly_due):
            case_list.picked.connect(lambda row, lst=case_list: self._picked_in(lst, row))
        self.desk_times.picked.connect(self.open_case)
        self.registry.caseSelected.connect(self._picked)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.assign_button.clicked.connect(self.assign)
        self.view_button.clicked.connect(self.view_draft)
        self.sign_button.clicked.connect(self.sign)
        self.return_button.clicked.connect(self.return_draft)
        self.refuse_button.clicked.connect(self.refuse)
        self.retranslateUi()
        self.reload_lists(registry=False)  # the registry loaded itself when built
        self.show_detail(None)

    def retranslateUi(self) -> None:
        super().retranslateUi()
        self.tabs.setTabText(0, self.tr("To assign (%1)").replace(
            "%1", str(self.inbox.model.rowCount())))
        self.tabs.setTabText(1, self.tr("To sign (%1)").replace(
            "%1", str(self.drafts.model.rowCount())))
        self.tabs.setTabText(2, self.tr("Deadlines"))
        self.tabs.setTabText(3, self.tr("All cases"))
        self.inbox.title.setText(self.tr("New applications waiting for an executor"))
        self.drafts.title.setText(self.tr(
            "Drafts waiting for your signature, and refusals waiting for your decision"))
        self.overdue.title.setText(self.tr("Overdue (%1)").replace(
            "%1", str(self.overdue.model.rowCount())))
        self.nearly_due.title.setText(self.tr("Due by the end of the next working day (%1)")
                                      .replace("%1", str(self.nearly_due.model.rowCount())))
        self.executor_label.setText(self.tr("Executor (open cases in brackets):"))
        self.assign_button.setText(self.tr("Assign"))
        self.view_button.setText(self.tr("View the draft"))
        self.sign_button.setText(self.tr("Sign"))
        self.return_button.setText(self.tr("Return for rework…"))
        self.refuse_button.setText(self.tr("Sign the motivated refusal…"))
        for case_list in (self.inbox, self.drafts, self.overdue, self.nearly_due):
            case_list.model.retranslate()
        self.desk_times.retranslate()
        self.registry.retranslate()
        self.summary.retranslate()
        self._fill_executors()

    # --- lists ------------------------------------------------------------------------------
    def reload_lists(self, keep_case: int | None = None, *, registry: bool = True) -> None:
        try:
            moment = now()
            self.inbox.set_rows(queries.head_inbox(self.session), keep_case)
            self.drafts.set_rows(queries.drafts_to_sign(self.session), keep_case)
            self.overdue.set_rows(queries.overdue(self.session), keep_case)
            soon = queries.list_cases(
                self.session, CaseFilter(due_by=nearly_due_by(moment)), sort="due_at",
                descending=False, limit=500)
            self.nearly_due.set_rows([r for r in soon if r.due_at and r.due_at >= moment],
                                     keep_case)
            today = moment.date()
            self.desk_times.set_times(desk_norms.desk_times_between(
                self.session, today.replace(day=1), today))
        except DomainError as exc:
            messages.show_error(self, exc)
        if registry:
            self.registry.reload(keep_case)
        self.retranslateUi()

    def refresh(self, case_id: int | None = None) -> None:
        self.reload_lists(case_id)
        self.open_case(case_id)

    def _tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        lists = {self.inbox: self.inbox.selected, self.drafts: self.drafts.selected,
                 self.registry: self.registry.selected,
                 self.dashboard: lambda: self.overdue.selected() or self.nearly_due.selected()}
        picked = lists.get(widget)
        self._picked(picked() if picked else None)

    def _picked_in(self, case_list: CaseList, row: CaseRow) -> None:
        # The Deadlines tab shows two lists: the case chosen in one is the only one highlighted.
        other = {self.overdue: self.nearly_due, self.nearly_due: self.overdue}.get(case_list)
        if other is not None:
            other.view.clearSelection()
        self._picked(row)

    def _picked(self, row: CaseRow | None) -> None:
        self.open_case(row.id if row is not None else None)

    def show_detail(self, detail: CaseDetail | None) -> None:
        super().show_detail(detail)
        self.summary.show_case(detail)
        self.esign.set_case(detail)
        self.hearing.set_case(detail)
        can_assign = detail is not None and "assign" in detail.allowed_actions
        self.executor.setEnabled(can_assign)
        # Only a draft waiting for the signature is a draft: once signed, the result is the
        # fixed record the office prints, and a preview marked ЖОБА would misstate it.
        self.view_button.setEnabled(
            detail is not None and detail.state == workflow.DRAFT_SUBMITTED
            and detail.result_kind != workflow.MOTIVATED_REFUSAL)
        if detail is not None and detail.executor_id is not None:
            index = self.executor.findData(detail.executor_id)
            if index >= 0:
                self.executor.setCurrentIndex(index)

    def _signed_electronically(self, case_id: int) -> None:
        self.refresh(case_id)
        self.caseChanged.emit(case_id)

    def _fill_executors(self) -> None:
        current = self.executor.currentData()
        try:
            people = users.executors(self.session)
            load = queries.executor_load(self.session)
        except DomainError as exc:
            messages.show_error(self, exc)
            return
        self.executor.clear()
        for person in sorted(people, key=lambda p: (load.get(p.id, 0), p.full_name)):
            if person.active:
                self.executor.addItem(f"{person.full_name} ({load.get(person.id, 0)})",
                                      person.id)
        index = self.executor.findData(current)
        self.executor.setCurrentIndex(index if index >= 0 else 0)

    # --- steps ------------------------------------------------------------------------------
    def assign(self) -> None:
        executor_id = self.executor.currentData()
        if executor_id is None:
            return
        self.run_step(lambda d: steps.assign_executor(self.session, d.id, d.version,
                                                      executor_id))

    def view_draft(self) -> None:
        d = self.detail
        if d is not None:
            printing.preview(self, lambda: printing.draft_pdf(self.session, d.id),
                             printing.file_title("draft", d))

    def sign(self) -> None:
        d = self.detail
        if d is None:
            return
        question = (self.tr("Sign the result of case %1 for %2? After signing it goes to the "
                            "office to be issued and can no longer be changed.")
                    .replace("%1", d.reg_number).replace("%2", d.applicant_full_name))
        if not esign.offers_electronic(d.service) or not ncalayer_answers():
            if confirm(self, self.tr("Sign"), question):
                self.run_step(lambda c: steps.sign(self.session, c.id, c.version))
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Sign"), question, parent=self)
        box.setInformativeText(self.tr(
            "NCALayer answers on this computer: you can also sign the result electronically "
            "with your key."))
        electronic = box.addButton(self.tr("Sign electronically…"),
                                   QMessageBox.ButtonRole.AcceptRole)
        paper = box.addButton(self.tr("Sign"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(electronic)
        box.exec()
        if box.clickedButton() is paper:
            self.run_step(lambda c: steps.sign(self.session, c.id, c.version))
        elif box.clickedButton() is electronic:
            sign_through_ncalayer(
                self, self.session,
                lambda: esign.prepare_signing(self.session, d.id, d.version),
                lambda prepared, pdf, cms: self.run_step(
                    lambda c: esign.sign_electronically(self.session, prepared, pdf, cms)))

    def return_draft(self) -> None:
        comment = ask_text(self, self.tr("Return for rework"), self.tr(
            "What must the executor correct? The executor will see this comment."))
        if comment:
            self.run_step(lambda d: steps.return_draft(self.session, d.id, d.version, comment))

    def refuse(self) -> None:
        d, info = self.detail, self.hearing.info
        if d is None or info is None:
            return
        dialog = GroundsDialog(d, SIGN, self, grounds=info.grounds, motivation=info.motivation)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.value():
            return
        motivation = dialog.value()
        # Signed like a result: the letter can no longer be changed afterwards.
        if confirm(self, self.tr("Sign the refusal"), self.tr(
                "Sign the motivated refusal of case %1 for %2? Language of the letter: %3. "
                "After signing it goes to the office to be issued and can no longer be "
                "changed.")
                .replace("%1", d.reg_number).replace("%2", d.applicant_full_name)
                .replace("%3", code_names.language_name(d.language))):
            self.run_step(lambda c: steps.refuse(self.session, c.id, c.version, motivation))

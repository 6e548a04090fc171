"""The executor's workspace: my assignments with their due time, the draft editor, submit."""

from __future__ import annotations

import logging
from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import format_datetime
from desktop.domain.errors import DomainError
from desktop.services.accounts.session import Session
from desktop.services.blanks import usage
from desktop.services.cases import content, queries, steps
from desktop.services.cases.queries import CaseDetail, CaseRow
from desktop.services.results import registry as result_kinds
from desktop.ui import code_names, messages

# Imported for what it registers: the editors of the kinds of result Kense ships.
from desktop.ui.workspaces import editors  # noqa: F401
from desktop.ui.workspaces.base import CaseWorkspace
from desktop.ui.workspaces.case_view import DEADLINE_HTML_COLOURS, CaseSummary
from desktop.ui.workspaces.draft_filling import DraftFilling
from desktop.ui.workspaces.draft_keeping import KEEP_AFTER_MS, DraftKeeping
from desktop.ui.workspaces.editor_registry import editor_class
from desktop.ui.workspaces.head import CaseList
from desktop.ui.workspaces.hearing_panel import HearingPanel
from desktop.ui.workspaces.registry import RegistryPanel

log = logging.getLogger("kense.ui")


class ExecutorWorkspace(DraftKeeping, DraftFilling, CaseWorkspace):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.assignments = CaseList(self.language, self)
        self.registry = RegistryPanel(session, self)
        self.lists = QTabWidget(self)
        self.lists.addTab(self.assignments, "")
        self.lists.addTab(self.registry, "")
        self.lists.setCornerWidget(self.refresh_button)

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.rework = QLabel(self)
        self.rework.setWordWrap(True)
        self.rework.setTextFormat(Qt.TextFormat.RichText)
        self.rework.setStyleSheet("background: #fff3cd; padding: 6px;")
        # One editor per kind of result the executor drafts that has one registered here.
        self.kind_editors = {kind.code: editor(self) for kind in result_kinds.all_kinds()
                             if (editor := editor_class(kind.code)) is not None}
        self.nothing = QLabel(self)
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing.setWordWrap(True)
        self.editors = QStackedWidget(self)
        for widget in (self.nothing, *self.kind_editors.values()):
            self.editors.addWidget(widget)
        # No scroll area around the editors: the transcript grid takes the free height and
        # scrolls itself (the fields above scroll on their own on a very low window).
        self.summary = CaseSummary(self.language, self)
        self.details = QTabWidget(self)
        self.details.addTab(self.editors, "")
        self.details.addTab(self.summary, "")
        self.archive_button = QPushButton(self)
        self.archive_button.setObjectName("fill_from_archive")
        self.save_button = QPushButton(self)
        self.submit_button = self.offer("submit_draft", QPushButton(self))
        self.dirty_label = QLabel(self)
        self.dirty_label.setStyleSheet("color: #8a5a00;")

        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(6, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.rework)
        column.addWidget(self.details, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.dirty_label, 1)
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.save_button)
        self.hearing = HearingPanel(self, ("propose_refusal",), right, compact=True)
        buttons.addWidget(self.hearing)
        buttons.addWidget(self.submit_button)
        column.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.lists)
        splitter.addWidget(right)
        # The editor's two columns of fields need the room more than the lists' columns.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)

        self._dirty = False
        self._keep_timer = QTimer(self)
        self._keep_timer.setSingleShot(True)
        self._keep_timer.setInterval(KEEP_AFTER_MS)
        self._keep_timer.timeout.connect(self.keep_unsaved)
        for editor in self.kind_editors.values():
            editor.changed.connect(self._edited)
            if hasattr(editor, "show_next_blank"):
                editor.changed.connect(lambda e=editor: self._hint_while_editing(e))
            editor.transcript.previousWanted.connect(self.start_from_previous)
        self.save_button.clicked.connect(self.save)
        self.archive_button.clicked.connect(self.fill_from_archive)
        self.submit_button.clicked.connect(self.submit)
        self.assignments.picked.connect(self._picked)
        self.registry.caseSelected.connect(self._picked)
        self.lists.currentChanged.connect(self._tab_changed)
        self.retranslateUi()
        self.reload_lists(registry=False)  # the registry loaded itself when built
        self.show_detail(None)

    def retranslateUi(self) -> None:
        super().retranslateUi()
        self.lists.setTabText(0, self.tr("My assignments (%1)").replace(
            "%1", str(self.assignments.model.rowCount())))
        self.lists.setTabText(1, self.tr("All my cases"))
        self.assignments.title.setText(self.tr("Cases assigned to me, the most urgent first"))
        self.details.setTabText(0, self.tr("Draft"))
        self.details.setTabText(1, self.tr("Application"))
        self.nothing.setText(self._nothing_text(self.detail))
        self.save_button.setText(self.tr("Save the draft"))
        self.archive_button.setText(self.tr("Fill from the archive…"))
        self.submit_button.setText(self.tr("Submit to the head"))
        for editor in self.kind_editors.values():
            editor.retranslate()
        self.assignments.model.retranslate()
        self.registry.retranslate()
        self.summary.retranslate()
        self._show_heading(self.detail)
        self._show_dirty()

    # --- lists ------------------------------------------------------------------------------
    def reload_lists(self, keep_case: int | None = None, *, registry: bool = True) -> None:
        try:
            self.assignments.set_rows(queries.my_assignments(self.session), keep_case)
        except DomainError as exc:
            messages.show_error(self, exc)
        if registry:
            self.registry.reload(keep_case)
        self.lists.setTabText(0, self.tr("My assignments (%1)").replace(
            "%1", str(self.assignments.model.rowCount())))

    def refresh(self, case_id: int | None = None) -> None:
        self.reload_lists(case_id)
        self._dirty = False
        self.open_case(case_id)

    def _tab_changed(self, index: int) -> None:
        picked = self.assignments.selected() if index == 0 else self.registry.selected()
        self._picked(picked)

    def _picked(self, row: CaseRow | None) -> None:
        if self.detail is not None and row is not None and row.id == self.detail.id:
            return
        self._offer_to_save()
        self._dirty = False
        self.open_case(row.id if row is not None else None)

    def refresh_now(self) -> None:
        self._offer_to_save()
        super().refresh_now()

    def editor_of(self, d: CaseDetail) -> QWidget | None:
        """The editor of the kind of result drafted in this case (None: a kind added as data
        with no editor on this screen; its drafts are then made elsewhere)."""
        return self.kind_editors.get(content.draft_kind(d.service).code)

    def _on_screen(self, d: CaseDetail):
        return self.editor_of(d).draft()

    # --- the case ---------------------------------------------------------------------------
    def _hint_next_blank(self, editor, detail: CaseDetail, draft=None) -> None:
        """An editor of a result on blanks shows which blank the signing would take now."""
        hint = getattr(editor, "show_next_blank", None)
        if hint is None:
            return
        try:
            hint(usage.next_blank(self.session, detail.id, draft))
        except Exception:  # only a hint: the signing decides and says why if it cannot
            log.warning("the next blank could not be read", exc_info=True)
            hint("")

    def _hint_while_editing(self, editor) -> None:
        """Another kind of document or blank series typed: the hint follows before a save."""
        if self.detail is not None and self.editors.currentWidget() is editor:
            self._hint_next_blank(editor, self.detail, editor.draft())

    def show_detail(self, detail: CaseDetail | None) -> None:
        super().show_detail(detail)
        self.summary.show_case(detail)
        self.hearing.set_case(detail)
        self._show_heading(detail)
        editable = detail is not None and "submit_draft" in detail.allowed_actions
        editor = self.editor_of(detail) if detail is not None else None
        if editor is None:
            self.nothing.setText(self._nothing_text(detail))
            self.editors.setCurrentWidget(self.nothing)
            editable = False
        else:
            editor.set_draft(detail.draft)
            self._hint_next_blank(editor, detail)
            self.editors.setCurrentWidget(editor)
        for each in self.kind_editors.values():
            each.clear_archive_marks()
            each.setEnabled(editable)
        self.save_button.setEnabled(editable)
        kind = content.draft_kind(detail.service) if detail is not None else None
        self.archive_button.setEnabled(editable and bool(kind.from_archive))
        self._keep_timer.stop()
        self._dirty = False
        self._show_dirty()
        if editable:
            self._offer_kept_copy(detail)

    def _nothing_text(self, d: CaseDetail | None) -> str:
        if d is None:
            return self.tr("Choose a case in the list on the left.")
        return self.tr("This screen has no editor for the result of this service. Ask the "
                       "administrator.")

    def _show_heading(self, d: CaseDetail | None) -> None:
        if d is None:
            self.heading.setText("")
            self.rework.hide()
            return
        iin_label, due_label = self.tr("IIN"), self.tr("Due")
        # The draft is written in the result's language: say which, so no other creeps in.
        language = self.tr("Language of the result: %1").replace(
            "%1", code_names.language_name(d.language))
        text = (f"<b>{escape(d.reg_number)}</b> — {escape(d.applicant_full_name)}, "
                f"{escape(iin_label)} {escape(d.applicant_iin)}"
                f" · {escape(code_names.service_name(d.service, self.language()))}"
                f" · {escape(code_names.status_name(d.state, d.result_kind))}"
                f"<br><b style='color:#8a5a00'>{escape(language)}</b>")
        if d.due_at:
            colour = DEADLINE_HTML_COLOURS.get(d.deadline_status or "", "#000")
            text += (f"<br>{escape(due_label)}: <b style='color:{colour}'>"
                     f"{escape(format_datetime(d.due_at))}</b> "
                     f"({escape(code_names.deadline_name(d.deadline_status))})")
        self.heading.setText(text)
        if d.rework_comment:
            self.rework.setText("<b>" + escape(self.tr("Returned for rework by the head:"))
                                + "</b><br>" + escape(d.rework_comment).replace("\n", "<br>"))
            self.rework.show()
        else:
            self.rework.hide()

    # --- submitting -------------------------------------------------------------------------
    def submit(self) -> None:
        d = self.detail
        if d is None or self._save() is None:
            return
        self.run_step(lambda c: steps.submit_draft(self.session, c.id, c.version))

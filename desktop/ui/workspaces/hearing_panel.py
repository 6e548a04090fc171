"""The refusal road on a case, for the role in front of it: where the road stands (grounds, the
hearing's day and place, the notice, the limits on the calendar), the one step this role takes
next, and the papers fixed so far to print (the notice, the protocol; reprints are copies)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain import workflow
from desktop.domain.dates import format_date, format_datetime
from desktop.domain.errors import DomainError
from desktop.services.cases import hearings
from desktop.services.cases.queries import CaseDetail
from desktop.services.reference import catalogue
from desktop.ui import messages, printing
from desktop.ui.retranslate import Retranslating
from desktop.ui.workspaces.hearing_dialogs import (
    DECIDE,
    PROPOSE,
    GroundsDialog,
    HearingDialog,
    NoticeDialog,
)

# The step each button takes, as the workflow names it.
STEPS = ("propose_refusal", "decide_preliminary", "send_notice", "hearing_confirms")


class HearingPanel(Retranslating, QWidget):
    def __init__(self, workspace, steps: tuple[str, ...], parent: QWidget | None = None, *,
                 compact: bool = False) -> None:
        """`compact`: the step's buttons only, in a row (where the screen's height is the
        editor's): no summary and no papers to print."""
        super().__init__(parent)
        self.workspace = workspace
        self.compact = compact
        self.info: hearings.HearingInfo | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self) if compact else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        for step in steps:
            button = workspace.offer(step, QPushButton(self))
            self.buttons[step] = button
            layout.addWidget(button)
        row = QHBoxLayout()
        self.print_notice = QPushButton(self)
        self.print_protocol = QPushButton(self)
        row.addWidget(self.print_notice)
        row.addWidget(self.print_protocol)
        layout.addLayout(row)
        for widget in (self.summary, self.print_notice, self.print_protocol):
            widget.setVisible(not compact)
        actions = {"propose_refusal": self.propose, "decide_preliminary": self.decide,
                   "send_notice": self.notice, "hearing_confirms": self.hearing}
        for step, button in self.buttons.items():
            button.clicked.connect(actions[step])
        self.print_notice.clicked.connect(lambda: self._print(workflow.HEARING_NOTICE))
        self.print_protocol.clicked.connect(lambda: self._print(workflow.HEARING_PROTOCOL))
        self.retranslateUi()
        self.set_case(None)

    def retranslateUi(self) -> None:
        names = {"propose_refusal": self.tr("Propose a refusal…"),
                 "decide_preliminary": self.tr("Preliminary decision to refuse…"),
                 "send_notice": self.tr("The notice of the hearing was handed or sent…"),
                 "hearing_confirms": self.tr("Record the hearing…")}
        for step, button in self.buttons.items():
            button.setText(names[step])
        self.print_notice.setText(self.tr("Notice…"))
        self.print_protocol.setText(self.tr("Protocol…"))
        self._show_summary()

    def set_case(self, detail: CaseDetail | None) -> None:
        self.detail = detail
        self.info = None
        road = detail is not None and catalogue()[detail.service].motivated_refusal
        if road:
            try:
                self.info = hearings.hearing_info(self.workspace.session, detail.id)
            except DomainError as exc:
                messages.show_error(self, exc)
        self.setVisible(road)
        self.summary.setVisible(not self.compact)
        papers = self.info.papers if self.info else ()
        self.print_notice.setEnabled(workflow.HEARING_NOTICE in papers)
        self.print_protocol.setEnabled(workflow.HEARING_PROTOCOL in papers)
        self._show_summary()

    def _show_summary(self) -> None:
        i = self.info
        if i is None:
            self.summary.setText("")
            self.summary.setMinimumHeight(0)
            return
        lines = [self.tr("Refusal road: the term ends on %1; the notice must go out by %2.")
                 .replace("%1", format_date(i.term_last_day))
                 .replace("%2", format_date(i.latest_notice_day))]
        if i.hearing_at is not None:
            lines.append(self.tr("Hearing: %1, %2.").replace("%1", format_datetime(i.hearing_at))
                         .replace("%2", i.place))
        if i.notice_on is not None:
            lines.append(self.tr("Notice handed or sent on %1; the hearing is due by %2.")
                         .replace("%1", format_date(i.notice_on))
                         .replace("%2", format_date(i.latest_hearing_day)))
        if i.outcome == "document":
            lines.append(self.tr("The hearing ended in the document."))
        elif i.outcome == "refusal":
            lines.append(self.tr("The hearing confirmed the refusal."))
        elif i.outcome == "declined":
            lines.append(self.tr("The head declined the proposed refusal."))
        self.summary.setText("\n".join(lines))
        self._fit_summary()

    def _fit_summary(self) -> None:
        # A wrapped label squeezed by the column above would be cut: keep its whole height.
        if self.compact:
            return
        width = max(self.summary.width(), 280)
        self.summary.setMinimumHeight(self.summary.heightForWidth(width))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_summary()

    # --- steps ------------------------------------------------------------------------------
    def _limits(self):
        try:
            return hearings.limits_of(self.workspace.session, self.detail.id)
        except DomainError as exc:
            messages.show_error(self, exc)
            return None

    def propose(self) -> None:
        dialog = GroundsDialog(self.detail, PROPOSE, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            grounds, text = dialog.grounds(), dialog.value()
            self.workspace.run_step(lambda d: hearings.propose_refusal(
                self.workspace.session, d.id, d.version, grounds, text))

    def decide(self) -> None:
        i = self.info if self.info and not self.info.outcome else None
        dialog = GroundsDialog(self.detail, DECIDE, self, grounds=i.grounds if i else (),
                               motivation=i.motivation if i else "", limits=self._limits())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            given = dialog.preliminary()
            self.workspace.run_step(lambda d: hearings.decide_preliminary(
                self.workspace.session, d.id, d.version, given))

    def notice(self) -> None:
        dialog = NoticeDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            way, on = dialog.values()
            self.workspace.run_step(lambda d: hearings.send_notice(
                self.workspace.session, d.id, d.version, way, on))

    def hearing(self) -> None:
        dialog = HearingDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            given = dialog.value()
            self.workspace.run_step(lambda d: hearings.record_hearing(
                self.workspace.session, d.id, d.version, given))

    def _print(self, kind: str) -> None:
        d = self.detail
        if d is not None:
            printing.preview(self, lambda: printing.paper_pdf(self.workspace.session, d.id, kind),
                             printing.file_title(kind, d),
                             printing.paper_output(self.workspace.session, d.id, kind))

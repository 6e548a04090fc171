"""A readable summary of one case: who applied, for what, where it stands and by when."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.domain.dates import format_date, format_datetime
from desktop.services.cases.queries import CaseDetail
from desktop.services.reference import catalogue
from desktop.ui import code_names

DEADLINE_HTML_COLOURS = {"on_time": "#1d6b1d", "due_today": "#8a5a00", "overdue": "#b00020"}


# The context is named, not taken from a widget: lupdate cannot tell a parameter's class.
def desk_time_text(desk) -> str:
    """"17 min (norm 15 min)": how long a step at the desk took against its norm."""
    return (QCoreApplication.translate("CaseSummary", "%1 min (norm %2 min)")
            .replace("%1", str(desk.minutes)).replace("%2", str(desk.norm_minutes)))


def desk_time_html(desk) -> str:
    text = escape(desk_time_text(desk))
    if desk.over:
        over = escape(QCoreApplication.translate("CaseSummary", "over the norm"))
        return f"{text} <b style='color:{DEADLINE_HTML_COLOURS['overdue']}'>{over}</b>"
    return f"<span style='color:{DEADLINE_HTML_COLOURS['on_time']}'>{text}</span>"


class CaseSummary(QWidget):
    """Shows a CaseDetail; empty when no case is chosen."""

    def __init__(self, language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._detail: CaseDetail | None = None
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.text)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.show_case(None)

    @property
    def detail(self) -> CaseDetail | None:
        return self._detail

    def show_case(self, detail: CaseDetail | None) -> None:
        self._detail = detail
        if detail is None:
            hint = escape(self.tr("Choose a case in the list."))
            self.text.setText(f"<p style='color:#666'>{hint}</p>")
            return
        self.text.setText(self._html(detail))

    def retranslate(self) -> None:
        self.show_case(self._detail)

    def _html(self, d: CaseDetail) -> str:
        lang = self._language()
        rows: list[tuple[str, str]] = []

        def add(label: str, value: str, raw: bool = False) -> None:
            if value:
                rows.append((label, value if raw else escape(value)))

        add(self.tr("Number"), d.reg_number)
        add(self.tr("Service"), code_names.service_name(d.service, lang))
        channel = code_names.channel_name(d.channel)
        if d.external_number:
            channel += " — " + self.tr("request No. %1").replace("%1", d.external_number)
        add(self.tr("Channel"), channel)
        add(self.tr("Status"), code_names.status_name(d.state, d.result_kind))
        add(self.tr("Accepted"), format_datetime(d.accepted_at))
        if d.due_at:
            colour = DEADLINE_HTML_COLOURS.get(d.deadline_status or "", "#000")
            due = escape(format_datetime(d.due_at))
            status = escape(code_names.deadline_name(d.deadline_status))
            add(self.tr("Due"), f"{due} <b style='color:{colour}'>{status}</b>", raw=True)
        add(self.tr("Applicant"), d.applicant_full_name)
        add(self.tr("IIN"), d.applicant_iin)
        add(self.tr("Date of birth"), format_date(d.applicant_birth_date))
        add(self.tr("Phone"), d.applicant_phone)
        if d.representative_name:
            add(self.tr("Representative"),
                f"{d.representative_name} ({d.representative_document})")
        add(self.tr("Language of the result"), code_names.language_name(d.language))
        if catalogue()[d.service].asks_reason:
            reason = {"lost": self.tr("the document was lost"),
                      "damaged": self.tr("the document was damaged")}.get(d.reason, "")
            if d.name_changed:
                reason += "; " + self.tr("the name has changed")
            add(self.tr("Reason"), reason)
        add(self.tr("Documents"), self._documents(d, lang), raw=True)
        add(self.tr("Registered by"), d.clerk_name)
        add(self.tr("Executor"), d.executor_name)
        add(self.tr("Book of duplicates No."), d.book_number)
        add(self.tr("Signed"), format_datetime(d.signed_at))
        for kind, at in d.state_corp_events:
            add(self._event_name(kind), format_datetime(at))
        if d.storage_ends:
            add(self.tr("Kept at the State Corporation until"), format_datetime(d.storage_ends))
        if d.issued_at:
            add(self.tr("Issued"), f"{format_datetime(d.issued_at)} — {d.issued_to}")
        for desk in d.desk_times:
            add(self.tr("Registration took") if desk.step == "register"
                else self.tr("Issue took"), desk_time_html(desk), raw=True)
        for label, state, at in d.blanks:
            if state == "spoiled":
                add(self.tr("Blank spoiled"), f"{label} — {format_datetime(at)}")
            else:
                add(self.tr("Printed on blank"), label)
        for at, username, printer, copy in d.prints:
            kind = self.tr("copy") if copy else self.tr("original")
            add(self.tr("Printed"), f"{format_datetime(at)} — {username}, {printer} ({kind})")
        html = "<table cellspacing='0' cellpadding='3'>" + "".join(
            f"<tr><td style='color:#555; padding-right:12px' valign='top'>{escape(label)}</td>"
            f"<td valign='top'>{value}</td></tr>" for label, value in rows
        ) + "</table>"
        if d.rework_comment:
            html = (
                "<p style='background:#fff3cd; padding:6px'><b>"
                + escape(self.tr("Returned for rework by the head:")) + "</b><br>"
                + escape(d.rework_comment).replace("\n", "<br>") + "</p>" + html
            )
        if d.refusal_reason:
            html += ("<p><b>" + escape(self.tr("Grounds for refusal:")) + "</b><br>"
                     + escape(d.refusal_reason).replace("\n", "<br>") + "</p>")
        return html

    def _documents(self, d: CaseDetail, lang: str) -> str:
        service = catalogue()[d.service]
        lines = []
        for code, presented, expired in d.documents:
            try:
                name = service.document(code).name.in_(lang)
            except KeyError:
                name = code_names.document_name(code)
            if not presented:
                mark, colour = self.tr("missing"), "#b00020"
            elif expired:
                mark, colour = self.tr("expired"), "#b00020"
            else:
                mark, colour = self.tr("presented"), "#1d6b1d"
            lines.append(f"<span style='color:{colour}'>{escape(mark)}</span> — {escape(name)}")
        return "<br>".join(lines)

    def _event_name(self, kind: str) -> str:
        return {
            "handed_over": self.tr("Handed over to the State Corporation"),
            "returned": self.tr("Returned by the State Corporation"),
            "requested": self.tr("Requested again by the State Corporation"),
        }.get(kind, kind)

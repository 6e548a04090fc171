"""The registry journal of applications for a period (landscape, header row on every page)."""

from __future__ import annotations

from desktop.domain.dates import format_date, format_datetime
from desktop.domain.printables import JournalData, JournalRow
from desktop.forms.register import render_register
from desktop.forms.texts import Texts, check_language, status_name, texts


def journal_note(t: Texts, row: JournalRow) -> str:
    """The row's note, with its hearing before a motivated refusal said first."""
    parts = [t(f"journal.hearing_{row.hearing}", date=format_date(row.hearing_on))] \
        if row.hearing else []
    return "; ".join([*parts, row.note] if row.note else parts)


def render_journal(data: JournalData, lang: str) -> bytes:
    t = texts(check_language(lang))
    columns = [
        (t("journal.col_number"), 9), (t("journal.col_reg"), 24),
        (t("journal.col_registered"), 19), (t("journal.col_service"), 25),
        (t("journal.col_channel"), 20), (t("journal.col_applicant"), 32),
        (t("journal.col_iin"), 22), (t("journal.col_executor"), 22),
        (t("journal.col_due"), 17), (t("journal.col_status"), 22),
        (t("journal.col_finished"), 17),
        # Left empty: the recipient signs here for the result handed over at the desk.
        (t("journal.col_recipient_signature"), 22), (t("journal.col_note"), 0),
    ]
    rows = []
    for row in data.rows:
        channel = t.code("channels_short", row.channel)
        if row.external_number:
            channel += f" {row.external_number}"
        rows.append([
            row.reg_number, format_datetime(row.registered_at),
            t.code("services_short", row.service), channel, row.applicant, row.iin,
            row.executor, format_date(row.due_date), status_name(row.status, lang),
            format_date(row.finished_on), "", journal_note(t, row),
        ])
    return render_register(
        t, title=t("journal.title"), college=data.college, date_from=data.date_from,
        date_to=data.date_to, printed_on=data.printed_on, columns=columns, rows=rows,
        audit_anchor=data.audit_anchor,
    )

"""Receipt of acceptance: what the clerk hands the applicant on registering the application."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Table

from desktop.domain.dates import format_date, format_datetime
from desktop.domain.printables import ReceiptData
from desktop.forms.layout import GRID, base_table_style, esc, fields_table, letterhead, p, spacer
from desktop.forms.pdf_document import build_pdf, frame_width
from desktop.forms.signatures import short_name, signature_block
from desktop.forms.texts import Texts, check_language, texts


def _received(data: ReceiptData, t: Texts, width: float) -> list:
    """Who takes the receipt: the applicant, or the representative who applied, with the
    document that gives them the right to."""
    if not data.representative_name.strip():
        return [signature_block(t, t("receipt.applicant_sign"), data.applicant.short_name,
                                width)]
    block = [signature_block(t, t("receipt.representative_sign"),
                             short_name(data.representative_name), width)]
    who = t("receipt.representative", name=data.representative_name.strip())
    if data.representative_document.strip():
        who += ", " + t("receipt.representative_document",
                        document=data.representative_document.strip())
    return [*block, p(esc(who), "small")]


def render_receipt(data: ReceiptData, lang: str) -> bytes:
    t = texts(check_language(lang))
    width = frame_width()
    phone = data.phone or data.college.phone
    channel = t.code("channels", data.channel)
    if data.external_number:
        channel += ", " + t("receipt.external_number", number=data.external_number)
    fields = [
        (t("receipt.reg_number"), data.reg_number),
        (t("receipt.registered_at"), format_datetime(data.registered_at)),
        (t("receipt.channel"), channel),
        (t("receipt.applicant"), data.applicant.full_name),
    ]
    if data.applicant.iin:
        fields.append((t("receipt.iin"), data.applicant.iin))
    fields.append((t("receipt.due_date"), format_date(data.due_date)))

    docs = [[p(esc(t("receipt.col_number")), "cell_head"),
             p(esc(t("receipt.col_document")), "cell_head")]]
    docs += [[p(str(n), "cell_center"), p(esc(doc), "cell")]
             for n, doc in enumerate(data.documents, start=1)]
    doc_table = Table(docs, colWidths=[12 * mm, width - 12 * mm], repeatRows=1)
    doc_table.setStyle(base_table_style(("GRID", (0, 0), (-1, -1), 0.5, GRID)))

    story = [
        letterhead(data.college, width),
        spacer(6),
        p(esc(t("receipt.title")), "title"),
        p(esc(t("receipt.subtitle", service=t.code("services", data.service))), "subtitle"),
        spacer(2),
        fields_table(fields, width),
        spacer(5),
        p(esc(t("receipt.documents")), "bold"),
        spacer(1.5),
        doc_table,
        spacer(4),
        p(esc(t("receipt.note")), "small"),
        *([p(esc(t("receipt.phone", phone=phone)), "small")] if phone else []),
        spacer(4),
        signature_block(t, t("receipt.clerk"), data.clerk_name, width),
        *_received(data, t, width),
    ]
    return build_pdf(story, t, title=t("receipt.title"),
                     footer=f"{data.reg_number} · {format_datetime(data.registered_at)}")

"""The act writing off the strict-accountability blanks spoiled in a period: approved by the
head, signed by the commission (chair and members), who also witness their destruction."""

from __future__ import annotations

from reportlab.platypus import KeepTogether, Table

from desktop.domain.blank_printables import WriteOffAct
from desktop.domain.dates import format_date
from desktop.forms.blank_tables import grid, kind_name
from desktop.forms.layout import base_table_style, esc, p, spacer
from desktop.forms.pdf_document import build_pdf, frame_width
from desktop.forms.signatures import signature_block
from desktop.forms.texts import check_language, texts


def render_write_off_act(data: WriteOffAct, lang: str) -> bytes:
    t = texts(check_language(lang))
    width = frame_width()
    period = t("common.period", date_from=format_date(data.date_from),
               date_to=format_date(data.date_to))
    head_lines = [["", p(esc(line), "small")] for line in t.lines(
        "write_off.approve_head", college=data.college.name(lang))]
    approve = Table([["", p(esc(t("write_off.approve")), "bold")], *head_lines,
                     ["", p(esc(f"________________ {data.college.head_name}"), "small")],
                     ["", p(esc(t("write_off.approve_date")), "small")]],
                    colWidths=[width * 0.5, width * 0.5])
    approve.setStyle(base_table_style())
    rows = [[str(i), kind_name(t, r.kind), r.series, r.number, format_date(r.spoiled_on),
             r.reason, r.reg_number, r.spoiled_by] for i, r in enumerate(data.rows, start=1)]
    heads = [t("write_off.col_number"), t("write_off.col_kind"), t("write_off.col_series"),
             t("write_off.col_blank"), t("write_off.col_date"), t("write_off.col_reason"),
             t("write_off.col_reg"), t("write_off.col_by")]
    story = [
        approve,
        spacer(4),
        p(esc(data.college.name(lang)), "center"),
        p(esc(t("write_off.title")), "title"),
        p(esc(t("write_off.subtitle")), "subtitle"),
        p(esc(period), "subtitle"),
        p(esc(t("write_off.commission")), "indent"),
        p(esc(t("write_off.statement")), "indent"),
        spacer(2),
        grid(heads, rows, (7, 20, 15, 19, 19, 0, 24, 26), width, numbers_from=0),
        spacer(3),
    ]
    if not rows:
        story.append(p(esc(t("common.no_rows")), "plain"))
    story += [
        p(esc(t("write_off.total", count=len(rows))), "bold"),
        p(esc(t("write_off.destroyed")), "indent"),
        spacer(2),
        KeepTogether([
            signature_block(t, t("write_off.chair"), "", width, hint_key="common.signature_name"),
            signature_block(t, t("write_off.member"), "", width, hint_key="common.signature_name"),
            signature_block(t, t("write_off.member"), "", width, hint_key="common.signature_name"),
        ]),
    ]
    if data.printed_on:
        story += [spacer(2), p(esc(t("common.printed_on", date=format_date(data.printed_on))),
                               "small")]
    title = t("write_off.title")
    return build_pdf(story, t, title=f"{title} {period}", footer=f"{title} · {period}")

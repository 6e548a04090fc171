"""The stock report of strict-accountability blanks for a period, by kind and series: at the
start, received, used, spoiled, lost, at the end; signed by the person responsible."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4, landscape

from desktop.domain.blank_printables import BlankStockReport
from desktop.domain.dates import format_date
from desktop.forms.blank_tables import grid, kind_name
from desktop.forms.layout import esc, p, spacer
from desktop.forms.pdf_document import REGISTER_MARGINS, build_pdf, frame_width
from desktop.forms.signatures import signature_block
from desktop.forms.texts import Texts, check_language, texts

PAGE = landscape(A4)
FIGURES = ("opening", "received", "used", "spoiled", "lost", "closing")


def stock_headings(t: Texts) -> list[str]:
    return [t("blank_stock.col_kind"), t("blank_stock.col_series"),
            *(t(f"blank_stock.col_{name}") for name in FIGURES)]


def render_blank_stock(data: BlankStockReport, lang: str) -> bytes:
    t = texts(check_language(lang))
    width = frame_width(PAGE, REGISTER_MARGINS)
    period = t("common.period", date_from=format_date(data.date_from),
               date_to=format_date(data.date_to))
    rows = [[kind_name(t, r.kind), r.series, *(str(getattr(r, f)) for f in FIGURES)]
            for r in data.rows]
    # A total per kind of blank: diplomas and appendices are different blanks.
    totals = [[t("blank_stock.total_of", kind=kind_name(t, kind)), "",
               *(str(data.total(f, kind)) for f in FIGURES)] for kind in data.kinds()]
    rows += totals
    story = [
        p(esc(data.college.name(lang)), "center"),
        p(esc(t("blank_stock.title")), "title"),
        p(esc(period), "subtitle"),
        grid(stock_headings(t), rows, (0, 40, 28, 28, 28, 28, 28, 28), width,
             total_rows=len(totals), numbers_from=2),
        spacer(3),
        p(esc(t("blank_stock.rule")), "small"),
        spacer(4),
        signature_block(t, t("blank_stock.responsible"), "", width,
                        hint_key="common.signature_name"),
    ]
    if data.printed_on:
        story.append(p(esc(t("common.printed_on", date=format_date(data.printed_on))), "small"))
    title = t("blank_stock.title")
    return build_pdf(story, t, title=f"{title} {period}", pagesize=PAGE,
                     margins=REGISTER_MARGINS, footer=f"{title} · {period}")

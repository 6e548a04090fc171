"""The landscape register pages shared by the registry journal and the book of duplicates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, LongTable

from desktop.domain.dates import format_date
from desktop.domain.printables import CollegeInfo
from desktop.forms.layout import GRID, HEADER_FILL, base_table_style, esc, p, spacer
from desktop.forms.pdf_document import REGISTER_MARGINS, build_pdf, frame_width
from desktop.forms.signatures import signature_block
from desktop.forms.texts import Texts

PAGE = landscape(A4)


def render_register(
    t: Texts,
    *,
    title: str,
    college: CollegeInfo,
    date_from: date,
    date_to: date,
    printed_on: date | None,
    columns: Sequence[tuple[str, float]],
    rows: Sequence[Sequence[str]],
    audit_anchor: str = "",
    count_rows: bool = True,
    signed: bool = False,
) -> bytes:
    """columns: (heading, width in mm, 0 for the one that takes the rest); rows: cell texts.
    `signed`: a report the head signs (the statistics): the head's signature under the table
    and every page numbered, the first too."""
    width = frame_width(PAGE, REGISTER_MARGINS)
    fixed = sum(w for _, w in columns) * mm
    widths = [w * mm if w else width - fixed for _, w in columns]
    period = t("common.period", date_from=format_date(date_from), date_to=format_date(date_to))
    data = [[p(esc(head), "reg_head") for head, _ in columns]]
    for number, row in enumerate(rows, start=1):
        cells = [p(str(number), "reg_center")]
        cells += [p(esc(value), "reg") for value in row]
        data.append(cells)
    table = LongTable(data, colWidths=widths, repeatRows=1)
    table.setStyle(base_table_style(
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ))
    story = [
        p(esc(college.name(t.lang)), "center"),
        p(esc(title), "title"),
        p(esc(period), "subtitle"),
        table,
        spacer(3),
    ]
    if not rows:
        story.append(p(esc(t("common.no_rows")), "plain"))
    if count_rows:  # a book's entries; the statistics' rows are its figures, not records
        story.append(p(esc(t("common.count", count=len(rows))), "plain"))
    if signed:
        block = signature_block(t, t("common.head"), college.head_name, width / 2)
        block.hAlign = "LEFT"
        story += [spacer(4), KeepTogether([block]), spacer(2)]
    if printed_on:
        story.append(p(esc(t("common.printed_on", date=format_date(printed_on))), "small"))
    if audit_anchor:
        # The audit log's length and newest hash on the day of printing: the paper keeps them
        # when the database changes, so a later rewrite of the log can be found against it.
        story.append(p(esc(t("common.audit_anchor", anchor=audit_anchor)), "small"))
    return build_pdf(story, t, title=title, pagesize=PAGE, margins=REGISTER_MARGINS,
                     footer=f"{title} · {period}", number_every=signed)

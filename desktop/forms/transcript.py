"""The table of subjects with hours/credits and grades, shared by the certificate and the
duplicate's appendix: it flows over pages and repeats its header row on each."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import LongTable

from desktop.domain.archive.grade_scale import split_scale_grade, written_grade
from desktop.domain.numbers import number_text
from desktop.domain.printables import TranscriptRow
from desktop.forms.layout import GRID, HEADER_FILL, base_table_style, esc, p
from desktop.forms.pdf_document import PageProbe
from desktop.forms.texts import Texts


def transcript_table(
    rows: list[TranscriptRow],
    t: Texts,
    section: str,
    width: float,
    *,
    first: int = 0,
    count: int | None = None,
    seen: dict[str, int] | None = None,
) -> LongTable:
    """Rows [first, first + count) of the transcript, with the header row and, when the slice
    reaches the end, the totals. Columns for hours and credits appear only when some row of
    the whole transcript has them, so the pieces of one transcript line up."""
    with_hours = any(r.hours is not None for r in rows)
    with_credits = any(r.credits is not None for r in rows)
    scale = any(split_scale_grade(r.grade) for r in rows)
    figure = (19 if scale else 22) * mm  # the hours' and credits' columns
    end = len(rows) if count is None else min(len(rows), first + count)
    head = [p(esc(t(f"{section}.col_number")), "cell_head"),
            p(esc(t(f"{section}.col_subject")), "cell_head")]
    widths = [11 * mm, 0.0]
    if with_hours:
        head.append(p(esc(t(f"{section}.col_hours")), "cell_head"))
        widths.append(figure)
    if with_credits:
        head.append(p(esc(t(f"{section}.col_credits")), "cell_head"))
        widths.append(figure)
    # A transcript from the archive's scale prints it whole: points, letter, numeric
    # equivalent and the traditional grade, each in a column, as the official transcript does.
    if scale:
        for key in ("col_points", "col_letter", "col_numeric", "col_traditional"):
            head.append(p(esc(t(f"transcript_scale.{key}")), "cell_head"))
        widths += [12 * mm, 18 * mm, 20 * mm, 24 * mm]
    else:
        head.append(p(esc(t(f"{section}.col_grade")), "cell_head"))
        widths.append(38 * mm)
    widths[1] = width - sum(widths)

    data = [head]
    for number, row in enumerate(rows[first:end], start=first + 1):
        cell = p(str(number), "cell_center")
        if seen is not None and number == len(rows):
            cell = [cell, PageProbe("last_row", seen)]
        line = [cell, p(esc(row.subject), "cell")]
        if with_hours:
            line.append(p("" if row.hours is None else str(row.hours), "cell_center"))
        if with_credits:
            line.append(p("" if row.credits is None else number_text(row.credits), "cell_center"))
        parts = split_scale_grade(row.grade) if scale else None
        if scale and parts:
            line += [p(esc(part), "cell_center") for part in parts[:3]]
            line.append(p(esc(written_grade(parts[3], t.lang)), "cell_center"))
        elif scale:  # a grade with no points (a pass, an exemption): the traditional column
            line += ["", "", "", p(esc(written_grade(row.grade, t.lang)), "cell_center")]
        else:
            line.append(p(esc(written_grade(row.grade, t.lang)), "cell_center"))
        data.append(line)
    if (with_hours or with_credits) and end == len(rows):
        total = ["", p(f"<b>{esc(t('common.total'))}</b>", "cell")]
        if with_hours:
            total.append(p(f"<b>{sum(r.hours or 0 for r in rows)}</b>", "cell_center"))
        if with_credits:
            credits = number_text(sum(r.credits or 0.0 for r in rows))
            total.append(p(f"<b>{credits}</b>", "cell_center"))
        total += [""] * (4 if scale else 1)
        data.append(total)

    table = LongTable(data, colWidths=widths, repeatRows=1)
    table.setStyle(base_table_style(
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ))
    return table


# Rows carried onto the page of the signature when the table would otherwise end on the page
# before it: a signature alone on a page could be attached to any other document.
TAIL_ROWS = 3


def transcript_parts(
    rows: list[TranscriptRow], t: Texts, section: str, width: float, tail: int,
    seen: dict[str, int],
) -> tuple[list, list]:
    """(the table, the rows to keep with the signature): with tail=0 the table is whole and
    notes in seen["last_row"] the page its last row lands on."""
    if tail <= 0:
        return [transcript_table(rows, t, section, width, seen=seen)], []
    if len(rows) <= tail:
        return [], [transcript_table(rows, t, section, width)]
    split = len(rows) - tail
    return (
        [transcript_table(rows, t, section, width, count=split)],
        [transcript_table(rows, t, section, width, first=split)],
    )

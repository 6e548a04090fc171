"""What the blank forms share: the name of a kind of blank in the form's language, and a
grid table with a bold header row."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import LongTable

from desktop.forms.layout import GRID, HEADER_FILL, base_table_style, esc, p
from desktop.forms.texts import FormTextError, Texts


def kind_name(t: Texts, kind: str) -> str:
    """The kinds of blank come from the result kinds (data); one the wording file does not
    name yet prints as its code rather than stopping the form."""
    try:
        return t(f"blank_kinds.{kind}")
    except FormTextError:
        return kind


def grid(heads: Sequence[str], rows: Sequence[Sequence[str]], widths_mm: Sequence[float],
         width: float, *, total_row: bool = False, numbers_from: int = 0,
         total_rows: int = 0) -> LongTable:
    """widths_mm: one per column, 0 for the column that takes the rest of `width`; columns
    from `numbers_from` on (if > 0) are figures, centred."""
    fixed = sum(widths_mm) * mm
    widths = [w * mm if w else width - fixed for w in widths_mm]
    data = [[p(esc(h), "reg_head") for h in heads]]
    for row in rows:
        data.append([p(esc(v), "reg_center" if numbers_from and i >= numbers_from else "reg")
                     for i, v in enumerate(row)])
    table = LongTable(data, colWidths=widths, repeatRows=1)
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    shaded = max(total_rows, int(total_row))  # the total rows at the bottom
    if shaded:
        commands.append(("BACKGROUND", (0, -shaded), (-1, -1), HEADER_FILL))
    table.setStyle(base_table_style(*commands))
    return table

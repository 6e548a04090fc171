"""Printing values onto pre-printed blanks: field positions from resources/forms/*.toml, the
printer's own shift from its calibration, and a refusal to print what would not fit."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desktop.forms.fonts import FONT, FONT_BOLD
from desktop.forms.texts import FormTextError, read_toml
from desktop.locations import resources_dir

ALIGNS = ("left", "center", "right")


class BlankOverflow(ValueError):
    """A value does not fit its place on the blank even in the smallest allowed size."""


@dataclass(frozen=True)
class Field:
    name: str
    x_mm: float
    y_mm: float
    width_mm: float
    size: float
    bold: bool = False
    align: str = "left"
    lines: int = 1
    line_pitch_mm: float = 5.0


class BlankLayout:
    def __init__(self, path: Path, data: dict[str, Any]) -> None:
        self.path = path
        self._data = data
        page = self._table("page")
        self.width_mm = self._number(page, "page", "width_mm")
        self.height_mm = self._number(page, "page", "height_mm")
        self.min_size = self._number(page, "page", "min_size")

    def _table(self, key: str) -> dict[str, Any]:
        node: Any = self._data
        for part in key.split("."):
            if not isinstance(node, dict) or not isinstance(node.get(part), dict):
                raise FormTextError(self.path, key, "missing table")
            node = node[part]
        return node

    def _number(self, table: dict[str, Any], key: str, name: str, default=None) -> float:
        value = table.get(name, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise FormTextError(self.path, f"{key}.{name}", "expected a number")
        return float(value)

    def field(self, key: str) -> Field:
        table = self._table(key)
        align = table.get("align", "left")
        if align not in ALIGNS:
            raise FormTextError(self.path, f"{key}.align", f"expected one of {ALIGNS}")
        bold = table.get("bold", False)
        if not isinstance(bold, bool):
            raise FormTextError(self.path, f"{key}.bold", "expected true or false")
        lines = table.get("lines", 1)
        if not isinstance(lines, int) or isinstance(lines, bool) or lines < 1:
            raise FormTextError(self.path, f"{key}.lines", "expected a whole number >= 1")
        return Field(
            name=key,
            x_mm=self._number(table, key, "x_mm"),
            y_mm=self._number(table, key, "y_mm", 0.0),
            width_mm=self._number(table, key, "width_mm"),
            size=self._number(table, key, "size", 11.0),
            bold=bold,
            align=align,
            lines=lines,
            line_pitch_mm=self._number(table, key, "line_pitch_mm", 5.0),
        )

    def number(self, key: str) -> float:
        table_key, _, name = key.rpartition(".")
        return self._number(self._table(table_key), table_key, name)

    def names(self, key: str) -> list[str]:
        """A list of words ([table] key = ["a", "b"])."""
        table_key, _, name = key.rpartition(".")
        value = self._table(table_key).get(name)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise FormTextError(self.path, key, "expected a list of words")
        return value

    def fields(self, key: str) -> list[Field]:
        """The fields of a table in the file's order: each sub-table with a place (x_mm),
        named after the value it prints."""
        table = self._table(key)
        return [self.field(f"{key}.{name}") for name, sub in table.items()
                if isinstance(sub, dict) and "x_mm" in sub]

    def preprinted(self) -> frozenset[str]:
        """The values the blanks carry pre-printed, which Kense never prints
        ([preprinted] values)."""
        return frozenset(self.names("preprinted.values"))


def load_blank_layout(path: Path) -> BlankLayout:
    return BlankLayout(path, read_toml(path))


@functools.cache
def duplicate_blank_layout() -> BlankLayout:
    return load_blank_layout(resources_dir() / "forms" / "duplicate_blank.toml")


def fit_lines(text: str, field: Field, min_size: float) -> tuple[float, list[str]]:
    """The largest size (down to min_size) at which text fits the field's width and lines."""
    font = FONT_BOLD if field.bold else FONT
    width = field.width_mm * mm
    size = field.size
    while True:
        if stringWidth(text, font, size) <= width:
            return size, [text]
        if field.lines > 1:
            wrapped = simpleSplit(text, font, size, width)
            if len(wrapped) <= field.lines and all(
                stringWidth(line, font, size) <= width for line in wrapped
            ):
                return size, wrapped
        if size - 0.5 < min_size - 1e-9:
            raise BlankOverflow(
                f"'{text}' does not fit the blank's field {field.name} "
                f"({field.width_mm:g} mm x {field.lines} line(s)) even at {min_size:g} pt"
            )
        size -= 0.5


class BlankPrinter:
    """Draws fields on one canvas, shifted by the printer's calibrated offsets (mm)."""

    def __init__(self, canvas: Canvas, layout: BlankLayout, offset_x_mm: float,
                 offset_y_mm: float, guides: bool = False) -> None:
        self.canvas = canvas
        self.layout = layout
        self.dx = offset_x_mm
        self.dy = offset_y_mm
        self.guides = guides

    def _xy(self, x_mm: float, y_mm: float) -> tuple[float, float]:
        """From millimetres measured from the top-left corner to PDF points."""
        return (x_mm + self.dx) * mm, (self.layout.height_mm - y_mm - self.dy) * mm

    def text(self, field: Field, value: str, y_mm: float | None = None) -> None:
        if not value:
            return
        size, lines = fit_lines(value, field, self.layout.min_size)
        font = FONT_BOLD if field.bold else FONT
        top = field.y_mm if y_mm is None else y_mm
        self.canvas.setFont(font, size)
        for index, line in enumerate(lines):
            x, y = self._xy(field.x_mm, top + index * field.line_pitch_mm)
            if field.align == "center":
                self.canvas.drawCentredString(x + field.width_mm * mm / 2, y, line)
            elif field.align == "right":
                self.canvas.drawRightString(x + field.width_mm * mm, y, line)
            else:
                self.canvas.drawString(x, y, line)
        if self.guides:
            self._guide(field, top)

    def _guide(self, field: Field, top: float) -> None:
        """A dashed box around a field, for a trial print on plain paper held over a blank."""
        c = self.canvas
        c.saveState()
        c.setStrokeColor(colors.Color(0.55, 0.55, 0.55))
        c.setLineWidth(0.3)
        c.setDash(2, 2)
        height = field.size * 1.25 + (field.lines - 1) * field.line_pitch_mm * mm
        x, y = self._xy(field.x_mm, top + (field.lines - 1) * field.line_pitch_mm)
        c.rect(x, y - field.size * 0.3, field.width_mm * mm, height, stroke=1, fill=0)
        c.restoreState()

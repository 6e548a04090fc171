"""Calibration sheet: a millimetre grid and crosshairs at known places, so the admin can
measure (with a ruler of their own, from the paper's edge) where a printer puts mark A and let
Kense compute the correction used on blanks. Nothing on the sheet is a scale to read A off: it
would move with the printer's shift as A does.

Printing on a blank moves every value by +offset (right and down are positive). The sheet is
printed with the offsets already applied, so a printer that shifts the page by s puts mark A
at expected + applied + s; the offset that cancels s is therefore

    new = applied + expected - measured          (per axis; see new_offset)

and a second pass with the new offsets measures the expected distance and changes nothing."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from desktop.domain.printables import CalibrationData
from desktop.forms.fonts import FONT, FONT_BOLD, register_fonts
from desktop.forms.texts import check_language, texts

PAGE_W_MM = round(A4[0] / mm, 1)
PAGE_H_MM = round(A4[1] / mm, 1)
# Crosshairs, in millimetres from the sheet's left and top edges; A is the one to measure.
# A stays 20 mm from the top-left corner on every paper size; B, C, D sit 20 mm from the
# other corners, E low in the middle (marks_for).
MARK_A = (20.0, 20.0)


def marks_for(width_mm: float, height_mm: float) -> dict[str, tuple[float, float]]:
    return {
        "A": MARK_A,
        "B": (width_mm - 20.0, 20.0),
        "C": (20.0, height_mm - 20.0),
        "D": (width_mm - 20.0, height_mm - 20.0),
        "E": (round(width_mm * 4 / 7), round(height_mm * 0.724)),
    }


MARKS = marks_for(PAGE_W_MM, PAGE_H_MM)
LIGHT = colors.Color(0.8, 0.8, 0.8)
MID = colors.Color(0.55, 0.55, 0.55)


def new_offset(applied_mm: float, expected_mm: float, measured_mm: float) -> float:
    """The offset that puts a mark printed at measured_mm (with applied_mm in effect) where the
    layout expects it: applied + expected - measured, rounded to 0.1 mm."""
    return round(applied_mm + expected_mm - measured_mm, 1)


def new_offsets(applied: tuple[float, float], measured: tuple[float, float]) -> tuple[float, float]:
    """(x, y) offsets from mark A's measured distances from the sheet's left and top edges."""
    ex, ey = MARK_A
    return new_offset(applied[0], ex, measured[0]), new_offset(applied[1], ey, measured[1])


def _signed(value: float) -> str:
    return f"{value:+.1f}".replace(".", ",")


class _Sheet:
    def __init__(self, canvas: Canvas, dx: float, dy: float, width_mm: float,
                 height_mm: float) -> None:
        self.c = canvas
        self.dx = dx
        self.dy = dy
        self.w = width_mm
        self.h = height_mm

    def xy(self, x_mm: float, y_mm: float) -> tuple[float, float]:
        return (x_mm + self.dx) * mm, (self.h - y_mm - self.dy) * mm

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.c.line(*self.xy(x1, y1), *self.xy(x2, y2))

    def grid(self) -> None:
        self.c.setStrokeColor(LIGHT)
        self.c.setLineWidth(0.25)
        for x in range(10, int(self.w) + 1, 10):
            self.line(x, 5, x, self.h - 5)
        for y in range(10, int(self.h) + 1, 10):
            self.line(5, y, self.w - 5, y)

    def crosshair(self, name: str, x: float, y: float, label: str) -> None:
        c = self.c
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.35)
        self.line(x - 8, y, x + 8, y)
        self.line(x, y - 8, x, y + 8)
        cx, cy = self.xy(x, y)
        c.circle(cx, cy, 3 * mm, stroke=1, fill=0)
        c.setFont(FONT_BOLD, 9)
        c.setFillColor(colors.black)
        # Labels sit towards the page centre so none runs off the sheet.
        right = x < self.w / 2
        below = y < self.h / 2
        lx, ly = self.xy(x + (4 if right else -4), y + (7 if below else -5))
        if right:
            c.drawString(lx, ly, f"{name}  {label}")
        else:
            c.drawRightString(lx, ly, f"{label}  {name}")


def render_calibration(data: CalibrationData, lang: str) -> bytes:
    """The test sheet, on the paper size of the blank it calibrates (data.page_mm)."""
    t = texts(check_language(lang))
    register_fonts()
    buffer = io.BytesIO()
    page_w, page_h = data.page_mm
    canvas = Canvas(buffer, pagesize=(page_w * mm, page_h * mm), initialFontName=FONT,
                    pageCompression=1)
    canvas.setTitle(t("calibration.title"))
    canvas.setAuthor("Kense")
    sheet = _Sheet(canvas, data.offset_x_mm, data.offset_y_mm, page_w, page_h)
    # No printed ruler: it would move with the printer's shift as mark A does, so A read off
    # it would always read as laid out. The admin measures from the paper's edge.
    sheet.grid()
    for name, (x, y) in marks_for(page_w, page_h).items():
        label = t("calibration.mark", name="", x=f"{x:g}", y=f"{y:g}").strip()
        sheet.crosshair(name, x, y, label)

    # The instructions on a white panel over the grid, clear of every mark.
    ax, ay = MARK_A
    lines = [(FONT_BOLD, 13, t("calibration.title")), (FONT, 9.5, t("calibration.subtitle"))]
    if data.printer_name:
        lines.append((FONT_BOLD, 10, t("calibration.printer", name=data.printer_name)))
    lines.append((FONT, 10, t("calibration.applied", x=_signed(data.offset_x_mm),
                                y=_signed(data.offset_y_mm))))
    paper = f"{page_w:g} × {page_h:g} {t('calibration.ruler')}"
    page = data.page_name or t("calibration.page_default")
    lines += [(FONT, 10, step) for step in t.lines("calibration.steps", ax=f"{ax:g}",
                                                   ay=f"{ay:g}", paper=paper, page=page)]
    left_mm, top_mm = 72.0, 60.0
    width_mm = min(128.0, page_w - left_mm - 10.0)
    wrapped = []
    for font, size, text in lines:
        for part in simpleSplit(text, font, size, width_mm * mm - 8 * mm):
            wrapped.append((font, size, part))
        wrapped.append((font, 3, ""))
    height_pt = sum(size * 1.25 for _, size, _ in wrapped) + 8 * mm
    x0, y_top = sheet.xy(left_mm, top_mm)
    canvas.setFillColor(colors.white)
    canvas.setStrokeColor(MID)
    canvas.rect(x0, y_top - height_pt, width_mm * mm, height_pt, stroke=1, fill=1)
    canvas.setFillColor(colors.black)
    y = y_top - 4 * mm
    for font, size, text in wrapped:
        y -= size * 1.25
        if text:
            canvas.setFont(font, size)
            canvas.drawString(x0 + 4 * mm, y + size * 0.25, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()

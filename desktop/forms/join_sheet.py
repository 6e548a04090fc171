"""The join code's printed sheet: one A4 page for the admin to keep with the office key's
recovery sheet, carrying what another PC needs to use the office server: the server's address,
port and database, the join code itself (each character in a cell of its own, in groups of
four, so that it can be typed back; and as a QR code for a scanner) and the certificate's
fingerprint when there is TLS. It carries the server's password, and says so at the top.

Only the embedded serif font is used: the code's "monospace" is drawn cell by cell, every
character centred in a cell as wide as the widest character of the code."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desktop.domain.dates import format_date
from desktop.domain.printables import JoinSheetData
from desktop.forms.fonts import FONT, FONT_BOLD, register_fonts
from desktop.forms.signatures import draw_qr
from desktop.forms.texts import check_language, texts

MARGIN = 20 * mm
GROUP = 4  # characters between two gaps
CODE_SIZE = 13.0
QR_SIDE = 62 * mm


def groups(text: str, size: int = GROUP) -> list[str]:
    return [text[i:i + size] for i in range(0, len(text), size)]


class _Page:
    def __init__(self, canvas: Canvas) -> None:
        self.c = canvas
        self.y = A4[1] - MARGIN
        self.width = A4[0] - 2 * MARGIN

    def text(self, value: str, font: str = FONT, size: float = 11, gap: float = 1.3,
             width: float | None = None, x: float = MARGIN) -> None:
        for line in simpleSplit(value, font, size, width or self.width) or [""]:
            self.y -= size * gap
            self.c.setFont(font, size)
            self.c.drawString(x, self.y, line)

    def space(self, points: float) -> None:
        self.y -= points

    def warning(self, title: str, body: str) -> None:
        """A framed box: the sheet carries the password."""
        inner = self.width - 8 * mm
        lines = [(FONT_BOLD, 12, part) for part in simpleSplit(title, FONT_BOLD, 12, inner)]
        lines += [(FONT, 10, part) for part in simpleSplit(body, FONT, 10, inner)]
        height = sum(size * 1.3 for _font, size, _part in lines) + 6 * mm
        top = self.y
        self.c.setLineWidth(1.5)
        self.c.rect(MARGIN, top - height, self.width, height, stroke=1, fill=0)
        self.y = top - 2 * mm
        for font, size, part in lines:
            self.text(part, font, size, width=inner, x=MARGIN + 4 * mm)
        self.y = top - height - 5 * mm

    def fields(self, rows: list[tuple[str, str]]) -> None:
        label_w = 58 * mm
        for label, value in rows:
            top = self.y
            self.text(label, FONT, 11, width=label_w - 3 * mm)
            after_label = self.y
            self.y = top
            self.text(value, FONT_BOLD, 11, width=self.width - label_w, x=MARGIN + label_w)
            self.y = min(self.y, after_label) - 1.5 * mm

    def cells(self, text: str, size: float, width: float, x: float = MARGIN) -> None:
        """Each character centred in a cell of one width, a gap after every GROUP, wrapped."""
        cell = max(stringWidth(ch, FONT, size) for ch in text) + 1.0
        gap = cell * 0.8
        per_line = max(1, int((width + gap) // (GROUP * cell + gap)))
        parts = groups(text)
        self.c.setFont(FONT, size)
        for start in range(0, len(parts), per_line):
            self.y -= size * 1.55
            left = x
            for part in parts[start:start + per_line]:
                for ch in part:
                    self.c.drawCentredString(left + cell / 2, self.y, ch)
                    left += cell
                left += gap


def render_join_sheet(data: JoinSheetData, lang: str) -> bytes:
    t = texts(check_language(lang))
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=FONT, pageCompression=1)
    canvas.setTitle(t("join_sheet.title"))
    canvas.setAuthor("Kense")
    page = _Page(canvas)
    page.text(t("join_sheet.title"), FONT_BOLD, 16)
    if data.college_name:
        page.text(data.college_name, FONT, 12)
    page.space(4 * mm)
    page.warning(t("join_sheet.secret_title"), t("join_sheet.secret"))
    tls = (t("join_sheet.tls_on") if data.fingerprint else t("join_sheet.tls_off"))
    page.fields([
        (t("join_sheet.college"), data.college_name or "—"),
        (t("join_sheet.host"), data.host),
        (t("join_sheet.port"), str(data.port)),
        (t("join_sheet.database"), data.database),
        (t("join_sheet.user"), data.user),
        (t("join_sheet.tls"), tls),
        (t("join_sheet.made_on"), format_date(data.made_on)),
    ])
    if data.fingerprint:
        page.text(t("join_sheet.fingerprint"), FONT, 11)
        page.cells(data.fingerprint.upper(), 11, page.width)
    page.space(3 * mm)
    page.text(t("join_sheet.code"), FONT_BOLD, 12)
    page.cells(data.code, CODE_SIZE, page.width)
    page.space(5 * mm)
    qr_top = page.y
    draw_qr(canvas, data.code, MARGIN, qr_top - QR_SIDE, QR_SIDE)
    canvas.setStrokeColor(colors.black)
    steps_x = MARGIN + QR_SIDE + 6 * mm
    steps_w = A4[0] - MARGIN - steps_x
    page.y = qr_top
    page.text(t("join_sheet.qr"), FONT, 10, width=steps_w, x=steps_x)
    page.space(2 * mm)
    for step in t.lines("join_sheet.steps"):
        page.text(step, FONT, 10, width=steps_w, x=steps_x)
        page.space(1 * mm)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()

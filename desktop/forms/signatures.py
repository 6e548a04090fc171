"""Signature lines, and the head's signature and seal beside the QR code of a signed result."""

from __future__ import annotations

import itertools
from datetime import date

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import Flowable, Table

from desktop.domain.dates import format_date
from desktop.forms.layout import LINE, base_table_style, esc, p, spacer
from desktop.forms.texts import Texts


def short_name(full_name: str) -> str:
    """'Жұмабаева Айгүл Серікқызы' -> 'Жұмабаева А. С.'; already short names stay as they are."""
    parts = full_name.split()
    if len(parts) < 2 or any(part.endswith(".") for part in parts[1:]):
        return full_name
    return " ".join([parts[0], *(f"{part[0]}." for part in parts[1:3])])


def signature_block(
    t: Texts, role: str, name: str, width: float, *, seal: bool = False, hint_key: str = ""
) -> Table:
    """Role ______ Name, with '(signature)' under the line and the seal's place if official."""
    hint = t(hint_key) if hint_key else t("common.signature")
    rows = [
        [p(esc(role), "plain"), "", p(f"<b>{esc(short_name(name))}</b>", "plain")],
        ["", p(esc(hint), "hint"), ""],
    ]
    if seal:
        rows.append([p(esc(t("common.seal")), "bold"), "", ""])
    widths = [width * 0.36, width * 0.34, width * 0.30]
    table = Table(rows, colWidths=widths)
    # With no name printed, the person writes theirs on the line: it runs on over the name's
    # place, and so does the hint under it. The hint never runs past its line.
    last = 1 if name else 2
    commands = [
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBELOW", (1, 0), (last, 0), 0.6, LINE),
        ("TOPPADDING", (0, 0), (-1, 0), 13),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("LEFTPADDING", (2, 0), (2, 0), 8),
        ("TOPPADDING", (0, 1), (-1, 1), 0.5),
        ("TOPPADDING", (0, 2), (-1, 2), 4),
    ]
    if last == 2:
        commands += [("SPAN", (1, 0), (2, 0)), ("SPAN", (1, 1), (2, 1))]
    table.setStyle(base_table_style(*commands))
    return table


class QrFlowable(Flowable):
    """A QR code of a given side; drawn as vector squares so it scans at any printer dpi."""

    def __init__(self, payload: str, side: float) -> None:
        super().__init__()
        self.payload = payload
        self.side = side

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.side, self.side

    def draw(self) -> None:
        self.canv.saveState()
        draw_qr(self.canv, self.payload, 0, 0, self.side)
        self.canv.restoreState()


def draw_qr(canv: pdf_canvas.Canvas, payload: str, x: float, y: float, side: float) -> None:
    """reportlab's QR widget encodes; the dark runs are drawn as one filled path, which is
    several times faster than rendering the widget's drawing and gives a smaller file."""
    widget = QrCodeWidget(payload, barLevel="M")
    qr = widget.qr
    qr.make()
    border = 2  # modules of quiet zone; the white around the code adds to it
    count = qr.getModuleCount()
    box = side / (count + 2 * border)
    path = canv.beginPath()
    for r, row in enumerate(qr.modules):
        c = 0
        for dark, run in itertools.groupby(bool(m) for m in row):
            length = len(list(run))
            if dark:
                path.rect(x + (c + border) * box, y + side - (r + border + 1) * box,
                          length * box, box)
            c += length
    canv.saveState()
    canv.setFillColor(colors.black)
    canv.drawPath(path, stroke=0, fill=1)
    canv.restoreState()


def signed_with_qr(
    t: Texts, head_name: str, payload: str, code: str, reg_number: str, issued_on: date,
    width: float,
) -> Table:
    """The head's signature and seal beside the QR code and the verification code."""
    side = 27 * mm
    qr_width = side + 14 * mm
    left = [
        signature_block(t, t("common.head"), head_name, width - qr_width, seal=True),
        spacer(3),
        p(f"{esc(t('common.reg_number'))}: <b>{esc(reg_number)}</b>", "small"),
        p(f"{esc(t('common.issued_on'))}: <b>{format_date(issued_on)}</b>", "small"),
    ]
    right = [
        QrFlowable(payload, side),
        p(esc(t("common.verification_code")), "small_center"),
        p(f"<b>{esc(code)}</b>", "small_center"),
    ]
    table = Table([[left, right], [p(esc(t("common.verification_hint")), "hint"), ""]],
                  colWidths=[width - qr_width, qr_width])
    table.setStyle(base_table_style(
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("ALIGN", (1, 0), (1, 0), "CENTER"),
        ("LEFTPADDING", (0, 0), (0, 0), 0),
        ("SPAN", (0, 1), (1, 1)),
        ("TOPPADDING", (0, 1), (-1, 1), 4),
    ))
    return table

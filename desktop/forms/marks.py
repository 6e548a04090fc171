"""The marks a result may carry over every page: none on the signed original, ЖОБА / ПРОЕКТ
across a draft, КӨШІРМЕ / КОПИЯ stamped on a reprint."""

from __future__ import annotations

import math
from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdf_canvas

from desktop.domain.dates import format_date
from desktop.domain.printables import ElectronicSignatureNote
from desktop.forms.fonts import FONT_BOLD
from desktop.forms.texts import Texts

PageHook = Callable[[pdf_canvas.Canvas, int, int], None]

# What a result may carry over its content on every page: "" nothing (the signed original),
# "draft" the diagonal ЖОБА / ПРОЕКТ watermark (drafts and unsigned previews), "copy" the boxed
# КӨШІРМЕ / КОПИЯ stamp (reprints). The words are in resources/forms ([marks]).
MARKS = ("", "draft", "copy")
DRAFT_GREY = colors.Color(0.45, 0.45, 0.45)


def check_mark(mark: str) -> str:
    if mark not in MARKS:
        raise ValueError(f"mark must be one of {MARKS}, not {mark!r}")
    return mark


def draw_mark(canv: pdf_canvas.Canvas, mark: str, t: Texts) -> None:
    """Draw the mark on the current page of canv (any page size)."""
    if not check_mark(mark):
        return
    width, height = canv._pagesize
    word = t(f"marks.{mark}")
    canv.saveState()
    if mark == "draft":
        # Across the page's diagonal, large, grey and see-through so the text stays legible.
        diagonal = math.hypot(width, height)
        size = min(160.0, 0.62 * diagonal / max(canv.stringWidth(word, FONT_BOLD, 1), 1))
        canv.setFillColor(DRAFT_GREY)
        canv.setFillAlpha(0.22)
        canv.setFont(FONT_BOLD, size)
        canv.translate(width / 2, height / 2)
        canv.rotate(math.degrees(math.atan2(height, width)))
        canv.drawCentredString(0, -size * 0.35, word)
    else:
        # A boxed stamp near the top, in the left binding margin, reading upwards: it covers
        # no text of the form and shows on every page.
        size = 14
        length = canv.stringWidth(word, FONT_BOLD, size) + 8 * mm
        box = 9 * mm
        x, top = 12 * mm, height - 14 * mm
        canv.translate(x + box, top - length)
        canv.rotate(90)
        canv.setFillColor(colors.white)
        canv.setStrokeColor(colors.black)
        canv.setLineWidth(1.4)
        canv.rect(0, 0, length, box, stroke=1, fill=1)
        canv.setFillColor(colors.black)
        canv.setFont(FONT_BOLD, size)
        canv.drawCentredString(length / 2, box / 2 - size * 0.35, word)
    canv.restoreState()


def esign_line(t: Texts, note: ElectronicSignatureNote | None) -> str:
    """The line a paper print of an electronically signed result carries: who signed, with
    which certificate, and which files to check."""
    if note is None:
        return ""
    return t("esign.printed", name=note.signer, iin=note.iin or "—", serial=note.serial,
             date=format_date(note.signed_on), files=f"{note.file_stem}.pdf + .cms")


def mark_hook(mark: str, t: Texts, then: PageHook | None = None) -> PageHook | None:
    """A page hook drawing the mark on every page (after the form's own hook, if any)."""
    if not check_mark(mark):
        return then

    def draw(canv: pdf_canvas.Canvas, number: int, total: int) -> None:
        if then:
            then(canv, number, total)
        draw_mark(canv, mark, t)

    return draw

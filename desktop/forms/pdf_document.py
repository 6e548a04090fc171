"""A story built into PDF bytes: one frame per page, the "page N of M" footer, and the mark
drawn over every page; and the rebuild that keeps a table's last rows with its signature."""

from __future__ import annotations

import io
from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
)

from desktop.forms.fonts import FONT, register_fonts
from desktop.forms.marks import PageHook, mark_hook
from desktop.forms.texts import Texts

# Official letters keep a wide left margin for binding into the college's files.
LETTER_MARGINS = (25 * mm, 12 * mm, 14 * mm, 17 * mm)  # left, right, top, bottom
REGISTER_MARGINS = (15 * mm, 10 * mm, 12 * mm, 16 * mm)
# The footer's baseline: every mark on a form stays at least 10 mm from the sheet's edge.
FOOTER_Y = 10.8 * mm
# A note after the content (how a result was signed electronically), small and grey.
NOTE_KEEPS_WITH = 1  # the story's last flowables the note is kept on a page with
NOTE_STYLE = ParagraphStyle("note", fontName=FONT, fontSize=7.5, leading=9.5,
                            textColor=colors.Color(0.3, 0.3, 0.3))


def fit_width(text: str, font: str, size: float, width: float) -> str:
    """text, cut with "…" where it would run past width (a footer beside "page 1 of 2")."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip(" ·,") + "…"


class PageProbe(Flowable):
    """Invisible; notes the page it lands on, so a form can see where its parts fell."""

    def __init__(self, name: str, seen: dict[str, int]) -> None:
        super().__init__()
        self.name = name
        self.seen = seen

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.seen[self.name] = self.canv.getPageNumber()


def _canvas_class(footer: str, t: Texts, hook: PageHook | None, margins: tuple[float, ...],
                  number_every: bool = False, numbered: bool = True):
    """A canvas that knows the page count when it draws footers ("page 2 of 5"); a single
    page is numbered too when `number_every` (a report that is filed as it is)."""

    class NumberedCanvas(pdf_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            width, _height = self._pagesize
            self.saveState()
            self.setFont(FONT, 8)
            self.setFillColor(colors.Color(0.3, 0.3, 0.3))
            room = width - margins[0] - margins[1]
            if numbered and (total > 1 or number_every):
                page_of = t("common.page_of", page=number, pages=total)
                self.drawRightString(width - margins[1], FOOTER_Y, page_of)
                room -= self.stringWidth(page_of, FONT, 8) + 6 * mm
            if footer:
                self.drawString(margins[0], FOOTER_Y, fit_width(footer, FONT, 8, room))
            self.restoreState()
            if hook:
                hook(self, number, total)

    return NumberedCanvas


def build_pdf(
    story: list,
    t: Texts,
    *,
    title: str,
    pagesize: tuple[float, float] = A4,
    margins: tuple[float, float, float, float] = LETTER_MARGINS,
    footer: str = "",
    page_hook: PageHook | None = None,
    mark: str = "",
    note: str = "",
    number_every: bool = False,
    numbered: bool = True,
) -> bytes:
    """Lay the story out in one frame per page and return the PDF; mark (see MARKS) is drawn
    over every page, and note (a small paragraph) after the story's end; `number_every` numbers
    even a single page, and `numbered=False` none (copies of one paper, not its pages)."""
    register_fonts()
    page_hook = mark_hook(mark, t, page_hook)
    left, right, top, bottom = margins
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=title,
        author="Kense",
        creator="Kense",
        lang=t.lang,
        # Otherwise the canvas starts in Helvetica and lists it in every page's resources.
        initialFontName=FONT,
        initialFontSize=10,
    )
    frame = Frame(left, bottom, pagesize[0] - left - right, pagesize[1] - top - bottom,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="main")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], pagesize=pagesize)])
    if note:
        # The note never stands alone on a last page: it goes with what ends the story (the
        # signature and what follows it; its probe stays outside, so the form still sees
        # where the signature fell).
        tail = NOTE_KEEPS_WITH
        story = [*story[:-tail], KeepTogether([*story[-tail:], Spacer(1, 4 * mm),
                                               Paragraph(escape(note), NOTE_STYLE)])]
    doc.build(story, canvasmaker=_canvas_class(footer, t, page_hook, margins, number_every,
                                               numbered))
    return buffer.getvalue()


def frame_width(pagesize: tuple[float, float] = A4,
                margins: tuple[float, float, float, float] = LETTER_MARGINS) -> float:
    return pagesize[0] - margins[0] - margins[1]


def build_signed_pdf(make_story: Callable[[dict[str, int], int], list], t: Texts,
                     tail_rows: int, **options) -> bytes:
    """Build; if the signature landed on a page after the table's last row, build again with
    the last tail_rows rows of the table kept on the signature's page.

    make_story(seen, tail) has the table note PageProbe("last_row", seen) in its last row and
    puts PageProbe("signature", seen) before the signature."""
    seen: dict[str, int] = {}
    pdf = build_pdf(make_story(seen, 0), t, **options)
    if "last_row" in seen and seen.get("signature", 0) > seen["last_row"]:
        pdf = build_pdf(make_story({}, tail_rows), t, **options)
    return pdf

"""What the forms share: styles in the embedded font, dates, letterhead, signature lines, QR,
and building a document into PDF bytes with "page N of M" footers."""

from __future__ import annotations

import functools
import io
import itertools
import math
import re
from collections.abc import Callable, Sequence
from datetime import date
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.domain.dates import format_date
from desktop.forms.data import CollegeInfo
from desktop.forms.fonts import FONT, FONT_BOLD, register_fonts
from desktop.forms.texts import Texts, legal_basis

LINE = colors.black
GRID = colors.Color(0.35, 0.35, 0.35)
HEADER_FILL = colors.Color(0.9, 0.9, 0.9)

# Official letters keep a wide left margin for binding into the college's files.
LETTER_MARGINS = (25 * mm, 12 * mm, 14 * mm, 17 * mm)  # left, right, top, bottom
REGISTER_MARGINS = (15 * mm, 10 * mm, 12 * mm, 16 * mm)
# The footer's baseline: every mark on a form stays at least 10 mm from the sheet's edge.
FOOTER_Y = 10.8 * mm


def fit_width(text: str, font: str, size: float, width: float) -> str:
    """text, cut with "…" where it would run past width (a footer beside "page 1 of 2")."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip(" ·,") + "…"


def date_words(value: date, t: Texts) -> str:
    """«15» наурыз 2026 ж. style, for the dates of letters."""
    months = t.lines("common.months")
    return t("common.date_words", day=f"{value.day:02d}", month=months[value.month - 1],
             year=value.year)


def esc(text: object) -> str:
    """Data going into a Paragraph: '<' or '&' in a name must print, not break the markup."""
    return escape(str(text))


def fill(t: Texts, key: str, **values: object) -> str:
    """A template from the TOML with data values escaped and set in bold."""
    return t(key, **{name: f"<b>{esc(value)}</b>" for name, value in values.items()})


# Kazakh letters outside Russian's а-я (and ё, і): reportlab only breaks a word at its own
# hyphen ("embedded hyphenation") when every letter is one it knows.
KAZAKH_LETTERS = "ӘәҒғҚқҢңӨөҰұҮүҺһІіЁё"


def _teach_reportlab_kazakh_letters() -> None:
    """Let a long hyphenated name (Сәрсенбаева-Құдайбергенова) wrap at its hyphen rather than
    mid-word; reportlab's letter class is module data, so it is extended once here."""
    from reportlab.platypus import paragraph

    letters = getattr(paragraph, "_hy_letters", None)
    if letters is None or KAZAKH_LETTERS in letters:
        return
    paragraph._hy_letters = letters + KAZAKH_LETTERS
    paragraph._hy_letters_pat = re.compile(f"^[{paragraph._hy_letters}]+$")
    paragraph._hy_shy_letters_pat = re.compile(
        f"^[{paragraph._hy_shy}{paragraph._hy_letters}]+$")


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    _teach_reportlab_kazakh_letters()
    base = ParagraphStyle("base", fontName=FONT, fontSize=12, leading=15, alignment=TA_LEFT,
                          embeddedHyphenation=1)

    def make(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": make("body", alignment=TA_JUSTIFY, spaceAfter=4),
        "plain": make("plain"),
        "indent": make("indent", alignment=TA_JUSTIFY, firstLineIndent=12 * mm, spaceAfter=4),
        "center": make("center", alignment=TA_CENTER),
        "right": make("right", alignment=TA_RIGHT),
        "title": make("title", fontName=FONT_BOLD, fontSize=15, leading=19,
                      alignment=TA_CENTER, spaceBefore=4, spaceAfter=2),
        "big_title": make("big_title", fontName=FONT_BOLD, fontSize=20, leading=24,
                          alignment=TA_CENTER, spaceBefore=0, spaceAfter=1),
        "subtitle": make("subtitle", alignment=TA_CENTER, spaceAfter=4),
        "bold": make("bold", fontName=FONT_BOLD),
        "small": make("small", fontSize=10, leading=12),
        "small_center": make("small_center", fontSize=10, leading=12, alignment=TA_CENTER),
        "small_right": make("small_right", fontSize=8, leading=9.5, alignment=TA_RIGHT),
        "hint": make("hint", fontSize=8, leading=9.5, alignment=TA_CENTER,
                     textColor=colors.Color(0.25, 0.25, 0.25)),
        "head_kk": make("head_kk", fontName=FONT_BOLD, fontSize=10.5, leading=12.5,
                        alignment=TA_CENTER),
        "head_addr": make("head_addr", fontSize=8.5, leading=10, alignment=TA_CENTER),
        "cell": make("cell", fontSize=9.5, leading=11),
        "cell_center": make("cell_center", fontSize=9.5, leading=11, alignment=TA_CENTER),
        "cell_head": make("cell_head", fontName=FONT_BOLD, fontSize=9, leading=10.5,
                          alignment=TA_CENTER),
        "reg": make("reg", fontSize=8.5, leading=10),
        "reg_center": make("reg_center", fontSize=8.5, leading=10, alignment=TA_CENTER),
        "reg_head": make("reg_head", fontName=FONT_BOLD, fontSize=8.5, leading=10,
                         alignment=TA_CENTER),
        "label": make("label", fontSize=11, leading=13),
        "value": make("value", fontName=FONT_BOLD, fontSize=11, leading=13),
    }


def p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(text, styles()[style])


def base_table_style(*extra: tuple) -> TableStyle:
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            *extra,
        ]
    )


def letterhead(college: CollegeInfo, width: float) -> Table:
    """The college's bilingual heading: Kazakh on the left, Russian on the right."""
    half = width / 2
    contacts = "".join(f"<br/>{esc(x)}" for x in (" · ".join(
        y for y in (college.phone, college.email) if y),) if x)
    rows = [
        [p(esc(college.name_kk), "head_kk"), p(esc(college.name_ru), "head_kk")],
        [p(esc(college.address_kk) + contacts, "head_addr"),
         p(esc(college.address_ru) + contacts, "head_addr")],
    ]
    table = Table(rows, colWidths=[half, half])
    table.setStyle(base_table_style(
        ("LINEBELOW", (0, -1), (-1, -1), 1.2, LINE),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ))
    return table


def appendix_note(text: str, width: float) -> Table:
    """The 'Appendix N to ... / Form' note in the top right corner of a statutory form."""
    lines = [p(esc(line), "small_right") for line in text.split("\n")]
    table = Table([["", lines]], colWidths=[width * 0.45, width * 0.55])
    table.setStyle(base_table_style(("RIGHTPADDING", (0, 0), (-1, -1), 0)))
    return table


def legal_basis_note(form: str, t: Texts) -> str:
    """The corner note citing the order that approves the form, from legal_basis.toml (numbers,
    dates, appendix) and the language's wording ([legal_basis] in kk.toml / ru.toml)."""
    basis = legal_basis(form)

    def when(value: date) -> str:
        months = t.lines("legal_basis.months_of")
        return t("legal_basis.date", day=f"{value.day:02d}", month=months[value.month - 1],
                 year=value.year)

    number = str(basis.get("appendix", "")).strip()
    appendix = (t("legal_basis.appendix", number=number) if number
                else t("legal_basis.appendix_unnumbered"))
    lines = t.lines("legal_basis.note", order_date=when(basis["order_date"]),
                    order_number=basis["order_number"], appendix=appendix)
    if basis.get("amended_number") and basis.get("amended_date"):
        lines += t.lines("legal_basis.amended", amended_date=when(basis["amended_date"]),
                         amended_number=basis["amended_number"])
    return "\n".join([*lines, t("legal_basis.form")])


def fields_table(rows: Sequence[tuple[str, str]], width: float, label_share: float = 0.36) -> Table:
    """Label | value lines, the value underlined like a filled-in blank."""
    data = [[p(esc(label), "label"), p(esc(value), "value")] for label, value in rows]
    table = Table(data, colWidths=[width * label_share, width * (1 - label_share)])
    table.setStyle(base_table_style(
        ("LINEBELOW", (1, 0), (1, -1), 0.5, GRID),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
    ))
    return table


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
    commands = [
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBELOW", (1, 0), (1, 0), 0.6, LINE),
        ("TOPPADDING", (0, 0), (-1, 0), 13),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("LEFTPADDING", (2, 0), (2, 0), 8),
        ("TOPPADDING", (0, 1), (-1, 1), 0.5),
        ("TOPPADDING", (0, 2), (-1, 2), 4),
    ]
    if hint_key:  # a long hint explains the whole line: let it run under the name too
        commands.append(("SPAN", (1, 1), (2, 1)))
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


def spacer(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)


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


def mark_hook(mark: str, t: Texts, then: PageHook | None = None) -> PageHook | None:
    """A page hook drawing the mark on every page (after the form's own hook, if any)."""
    if not check_mark(mark):
        return then

    def draw(canv: pdf_canvas.Canvas, number: int, total: int) -> None:
        if then:
            then(canv, number, total)
        draw_mark(canv, mark, t)

    return draw


def _canvas_class(footer: str, t: Texts, hook: PageHook | None, margins: tuple[float, ...]):
    """A canvas that knows the page count when it draws footers ("page 2 of 5")."""

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
            if total > 1:
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
) -> bytes:
    """Lay the story out in one frame per page and return the PDF; mark (see MARKS) is drawn
    over every page."""
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
    doc.build(story, canvasmaker=_canvas_class(footer, t, page_hook, margins))
    return buffer.getvalue()


def frame_width(pagesize: tuple[float, float] = A4,
                margins: tuple[float, float, float, float] = LETTER_MARGINS) -> float:
    return pagesize[0] - margins[0] - margins[1]

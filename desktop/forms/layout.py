"""What the forms' pages are made of: styles in the embedded font, paragraphs, tables, the
letterhead, the dates of letters and the legal-basis note. Signatures and the QR are in
`signatures`, marks in `marks`, building the PDF in `pdf_document`."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.domain.printables import CollegeInfo
from desktop.forms.fonts import FONT, FONT_BOLD, register_fonts
from desktop.forms.texts import Texts, legal_basis

LINE = colors.black
GRID = colors.Color(0.35, 0.35, 0.35)
HEADER_FILL = colors.Color(0.9, 0.9, 0.9)


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
        minister = (t(f"legal_basis.ministers.{basis['amended_by']}")
                    if basis.get("amended_by") else "")
        lines += [" ".join(line.split()) for line in t.lines(
            "legal_basis.amended", amended_date=when(basis["amended_date"]),
            amended_number=basis["amended_number"], minister=minister)]
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


def spacer(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)

"""Duplicate of a TVE document: a full A4 layout on plain paper, or only the values placed on
a pre-printed strict-accountability blank (diploma, then its appendix)."""

from __future__ import annotations

import io
from dataclasses import replace

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, PageBreak

from desktop.domain.archive.grade_scale import written_grade
from desktop.domain.dates import format_date
from desktop.domain.numbers import number_text
from desktop.domain.printables import DuplicateData, ElectronicSignatureNote
from desktop.forms.blank_layout import BlankPrinter, duplicate_blank_layout
from desktop.forms.fonts import FONT_BOLD, register_fonts
from desktop.forms.layout import esc, fields_table, letterhead, p, spacer
from desktop.forms.marks import check_mark, draw_mark, esign_line
from desktop.forms.pdf_document import LETTER_MARGINS, PageProbe, build_signed_pdf, frame_width
from desktop.forms.signatures import signature_block, signed_with_qr
from desktop.forms.texts import LANGUAGES, FormTextError, Texts, check_language, texts
from desktop.forms.transcript import TAIL_ROWS, transcript_parts

# A taller top margin leaves the ТЕЛНҰСҚА / ДУБЛИКАТ box its own band above the text.
MARGINS = (LETTER_MARGINS[0], LETTER_MARGINS[1], 23 * mm, LETTER_MARGINS[3])


def _specialty(data: DuplicateData) -> str:
    return f"{data.specialty_code} {data.specialty_name}".strip()


def _mark_hook(mark: str):
    """ТЕЛНҰСҚА / ДУБЛИКАТ boxed in the top right corner of every page."""

    def draw(canvas, _number: int, _total: int) -> None:
        width, height = canvas._pagesize
        size = 15
        text_width = canvas.stringWidth(mark, FONT_BOLD, size)
        right = width - LETTER_MARGINS[1]
        canvas.saveState()
        canvas.setFont(FONT_BOLD, size)
        canvas.setLineWidth(1.4)
        # In the band between the 10 mm edge margin and the text, on every page.
        canvas.rect(right - text_width - 8 * mm, height - 20 * mm, text_width + 8 * mm, 9 * mm)
        canvas.drawRightString(right - 4 * mm, height - 17 * mm, mark)
        canvas.restoreState()

    return draw


def render_duplicate(data: DuplicateData, lang: str, *, mark: str = "",
                     esign: ElectronicSignatureNote | None = None) -> bytes:
    """The duplicate on plain A4. mark: "" none, "draft" a draft, "copy" a reprint."""
    t = texts(check_language(lang))
    check_mark(mark)
    width = frame_width(margins=MARGINS)
    original = t("duplicate.original_value", series=data.original_series,
                 number=data.original_number, date=format_date(data.original_issued_on))
    recipient = data.person.full_name
    if data.person.iin:
        recipient += f", {t('common.iin')} {data.person.iin}"
    rows = [
        (t("duplicate.holder"), data.name_as_written),
        (t("duplicate.graduation_year"), str(data.graduation_year)),
        (t("duplicate.college"), data.college.name(lang)),
        (t("duplicate.specialty"), _specialty(data)),
        (t("duplicate.qualification"), data.qualification),
    ]
    if data.honours:
        rows.append((t("duplicate.honours"), t("duplicate.honours_yes")))
    rows += [
        (t("duplicate.original"), original),
        (t("duplicate.book_number"), data.book_number),
        (t("duplicate.issued_on"), format_date(data.issued_on)),
        (t("duplicate.recipient"), recipient),
    ]
    blank = t("duplicate.blank", series=data.new_blank_series, number=data.new_blank_number)
    story = [
        letterhead(data.college, width),
        spacer(8),
        p(esc(t("duplicate.title_honours" if data.honours else "duplicate.title")), "big_title"),
        p(esc(t("duplicate.subtitle")), "subtitle"),
        p(f"<b>{esc(blank)}</b>", "center"),
        spacer(6),
        p(esc(t("duplicate.statement")), "indent"),
        spacer(2),
        fields_table(rows, width, label_share=0.34),
        spacer(4),
        p(esc(t("duplicate.replaces")), "indent"),
        KeepTogether([
            spacer(4),
            signed_with_qr(t, data.head_name, data.qr_payload, data.verification_code,
                           data.reg_number, data.issued_on, width),
        ]),
    ]

    def make_story(seen: dict[str, int], tail: int) -> list:
        if not data.transcript:
            return story
        return [*story, PageBreak(), *_appendix(data, t, width, seen, tail)]

    return build_signed_pdf(make_story, t, TAIL_ROWS, title=f"{t('duplicate.mark')} {blank}",
                            margins=MARGINS,
                            footer=f"{data.reg_number} · {blank} · {data.book_number}",
                            page_hook=_mark_hook(t("duplicate.mark")), mark=mark,
                            note=esign_line(t, esign))


def _appendix(data: DuplicateData, t: Texts, width: float, seen: dict[str, int],
              tail: int) -> list:
    story = [
        spacer(6),
        p(esc(t("duplicate.appendix_title")), "title"),
        p(esc(t("duplicate.appendix_subtitle", series=data.new_blank_series,
                number=data.new_blank_number)), "subtitle"),
        p(esc(t("duplicate.appendix_holder", name=data.name_as_written)), "plain"),
        p(esc(t("duplicate.appendix_specialty", specialty=_specialty(data))), "plain"),
    ]
    if data.study_from_year:
        story.append(p(esc(t("duplicate.appendix_years", year_from=data.study_from_year,
                             year_to=data.graduation_year)), "plain"))
    table, kept = transcript_parts(data.transcript, t, "duplicate", width, tail, seen)
    story += [
        spacer(3),
        *table,
        KeepTogether([
            *kept,
            PageProbe("signature", seen),
            spacer(6),
            signature_block(t, t("common.head"), data.head_name, width, seal=True),
            spacer(3),
            p(f"{esc(t('duplicate.book_number'))}: <b>{esc(data.book_number)}</b>", "small"),
            p(f"{esc(t('duplicate.issued_on'))}: <b>{format_date(data.issued_on)}</b>", "small"),
        ]),
    ]
    return story


def _blank_values(data: DuplicateData, lang: str) -> dict[str, str]:
    """What a page of the blank filled in `lang` may print, by value name. The draft keeps the
    holder's name, specialty and qualification as typed (one language): they print as typed
    on either page rather than a translation Kense would have to invent."""
    t = texts(lang)
    return {
        "mark": t("duplicate.mark"),
        "original": t("duplicate_blank.original", series=data.original_series,
                      number=data.original_number,
                      date=format_date(data.original_issued_on)),
        "blank_series": data.new_blank_series,
        "blank_number": data.new_blank_number,
        "honours": t("duplicate_blank.honours") if data.honours else "",
        "holder": data.name_as_written,
        "graduation_year": str(data.graduation_year),
        "college": data.college.name(lang),
        "specialty": _specialty(data),
        "qualification": data.qualification,
        "head_name": data.head_name,
        "book_number": data.book_number,
        "issued_on": t("duplicate_blank.date", date=format_date(data.issued_on)),
    }


def _put_fields(printer: BlankPrinter, key: str, values: dict[str, str]) -> None:
    """Every field of the layout's table `key`, except the values the blank has pre-printed."""
    layout = printer.layout
    skip = layout.preprinted()
    if skip - values.keys():  # a misspelt name would let the blank's own number print
        raise FormTextError(layout.path, "preprinted.values",
                            f"unknown {sorted(skip - values.keys())}; one of {sorted(values)}")
    for field in layout.fields(key):
        name = field.name.rpartition(".")[2]
        if name not in values:
            raise FormTextError(layout.path, field.name,
                                f"prints no known value; one of {sorted(values)}")
        if name not in skip:
            printer.text(field, values[name])


def _appendix_pages(count: int, per_page: int) -> list[range]:
    """Slots (subject rows, then one for the totals) split into sheets; a sheet never holds
    the totals alone, so its last subject goes with them."""
    per_page = max(per_page, 2)
    slots = count + 1
    pages = [range(start, min(start + per_page, slots)) for start in range(0, slots, per_page)]
    if len(pages) > 1 and len(pages[-1]) == 1:
        before = pages[-2]
        pages[-2] = range(before.start, before.stop - 1)
        pages[-1] = range(before.stop - 1, slots)
    return pages


def render_duplicate_on_blank(
    data: DuplicateData,
    lang: str,
    offset_x_mm: float = 0.0,
    offset_y_mm: float = 0.0,
    *,
    guides: bool = False,
    mark: str = "",
) -> bytes:
    """Only the values, placed on the pre-printed blank of the document duplicated: the
    diploma blank's inner pages each in its language (duplicate_blank.toml [diploma]
    languages), or the appendix blanks (the transcript) in `lang`. Offsets are the printer's
    calibrated correction (positive x moves right, positive y moves down). guides=True adds
    dashed field boxes for a trial print on plain paper. mark: "" none, "draft" a draft,
    "copy" a reprint. Raises BlankOverflow before a blank is spoiled."""
    t = texts(check_language(lang))
    check_mark(mark)
    register_fonts()
    layout = duplicate_blank_layout()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(layout.width_mm * mm, layout.height_mm * mm),
                    initialFontName=FONT_BOLD, pageCompression=1)
    canvas.setTitle(f"{t('duplicate.mark')} {data.new_blank_series} {data.new_blank_number}")
    canvas.setAuthor("Kense")
    canvas.setFillColor(colors.black)
    printer = BlankPrinter(canvas, layout, offset_x_mm, offset_y_mm, guides)
    if data.document_kind == "appendix":
        _appendix_sheets(printer, t, data, lang, mark)
    else:
        for side in layout.names("diploma.languages"):
            if side not in LANGUAGES:
                raise FormTextError(layout.path, "diploma.languages", f"expected {LANGUAGES}")
            _put_fields(printer, f"diploma.{side}", _blank_values(data, side))
    draw_mark(canvas, mark, t)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _appendix_sheets(printer: BlankPrinter, t: Texts, data: DuplicateData, lang: str,
                     mark: str) -> None:
    """The transcript on as many appendix blanks as it needs (the last one left open for the
    caller to finish)."""
    values = _blank_values(data, lang)
    rows = data.transcript
    pages = _appendix_pages(len(rows), int(printer.layout.number("appendix.table.rows_per_page")))
    for number, page in enumerate(pages):
        if number:
            draw_mark(printer.canvas, mark, t)
            printer.canvas.showPage()
        last = page.stop > len(rows)
        # The head signs under the table: on its last sheet only.
        _put_fields(printer, "appendix", values if last else
                    {**values, "head_name": "", "issued_on": ""})
        _appendix_rows(printer, t, rows, page, lang)


def _appendix_rows(printer: BlankPrinter, t: Texts, rows: list, page: range,
                   lang: str) -> None:
    """The subjects of one appendix sheet and, on the last, the totals row as the A4
    duplicate has it (hours and credits summed, when the transcript has them)."""
    layout = printer.layout
    first_y = layout.number("appendix.table.first_row_y_mm")
    pitch = layout.number("appendix.table.row_pitch_mm")
    size = layout.number("appendix.table.size")
    columns = {name: replace(layout.field(f"appendix.table.{name}"), size=size)
               for name in ("number", "subject", "hours", "credits", "grade")}
    with_hours = any(r.hours is not None for r in rows)
    with_credits = any(r.credits is not None for r in rows)
    for line, slot in enumerate(page):
        y = first_y + line * pitch
        if slot < len(rows):
            row = rows[slot]
            cells = {"number": str(slot + 1), "subject": row.subject,
                     "hours": "" if row.hours is None else str(row.hours),
                     "credits": number_text(row.credits),
                     "grade": written_grade(row.grade, lang)}
        elif with_hours or with_credits:
            cells = {
                "subject": t("common.total"),
                "hours": str(sum(r.hours or 0 for r in rows)) if with_hours else "",
                "credits": number_text(sum(r.credits or 0.0 for r in rows))
                if with_credits else "",
            }
        else:
            continue
        for name, value in cells.items():
            column = columns[name]
            if slot >= len(rows):
                column = replace(column, bold=True)
            printer.text(column, value, y)

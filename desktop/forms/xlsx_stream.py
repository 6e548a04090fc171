"""Excel workbooks (.xlsx, Office Open XML SpreadsheetML) written row by row, straight into the
zip: memory stays that of a thousand rows whatever the register's length.

Why not openpyxl's write-only mode: it builds a cell object and an XML element for each cell,
34 µs a cell on the office PC this was measured on, so the journal of 100,000 rows (1.3 million
cells) took 44 s; written here as text it takes about 3 s. openpyxl still reads the archive's
workbooks, and the tests read these files with it cell by cell.

What a sheet has: column widths, a first row of titles (bold, wrapped, shaded) that stays in
view when scrolling, a filter over the titles and the data rows, and rows below the filter (a
total). A cell is text (kept as typed: an IIN keeps its leading zero), a whole or decimal
number, a date or a moment as an Excel date serial with its number format, or `Formatted`
(a value with a number format of its own).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

# Excel's serial day 0 (its 1900 leap-year bug makes every date after February 1900 count
# from 30 December 1899).
_EPOCH = datetime(1899, 12, 30)
# The cell styles of styles.xml below: 0 plain, 1 the titles, then one per number format.
_NUMBER_FORMATS = {"dd.mm.yyyy": 2, "dd.mm.yyyy hh:mm": 3, "mm.yyyy": 4, "0.0": 5}
_HEADER_STYLE = 1
_FLUSH_ROWS = 1000
# Characters XML 1.0 does not allow (a control character pasted into a name): left out.
_NOT_XML = {c: None for c in range(32) if c not in (9, 10, 13)}
_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


@dataclass(frozen=True)
class Formatted:
    value: object
    number_format: str


@dataclass(frozen=True)
class Sheet:
    name: str  # at most 31 characters, none of []:*?/\
    titles: Sequence[str]
    widths: Sequence[float]  # in Excel's characters
    number_formats: Sequence[str]  # per column, "" for none (dates get theirs from here)
    rows: Iterable[Sequence]
    filtered_rows: int  # how many of the rows the filter covers (the rest are totals)
    after: Sequence[Sequence] = ()  # rows below the filtered ones (totals)
    title_height: float = 48
    above: Sequence[str] = ()  # lines above the titles (who, what, when), one cell each

    @property
    def title_row(self) -> int:
        return len(self.above) + 1


def column_letter(index: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def sheet_name(text: str) -> str:
    return "".join(ch for ch in text if ch not in "[]:*?/\\")[:31]


def _serial(value: date) -> float | int:
    if isinstance(value, datetime):
        delta = value.replace(tzinfo=None) - _EPOCH
        return delta.days + delta.seconds / 86400
    return (value - _EPOCH.date()).days


def _text(value: str) -> str:
    return escape(value.translate(_NOT_XML))


def _cell(ref: str, value, style: int) -> str:
    if isinstance(value, Formatted):
        return _cell(ref, value.value, _NUMBER_FORMATS.get(value.number_format, 0))
    if value is None or value == "":
        return ""
    s = f' s="{style}"' if style else ""
    if isinstance(value, str):
        text = _text(value)
        return f'<c r="{ref}" t="inlineStr"{s}><is><t xml:space="preserve">{text}</t></is></c>'
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"{s}><v>{int(value)}</v></c>'
    if isinstance(value, date):
        return f'<c r="{ref}"{s}><v>{_serial(value)}</v></c>'
    return f'<c r="{ref}"{s}><v>{value}</v></c>'


def _sheet_xml(sheet: Sheet, stream, first: bool) -> None:
    count = len(sheet.titles)
    last = column_letter(count)
    letters = [column_letter(i) for i in range(1, count + 1)]
    styles = [_NUMBER_FORMATS.get(f, 0) for f in sheet.number_formats]
    cols = "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>'
                   for i, w in enumerate(sheet.widths, start=1))
    top = sheet.title_row  # the titles' row; the data start below it
    above = "".join(f'<row r="{n}">{_cell(f"A{n}", line, 0)}</row>'
                    for n, line in enumerate(sheet.above, start=1))
    stream.write((
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{_NS}" '
        f'xmlns:r="{_REL}"><sheetPr filterMode="false"/><sheetViews><sheetView '
        # Only the first sheet is selected: Excel edits selected sheets together.
        f'tabSelected="{int(first)}" workbookViewId="0"><pane ySplit="{top}" '
        f'topLeftCell="A{top + 1}" activePane="bottomLeft" state="frozen"/><selection '
        f'pane="bottomLeft" activeCell="A{top + 1}" sqref="A{top + 1}"/></sheetView>'
        f'</sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols><sheetData>'
        f'{above}<row r="{top}" ht="{sheet.title_height}" customHeight="1">'
    ).encode())
    stream.write("".join(_cell(f"{letters[i]}{top}", t, _HEADER_STYLE)
                         for i, t in enumerate(sheet.titles)).encode())
    stream.write(b"</row>")
    number = top
    chunk: list[str] = []
    for rows in (sheet.rows, sheet.after):
        for values in rows:
            number += 1
            cells = "".join(_cell(f"{letters[i]}{number}", v, styles[i])
                            for i, v in enumerate(values))
            chunk.append(f'<row r="{number}">{cells}</row>')
            if len(chunk) >= _FLUSH_ROWS:
                stream.write("".join(chunk).encode())
                chunk = []
    stream.write("".join(chunk).encode())
    stream.write((f'</sheetData><autoFilter ref="A{top}:{last}{sheet.filtered_rows + top}"/>'
                  '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" '
                  'footer="0.3"/></worksheet>').encode())


def write_workbook(target: Path | BinaryIO, title: str, sheets: Sequence[Sheet]) -> None:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _content_types(len(sheets)))
        z.writestr("_rels/.rels", _ROOT_RELS)
        z.writestr("docProps/core.xml", _core(title))
        z.writestr("docProps/app.xml", _APP)
        z.writestr("xl/workbook.xml", _workbook(sheets))
        z.writestr("xl/_rels/workbook.xml.rels", _workbook_rels(len(sheets)))
        z.writestr("xl/styles.xml", _STYLES)
        for number, sheet in enumerate(sheets, start=1):
            with z.open(f"xl/worksheets/sheet{number}.xml", "w") as stream:
                _sheet_xml(sheet, stream, number == 1)


def _content_types(sheets: int) -> str:
    parts = "".join(
        f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for n in range(1, sheets + 1))
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
        'package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
        f'officedocument.extended-properties+xml"/>{parts}</Types>')


_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
    'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{_REL}/extended-properties" Target="docProps/app.xml"/>'
    '</Relationships>')

_APP = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-'
    'properties"><Application>Kense</Application></Properties>')


def _core(title: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<dc:title>{_text(title)}</dc:title><dc:creator>Kense</dc:creator>'
        '</cp:coreProperties>')


def _workbook(sheets: Sequence[Sheet]) -> str:
    listed = "".join(f'<sheet name="{escape(sheet_name(s.name), {chr(34): "&quot;"})}" '
                     f'sheetId="{n}" r:id="rId{n}"/>' for n, s in enumerate(sheets, start=1))
    # Excel keeps each sheet's filter range as a hidden name too.
    names = "".join(
        f'<definedName name="_xlnm._FilterDatabase" localSheetId="{n}" hidden="1">'
        f"'{_text(sheet_name(s.name)).replace(chr(39), chr(39) * 2)}'!$A${s.title_row}:"
        f"${column_letter(len(s.titles))}$"
        f"{s.filtered_rows + s.title_row}</definedName>" for n, s in enumerate(sheets))
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{_NS}" '
        f'xmlns:r="{_REL}"><bookViews><workbookView/></bookViews><sheets>{listed}</sheets>'
        f'<definedNames>{names}</definedNames></workbook>')


def _workbook_rels(sheets: int) -> str:
    rels = "".join(f'<Relationship Id="rId{n}" Type="{_REL}/worksheet" '
                   f'Target="worksheets/sheet{n}.xml"/>' for n in range(1, sheets + 1))
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'{rels}<Relationship Id="rId{sheets + 1}" Type="{_REL}/styles" Target="styles.xml"/>'
        '</Relationships>')


# Number formats from id 164 are the file's own; the cell styles are, in order: plain, titles
# (bold, shaded, wrapped, centred vertically), then _NUMBER_FORMATS.
_STYLES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{_NS}">'
    '<numFmts count="4"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/>'
    '<numFmt numFmtId="165" formatCode="dd.mm.yyyy hh:mm"/>'
    '<numFmt numFmtId="166" formatCode="mm.yyyy"/><numFmt numFmtId="167" formatCode="0.0"/>'
    '</numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="3"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFE8ECF2"/></patternFill></fill>'
    '</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border>'
    '</borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
    '</cellStyleXfs><cellXfs count="6">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" '
    'applyFill="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
    '</cellStyles></styleSheet>')

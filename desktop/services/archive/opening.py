"""Opening an archive workbook, or saying plainly why it cannot be opened.

A password-protected .xlsx is not a zip at all: Office wraps the encrypted package in an OLE
compound file (the magic bytes of an old .xls) holding a stream named "EncryptedPackage", so
the stream's name, stored in UTF-16, tells the two apart without another library.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path
from xml.etree import ElementTree
from xml.etree.ElementTree import ParseError

import openpyxl

from desktop.domain.errors import DomainError

try:
    import python_calamine
except ImportError:  # an environment installed before calamine joined: openpyxl reads alone
    python_calamine = None

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
REQUIRED_PARTS = ("[Content_Types].xml", "xl/workbook.xml")
# What openpyxl raises on a zip whose parts are cut or malformed.
DAMAGE = (zipfile.BadZipFile, zlib.error, EOFError, KeyError, ParseError, ValueError, OSError,
          IndexError, TypeError, AttributeError)
CALAMINE_ERRORS = (python_calamine.CalamineError,) if python_calamine else ()
BACKEND = "calamine" if python_calamine else "openpyxl"


class ArchiveFileError(DomainError):
    """The file is no workbook Kense can read: `code` says why (archive_not_excel,
    archive_encrypted, archive_damaged, archive_empty)."""

    def __init__(self, code: str, message: str, **params: object) -> None:
        super().__init__(code, message, **params)


def read_bytes(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise ArchiveFileError("archive_unreadable_file", f"cannot read {path}: {exc}",
                               path=str(path)) from exc


def check_workbook(data: bytes, name: str) -> None:
    """Refuse what is not an .xlsx before openpyxl sees it, with the reason."""
    if data.startswith(OLE_MAGIC):
        if ENCRYPTED_STREAM in data:
            raise ArchiveFileError("archive_encrypted", f"{name} is password-protected",
                                   name=name)
        raise ArchiveFileError("archive_not_excel",
                               f"{name} is an old binary .xls: save it as .xlsx",
                               name=name, kind="xls")
    if not data.startswith(ZIP_MAGIC):
        raise ArchiveFileError("archive_not_excel", f"{name} is not an Excel workbook",
                               name=name, kind="other")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise ArchiveFileError("archive_damaged", f"{name} is damaged: {exc}",
                               name=name) from exc
    if not any(n.startswith("xl/") for n in names):
        # A .docx, .pptx, .ods or plain .zip renamed: a zip, but no workbook inside.
        raise ArchiveFileError("archive_not_excel", f"{name} is a zip but no Excel workbook",
                               name=name, kind="other")
    if any(part not in names for part in REQUIRED_PARTS):
        raise ArchiveFileError("archive_damaged", f"{name} lacks parts of a workbook",
                               name=name)


class Sheets:
    """The worksheets of a workbook as rows of values (None for a blank cell), whichever
    library reads them; a merged cell is its top-left value and blanks."""

    def __init__(self, names: list[str], every: list[str], rows, close) -> None:
        self.names = names  # the worksheets, in the workbook's order
        self.every = every  # chart sheets too: what the workbook lists
        self._rows = rows
        self.close = close

    def rows(self, sheet: str, name: str) -> list[tuple]:
        try:
            return self._rows(sheet)
        except DAMAGE + CALAMINE_ERRORS as exc:
            raise ArchiveFileError("archive_damaged", f"{name}: sheet {sheet} is damaged: "
                                   f"{exc}", name=name) from exc


def open_workbook(data: bytes, name: str, backend: str | None = None) -> Sheets:
    """The workbook's worksheets; calamine when installed (ten times faster than openpyxl on
    the benchmark workbook, tests/bench/bench_archive_read.py), else openpyxl's read-only mode.
    Both read the values Excel cached for formulas."""
    check_workbook(data, name)
    backend = backend or BACKEND
    try:
        declared = _declared_sheets(data)
        sheets = _calamine(data) if backend == "calamine" else _openpyxl(data)
    except DAMAGE + CALAMINE_ERRORS as exc:
        raise ArchiveFileError("archive_damaged", f"{name} is damaged: {exc}",
                               name=name) from exc
    # openpyxl silently leaves out a sheet whose part is missing: its students would vanish.
    missing = [s for s in declared if s not in sheets.every]
    if missing:
        sheets.close()
        raise ArchiveFileError("archive_damaged", f"{name} lacks the sheet {missing[0]}",
                               name=name, sheet=missing[0])
    return sheets


def _openpyxl(data: bytes) -> Sheets:
    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    worksheets = {ws.title: ws for ws in workbook.worksheets}  # chart sheets hold no rows

    def rows(sheet: str) -> list[tuple]:
        return list(worksheets[sheet].iter_rows(values_only=True))

    names = [n for n in workbook.sheetnames if n in worksheets]
    return Sheets(names, list(workbook.sheetnames), rows, workbook.close)


def _calamine(data: bytes) -> Sheets:
    workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    worksheet = python_calamine.SheetTypeEnum.WorkSheet
    names = [m.name for m in workbook.sheets_metadata if m.typ == worksheet]
    everything = [m.name for m in workbook.sheets_metadata]

    def rows(sheet: str) -> list[tuple]:
        # Padded from A1 so that row and column numbers are the sheet's own.
        values = workbook.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
        return [tuple(None if v == "" else v for v in row) for row in values]

    return Sheets(names, everything, rows, workbook.close)


def _declared_sheets(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    return [e.get("name", "") for e in root.iter() if e.tag.rsplit("}", 1)[-1] == "sheet"]

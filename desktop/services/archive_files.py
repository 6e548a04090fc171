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

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
REQUIRED_PARTS = ("[Content_Types].xml", "xl/workbook.xml")
# What openpyxl raises on a zip whose parts are cut or malformed.
DAMAGE = (zipfile.BadZipFile, zlib.error, EOFError, KeyError, ParseError, ValueError, OSError,
          IndexError, TypeError, AttributeError)


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


def open_workbook(data: bytes, name: str):
    """A read-only workbook with cached formula values; merged cells come as their top-left
    value and blanks, which the layouts are read to expect."""
    check_workbook(data, name)
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        declared = _declared_sheets(data)
    except DAMAGE as exc:
        raise ArchiveFileError("archive_damaged", f"{name} is damaged: {exc}",
                               name=name) from exc
    # openpyxl silently leaves out a sheet whose part is missing: its students would vanish.
    missing = [s for s in declared if s not in workbook.sheetnames]
    if missing:
        workbook.close()
        raise ArchiveFileError("archive_damaged", f"{name} lacks the sheet {missing[0]}",
                               name=name, sheet=missing[0])
    return workbook


def _declared_sheets(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    return [e.get("name", "") for e in root.iter() if e.tag.rsplit("}", 1)[-1] == "sheet"]


def sheet_rows(workbook, sheet_name: str, name: str) -> list[tuple]:
    try:
        return list(workbook[sheet_name].iter_rows(values_only=True))
    except DAMAGE as exc:
        raise ArchiveFileError("archive_damaged", f"{name}: sheet {sheet_name} is damaged: "
                               f"{exc}", name=name) from exc

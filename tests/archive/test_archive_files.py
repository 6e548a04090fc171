"""Files that are not workbooks Kense can read get a reason of their own; the import template
reads as the table layout."""

import io
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop.domain.errors import DomainError
from desktop.services.archive.reading import detect_mapping, read_archive
from support.archive_workbooks import summary_workbook

pytestmark = pytest.mark.usefixtures("both_readers")

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "resources" / "archive" / "template.xlsx"
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")


def _code(path) -> str:
    with pytest.raises(DomainError) as caught:
        read_archive(path)
    return caught.value.code


def _write(tmp_path, name, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("name", "data"), [
    ("list.xlsx", "ЖСН;Тегі;Аты\n040315601235;Сейітқали;Әлия\n".encode()),  # a .csv renamed
    ("note.xlsx", b"just text"),
    ("scan.xlsx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
    ("empty.xlsx", b""),
])
def test_a_renamed_file_that_is_no_workbook(tmp_path, name, data):
    assert _code(_write(tmp_path, name, data)) == "archive_not_excel"


def test_an_old_binary_xls_is_named_as_such(tmp_path):
    # An OLE compound file without an EncryptedPackage stream: the Excel 97–2003 format.
    data = OLE_MAGIC + bytes(504) + "Workbook".encode("utf-16-le") + bytes(1000)
    with pytest.raises(DomainError) as caught:
        read_archive(_write(tmp_path, "old.xls", data))
    assert (caught.value.code, caught.value.params["kind"]) == ("archive_not_excel", "xls")


def test_a_password_protected_workbook(tmp_path):
    # What Excel writes for a password: an OLE file holding an "EncryptedPackage" stream (the
    # directory entry's name is UTF-16), not a zip.
    data = (OLE_MAGIC + bytes(504) + "EncryptionInfo".encode("utf-16-le") + bytes(50)
            + "EncryptedPackage".encode("utf-16-le") + bytes(1000))
    assert _code(_write(tmp_path, "secret.xlsx", data)) == "archive_encrypted"


def test_a_truncated_workbook_is_damaged(tmp_path):
    whole = summary_workbook(tmp_path / "whole.xlsx").read_bytes()
    assert _code(_write(tmp_path, "cut.xlsx", whole[:len(whole) // 2])) == "archive_damaged"


def _without(source: Path, dropped: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(out, "w") as new:
        for item in old.infolist():
            if item.filename != dropped:
                new.writestr(item, old.read(item))
    return out.getvalue()


@pytest.mark.parametrize("part", ["xl/workbook.xml", "xl/worksheets/sheet1.xml"])
def test_a_workbook_missing_a_part_is_damaged(tmp_path, part):
    whole = summary_workbook(tmp_path / "whole.xlsx")
    assert _code(_write(tmp_path, "part.xlsx", _without(whole, part))) == "archive_damaged"


def test_a_word_document_renamed_is_no_workbook(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as doc:
        doc.writestr("[Content_Types].xml", "<Types/>")
        doc.writestr("word/document.xml", "<document/>")
    assert _code(_write(tmp_path, "letter.xlsx", out.getvalue())) == "archive_not_excel"


def test_a_workbook_without_students_is_empty(tmp_path):
    wb = openpyxl.Workbook()
    wb.active["A1"] = "Жиынтық ведомость"
    wb.save(tmp_path / "blank.xlsx")
    assert _code(tmp_path / "blank.xlsx") == "archive_empty"


def test_the_template_reads_as_the_table_layout_with_no_students():
    mapping = detect_mapping(TEMPLATE)
    assert mapping.layout == "table"
    assert (mapping.header_row, mapping.first_row) == (1, 2)
    assert _code(TEMPLATE) == "archive_empty"


def test_every_template_column_is_recognised_as_its_field():
    sys.path.insert(0, str(ROOT / "build"))
    try:
        from make_archive_template import COLUMNS
    finally:
        sys.path.remove(str(ROOT / "build"))
    expected = tuple((field, column) for column, (field, *_) in enumerate(COLUMNS, 1))
    assert detect_mapping(TEMPLATE).fields == expected


def test_the_template_keeps_its_header_in_view():
    ws = openpyxl.load_workbook(TEMPLATE).active
    assert ws.freeze_panes == "A2"
    assert ws["A1"].value == "ЖСН / ИИН"

"""Write resources/archive/template.xlsx: the plain-table layout the college may fill by hand
and import (Admin -> Archive), with bilingual kk / ru column titles.

    python build/make_archive_template.py

Every title must be recognised by resources/archive/headers.toml; tests/archive checks that the
checked-in template reads as the table layout with each column's intended field.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "resources" / "archive" / "template.xlsx"

# field, title (kk / ru), width in characters, number format
COLUMNS = (
    ("iin", "ЖСН / ИИН", 15, "@"),  # text: an IIN may begin with 0
    ("surname", "Тегі / Фамилия", 20, "@"),
    ("name", "Аты / Имя", 16, "@"),
    ("patronymic", "Әкесінің аты / Отчество", 20, "@"),
    ("birth_date", "Туған күні / Дата рождения", 14, "DD.MM.YYYY"),
    ("group", "Топ / Группа", 10, "@"),
    ("specialty", "Мамандық (коды - атауы) / Специальность (код - название)", 36, "@"),
    ("qualification", "Біліктілік (коды - атауы) / Квалификация (код - название)", 36, "@"),
    ("study_form", "Оқу нысаны / Форма обучения", 14, "@"),
    ("study_language", "Оқу тілі / Язык обучения", 12, "@"),
    ("year_admitted", "Түскен жылы / Год поступления", 12, "0"),
    ("year_graduated", "Бітірген жылы / Год окончания", 12, "0"),
    ("expulsion_order_number", "Шығару туралы бұйрық нөмірі / Номер приказа об отчислении",
     18, "@"),
    ("expulsion_order_date", "Бұйрық күні / Дата приказа", 14, "DD.MM.YYYY"),
    ("diploma_series", "Диплом сериясы / Серия диплома", 10, "@"),
    ("diploma_number", "Диплом нөмірі / Номер диплома", 14, "@"),
    ("diploma_date", "Диплом берілген күні / Дата выдачи диплома", 14, "DD.MM.YYYY"),
    ("honours", "Үздік диплом (иә / жоқ) / С отличием (да / нет)", 12, "@"),
    ("thesis_kk", "Дипломдық жұмыс тақырыбы (қазақ тілінде) / "
                  "Тема дипломной работы (на казахском языке)", 36, "@"),
    ("thesis_ru", "Дипломдық жұмыс тақырыбы (орыс тілінде) / "
                  "Тема дипломной работы (на русском языке)", 36, "@"),
)
# Formats reach this many rows ahead of the typist; enough for a college's graduates.
FORMATTED_ROWS = 1000
# Fixed, so a re-run changes the file only when the columns change.
STAMP = datetime(2026, 12, 1)


def make_template(path: Path = TEMPLATE) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Архив"
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for column, (_field, title, width, number_format) in enumerate(COLUMNS, 1):
        cell = ws.cell(1, column, title)
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        letter = cell.column_letter
        ws.column_dimensions[letter].width = width
        for row in range(2, FORMATTED_ROWS + 2):
            ws.cell(row, column).number_format = number_format
    ws.row_dimensions[1].height = 60
    ws.freeze_panes = "A2"
    wb.properties.creator = "Kense"
    wb.properties.created = wb.properties.modified = STAMP
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


if __name__ == "__main__":
    print(make_template())

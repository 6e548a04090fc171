"""The registers and the statistics in Excel, opened again with openpyxl and read cell by cell:
the titles in both languages, dates as Excel dates, the frozen header, the filter, totals."""

from datetime import date, datetime
from io import BytesIO

import openpyxl
import pytest

from desktop.domain.printables import BookData, BookRow, CollegeInfo, JournalData, JournalRow
from desktop.domain.report_figures import ExecutorLine, MonthLine, Period, Statistics
from desktop.forms import xlsx_registers

COLLEGE = CollegeInfo("Колледж", "Колледж", "", "", "Басшы")


def reopen(write, data, lang="ru"):
    buffer = BytesIO()
    write(data, lang, buffer)
    buffer.seek(0)
    return openpyxl.load_workbook(buffer)


def journal() -> JournalData:
    return JournalData(COLLEGE, date(2026, 3, 1), date(2026, 3, 31), rows=[
        JournalRow("АН-2026/00001", datetime(2026, 3, 2, 10, 0), "certificate", "office",
                   "Қасымова Әйгерім Ғалымқызы", "050815400017", "issued",
                   due_date=date(2026, 3, 5), executor="Орындаушы Нұрлан",
                   finished_on=date(2026, 3, 4)),
        JournalRow("ТН-2026/00001", datetime(2026, 3, 2, 11, 30), "duplicate", "state_corp",
                   "Өмірбек Ұлан", "950815300018", "refusal_handed",
                   due_date=date(2026, 3, 27), external_number="KZ-0042-2026"),
    ])


def test_journal_titles_are_in_both_languages_and_frozen_with_a_filter():
    sheet = reopen(xlsx_registers.write_journal, journal()).active
    assert sheet.title == "Журнал"
    assert sheet["B1"].value == "Тіркеу нөмірі\nРег. номер"
    assert sheet["H1"].value == "ЖСН\nИИН"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:M3"
    assert sheet.column_dimensions["G"].width == 34


def test_journal_dates_are_excel_dates_and_iin_stays_text():
    sheet = reopen(xlsx_registers.write_journal, journal()).active
    registered, due, finished = sheet["C2"], sheet["J2"], sheet["L2"]
    assert registered.value == datetime(2026, 3, 2, 10, 0)
    assert registered.number_format == "dd.mm.yyyy hh:mm"
    assert due.value == datetime(2026, 3, 5) and due.number_format == "dd.mm.yyyy"
    assert finished.value == datetime(2026, 3, 4)
    assert sheet["H2"].value == "050815400017"  # the leading zero is kept
    assert sheet["L3"].value is None  # not finished


def test_journal_cells_say_status_and_channel_in_the_chosen_language():
    ru = reopen(xlsx_registers.write_journal, journal(), "ru").active
    kk = reopen(xlsx_registers.write_journal, journal(), "kk").active
    # A motivated refusal handed over is said as such, never "issued".
    assert ru["K3"].value == "Мотивированный отказ вручён"
    assert kk["K3"].value == "Дәлелді бас тарту табыс етілді"
    assert ru["K2"].value == "Выдано"
    assert (ru["E3"].value, ru["F3"].value) == ("ГК (ЦОН)", "KZ-0042-2026")
    assert [ru.cell(row, 1).value for row in (2, 3)] == [1, 2]
    assert ru.max_row == 3


def test_book_of_duplicates():
    data = BookData(COLLEGE, date(2026, 3, 1), date(2026, 3, 31), rows=[
        BookRow("1/2026", date(2026, 3, 26), "Қасымова Әйгерім", "Қасымова Әйгерім",
                "ТКБ", "0012345", date(2015, 6, 30), "ТКБ-Д", "0000777",
                reg_number="ТН-2026/00001", received_by="Қасымова Әйгерім"),
    ])
    sheet = reopen(xlsx_registers.write_book, data, "kk").active
    assert sheet.title == "Телнұсқалар кітабы"
    assert sheet["G1"].value == "Түпнұсқаның берілген күні\nДата выдачи оригинала"
    row = [c.value for c in sheet[2]]
    assert row == [1, "1/2026", datetime(2026, 3, 26), "Қасымова Әйгерім", "Қасымова Әйгерім",
                   "ТКБ № 0012345", datetime(2015, 6, 30), "ТКБ-Д № 0000777",
                   "ТН-2026/00001", "Қасымова Әйгерім"]
    assert sheet["C2"].number_format == sheet["G2"].number_format == "dd.mm.yyyy"


@pytest.fixture
def stats():
    return Statistics(
        period=Period(date(2026, 3, 1), date(2026, 4, 30), "duplicate"),
        channels=("office", "state_corp"), received_by_channel={"office": 3, "state_corp": 1},
        documents=2, motivated_refusals=1, acceptance_refused=1, withdrawn=0, on_time=2,
        late=1, days_late=1, most_days_late=1, median_days=14.0, longest_days=16.25,
        unclaimed_returned=1,
        executors=(ExecutorLine("7", "Орындаушы Нұрлан", 2, 1, 1),
                   ExecutorLine("none", "", 1, 1, 0)),
        months=(MonthLine(date(2026, 3, 1), 4, 2, 3, 2), MonthLine(date(2026, 4, 1), 1, 0, 0, 0)),
    )


def _statistics(data, lang, target):
    xlsx_registers.write_statistics(data, lang, target, COLLEGE)


def test_statistics_figures_sheet(stats):
    book = reopen(_statistics, stats)
    sheet = book["Статистика"]
    # Who, what, when and which service stand above the table, as on the paper.
    assert [sheet.cell(r, 1).value for r in range(1, 5)] == [
        "Колледж", "Статистика оказания государственных услуг",
        "Период: 01.03.2026 – 30.04.2026", "Услуга: Дубликат документа"]
    assert sheet["C6"].value == "Мәні\nЗначение"
    values = {sheet.cell(r, 2).value: sheet.cell(r, 3).value for r in range(7, sheet.max_row + 1)}
    assert values["Всего принято"] == 4
    assert values["Государственная корпорация «Правительство для граждан»"] == 1
    assert values["Результат: документ (подписан)"] == 2
    assert values["Результат: мотивированный отказ"] == 1
    # 16.25 to one decimal, a half rounded up
    assert values["Наибольший срок до результата, рабочих дней"] == 16.3
    assert values["Орындаушы Нұрлан: с нарушением срока"] == 1
    assert values["Исполнитель не назначен: всего результатов"] == 1
    assert values["Возвращено в колледж невостребованными"] == 1
    assert sheet.freeze_panes == "A7"


def test_statistics_months_sheet_has_dates_and_a_total_row(stats):
    sheet = reopen(_statistics, stats, "kk")["Айлар бойынша"]
    assert sheet["A1"].value == "Колледж"  # and the title, the period, the service
    assert sheet["A6"].value == "Ай\nМесяц"
    assert sheet["A7"].value == datetime(2026, 3, 1)
    assert sheet["A7"].number_format == "mm.yyyy"
    # 4 + 1 received, 2 + 0 documents, 3 + 0 results, 2 + 0 on time
    assert [c.value for c in sheet[9]] == ["Барлығы / Итого", 5, 2, 3, 2]
    assert sheet.auto_filter.ref == "A6:E8"  # the total row stays out of the filter


def test_every_part_of_the_file_is_well_formed_xml():
    import zipfile
    from xml.etree import ElementTree

    buffer = BytesIO()
    xlsx_registers.write_journal(journal(), "kk", buffer)
    with zipfile.ZipFile(buffer) as z:
        names = z.namelist()
        for name in names:
            ElementTree.fromstring(z.read(name))
    assert "xl/worksheets/sheet1.xml" in names and "[Content_Types].xml" in names


def test_the_title_row_is_bold_shaded_wrapped_and_tall():
    sheet = reopen(xlsx_registers.write_journal, journal()).active
    title = sheet["A1"]
    assert title.font.b and title.alignment.wrap_text
    assert title.fill.fgColor.rgb == "FFE8ECF2"
    assert sheet.row_dimensions[1].height == 48
    assert not sheet["B2"].font.b


def test_a_control_character_in_a_name_does_not_break_the_file():
    data = journal()
    data.rows[0] = JournalRow("АН-2026/00003", datetime(2026, 3, 3, 9, 0), "certificate",
                              "office", "Қасымова\x07 Әйгерім <&>", "050815400017", "registered")
    sheet = reopen(xlsx_registers.write_journal, data).active
    assert sheet["G2"].value == "Қасымова Әйгерім <&>"


def test_column_letters_past_z():
    from desktop.forms.xlsx_stream import column_letter

    assert [column_letter(n) for n in (1, 13, 26, 27, 52, 53, 702, 703)] == [
        "A", "M", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]

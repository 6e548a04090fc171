"""The write-off act of spoiled blanks and the blank stock report, in PDF and .xlsx."""

import io
from datetime import date

import pytest

from desktop.domain.blank_printables import (
    BlankStockReport,
    BlankStockRow,
    WriteOffAct,
    WriteOffRow,
)
from desktop.domain.printables import CollegeInfo
from desktop.forms.blank_stock import render_blank_stock
from desktop.forms.blank_stock_xlsx import render_blank_stock_xlsx
from desktop.forms.blank_write_off import render_write_off_act
from support.pdf_inspect import all_text, font_names

COLLEGE = CollegeInfo("Алматы политехникалық колледжі", "Алматинский политехнический колледж",
                      "", "", "Сәрсенбаев Ғалым Құрманұлы")
ACT = WriteOffAct(COLLEGE, date(2026, 3, 1), date(2026, 3, 31), (
    WriteOffRow("diploma", "ТКБ-Д", "0000002", date(2026, 3, 4), "Қағаз кептелді",
                "ТН-2026/00002", "Кеңсе Айгүл Серікқызы"),
    WriteOffRow("appendix", "ТКБ-Қ", "0000017", date(2026, 3, 12), "Сия жайылды",
                "ТН-2026/00009", "Кеңсе Айгүл Серікқызы"),
), date(2026, 4, 1))
REPORT = BlankStockReport(COLLEGE, date(2026, 3, 1), date(2026, 3, 31), (
    BlankStockRow("diploma", "ТКБ-Д", 8, 0, 2, 1, 0, 5),
    BlankStockRow("appendix", "ТКБ-Қ", 0, 5, 0, 0, 0, 5),
), date(2026, 4, 1))


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_write_off_act_in_kazakh_names_each_spoiled_blank_and_the_commission():
    text = _flat(all_text(render_write_off_act(ACT, "kk")))
    for expected in ("БЕКІТЕМІН", "АКТІ", "бүлінген қатаң есептегі бланкілерді есептен шығару",
                     "Кезең: 01.03.2026 – 31.03.2026", "0000002", "04.03.2026",
                     "Қағаз кептелді", "ТН-2026/00002", "0000017", "Сия жайылды",
                     "Барлығы есептен шығаруға жататын бланкілер: 2", "Комиссия төрағасы",
                     "Комиссия мүшесі", "Диплом бланкісі"):
        assert expected in text, expected


def test_the_write_off_act_in_russian():
    text = _flat(all_text(render_write_off_act(ACT, "ru")))
    for expected in ("УТВЕРЖДАЮ", "о списании испорченных бланков строгой отчетности",
                     "Всего подлежит списанию бланков: 2", "Председатель комиссии",
                     "Член комиссии", "Бланк приложения к диплому"):
        assert expected in text, expected


def test_the_blank_forms_embed_the_font_with_kazakh_letters():
    for pdf in (render_write_off_act(ACT, "kk"), render_blank_stock(REPORT, "kk")):
        assert not any("Helvetica" in name for name in font_names(pdf))
        assert "Қ" in all_text(pdf)


def test_the_stock_report_pdf_prints_the_figures_and_totals():
    text = _flat(all_text(render_blank_stock(REPORT, "ru")))
    assert "Отчет о движении и остатках бланков строгой отчетности" in text
    # ТКБ-Д 8 0 2 1 0 5 (diplomas); ТКБ-Қ 0 5 0 0 0 5 (appendices): a total per kind, the
    # diplomas never added to the appendices (no "8 5 2 1 0 10").
    assert "ТКБ-Д 8 0 2 1 0 5" in text
    assert "ТКБ-Қ 0 5 0 0 0 5" in text
    assert "Итого: Бланк диплома 8 0 2 1 0 5" in text
    assert "Итого: Бланк приложения к диплому 0 5 0 0 0 5" in text
    assert "8 5 2 1 0 10" not in text


def test_the_stock_report_xlsx_cell_by_cell():
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.load_workbook(io.BytesIO(render_blank_stock_xlsx(REPORT, "kk")))
    sheet = book.active
    assert sheet.title == "Бланкілер қалдығы"
    assert sheet["A2"].value == "Қатаң есептегі бланкілердің қозғалысы мен қалдығы туралы есеп"
    assert sheet["A3"].value == "Кезең: 01.03.2026 – 31.03.2026"
    assert [c.value for c in sheet[4]] == [
        "Бланкінің түрі", "Сериясы", "Кезең басындағы қалдық", "Келіп түсті", "Пайдаланылды",
        "Бүлінді", "Жоғалды", "Кезең соңындағы қалдық"]
    assert [c.value for c in sheet[5]] == ["Диплом бланкісі", "ТКБ-Д", 8, 0, 2, 1, 0, 5]
    assert [c.value for c in sheet[6]] == [
        "Дипломға қосымша бланкісі", "ТКБ-Қ", 0, 5, 0, 0, 0, 5]
    assert [c.value for c in sheet[7]] == ["Барлығы: Диплом бланкісі", None, 8, 0, 2, 1, 0, 5]
    assert [c.value for c in sheet[8]] == [
        "Барлығы: Дипломға қосымша бланкісі", None, 0, 5, 0, 0, 0, 5]
    assert all(isinstance(c.value, int) for c in sheet[5][2:])
    assert sheet.freeze_panes == "A5"
    assert sheet.auto_filter.ref == "A4:H6"
    assert sheet.max_row == 8


@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize("name", ["", "Сәрсенбаев Ғалым Құрманұлы"])
def test_a_signature_hint_stays_within_its_line(lang, name):
    from desktop.forms.signatures import signature_block
    from desktop.forms.texts import texts

    table = signature_block(texts(lang), "Жауапты тұлға", name, 260.0,
                            hint_key="common.signature_name")
    [(_op, start, stop, *_rest)] = [c for c in table._linecmds if c[0] == "LINEBELOW"]
    spans = {s[1]: (s[0], e[0]) for s, e in ((c[1], c[2]) for c in table._spanCmds)}
    # The hint (row 1) takes exactly the line's cells and wraps within them: over the name's
    # place too when no name is printed (the person writes it on the line), else not.
    assert spans.get(1, (1, 1)) == (start[0], stop[0])
    assert (start[0], stop[0]) == ((1, 1) if name else (1, 2))


def test_the_signature_hints_ask_the_same_in_both_languages():
    from desktop.forms.texts import texts

    # Signature, surname and initials — the Kazakh line asks for the same three.
    assert texts("ru")("common.signature_name") == "(подпись, фамилия и инициалы)"
    assert texts("kk")("common.signature_name") == "(қолы, тегі және аты-жөнінің бас әріптері)"

"""Wording fixes on the forms: whole phrases, the enquiry phone, the representative's signature,
long names in footers and hyphenated surnames."""

from dataclasses import replace

import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.forms.certificate import render_certificate
from desktop.forms.duplicates_book import render_duplicates_book
from desktop.forms.fonts import FONT
from desktop.forms.journal import render_journal
from desktop.forms.layout import p
from desktop.forms.motivated_refusal import render_motivated_refusal
from desktop.forms.pdf_document import FOOTER_Y, fit_width
from desktop.forms.receipt import render_receipt
from desktop.forms.samples import sample_certificate, sample_data
from support.pdf_inspect import all_text, page_texts, reader


def _text(pdf: bytes) -> str:
    return " ".join(all_text(pdf).split())


def test_receipt_subtitle_is_a_whole_phrase_in_kazakh():
    text = _text(render_receipt(sample_data("kk")["receipt"], "kk"))
    assert "мемлекеттік көрсетілетін қызметті алу үшін" in text
    assert "мемлекеттік көрсетілетін қызметі " not in text + " "


def test_motivated_refusal_says_kyzmetti_alu():
    text = _text(render_motivated_refusal(sample_data("kk")["motivated_refusal"], "kk"))
    assert "мемлекеттік көрсетілетін қызметті алу туралы өтінішіңіз" in text
    assert "қызметін алу" not in text


@pytest.mark.parametrize("form", ["journal", "duplicates_book"])
def test_books_count_their_entries_as_zhazbalar_sany(form):
    render = {"journal": render_journal, "duplicates_book": render_duplicates_book}[form]
    text = _text(render(sample_data("kk")[form], "kk"))
    assert "Жазбалар саны:" in text
    assert "Барлығы жазба" not in text


@pytest.mark.parametrize(("lang", "line"), [("kk", "Анықтама телефоны: +7 727 292 00 00"),
                                            ("ru", "Телефон для справок: +7 727 292 00 00")])
def test_the_receipt_gives_the_college_phone_for_enquiries(lang, line):
    data = replace(sample_data(lang)["receipt"], phone="")
    assert data.college.phone == "+7 727 292 00 00"
    assert line in _text(render_receipt(data, lang))


@pytest.mark.parametrize(("lang", "signs", "document"), [
    ("kk", "Қолхатты өкіл алды", "өкілеттігін растайтын құжат: нотариалдық сенімхат № 15"),
    ("ru", "Расписку получил(а) представитель",
     "документ, подтверждающий полномочия: нотариалдық сенімхат № 15"),
])
def test_a_representative_who_applied_signs_the_receipt_with_their_document(
        lang, signs, document):
    data = replace(sample_data(lang)["receipt"], representative_name="Қасымов Ғалым Нұрұлы",
                   representative_document="нотариалдық сенімхат № 15")
    text = _text(render_receipt(data, lang))
    assert signs in text and "Қасымов Ғ. Н." in text and document in text
    applicant_sign = {"kk": "Қолхатты алдым", "ru": "Расписку получил(а) "}[lang]
    assert applicant_sign not in text.replace(signs, "")


def _footer_runs(pdf: bytes, page: int) -> list[tuple[float, str]]:
    runs = []

    def visit(text, cm, tm, _font, _size):
        y = tm[5] * cm[3] + cm[5]
        if text.strip() and abs(y - FOOTER_Y) < 1:
            runs.append((tm[4] * cm[0] + cm[4], text.strip()))

    reader(pdf).pages[page].extract_text(visitor_text=visit)
    return sorted(runs)


def test_a_long_name_in_the_footer_stops_before_page_1_of_2():
    long = replace(sample_certificate("ru", transcript_rows=40).person,
                   surname="Сәрсенбаева-Құдайбергенова-Әбдірахманова",
                   name="Әйгерім-Гүлнұр", patronymic="Ғалымжанқызы-Нұрсұлтанқызы")
    data = replace(sample_certificate("ru", transcript_rows=40), person=long)
    pdf = render_certificate(data, "ru")
    assert len(page_texts(pdf)) == 2
    (left_x, left), (right_x, right) = _footer_runs(pdf, 0)
    assert right == "Страница 1 из 2"
    assert left_x + stringWidth(left, FONT, 8) < right_x - 3 * mm
    assert long.full_name not in left  # the footer names the person short


def test_fit_width_cuts_with_an_ellipsis():
    assert fit_width("short", FONT, 8, 100) == "short"
    cut = fit_width("Сәрсенбаева-Құдайбергенова " * 5, FONT, 8, 100)
    assert cut.endswith("…") and stringWidth(cut, FONT, 8) <= 100


@pytest.mark.parametrize("markup", ["<b>{}</b>", "{}"])
def test_a_long_hyphenated_surname_wraps_at_its_hyphen(markup):
    para = p(markup.format("Сәрсенбаева-Құдайбергенова Ә. Ғ."), "plain")
    para.wrap(50 * mm, 1000)
    lines = [" ".join(str(w) if isinstance(w, str) else w.text for w in line.words)
             if hasattr(line, "words") else " ".join(line[1]) for line in para.blPara.lines]
    assert lines[0].endswith("Сәрсенбаева-")
    assert lines[1].startswith("Құдайбергенова")


def test_the_statistics_name_a_withdrawal_and_count_no_rows_as_records():
    from desktop.forms.samples import sample_statistics
    from desktop.forms.statistics import render_statistics

    text = _text(render_statistics(sample_statistics(), "kk"))
    assert "Өтініш кері қайтарып алынды" in text  # withdrawn by the applicant
    assert "кері қайтарылды" not in text  # "returned", which it is not
    assert "Жазбалар саны" not in text  # its rows are figures, not entries of a book


def test_the_russian_appendix_names_the_diploma_of_a_series_in_the_genitive():
    from desktop.forms.duplicate import render_duplicate
    from desktop.forms.samples import sample_duplicate

    data = sample_duplicate("ru")
    assert data.transcript  # the sample's appendix is printed after the diploma's page
    text = _text(render_duplicate(data, "ru"))
    assert "(к дубликату диплома серии" in text
    assert "диплома серия" not in text


@pytest.mark.parametrize(("lang", "label"), [("kk", ": нәтижелер, барлығы"),
                                             ("ru", ": всего результатов")])
def test_an_executors_count_of_results_reads_as_a_total(lang, label):
    from desktop.forms.samples import sample_statistics
    from desktop.forms.statistics import render_statistics

    text = _text(render_statistics(sample_statistics(), lang))
    assert f"Әбілова Жанар Төлегенқызы{label}" in text
    assert "Төлегенқызы: результатов" not in text

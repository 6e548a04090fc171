"""Every form in both languages: the people's names with their Kazakh letters, the numbers and
dates a clerk checks, A4, and only the embedded font."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.domain.printables import CalibrationData, Person
from desktop.forms.blank_stock import render_blank_stock
from desktop.forms.blank_write_off import render_write_off_act
from desktop.forms.calibration import render_calibration
from desktop.forms.certificate import render_certificate
from desktop.forms.duplicate import render_duplicate, render_duplicate_on_blank
from desktop.forms.duplicates_book import render_duplicates_book
from desktop.forms.hearing_papers import render_hearing_notice, render_hearing_protocol
from desktop.forms.join_sheet import render_join_sheet
from desktop.forms.journal import render_journal
from desktop.forms.motivated_refusal import render_motivated_refusal
from desktop.forms.receipt import render_receipt
from desktop.forms.refusal_receipt import render_refusal_receipt
from desktop.forms.samples import (
    FORM_NAMES,
    render_samples,
    sample_certificate,
    sample_data,
    sample_statistics,
)
from desktop.forms.statistics import render_statistics
from desktop.forms.texts import texts
from support.pdf_inspect import EMBEDDED_FAMILY, all_text, font_names, page_sizes_mm, page_texts

LANGS = ("kk", "ru")
RENDERERS = {
    "receipt": render_receipt,
    "refusal_receipt": render_refusal_receipt,
    "certificate": render_certificate,
    "duplicate": render_duplicate,
    "duplicate_blank": render_duplicate_on_blank,
    "calibration": render_calibration,
    "motivated_refusal": render_motivated_refusal,
    "hearing_notice": render_hearing_notice,
    "hearing_protocol": render_hearing_protocol,
    "journal": render_journal,
    "duplicates_book": render_duplicates_book,
    "statistics": render_statistics,
    "blank_stock": render_blank_stock,
    "write_off": render_write_off_act,
    "join_sheet": render_join_sheet,
}
# The duplicate's blank is the diploma blank opened flat (duplicate_blank.toml [page]).
LANDSCAPE = {"journal", "duplicates_book", "statistics", "blank_stock", "duplicate_blank"}


@pytest.fixture(scope="module")
def samples() -> dict[str, dict[str, bytes]]:
    return {lang: render_samples(lang) for lang in LANGS}


def test_samples_cover_every_form():
    assert set(FORM_NAMES) == set(RENDERERS)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("form", sorted(RENDERERS))
def test_form_is_a4_and_uses_only_the_embedded_font(samples, form, lang):
    pdf = samples[lang][form]
    sizes = page_sizes_mm(pdf)
    assert sizes
    expected = (297, 210) if form in LANDSCAPE else (210, 297)
    assert all(size == expected for size in sizes), sizes
    fonts = font_names(pdf)
    assert fonts, "no font at all"
    assert all(name.startswith(EMBEDDED_FAMILY) for name in fonts), fonts


@pytest.mark.parametrize("lang", LANGS)
def test_receipt_carries_the_registration(samples, lang):
    data = sample_data(lang)["receipt"]
    text = all_text(samples[lang]["receipt"])
    t = texts(lang)
    for expected in (
        t("receipt.title"), "Қасымова Әйгерім Ғалымқызы", "050815600019", "АН-2026-0017",
        "02.03.2026 10:05", "05.03.2026", *data.documents, "Жұмабаева А. С.",
        t.code("services", "certificate"),
    ):
        assert expected in text, expected


@pytest.mark.parametrize("lang", LANGS)
def test_refusal_receipt_lists_what_is_missing_in_two_copies(samples, lang):
    data = sample_data(lang)["refusal_receipt"]
    t = texts(lang)
    pages = page_texts(samples[lang]["refusal_receipt"])
    assert len(pages) == 2
    for page, copy in zip(pages, ("refusal_receipt.copy_1", "refusal_receipt.copy_2"),
                          strict=True):
        for expected in (
            t(copy), t("refusal_receipt.title"), t("refusal_receipt.missing"),
            t("refusal_receipt.expired"), *data.missing, *data.expired,
            "Нұрғалиев Аңсар Өмірұлы", "ТН-2026-0011", "03.03.2026 11:40",
        ):
            assert expected in page, expected
    # The legal ground (the law's article and the standard's item) is printed, not implied.
    assert ("20-бабының 2-тармағын" if lang == "kk" else "пунктом 2 статьи 20") in pages[0]


def test_refusal_receipt_needs_something_refused():
    data = replace(sample_data("kk")["refusal_receipt"], missing=[], expired=[])
    with pytest.raises(ValueError):
        render_refusal_receipt(data, "kk")


@pytest.mark.parametrize("lang", LANGS)
def test_certificate_fields(samples, lang):
    data = sample_data(lang)["certificate"]
    pdf = samples[lang]["certificate"]
    text = all_text(pdf)
    for expected in (
        "Қасымова Әйгерім Ғалымқызы", "050815600019", "АН-2026-0017", "05.03.2026",
        # The period in words, the month in its case (tests/forms/test_dates_in_case.py).
        {"kk": "2022 жылғы 1 қыркүйектен", "ru": "1 сентября 2022 г."}[lang],
        {"kk": "2025 жылғы 20 қаңтарға", "ru": "20 января 2025 г."}[lang],
        "47-ү", data.specialty_name, data.qualification,
        data.expulsion_reason, data.verification_code, data.head_name,
        *(row.subject for row in data.transcript),
    ):
        assert expected in text, expected
    assert len(page_texts(pdf)) == 1, "a certificate with 12 subjects fits one page"


def test_certificate_russian_grammar_follows_the_person():
    male = replace(sample_certificate("ru"), person=Person("Нұрланов", "Ерлан", "", "", None, "m"))
    female = sample_certificate("ru")
    unknown = replace(female, person=Person("Нұрланова", "Ерке"))
    from_iin = replace(female, person=Person("Нұрланов", "Ерлан", iin="970302300121"))
    assert "он обучался в данном" in all_text(render_certificate(male, "ru"))
    assert "она обучалась в данном" in all_text(render_certificate(female, "ru"))
    assert "он(а) обучался(-ась)" in all_text(render_certificate(unknown, "ru"))
    assert "он обучался в данном" in all_text(render_certificate(from_iin, "ru"))


@pytest.mark.parametrize("lang", LANGS)
def test_long_transcript_flows_with_the_header_on_every_page(lang):
    data = sample_certificate(lang, transcript_rows=120)
    pages = page_texts(render_certificate(data, lang))
    assert len(pages) >= 3
    header = texts(lang)("certificate.col_subject")
    for number, page in enumerate(pages, start=1):
        assert header in page, f"no header row on page {number}"
    text = " ".join(pages)
    for row in data.transcript:
        assert row.subject in text
    assert data.head_name in pages[-1]


@pytest.mark.parametrize("rows", range(12, 42))
def test_signature_never_stands_alone_on_a_page(rows):
    """Whatever the length, the head's signature shares its page with the table's last rows:
    a signature page on its own could be stapled to any other transcript."""
    data = sample_certificate("kk", transcript_rows=rows)
    pages = page_texts(render_certificate(data, "kk"))
    last = data.transcript[-1].subject
    signature_page = next(i for i, page in enumerate(pages) if data.head_name in page)
    assert last in pages[signature_page], f"{rows} rows: last row not with the signature"


@pytest.mark.parametrize("rows", range(36, 52, 2))
def test_duplicate_appendix_signature_keeps_the_last_rows(rows):
    base = sample_data("ru")["duplicate"]
    transcript = [replace(base.transcript[i % len(base.transcript)], subject=f"Модуль {i + 1}")
                  for i in range(rows)]
    pages = page_texts(render_duplicate(replace(base, transcript=transcript), "ru"))
    assert f"Модуль {rows} " in pages[-1]
    assert base.head_name in pages[-1]


@pytest.mark.parametrize("lang", LANGS)
def test_duplicate_on_plain_paper(samples, lang):
    data = sample_data(lang)["duplicate"]
    t = texts(lang)
    pages = page_texts(samples[lang]["duplicate"])
    assert len(pages) == 2  # the diploma, then its appendix with the transcript
    for page in pages:
        assert t("duplicate.mark") in page
    text = " ".join(pages)
    for expected in (
        "Нұрғалиев Аңсар Өмірұлы", "970302300121", "0912044", "0345127", "29.06.2018",
        "Т-2026/014", "20.03.2026", "2018", data.verification_code, data.specialty_name,
        t("duplicate.title_honours"), *(row.subject for row in data.transcript),
    ):
        assert expected in text, expected


def test_duplicate_marks_are_the_official_words():
    assert texts("kk")("duplicate.mark") == "ТЕЛНҰСҚА"
    assert texts("ru")("duplicate.mark") == "ДУБЛИКАТ"


@pytest.mark.parametrize("lang", LANGS)
def test_duplicate_on_blank_prints_values_only(samples, lang):
    data = sample_data(lang)["duplicate"]
    t = texts(lang)
    # The diploma's blank (the sample), then the appendix's blank of the same duplicate.
    text = " ".join(page_texts(samples[lang]["duplicate_blank"]) + page_texts(
        render_duplicate_on_blank(replace(data, document_kind="appendix"), lang)))
    for expected in ("Нұрғалиев Аңсар Өмірұлы", "Т-2026/014", "20.03.2026",
                     t("duplicate.mark"), *(row.subject for row in data.transcript)):
        assert expected in text, expected
    # The blank has its own printed labels: ours would print over them.
    for label in ("duplicate.holder", "duplicate.specialty", "duplicate.col_subject"):
        assert t(label) not in text


@pytest.mark.parametrize("lang", LANGS)
def test_calibration_sheet_states_the_applied_offsets(lang):
    text = all_text(render_calibration(CalibrationData("HP Кеңсе-1", 1.5, -2.0), lang))
    assert "HP Кеңсе-1" in text
    assert "+1,5" in text and "-2,0" in text
    assert texts(lang)("calibration.title") in text


@pytest.mark.parametrize("lang", LANGS)
def test_motivated_refusal_letter(samples, lang):
    data = sample_data(lang)["motivated_refusal"]
    text = all_text(samples[lang]["motivated_refusal"])
    dated = "2026 жылғы «16» наурыз" if lang == "kk" else "«16» марта 2026 г."
    for expected in (
        "Үмбетова Гүлнұр Серікқызы", "ТН-2026-0012", "01-15/214", "02.03.2026", dated,
        " ".join(data.reasons.split()), texts(lang)("motivated_refusal.appeal"),
        texts(lang).code("services", "duplicate"),
    ):
        assert expected in text, expected


@pytest.mark.parametrize("lang", LANGS)
def test_journal_spans_pages_with_header_and_every_row(samples, lang):
    data = sample_data(lang)["journal"]
    pages = page_texts(samples[lang]["journal"])
    assert len(pages) > 1
    for page in pages:
        assert texts(lang)("journal.col_applicant") in page
    text = " ".join(pages)
    for row in data.rows:
        assert row.reg_number in text
    assert "Шаһизада Жәнібек Ерланұлы" in text
    assert "01.03.2026 – 31.03.2026" in text


@pytest.mark.parametrize("lang", LANGS)
def test_duplicates_book_lists_every_duplicate(samples, lang):
    data = sample_data(lang)["duplicates_book"]
    pages = page_texts(samples[lang]["duplicates_book"])
    for page in pages:
        assert texts(lang)("duplicates_book.col_signature") in page
    text = " ".join(pages)
    for row in data.rows:
        assert row.book_number in text and row.new_blank_number in text
    assert "Ізбасаров Дәурен Қайратұлы" in text


def test_empty_period_says_so():
    data = replace(sample_data("ru")["journal"], rows=[])
    assert texts("ru")("common.no_rows") in all_text(render_journal(data, "ru"))


def test_markup_characters_in_data_print_as_typed():
    data = replace(sample_certificate("kk"), expulsion_reason="5 < 6 & «басқа» <b>")
    assert "5 < 6 & «басқа» <b>" in all_text(render_certificate(data, "kk"))


@pytest.mark.parametrize("form", sorted(RENDERERS))
@pytest.mark.parametrize("lang", ["en", "KK", "", "kz"])
def test_other_languages_are_refused(form, lang):
    data = sample_data("kk")
    item = data["duplicate"] if form == "duplicate_blank" else data[form]
    with pytest.raises(ValueError, match="'kk' or 'ru'"):
        RENDERERS[form](item, lang)


def test_draft_without_code_still_renders():
    """Before signing, the head reads a draft: no code yet, the QR holds the number."""
    data = replace(sample_certificate("kk"), verification_code="—", qr_payload="АН-2026-0017",
                   issued_on=date(2026, 3, 4))
    assert "АН-2026-0017" in all_text(render_certificate(data, "kk"))


@pytest.mark.parametrize(("lang", "page", "head"), [
    ("kk", "1-бет / барлығы 1", "Басшы"), ("ru", "Страница 1 из 1", "Руководитель")])
def test_the_statistics_are_signed_by_the_head_and_numbered_even_on_one_page(lang, page, head):
    # Without the executors' lines the sample's figures fit one page.
    one_page = replace(sample_statistics(), executors=())
    pdf = render_statistics(one_page, lang, college=sample_data(lang)["receipt"].college,
                            printed_on=date(2026, 4, 1))
    assert len(page_texts(pdf)) == 1
    text = " ".join(all_text(pdf).split())
    assert page in text
    assert f"{head} Сәрсенбаев Ғ. Қ." in text


@pytest.mark.parametrize(("lang", "title"), [("kk", "Нәтижені алушының қолы"),
                                             ("ru", "Подпись получателя результата")])
def test_the_journal_has_a_column_for_the_recipients_signature(samples, lang, title):
    text = " ".join(all_text(samples[lang]["journal"]).split())
    assert title in text


@pytest.mark.parametrize(("lang", "page_word"), [("kk", "-бет"), ("ru", "Страница")])
def test_the_refusal_receipt_names_the_organisations_address_on_each_copy(samples, lang,
                                                                        page_word):
    pages = page_texts(samples[lang]["refusal_receipt"])
    assert len(pages) == 2  # the applicant's copy and the college's
    for text in pages:
        flat = " ".join(text.split())
        # The sample college (desktop/forms/samples.py): its address in both languages.
        assert "050012, Алматы қ., Абай даңғылы, 1" in flat
        assert "050012, г. Алматы, пр. Абая, 1" in flat
        # Two copies of one receipt, not pages 1 and 2 of one document.
        assert page_word not in flat


@pytest.mark.parametrize("lang", LANGS)
def test_join_sheet_carries_what_another_pc_types_and_says_it_is_secret(samples, lang):
    t = texts(lang)
    pages = page_texts(samples[lang]["join_sheet"])
    assert len(pages) == 1
    text = pages[0]
    for expected in (t("join_sheet.secret_title"), "192.168.1.10", "5432", "02.03.2026",
                     t("join_sheet.tls_on"),
                     ("Алматы политехникалық колледжі" if lang == "kk" else
                      "Алматинский политехнический колледж")):
        assert expected in " ".join(text.split()), expected
    # Typed back as printed (its spaces and line breaks are ignored), the code is whole:
    # the server's password, database and certificate come back out of it.
    from desktop.forms.samples_join import SAMPLE_JOIN_CODE

    compact = "".join(text.split())
    assert SAMPLE_JOIN_CODE in compact
    assert "F129BDE553427" in compact  # the fingerprint, in groups of four

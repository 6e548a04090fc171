"""Printing on the pre-printed blank: values land where resources/forms/duplicate_blank.toml
says, moved by the printer's calibrated offsets, and nothing is printed that would not fit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.domain.printables import TranscriptRow
from desktop.forms.blank_layout import BlankOverflow, duplicate_blank_layout, load_blank_layout
from desktop.forms.duplicate import render_duplicate_on_blank
from desktop.forms.samples import sample_duplicate
from desktop.forms.texts import FormTextError
from desktop.locations import resources_dir
from support.pdf_inspect import page_texts, text_positions_mm


def text_positions(pdf: bytes, page: int = 0) -> dict[str, tuple[float, float]]:
    """Each drawn string's first start (mm from the left and top edges)."""
    found: dict[str, tuple[float, float]] = {}
    for text, x, y in text_positions_mm(pdf, page):
        found.setdefault(text, (x, y))
    return found


def test_values_land_where_the_layout_says():
    data = sample_duplicate("kk")
    field = duplicate_blank_layout().field("diploma.kk.head_name")  # left-aligned
    x, y = text_positions(render_duplicate_on_blank(data, "kk"))[data.head_name]
    assert x == pytest.approx(field.x_mm, abs=0.05)
    assert y == pytest.approx(field.y_mm, abs=0.05)


def test_offsets_move_every_value_by_the_calibrated_millimetres():
    data = sample_duplicate("ru")
    plain = text_positions_mm(render_duplicate_on_blank(data, "ru"))
    shifted = text_positions_mm(render_duplicate_on_blank(data, "ru", offset_x_mm=2.5,
                                                          offset_y_mm=-1.5))
    assert [text for text, _, _ in plain] == [text for text, _, _ in shifted]
    for (text, x, y), (_, x2, y2) in zip(plain, shifted, strict=True):
        assert x2 - x == pytest.approx(2.5, abs=0.05), text
        assert y2 - y == pytest.approx(-1.5, abs=0.05), text


def test_long_transcript_continues_on_further_appendix_blanks():
    data = sample_duplicate("kk")
    rows = [replace(data.transcript[i % len(data.transcript)], subject=f"Модуль {i + 1}")
            for i in range(80)]
    pages = page_texts(render_duplicate_on_blank(
        replace(data, transcript=rows, document_kind="appendix"), "kk"))
    per_page = int(duplicate_blank_layout().number("appendix.table.rows_per_page"))
    assert len(pages) == -(-81 // per_page)  # 80 subjects and the totals row
    text = " ".join(pages)
    for row in rows:
        assert f"{row.subject} " in text + " "
    assert data.head_name in pages[-1]


def test_long_value_is_made_smaller_or_wrapped_rather_than_cut():
    data = replace(sample_duplicate("kk"),
                   specialty_name="Есептеу техникасы және бағдарламалық қамтамасыз ету "
                                  "(түрлері бойынша), ақпараттық жүйелер және желілер")
    text = " ".join(page_texts(render_duplicate_on_blank(data, "kk")))
    assert "ақпараттық жүйелер және желілер" in text


def test_value_that_cannot_fit_is_refused_before_a_blank_is_spoiled():
    data = replace(sample_duplicate("kk"), name_as_written="Қасымова Әйгерім Ғалымқызы " * 12)
    with pytest.raises(BlankOverflow, match=r"diploma\.kk\.holder"):
        render_duplicate_on_blank(data, "kk")


def test_guides_for_a_trial_print_keep_the_same_values():
    data = sample_duplicate("ru")
    with_guides = render_duplicate_on_blank(data, "ru", guides=True)
    assert page_texts(with_guides) == page_texts(render_duplicate_on_blank(data, "ru"))
    assert len(with_guides) > len(render_duplicate_on_blank(data, "ru"))


def test_broken_layout_names_the_file_and_key(tmp_path):
    source = (resources_dir() / "forms" / "duplicate_blank.toml").read_text(encoding="utf-8")
    path = tmp_path / "duplicate_blank.toml"
    path.write_text(source.replace("[diploma.ru.holder]\nx_mm = 160.5\n",
                                   "[diploma.ru.holder]\n"), encoding="utf-8")
    layout = load_blank_layout(path)
    with pytest.raises(FormTextError, match=r"duplicate_blank\.toml.*diploma\.ru\.holder\.x_mm"):
        layout.field("diploma.ru.holder")
    with pytest.raises(FormTextError, match=r"duplicate_blank\.toml.*diploma\.seal"):
        layout.field("diploma.seal")


@pytest.mark.parametrize(("lang", "expected"), [
    ("kk", "сериясы ТКБ № 0456789, 30.06.2018 ж. берілген"),
    ("ru", "серия ТКБ № 0456789, выдан 30.06.2018"),
])
def test_the_blank_names_the_original_document_it_replaces(lang, expected):
    data = replace(sample_duplicate(lang), original_series="ТКБ", original_number="0456789",
                   original_issued_on=date(2018, 6, 30))
    first = page_texts(render_duplicate_on_blank(data, lang))[0]
    assert expected in first




def _layout_from(tmp_path, monkeypatch, old: str, new: str) -> None:
    """The shipped layout with one passage changed, used by the blank form."""
    source = (resources_dir() / "forms" / "duplicate_blank.toml").read_text(encoding="utf-8")
    assert old in source
    path = tmp_path / "duplicate_blank.toml"
    path.write_text(source.replace(old, new), encoding="utf-8")
    layout = load_blank_layout(path)
    monkeypatch.setattr("desktop.forms.duplicate.duplicate_blank_layout", lambda: layout)


def _on_new_blank(lang: str):
    """A duplicate with honours on blank ЖКБ 0912044, replacing ТКБ 0345127."""
    return replace(sample_duplicate(lang), honours=True, new_blank_series="ЖКБ",
                   new_blank_number="0912044", original_series="ТКБ",
                   original_number="0345127")


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_blank_is_not_overprinted_with_what_it_carries(lang):
    pdf = render_duplicate_on_blank(_on_new_blank(lang), lang)
    text = " ".join(page_texts(pdf))
    # The state blank's own series and number, and the honours words of the honours blank.
    for printed in ("ЖКБ", "0912044", "ҮЗДІК", "С ОТЛИЧИЕМ"):
        assert printed not in text, printed
    # The original it replaces is not pre-printed: it is named.
    assert "0345127" in text


def test_what_is_pre_printed_is_the_layouts_data(tmp_path, monkeypatch):
    _layout_from(tmp_path, monkeypatch,
                 'values = ["blank_series", "blank_number", "honours"]', 'values = ["honours"]')
    text = " ".join(page_texts(render_duplicate_on_blank(_on_new_blank("ru"), "ru")))
    assert "ЖКБ" in text and "0912044" in text
    assert "С ОТЛИЧИЕМ" not in text
    _layout_from(tmp_path, monkeypatch,
                 'values = ["blank_series", "blank_number", "honours"]', "values = []")
    text = " ".join(page_texts(render_duplicate_on_blank(_on_new_blank("ru"), "ru")))
    assert "ҮЗДІК" in text and "С ОТЛИЧИЕМ" in text


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_diploma_blank_is_kazakh_on_the_left_page_and_russian_on_the_right(lang):
    data = _on_new_blank(lang)
    placed = text_positions_mm(render_duplicate_on_blank(data, lang))
    half = 297 / 2  # the opened blank is 297 mm wide

    def xs(fragment: str) -> list[float]:
        return [x for text, x, _ in placed if fragment in text]

    for kazakh in ("ТЕЛНҰСҚА", "Түпнұсқаның орнына", "Алматы политехникалық колледжі",
                   "20.03.2026 ж."):
        assert xs(kazakh) and all(x < half for x in xs(kazakh)), kazakh
    for russian in ("ДУБЛИКАТ", "Взамен оригинала", "Алматинский политехнический колледж",
                    "20.03.2026 г."):
        assert xs(russian) and all(x >= half for x in xs(russian)), russian
    # The name, what the draft holds in one language and the numbers print on both pages.
    for both in (data.name_as_written, f"{data.specialty_code} {data.specialty_name}",
                 data.qualification, "2018",
                 data.book_number, data.head_name):
        found = [x for text, x, _ in placed if text == both]
        assert len(found) == 2 and min(found) < half <= max(found), both


def test_the_appendix_blank_ends_with_the_totals_row():
    rows = [TranscriptRow("Математика", 72, 3.0, "5 (өте жақсы)"),
            TranscriptRow("Физика", 48, 1.5, "4 (жақсы)"),
            TranscriptRow("Дене шынықтыру", None, 2.0, "сынақ")]
    pdf = render_duplicate_on_blank(replace(sample_duplicate("kk"), transcript=rows,
                                            document_kind="appendix"), "kk")
    placed = text_positions_mm(pdf)
    total_y = next(y for text, _, y in placed if text == "Барлығы")
    on_total_line = {text for text, _, y in placed if abs(y - total_y) < 0.1}
    assert on_total_line == {"Барлығы", "120", "6,5"}  # 72 + 48 hours, 3 + 1,5 + 2 credits
    last_row_y = next(y for text, _, y in placed if text == "Дене шынықтыру")
    assert total_y > last_row_y


def test_a_full_appendix_sheet_takes_its_last_subject_to_the_totals():
    per_page = int(duplicate_blank_layout().number("appendix.table.rows_per_page"))
    rows = [TranscriptRow(f"Модуль {i + 1}", 10, 1.0, "5") for i in range(per_page)]
    pages = page_texts(render_duplicate_on_blank(replace(
        sample_duplicate("ru"), transcript=rows, document_kind="appendix"), "ru"))
    assert len(pages) == 2
    assert f"Модуль {per_page}" in pages[1] and f"Модуль {per_page - 1}" not in pages[1]
    assert f"Итого {10 * per_page} {per_page}" in pages[1]


def test_a_broken_pre_printed_list_names_the_file_and_key(tmp_path, monkeypatch):
    _layout_from(tmp_path, monkeypatch,
                 'values = ["blank_series", "blank_number", "honours"]', 'values = "honours"')
    with pytest.raises(FormTextError, match=r"duplicate_blank\.toml.*preprinted\.values"):
        render_duplicate_on_blank(sample_duplicate("kk"), "kk")
    _layout_from(tmp_path, monkeypatch, '"blank_number"', '"blank_numbr"')
    with pytest.raises(FormTextError, match=r"preprinted\.values.*blank_numbr"):
        render_duplicate_on_blank(sample_duplicate("kk"), "kk")


def test_a_field_for_no_known_value_names_the_file_and_key(tmp_path, monkeypatch):
    _layout_from(tmp_path, monkeypatch, "[diploma.ru.holder]", "[diploma.ru.seal]")
    with pytest.raises(FormTextError, match=r"duplicate_blank\.toml.*diploma\.ru\.seal"):
        render_duplicate_on_blank(sample_duplicate("kk"), "kk")


@pytest.mark.parametrize("kind", ["diploma", "appendix"])
def test_only_the_blank_of_the_document_duplicated_is_printed(kind):
    """The signing takes one blank of the duplicate's kind of document: the print fills that
    blank and no other (no diploma page fed onto an appendix blank, nor the reverse)."""
    data = replace(sample_duplicate("kk"), document_kind=kind)
    pages = page_texts(render_duplicate_on_blank(data, "kk"))
    text = " ".join(pages)
    subjects = [row.subject for row in data.transcript]
    if kind == "diploma":
        assert len(pages) == 1 and data.college.name_kk in text
        assert not any(subject in text for subject in subjects)
    else:
        assert all(subject in text for subject in subjects)
        assert data.college.name_kk not in text and "ДУБЛИКАТ" not in text

"""Printing on the pre-printed blank: values land where resources/forms/duplicate_blank.toml
says, moved by the printer's calibrated offsets, and nothing is printed that would not fit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.forms.blank_layout import BlankOverflow, duplicate_blank_layout, load_blank_layout
from desktop.forms.duplicate import render_duplicate_on_blank
from desktop.forms.samples import sample_duplicate
from desktop.forms.texts import FormTextError
from desktop.locations import resources_dir
from support.pdf_inspect import page_texts, reader

MM = 72 / 25.4


def text_positions(pdf: bytes, page: int = 0) -> dict[str, tuple[float, float]]:
    """Each drawn string's start, in millimetres from the sheet's left and top edges."""
    found: dict[str, tuple[float, float]] = {}
    pdf_page = reader(pdf).pages[page]
    height = float(pdf_page.mediabox.height)

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            x = tm[4] * cm[0] + cm[4]
            y = tm[5] * cm[3] + cm[5]
            found[text.strip()] = (x / MM, (height - y) / MM)

    pdf_page.extract_text(visitor_text=visit)
    return found


def test_values_land_where_the_layout_says():
    data = sample_duplicate("kk")
    field = duplicate_blank_layout().field("diploma.head_name")  # left-aligned
    x, y = text_positions(render_duplicate_on_blank(data, "kk"))[data.head_name]
    assert x == pytest.approx(field.x_mm, abs=0.05)
    assert y == pytest.approx(field.y_mm, abs=0.05)


def test_offsets_move_every_value_by_the_calibrated_millimetres():
    data = sample_duplicate("ru")
    plain = text_positions(render_duplicate_on_blank(data, "ru"))
    shifted = text_positions(render_duplicate_on_blank(data, "ru", offset_x_mm=2.5,
                                                       offset_y_mm=-1.5))
    assert plain.keys() == shifted.keys()
    for text, (x, y) in plain.items():
        assert shifted[text][0] - x == pytest.approx(2.5, abs=0.05), text
        assert shifted[text][1] - y == pytest.approx(-1.5, abs=0.05), text


def test_long_transcript_continues_on_further_appendix_blanks():
    data = sample_duplicate("kk")
    rows = [replace(data.transcript[i % len(data.transcript)], subject=f"Модуль {i + 1}")
            for i in range(80)]
    pages = page_texts(render_duplicate_on_blank(replace(data, transcript=rows), "kk"))
    per_page = int(duplicate_blank_layout().number("appendix.table.rows_per_page"))
    assert len(pages) == 1 + -(-80 // per_page)
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
    with pytest.raises(BlankOverflow, match=r"diploma\.holder"):
        render_duplicate_on_blank(data, "kk")


def test_guides_for_a_trial_print_keep_the_same_values():
    data = sample_duplicate("ru")
    with_guides = render_duplicate_on_blank(data, "ru", guides=True)
    assert page_texts(with_guides) == page_texts(render_duplicate_on_blank(data, "ru"))
    assert len(with_guides) > len(render_duplicate_on_blank(data, "ru"))


def test_broken_layout_names_the_file_and_key(tmp_path):
    source = (resources_dir() / "forms" / "duplicate_blank.toml").read_text(encoding="utf-8")
    path = tmp_path / "duplicate_blank.toml"
    path.write_text(source.replace("[diploma.holder]\nx_mm = 30.0\n", "[diploma.holder]\n"),
                    encoding="utf-8")
    layout = load_blank_layout(path)
    with pytest.raises(FormTextError, match=r"duplicate_blank\.toml.*diploma\.holder\.x_mm"):
        layout.field("diploma.holder")
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


def _honours_layout(tmp_path, monkeypatch, value: str) -> None:
    source = (resources_dir() / "forms" / "duplicate_blank.toml").read_text(encoding="utf-8")
    path = tmp_path / "duplicate_blank.toml"
    path.write_text(source.replace("honours_overprint = false", f"honours_overprint = {value}"),
                    encoding="utf-8")
    layout = load_blank_layout(path)
    monkeypatch.setattr("desktop.forms.duplicate.duplicate_blank_layout", lambda: layout)


def test_honours_are_not_overprinted_unless_the_layout_says_so(tmp_path, monkeypatch):
    data = replace(sample_duplicate("ru"), honours=True)
    assert not duplicate_blank_layout().option("honours_overprint")
    assert "С ОТЛИЧИЕМ" not in page_texts(render_duplicate_on_blank(data, "ru"))[0]
    _honours_layout(tmp_path, monkeypatch, "true")
    assert "С ОТЛИЧИЕМ" in page_texts(render_duplicate_on_blank(data, "ru"))[0]


def test_a_broken_option_names_the_file_and_key(tmp_path, monkeypatch):
    _honours_layout(tmp_path, monkeypatch, '"yes"')
    with pytest.raises(FormTextError, match=r"options\.honours_overprint"):
        render_duplicate_on_blank(sample_duplicate("kk"), "kk")

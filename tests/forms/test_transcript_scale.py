"""A transcript filled from an archive that holds the whole grade scale prints it whole, as the
official transcript does: points, letter, numeric equivalent and the traditional grade, each in
its column; a pass (no points) stands in the traditional column."""

from dataclasses import replace

import pytest

from desktop.domain.archive.grade_scale import scale_grade, split_scale_grade
from desktop.domain.printables import TranscriptRow
from desktop.forms.certificate import render_certificate
from desktop.forms.samples import sample_certificate
from support.pdf_inspect import all_text


def test_a_scale_grade_is_written_and_read_back():
    text = scale_grade(87, "B+", 3.33, "4 (жақсы)")
    assert text == "87 / B+ / 3,33 / 4 (жақсы)"
    assert split_scale_grade(text) == ("87", "B+", "3,33", "4 (жақсы)")
    # Anything else is a grade as written, not the scale.
    for other in ("4 (жақсы)", "есептелді", "87 / B+ / 4", "120 / A / 4 / 5", "87 / Z / 3 / 4"):
        assert split_scale_grade(other) is None


@pytest.mark.parametrize(("lang", "heads", "row", "passed"), [
    ("kk", "Балл Әріптік баға Сандық баламасы Дәстүрлі баға",
     "Информатика 72 3 87 B+ 3,33 4 (жақсы)", "Дене шынықтыру 48 2 есептелді"),
    ("ru", "Баллы Буквенная оценка Цифровой эквивалент Традиционная оценка",
     "Информатика 72 3 87 B+ 3,33 4 (хорошо)", "Дене шынықтыру 48 2 зачтено"),
])
def test_the_certificate_prints_the_archives_scale_in_four_columns(lang, heads, row, passed):
    rows = [TranscriptRow("Информатика", 72, 3.0, scale_grade(87, "B+", 3.33, "4 (жақсы)")),
            TranscriptRow("Дене шынықтыру", 48, 2.0, "сынақ")]
    pdf = render_certificate(replace(sample_certificate(lang), transcript=rows), lang)
    text = " ".join(all_text(pdf).split())
    assert heads in text
    assert row in text
    assert passed in text

"""The grade scale of the summary sheets: each row's figures are copied from the scale in the
TVE assessment rules (resources/archive/grade_scale.toml names the source), not from the code."""

import pytest

from desktop.domain.archive import Grade, grade_from_cells, traditional_words
from desktop.domain.errors import DomainError


@pytest.mark.parametrize(("points", "letter", "numeric", "traditional"), [
    (100, "A", 4.0, "5"), (95, "A", 4.0, "5"), (94, "A-", 3.67, "5"), (90, "A-", 3.67, "5"),
    (89, "B+", 3.33, "4"), (85, "B+", 3.33, "4"), (84, "B", 3.0, "4"), (80, "B", 3.0, "4"),
    (79, "B-", 2.67, "4"), (75, "B-", 2.67, "4"), (74, "C+", 2.33, "3"), (70, "C+", 2.33, "3"),
    (69, "C", 2.0, "3"), (65, "C", 2.0, "3"), (64, "C-", 1.67, "3"), (60, "C-", 1.67, "3"),
    (59, "D+", 1.33, "3"), (55, "D+", 1.33, "3"), (54, "D", 1.0, "3"), (50, "D", 1.0, "3"),
    (49, "F", 0.0, "2"), (0, "F", 0.0, "2"),
])
def test_points_alone_give_the_letter_numeric_and_traditional_grade(points, letter, numeric,
                                                                     traditional):
    assert grade_from_cells(points, None, None, None) == Grade(
        points, letter, numeric, traditional, str(points))


def test_numbers_written_as_text_with_a_decimal_comma_are_read():
    assert grade_from_cells("70", "C+", "2,33", "3") == Grade(70, "C+", 2.33, "3",
                                                            "70 / C+ / 2,33 / 3")


def test_a_letter_alone_fills_numeric_and_traditional_but_not_points():
    assert grade_from_cells(None, "B-", None, None) == Grade(None, "B-", 2.67, "4", "B-")


def test_a_letter_typed_in_cyrillic_is_its_latin_twin():
    # "А" and "В" below are Cyrillic, the minus an en dash.
    assert grade_from_cells(None, "А–", None, None).letter == "A-"
    assert grade_from_cells(None, "В+", None, None).letter == "B+"


def test_a_numeric_equivalent_rounded_to_one_decimal_is_still_found():
    assert grade_from_cells(None, None, "3,7", None) == Grade(None, "A-", 3.67, "5", "3,7")


def test_a_traditional_grade_alone_stays_alone():
    assert grade_from_cells(None, None, None, 4) == Grade(None, "", None, "4", "4")
    assert grade_from_cells(None, None, None, "5 (өте жақсы)").traditional == "5"
    assert grade_from_cells(None, None, None, "хорошо").traditional == "4"


@pytest.mark.parametrize(("word", "code"), [
    ("сынақ", "pass"), ("Сынақ алынды", "pass"), ("есептелді", "pass"), ("зачтено", "pass"),
    ("Зачет.", "pass"), ("босатылды", "exempt"), ("освобожден", "exempt"),
])
def test_words_in_a_grade_cell_mean_pass_or_exempt(word, code):
    assert grade_from_cells(None, None, None, word) == Grade(None, "", None, code, word)


def test_a_pass_word_in_the_points_column_is_a_pass():
    assert grade_from_cells("сынақ", None, None, None).traditional == "pass"


def test_a_pass_beside_passing_points_keeps_the_points():
    assert grade_from_cells(62, None, None, "зачтено") == Grade(62, "C-", 1.67, "pass",
                                                              "62 / зачтено")


@pytest.mark.parametrize("cells", [
    (85, "A", None, None),  # 85 is B+
    (85, None, 4.0, None),  # 4.0 is A
    (85, None, None, "5"),  # 85 is a "4"
    (None, "B+", None, "3"),
    (40, None, None, "зачтено"),  # F is not a pass
    (90, None, None, "босатылды"),  # exempt has no points
    ("сынақ", None, None, "5"),
])
def test_cells_that_contradict_each_other_are_refused(cells):
    with pytest.raises(DomainError) as caught:
        grade_from_cells(*cells)
    assert caught.value.code == "archive_grade_unreadable"


@pytest.mark.parametrize("cells", [
    (101, None, None, None), (-1, None, None, None), ("жақсы емес", None, None, None),
    (None, "E", None, None), (None, None, "2,5", None), (None, None, None, "6"),
    (None, None, None, None),
])
def test_cells_that_cannot_be_read_are_refused_with_the_value(cells):
    with pytest.raises(DomainError) as caught:
        grade_from_cells(*cells)
    assert caught.value.code == "archive_grade_unreadable"
    assert "value" in caught.value.params


@pytest.mark.parametrize(("code", "kk", "ru"), [
    ("5", "5 (өте жақсы)", "5 (отлично)"), ("4", "4 (жақсы)", "4 (хорошо)"),
    ("3", "3 (қанағаттанарлық)", "3 (удовлетворительно)"),
    ("2", "2 (қанағаттанарлықсыз)", "2 (неудовлетворительно)"),
    ("pass", "есептелді", "зачтено"), ("exempt", "босатылды", "освобожден(а)"), ("", "", ""),
])
def test_traditional_grades_in_words_of_each_language(code, kk, ru):
    assert (traditional_words(code, "kk"), traditional_words(code, "ru")) == (kk, ru)

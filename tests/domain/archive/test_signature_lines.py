"""Titles and signatures written under a table of students are not students, in Kazakh and
Russian, whatever case ending the title takes; a student named like a title still is one."""

import pytest

from desktop.domain.archive.column_titles import load_header_words


@pytest.mark.parametrize("cell", [
    "Директор ____ А. Нұрланов",
    "Директордың оқу ісі жөніндегі орынбасары ______ Г. Т. Омарова",
    "Директордың тәрбие ісі жөніндегі орынбасары ______ Г. Т. Омарова",
    "Оқу ісі жөніндегі директор орынбасары ___ Г. Омарова",
    "Заместитель директора по учебной работе ______ Г. Т. Омарова",
    "Заместителю директора по воспитательной работе ______ Г.Т. Омарова",
    "Бөлім меңгерушісі: Омарова Г.Т.",
    "Заведующая отделением ________ Омарова Г.Т.",
    "Куратордың қолы _____ А.Б. Ким",
    "Топ жетекшісінің қолы ________",
    "Секретарь учебной части ________ Иванова И.И.",
    "Хатшының қолы ______",
])
def test_an_officers_signature_line_is_not_a_student(cell):
    assert load_header_words().is_signature(cell)


@pytest.mark.parametrize("cell", [
    "Директоров Алмас Серікұлы",  # a surname that begins like a title
    "Кураторова Дана",
    "Сейітқали Әлия Бауыржанқызы",
    "Ким А.",  # initials, but no title
    "Хатшыбаев Ерлан ___",  # a line, but the surname is not a title's word
])
def test_a_student_is_not_taken_for_a_signature(cell):
    assert not load_header_words().is_signature(cell)

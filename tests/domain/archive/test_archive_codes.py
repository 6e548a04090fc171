"""Hours and credits, classifier codes, the bilingual group header and full names, as the
summary sheets write them."""

import pytest

from desktop.domain.archive import (
    CodeInfo,
    GroupHeader,
    classify_code,
    parse_group_header,
    parse_hours_credits,
    split_full_name,
)
from desktop.domain.errors import DomainError


@pytest.mark.parametrize(("text", "expected"), [
    ("72с-3к", (72, 3.0)), ("72 с - 3 к", (72, 3.0)), ("72c-3k", (72, 3.0)),  # Latin c, k
    ("72ч-3кр", (72, 3.0)), ("36с-1,5к", (36, 1.5)), ("36 с – 1.5 к", (36, 1.5)),
    ("72с", (72, None)), ("72/3", (72, 3.0)), ("72 с 3 к", (72, 3.0)), ("3к", (None, 3.0)),
    ("120 сағ - 5 кредит", (120, 5.0)), (72, (72, None)), ("", (None, None)),
    (None, (None, None)),
])
def test_hours_and_credits_in_the_ways_clerks_write_them(text, expected):
    assert parse_hours_credits(text) == expected


@pytest.mark.parametrize("text", ["72-", "с-к", "72 3", "seventy two", "72с-3к-1", "1,5с"])
def test_hours_and_credits_that_cannot_be_read(text):
    with pytest.raises(DomainError) as caught:
        parse_hours_credits(text)
    assert caught.value.code == "archive_hours_unreadable"
    assert caught.value.params["value"] == text


@pytest.mark.parametrize(("code", "expected"), [
    ("06130100", CodeInfo("specialty", "2018", "06130100")),
    ("4S06130105", CodeInfo("qualification", "2018", "4S06130105")),
    ("3W06130101", CodeInfo("qualification", "2018", "3W06130101")),
    ("4С06130105", CodeInfo("qualification", "2018", "4S06130105")),  # Cyrillic С
    (" 4s 06130105 ", CodeInfo("qualification", "2018", "4S06130105")),
    ("1304000", CodeInfo("specialty", "2011", "1304000")),
    ("1304043", CodeInfo("qualification", "2011", "1304043")),
])
def test_codes_of_both_classifier_editions(code, expected):
    assert classify_code(code) == expected


@pytest.mark.parametrize("code", ["130400", "061301001", "4X06130105", "S06130105", "ПО-1", ""])
def test_a_code_of_neither_edition_is_unknown(code):
    with pytest.raises(DomainError) as caught:
        classify_code(code)
    assert caught.value.code == "archive_code_unknown"


BILINGUAL = GroupHeader("06130100", "Бағдарламалық қамтамасыз ету", "Программное обеспечение",
                        "4S06130105", "Техник-бағдарламашы", "Техник-программист", "2018")


def test_the_bilingual_header_cell_names_specialty_and_qualification():
    text = ("Мамандық: 06130100 - Бағдарламалық қамтамасыз ету\n"
            "Біліктілік: 4S06130105 - Техник-бағдарламашы\n"
            "Специальность: 06130100 - Программное обеспечение\n"
            "Квалификация: 4S06130105 - Техник-программист")
    assert parse_group_header(text) == BILINGUAL


def test_a_header_in_one_line_with_other_dashes_and_label_forms():
    text = ("ЖИЫНТЫҚ ВЕДОМОСТЬ  Мамандығы:06130100 — Бағдарламалық қамтамасыз ету  "
            "Біліктілігі:  4S06130105 – Техник-бағдарламашы "
            "СПЕЦИАЛЬНОСТЬ 06130100 - Программное обеспечение "
            "Квалификация: 4S06130105 - «Техник-программист»")
    assert parse_group_header(text) == BILINGUAL


def test_a_header_in_russian_only_of_the_older_edition():
    text = ("Специальность: 1304000 – Вычислительная техника и программное обеспечение\n"
            "Квалификация: 1304043 — Техник-программист")
    assert parse_group_header(text) == GroupHeader(
        "1304000", "", "Вычислительная техника и программное обеспечение", "1304043", "",
        "Техник-программист", "2011")


def test_a_cell_without_a_label_is_no_header():
    assert parse_group_header("Жиынтық ведомость, 3F-1 тобы") is None


@pytest.mark.parametrize("text", [
    "Мамандық: 06130100 - А\nСпециальность: 06140100 - Б",  # two specialties
    "Мамандық: 06130100 - А\nБіліктілік: 1304043 - Б",  # two editions
    "Мамандық: 06130100 - А\nБіліктілік: 4S07130105 - Б",  # another specialty's qualification
    "Мамандық: 4S06130105 - А",  # a qualification where the specialty belongs
])
def test_header_codes_that_do_not_fit_together_are_refused(text):
    with pytest.raises(DomainError) as caught:
        parse_group_header(text)
    assert caught.value.code == "archive_code_mismatch"


@pytest.mark.parametrize(("text", "expected"), [
    ("Сейітқали Әлия Бауыржанқызы", ("Сейітқали", "Әлия", "Бауыржанқызы")),
    ("  Сейітқали   Әлия\u00a0Бауыржан қызы ", ("Сейітқали", "Әлия", "Бауыржан қызы")),
    ("Мамедов Рашид Ильхам оглы", ("Мамедов", "Рашид", "Ильхам оглы")),
    ("Нұрланова Гүлназ", ("Нұрланова", "Гүлназ", "")),
    ("Өмірзақ-Ұлы Һадия Іңкәрқызы", ("Өмірзақ-Ұлы", "Һадия", "Іңкәрқызы")),
    ("Ким", ("Ким", "", "")),
])
def test_full_names_split_into_surname_name_and_patronymic(text, expected):
    assert split_full_name(text) == expected

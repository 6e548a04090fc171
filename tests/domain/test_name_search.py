"""A name typed with Russian letters, or with й/і either way, finds the Kazakh spelling."""

import pytest

from desktop.domain.name_search import search_key


@pytest.mark.parametrize("typed", ["Сейітқали", "СЕЙТҚАЛИ", "сеиткали", "Сейткали"])
def test_spellings_of_one_surname_give_one_key(typed):
    assert search_key(typed) == "сеиткали"


@pytest.mark.parametrize(("kazakh", "russian"), [
    ("Әлия", "Алия"), ("Ғалым", "Галым"), ("Құрманұлы", "Курманулы"), ("Ңғ", "Нг"),
    ("Өмір", "Омир"), ("Үміт", "Умит"), ("Һ", "Х"), ("Ерлан-Ұлы", "ерлан улы"),
])
def test_each_kazakh_letter_reads_as_its_russian_neighbour(kazakh, russian):
    assert search_key(kazakh) == search_key(russian)


def test_different_names_stay_apart():
    assert search_key("Омаров") != search_key("Омарова")
    assert search_key("Кім") != search_key("Ким Анна")


def test_doubled_digits_are_not_read_once():
    assert search_key("Студент11") != search_key("Студент1")

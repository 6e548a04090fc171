"""A study period and an order's date said in a sentence, with the month's case ending: the
Kazakh certificate says "2022 жылғы 1 қыркүйектен 2025 жылғы 20 қаңтарға дейін" (never
"01.09.2022 ж. бастап"), the order "… қаңтардағы № 45-к бұйрығымен"; the endings of every
month, worked out by the vowel harmony and the last sound of each month's name."""

from datetime import date

import pytest

from desktop.forms.texts import date_in_case, texts

# month: (from, to, of) — ablative, dative and the locative-attributive
KAZAKH = {
    1: ("қаңтардан", "қаңтарға", "қаңтардағы"),
    2: ("ақпаннан", "ақпанға", "ақпандағы"),
    3: ("наурыздан", "наурызға", "наурыздағы"),
    4: ("сәуірден", "сәуірге", "сәуірдегі"),
    5: ("мамырдан", "мамырға", "мамырдағы"),
    6: ("маусымнан", "маусымға", "маусымдағы"),
    7: ("шілдеден", "шілдеге", "шілдедегі"),
    8: ("тамыздан", "тамызға", "тамыздағы"),
    9: ("қыркүйектен", "қыркүйекке", "қыркүйектегі"),
    10: ("қазаннан", "қазанға", "қазандағы"),
    11: ("қарашадан", "қарашаға", "қарашадағы"),
    12: ("желтоқсаннан", "желтоқсанға", "желтоқсандағы"),
}


@pytest.mark.parametrize("month", range(1, 13))
def test_every_month_takes_its_kazakh_case_endings(month):
    t = texts("kk")
    day = date(2024, month, 5)
    said = tuple(date_in_case(t, day, case) for case in ("from", "to", "of"))
    assert said == tuple(f"2024 жылғы 5 {word}" for word in KAZAKH[month])


def test_russian_says_the_day_with_the_month_in_the_genitive():
    t = texts("ru")
    assert date_in_case(t, date(2022, 9, 1), "from") == "1 сентября 2022 г."
    assert date_in_case(t, None, "to") == "—"


def _certificate_text(lang: str) -> str:
    from desktop.forms.samples import render_samples
    from support.pdf_inspect import all_text

    return " ".join(all_text(render_samples(lang)["certificate"]).split())


def test_the_kazakh_certificate_says_the_period_in_words_and_the_course_once():
    # The sample: studied 01.09.2022 – 20.01.2025 (desktop/forms/samples.py).
    text = _certificate_text("kk")
    assert "2022 жылғы 1 қыркүйектен 2025 жылғы 20 қаңтарға дейін" in text
    assert "ж. бастап" not in text and "ж. дейін" not in text
    assert text.count("-курс") == 1  # "…-курстан оқудан шығарылғаны", no row "Курсы"


def test_the_russian_certificate_says_the_course_once():
    text = _certificate_text("ru")
    assert "с 1 сентября 2022 г. по 20 января 2025 г." in text
    assert text.count(" курса") == 1 and "Курс " not in text

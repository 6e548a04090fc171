"""A transcript's grade printed in the result's language: a pass is "есептелді" in Kazakh where
Russian says "зачтено" (never "сынақ", a kind of test), an exemption "босатылды" /
"освобожден(а)", and a mark's words follow the language (resources/archive/grade_scale.toml)."""

import pytest

from desktop.domain.archive.grade_scale import written_grade


@pytest.mark.parametrize(("typed", "kk", "ru"), [
    ("сынақ", "есептелді", "зачтено"),
    ("Сынақ алынды.", "есептелді", "зачтено"),
    ("зачтено", "есептелді", "зачтено"),
    ("зачёт", "есептелді", "зачтено"),
    ("есептелді", "есептелді", "зачтено"),
    ("освобождена", "босатылды", "освобожден(а)"),
    ("босатылды", "босатылды", "освобожден(а)"),
    ("5 (отлично)", "5 (өте жақсы)", "5 (отлично)"),
    ("4 (жақсы)", "4 (жақсы)", "4 (хорошо)"),
    ("87 / B+ / 3,33 / 4", "87 / B+ / 3,33 / 4", "87 / B+ / 3,33 / 4"),  # as written
])
def test_a_grade_is_written_as_the_results_language_writes_it(typed, kk, ru):
    assert (written_grade(typed, "kk"), written_grade(typed, "ru")) == (kk, ru)


def test_the_printed_transcript_writes_a_pass_in_its_language():
    from desktop.domain.printables import TranscriptRow
    from desktop.forms.texts import texts
    from desktop.forms.transcript import transcript_table

    rows = [TranscriptRow("Дене шынықтыру", 156, 6.5, "сынақ"),
            TranscriptRow("Физическая культура", 156, 6.5, "зачтено")]
    for lang, word in (("kk", "есептелді"), ("ru", "зачтено")):
        table = transcript_table(rows, texts(lang), "certificate", 170.0)
        cells = [str(getattr(cell, "text", cell)) for row in table._cellvalues for cell in row]
        assert sum(word in c for c in cells) == 2, lang
        assert not any("сынақ" in c for c in cells)

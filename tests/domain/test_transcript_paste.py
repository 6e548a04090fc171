"""Issue 13 item 11: rows copied from Excel paste into the transcript."""

from desktop.domain.transcript_paste import PastedRow, normal_grade, parse_pasted


def test_excel_rows_with_kazakh_grade_words():
    text = ("Пән\tСағат\tКредит\tБаға\r\n"
            "Қазақ тілі\t156\t6,5\tөте жақсы\r\n"
            "Физика\t72\t3\tжақсы\r\n"
            "\r\n"
            "Химия\t48\t\tқанағаттанарлық\r\n")
    assert parse_pasted(text) == [
        PastedRow("Қазақ тілі", "156", "6,5", "5 (өте жақсы)"),
        PastedRow("Физика", "72", "3", "4 (жақсы)"),
        PastedRow("Химия", "48", "", "3 (қанағаттанарлық)"),
    ]


def test_grades_already_numbered_or_pass_stay_as_written():
    assert normal_grade("5 (өте жақсы)") == "5 (өте жақсы)"
    assert normal_grade("сынақ") == "сынақ"
    assert normal_grade("  Өте   жақсы ") == "5 (өте жақсы)"
    assert normal_grade("ОТЛИЧНО") == "5 (отлично)"


def test_short_rows_are_padded_and_a_numeric_first_row_is_kept():
    assert parse_pasted("Физика\t72") == [PastedRow("Физика", "72", "", "")]

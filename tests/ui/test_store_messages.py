"""Store errors told in the user's language: the file they concern, a character that cannot be
stored, a raw database error that escaped a use case. (That every store code has a sentence of
its own is checked with all the other codes in test_error_messages.py.)"""

import pytest


@pytest.mark.parametrize(("language", "expected"), [
    ("ru", "Файл: /data/Колледж #1/kense.sqlite3"),
    ("kk", "Файл: /data/Колледж #1/kense.sqlite3"),
])
def test_a_store_message_names_the_file(qapp, language, expected):
    from desktop.store.errors import StoreError
    from desktop.ui import i18n
    from desktop.ui.messages import error_text

    i18n.install(language)
    text = error_text(StoreError("empty_database", "x", path="/data/Колледж #1/kense.sqlite3"))
    assert text.endswith("\n" + expected)
    server = error_text(StoreError("server_unreachable", "x", path="postgresql://k@h/kense"))
    assert "postgresql" not in server  # a server is not a file


def test_control_characters_are_explained_by_field(qapp):
    from desktop.domain.errors import InvalidInput
    from desktop.ui import i18n
    from desktop.ui.messages import error_text

    i18n.install("ru")
    assert error_text(InvalidInput("surname", "bad_char", "x")) == (
        "Поле «Фамилия» содержит невидимый управляющий или повреждённый символ (часто так "
        "бывает при вставке из другой программы). Наберите текст заново.")


def test_a_raw_database_error_that_escaped_a_use_case_is_explained(qapp):
    """The session check reads before the transaction: a server that went away meets the user
    there as peewee's own error, and is still told as the server message, not as a bug."""
    import peewee

    from desktop.ui import i18n
    from desktop.ui.messages import error_text, is_expected

    i18n.install("ru")
    raw = peewee.OperationalError("server closed the connection unexpectedly")
    assert error_text(raw).startswith("Сервер базы данных недоступен")
    assert is_expected(raw)
    bug = peewee.OperationalError("no such column: t1.oops")
    assert not is_expected(bug)

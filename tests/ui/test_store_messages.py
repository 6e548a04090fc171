"""Every store error code the program can raise has its own sentence in Kazakh and Russian.

The codes are found by reading the source (every `StoreError(...)` call, whatever form its code
takes), not from a list kept by hand, so a new code without a translation fails here.
"""

import ast
import re
from pathlib import Path

import pytest

DESKTOP = Path(__file__).resolve().parent.parent.parent / "desktop"
CYRILLIC = re.compile("[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]")


def _constants(node: ast.AST) -> set[str] | None:
    """The string codes an expression can take, or None if it is not understood."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        a, b = _constants(node.body), _constants(node.orelse)
        return None if a is None or b is None else a | b
    return None


def _name_values(tree: ast.Module, name: str) -> set[str] | None:
    """What a name can hold in its module: assignments of codes, or the first element of each
    row of a module-level table it is unpacked from in a `for` loop (health._PATTERNS)."""
    found: set[str] = set()
    tables = {t.id: n.value for n in tree.body if isinstance(n, ast.Assign)
              for t in n.targets if isinstance(t, ast.Name)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in node.targets):
            values = _constants(node.value)
            if values is None:
                return None
            found |= values
        if (isinstance(node, ast.For) and isinstance(node.target, ast.Tuple)
                and isinstance(node.target.elts[0], ast.Name)
                and node.target.elts[0].id == name and isinstance(node.iter, ast.Name)):
            table = tables.get(node.iter.id)
            if not isinstance(table, ast.Tuple):
                return None
            for row in table.elts:
                values = _constants(row.elts[0]) if isinstance(row, ast.Tuple) else None
                if values is None:
                    return None
                found |= values
    return found or None


def store_error_codes() -> tuple[set[str], list[str]]:
    codes: set[str] = set()
    unresolved: list[str] = []
    for path in sorted(DESKTOP.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "StoreError" and node.args):
                continue
            arg = node.args[0]
            values = _constants(arg)
            if values is None and isinstance(arg, ast.Name):
                values = _name_values(tree, arg.id)
            if values is None:
                unresolved.append(f"{path.relative_to(DESKTOP)}:{node.lineno}")
            else:
                codes |= values
    return codes, unresolved


def test_the_scan_finds_the_codes_and_understands_every_call():
    codes, unresolved = store_error_codes()
    assert unresolved == []
    # A few that must be there, each written a different way in the source.
    assert {"network_share", "disk_full", "locked", "empty_database", "backup_empty",
            "not_kense", "bad_server_config", "newer_schema"} <= codes


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_store_error_code_has_a_translated_sentence(qapp, language):
    from PySide6.QtCore import QCoreApplication

    from desktop.store.connection import StoreError
    from desktop.ui import i18n
    from desktop.ui.messages import error_text

    i18n.install(language)
    codes, _ = store_error_codes()
    texts = {code: error_text(StoreError(code, "x")) for code in sorted(codes)}
    fallback = QCoreApplication.translate("messages", "The database cannot be used (code: {code}).")
    for code, text in texts.items():
        assert text != fallback.format(code=code), f"{code} has no sentence"
        assert code not in text, text
        assert CYRILLIC.search(text), f"{code} untranslated: {text}"
    assert len(set(texts.values())) == len(texts), "two codes share one sentence"


@pytest.mark.parametrize(("language", "expected"), [
    ("ru", "Файл: /data/Колледж #1/kense.sqlite3"),
    ("kk", "Файл: /data/Колледж #1/kense.sqlite3"),
])
def test_a_store_message_names_the_file(qapp, language, expected):
    from desktop.store.connection import StoreError
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

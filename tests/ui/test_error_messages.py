"""Every error code desktop/ can raise is told to the user in a sentence of its own, in Kazakh
and in Russian.

The codes come from reading the source (tests/support/error_codes.py), not from a list kept by hand:
a new code without a sentence, or a sentence without its kk/ru translation, fails here.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from support.error_codes import scan

CYRILLIC = re.compile("[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]")
# Enough parameters for any sentence to be filled in; the values themselves are not checked.
PARAMS = {"max_len": 5, "low": 1, "high": 6, "min_len": 8, "fields": ["order_number"],
          "action": "sign", "state": "assigned", "until": date(2026, 4, 30),
          "missing": ["identity"], "expired": []}
FOUND = scan()


def _errors():
    """One error of each (code, kind) the source raises: a field error names a field."""
    from desktop.domain.errors import DomainError, InvalidInput
    from desktop.store.errors import StoreError

    for code in sorted(FOUND.codes):
        for family, is_field in sorted(FOUND.codes[code]):
            if family == "store":
                yield StoreError(code, "x")
            elif is_field:
                yield InvalidInput("surname", code, "x", **PARAMS)
            else:
                yield DomainError(code, "x", **PARAMS)


def _fallback(error) -> str:
    """What error_text says for a code it does not know."""
    from PySide6.QtCore import QCoreApplication

    from desktop.domain.errors import InvalidInput
    from desktop.store.errors import StoreError
    from desktop.ui.code_names import field_name

    tr = QCoreApplication.translate
    if isinstance(error, StoreError):
        return tr("messages", "The database cannot be used (code: {code}).").format(
            code=error.code)
    if isinstance(error, InvalidInput):
        return tr("messages", "Check the field “{field}”.").format(
            field=field_name(error.field))
    return tr("messages", "The action was refused (code: {code}).").format(code=error.code)


def test_the_scan_understands_every_error_the_source_makes():
    assert FOUND.unresolved == []


def test_the_scan_finds_codes_written_in_each_way_the_source_writes_them():
    # Worked out by reading the source: a literal (role_not_allowed), a subclass that fixes
    # its code (Conflict -> stale_version), a field error (required), a code built from the
    # reason of an InvalidIin (iin_checksum), a code chosen by `if … else` (backup_empty), a
    # store code taken from a table in a loop (locked), and four the old hand list missed.
    assert {"role_not_allowed", "stale_version", "incomplete_package", "required",
            "iin_checksum", "backup_empty", "empty_database", "locked", "server_unreachable",
            "nothing_issued", "draft_not_for_clerk",
            "office_key_missing", "bad_char"} <= set(FOUND.codes)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_error_code_has_a_translated_sentence_of_its_own(qapp, language):
    from desktop.ui import i18n
    from desktop.ui.messages import error_text

    errors = list(_errors())
    english = [error_text(e) for e in errors]
    i18n.install(language)
    texts = [error_text(e) for e in errors]

    problems = []
    for error, source, text in zip(errors, english, texts, strict=True):
        label = f"{type(error).__name__}({error.code})"
        if text == _fallback(error):
            problems.append(f"{label}: no sentence, only the fallback")
        elif text == source or not CYRILLIC.search(text):
            problems.append(f"{label}: not translated: {text!r}")
        elif "{" in text:
            problems.append(f"{label}: placeholder left: {text!r}")
    assert problems == []
    codes_of: dict[str, set[str]] = {}
    for error, text in zip(errors, texts, strict=True):
        codes_of.setdefault(text, set()).add(error.code)
    assert [codes for codes in codes_of.values() if len(codes) > 1] == [], (
        "two codes share one sentence")

"""Every string the interface can show has a finished Kazakh and Russian translation.

lupdate itself reads desktop/ (every tr(), translate() and QT_TRANSLATE_NOOP), so a new string
without a translation fails here, whoever forgot build/update_translations.py. Placeholders
(`{name}`, `%1`, `%n`) must be the same in the source and in each translation, as TagStudio's
i18n tests require: a lost `{field}` raises KeyError at run time, a lost `%1` shows nothing.
"""

from __future__ import annotations

import importlib.util
import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("kk", "ru")
QT_ARGUMENT = re.compile(r"%(?:[1-9][0-9]?|n)")


def _lupdate() -> list[str]:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "build" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module.find_lupdate()


@pytest.fixture(scope="module")
def in_source(tmp_path_factory) -> set[tuple[str, str]]:
    """(context, source text) of every translatable string lupdate finds in desktop/."""
    out = tmp_path_factory.mktemp("lupdate") / "all.ts"
    files = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))
    result = subprocess.run([*_lupdate(), "-silent", "-locations", "none", *files,
                             "-ts", str(out)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    found = {(c.findtext("name"), m.findtext("source"))
             for c in ET.parse(out).getroot().iter("context") for m in c.iter("message")}
    assert len(found) > 700  # lupdate really read the sources (it reads no folder of .py)
    return found


def _translations(language: str) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> <translation> in the project's .ts files of `language`, without
    the strings lupdate marked as gone from the source."""
    held = {}
    for path in sorted(I18N.glob(f"*_{language}.ts")):
        for context in ET.parse(path).getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") in ("vanished",
                                                                             "obsolete"):
                    continue
                held[(context.findtext("name"), message.findtext("source"))] = translation
    return held


def _forms(translation: ET.Element | None) -> list[str]:
    if translation is None:
        return []
    forms = translation.findall("numerusform") or [translation]
    return [form.text or "" for form in forms]


def placeholders(text: str) -> set[str]:
    """`{name}` fields and Qt's `%1`/`%n` arguments of a text."""
    fields = {f"{{{name}}}" for _literal, name, _spec, _conv in string.Formatter().parse(text)
              if name is not None}
    return fields | set(QT_ARGUMENT.findall(text))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_in_the_source_is_in_a_ts_file(in_source, language):
    held = _translations(language)
    missing = sorted(key for key in in_source if key not in held)
    assert missing == [], "run build/update_translations.py and translate"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_in_the_source_is_translated(in_source, language):
    held = _translations(language)
    unfinished = sorted(
        key for key in in_source if key in held
        and (held[key].get("type") == "unfinished"
             or not all(form.strip() for form in _forms(held[key]))))
    assert unfinished == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_are_the_same_in_source_and_translation(language):
    wrong = []
    for (context, source), translation in _translations(language).items():
        for text in _forms(translation):
            try:
                ok = placeholders(text) == placeholders(source)
            except ValueError:  # an unpaired brace: str.format would fail at run time
                ok = False
            if text and not ok:
                wrong.append((context, source, text))
    assert wrong == []


def test_placeholders_are_read_as_format_and_qt_arguments():
    # Hand-worked: what each kind of text holds.
    assert placeholders("Fill in the field “{field}”.") == {"{field}"}
    assert placeholders("%1 of 12 digits") == {"%1"}
    assert placeholders("%n case(s), %2 overdue") == {"%n", "%2"}
    assert placeholders("PDF files (*.pdf), 100 %") == set()
    with pytest.raises(ValueError):
        placeholders("a lone { brace")

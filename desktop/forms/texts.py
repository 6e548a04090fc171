"""The official wording of the forms, read from resources/forms/<lang>.toml.

When the legal form changes, the college edits the TOML, not the code. A missing key, a value
of the wrong type or a placeholder the template does not know is reported with the file and
the key, so the person editing the file knows where to look.
"""

from __future__ import annotations

import functools
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

from desktop.domain import workflow
from desktop.domain.catalogue import STATUSES_FILE, load_statuses
from desktop.locations import resources_dir

LANGUAGES = ("kk", "ru")


class FormTextError(LookupError):
    """The wording file is missing, malformed, or lacks a key the form needs."""

    def __init__(self, path: Path, key: str, problem: str) -> None:
        super().__init__(f"{path}: key '{key}': {problem}")
        self.path = path
        self.key = key


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"form language must be 'kk' or 'ru', not {lang!r}")
    return lang


def read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise FormTextError(path, "*", "file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise FormTextError(path, "*", f"not valid TOML: {exc}") from None


class Texts:
    """Dotted-key access to one language's wording: t("receipt.title")."""

    def __init__(self, path: Path, data: dict[str, Any], lang: str) -> None:
        self.path = path
        self.lang = lang
        self._data = data

    def _lookup(self, key: str) -> Any:
        node: Any = self._data
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                raise FormTextError(self.path, key, "missing")
            node = node[part]
        return node

    def __call__(self, key: str, **values: object) -> str:
        """The text at key; with values, its {placeholders} filled in."""
        text = self._lookup(key)
        if not isinstance(text, str):
            raise FormTextError(self.path, key, f"expected text, found {type(text).__name__}")
        return self._format(key, text, values) if values else text

    def _format(self, key: str, text: str, values: dict[str, object]) -> str:
        try:
            return text.format(**values)
        except KeyError as exc:
            raise FormTextError(self.path, key, f"unknown placeholder {{{exc.args[0]}}}") from None
        except (IndexError, ValueError) as exc:
            raise FormTextError(self.path, key, f"bad placeholder: {exc}") from None

    def lines(self, key: str, **values: object) -> list[str]:
        value = self._lookup(key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise FormTextError(self.path, key, "expected a list of texts")
        if not values:
            return list(value)
        return [self._format(key, line, values) for line in value]

    def code(self, table: str, code: str) -> str:
        """The wording of a code (service, channel, status...) from one table."""
        return self(f"{table}.{code}")

    def code_or_text(self, table: str, value: str) -> str:
        """A known code's wording, or the value itself when the caller passed wording."""
        known = self._data.get(table, {})
        if isinstance(known, dict) and isinstance(known.get(value), str):
            return known[value]
        return value

    def keys(self) -> set[str]:
        """Every dotted key, so the two languages can be checked to say the same things."""
        found: set[str] = set()

        def walk(node: dict[str, Any], prefix: str) -> None:
            for name, value in node.items():
                dotted = f"{prefix}{name}"
                if isinstance(value, dict):
                    walk(value, dotted + ".")
                else:
                    found.add(dotted)

        walk(self._data, "")
        return found


def load_texts(lang: str, folder: Path | None = None) -> Texts:
    """Read the wording afresh (for tests and for checking an edited file)."""
    check_language(lang)
    path = (folder or resources_dir() / "forms") / f"{lang}.toml"
    return Texts(path, read_toml(path), lang)


@functools.cache
def texts(lang: str) -> Texts:
    """The shipped wording, read once per process."""
    return load_texts(lang)


def load_legal_basis(folder: Path | None = None) -> dict[str, dict[str, Any]]:
    """The orders approving each form (resources/forms/legal_basis.toml), by form."""
    path = (folder or resources_dir() / "forms") / "legal_basis.toml"
    data = read_toml(path)
    for form, table in data.items():
        if not isinstance(table, dict):
            raise FormTextError(path, form, "expected a table")
        for key in ("order_number", "order_date"):
            if key not in table:
                raise FormTextError(path, f"{form}.{key}", "missing")
        for key in ("order_date", "amended_date"):
            if key in table and not isinstance(table[key], date):
                raise FormTextError(path, f"{form}.{key}", "expected a date, e.g. 2015-01-28")
    return data


@functools.cache
def legal_basis(form: str) -> dict[str, Any]:
    """The shipped legal basis of one form."""
    data = load_legal_basis()
    if form not in data:
        raise FormTextError(resources_dir() / "forms" / "legal_basis.toml", form, "missing")
    return data[form]


def forget_texts() -> None:
    """Drop the cache, e.g. after the admin replaced a wording file."""
    texts.cache_clear()
    legal_basis.cache_clear()


@functools.cache
def _statuses():
    return load_statuses(resources_dir() / "services" / STATUSES_FILE, workflow.STATUSES)


def status_name(code: str, lang: str) -> str:
    """A case's status as the screen names it too (resources/services/statuses.toml)."""
    name = _statuses().get(code)
    return name.in_(lang) if name else code


def date_in_case(t: Texts, day: date | None, case: str) -> str:
    """A day as a sentence says it, its month in `case` ("from", "to", "of"): Kazakh "2022
    жылғы 1 қыркүйектен", "2025 жылғы 20 қаңтарға", "… қаңтардағы"; Russian "1 сентября 2022
    г."; "—" for no day. The endings are the wording's (common.months_<case>)."""
    if day is None:
        return "—"
    month = t.lines(f"common.months_{case}")[day.month - 1]
    return t("common.date_case", year=day.year, day=day.day, month=month)

"""The one list of settings: what a PC or the office can set, declared in resources/settings.toml.

Each setting has its key, scope (this PC or the office), type, default, bounds and labels. The
office's are kept in the database (desktop/store/settings.py), this PC's in its settings.ini
(desktop/ui/local_settings.py); both read and write through the declarations here, so a value
out of bounds or a key nobody declared never reaches either.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desktop.domain.errors import InvalidInput
from desktop.domain.validation import check_number

SETTINGS_FILE = Path(__file__).resolve().parents[2] / "resources" / "settings.toml"
SCOPES = ("pc", "office")
TYPES = ("int", "choice", "text", "json", "flag")
SETTERS = ("admin", "user", "kense")


@dataclass(frozen=True)
class Setting:
    key: str
    scope: str
    type: str
    default: object
    set_by: str
    label_kk: str
    label_ru: str
    about: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    family: bool = False  # the key is a prefix: one setting for each name that follows it

    def label(self, lang: str) -> str:
        return self.label_ru if lang == "ru" else self.label_kk

    def parse(self, text: str | None) -> object:
        """The value stored as `text`; the default when there is none or it is not a value of
        this setting (edited by hand, written by an older Kense): a reader never fails."""
        if text is None:
            return self.default
        if self.type == "int":
            try:
                number = int(text)
            except ValueError:
                return self.default
            return min(max(number, self.minimum), self.maximum)
        if self.type == "flag":
            return text == "1"
        if self.type == "choice":
            return text if text in self.choices else self.default
        return text

    def to_text(self, value: object, field: str = "") -> str:
        """`value` as stored, after the checks a user's input gets; InvalidInput if it is not
        a value of this setting."""
        field = field or self.key.rstrip(":")
        if self.type == "int":
            check_number(value, field, self.minimum, self.maximum, integer=True, required=True)
            return str(value)
        if self.type == "flag":
            if not isinstance(value, bool):
                raise InvalidInput(field, "bad_choice", f"{value!r} is not yes or no")
            return "1" if value else "0"
        if self.type == "choice":
            if value not in self.choices:
                raise InvalidInput(field, "bad_choice", f"{value!r} is not one of {self.choices}")
            return str(value)
        if self.type == "json":
            text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            try:
                json.loads(text)
            except ValueError as exc:
                raise InvalidInput(field, "bad_choice", f"not a table Kense wrote: {exc}") from exc
            return text
        if not isinstance(value, str):
            raise InvalidInput(field, "bad_choice", f"{value!r} is not text")
        return value


def _setting(entry: dict) -> Setting:
    known = set(Setting.__dataclass_fields__)
    if set(entry) - known:
        raise ValueError(f"{SETTINGS_FILE.name}: unknown fields {sorted(set(entry) - known)}")
    spec = Setting(**{**entry, "choices": tuple(entry.get("choices", ()))})
    if (spec.scope not in SCOPES or spec.type not in TYPES or spec.set_by not in SETTERS
            or (spec.type == "int" and (spec.minimum is None or spec.maximum is None))
            or (spec.type == "choice" and spec.default not in spec.choices)):
        raise ValueError(f"{SETTINGS_FILE.name}: {spec.key} is not a well-formed setting")
    return spec


@cache
def all_settings() -> tuple[Setting, ...]:
    with SETTINGS_FILE.open("rb") as f:
        entries = tomllib.load(f)["setting"]
    specs = tuple(_setting(entry) for entry in entries)
    keys = [spec.key for spec in specs]
    if len(keys) != len(set(keys)):
        raise ValueError(f"{SETTINGS_FILE.name}: a key is declared twice")
    return specs


def setting(key: str, scope: str) -> Setting:
    """The declaration of `key` in `scope`; KeyError for a key nobody declared (a programming
    error: every setting is in the list)."""
    for spec in all_settings():
        if spec.scope != scope:
            continue
        if spec.family and key.startswith(spec.key) and len(key) > len(spec.key):
            return spec
        if not spec.family and key == spec.key:
            return spec
    raise KeyError(f"{key!r} is not a declared {scope} setting (resources/settings.toml)")

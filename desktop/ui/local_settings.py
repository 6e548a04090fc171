"""What this PC remembers between runs, in data_dir/settings.ini (not in the database): the
settings of scope "pc" in the one list (resources/settings.toml, desktop/domain/settings.py).

Loads no store or services module: the sign-in window and the start-up error read it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.domain.settings import setting
from desktop.ui import i18n

SETTINGS_NAME = "settings.ini"


class LocalSettings:
    """This PC's settings, read and written by key as the list declares them."""

    def __init__(self, data_dir: Path) -> None:
        self._qs = QSettings(str(data_dir / SETTINGS_NAME), QSettings.Format.IniFormat)

    def stored(self, key: str) -> str | None:
        """The text kept for `key`, or None; KeyError for a key the list lacks."""
        setting(key, "pc")
        value = self._qs.value(key)
        return value if isinstance(value, str) else None

    def value(self, key: str) -> object:
        """The setting's value as declared; its default when unset or not one of its values
        (the file edited by hand, written by another version)."""
        return setting(key, "pc").parse(self.stored(key))

    def set_value(self, key: str, value: object) -> None:
        """Check `value` against the declaration (InvalidInput if it is not one) and keep it."""
        self._qs.setValue(key, setting(key, "pc").to_text(value))
        self._qs.sync()

    @property
    def language(self) -> str:
        return str(self.value("language"))

    @language.setter
    def language(self, value: str) -> None:
        self.set_value("language", value)

    def college_name(self, language: str) -> str | None:
        """The college's name as this PC's sign-in window last showed it from the database;
        None if it never has (a first start, a first-run setup still to do)."""
        return self.stored(f"sign-in/college_{language}")

    def remember_college_name(self, name_kk: str, name_ru: str) -> None:
        self.set_value("sign-in/college_kk", name_kk)
        self.set_value("sign-in/college_ru", name_ru)


def remembers_sign_in(data_dir: Path) -> bool:
    """True when this PC has shown the sign-in window of its database before: then the next
    start shows it at once and opens the database behind it."""
    return LocalSettings(data_dir).college_name(i18n.DEFAULT_LANGUAGE) is not None

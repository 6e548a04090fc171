"""A wording in both languages of the office: Kazakh and Russian."""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("kk", "ru")


@dataclass(frozen=True)
class Text:
    kk: str
    ru: str

    def in_(self, lang: str) -> str:
        return self.kk if lang == "kk" else self.ru

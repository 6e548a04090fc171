"""The form and language of study as the college's lists write them, read as Kense's codes
(the words are data: resources/archive/study_terms.toml)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path


@dataclass(frozen=True)
class StudyTerms:
    words: dict[str, dict[str, tuple[str, ...]]]  # kind -> code -> words

    def code(self, kind: str, text: str) -> str:
        """"full_time" for "Күндізгі", "ru" for "орыс тілі"; the text as written if unknown."""
        clean = " ".join(text.split())
        folded = clean.casefold()
        first = folded.split(" ")[0] if folded else ""
        for code, words in self.words.get(kind, {}).items():
            if first in words or folded in words:
                return code
        return clean


@cache
def load_terms(path: Path) -> StudyTerms:
    with open(path, "rb") as f:
        data = tomllib.load(f)
    return StudyTerms({kind: {code: tuple(w.casefold() for w in words)
                              for code, words in table.items()}
                       for kind, table in data.items()})

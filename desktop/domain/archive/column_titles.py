"""Which field a column of an archive workbook holds, told by its title's words.

The words are data (resources/archive/headers.toml); this module only compares. A title is
case-folded, its punctuation turned into spaces (№ is kept: "Диплом №"), and cut at "/" and line
breaks into its language parts.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

HEADERS_FILE = Path(__file__).resolve().parents[3] / "resources" / "archive" / "headers.toml"
GRADE_KINDS = ("points", "letter", "numeric", "traditional")
SHORT = 2
_PUNCTUATION = re.compile(r"[^\w№]+")
_PARTS = re.compile(r"[/\n|]")
# Where a signature line has the officer sign: a line of underscores, or initials ("Г. Т.",
# "Г.Т.", "А.").
_SIGN_HERE = re.compile(r"_{3,}|(?<!\w)\w\.\s*(?:\w\.)?(?!\w)")


def words_of(text: str) -> tuple[str, ...]:
    return tuple(_PUNCTUATION.sub(" ", text.casefold().replace("ё", "е")).split())


@dataclass(frozen=True)
class HeaderWords:
    fields: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]  # field -> phrases, file order
    grade_columns: dict[tuple[str, ...], str]  # a whole title's words -> grade kind
    signatures: tuple[tuple[str, ...], ...]
    title_stems: tuple[str, ...]
    title_endings: frozenset[str]
    honours_yes: frozenset[str]
    honours_no: frozenset[str]
    # Subject names repeat from sheet to sheet; each title is compared once.
    _known: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)

    def field_of(self, title: object) -> str | None:
        """The field a column title names, or None; the longest matching phrase wins."""
        key = str(title or "")
        if key not in self._known:
            self._known[key] = self._field_of(key)
        return self._known[key]

    def _field_of(self, title: str) -> str | None:
        best, best_len = None, 0
        for part in _PARTS.split(title):
            words = words_of(part)
            if not words:
                continue
            for name, phrases in self.fields:
                for phrase in phrases:
                    if len(phrase) > best_len and _begins_words(phrase, words):
                        best, best_len = name, len(phrase)
        return best

    def grade_kind(self, title: object) -> str | None:
        return self.grade_columns.get(words_of(str(title or "")))

    def is_signature(self, text: object) -> bool:
        """A cell opening with an officer's title ("Директор ____ А. Нұрланов"), or naming one
        in any case ending before a line to sign on or initials ("Директордың оқу ісі
        жөніндегі орынбасары ______ Г. Т. Омарова")."""
        written = str(text or "")
        words = words_of(written)
        if any(words[:len(s)] == s for s in self.signatures):
            return True
        mark = _SIGN_HERE.search(written)
        if mark is None:
            return False
        return any(self._is_title(w) for w in words_of(written[:mark.start()]))

    def _is_title(self, word: str) -> bool:
        return any(word.startswith(stem) and word[len(stem):] in self.title_endings
                   for stem in self.title_stems)

    def honours(self, value: object) -> bool | None:
        """True or False for a known answer (blank is False), None when it is neither."""
        if value is None or value is False or value is True:
            return bool(value)
        text = " ".join(str(value).split()).casefold()
        if not text or text in self.honours_no:
            return False
        return True if text in self.honours_yes else None


def _begins_words(phrase: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Each word of the phrase begins some word of the title; a word of one or two letters
    ("п п", "№", "р с") must be a whole word, or it would begin far too many."""
    return all(any(w == p or (len(p) > SHORT and w.startswith(p)) for w in words)
               for p in phrase)


def parse_header_words(data: dict) -> HeaderWords:
    fields = tuple((name, tuple(words_of(p) for p in phrases))
                   for name, phrases in data["fields"].items())
    grade_columns = {}
    for kind, titles in data["grade_columns"].items():
        if kind not in GRADE_KINDS:
            raise ValueError(f"headers: unknown grade column kind {kind!r}")
        grade_columns.update({words_of(t): kind for t in titles})
    return HeaderWords(
        fields=fields,
        grade_columns=grade_columns,
        signatures=tuple(words_of(s) for s in data["signatures"]["words"]),
        title_stems=tuple(s.casefold() for s in data["signatures"]["stems"]),
        title_endings=frozenset(data["signatures"]["endings"]),
        honours_yes=frozenset(w.casefold() for w in data["honours"]["yes"]),
        honours_no=frozenset(w.casefold() for w in data["honours"]["no"]),
    )


@cache
def load_header_words(path: Path = HEADERS_FILE) -> HeaderWords:
    return parse_header_words(tomllib.loads(path.read_text(encoding="utf-8")))
